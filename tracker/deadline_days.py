"""Days that a deadline phrase names by the calendar rather than by digits alone: a month and a
day whose 月 the page lost, a day of the month with no month (festivals: ``tracker.festivals``)."""

from __future__ import annotations

import calendar
from datetime import date

__all__ = ["day_after", "lost_month_day", "split_month_day"]

def lost_month_day(digits: str, y: int, issued: date | None) -> date | None:
    """The date that ``digits`` (a month and a day whose 月 the page lost: "128", "1215")
    name in year ``y``, or None when no split is a valid month and day.

    "1215" splits one way only (12月15日). "128" splits two ways (1月28日, 12月8日): the
    first date not before the issue date, else the split with a two-digit day.
    """
    found = []
    for cut in (1, 2):
        mon, day = digits[:cut], digits[cut:]
        if not 1 <= len(day) <= 2:
            continue
        mon_n, day_n = int(mon), int(day)
        if 1 <= mon_n <= 12 and 1 <= day_n <= calendar.monthrange(y, mon_n)[1]:
            found.append((len(day), date(y, mon_n, day_n)))
    if not found:
        return None
    later = sorted(d for _, d in found if issued is not None and d >= issued)
    return later[0] if later else max(found)[1]


def day_after(day: int, anchor: date) -> date | None:
    """The first ``day`` of a month on or after ``anchor`` ("要在24日前" in a notice of 22
    February: 24 February; "于5日前" after the 28th: the 5th of the next month), or None when
    that month has no such day."""
    y, mon = (anchor.year, anchor.month) if day >= anchor.day else \
        (anchor.year + anchor.month // 12, anchor.month % 12 + 1)
    if not 1 <= day <= calendar.monthrange(y, mon)[1]:
        return None
    return date(y, mon, day)


_WEEKDAYS = "一二三四五六日"


def weekday_number(char: str) -> int:
    """Monday-based weekday (0 … 6) of the character after 周/星期/礼拜 ("一" … "日"; "天" for 日)."""
    return _WEEKDAYS.index("日" if char == "天" else char)


def split_month_day(digits: str, y: int, weekday: str | None = None, ranged: bool = False) -> date | None:
    """The date in year ``y`` that ``digits`` (a month and a day whose 月 the page lost, perhaps
    its 年 too: "418", "629", "1130", "0106") name when they split one way only, else the split
    whose weekday is ``weekday`` (一 … 日, 天 for 日) when exactly one has it, else None.

    A part never opens with 0 ("106" is 10月6日, not 1月06日) except in four digits written
    with both parts padded ("0106", "1106"); "111" (1月11日 or 11月1日) names no date alone.
    ``ranged``: digits no day can be read from may name a span of days in one month whose dash was
    lost too, due on its last day, when they split one way into one ("137": 1月3日—7日).
    """
    found = set()
    for cut in range(1, len(digits)):
        mon, day = digits[:cut], digits[cut:]
        padded = len(mon) == len(day) == 2
        if len(mon) > 2 or len(day) > 2 or not padded and (mon[0] == "0" or day[0] == "0"):
            continue
        mon_n, day_n = int(mon), int(day)
        if 1 <= mon_n <= 12 and 1 <= day_n <= calendar.monthrange(y, mon_n)[1]:
            found.add(date(y, mon_n, day_n))
    if weekday:
        wd = weekday_number(weekday)
        found = {d for d in found if d.weekday() == wd}
    if not found and not weekday and ranged:
        found = _lost_range_ends(digits, y)
    return found.pop() if len(found) == 1 else None


def _lost_range_ends(digits: str, y: int) -> set[date]:
    """The last days of the spans of days within one month that ``digits`` name when the 月 and the
    dash between the days were lost ("137" for 1月3日—7日, "92829" for 9月28日—29日)."""
    ends = set()
    for a in range(1, min(3, len(digits) - 1)):
        for b in range(a + 1, len(digits)):
            mon, first, last = digits[:a], digits[a:b], digits[b:]
            if len(first) > 2 or len(last) > 2 or "0" in (mon[0], first[0], last[0]):
                continue
            mon_n, first_n, last_n = int(mon), int(first), int(last)
            if 1 <= mon_n <= 12 and 1 <= first_n < last_n <= calendar.monthrange(y, mon_n)[1]:
                ends.add(date(y, mon_n, last_n))
    return ends
