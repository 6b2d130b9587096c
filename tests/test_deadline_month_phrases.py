"""Month phrases of report schedules: listed months of one yearly rule, 每月初, 本月, a daily
report with its clock time."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.normalize import norm

ISSUED = date(2027, 3, 2)
HEAD = "某县人民政府办公室关于做好统计报送工作的通知\n某政办发〔2027〕3号\n各乡镇人民政府，县直各单位：\n"
SIGN = "\n某县人民政府办公室\n2027年3月2日\n"


def _found(text: str, issued=ISSUED):
    n = norm(text)
    return [(n[a:b], d.date, d.recurrence) for a, b, d in find_deadlines(n, issued, keep_past=True)]


def test_months_listed_in_one_yearly_rule():
    assert _found("各乡镇要于每年6月、12月底前将工作进展报送县政府办公室") == [
        ("每年6月、12月底前", date(2027, 6, 30), "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1")]
    assert _found("每年3月、6月、9月、12月20日前报送") == [
        ("每年3月、6月、9月、12月20日前", date(2027, 3, 20), "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20")]


def test_the_first_days_of_each_month_read_like_its_first_ten_days():
    assert _found("各单位于每月初报送上月进展情况") == [("每月初", date(2027, 3, 10), "FREQ=MONTHLY;BYMONTHDAY=10")]
    # 初步 is a word: the rule is every month, no 初 in it.
    assert _found("每月初步统计一次") == [("每月", date(2027, 3, 31), "FREQ=MONTHLY;BYMONTHDAY=-1")]


def test_this_month_is_the_month_of_issue():
    assert _found("请各单位于本月底前反馈意见") == [("本月底前", date(2027, 3, 31), None)]
    assert _found("本月25日前报送材料") == [("本月25日前", date(2027, 3, 25), None)]
    assert _found("本月15日召开了会议") == []
    # With no issue date the month is unknown: the phrase is kept, undated.
    (task,) = extract_text("某县关于做好2027年统计工作的通知\n各乡镇要于本月底前完成自查。\n").tasks
    assert task.deadline is None and task.deadline_text == "本月底前"


def test_a_daily_report_with_its_clock_time():
    (task,) = extract_text(HEAD + "各乡镇每日17时前报送当日进展情况。" + SIGN).tasks
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1" and task.deadline == date(2027, 3, 3)
    assert [u.name for u in task.units] == ["各乡镇"]


def test_a_table_row_with_no_deadline_cell_stating_a_monthly_duty():
    text = ("某市政务公开工作要点实施方案\n"
            "| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n"
            "| 1 | 加强财政政策信息公开，按月公开全市财政收支情况 | 市财政局 |\n"
            "| 2 | 加强金融政策信息公开，加大金融业改革发展情况公开力度 | 市金融办 |\n")
    tasks = extract_text(text).tasks
    assert [(t.recurrence, t.deadline) for t in tasks] == [("FREQ=MONTHLY;BYMONTHDAY=-1", None), (None, None)]


def test_odd_and_even_months_are_one_yearly_rule():
    odd = "FREQ=YEARLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=10"
    assert _found("各乡镇逢单月10日前将进展情况报送县政府办公室") == [("逢单月10日前", date(2027, 3, 10), odd)]
    assert _found("县直各单位每单月十日前报告工作进展") == [("每单月十日前", date(2027, 3, 10), odd)]
    assert _found("由县统计局于双月之二十日前汇总上报") == [
        ("双月之二十日前", date(2027, 4, 20), "FREQ=YEARLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=20")]
    # A bimonthly report named, or an odd month's name, is no due day.
    assert _found("实行双月报制度，单月份数据不再单独上报") == []


def test_odd_month_report_is_a_recurring_task():
    r = extract_text(HEAD + "一、各乡镇要逢单月15日前将整治进展报县农业农村局。" + SIGN)
    assert [(t.deadline, t.recurrence, [u.name for u in t.units]) for t in r.tasks] == [
        (date(2027, 3, 15), "FREQ=YEARLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", ["各乡镇"])]


def test_weeks_and_months_counted_from_the_issue_date():
    # Issued on Tuesday 2 March 2027.
    assert _found("请各单位于本周五前报送名单") == [("本周五前", date(2027, 3, 5), None)]
    assert _found("下周一下班前交教务处") == [("下周一下班前", date(2027, 3, 8), None)]
    assert _found("各村要在月底前完成摸排") == [("月底前", date(2027, 3, 31), None)]
    assert _found("下月10日前上报验收结果") == [("下月10日前", date(2027, 4, 10), None)]
    # A month written before 月底 is that month's; a masked month stays unread.
    assert _found("6月底前完成") == [("6月底前", date(2027, 6, 30), None)]
    assert _found("xx月底前完成") == []
    assert _found("本周三召开了例会") == []


def test_the_next_month_of_a_monthly_report_is_a_monthly_duty():
    assert _found("各乡镇每月统计一次，于次月5日前报县统计局") == [
        ("每月", date(2027, 3, 31), "FREQ=MONTHLY;BYMONTHDAY=-1"), ("次月5日前", date(2027, 3, 5), "FREQ=MONTHLY;BYMONTHDAY=5")]


def test_a_page_with_no_issue_date_names_no_week():
    (task,) = extract_text("某县关于做好2027年统计工作的通知\n各乡镇要于本周五前完成自查。\n").tasks
    assert task.deadline is None and task.deadline_text == "本周五前"
