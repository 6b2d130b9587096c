"""Time nodes closing an item heading: "（一）建立工作机制（2021年8月）。" is due then.

A plan's item may close with its time in brackets; that bracket is the item's due time unless it
follows an event's label, names days off or at work, or cites a document (no time at all).
"""

from __future__ import annotations

import re

from tracker.deadlines import parse_deadline
from tracker.extract.cited_docs import names_document
from tracker.extract.dated import Hit
from tracker.extract.event_days import EVENT_LABEL, HOLIDAY_DAYS

_NODE = re.compile(r"\(([^()]{2,24})\)。?$")


def time_node(text_norm: str, a: int, b: int, ref, show) -> list[Hit]:
    """A time node closing an item heading ``text_norm[a:b]``: "（一）建立工作机制（2021年8月）。"
    (hits relative to ``a``; ``show(start, end)`` gives original text), read leniently (a node already past
    at issue is still a step of the plan); none after an event's label ("考试时间：第十周（…）"), of days off
    or at work ("（28日正常上班）") or citing a document ("（按2027年15号文件）")."""
    m = _NODE.search(text_norm, a, b)
    if not m or EVENT_LABEL.pattern.search(text_norm, max(a, m.start() - 24), m.start(1)) or HOLIDAY_DAYS.pattern.search(m.group(1)) \
            or names_document(m.group(1)):
        return []
    dl = parse_deadline(m.group(1), ref)
    if dl is None or dl.date is None:
        return []
    return [Hit(m.start(1) - a, m.end(1) - a, dl, show(m.start(1), m.end(1)))]
