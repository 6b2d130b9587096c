"""A due day closed by 前 binds a hand-in duty; a bare year or 年内 beside it names the work."""

from datetime import date

from tracker.extract.dated import find_due, schedule
from tracker.extract.normalize import norm


def _deadline(text: str, issued: date) -> tuple:
    deadline, _, _, milestones = schedule(find_due(norm(text), issued))
    return deadline, [m.due for m in milestones]


def test_a_year_naming_the_plan_handed_in_is_no_due_date():
    text = "各项目2026年工作总结和续建项目2027年建设计划经负责人签字后，于12月20日前报送项目办。"
    assert _deadline(text, date(2026, 12, 1)) == (date(2026, 12, 20), [])


def test_years_of_plans_to_draw_up_are_no_due_dates():
    text = "10月30日前，根据排查结果，制定三年总体规划及2027年、2028年年度改造计划。"
    assert _deadline(text, date(2026, 9, 1)) == (date(2026, 10, 30), [])


def test_nian_nei_among_the_fields_of_a_form_is_no_due_date():
    text = "所报项目按照项目名称、投资额度、年内进度目标、责任单位等内容，于11月20日前报县督查室。"
    assert _deadline(text, date(2026, 11, 1)) == (date(2026, 11, 20), [])


def test_a_year_target_without_a_due_day_stays():
    text = "2027年完成老旧小区改造30个。"
    assert _deadline(text, date(2027, 2, 1))[0] == date(2027, 12, 31)


def test_a_due_month_beside_a_year_target_keeps_both():
    text = "到2027年底，全面完成改造任务；6月底前完成方案编制。"
    assert _deadline(text, date(2027, 2, 1)) == (date(2027, 12, 31), [date(2027, 6, 30), date(2027, 12, 31)])
