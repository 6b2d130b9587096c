"""A numbered item of a plan opening with its time run into the verb is due then."""

from datetime import date

from notice_helpers import run, titles


def test_items_opening_with_a_day_a_month_or_a_range_are_due_then():
    r = run("一、3月8日开展妇女节代表座谈会。\n\n"
            "二、6-7月继续开展读书月活动,发挥阅览室作用。\n\n"
            "三、9月开展文化周活动:\n\n1、健身操比赛\n\n2、乒乓球比赛\n\n"
            "四、12月评选社区先进文体活动积极分子。\n")
    assert [t.deadline for t in r.tasks] == [
        date(2027, 3, 8), date(2027, 7, 31), date(2027, 9, 30), date(2027, 12, 31)], titles(r)
    assert all(not t.units for t in r.tasks)


def test_an_item_reporting_what_was_done_or_a_holiday_is_no_task():
    r = run("一、3月8日开展了妇女节代表座谈会。\n\n二、10月1日至7日放假,共7天。\n\n三、9月新校区投入使用。\n")
    assert r.tasks == [], titles(r)


def test_a_plan_with_no_year_keeps_the_time_without_a_date():
    from tracker.extract import extract_text

    r = extract_text("社区文化中心工作计划\n\n一、4月在某小区举办邻里节活动。\n\n二、9月开展文化周活动。\n")
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [(None, "4月"), (None, "9月")], titles(r)


def test_a_summary_listing_its_months_reports_work_done():
    from tracker.extract import extract_text

    r = extract_text("某社区2027年工作总结\n\n一、3月开展学雷锋志愿服务活动，参加居民120人。\n\n"
                     "二、9月开展文化周活动，举办比赛5场。\n\n某社区居委会\n2027年12月20日\n")
    assert r.tasks == [], titles(r)


def test_a_stage_step_opening_with_its_range_of_days_is_due_at_its_end():
    # "下发" reads like a report of an issue, but the range opens a step of the plan.
    r = run("（二）准备工作阶段（3月20日~31日）\n\n"
            "1、3月20日~24日，县农业局下发检查通知，各乡镇按照通知要求部署检查工作。\n\n"
            "2、3月27日~31日，各乡镇制订本辖区检查工作方案，进行人员培训。\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 3, 24), date(2027, 3, 31)], titles(r)
    assert not any(t.title.startswith("准备工作阶段") for t in r.tasks)


def test_a_holiday_range_opening_an_item_is_no_step():
    r = run("1、10月1日—7日，全体师生员工放假；9月29日照常上班。\n\n2、各班主任要做好假期安全教育。\n")
    assert not any(t.deadline == date(2027, 10, 7) for t in r.tasks), titles(r)
