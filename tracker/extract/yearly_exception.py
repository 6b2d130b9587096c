"""A yearly duty's exception for one year, written in brackets right after it: "于每年6月底前开展中期考核
（2027年中期考核为8月底前）", "于每年3月底（2027年为4月底）前报送".

The bracket moves that year's occurrence: when it is the first occurrence after the issue date, the
exception's day is due instead; the rule goes on every year. The bracket is no duty of its own.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.deadlines import Deadline
from tracker.extract.dated import Hit

# From the bracket's opening to the exception's date: the year it is for, then 为 ("2027年为", "2027年中期考核为").
_OPENING = re.compile(r"\((?:(?:19|20)\d{2})年[^()]{0,10}?为$")


def first_year_exception(hits: list[Hit], issued: date | None = None) -> list[Hit]:
    """``hits`` with each dated exception in brackets after a yearly hit folded into it: the yearly
    hit's first occurrence becomes the exception's day when that is not past at ``issued`` and not
    later than the first regular occurrence's year (with no issue date: when both fall in one year). Time words
    inside the bracket before the exception ("2027年中期考核为…": not the middle of the year) go with it."""
    out: list[Hit] = []
    for h in hits:
        k = next((i for i in range(len(out) - 1, -1, -1) if (out[i].deadline.recurrence or "").startswith("FREQ=YEARLY")), None)
        src = h._src
        m = _OPENING.search(src, out[k].end, h.start) if k is not None and src and not h.deadline.recurrence \
            and h.deadline.date and src.find(")", h.end, h.end + 3) >= 0 else None
        if m is None or int(m.group()[1:5]) != h.deadline.date.year or any(x.start < m.start() for x in out[k + 1:]):
            out.append(h)
            continue
        prev = out[k]
        first, moved = prev.deadline.date, h.deadline.date
        if first is not None and (first.year == moved.year if issued is None else issued <= moved and moved.year <= first.year):
            prev = Hit(prev.start, prev.end, Deadline(h.deadline.date, prev.deadline.precision, prev.deadline.recurrence,
                                                      prev.deadline.text), prev._clause, prev._src, prev._display)
        out[k:] = [prev]
    return out
