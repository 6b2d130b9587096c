"""A report due some days after each month or quarter: "于月后5日前报送" in running text, and a
schedule cell that names the report before its time ("季报：季后5日前；年报：1月5日前")."""

from datetime import date

from tracker.deadlines import find_deadlines, parse_deadline


def test_a_day_after_each_month_in_running_text_is_monthly():
    got = [(d.text, d.recurrence, d.date) for _, _, d in
           find_deadlines("各县区统计局于月后5日前向市统计局报送月度快报。", date(2027, 3, 2))]
    assert got == [("月后5日前", "FREQ=MONTHLY;BYMONTHDAY=5", date(2027, 3, 5))]


def test_a_schedule_cell_naming_the_quarterly_report_first_binds_by_it():
    cell = parse_deadline("季报：季后10日前；年报：1月10日前", date(2027, 3, 2))
    assert cell.recurrence == "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"
    assert cell.date == date(2027, 4, 10)
    assert parse_deadline("月报：月后3日前", date(2027, 3, 2)).recurrence == "FREQ=MONTHLY;BYMONTHDAY=3"


def test_a_month_with_no_after_is_no_report_day():
    assert not [d for _, _, d in find_deadlines("各县区于月后报送。", date(2027, 3, 2)) if d.recurrence]
