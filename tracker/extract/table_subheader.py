"""A header written over two rows: a group cell ("责任单位") spans the columns the row
below names ("牵头单位" / "配合单位", or just "牵头" / "配合").

    | 序号 | 工作任务 | 责任单位 |      | 完成时限 |
    |      |          | 牵头     | 配合 |          |

The second row holds nothing but column words, under the first row's group cell and the
empty cells beside it; each of its cells names its column. Used by tables.py.
"""

from __future__ import annotations

from typing import Callable

from tracker.extract.normalize import norm
from tracker.extract.table_model import column_roles

_UNIT_ROLES = ("lead", "support", "responsible")


def _column_word(cell: str) -> str | None:
    """The cell as a unit column's name ("牵头" read as 牵头单位), or None."""
    n = norm(cell)
    for name in (n, n + "单位"):
        roles = column_roles(name)
        if roles and roles[0] in _UNIT_ROLES + ("deadline",):
            return name
    return None


def sub_header(header: list[str], row: list[str], cols: dict[str, int] | None,
               header_map: Callable[[list[str]], dict[str, int] | None]) -> tuple[dict[str, int], list[str]] | None:
    """The header map and cells of ``header`` completed by ``row`` when ``row`` is the
    second row of a two-row header, else None."""
    if not cols or len(row) != len(header) or any(row[cols[r]] for r in ("number", "title", "text") if r in cols):
        return None
    filled = [i for i, c in enumerate(row) if c]
    if len(filled) < 2:
        return None
    words = {i: _column_word(row[i]) for i in filled}
    if any(w is None for w in words.values()):
        return None
    merged = [words.get(i) or h for i, h in enumerate(header)]
    found = header_map(merged)
    if not found or sum(r in found for r in _UNIT_ROLES) <= sum(r in cols for r in _UNIT_ROLES):
        return None
    return found, merged
