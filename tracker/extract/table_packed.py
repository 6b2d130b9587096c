"""Pipe tables whose cells were packed to the left by the converter.

A web table flattened to pipe lines by some converters loses its merged cells: a cell
spanning two columns of the header ("起止日期" over a week's name and its dates) is one
cell, and a cell spanning rows below it (the week, the date) is left out of those rows.
The converter then pads every line to the table's width with empty cells at the end:

    起止日期 | 主要工作 | 责任处室 | |
    第一周 | 3月1日-3月7日 | 开学典礼 | 教务处 |
    学生仪容检查 | 教育处 | ||

The cells of such a table belong at its right end: the task and unit columns of a row
are its last cells, what is left out is the merged cells of its start (read from the row
above, as an empty cell is). A table is read so only when its header itself ends in empty
cells and a row below fills more cells than the header names: no other layout gives that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A separator line of a pipe table ("|---|:--|"): no row.
SEP_ROW = re.compile(r"^\|?[\s:|\-]+\|?$")


def cells(line: str) -> list[str]:
    """The cells of one pipe-table line, stripped."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _filled(row: list[str]) -> int:
    """The row's width up to its last non-empty cell."""
    return max((i + 1 for i, c in enumerate(row) if c.strip()), default=0)


def packed_width(header: list[str], rows: Iterable[list[str]]) -> int:
    """The table's full width when its header and rows were packed to the left (see the
    module docstring), else 0."""
    named = _filled(header)
    if named == len(header) or named < 2:
        return 0
    widest = max((_filled(r) for r in rows), default=0)
    return widest if named < widest <= len(header) + 1 else 0


def right_aligned(row: list[str], width: int) -> list[str]:
    """The row's cells moved to the table's right end, empty cells before them."""
    cells = row[:_filled(row)]
    return [""] * (width - len(cells)) + cells if len(cells) <= width else row


_ITEM_NO = re.compile(r"^\d{1,3}[.、．](?!\d)")


def under_merged_section(header: list[str], cols: dict[str, int], row: list[str]) -> list[str]:
    """A row one cell short of a header that opens with a category column ("类别 | 事项名称 |
    …") lies under the category cell merged down from the row above: its cells start in the
    second column ("| 15.推进某项目 | 完成… | 某局 |" after "| 四、教育 | 14.新建某校 | …")."""
    if cols.get("section") != 0 or "number" in cols or len(header) < 4 or not _ITEM_NO.match(row[0].strip() if row else ""):
        return row  # a category cell reads "一、教育"; a row opening with "15." opens with its name
    filled = _filled(row)
    return [""] + row[:filled] if filled == len(header) - 1 else row
