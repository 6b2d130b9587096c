"""A report catalogue (报表目录) run together on one line, as a PDF copy gives it: the header
("表号 表名 填报范围 报送单位 报告期别 报送日期及方式 …") and then every form's row, each
opening with its form number ("卫统 1-2表", "A101表"), cells apart by spaces.

Spaces also fall inside cells ("次年 1 月 2 0日前"), so the cells are told by an anchor: the
report period (年报, 季报, 月报 …). Before it stand the reporter cell ("同填报范围",
"由乡镇卫生院代报" or a unit) and the scope cell, before those the form's name; after it the
date cell and, last, the office that receives the form. The line is rebuilt as a pipe table
that the table stage reads like any other.
"""

from __future__ import annotations

import re

from tracker.extract.report_cells import reporter_units
from tracker.extract.rules import rule
from tracker.extract.units import unit_list_text
from tracker.extract.normalize import norm

_MIN_LINE = 200
_MIN_ROWS = 3
_HEADER = re.compile(r"表号\s*表名")
# A form number opening a row: an optional prefix of a few characters, a number, "表".
FORM_NUMBER = rule(
    "form_number",
    r"(?:(?<=\s)|^)(?:[\u4e00-\u9fffA-Za-z]{1,4}\s?)?\d{1,3}(?:-\d{1,2})*表(?=\s)",
    "code",
    [("表号 表名 卫统 1-2表 卫生机构年报表 -乡镇卫生院类", ["卫统 1-2表"]),
     ("A101表 规模以上工业企业 月报", ["A101表"]), ("卫生机构年报表 -医院类", [])],
    on="original",
    doc="A form's number in a catalogue row run together with spaces.",
)
_PERIOD = re.compile(r"^(?:年报|半年报|季报|月报|旬报|周报|快报|实时)$")
# The row as written is its text (a form's name alone may read as a unit: "…年报表 -村卫生室").
_CANON = "| 表号 | 表名 | 工作内容 | 填报范围 | 报送单位 | 报告期别 | 报送日期 | 备注 |"


def rebuild_catalogues(lines: list[str]) -> list[str]:
    """``lines`` with each catalogue run together on one line rebuilt as pipe lines (``lines``
    itself when there is none)."""
    # (one C-level find first: most bodies name no 表名, and a generator step per line cost more)
    if "表名" not in "\n".join(lines) or not any(len(ln) >= _MIN_LINE and "表名" in ln for ln in lines):
        return lines
    out: list[str] = []
    changed = False
    for ln in lines:
        rebuilt = _catalogue(ln) if len(ln) >= _MIN_LINE else None
        out.extend(rebuilt or [ln])
        changed = changed or rebuilt is not None
    return out if changed else lines


def _catalogue(line: str) -> list[str] | None:
    head = _HEADER.search(line)
    if head is None:
        return None
    starts = [s.start for s in FORM_NUMBER.spans(line, head.end())]
    if len(starts) < _MIN_ROWS:
        return None
    rows = [r for r in (_row(line[a:b].strip()) for a, b in zip(starts, starts[1:] + [len(line)])) if r]
    if len(rows) < _MIN_ROWS:
        return None
    for above, row in zip(rows, rows[1:]):
        row[:] = [a if c == "同上" else c for a, c in zip(above, row)]  # "同上" repeats the cell above
    before = line[:head.start()].strip()
    return ([before] if before else []) + [_CANON] + ["| " + " | ".join(r) + " |" for r in rows]


def _row(chunk: str) -> list[str] | None:
    """The cells of one form's row: number, name, scope, reporter, period, date, office."""
    first = FORM_NUMBER.pattern.match(chunk)
    if first is None:
        return None
    toks = chunk[first.end():].split()
    p = next((k for k, t in enumerate(toks) if _PERIOD.match(t)), None)
    if p is None or p < 2:
        return None
    reporter, scope = toks[p - 1], toks[p - 2]
    if reporter_units(norm(reporter)) is None and not unit_list_text(norm(reporter)):
        return None
    after = toks[p + 1:]
    date = "".join(after[:-1]) if len(after) > 1 else "".join(after)
    office = after[-1] if len(after) > 1 else ""
    return [first.group().strip(), " ".join(toks[:p - 2]), chunk, scope, reporter, toks[p], date, office]
