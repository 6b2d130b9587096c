"""Columns a task table's header leaves unnamed, found from the header's other columns or
from the cells below: the column naming each row's work beside a time and a unit column,
and a unit column under a header that names none."""

from __future__ import annotations

from tracker.extract.normalize import norm
from tracker.extract.table_model import column_roles
from tracker.extract.table_packed import SEP_ROW, cells
from tracker.extract.units import unit_list_text

_NUMBER_CELLS = {"序号", "编号", "序", "号"}


def name_column(row: list[str], found: dict[str, int]) -> int | None:
    """The column naming each row's work in a header whose own words name only a time
    and a unit column ("整治行业 | 时间安排 | 责任单位"): the
    first short header cell left of them that names no other column, else None."""
    first_duty = min(i for r, i in found.items() if r in ("deadline", "lead", "support", "responsible"))
    for idx, cell in enumerate(row[:first_duty]):
        n = norm(cell)
        if idx in found.values() or not 2 <= len(n) <= 12 or column_roles(n) or n in _NUMBER_CELLS:
            continue
        return idx
    return None


def unit_column(cols: dict[str, int], width: int, rows: list[str]) -> dict[str, int]:
    """A header that names no unit column but has a column whose every cell below is a
    list of units ("序号 | 事项名称 | 事项名称 | 完成时间", the second one 县林草局 …):
    that column is the responsible one."""
    body = [cells(r) for r in rows if r.strip() and not SEP_ROW.match(r.strip())]
    body = [r for r in body if len(r) == width]
    for j in range(width):
        if j not in cols.values() and body and all(r[j].strip() and unit_list_text(norm(r[j])) for r in body):
            return {**cols, "responsible": j}
    return cols
