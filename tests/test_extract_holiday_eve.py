""""放假前" in a holiday notice is due the day before the first day off the notice states.
Invented notices of the family."""

from tracker.extract import extract_text

HEAD = "丙县人民政府办公室关于2027年清明节放假安排的通知\n\n各镇人民政府：\n\n"
SIGN = "\n\n丙县人民政府办公室\n2027年3月29日\n"


def dues(body):
    r = extract_text(HEAD + body + SIGN)
    return [(t.deadline.isoformat() if t.deadline else None, t.deadline_text) for t in r.tasks]


def test_the_eve_of_the_days_off_is_the_due_date():
    body = ("一、4月3日至5日放假，共3天。\n\n"
            "二、各镇要在放假前开展一次安全检查。各镇值班名单请于4月1日前报县政府办公室。")
    assert dues(body) == [("2027-04-02", "放假前"), ("2027-04-01", "4月1日前")]


def test_a_holiday_stated_as_legal_days_off_gives_its_eve():
    body = "一、5月1日、2日、3日为法定假日，4月30日上班。\n\n二、放假前，各村要做好环境卫生保洁工作。"
    assert dues(body) == [("2027-04-30", "放假前")]


def test_a_holiday_time_after_its_label_gives_its_eve():
    body = "一、春节放假时间为：2月6日（除夕）至2月13日。\n\n二、各单位要在春节放假前完成安全隐患排查。"
    assert dues(body) == [("2027-02-05", "放假前")]


def test_no_holiday_stated_leaves_the_eve_undated():
    body = "各镇要在暑期放假前完成一次防溺水安全教育。"
    assert dues(body) == [(None, "放假前")]


def test_a_festival_holiday_named_with_no_day_off_gives_the_festival_eve():
    """The page names 清明节放假 but lost the days off: before the holiday is the day before 清明."""
    r = extract_text("各县属学校：\n\n现将我县学校清明节放假的具体事项通知如下：\n\n1、放假时间：\n\n"
                     "2、各校应在放假前对全体师生进行一次安全教育。\n\n丙县教育局\n2027年3月30日\n")
    assert [(t.deadline.isoformat(), t.deadline_text) for t in r.tasks] == [("2027-04-04", "放假前")]
    # A summer break named beside the festival leaves "放假前" undated, as before.
    r = extract_text("各县属学校：\n\n清明节放假按国家规定执行。各校要在暑期放假前完成防溺水教育。\n\n"
                     "丙县教育局\n2027年3月30日\n")
    assert [t.deadline for t in r.tasks] == [None]


def test_a_period_after_qijian_names_the_object_not_the_due_date():
    """"活动期间（2027年7月至11月）预计开展的活动…于7月15日前报送": due on 15 July."""
    (task,) = extract_text("各县体育局：\n\n请各县体育局将体育节活动期间(2027年7月至11月)预计开展的活动"
                           "于7月15日下午17:00前报市体育局。\n\n某市体育局\n2027年7月7日\n").tasks
    assert task.deadline.isoformat() == "2027-07-15" and not task.milestones


def test_a_school_break_told_from_its_first_day_gives_its_eve():
    body = "一、我校2027年度暑假从7月10日起至8月31日止。\n\n二、放假前，各学院要进行一次安全工作大排查。"
    assert dues(body) == [("2027-07-09", "放假前")]
