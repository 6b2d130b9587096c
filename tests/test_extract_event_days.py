"""Days an event takes place (a meeting, an exam, a holiday) and a signature's date are no
due dates; the duties of the same notice keep theirs. Invented notices of the family."""

from notice_helpers import run, titles


def test_the_day_a_meeting_is_held_is_no_due_date():
    r = run("县政府定于2027年3月12日（周五）下午2:30在县政府三楼会议室召开春季安全生产推进会。"
            "请各镇于3月10日前将参会人员名单报县政府办公室。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-10"], titles(r)


def test_a_meeting_held_about_a_day_is_no_task():
    r = run("预计2027年3月20日左右召开全县项目观摩会，具体时间另行通知。")
    assert r.tasks == [], titles(r)


def test_the_days_of_a_holiday_and_of_an_exam_are_no_due_dates():
    r = run("一、2027年4月4日（清明）至4月6日为清明节放假时间，4月7日正常上班。\n\n"
            "二、期中考试时间：第十周（4月12日—14日）。\n\n"
            "三、各镇要在4月3日前完成一次安全检查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-03"], titles(r)


def test_a_company_s_signature_date_is_no_task():
    r = run("各镇要于2027年2月20日前报送值班表。\n\n某某投资（集团）有限公司 2027年2月6日")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-20"], titles(r)


def test_a_meeting_a_town_must_hold_by_a_date_keeps_its_due_date():
    r = run("各镇要于2027年3月8日前召开动员会，部署春季造林工作。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-08"], titles(r)


def test_a_cut_off_named_as_such_is_due_whatever_its_time_of_day():
    # "截止时间为…下午5:00", "提交截止时间：…17:00": the hour after the day makes no meeting of it.
    r = run("一、请各镇将申报材料报送至县农业局，截止时间为2027年3月12日下午5:00。\n\n"
            "二、网络提交截止时间：2027年4月20日17:00；书面材料另行通知。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-12", "2027-04-20"], titles(r)
