"""A daily report on listed days: "要在每日（9月19日-21日，10月1日-7日）下午15时前，向值班室报告".

A holiday notice asks for a report every day of the holidays and lists the days in brackets
after 每日. The clerk enters one recurring duty, daily, first due on the first listed day; the
listed days are not due dates of their own.
"""

from __future__ import annotations

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


def daily_days(text_norm: str, hits: list[Hit], ref: date | None, display=None) -> list[Hit]:
    """``hits`` (found in ``text_norm``) with the days listed after 每日 replaced by one daily duty
    first due on the first of them (read against ``ref``; no date when ``ref`` is None).
    ``display(start, end)`` maps a span to the original text, as for ``find_due``."""
    if "每日(" not in text_norm and "每天(" not in text_norm:
        return hits
    for span in DAILY_DAYS.spans(text_norm):
        first = parse_deadline(span.value, ref) if ref else None
        due = Hit(span.start, span.end, Deadline(first.date if first else None, "day", DAILY,
                                                 text_norm[span.start:span.end]), src=text_norm, display=display)
        hits = sorted([h for h in hits if not span.start <= h.start < span.end] + [due], key=lambda h: h.start)
    return hits
