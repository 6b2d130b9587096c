"""Relative dates the clerk can date from the document (session 28, ry3). Invented sentences.

- Work set for a five-year plan's span ("“十四五”期间，建成…", "力争在“十四五”期间开工建设") is due at
  the plan's end, as "“十四五”末" is; the span only naming whose work is meant gives no date.
- "寒假前", "放寒假前", "假期前" in a break notice are due the day before the first day off the notice
  states ("1月19日至3月3日轮休", a schedule under "学生放假安排" on its own line).
- "清明节前" is due on the eve of 清明 (its solar term), as "春节前" is on the eve of 春节.
"""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text

ISSUED = date(2022, 3, 5)  # within the 十四五 (2021-2025)


def _dues(text):
    return [(dl.text, dl.date.isoformat() if dl.date else None) for _, _, dl in find_deadlines(text, ISSUED)]


def test_work_set_for_a_plan_span_is_due_at_its_end():
    assert _dues("“十四五”期间,建成外环主干绿道120公里。") == [("十四五”期间", "2025-12-31")]
    assert _dues("力争在“十五五”期间尽早开工建设。") == [("十五五”期间", "2030-12-31")]
    assert _dues("确保“十四五”期间全面建成开放。") == [("十四五”期间", "2025-12-31")]
    assert _dues("十四五期间完成控制性详细规划编制。") == [("十四五期间", "2025-12-31")]


def test_a_plan_span_naming_whose_work_gives_no_date():
    # what the work is about, a table's title, a description, a condition on what may apply
    assert _dues("请各区报送“十五五”期间计划建成区的范围。") == []
    assert _dues("“十五五”期间全区应急避难场所建设项目表") == []
    assert _dues("“十五五”期间,公园带建设主要以绿带提升为重点。") == []
    assert _dues("示范项目原则上在“十五五”期间开工建设。") == []


def test_a_plan_span_dates_a_task_in_a_plan():
    text = ("某市人民政府办公厅关于印发某市生态公园带建设方案的通知\n\n各区人民政府：\n\n"
            "1.推动建成绿道体系。加快推进绿道断点贯通工作，“十五五”期间，建成主干绿道总长100公里。"
            "（牵头单位：市绿化市容局）\n\n某市人民政府办公厅\n2027年3月5日\n")
    (task,) = extract_text(text).tasks
    assert task.deadline == date(2030, 12, 31)
    assert [u.name for u in task.units] == ["市绿化市容局"]


HEAD = "某学院后勤处关于寒假期间工作安排的通知\n\n各科室：\n\n"
SIGN = "\n\n某学院后勤处\n2031年1月10日\n"


def _tasks(body):
    return [(t.deadline.isoformat() if t.deadline else None, t.deadline_text, [u.name for u in t.units])
            for t in extract_text(HEAD + body + SIGN).tasks]


def test_the_eve_of_a_rota_break_is_before_its_first_day_off():
    """Days at work named before the days off are no days off ("1月17日、18日正常上班")."""
    body = ("一、寒假安排\n\n1月17日、18日正常上班,1月19日至3月3日轮休,3月4日起正式上班。\n\n"
            "二、相关要求\n\n假期前各科室要组织一次安全大检查。")
    assert _tasks(body) == [("2031-01-18", "假期前", ["各科室"])]


def test_the_eve_of_a_winter_break_stated_under_its_label():
    body = ("一、放假时间\n1.学生放假安排\n从2031年1月20日(星期一)至3月2日(星期日)止。\n\n"
            "二、有关工作安排\n各科室在放寒假前,要认真进行安全、消防检查。")
    assert _tasks(body) == [("2031-01-19", "寒假前", ["各科室"])]


def test_a_holiday_arriving_in_a_question_is_no_eve():
    body = "请问学校门口的道路能否在中秋国庆假期到来前通车?"
    assert _tasks(body) == []


def test_qingming_is_a_festival_a_duty_is_due_before():
    """清明 by its solar term (5 April 2027): "清明节前" is due on its eve, as "春节前" is; "清明节前后"
    is the days around it, no deadline."""
    issued = date(2027, 3, 1)
    assert [(dl.text, dl.date) for _, _, dl in find_deadlines("清明节前开展文明祭祀宣传活动", issued)] \
        == [("清明节前", date(2027, 4, 4))]
    assert [dl.date for _, _, dl in find_deadlines("力争在清明节前完成清理", issued)] == [date(2027, 4, 4)]
    assert find_deadlines("清明节前后天气以晴为主", issued) == []
