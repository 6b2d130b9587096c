"""Tables flattened to one cell per line, as text copied from a web page or a PDF gives
them: the header cells (序号 / 重点工作 / 牵头单位 / 完成时限 / 备注) each on a line of
its own (a cell may keep its closing pipe: "序号 |", a lone "|" may stand between cells,
"||" may close a row), then each row's cells the same way. Such a run of lines is
rebuilt as a pipe table with one header word per column role, so the table stage reads
it like any other; so is a pipe table written without its outer pipe ("序号 | 具体工作任务
| 责任单位 |").

The header is read by :func:`tracker.extract.table_model.read_header`, the rows by
:func:`tracker.extract.flat_rows.assemble`. A rebuilt row keeps every cell: a unit cell
written one unit per line becomes one list, "同上" repeats the cell above, a remark cell
holding only a date is the row's deadline when no column gives one, and in a table with
no text column (a report schedule: 表名 / 表号 / 报送日期) the row's text is all its cells.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import norm
from tracker.extract.paragraphs import ANNEX_HEADING
from tracker.extract.rules import rule
from tracker.extract.flat_rows import assemble, joined_cells
from tracker.extract.table_persons import drop_persons, names_persons
from tracker.extract.catalogue_lines import rebuild_catalogues
from tracker.extract.cited_cells import join_cited
from tracker.extract.glued_rows import unglue
from tracker.extract.table_model import (UNIT_ROLES, Column, Token, cell_kind, column_roles,
                                          header_role, read_header, second_header_row, tokens_of,
                                          year_plan)
from tracker.extract.table_model import _short  # read_header's first test of a header cell
from tracker.extract.report_cells import resolve_reporters
from tracker.extract.table_listing import is_listing
from tracker.extract.table_divisions import totals_row
from tracker.extract.unit_names import broken_name_runs

HEADER_CELL = rule(
    "flat_header_cell",
    "^(?:" + alternation([w for _, words in lexicon().table_columns for w in words]) + ")",
    "column",
    [("牵头单位", ["牵头单位"]), ("序号", ["序号"]), ("备注", ["备注"]), ("责任", []),
     ("重点工作推进情况的通报", ["重点工作"])],
)
_CELL_MAX = 16
_SCAN = 4000  # lines read for one table at most
# Lines read first, to see whether a table can start at all; the cells they give decide
# the first cell once there are more of them than the joins below look ahead (~41).
_NEAR, _NEAR_CELLS = 80, 64
# A pipe table row written without its opening pipe: "序号 | 具体工作任务 | 责任单位 |".
_OPEN_PIPE_ROW = re.compile(r"^\s*[^|\s][^|]*(?:\|[^|]*){2,}\|\s*$")
# The header word each role is written back with (each is a column word of its role).
_CANON = (("number", "序号"), ("section", "任务类别"), ("title", "任务名称"), ("text", "工作内容"),
          ("lead", "牵头单位"), ("support", "配合单位"), ("responsible", "责任单位"),
          ("deadline", "完成时限"), ("period", "报告期别"))
_DITTO = re.compile(r"^(?:同上|同左|〃|\")$")


def _open_pipe(lines: list[str]) -> list[str]:
    """Pipe rows written without their opening pipe get it (rows of two cells or more)."""
    # (one C-level find first: a generator step per line of a long body cost more)
    if "|" not in "\n".join(lines) or not any("|" in ln and _OPEN_PIPE_ROW.match(ln) for ln in lines):
        return lines
    out = []
    in_table = False
    for ln in lines:
        if not ln.strip():
            out.append(ln)
            continue
        cells = sum(1 for c in ln.split("|") if c.strip())
        # A row cut by the end of the page keeps no closing pipe: the table above says it is one.
        # Inside a pipe table, a heading row keeps one cell ("一、主要预期目标 | |||").
        row = (cells >= 2 and "|" in ln and _OPEN_PIPE_ROW.match(ln)) or (in_table and cells and ln.count("|") >= 2)
        if row and not ln.lstrip().startswith("|"):
            ln = "| " + ln.strip()
        in_table = bool(row)
        out.append(ln)
    return out


def unflatten(lines: list[str], nlines: list[str] | None = None) -> list[str]:
    """``lines`` with each one-cell-per-line table rebuilt as pipe-table lines (``lines``
    itself when there is none). ``nlines``: their normalized forms, when known."""
    run = rebuild_catalogues(lines)  # "表号 表名 … 卫统 1-1表 …" on one line
    if run is not lines:
        lines, nlines = run, None
    if "序号" in "\n".join(lines):
        glued = unglue(lines, nlines if nlines is not None and len(nlines) == len(lines) else [norm(ln) for ln in lines])
        if glued is not lines:
            lines, nlines = glued, None
    opened = _open_pipe(lines)
    if opened is not lines:
        lines, nlines = opened, None
    if len(lines) < 6:
        return lines
    if nlines is None or len(nlines) != len(lines):
        nlines = [norm(ln) for ln in lines]
    starts = [i for i, n in enumerate(nlines)
              if n and (len(n) <= _CELL_MAX + 2 or len(n) <= 60 and lines[i].count(" ") >= 2)
              and not n.startswith("|") and HEADER_CELL.pattern.search(n)]
    if not starts:
        return lines
    out: list[str] = []
    i = 0
    for s in starts:
        if s < i:
            continue
        table = None
        first = _bare_head(nlines, s, i)
        if first < s:
            table = _table_at(lines, nlines, first)
            s = first if table is not None else s
        table = table or _table_at(lines, nlines, s)
        if table is None:
            continue
        rebuilt, after = table
        out.extend(lines[i:s])
        out.extend(rebuilt)
        i = after
    if not out:
        return lines
    out.extend(lines[i:])
    return out


def _bare_head(nlines: list[str], s: int, floor: int) -> int:
    """Where a header whose first known column word is on line ``s`` starts: header cells
    of a bare word may come first ("目标" / "任务" / "主要内容" / "责任单位"), blank lines
    between cells ("单位" / "" / "职责分工")."""
    k = s
    while True:
        j = k - 1 - (k - 2 >= floor and not nlines[k - 1])  # one blank line between cells
        cell = nlines[j].rstrip("|").rstrip() if j >= floor else ""  # "时间 |": the cell keeps its pipe
        if j < floor or not cell or max(map(len, cell.split("、"))) > 4 or not header_role(cell):
            return k
        k = j


def _table_at(lines, nlines, s) -> tuple[list[str], int] | None:
    """The pipe lines of a flattened table whose header starts at line ``s``, and the
    line after the table; None when no table starts there."""
    if not _may_open(lines, nlines, s, min(len(lines), s + _SCAN)):
        return None
    toks = join_cited(_join_broken_names(lines, tokens_of(lines, nlines, s, min(len(lines), s + _SCAN))))
    head = read_header(toks, 0)
    if head is None and len(lines[s].split()) >= 3:
        # "序号 目标任务 责任单位 推进情况": the cells of each line run together with spaces.
        toks = tokens_of(lines, nlines, s, min(len(lines), s + _SCAN), spaced=True)
        head = read_header(toks, 0)
    if head is None or is_listing([c.name for c in head[0]], [c.role for c in head[0]]):
        return None
    cols, h = head
    h += second_header_row(toks[h:], len(cols))
    body = toks[h:]
    # The table ends where another header starts (a second table, a repeated header).
    stop = next((k for k in range(len(body)) if not body[k].end and len(body[k].norm) <= _CELL_MAX
                 and HEADER_CELL.pattern.search(body[k].norm) and read_header(body, k)), len(body))
    # Nor does a table run over the heading of the next annex ("附件2"): what follows is another part.
    stop = next((k for k in range(stop) if ANNEX_HEADING.spans(body[k].norm)), stop)
    piped = not toks[0].opens and all(t.opens for t in toks[1:h] if not t.end)
    rows, used = assemble(cols, body[:stop], piped=piped)
    if not any("section" not in r for r in rows):
        return None
    after = body[used - 1].line + 1 if used else toks[h - 1].line + 1
    return emit(cols, rows), after


def _may_open(lines: list[str], nlines: list[str], s: int, stop: int) -> bool:
    """False when read_header must refuse the first cell of the table at line ``s`` (as
    joined cells, and as cells run together with spaces): no table starts there. Read from
    the cells of the next lines only, so that a line such as "牵头单位：X" (a note, not a
    header) does not cost the reading of thousands of lines."""
    near = min(stop, s + _NEAR)
    toks = tokens_of(lines, nlines, s, near)
    if near < stop and len(toks) < _NEAR_CELLS:
        return True  # too few cells to tell: the whole table is read
    if (first := join_cited(_join_broken_names(lines, toks[:_NEAR_CELLS]))[:1]) and _opens(first[0]):
        return True
    if len(lines[s].split()) < 3:
        return False
    spaced = tokens_of(lines, nlines, s, near, spaced=True)  # no cells are joined here
    return (not spaced and near < stop) or (bool(spaced) and _opens(spaced[0]))


def _opens(tok: Token) -> bool:
    """read_header's first test: a header opens with a short cell of a known column."""
    return not tok.end and _short(tok.norm) and header_role(tok.norm) is not None


def _join_broken_names(lines: list[str], toks: list[Token]) -> list[Token]:
    """Cells of a name broken over lines by a narrow column ("市政" / "府办" / "公厅") as
    one cell, so that the row reads a unit there; a pipe closing a line ("徐国江 |") or
    opening the next one ends a cell."""
    def goes_on(k: int) -> bool:
        t = toks[k]
        return not t.end and k + 1 < len(toks) and toks[k + 1].line == t.line + 1 \
            and "|" not in lines[t.line] and not lines[t.line + 1].lstrip().startswith("|")

    pieces = [t.norm if goes_on(k) else t.norm + "\t" for k, t in enumerate(toks)]
    out = []
    for i, j in broken_name_runs(pieces):
        joined = "".join(t.norm for t in toks[i:j])
        if j == i + 1 or column_roles(joined):  # a header cut in two ("责任" / "单位") is read as one later
            out.extend(toks[i:j])
        else:
            out.append(Token("".join(t.text for t in toks[i:j]), joined, toks[i].line))
    return out


def emit(cols: list[Column], rows: list[dict]) -> list[str]:
    """The pipe-table lines of ``rows`` under a header of one canonical word per role."""
    roles = {c.role for c in cols}
    if _named_rows(cols, rows):
        roles |= {"title", "text"}
    dated_other = "deadline" not in roles
    # Year columns of rows named by a text column ("内容 / 2024年工作任务 / 2025年工作计划").
    if year_named := any(c.role == "year" for c in cols) and "title" not in roles and "text" in roles:
        roles |= {"title"}
    whole_row = "text" not in roles and "other" in roles
    out_roles = [r for r, _ in _CANON if r in roles or r in ("number", "section")
                 or (r == "text" and whole_row) or (r == "deadline" and dated_other)]
    lines = ["| " + " | ".join(dict(_CANON)[r] for r in out_roles) + " |"]
    named = _named_rows(cols, rows)
    section = ""
    above: dict[int, str] = {}
    for row in rows:
        if "section" in row:
            section = row["section"]
            continue
        if totals_row(cols, row):
            continue  # "总计 | 1625.06 | …": the sum of the towns' rows, no task
        cells: dict[int, str] = {}
        for j, texts in row.items():
            glue = "、" if cols[j].role in UNIT_ROLES else ("" if cols[j].role in ("title", "text", "section") else " ")
            value = glue.join(t.strip() for t in texts)
            if cols[j].role in UNIT_ROLES and names_persons(cols[j].name):
                value = drop_persons(value)
            cells[j] = above.get(j, value) if _DITTO.match(norm(value)) else value
        above = {**above, **cells}
        by_role: dict[str, str] = {}
        doers = resolve_reporters(cols, cells)  # "同填报范围", "由乡镇卫生院代报": as written in the text
        for j in sorted(cells):
            role = cols[j].role
            if named and role in ("section", "title"):
                # Each row names its work in the first name column; the second one is
                # more of its text (重点工作 / 攻坚目标 / 工作任务安排).
                role = "title" if role == "section" else "text"
                if role == "text" and by_role.get("text"):
                    by_role["text"] += "；" + cells[j]
                    continue
            if role == "section":
                section = cells[j]
            elif role in dict(_CANON) and role not in by_role:
                by_role[role] = doers.get(j, cells[j])
        if dated_other:
            by_role["deadline"] = next((cells[j] for j in sorted(cells) if cols[j].role == "other"
                                        and cell_kind(norm(cells[j])) == "date"), "")
        steps = [f"{year_plan(cols[j].name)}年底前:{cells[j]}" for j in sorted(cells)
                 if cols[j].role == "year" and cells[j].strip()]
        if steps and not by_role.get("deadline"):
            by_role["deadline"] = ";".join(steps)  # each year's target a step, the last year's the due date
            # The years' cells are the row's text, its text cell its name (a name cell merged over
            # rows leaves the next rows their years); not a heading row (no unit) nor a row's rest.
            if year_named and any(by_role.get(r) for r in UNIT_ROLES) \
                    and (by_role.get("number") or by_role.get("text")):
                by_role["title"] = by_role.pop("text", "")
                by_role["text"] = joined_cells([cells[j] for j in sorted(cells) if cols[j].role == "year"])
        if dated_other and not by_role.get("deadline"):
            # A town table's dated columns: every row's steps, the last its deadline.
            by_role["deadline"] = ";".join(c.name for c in cols if c.role == "step") or _last_year(cols, cells)
        if whole_row:
            # A town's share under a dated column keeps the column's name ("3月底前完成20%:24.50").
            by_role["text"] = " ".join(f"{cols[j].name}:{cells[j]}" if cols[j].role == "step" else cells[j]
                                       for j in sorted(cells) if cols[j].role != "number")
        by_role["number"] = by_role.get("number", "").rstrip(".、")
        by_role["section"] = section
        lines.append("| " + " | ".join(by_role.get(r, "").replace("|", "/") for r in out_roles) + " |")
    return lines


def _named_rows(cols: list[Column], rows: list[dict]) -> bool:
    """Does the group column (重点工作 before 主要任务) hold a name on most rows of its
    own, rather than on heading rows above them?"""
    group = [j for j, c in enumerate(cols) if c.role == "section"]
    if not group or not any(c.role == "title" for c in cols):
        return False
    data = [r for r in rows if "section" not in r]
    return sum(1 for r in data if group[0] in r) * 2 > len(data)


def _last_year(cols: list[Column], cells: dict[int, str]) -> str:
    """The end of the last year whose column ("2026年计划") the row fills, as a due phrase
    ("2026年底前"), or ""."""
    years = [year_plan(cols[j].name) for j in sorted(cells) if cells[j].strip()]
    years = [y for y in years if y]
    return f"{years[-1]}年底前" if years else ""
