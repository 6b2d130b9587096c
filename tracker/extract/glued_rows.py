"""Tables whose cells run together with no separator, as a page copy gives them: the
header "类别序号重点督办内容牵头单位全年完成情况" on one line, then one line per row,
"经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值…"
(the group, the row number, the target, the unit, then the next column's text).

The header is read by cutting the line after each column word (longest first); a row by
its number and by a unit name that follows a sentence end. Such a run of lines is
rebuilt as a pipe table (the same lines :mod:`tracker.extract.flat_tables` writes), so
the table stage reads it like any other.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import norm
from tracker.extract.rules import rule
from tracker.extract.table_model import UNIT_ROLES, Column, columns_of
from tracker.extract.units import unit_list_text

_HEADER_WORDS = [w for _, words in lexicon().table_columns for w in words] + \
    [w for _, words in lexicon().bare_columns for w in words]
GLUED_HEADER_WORD = rule(
    "glued_header_word",
    alternation(_HEADER_WORDS),
    "column",
    [("类别序号重点督办内容牵头单位全年完成情况", ["类别", "序号", "内容", "牵头单位", "完成情况"]),
     ("序号工作任务责任单位完成时限", ["序号", "工作任务", "责任单位", "完成时限"]),
     ("加快推进城市更新", [])],
    doc="A column word inside a header line whose cells run together; a cell ends with its word.",
)
# A row: the group cell (no sentence, no digit), the row number, then the row's text.
GLUED_ROW = rule(
    "glued_row_start",
    r"^([^\d。;,]{0,30}?)(\d{1,3})(?![\d.%年月日号个万亿])(?=[\u4e00-\u9fff\"“(])",
    "row",
    [("经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委…", ["经济社会发展主要预期目标1"]),
     ("12新增城镇就业5000人。区人力社保局已完成。", ["12"]),
     ("2020年度地区生产总值初步核算数", []), ("全年完成3个项目。", [])],
    doc="The start of a run-together row: the group (may be empty) and the row number.",
)
_SENTENCE_END = re.compile(r"[。;]")
_UNIT_MAX = 40  # a unit cell's length at most


def header_cells(line_norm: str) -> list[str] | None:
    """The cells of a run-together header line (each ends with a column word), or None
    when the line is not one (text left over after the last word, a single cell)."""
    if not 6 <= len(line_norm) <= 40 or re.search(r"[\s|,。;:]", line_norm):
        return None
    cells, start = [], 0
    for m in GLUED_HEADER_WORD.pattern.finditer(line_norm):
        cells.append(line_norm[start:m.end()])
        start = m.end()
    return cells if len(cells) >= 3 and start == len(line_norm) else None


def _columns(cells: list[str]) -> list[Column] | None:
    cols = columns_of(cells)
    roles = [c.role for c in cols]
    if "number" not in roles or not set(roles) & set(UNIT_ROLES) or not set(roles) & {"title", "text"}:
        return None
    number, unit = roles.index("number"), next(k for k, r in enumerate(roles) if r in UNIT_ROLES)
    if "text" not in roles:  # the one task column holds the row's text (not its name only)
        cols = [Column("text", c.name) if c.role == "title" else c for c in cols]
    return cols if number < unit and number <= 1 else None


def _row(line: str, cols: list[Column]) -> dict[int, list[str]] | None:
    """The cells of one run-together row (column index -> texts), or None."""
    m = GLUED_ROW.pattern.match(line)
    if m is None or (m.group(1) and roles_before(cols) == 0):
        return None
    roles = [c.role for c in cols]
    number = roles.index("number")
    unit = next(k for k, r in enumerate(roles) if r in UNIT_ROLES)
    task = next(k for k in range(number + 1, unit) if roles[k] in ("title", "text")) if any(
        roles[k] in ("title", "text") for k in range(number + 1, unit)) else None
    if task is None:
        return None
    rest = line[m.end():]
    for end in _SENTENCE_END.finditer(rest):
        after = rest[end.end():]
        name = next((after[:k] for k in range(min(len(after), _UNIT_MAX), 1, -1)
                     if unit_list_text(norm(after[:k]))), None)
        if name is None:
            continue
        row = {number: [m.group(2)], task: [rest[:end.end()]], unit: [name]}
        tail = after[len(name):].strip()
        if tail and unit + 1 < len(cols):
            row[unit + 1] = [tail]
        return row
    return None


def unglue(lines: list[str], nlines: list[str]) -> list[str]:
    """``lines`` with each run-together table rebuilt as pipe-table lines (``lines``
    itself when there is none)."""
    from tracker.extract.flat_tables import emit  # flat_tables calls this module

    out: list[str] | None = None
    i = 0
    while i < len(lines):
        cells = header_cells(nlines[i]) if "序号" in nlines[i] else None
        cols = _columns(cells) if cells else None
        rows, j, section = [], i + 1, ""
        while cols and j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            row = _row(lines[j].strip(), cols)
            if row is None:
                break
            group = GLUED_ROW.pattern.match(lines[j].strip()).group(1)
            if group and group != section:
                rows.append({"section": group})  # the group cell, repeated or merged: a heading
                section = group
            rows.append(row)
            j += 1
        numbers = [int(r[roles_before(cols)][0]) for r in rows if "section" not in r] if cols else []
        if len(numbers) >= 2 and _in_order(numbers):
            out = (out if out is not None else list(lines[:i]))
            out.extend(emit(cols, rows))
            i = j
            continue
        if out is not None:
            out.append(lines[i])
        i += 1
    return lines if out is None else out


def roles_before(cols: list[Column]) -> int:
    """The index of the number column (the cells before it are the row's group)."""
    return next(k for k, c in enumerate(cols) if c.role == "number")


def _in_order(numbers: list[int]) -> bool:
    """Row numbers that count up one by one (a table's, not numbers met in text)."""
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
