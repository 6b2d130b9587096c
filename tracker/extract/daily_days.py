"""Recurring duties whose days are listed: "要在每日（9月19日-21日，10月1日-7日）下午15时前，向值班室
报告", "两会期间每周报送台账，即3月3日、10日、17日上午下班前报送…".

A holiday notice asks for a report every day of the holidays and lists the days in brackets
after 每日. The clerk enters one recurring duty, daily, first due on the first listed day; the
listed days are not due dates of their own. A report every week or month of a short period
whose days are then listed after 即 is due on those days: one task, each day a milestone.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.deadlines import Deadline, parse_deadline
from tracker.extract.dated import Hit
from tracker.extract.rules import rule

DAILY = "FREQ=DAILY;INTERVAL=1"

# 每日 or 每天 with its days in brackets, then the day's hour or the report.
DAILY_DAYS = rule(
    "daily_days",
    r"(?:每日|每天)\((?P<d>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[^()]{0,60}?\)"
    r"(?=(?:上午|下午|晚上?)?\d{1,2}(?:时|点|:\d{2})|[^,;。]{0,16}?(?:报送|上报|报告|传报|汇报|报))",
    "recurrence",
    [("要在每日(9月19日-21日,10月1日-7日)下午15时前,向值班室书面报告当日情况",
      ["每日(9月19日-21日,10月1日-7日)"]),
     ("节日期间每天(2月9日至15日)向县政府值班室报送安全情况", ["每天(2月9日至15日)"]),
     ("每日(9月19日-21日)安排两人值班", [])],
    value=lambda m: m.group("d"),
    doc="A daily duty over the days listed in brackets after 每日.",
)


def daily_days_listed(text_norm: str) -> bool:
    """May ``text_norm`` hold days listed after 每日 (the only way ``daily_days`` adds a hit)?"""
    return "每日(" in text_norm or "每天(" in text_norm


def daily_days(text_norm: str, hits: list[Hit], ref: date | None, display=None) -> list[Hit]:
    """``hits`` (found in ``text_norm``) with the days listed after 每日 replaced by one daily duty
    first due on the first of them (read against ``ref``; no date when ``ref`` is None).
    ``display(start, end)`` maps a span to the original text, as for ``find_due``."""
    if not daily_days_listed(text_norm):
        return hits
    for span in DAILY_DAYS.spans(text_norm):
        first = parse_deadline(span.value, ref) if ref else None
        due = Hit(span.start, span.end, Deadline(first.date if first else None, "day", DAILY,
                                                 text_norm[span.start:span.end]), src=text_norm, display=display)
        hits = sorted([h for h in hits if not span.start <= h.start < span.end] + [due], key=lambda h: h.start)
    return hits


# The days of a recurring report listed after it in its clause ("…，即3月3日、10日、17日上午下班前").
LISTED_OCCURRENCES = rule(
    "listed_occurrences",
    r"即(?P<days>\d{1,2}月\d{1,2}日(?:[、,和及](?:\d{1,2}月)?\d{1,2}日){1,11})",
    "milestones",
    [("两会期间的每周报送台账,即3月3日、10日、17日上午下班前将隐患清单报送", ["即3月3日、10日、17日"]),
     ("每月报送一次,即4月25日、5月25日、6月25日前", ["即4月25日、5月25日、6月25日"]),
     ("即3月3日前报送", [])],
    value=lambda m: m.group("days"),
    doc="Searched in a recurring phrase's clause, after it.",
)
_DAY = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日")
_CLAUSE_TAIL = 40  # how far after the recurring phrase its listed days may start


def listed_occurrences(text_norm: str, hits: list[Hit], ref: date | None, display=None) -> list[Hit]:
    """``hits`` with a recurring phrase whose days are listed after 即 in its sentence replaced by
    those days, each a one-off due date (they become the milestones of one task)."""
    if "即" not in text_norm or ref is None:
        return hits
    out = []
    for h in hits:
        m = LISTED_OCCURRENCES.pattern.search(text_norm, h.end, h.end + _CLAUSE_TAIL) if h.deadline.recurrence else None
        if m is None or "。" in text_norm[h.end:m.start()] or ";" in text_norm[h.end:m.start()]:
            out.append(h)
            continue
        month, base = None, m.start("days")
        for d in _DAY.finditer(m.group("days")):
            month = int(d.group(1)) if d.group(1) else month
            due = parse_deadline(f"{month}月{d.group(2)}日", ref)
            if due is not None and due.date is not None:
                out.append(Hit(base + d.start(), base + d.end(), Deadline(due.date, "day", None, d.group()),
                               src=text_norm, display=display))
    return sorted(out, key=lambda x: x.start)
