"""News of work done names dates that are no due dates: 已 by the date, a meeting held or a
document issued on the day a news item opens with, an act told with 了 far after its date.
The duties such a page quotes keep theirs. Invented texts of the family."""

from notice_helpers import run, titles


def test_already_by_the_date_marks_work_done():
    r = run("该工程已于2026年基本完成主体施工。经督办后，拖欠资金于1月底已全部拨付到位。")
    assert r.tasks == [], titles(r)


def test_a_news_opening_with_a_meeting_held_or_a_document_issued_is_no_task():
    r = run("1月8日，某市政府召开约谈会，对排名后退的县区进行约谈。\n\n"
            "2027年1月，省政府办公厅印发《优化营商环境三年行动方案》。")
    assert r.tasks == [], titles(r)


def test_an_act_told_with_le_after_a_long_subject_is_done():
    r = run("1月初市政府督查室会同市文明办、市爱卫办、市市政委对全市第一阶段的市容整治情况进行了督查考核。")
    assert r.tasks == [], titles(r)


def test_a_duty_quoted_in_news_keeps_its_date():
    r = run("1月8日，某市政府召开约谈会。会议要求，各县区要于2027年3月底前完成整改。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-31"], titles(r)


def test_a_duty_to_finish_what_has_begun_keeps_its_date():
    r = run("已开工的项目要于2027年6月底前全部完工。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_news_opening_with_a_ten_day_period_is_no_task():
    r = run("11月下旬，县人大常委会组成3个督办组，深入各项目现场进行督办。")
    assert r.tasks == [], titles(r)


def test_a_call_to_members_of_the_public_is_no_task():
    r = run("欢迎广大市民积极参与“政府开放日”活动，请自愿参加活动的人员于2月19日前通过电话报名。\n\n"
            "请有意申报的企业于2月28日前报送申报材料。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-28"], titles(r)


def test_a_start_told_with_the_work_going_on_since_is_progress_not_a_duty():
    """"X于7月29日进场施工，正在进行…": a progress report; a due date beside it keeps its duty."""
    r = run("甲镇于1月29日进场施工，正在进行给水管线施工。乙镇于2月6日进场施工，目前正在进行雨污水管线施工。"
            "\n\n各镇要于6月30日前完成全部管线施工。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_registration_date_bounds_who_must_act_not_when():
    # "凡在…以前经…登记成立的社会团体，均应参加年检", "登记时间在…(含)之前的社会组织须参加年检": whom the
    # duty binds (registered by then); the duty's own date comes with its own due words.
    r = run("一、凡在2026年12月31日以前经县民政局批准登记成立的社会团体，均应参加年检。\n\n"
            "二、登记时间在2026年6月30日（含）之前的社会组织须参加年检，年检材料于2027年5月31日前报送县民政局。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-31"], titles(r)


def test_the_period_a_fund_covers_is_no_due_date():
    # "此次专项资金支持项目执行期间为…至…": the projects the fund pays for, not a due date.
    r = run("一、此次专项资金支持项目执行期间为2026年1月1日至2026年12月31日。请符合条件的企业在线填报，"
            "网上申报截止时间为2027年3月28日，逾期不予受理。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-28"], titles(r)
