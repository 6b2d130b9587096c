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


def test_the_partys_anniversary_is_named_by_its_day_in_quotes_and_its_eve_is_read_whole():
    from tracker.extract import extract_text

    assert festival_day("“七一”", 2027) == date(2027, 7, 1)
    before = re.compile(rf"(?:{FESTIVAL_BEFORE})(?=前)")
    assert before.match("“七一”前") and not before.match("七一前")  # bare 七一 is a number
    r = extract_text("某镇党委关于开展庆“七一”系列活动的通知\n\n各党支部：\n\n"
                     "一、开展警示教育。镇机关党支部于“七一”前夕组织党员干部开展一次警示教育活动。\n"
                     "二、开展走访慰问。“七一”前夕，各党支部要走访慰问困难党员。\n\n某镇党委\n2027年6月2日\n")
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [(date(2027, 6, 30), "“七一”前夕")] * 2
    assert [t.title for t in r.tasks][1].startswith("各党支部要走访慰问困难党员")
