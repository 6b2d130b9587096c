"""The year of a year-less day on a page with no issue date, told by the page itself.

With no issue date, a day written without its year ("请于1月8日下午5点前交表") is read against
the year the text names somewhere, a guess. A day written earlier with its year ("考核定于
2027年1月8日（周五）举行") is the same day when repeated without it. (A weekday in brackets
fixes the page's year as a whole: weekday_year.py.)
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dated import Hit
from tracker.deadlines import Deadline

_FULL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_HAS_YEAR = re.compile(r"\d{4}年|[〇○零一二三四五六七八九]{4}年|今年|明年|去年|本年|次年")


def days_with_years(text_norm: str) -> dict[tuple[int, int], tuple[int, int]]:
    """(month, day) -> (position, year) of the first day the text writes with its year."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _FULL_DAY.finditer(text_norm):
        out.setdefault((int(m.group(2)), int(m.group(3))), (m.start(), int(m.group(1))))
    return out


def _in_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:
        return None  # 29 February of a common year


def stated_years(hits: list[Hit], text_norm: str, offset: int,
                 days: dict[tuple[int, int], tuple[int, int]] | None) -> list[Hit]:
    """``hits`` (found in ``text_norm``, which starts at ``offset`` of the document) with each
    year-less day moved to the year an earlier full writing of the same day gives; ``days``
    (``days_with_years`` of the document) is None on a dated page."""
    if days is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.recurrence is None and dl.precision == "day" and not _HAS_YEAR.search(dl.text):
            pos, y = days.get((dl.date.month, dl.date.day), (None, None))
            year = y if pos is not None and pos < offset + h.start and y != dl.date.year else None
            moved = _in_year(dl.date, year) if year else None
            if moved is not None:
                h = Hit(h.start, h.end, Deadline(moved, dl.precision, None, dl.text), h._clause, h._src, h._display)
        out.append(h)
    return out
