"""Tables flattened to one cell per line, as text copied from a web page or a PDF gives
them: the header cells (序号 / 重点工作 / 分管领导 / 牵头单位 / 配合单位 / 备注) each on a
line of its own (a cell may keep its closing pipe: "序号 |"), then each row the same way,
opened by its number. A table with no 序号 column opens each row with a numbered first
cell instead (报表名称 / 表号 / 上报日期, then "1、调查单位基本情况" / "101-1表" / "2月28号以前").
Such a run of lines is rebuilt as a pipe table, so the table stage reads it like any
other; so is a pipe table written without its outer pipe ("序号 | 具体工作任务 | 责任单位 |").

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
          "分管市领导", "分管县领导", "分管区领导", "项目", "序号", "表号", *_REMARKS)

HEADER_CELL = rule(
    "flat_header_cell",
    "^(?:" + alternation([w for _, words in lexicon().table_columns for w in words] + list(_EXTRA))
    + ")$",
    "column",
    [("牵头单位", ["牵头单位"]), ("序号", ["序号"]), ("备注", ["备注"]),
     ("牵头单位:市发改委", []), ("重点工作推进情况的通报", [])],
)
_ROW_NUMBER = re.compile(r"^\d{1,3}[.、]?$")
# The first cell of a row that carries its number ("1、调查单位基本情况"), in a table with no 序号.
_NUMBERED_CELL = re.compile(r"^\d{1,3}[.、](?!\d)\S")
_MIN_COLUMNS = 3
# Header cells that open a table: its number column, or its task-name column.
_OPENERS = frozenset(["序号", *dict(lexicon().table_columns)["title"]])
_OPENER_FIRST = frozenset(w[0] for w in _OPENERS)
# A pipe table row written without its opening pipe: "序号 | 具体工作任务 | 责任单位 |".
_OPEN_PIPE_ROW = re.compile(r"^\s*[^|\s][^|]*(?:\|[^|]*){2,}\|\s*$")


def _cell(line: str) -> str:
    """A flattened cell's text: the line without a closing pipe ("80 |" -> "80")."""
    return line.strip().rstrip("|").strip()


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
    if any("|" in ln and _OPEN_PIPE_ROW.match(ln) for ln in lines):
        lines = [("| " + ln.strip()) if "|" in ln and _OPEN_PIPE_ROW.match(ln) else ln for ln in lines]
        nlines = None
    if len(lines) < 8:
        return lines
    if nlines is None or len(nlines) != len(lines):
        nlines = [norm(ln) for ln in lines]
    if not any(n[:1] in _OPENER_FIRST and n.rstrip("|") in _OPENERS for n in nlines):
        return lines  # every such table opens with its 序号 or its task-name column
    nlines = [n.rstrip("|") for n in nlines]  # "80 |": a cell closed by its pipe
    out: list[str] = []
    i = 0
    while i < len(lines):
        numbered = nlines[i] != "序号"  # rows open with a numbered first cell, not a 序号 cell
        cols = _header_at(nlines, i) if nlines[i] in _OPENERS or not numbered else 0
        if cols < _MIN_COLUMNS:
            out.append(lines[i])
            i += 1
            continue
        header, after = _take(lines, nlines, i, cols)
        opens = _NUMBERED_CELL if numbered else _ROW_NUMBER
        k = after
        while k < len(nlines) and not nlines[k]:
            k += 1
        if numbered and not (k < len(nlines) and opens.match(nlines[k])):
            out.append(lines[i])
            i += 1
            continue
        i = after
        out.append("| " + " | ".join(header) + " |")
        remark_last = norm(header[-1]) in _REMARKS
        while i < len(lines):
            while i < len(lines) and not nlines[i]:
                i += 1
            if i >= len(lines) or not opens.match(nlines[i]):
                break
            # The row's cells: up to the next row number, and never more than the columns
            # (the text after the last row is no cell).
            cells, j = [_cell(lines[i])], i + 1
            while j < len(lines) and len(cells) < cols and not opens.match(nlines[j]):
                if nlines[j]:
                    cells.append(_cell(lines[j]))
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
            cells.append(_cell(lines[i]))
        i += 1
    return cells, i
