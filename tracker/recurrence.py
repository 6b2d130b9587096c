"""Recurring duties as RFC 5545 RRULE bodies: occurrences and Chinese descriptions.

RRULEs here never carry DTSTART; the first occurrence is the task's deadline and is
the start passed to :func:`occurrences`. Rules with an INTERVAL (每半年 =
``FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1``) are anchored on that first occurrence, which
:func:`first_after` chooses on the calendar grid (half-year ends, quarter ends).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import rrulestr

from tracker.cn_numerals import cn_to_int

_WEEKDAY_CN = {"MO": "一", "TU": "二", "WE": "三", "TH": "四", "FR": "五",
               "SA": "六", "SU": "日"}


def _parts(rrule: str) -> dict[str, str]:
    body = rrule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    out: dict[str, str] = {}
    for item in body.split(";"):
        if "=" in item:
            k, v = item.split("=", 1)
            out[k.strip().upper()] = v.strip().upper()
    return out


def _rule(rrule: str, start: date):
    body = rrule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    return rrulestr(body, dtstart=datetime(start.year, start.month, start.day))


def occurrences(rrule: str, start: date, until: date) -> list[date]:
    """Dates of ``rrule`` from ``start`` to ``until``, both inclusive.

    ``start`` should be the first occurrence (``Deadline.date``): rules with an
    INTERVAL count their steps from it. An unreadable rule gives an empty list.
    """
    if until < start:
        return []
    try:
        rule = _rule(rrule, start)
        stop = datetime(until.year, until.month, until.day)
        return [dt.date() for dt in rule.between(
            datetime(start.year, start.month, start.day), stop, inc=True)]
    except (ValueError, TypeError, OverflowError):
        return []


def _grid_first(months: tuple[int, ...], day: int, after: date) -> date:
    """First date on a fixed month grid (day -1 = month end) strictly after ``after``."""
    for year in (after.year, after.year + 1):
        for mon in months:
            last = calendar.monthrange(year, mon)[1]
            d = date(year, mon, last if day == -1 else min(day, last))
            if d > after:
                return d
    raise AssertionError("unreachable: the grid repeats every year")


@lru_cache(maxsize=1024)
def first_after(rrule: str, issued: date) -> date | None:
    """First occurrence of ``rrule`` strictly after the issue date, or None."""
    p = _parts(rrule)
    try:
        interval = int(p.get("INTERVAL", "1"))
        day = int(p.get("BYMONTHDAY", "-1").split(",")[0])
    except ValueError:
        return None
    if p.get("FREQ") == "MONTHLY" and interval in (2, 3, 4, 6, 12):
        # Half-years and quarters sit on the calendar grid, not on the issue month.
        if interval in (3, 6) and day != -1:
            # 每季度/每半年结束后N日内: the month after each quarter or half-year.
            months = (1, 4, 7, 10) if interval == 3 else (1, 7)
        else:
            months = tuple(range(interval, 13, interval))
        return _grid_first(months, day, issued)
    if p.get("FREQ") == "DAILY" and interval > 1 and not any(k.startswith("BY") for k in p):
        # "每3天报告一次": counted from the issue day, the first report is due N days after it.
        return issued + timedelta(days=interval)
    try:
        rule = _rule(rrule, issued + timedelta(days=1))
        first = rule.after(datetime(issued.year, issued.month, issued.day))
    except (ValueError, TypeError, OverflowError):
        return None
    return first.date() if first else None


def describe_recurrence(rrule: str) -> str:
    """Chinese words for an RRULE: 每年12月31日前, 每半年, 每季度, 每月28日前, 每周五前.

    Unknown shapes come back as the rule itself; never raises.
    """
    try:
        p = _parts(rrule)
        freq = p.get("FREQ", "")
        n = int(p.get("INTERVAL", "1"))
        day = p.get("BYMONTHDAY")
        day_i = int(day.split(",")[0]) if day else None
        if freq == "YEARLY":
            head = "每年" if n == 1 else f"每{n}年"
            months = [int(m) for m in p.get("BYMONTH", "").split(",") if m]
            if n == 1 and months in ([1, 4, 7, 10], [1, 7]) and day_i not in (None, -1):
                return f"{'每季度' if len(months) == 4 else '每半年'}首月{day_i}日前"
            if p.get("BYMONTH"):
                mon = "月、".join(str(m) for m in months)  # 每年6月、9月、12月底前
                if day_i is None or day_i == -1:
                    return f"{head}{mon}月底前"
                return f"{head}{mon}月{day_i}日前"
            return head
        if freq == "MONTHLY":
            if n == 6:
                if day_i not in (None, -1):
                    return f"每半年首月{day_i}日前"
                return "每半年"
            if n == 3:
                if day_i not in (None, -1):
                    return f"每季度首月{day_i}日前"
                return "每季度"
            if n == 1 and day == "15,-1":
                return "每半月"
            head = "每月" if n == 1 else f"每{n}个月"
            if day_i is None:
                return head
            if day_i == -1:
                return f"{head}月底前" if n == 1 else head
            return f"{head}{'日、'.join(day.split(','))}日前"  # 每月15日、30日前
        if freq == "WEEKLY":
            head = "每周" if n == 1 else f"每{n}周"
            wd = "、".join(_WEEKDAY_CN[d] for d in p.get("BYDAY", "").split(",") if d in _WEEKDAY_CN)  # 每周一、四前
            return f"{head}{wd}前" if wd else head
        if freq == "DAILY":
            return "每天" if n == 1 else f"每{n}天"
        return rrule
    except (ValueError, AttributeError, TypeError):
        return str(rrule)


_EXEMPT_MONTH = re.compile(r"(1[0-2]|[1-9])月份?免报")
_EXEMPT_QUARTER = re.compile(r"第?([一二三四1-4])季度免报")


def exempt_rule(rule: str, norm: str) -> str | None:
    """A recurring report with a period exempt ("月后18日前(1月免报)": January's report,
    due in February, is not made; "季后7日前、第四季度免报"): the exempt due month leaves
    the rule, which becomes a set of months in the year. None when ``norm`` exempts nothing
    the rule can drop."""
    month, quarter = _EXEMPT_MONTH.search(norm), _EXEMPT_QUARTER.search(norm)
    if month and rule.startswith("FREQ=MONTHLY;BYMONTHDAY="):
        skip, months = int(month.group(1)) % 12 + 1, range(1, 13)
    elif quarter and rule.startswith("FREQ=YEARLY;BYMONTH=1,4,7,10;"):
        skip, months = (3 * cn_to_int(quarter.group(1))) % 12 + 1, (1, 4, 7, 10)
    else:
        return None
    day = rule.rsplit("BYMONTHDAY=", 1)[1]
    return f"FREQ=YEARLY;BYMONTH={','.join(str(m) for m in months if m != skip)};BYMONTHDAY={day}"
