"""Deadlines counted from the issue date: 本月/当月, 下月/次月, a bare 月底, 本周X/下周X.

A notice says "本周五前", "下月10日前" or "月底前" of the week or month it is issued in; the
phrase names no month of its own, so the issue date supplies it. A page with no issue date is
read against 1 January of its year (``tracker.extract.tasks``): that names no month nor week,
and ``deadline_resolve`` keeps such phrases undated.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from tracker.cn_numerals import cn_to_int

_XUN_DAY = {"上旬": 10, "中旬": 20}  # 下旬: the month's end
_WEEKDAYS = "一二三四五六日"


def _day(y: int, m: int, d: int | None) -> date:
    """Day ``d`` of a month, clamped to its last day; None is the last day."""
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d or last, last))


def _valid_day(text: str | None) -> int | None:
    day = cn_to_int(text) if text else None
    return day if day and 1 <= day <= 31 else None


def issue_relative(m: re.Match, y: int, issued: date) -> tuple[date, str] | None:
    """The date and precision of an issue-relative match of ``deadline_rules.MASTER``
    (groups tm/nm/bm/wk), in year ``y`` for 本月 and against ``issued`` for the others."""
    g = m.group
    if g("tm"):  # "本月25日前", "本月底前": the month of issue
        if g("tmd") and not _valid_day(g("tmd")):
            return None
        return (_day(y, issued.month, _valid_day(g("tmd"))), "day" if g("tmd") else "month")
    if g("nm"):  # "下月10日前", "下个月中旬", "次月底前": the month after the month of issue
        ny, nm = (issued.year + 1, 1) if issued.month == 12 else (issued.year, issued.month + 1)
        if g("nmd"):
            day = _valid_day(g("nmd"))
            return (_day(ny, nm, day), "day") if day else None
        if g("nmx"):
            return _day(ny, nm, _XUN_DAY.get(g("nmx"))), "day"
        return _day(ny, nm, None), "month"
    if g("bm"):  # "在月底前完成" with no month: the end of the month of issue
        return _day(issued.year, issued.month, None), "month"
    if g("wk"):  # "本周五前", "下周一前": that weekday of the week of issue (Monday first), or the next
        monday = issued - timedelta(days=issued.weekday())
        offset = _WEEKDAYS.index(g("wd").replace("天", "日")) + (7 if g("wk") == "下" else 0)
        return monday + timedelta(days=offset), "day"
    return None


def next_month_round(m: re.Match) -> str | None:
    """The monthly rule of "次月N日前" ("每月…，均限于次月十日前送达"): a duty due in the month
    after each month it reports on, as the golds read it; None when the day is not in every month."""
    day = _valid_day(m.group("nmd"))
    return f"FREQ=MONTHLY;BYMONTHDAY={day}" if day and day <= 28 else None
