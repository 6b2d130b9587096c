"""The sample document offered on first run, dated relative to the day it is loaded.

``data/sample_plan.txt`` is an invented 实施方案 (cover notice, body with responsibility
notes, annex task table) whose dates are ``${name}`` placeholders. ``render_sample``
fills them so that, seen from ``today``, its tasks fall in every bucket that can exist
on that day: some overdue, some due within 30 days, some later this quarter and this
year, some next year or after, and some with no deadline. (Late in a quarter no date
can be "this quarter but more than 30 days away", and in the fourth quarter none can
be "this year but another quarter"; those tasks then land in the nearest bucket.)
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from string import Template

from tracker.resources import resource_path

SAMPLE_TEMPLATE = resource_path("data", "sample_plan.txt")
SAMPLE_NAME = "示例：示范市优化营商环境三年行动实施方案.txt"
DUE_SOON_DAYS = 30


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_text(d: date) -> str:
    return f"{d.year}年{d.month}月底"


def sample_dates(today: date) -> dict[str, str]:
    """The placeholder values of the sample template for ``today`` (phrases as written)."""
    quarter = (today.month - 1) // 3
    quarter_end = _month_end(today.year, quarter * 3 + 3)
    values = {
        "overdue_a": _day(today - timedelta(days=40)),
        "overdue_b": _day(today - timedelta(days=12)),
        "overdue_c": _day(today - timedelta(days=25)),
        "soon_a": _day(today + timedelta(days=6)),
        "soon_b": _day(today + timedelta(days=15)),
        "soon_c": _day(today + timedelta(days=22)),
        "soon_d": _day(today + timedelta(days=28)),
        "later_a": f"{today.year + 2}年底",
        "later_b": f"{today.year + 1}年6月底",
        "later_c": f"{today.year + 1}年12月底",
        "ms_first": f"{today.year}年底",
        "ms_last": f"{today.year + 1}年底",
    }
    if (quarter_end - today).days > DUE_SOON_DAYS:
        values["quarter_a"] = values["quarter_b"] = _month_text(quarter_end)
    else:
        values["quarter_a"] = _day(today + timedelta(days=DUE_SOON_DAYS - 1))
        values["quarter_b"] = _day(today + timedelta(days=DUE_SOON_DAYS - 3))
    if quarter < 3:
        values["year_a"] = f"{today.year}年底"
        values["year_b"] = _month_text(_month_end(today.year, quarter * 3 + 5))
    else:
        values["year_a"] = f"{today.year + 1}年3月底"
        values["year_b"] = f"{today.year + 1}年5月底"
    issued = today - timedelta(days=75)
    values.update(issued=_day(issued), doc_year=str(issued.year), doc_seq="12")
    return values


def render_sample(today: date) -> str:
    """The sample document's text with every date placed relative to ``today``."""
    template = Template(SAMPLE_TEMPLATE.read_text("utf-8"))
    return template.substitute(sample_dates(today))
