"""The cells and rows of a quota table (quota_rows), whatever its layout: pipe rows, cells one a
line (with '| ' before each, or no bar on a page of short lines), a whole table on one line.
A row is a unit's cell followed by figure cells: the unit a place or organ named with its level
("甲镇", "乙县", "丙省农垦"), or, under a first column naming places of one level ("县 份", "地区"),
a bare place name ("凯 里", "城 厢")."""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import norm
from tracker.extract.quota_years import QUOTA
from tracker.extract.rules import rule
from tracker.extract.unit_names import looks_like_unit

_LEX = lexicon()
_PROVINCES = _LEX.provinces
TOTALS = re.compile("^" + alternation(_LEX.totals_words))
_CELL_MAX = 40  # a line longer than this with no bar is no cell of a quota table
_KIND_CELL = re.compile(r"^[\u4e00-\u9fff]{1,3}$")  # a kind under a 类型 column ("城区", "等级")

# A figure cell: a count, a share, a decimal; a note in brackets may follow ("120（扩招）").
FIGURE_CELL = rule(
    "quota_figure_cell",
    r"^[-+]?\d+(?:\.\d+)?(?:%|‰|万|亩|万亩|人|户|个|吨)?(?:\([^()]{1,8}\))?$",
    "figure",
    [("2150", ["2150"]), ("19%", ["19%"]), ("0.91", ["0.91"]), ("120(扩招)", ["120(扩招)"]),
     ("3.5万亩", ["3.5万亩"]), ("2027年", []), ("完成造林", [])],
    doc="A figure cell of a quota table's row (normalized, spaces removed).",
)

# A place or organ named bare in a row's first cell: the 镇, 乡, 街道, 县, 区, 市, 旗 of a
# division, or a farm or forest centre ("甲镇", "乙县", "丙农场").
PLACE_CELL = rule(
    "quota_place_cell",
    r"^(?:[一二三四五六七八九十]+、)?[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|县|区|市|省|旗|州|盟|农场|林场|牧场|农垦|管理局|新区|园区)$",
    "unit",
    [("甲镇", ["甲镇"]), ("乙县", ["乙县"]), ("丙丁街道", ["丙丁街道"]), ("戊农场", ["戊农场"]),
     ("己庚省", ["己庚省"]), ("己庚省农垦", ["己庚省农垦"]), ("可种植面积", []), ("2027年任务", [])],
    doc="A town, county or organ named alone in a row's first cell (normalized).",
)

# A count in brackets after a unit's name ("甲区(38所)"): how many of its sites the rows divide.
_COUNT_NOTE = re.compile(r"\(\d+(?:所|个|家|户|人|处|座|村)?\)$")


def unit_of(cell: str) -> str:
    """A row's first cell with no count note and no alignment space ("和 县(32所)" → "和县")."""
    return _COUNT_NOTE.sub("", cell.replace(" ", ""))


def is_unit(cell: str, places: bool = False) -> bool:
    """Is ``cell`` (normalized) a row's unit: a place or organ named with its level, or, with
    ``places`` (the table's first column names places of one level), a bare place name?"""
    cell = _COUNT_NOTE.sub("", cell)
    return bool(cell) and not cell[0].isdigit() and (PLACE_CELL.pattern.match(cell) is not None or cell in _PROVINCES
                                                     or looks_like_unit(cell) or places and is_bare_place(cell)) \
        and TOTALS.match(cell) is None and QUOTA.search(cell) is None


# A place named bare, with no level word, in a row's first cell ("凯里", "城厢", "港区(含浮桥)"): a
# unit only under a column naming places of one level (PLACE_HEADS: "县 份", "地区").
BARE_PLACE = rule(
    "quota_bare_place",
    r"^[\u4e00-\u9fff]{2,4}(?:\([^()]{1,10}\))?$",
    "unit",
    [("凯里", ["凯里"]), ("港区(含浮桥)", ["港区(含浮桥)"]), ("马鞍山", ["马鞍山"]), ("可种植面积", []), ("2027年", [])],
    doc="A place named without its level in a quota row's first cell, under a column of places.",
)
PLACE_HEADS = _LEX.place_heads
_FACT_OR_KIND = re.compile(alternation(_LEX.fact_words + _LEX.kind_words))


def is_bare_place(cell: str) -> bool:
    """Is ``cell`` (normalized) a place named without its level word (``BARE_PLACE``)?"""
    return BARE_PLACE.pattern.match(cell) is not None and _FACT_OR_KIND.search(cell) is None


def names_places(lines: list[str]) -> bool:
    """Does a cell or line of ``lines`` name a column of places of one level ("县 份", "地区 |")?"""
    # The lines joined by bars split into the same cells as each line split alone (one C-level
    # map over them all: a generator step per cell of a long body cost more).
    return not PLACE_HEADS.isdisjoint(map(norm, "|".join(lines).split("|")))


def _row_start(cell: str, places: bool = False) -> bool:
    """Does ``cell`` open a row of its own (a unit's, a totals row's), as a table written on
    one line runs on from row to row?"""
    return is_unit(cell, places) or TOTALS.match(cell) is not None


def cells_of(lines: list[str], near: set[int]) -> list[tuple[int, str, str, int, int]]:
    """Every cell of ``lines`` as (line index, cell as written, cell normalized, start, end in
    its line); a line not in ``near`` is one cell of text."""
    out = []
    for i in sorted(near):
        if i >= len(lines):
            break
        ln = lines[i]
        if i and i - 1 not in near:
            out.append((i - 1, "", "。", 0, 0))  # the lines not read: a cell of text between tables
        if "|" not in ln and (len(ln) > _CELL_MAX or "。" in ln):
            out.append((i, ln, "。", 0, len(ln)))  # a sentence of the body: one cell of text
            continue
        at = 0
        for raw in ln.split("|"):
            lead = len(raw) - len(raw.lstrip())
            out.append((i, raw.strip(), norm(raw), at + lead, at + len(raw.rstrip())))
            at += len(raw) + 1
    return out


def rows_of(cells: list[tuple[int, str, str, int, int]], places: bool = False) -> list[tuple[int, int, int | None, bool]]:
    """Rows (first cell, last figure cell, last cell of text on the row's line or None, whether
    a kind's cell stood among the figures): a unit's cell then figure or empty cells. On a pipe line holding more cells after the unit,
    the row ends with the line; a table written on one line runs on to the next unit's cell."""
    rows, k = [], 0
    while k < len(cells):
        i, n = cells[k][0], cells[k][2]
        if n == "。" or not is_unit(n, places):
            k += 1
            continue
        j, last, tail, typed = k + 1, k, None, False
        same_line = k + 1 < len(cells) and cells[k + 1][0] == i and any(c[0] == i and c[2] for c in cells[k + 1:k + 3])
        if not same_line and any(c[0] == i and c[2] for c in cells[max(0, k - 8):k]):
            k += 1  # a unit closing a row of text ("| 1 | 某项工作 | 甲局 |"): no row of figures after it
            continue
        barred = not _bare(cells, k)
        while j < len(cells):
            cj, nj = cells[j][0], cells[j][2]
            if same_line and cj != i or barred and cj != i and _bare(cells, j):
                break  # (cells one a line after bars: a line with no bar opens the next row, its 序号)
            if nj and FIGURE_CELL.pattern.match(nj) is None:
                # (Once a row has a kind, a word of two characters is its next sub-row's, "社区":
                # a place's name holds a word and its level, three characters at the least.)
                if not same_line and (last == k or typed) and _KIND_CELL.match(nj) \
                        and (not _row_start(nj, places) or typed and len(nj) <= 2):
                    typed, j = True, j + 1  # a sub-row's kind under a 类型 column ("甲镇" / "城区" / "0.5")
                    continue
                if same_line and (not _row_start(nj, places) or _last_on_line(cells, j)):
                    tail = j  # a text cell: a 责任单位 or 备注 column, else a table of work
                break
            if nj:
                last = j
            j += 1
        if last > k and (tail is None or _last_on_line(cells, tail)):
            rows.append((k, last, tail, typed))
        k = max(j, k + 1)
    return rows


def _bare(cells: list[tuple[int, str, str, int, int]], j: int) -> bool:
    """Is cell ``j`` the only cell of its line (a line with no bar)?"""
    i = cells[j][0]
    return (j == 0 or cells[j - 1][0] != i) and (j + 1 == len(cells) or cells[j + 1][0] != i)


def _last_on_line(cells: list[tuple[int, str, str, int, int]], j: int) -> bool:
    """Is cell ``j`` the last cell holding anything on its line, after a cell of its line?"""
    i = cells[j][0]
    if j == 0 or cells[j - 1][0] != i:
        return False
    j += 1
    while j < len(cells) and cells[j][0] == i:
        if cells[j][2]:
            return False
        j += 1
    return True
