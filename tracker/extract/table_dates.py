"""The due phrase a date cell of a task table stands for: a period cell ("2023.01-2023.12")
is due at its end, a month cell ("2021.8") at the month's end, and a report schedule's
"年后1月10日前" or a 年报's "当年12月31日前" comes back every year."""

from __future__ import annotations

import re

from tracker.extract.table_model import _PERIOD_RANGE, _YEAR_MONTH


def period_end(s: str) -> str | None:
    """The end of a period cell ("2023.01-2023.12", "2023.1—4": in its year) as a due phrase, else None."""
    m = _PERIOD_RANGE.match(s)
    return f"{m.group(3) or m.group(1)}年{int(m.group(4))}月底前" if m else None


_EACH_YEAR_AFTER = re.compile(r"^(?:年后|次年)(?=\d{1,2}月)")
_THIS_YEAR = re.compile(r"^(?:当年|本年)?(?=\d{1,2}月\d{1,2}[日号])")


def due_norm(cell: str, period: str = "") -> str:
    """The deadline phrase a normalized date cell stands for, ready to parse.

    A period cell gives its end ("2023.01-2023.12" -> the end of 2023-12); a report due
    "年后1月10日前" is due every year; a 年报's day "当年12月31日前" recurs each year."""
    end = period_end(cell)
    if end:
        return end
    month = _YEAR_MONTH.match(cell)
    if month:
        return f"{month.group(1)}年{int(month.group(2))}月底前"
    if _EACH_YEAR_AFTER.match(cell):
        return "每年" + cell[2:]
    if period == "年报" and _THIS_YEAR.match(cell) and "每" not in cell:
        return "每年" + _THIS_YEAR.sub("", cell)
    return cell
