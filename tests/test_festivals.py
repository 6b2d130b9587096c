"""The festival table: each festival's day, the eve a duty "before" it is due on, and the forms
the deadline and holiday rules build from it."""

import re
from datetime import date

import pytest

from tracker.deadlines import parse_deadline
from tracker.festivals import FESTIVAL_BEFORE, FESTIVAL_STEMS, festival_date, festival_day


@pytest.mark.parametrize(("name", "year", "day"), [
    ("春节", 2027, date(2027, 2, 6)),       # lunar new year
    ("中秋节", 2026, date(2026, 9, 25)),    # 15th of the 8th lunar month
    ("端午", 2026, date(2026, 6, 19)),      # 5th of the 5th lunar month
    ("国庆节", 2026, date(2026, 10, 1)),
    ("“十一”", 2026, date(2026, 10, 1)),    # quoted 十一 is 国庆
    ("劳动节", 2026, date(2026, 5, 1)),
    ("“五一”", 2026, date(2026, 5, 1)),
    ("元旦", 2027, date(2027, 1, 1)),
    ("清明", 2025, date(2025, 4, 4)),       # the solar term moves between 4 and 5 April
    ("清明", 2027, date(2027, 4, 5)),
])
def test_festival_day(name, year, day):
    assert festival_day(name, year) == day


def test_before_a_festival_is_its_eve():
    assert festival_date("元旦", 2027) == date(2026, 12, 31)
    assert festival_date("国庆", 2026) == date(2026, 9, 30)
    assert festival_date("春节", 2027) == date(2027, 2, 5)


def test_unknown_names_and_years_out_of_the_lunar_table_give_none():
    assert festival_day("重阳", 2026) is None
    assert festival_date("春节", 2200) is None


def test_deadline_forms_need_quotes_for_bare_numbers():
    before = re.compile(rf"(?:{FESTIVAL_BEFORE})(?=前)")
    assert before.match("“十一”前")
    assert before.match("五一劳动节前")
    assert not before.match("十一前")  # a bare number is no festival
    assert re.fullmatch(rf"(?:{FESTIVAL_STEMS})节?放假", "清明节放假")


def test_deadlines_read_festivals_through_the_table():
    assert parse_deadline("2027年春节前完成", date(2026, 12, 1)).date == date(2027, 2, 5)
    assert parse_deadline("2026年“十一”前报送", date(2026, 8, 1)).date == date(2026, 9, 30)
