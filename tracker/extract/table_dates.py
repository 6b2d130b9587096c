"""The due phrase a date cell of a task table stands for: a period cell ("2023.01-2023.12")
is due at its end, a month cell ("2021.8") at the month's end, and a report schedule's
"年后1月10日前" or a 年报's "当年12月31日前" comes back every year."""

from __future__ import annotations

import re

from tracker.extract.table_model import _PERIOD_RANGE, _YEAR_MONTH


def period_end(s: str) -> str | None:
    """The end of a period cell ("2023.01-2023.12", "2023.1—4": in its year) as a due phrase, else None."""
    m = _PERIOD_RANGE.match(s)
    return f"{m.group(3) or m.group(1)}年{int(m.group(4))}月底前" if m else None


# A week's or a stage's days written month.day ("9.1-9.7", "9.29—10.5", "2027.9.1-9.7"): due on the last day.
_DOTTED_DAYS = re.compile(r"^(?:((?:19|20)\d{2})\.)?(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])[-—–~至到]{1,2}"
                          r"(?:(1[0-2]|0?[1-9])\.)?([12]\d|3[01]|0?[1-9])$")


def dotted_days_end(s: str) -> str | None:
    """The last day of a month.day range cell ("9.1-9.7" -> "9月7日"), else None."""
    m = _DOTTED_DAYS.match(s)
    if not m:
        return None
    year, month = m.group(1), int(m.group(4) or m.group(2))
    if month < int(m.group(2)) or (month == int(m.group(2)) and int(m.group(5)) < int(m.group(3))):
        return None  # a range that runs backwards is no range of days
    return f"{year + '年' if year else ''}{month}月{int(m.group(5))}日"


_EACH_YEAR_AFTER = re.compile(r"^(?:年后|次年)(?=\d{1,2}月)")
_EACH_MONTH_AFTER = re.compile(r"^(?:次月|月后)(?=\d{1,2}[日号])")
# A quarterly report's day in the month after the quarter ("季后第1个月15日前").
_QUARTER_DAY = re.compile(r"^季后第?[1一]个?月(\d{1,2})[日号](?:前|内|之前)?")
# A half-yearly report's two days, one each half ("7月10日和次年1月10日前").
_HALF_YEAR_DAYS = re.compile(r"^0?(\d{1,2})月(\d{1,2})[日号](?:前)?[和及、,](?:次年)?0?(\d{1,2})月(\d{1,2})[日号](?:前|之前)?")
_THIS_YEAR = re.compile(r"^(?:当年|本年)?(?=\d{1,2}月\d{1,2}[日号])")


def due_norm(cell: str, period: str = "") -> str:
    """The deadline phrase a normalized date cell stands for, ready to parse.

    A period cell gives its end ("2023.01-2023.12" -> the end of 2023-12); a report due
    "年后1月10日前" is due every year; a 年报's day "当年12月31日前" recurs each year."""
    end = period_end(cell)
    if end:
        return end
    days = dotted_days_end(cell)
    if days:
        return days
    month = _YEAR_MONTH.match(cell)
    if month:
        return f"{month.group(1)}年{int(month.group(2))}月底前"
    if _EACH_YEAR_AFTER.match(cell):
        return "每年" + cell[2:]
    if _EACH_MONTH_AFTER.match(cell):
        return "每月" + cell[2:]  # a 月报's "次月20日前"
    quarter = _QUARTER_DAY.match(cell)
    if quarter:
        return f"每季度首月{quarter.group(1)}日前" + cell[quarter.end():]  # "季后第1个月15日前"
    half = _HALF_YEAR_DAYS.match(cell)
    if half and {half.group(1), half.group(3)} == {"1", "7"} and half.group(2) == half.group(4):
        return f"半年后{half.group(2)}日内" + cell[half.end():]  # "7月10日和次年1月10日前"
    if period == "年报" and _THIS_YEAR.match(cell) and "每" not in cell:
        return "每年" + _THIS_YEAR.sub("", cell)
    return cell
