"""Task-division tables written as pipe tables (``| 序号 | 重点任务 | … |``).

Columns are recognised by their header words, whatever their order. A header repeated
on every page is skipped; a sub-row whose number and task cells are empty inherits the
section, number, task name, deadline (and units, when its own are empty) of the row
above. A row whose goal cell and unit cell both hold two lists separated by a space
(two sub-rows merged by the layout) becomes two tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tracker.extract.problems import Problem
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.cell_units import spaced_units
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText, norm, repair_and
from tracker.extract.flat_rows import misplaced, realign
from tracker.extract.table_dates import due_norm
from tracker.extract.table_model import column_roles
from tracker.extract.table_sections import is_section_row
from tracker.extract.report_cells import reporters_in_row
from tracker.extract.schedule_cells import BARE_TIME
from tracker.extract.table_packed import SEP_ROW, cells, packed_width, right_aligned, under_merged_section
from tracker.extract.table_persons import drop_persons, names_persons
from tracker.extract.table_subheader import sub_header
from tracker.extract.table_names import name_column, unit_column
from tracker.extract.units import parse_unit_list

_COLUMNS = lexicon().table_columns
# All header words as one pattern: most cells of a table are no header, and one search
# rejects them.
_ANY_COLUMN = re.compile(alternation([w for _, words in _COLUMNS for w in words]))


@dataclass
class TableRow:
    """One task read from a table row (after inheritance and cell splitting)."""

    section: str | None
    number: str | None
    title: str
    text: str
    units: list[ExtractedUnit] = field(default_factory=list)
    deadline_norm: str | None = None
    deadline_display: str | None = None
    line: str = ""  # the row as written, the passage of a row whose name column has no header word
    own_duty: bool = False  # such a row fills its own time and unit cells


def header_map(row: list[str]) -> dict[str, int] | None:
    """Column index of each known role when ``row`` is a task-table header, else None."""
    found: dict[str, int] = {}
    for idx, cell in enumerate(row):
        # A header cell is a short name: a long cell (a row's goal) is not normalized.
        if len(cell) > 24 and len("".join(cell.split())) > 24:
            continue
        n = norm(cell)
        if n in BARE_TIME and "deadline" not in found:
            found["deadline"] = idx  # "| 时间 | 工作事项 | 责任主体 |": a schedule's time column
            continue
        if len(n) > 12 or not _ANY_COLUMN.search(n):
            continue
        roles = column_roles(n)
        if roles[:1] == ("title",) and "title" in found and "section" not in found \
                and norm(row[found["title"]]) != n:
            # Two name columns (项目名称 / 工作任务): the first names the group.
            found["section"] = found.pop("title")
        role = next((r for r in roles if r not in found), None)
        if role and role != "other":
            found[role] = idx
    # A table with only a 重点任务 column uses it as the task name.
    if "title" not in found and "section" in found:
        found["title"] = found.pop("section")
    has_task = "title" in found or "text" in found
    has_duty = any(r in found for r in ("lead", "support", "responsible", "deadline"))
    if not has_task and "deadline" in found and any(r in found for r in ("lead", "support", "responsible")):
        name = name_column(row, found)
        if name is not None:
            found["title"], has_task = name, True
    return found if has_task and has_duty and len(found) >= 2 else None


def parse_table(lines: list[str], problems: list[Problem]) -> list[TableRow]:
    """Tasks of one pipe table (its lines, headers included). Empty for other tables."""
    rows: list[TableRow] = []
    cols: dict[str, int] | None = None
    header: list[str] = []
    prev: dict[str, str] = {}
    last = (None, None, 0)  # values and unit cells of the row above, and its task count
    after_break, borrowed = False, False  # borrowed: the last task row took its units from the row above
    last_no = ""  # the number of the last task row
    width = 0  # the full width of a table packed to the left (table_packed), else 0
    for at, line in enumerate(lines):
        if SEP_ROW.match(line.strip()):
            continue
        row = cells(line)
        hm, row = sub_header(header, row, cols, header_map) or (header_map(row), row)  # a header's second row
        if hm and not any(r in hm for r in ("lead", "support", "responsible")):
            hm = unit_column(hm, len(row), lines[at + 1:])
        if hm:
            after_break = cols is not None  # a header repeated on a new page
            width = packed_width(row, (cells(x) for x in lines[at + 1:]))  # read only when packed
            header = right_aligned(row, width) if width else row
            cols = header_map(header) if width else hm
            continue
        if cols is None:
            continue
        row = right_aligned(row, width) if width else row
        row = under_merged_section(header, cols, row)
        if len(row) != len(header) or misplaced(header, row):
            # A merged cell left out, or one more cell: cells go where they fit.
            row = realign(header, row) or row
        get = lambda role: row[cols[role]] if role in cols and cols[role] < len(row) else ""  # noqa: E731
        values = {r: get(r) for r in ("section", "number", "title", "text", "deadline", "period")}
        unit_cells = reporters_in_row(header, row, {r: get(r) for r in ("lead", "support", "responsible")})
        for r in ("lead", "support", "responsible"):
            if r in cols and unit_cells[r] and cols[r] < len(header) and names_persons(norm(header[cols[r]])):
                unit_cells[r] = drop_persons(unit_cells[r])  # "牵头单位及负责人": "市民政局 某某"
        if not any(values.values()) and not any(unit_cells.values()):
            continue
        if is_section_row(values, unit_cells, last_no):
            # "| 一 | 摸底排查 |  |  |": a heading for the rows below, not a task.
            prev = {"section": values["title"] or values["text"] or values["section"] or values["number"]}
            last = (None, None, 0)
            continue
        if last[0] is not None and not any(values[r] for r in ("number", "title", "text", "section")) \
                and (values["deadline"] or any(unit_cells.values())):
            # "| | | 2021.8 | 城投集团 |": another time and unit of the task above.
            extra = _row_tasks({**last[0], "deadline": values["deadline"]}, unit_cells, problems)[0]
            for tr in rows[len(rows) - last[2]:]:
                if borrowed and extra.units:
                    tr.units = []  # the units it took from the row above were not its own
                _add_duty(tr, extra)
            if borrowed and any(unit_cells.values()):
                # The row's own units, after its text (a merged cell): the rows below share them.
                prev.update({"unit_" + r: v for r, v in unit_cells.items()})
                borrowed = False
            continue
        was_break, after_break = after_break, False
        body = "text" if "text" in cols else "title"
        if last[0] is not None and _continues_row(values, unit_cells, last, was_break, body):
            # One row cut by a page break: its rest joins it, the deadline is the row's.
            values, unit_cells = _join_rows(last[0], last[1], values, unit_cells, body)
            del rows[len(rows) - last[2]:]
            new = _row_tasks(values, unit_cells, problems)
            rows.extend(new)
            last = (values, unit_cells, len(new))
            prev = {**values, **{"unit_" + r: v for r, v in unit_cells.items()}}
            continue
        new_item = bool(values["number"] or values["title"])
        own_duty = bool(values["deadline"]) and any(unit_cells.values())
        for r in ("section", "number", "title", "deadline"):
            if not values[r] and (r != "title" or not new_item):
                values[r] = prev.get(r, "")
            if r == "section" and not values[r]:
                values[r] = prev.get(r, "")
        borrowed = not any(unit_cells.values())
        if borrowed:
            unit_cells = {r: prev.get("unit_" + r, "") for r in unit_cells}
        else:
            # A lead or responsible cell is never empty on purpose: it was merged with
            # the cell above (Word leaves a vertically merged cell empty).
            for r in ("lead", "responsible"):
                if r in cols and not unit_cells[r]:
                    unit_cells[r] = prev.get("unit_" + r, "")
        prev = {**values, **{"unit_" + r: v for r, v in unit_cells.items()}}
        new = _row_tasks(values, unit_cells, problems)
        if "text" not in cols and "title" in cols and cols["title"] < len(header) \
                and not column_roles(norm(header[cols["title"]])):
            # The name column found by position (name_column): the row itself is the passage.
            for tr in new:
                tr.line, tr.own_duty = line.strip().strip("|").strip(), own_duty
        rows.extend(new)
        last = (values, unit_cells, len(new))
        last_no = values["number"] or last_no
    return rows


def _add_duty(row: TableRow, more: TableRow) -> None:
    """Units and a time of a row's own continuation join the row; its times are steps,
    the latest the deadline."""
    keys = {_unit_key(u.name) for u in row.units}
    row.units.extend(u for u in more.units if _unit_key(u.name) not in keys)
    if more.deadline_norm:
        row.deadline_norm = f"{row.deadline_norm},{more.deadline_norm}" if row.deadline_norm else more.deadline_norm
        row.deadline_display = "；".join(d for d in (row.deadline_display, more.deadline_display) if d)


_OPEN_END = ("、", ",", "，", ";", "；")
def _continues_row(values, unit_cells, last, after_break: bool, body: str = "text") -> bool:
    """Is this row the rest of the row above, cut by a page break?

    It has no number, task name or deadline of its own, but text to add, and either it
    opens a page (right after the repeated header) or the row above ended its unit list
    on a separator ("X（牵头）、Y、"). In a table whose only task column is a name
    (``body`` "title"), the name above must also break off mid-sentence ("…政策，").
    """
    if values["number"] or values["deadline"] or not values[body]:
        return False
    if body == "text" and values["title"]:
        return False
    last_values, last_units = last[0], last[1]
    if body == "title":
        return after_break and last_values["title"].rstrip().endswith(_OPEN_END)
    dangling = any(v.rstrip().endswith(_OPEN_END) for v in last_units.values() if v)
    return after_break or dangling


def _join_rows(values, unit_cells, more_values, more_units, body: str = "text"):
    values = {**values, body: values[body].rstrip() + more_values[body].strip()}
    units = dict(unit_cells)
    for r, v in more_units.items():
        v = v.strip()
        if not v:
            continue
        head = units.get(r, "").rstrip()
        units[r] = head + v if not head or head.endswith(_OPEN_END) else head + "、" + v
    return values, units


_LEAD_MARKS = ("★", "☆")
_WS = re.compile(r"\s+")
_AFTER_FULL_STOP = re.compile(r"(?<=。)\s+")
_LIST_SEP = re.compile(r"[、,，]")
# A progress note run into the unit cell ("大观园街道办事处：目前项目竣工手续完备，…。"): no units.
_PROGRESS_NOTE = re.compile(r"(?:^|、)[^、:：]{2,20}[:：][^,，。]{4,60}[,，。]")


@lru_cache(maxsize=4096)
def _unit_key(name: str) -> str:
    """What makes two unit names of a row one unit (the same units recur row after row)."""
    return norm(name).replace("人民政府", "政府")


def _row_tasks(values, unit_cells, problems) -> list[TableRow]:
    texts = [values["text"]]
    groups = [unit_cells]
    # Two sub-rows merged into one line: goal sentences and unit lists both doubled.
    unit_key = next((r for r in ("responsible", "lead") if unit_cells.get(r)), None)
    if unit_key:
        lists = [p for p in _WS.split(unit_cells[unit_key].strip()) if p]
        parts = [p for p in _AFTER_FULL_STOP.split(values["text"].strip()) if p] if len(lists) > 1 else []
        if len(lists) > 1 and len(lists) == len(parts) and all(_LIST_SEP.search(x) for x in lists):
            texts = parts
            groups = [{**unit_cells, unit_key: lst} for lst in lists]
    out = []
    for text, ucells in zip(texts, groups):
        units: list[ExtractedUnit] = []
        seen = set()
        for role in ("lead", "responsible", "support"):
            raw = ucells.get(role, "")
            if not raw:
                continue
            if note := _PROGRESS_NOTE.search(raw):
                raw = raw[:note.start()]  # "…、X：目前项目竣工手续完备，…。": the rest is progress
            nt = NText(spaced_units(raw))
            for u in parse_unit_list(nt, 0, len(nt.norm), role, problems):
                if u.name[:1] in _LEAD_MARKS:
                    # "★区发改委、统计局": a starred unit leads (the table's note says so).
                    u = replace(u, name=u.name[1:].strip(), role="lead")
                key = _unit_key(u.name)
                # A unit named in both the 配合 and the 实施主体 column holds both roles; a lead holds one.
                if (key, u.role) not in seen and (key, "lead") not in seen:
                    seen.add((key, u.role))
                    units.append(u)
        dl = values["deadline"].strip()
        out.append(TableRow(
            section=values["section"] or None,
            number=values["number"] or None,
            title=repair_and(values["title"].strip()),
            text=repair_and(text.strip()),
            units=units,
            deadline_norm=due_norm(norm(dl), norm(values.get("period", ""))) or None,
            deadline_display=dl or None,
        ))
    return out
