"""Schedules written as pipe tables: a cell listing numbered steps, a work column named
after the office whose work it is.

A weekly plan or a stage schedule gives each week (or stage) one cell of work, often numbered
inside the cell ("1. 开学准备: - 排定课表; - 检查设备; 2. 会议部署: - 召开全体会议"): each
numbered step is a task of its own, due when the row's time ends, with the row's units.
A task table's cell of numbered measures under one task name (a 分工方案's row) stays one
task: only a row with a time of its own and no number of its own is split.

A schedule with no unit column may name its office in the work column's header ("教务处重点
工作内容", "办公室工作安排"): the office is responsible for every row.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.lexicon import lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import norm
from tracker.extract.rules import rule
from tracker.extract.table_model import UNIT_ROLES, column_roles
from tracker.extract.table_packed import SEP_ROW, cells

# A pipe header's whole cell of a bare time word ("| 时间 | 工作事项 | 责任主体 |"): the time of
# each row (a column word such as 完成时限 names it otherwise).
BARE_TIME = frozenset(w for role, words in lexicon().bare_columns if role == "deadline" for w in words)

CELL_ITEM = rule(
    "cell_item",
    r"(?:^|(?<=[;；。]))\s*(?P<n>[1-9]\d?)[.．、](?!\d)",
    "item",
    [("1. 开学准备: - 排定课表; 2. 会议部署: - 召开全体会议", ["1.", " 2."]),
     ("1.召开动员会;2.组织自查。3.汇总上报", ["1.", "2.", "3."]),
     ("完成1.5万亩造林; 核查2.3万户", [])],
    value=lambda m: int(m.group("n")),
    on="original",
    doc="A numbered step inside one cell of a schedule: at the cell's start or after a stop.",
)


def items(cell: str) -> list[str]:
    """The numbered steps of ``cell`` (numbered 1, 2, 3 … in order, two at least) without
    their numbers and closing stops, else []."""
    spans = CELL_ITEM.spans(cell)
    if len(spans) < 2 or spans[0].start > 0 and cell[:spans[0].start].strip() \
            or [s.value for s in spans] != list(range(1, len(spans) + 1)):
        return []
    ends = [s.start for s in spans[1:]] + [len(cell)]
    out = [cell[s.end:e].strip().rstrip(";；").strip() for s, e in zip(spans, ends)]
    return out if all(out) else []


def split_steps(rows: list) -> list:
    """``rows`` (TableRow) with each schedule row whose work cell lists numbered steps
    replaced by one row per step (its time, units and section kept)."""
    out = []
    for row in rows:
        cell = "text" if row.text.strip() else "title"
        steps = items(getattr(row, cell)) if row.deadline_norm and not row.number else []
        if not steps:
            out.append(row)
            continue
        for step in steps:
            out.append(replace(row, units=list(row.units), **({cell: step} if cell == "title" else {"text": step})))
    return out


# An office's name opening a header cell: ends in an organ word ("教务处", "办公室", "基教科").
_OFFICE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:办公室|处|科|室|中心|部|局|站|所))(?=[\u4e00-\u9fff]{2,})")


def header_office(lines: list[str], header_map) -> str | None:
    """The office a schedule's work column is named after ("| 周次 | 时间 | 教务处重点工作内容 |"
    -> 教务处), when the header names no unit column; else None. ``header_map``: the pipe
    header reader (tables.header_map)."""
    for line in lines:
        if SEP_ROW.match(line.strip()):
            continue
        row = cells(line)
        found = header_map(row)
        if found is None:
            continue
        if any(r in found for r in UNIT_ROLES):
            return None
        work = found.get("text", found.get("title"))
        n = norm(row[work]) if work is not None and work < len(row) else ""
        m = _OFFICE.match(n)
        return m.group(1) if m and column_roles(n[m.end():]) else None
    return None


def with_office(rows: list, office: str | None) -> None:
    """Rows naming no unit get the schedule's ``office`` (responsible)."""
    if office:
        for row in rows:
            if not row.units:
                row.units = [ExtractedUnit(office, "responsible")]
