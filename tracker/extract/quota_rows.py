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
from tracker.extract.quota_cells import cells_of, is_unit, names_places, rows_of, unit_of
from tracker.extract.quota_years import QUOTA, row_steps, table_year, year_columns

_LEX = lexicon()
_FACT = re.compile(alternation(_LEX.fact_words))
_DRAFT = re.compile(alternation(_LEX.draft_words))
_FIGURE_IN = re.compile(r"\d+(?:\.\d+)?%?")
_KIND_COLUMN = re.compile(alternation(_LEX.kind_words))

_CAPTION = re.compile(r"^(?:附表|表)[一二三四五六七八九十\d]*[:：]")
_GROUP_HEAD = re.compile(r"^[一二三四五六七八九十]+、")
_LOOK_BACK = 30  # lines above a table's first row read for its title and header
_MIN_ROWS = 3
_ROW_GAP = 3  # lines from a row's last figure to the next row's name: a closing bar, a 序号 line
_CELL_LINES = 6  # lines below a name that may hold its row's figures, one a line
_SHORT_PAGE = 30  # lines of a page flattened one cell a line, at the least
_SHORT_LINE = 12  # characters its middle line (by length) holds, at the most
_SIGNED = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")  # the signature's date closes the body above a table
_HEAD_LINE = 80  # a header or title line is short; a longer line is the body's prose


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


def _names_then_figures(body: str, places: bool = False) -> list[re.Match]:
    """The bars of ``body`` that stand between a name and a figure (with ``places``, a bare
    place's name too: "凯 里\n| 0.1")."""
    out = []
    for m in _BAR_FIGURE.finditer(body):
        k = m.start() - 1
        while k > 0 and body[k] in " \t\n":  # ("| 甲镇\n| 0.1": a cell a line)
            k -= 1
        if body[k] in ")）":  # a count note after the name ("甲区(38所)\n| 20")
            b = max(body.rfind("(", 0, k), body.rfind("（", 0, k))
            k = b - 1 if k - 8 <= b else k
        if body[k] in _NAME_ENDS or places and "\u4e00" <= body[k] <= "\u9fff":
            out.append(m)
    return out


def _quota_rows(lines: list[str], doc_no: str | None, title: str | None = None) -> list[ExtractedTask]:
    body = "\n".join(lines)
    # A page opening on a table's caption ("表一：分年度实施计划") has it read as its title.
    caption = title if title and _CAPTION.match(title) else None
    if not QUOTA.search(body + (caption or "")):
        return []
    # "县 份" over "凯 里 | 0.1": bare places' names are rows' units (not where a 类型 column's
    # kinds, "城区" / "社区", stand among the figures: they are no places).
    places = names_places(lines) and not _KIND_COLUMN.search(norm(body))
    if body.count("|") < 2 * _MIN_ROWS:
        # A table flattened one cell a line with no bars ("甲镇" / "315" / "799.77"): a page of short lines.
        if len(lines) < _SHORT_PAGE or sorted(map(len, lines))[len(lines) // 2] > _SHORT_LINE:
            return []
        near = set(range(len(lines)))
    else:
        found = _names_then_figures(body, places)
        if len(found) < _MIN_ROWS:
            return []
        # Only the lines around a name before a figure can hold a row (its figures one a line below it).
        near, at, line = set(), 0, 0
        for m in found:
            line += body.count("\n", at, m.start())
            at = m.start()
            near.update(range(max(0, line - 1), line + body.count("\n", at, m.end()) + _CELL_LINES + 1))
    cells = cells_of(lines, near)
    rows = rows_of(cells, places)
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
        placed = names_places(head)  # (a bare place's row stands only under a column of places)
        for a, b, tail, typed in real:
            if typed and not kinds or not placed and not is_unit(cells[a][2]):
                continue  # a word among the figures with no 类型 column to hold it: no row of figures
            unit = unit_of(cells[a][1])
            if tail is not None:
                if is_unit(cells[tail][2]):  # a 责任单位 column: the row's office
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

