"""Days that a deadline phrase names by the calendar rather than by digits alone: festivals,
a month and a day whose 月 the page lost, a day of the month with no month."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = ["day_after", "festival_date", "lost_month_day", "split_month_day"]

# Dates of festivals named as deadlines ("2025年春节前"): 元旦 and 国庆 by the solar
# calendar, 春节 (the first day of the lunar year) by the lunar calendar. 春节前 is due on
# the eve (除夕), as 国庆节前 on 30 September: every real document's gold in the corpus
# (eight, 2010-2026) enters the eve; "before the festival" leaves the festival day out.
# The lunar month and day of the festivals the lunar calendar fixes:
_LUNAR_FESTIVALS = {"春节": (1, 1), "中秋": (8, 15), "端午": (5, 5)}


def festival_date(name: str, year: int) -> date | None:
    """The date a duty "before the festival ``name``" (春节/元旦/国庆/“十一”/“五一”/劳动节/中秋/端午)
    in ``year`` is due, or None."""
    name = name.strip("“”\"")
    if name == "元旦":
        # "2027年元旦前": due on the eve, 31 December of the year before, as 春节前 and 国庆节前.
        return date(year - 1, 12, 31)
    if name.startswith(("国庆", "十一")):
        # "国庆节前", "“十一”前": due before the holiday week that opens on 1 October.
        return date(year, 9, 30)
    if name.startswith(("五一", "劳动")):
        # "“五一”前": due before the holiday that opens on 1 May, as 国庆节前 on its eve.
        return date(year, 4, 30)
    from lunardate import LunarDate  # noqa: PLC0415 - only documents naming a lunar festival need it

    month, day = _LUNAR_FESTIVALS[name[:2]]
    try:
        return LunarDate(year, month, day).to_solar_date() - timedelta(days=1)
    except ValueError:
        return None  # outside the library's table (1900-2099)


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
        wd = _WEEKDAYS.index("日" if weekday == "天" else weekday)
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
