"""Daily duties, a monthly duty's day written as the next month's, recurrence starts, and pages
dated by the meeting or the issuing they open with."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.normalize import norm

HEAD = "某县人民政府办公室关于做好冬季整治工作的通知\n某政办发〔2027〕3号\n各乡镇人民政府，县直各单位：\n"
SIGN = "\n某县人民政府办公室\n2027年3月2日\n"


def _tasks(body: str, head: str = HEAD, sign: str = SIGN):
    return extract_text(head + body + sign).tasks


def test_a_report_or_update_every_day_is_a_daily_duty():
    for body in ("为保证工程如期完成，各组一天汇报一次进展。",
                 "县交通运输局、县城管执法局等单位要每天更新、调度工作进展，按时完成各项任务。"):
        tasks = _tasks(body)
        assert [t.recurrence for t in tasks] == ["FREQ=DAILY;INTERVAL=1"], body
        assert tasks[0].deadline == date(2027, 3, 3)


def test_a_daily_rate_or_routine_is_no_duty():
    for body in ("坚持每天洒水3次以上，保持路面整洁。", "机关干部按照各自分工每天插村入户帮助指导相关工作。",
                 "平均每日非法倾倒的垃圾明显增多。"):
        assert not [h for h in find_deadlines(norm(body), date(2027, 3, 2)) if h[2].recurrence], body


def test_a_township_among_offices_is_a_unit_of_the_list():
    body = "区交通运输局、区城管法执法局、区市政园林管理服务中心、莲洲镇等单位要每天更新工作进展。"
    units = [u.name for u in _tasks(body)[0].units]
    assert units == ["区交通运输局", "区城管法执法局", "区市政园林管理服务中心", "莲洲镇"]


def test_a_monthly_report_due_on_a_day_of_the_next_month():
    body = "月度快报每月报送一次，当月的快报数据请在次月10日前报送县政府办公室。"
    (task,) = _tasks(body)
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=10"
    assert task.deadline == date(2027, 3, 10)


def test_minutes_with_no_issue_date_are_dated_by_their_meeting():
    text = ("2027年9月13日下午，副区长某某同志在区政府会议室主持召开区政府常务会议。纪要如下：\n"
            "一、会议强调，区交通运输局、区城管执法局等单位要每天更新、调度工作进展。\n")
    (task,) = extract_text(text).tasks
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1" and task.deadline == date(2027, 9, 14)


def test_a_reading_page_is_dated_by_the_issue_it_opens_with():
    text = ("2027年3月28日，某县人民政府印发了《关于2027年政府工作报告目标任务分工方案的通知》，现将主要内容解读如下：\n"
            "三、保障措施\n县政府办公室将定期开展工作调度，每季度汇总一次工作进展并向县政府报告。\n")
    (task,) = extract_text(text).tasks
    assert task.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" and task.deadline == date(2027, 3, 31)


def test_a_recurrence_starting_in_the_first_days_of_a_month_or_this_years_month():
    for body in ("一、从5月上旬起至全年工作基本结束，各乡镇每月5日报送一次进度统计表。",
                 "一、自今年5月起，各乡镇每月5日前报送一次进度统计表。"):
        (task,) = _tasks(body)
        assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=5" and task.deadline == date(2027, 5, 5), body


def test_reports_of_a_system_started_on_a_stated_day_are_due_from_it():
    text = ("某部下发通知 建设进展信息一周一报\n发布时间:2027-05-19 来源:某网\n"
            "某部近日下发通知明确，自今年4月20日起，实行全国城市地下综合管廊建设进展周报制度。\n"
            "各市县信息报送单位要在每周二中午12时前报送上周管廊建设情况。\n")
    (task,) = extract_text(text).tasks
    assert task.recurrence == "FREQ=WEEKLY;BYDAY=TU" and task.deadline == date(2027, 4, 20)


def test_the_dates_of_a_monthly_report_listed_after_it_are_its_schedule():
    body = ("一、从5月上旬起至全年工作基本结束，各乡镇每月5日报送一次进度统计表。"
            "具体报送时间为5月5日、6月5日、7月5日、8月5日当天17:00之前。")
    (task,) = _tasks(body)
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=5" and task.deadline == date(2027, 5, 5)
    # A date of another day is a duty of its own.
    assert len(_tasks("一、各乡镇每月5日报送一次进度统计表。6月10日前、7月10日前分别完成两轮验收。")) == 2


def test_a_first_report_stated_before_the_monthly_one_is_its_first_occurrence():
    body = "三、报送时间：2027年月度快报首次报送时间为3月8日前，报送1～2月份的合计数据；自4月份开始每月8日前报送上月数据。"
    (task,) = _tasks(body)
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=8" and task.deadline == date(2027, 3, 8)


def test_a_monthly_study_of_the_work_is_a_monthly_duty():
    (task,) = _tasks("十件民生实事已纳入重点督办事项，各责任单位要每月研究工作落实情况，加大工作推进力度。")
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=-1" and [u.name for u in task.units] == ["各责任单位"]


def test_an_act_every_period_that_names_its_object_first():
    """"每日对X进行调度", "每月对X进行通报": the object between the period and the act."""
    for body, rec in (("县农业农村局每日对各乡镇秸秆禁烧情况进行调度。", "FREQ=DAILY;INTERVAL=1"),
                      ("县住建局每月对各乡镇危房改造进度进行通报。", "FREQ=MONTHLY;BYMONTHDAY=-1")):
        tasks = _tasks(body)
        assert [t.recurrence for t in tasks] == [rec], body
    assert not _tasks("每月对补助对象进行发放,每日对库存物资进行清点。")


def test_a_report_system_the_sentence_starts_is_a_recurring_duty():
    # "实行日报制度 / 周报制度 / 月报制度": a report every day, week or month from now on.
    for body, rule in (("县督查组从3月5日起对各乡镇进行督查，并对整改推进情况实行日报制度。", "FREQ=DAILY;INTERVAL=1"),
                       ("各乡镇项目进展情况实行月报制度，全年完成情况要按期上报。", "FREQ=MONTHLY;BYMONTHDAY=-1")):
        tasks = _tasks(body)
        assert [(t.recurrence, t.deadline_text[-3:]) for t in tasks] == [(rule, "报制度")], body
    # A practice merely named ("日报制"), or the rules of a report system, is none.
    assert _tasks("去年以来，某县对整治进度实行日报制。") == []


def test_a_patrol_at_least_so_often_is_a_recurring_duty():
    # River chiefs' patrols: "每季度巡河不少于1次", "每月…巡河至少2次" (a minimum, one rule).
    tasks = _tasks("一、县级河长每季度巡河不少于1次。\n二、乡级河长每月需要对每条责任河道巡河至少2次。\n")
    assert [t.recurrence for t in tasks] == ["FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1"]
    # A rate of a policy ("每3年修订1次教材") is no duty of a unit.
    assert _tasks("三、职业院校每3年修订1次教材。\n") == []


def test_the_duties_of_a_regulation_are_due_from_the_day_it_comes_into_force():
    """A page with no issue date: the recurring duties of a regulation count from its stated start."""
    text = ("某市统计报表制度\n"
            "第一条 各县区统计局应当于每年的4月15日前报送上年度报表。\n"
            "第二条 各乡镇每月10日前报送上月数据。\n"
            "第三条 本制度自2027年6月1日起施行。\n")
    tasks = extract_text(text).tasks
    assert [(t.recurrence, t.deadline) for t in tasks] == [
        ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15", date(2028, 4, 15)),
        ("FREQ=MONTHLY;BYMONTHDAY=10", date(2027, 6, 10))]
    # Issued after the day in force: the first occurrence after the issue date, as before.
    body = "各乡镇每月10日前报送上月数据。本办法自2027年1月1日起施行。"
    (task,) = _tasks(body)
    assert task.deadline == date(2027, 3, 10)


def test_a_daily_due_hour_makes_a_daily_duty_whatever_the_act_and_the_means():
    """"于每日上午12点以前，通过系统报送…；X于每日上午11点前传真报送…": two daily duties, each its subject's."""
    body = ("样本企业于每日上午12点以前，通过监测平台报送当日价格；"
            "重点商贸企业于每日上午11点前传真或电子邮件报送前一日销售额。")
    tasks = _tasks(body)
    assert [(t.recurrence, t.deadline, [u.name for u in t.units]) for t in tasks] == [
        ("FREQ=DAILY;INTERVAL=1", date(2027, 3, 3), ["样本企业"]),
        ("FREQ=DAILY;INTERVAL=1", date(2027, 3, 3), ["重点商贸企业"])]
    # A daily rate stays no duty.
    assert not _tasks("污水处理厂每日处理污水1万吨。")


def test_a_reporting_system_and_the_day_of_its_reports_are_one_duty():
    """"X实行月报制度，于每月5日前报送上月进度": one monthly duty due on the fifth."""
    (task,) = _tasks("二、各乡镇重点项目进度实行月报制度，于每月5号前报送上月工程进度。")
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=5" and task.deadline == date(2027, 3, 5)
    # A system of another frequency beside the day stays a duty of its own.
    assert len(_tasks("二、各乡镇项目进度实行周报制度，于每月5日前报送月度汇总。")) == 2


def test_a_cycle_of_periods_told_by_its_one_act_is_a_recurring_duty():
    """"原则上两个月召开一次" (no 每), "每10天召开一次": a meeting every N periods; no day named, no first date."""
    for body, rule in (("一、建立例会制度。由管委会主任负责召集，原则上两个月召开一次。", "FREQ=MONTHLY;INTERVAL=2"),
                       ("二、完善调度制度。由办公室负责召集，每10天召开一次调度会。", "FREQ=DAILY;INTERVAL=10"),
                       ("三、三个月开展一次专项督查。", "FREQ=MONTHLY;INTERVAL=3")):
        tasks = _tasks(body)
        assert [t.recurrence for t in tasks] == [rule], body
    (task,) = _tasks("一、建立例会制度。由管委会主任负责召集，原则上两个月召开一次。")
    assert task.deadline is None
    # A routine every few days is no duty; nor is a span before the act ("在两个月内召开一次").
    assert not _tasks("坚持每天洒水3次以上，每10天冲洗一次路面。")
    assert [t.recurrence for t in _tasks("各乡镇要在两个月内召开一次动员会。")] == [None]


def test_a_daily_report_with_its_hour_and_a_stated_first_day():
    body = "各乡镇从3月10日起，每天下午4点前，要将当日整治进度分别报县应急管理局和县交通运输局。"
    (task,) = _tasks(body)
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1"
    assert task.deadline == date(2027, 3, 10)  # the stated day is the first one
    assert [u.name for u in task.units] == ["各乡镇"]


def test_a_report_every_ten_days_with_its_hour_before_a_long_object():
    body = "各乡镇每十天的下午4点前将《冬季整治工作进展统计表》(见附件二)分别报县应急管理局和县交通运输局。"
    (task,) = _tasks(body)
    assert task.recurrence == "FREQ=DAILY;INTERVAL=10"


def test_a_subject_before_a_recurrence_start():
    body = "各乡镇自2027年4月起每月20日前上报整治工作进展情况。"
    (task,) = _tasks(body)
    assert [u.name for u in task.units] == ["各乡镇"]
    assert task.recurrence == "FREQ=MONTHLY;BYMONTHDAY=20" and task.deadline == date(2027, 4, 20)
