"""A year's good start set as the goal and a year that makes the work significant are no due
dates; a duty of that year stays (invented examples)."""

from datetime import date

from tracker.extract import extract_text


def _due(text: str) -> list:
    return [t.deadline for t in extract_text(text).tasks]


def test_a_good_start_as_the_goal_is_no_year_end_duty():
    text = ("某市召开东西部协作调度会\n会议要求，各相关部门要高度重视东西部协作工作，切实履行职责，"
            "共同推动协作工作取得新成效，确保2027年度东西部协作“开门稳”，为全年工作打下坚实基础。\n")
    assert _due(text) == []


def test_a_year_that_makes_the_work_significant_is_no_due_date():
    text = ("关于做好2027年政务公开工作的通知\n各市县政府：\n"
            "2027年，某大会将相继召开，做好政务公开工作，向社会公众展现透明的服务型政府，意义十分重大。\n"
            "某省人民政府办公厅\n2027年3月1日\n")
    assert _due(text) == []


def test_a_duty_due_in_that_year_stays():
    text = ("关于做好改造工作的通知\n各县区：\n各县区要确保2027年底前完成改造任务，实现一季度项目开工。\n"
            "某市人民政府\n2027年3月1日\n")
    assert _due(text) == [date(2027, 12, 31)]


def test_a_year_opening_a_target_figure_is_due_at_that_years_end():
    # "2027年全市…达到N" is the year's target; "2027年计划投资…", "2027年应完成…" too.
    text = ("某市农业农村局2027年工作要点\n二、目标任务\n"
            "2027年全市粮食播种面积达到900万亩，产量稳定在60亿斤左右。\n"
            "三、重点工作\n2027年应完成剩余1500亩整治任务量。\n"
            "某市农业农村局\n2027年2月1日\n")
    assert _due(text) == [date(2027, 12, 31), date(2027, 12, 31)]


def test_a_figure_of_a_year_gone_or_compared_is_no_target():
    # A statistic of the year before the issue, and figures compared with the year before, are facts.
    text = ("某市召开经济工作会议\n会议指出，2026年全市地区生产总值达到3000亿元。"
            "2027年全市地区生产总值同比增长6.5%。\n某市人民政府\n2027年2月1日\n")
    assert _due(text) == []
