"""Quota tables: a table dividing figures among named towns, counties, provinces or offices
("某年造林任务分解表" over "甲镇 | 2150 |", "乙县 | 19% | 17% |"). Each unit's row is a ``table``
task of that unit, dated by the period the table sets (quota_years).

The rows are read as a stream of cells, whatever the layout: pipe rows with or without a 序号,
cells one a line (with '| ' before each, or with no bar on a page of short lines), a whole
table on one line. A row is a unit's name (a bare province's too) followed by figure cells
only; a totals row (合计, 全市) and a group heading row ("一、某市 | 6.0 |", a subtotal over the
rows below it) are no tasks. The table is read as a quota table only when the lines above its
rows (title, header) name what it hands out (任务, 目标, 计划, 分解) and no fact (完成情况,
名单): a table of what was done, or of past figures, divides no work; nor does a page sending
its quotas out for comment (征求意见).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import norm
from tracker.extract.quota_years import QUOTA, row_steps, table_year, year_columns
from tracker.extract.rules import rule
from tracker.extract.unit_names import looks_like_unit

_LEX = lexicon()
_FACT = re.compile(alternation(_LEX.fact_words))
_PROVINCES = _LEX.provinces
_DRAFT = re.compile(alternation(_LEX.draft_words))
_TOTALS = re.compile("^" + alternation(_LEX.totals_words))
_FIGURE_IN = re.compile(r"\d+(?:\.\d+)?%?")
_KIND_COLUMN = re.compile(alternation(_LEX.kind_words))
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

_CAPTION = re.compile(r"^(?:附表|表)[一二三四五六七八九十\d]*[:：]")
_GROUP_HEAD = re.compile(r"^[一二三四五六七八九十]+、")
_LOOK_BACK = 30  # lines above a table's first row read for its title and header
_MIN_ROWS = 3
_ROW_GAP = 3  # lines from a row's last figure to the next row's name: a closing bar, a 序号 line
_CELL_LINES = 6  # lines below a name that may hold its row's figures, one a line
_CELL_MAX = 40  # a line longer than this with no bar is no cell of a quota table
_SHORT_PAGE = 30  # lines of a page flattened one cell a line, at the least
_SHORT_LINE = 12  # characters its middle line (by length) holds, at the most
_SIGNED = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")  # the signature's date closes the body above a table
_HEAD_LINE = 80  # a header or title line is short; a longer line is the body's prose


# A count in brackets after a unit's name ("甲区(38所)"): how many of its sites the rows divide.
_COUNT_NOTE = re.compile(r"\(\d+(?:所|个|家|户|人|处|座|村)?\)$")


def _unit_of(cell: str) -> str:
    """A row's first cell with no count note and no alignment space ("和 县(32所)" → "和县")."""
    return _COUNT_NOTE.sub("", cell.replace(" ", ""))


def _is_unit(cell: str) -> bool:
    cell = _COUNT_NOTE.sub("", cell)
    return bool(cell) and not cell[0].isdigit() and (PLACE_CELL.pattern.match(cell) is not None or cell in _PROVINCES
                                                     or looks_like_unit(cell)) \
        and _TOTALS.match(cell) is None and QUOTA.search(cell) is None


def _row_start(cell: str) -> bool:
    """Does ``cell`` open a row of its own (a unit's, a totals row's), as a table written on
    one line runs on from row to row?"""
    return _is_unit(cell) or _TOTALS.match(cell) is not None


def _cells(lines: list[str], near: set[int]) -> list[tuple[int, str, str, int, int]]:
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


def _rows(cells: list[tuple[int, str, str, int, int]]) -> list[tuple[int, int, int | None, bool]]:
    """Rows (first cell, last figure cell, last cell of text on the row's line or None, whether
    a kind's cell stood among the figures): a unit's cell then figure or empty cells. On a pipe line holding more cells after the unit,
    the row ends with the line; a table written on one line runs on to the next unit's cell."""
    rows, k = [], 0
    while k < len(cells):
        i, n = cells[k][0], cells[k][2]
        if n == "。" or not _is_unit(n):
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
                        and (not _row_start(nj) or typed and len(nj) <= 2):
                    typed, j = True, j + 1  # a sub-row's kind under a 类型 column ("甲镇" / "城区" / "0.5")
                    continue
                if same_line and (not _row_start(nj) or _last_on_line(cells, j)):
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


def _head(lines: list[str], first: int) -> list[str]:
    """The title and header lines right above a table's first row: up to the body's prose (a
    sentence of the body names its own figures and offices, not the table's)."""
    top = first
    while top > max(0, first - _LOOK_BACK) and ("|" in lines[top - 1] or "。" not in lines[top - 1]
                                                 and len(norm(lines[top - 1])) <= _HEAD_LINE
                                                 and not _SIGNED.match(norm(lines[top - 1]))):
        top -= 1
    return lines[top:first]


def quota_rows(lines: list[str], doc_no: str | None, found: list[ExtractedTask],
               title: str | None = None) -> list[ExtractedTask]:
    """One ``table`` task for each unit's row of each quota table in ``lines`` that no task of
    ``found`` holds already (a table stage that read the row)."""
    from tracker.extract.quota_prose import prose_targets  # (it reads names as this module does)

    tasks = _quota_rows(lines, doc_no, title) + prose_targets(lines, doc_no)  # "甲县…达到57；乙县…达到60"
    if not tasks:
        return tasks
    held = "\n".join(norm(t.text or "") for t in found)
    # A town table's stage rewrites the rows it reads ("甲镇 120.50 3月底前完成30%:36.15"): the
    # same unit with the row's first figure is the same row.
    rows = [(norm(t.text or ""), {u.name for u in t.units}) for t in found if t.kind == "table"]
    return [r for r in tasks if norm(r.text) not in held
            and not any(r.units[0].name in names and _first_figure(r) in text for text, names in rows)]


def _first_figure(row: ExtractedTask) -> str:
    """The first figure of a quota row's text, after its unit ("甲镇 | 120.50 |" → "120.50")."""
    m = _FIGURE_IN.search(norm(row.text), len(norm(row.units[0].name)))
    return m.group() if m else "\0"


# A bar before a figure cell ("| 2150", "|\n| 0.1"), found by its literal bar (a search opening
# with a class of characters is tried at every character of a page); the name's last character
# must stand before the bar ("甲镇 | 2150"). A page with fewer than three holds no quota table.
_BAR_FIGURE = re.compile(r"\|[ \t]*(?:\n[ \t]*\|?[ \t]*)?\d")
_NAME_ENDS = frozenset("乡镇县区市省旗州盟场垦局委办团司道鄉鎮縣區場辦團")


def _names_then_figures(body: str) -> list[re.Match]:
    """The bars of ``body`` that stand between a name and a figure."""
    out = []
    for m in _BAR_FIGURE.finditer(body):
        k = m.start() - 1
        while k > 0 and body[k] in " \t\n":  # ("| 甲镇\n| 0.1": a cell a line)
            k -= 1
        if body[k] in ")）":  # a count note after the name ("甲区(38所)\n| 20")
            b = max(body.rfind("(", 0, k), body.rfind("（", 0, k))
            k = b - 1 if k - 8 <= b else k
        if body[k] in _NAME_ENDS:
            out.append(m)
    return out


def _quota_rows(lines: list[str], doc_no: str | None, title: str | None = None) -> list[ExtractedTask]:
    body = "\n".join(lines)
    # A page opening on a table's caption ("表一：分年度实施计划") has it read as its title.
    caption = title if title and _CAPTION.match(title) else None
    if not QUOTA.search(body + (caption or "")):
        return []
    if body.count("|") < 2 * _MIN_ROWS:
        # A table flattened one cell a line with no bars ("甲镇" / "315" / "799.77"): a page of short lines.
        if len(lines) < _SHORT_PAGE or sorted(map(len, lines))[len(lines) // 2] > _SHORT_LINE:
            return []
        near = set(range(len(lines)))
    else:
        found = _names_then_figures(body)
        if len(found) < _MIN_ROWS:
            return []
        # Only the lines around a name before a figure can hold a row (its figures one a line below it).
        near, at, line = set(), 0, 0
        for m in found:
            line += body.count("\n", at, m.start())
            at = m.start()
            near.update(range(max(0, line - 1), line + body.count("\n", at, m.end()) + _CELL_LINES + 1))
    cells = _cells(lines, near)
    rows = _rows(cells)
    tasks: list[ExtractedTask] = []
    k = 0
    while k < len(rows):
        # A table: rows whose lines follow each other closely.
        block = [rows[k]]
        while k + 1 < len(rows) and cells[rows[k + 1][0]][0] - cells[block[-1][1]][0] <= _ROW_GAP:
            k += 1
            block.append(rows[k])
        k += 1
        real = [r for r in block if not _GROUP_HEAD.match(cells[r[0]][2])]
        if len(real) < _MIN_ROWS:
            continue
        first = cells[block[0][0]][0]
        head = _head(lines, first)
        if caption and not QUOTA.search(norm("\n".join(head))):
            head = [caption] + head
        said = norm("\n".join(head))
        if not QUOTA.search(said) or _FACT.search(said):
            continue
        year, steps = table_year(head), year_columns(head)
        if steps:
            year = steps[-1].due.year, steps[-1].text
        remarks = "备注" in said or "備注" in said
        kinds = _KIND_COLUMN.search(said) is not None
        for a, b, tail, typed in real:
            if typed and not kinds:
                continue  # a word among the figures with no 类型 column to hold it: no row of figures
            unit = _unit_of(cells[a][1])
            if tail is not None:
                if _is_unit(cells[tail][2]):  # a 责任单位 column: the row's office
                    b, unit = tail, cells[tail][1]
                elif not remarks:
                    continue  # a cell of text under no 备注: a table of work, read elsewhere
            (i0, _, _, s0, _), (i1, _, _, _, e1) = cells[a], cells[b]
            if i0 and lines[i0][:s0].strip() == "|" and lines[i0 - 1].strip().isdigit():
                i0, s0 = i0 - 1, 0  # the row's 序号 on the line above ("1" / "| 甲镇" / "| 3")
            e1 += sum(len(ln) + 1 for ln in lines[i0:i1])
            whole = "\n".join(lines[i0:i1 + 1])
            bar = re.match(r"[ \t]*\|", whole[e1:])  # the row's closing bar ("甲镇 | 3 | 3 |")
            text = whole[s0:e1 + (bar.end() if bar else 0)]
            owed = row_steps(steps, [c[2] for c in cells[a + 1:b + 1] if c[2]])
            due = (owed[-1].due.year, owed[-1].text) if owed else year
            tasks.append(ExtractedTask(
                doc_no, title=text, text=text,
                units=[ExtractedUnit(unit, "responsible")],
                deadline=date(due[0], 12, 31) if due else None, deadline_text=due[1] if due else None,
                milestones=list(owed), kind="table"))
    return [] if tasks and _DRAFT.search(body) else tasks  # a draft sent out for comment hands out nothing yet

