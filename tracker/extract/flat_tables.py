"""Tables flattened to one cell per line, as text copied from a web page or a PDF gives
them: the header cells (序号 / 重点工作 / 分管领导 / 牵头单位 / 配合单位 / 备注) each on a
line of its own, then each row the same way, opened by its number. Such a run of lines
is rebuilt as a pipe table, so the table stage reads it like any other.

A row is rebuilt only when its cells can be placed without guessing: as many cells as
columns, or one fewer when the last column is a remark (备注, 完成情况) left empty.
Anything else is left as text.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import norm
from tracker.extract.rules import rule

# Columns that hold a remark or a report: often left empty, never a duty.
_REMARKS = ("备注", "完成情况", "进展情况", "备考")
_EXTRA = ("分管领导", "责任领导", "牵头领导", "市政府分管领导", "县政府分管领导", "区政府分管领导",
          "项目", "序号", *_REMARKS)

HEADER_CELL = rule(
    "flat_header_cell",
    "^(?:" + alternation([w for _, words in lexicon().table_columns for w in words] + list(_EXTRA))
    + ")$",
    "column",
    [("牵头单位", ["牵头单位"]), ("序号", ["序号"]), ("备注", ["备注"]),
     ("牵头单位:市发改委", []), ("重点工作推进情况的通报", [])],
)
_ROW_NUMBER = re.compile(r"^\d{1,3}[.、]?$")
_MIN_COLUMNS = 3


def _header_at(nlines: list[str], i: int) -> int:
    """Number of header cells in the run of non-empty lines starting at ``i``."""
    n, j = 0, i
    while j < len(nlines):
        if not nlines[j]:
            j += 1
            continue
        if not HEADER_CELL.spans(nlines[j]):
            break
        n += 1
        j += 1
    return n


def unflatten(lines: list[str], nlines: list[str] | None = None) -> list[str]:
    """``lines`` with each one-cell-per-line table rebuilt as pipe-table lines (``lines``
    itself when there is none). ``nlines``: their normalized forms, when known."""
    if len(lines) < 8 or not any("序" in ln and ln.strip() in ("序号", "序 号") for ln in lines):
        return lines  # every such table opens with its 序号 column
    if nlines is None or len(nlines) != len(lines):
        nlines = [norm(ln) for ln in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if nlines[i] != "序号":
            out.append(lines[i])
            i += 1
            continue
        cols = _header_at(nlines, i)
        if cols < _MIN_COLUMNS:
            out.append(lines[i])
            i += 1
            continue
        header, i = _take(lines, nlines, i, cols)
        out.append("| " + " | ".join(header) + " |")
        remark_last = norm(header[-1]) in _REMARKS
        while i < len(lines):
            while i < len(lines) and not nlines[i]:
                i += 1
            if i >= len(lines) or not _ROW_NUMBER.match(nlines[i]):
                break
            # The row's cells: up to the next row number, and never more than the columns
            # (the text after the last row is no cell).
            cells, j = [lines[i].strip()], i + 1
            while j < len(lines) and len(cells) < cols and not _ROW_NUMBER.match(nlines[j]):
                if nlines[j]:
                    cells.append(lines[j].strip())
                j += 1
            if len(cells) == cols - 1 and remark_last:
                cells.append("")
            if len(cells) != cols:
                break  # cells that cannot be placed: leave the rest as text
            out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
            i = j
    return out


def _take(lines: list[str], nlines: list[str], i: int, count: int) -> tuple[list[str], int]:
    """The next ``count`` non-empty lines from ``i`` (stripped), and the index after them."""
    cells = []
    while len(cells) < count:
        if nlines[i]:
            cells.append(lines[i].strip())
        i += 1
    return cells, i
