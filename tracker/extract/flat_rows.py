"""Rows of a flattened table, assembled from its cells by what each cell looks like.

A row's cells come in the header's column order, but a cell may be empty (and then is
missing), a unit cell may list its units one per line, a name may run over two lines,
and a row may go on without a number of its own (a second duty of the item above:
"开工建设老年大学" / "12月底前" under item 5). The assembly is one dynamic programme
over the cells: each run of cells goes to a column whose role fits what the cells look
like (a date to the deadline, units to a unit column, a number to 序号 ...), skipped
columns cost a little, and a row may end early. The table ends where no further row
fits better than leaving the text alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.rules import rule
from tracker.extract.table_divisions import is_division
from tracker.extract.table_model import UNIT_ROLES, Column, Token, cell_kind
from tracker.extract.table_sections import is_section_cell
from tracker.extract.unit_names import township_list

_NO = None
# A time-limit cell that states no date but a standing limit, as 整改清单 write their 整改时限
# ("立行立改", "长期坚持", "立行立改，长期坚持"): the deadline column's, never a unit.
STANDING_LIMIT = rule(
    "standing_limit_cell",
    r"^(?:立行立改|立即整改|即知即改|边查边改|长期坚持|长期推进|持续推进|常态化推进|常态化?工作|长期工作|长期|持续|常态化)"
    r"(?:[、,;](?:长期坚持|长期推进|持续推进|持续整改|常态化推进|长期|持续|常态化))?(?:整改)?。?$",
    "date",
    [("立行立改", ["立行立改"]), ("立行立改，长期坚持", ["立行立改,长期坚持"]), ("长期坚持。", ["长期坚持。"]),
     ("常态工作", ["常态工作"]), ("常态化工作", ["常态化工作"]),
     ("立行立改市财政局", []), ("持续推进老旧小区改造", [])],
)
# How well a cell of each kind fits a column of each role (missing: it may not go there).
_FIT = {
    "number": {"no": 3.0},
    "section": {"numbered": 1.5, "short": 1.0, "sentence": 0.5, "unit": -1.0, "code": -1.0},
    "title": {"numbered": 2.0, "sentence": 1.5, "short": 1.5, "unit": -0.5, "code": -0.5, "period": -1.0,
              "cited": 0.5},
    "text": {"numbered": 2.0, "sentence": 2.0, "short": 1.0, "unit": -0.5, "code": -0.5, "period": -1.0,
             "cited": 0.5},
    "year": {"numbered": 1.0, "sentence": 2.0, "short": 1.0, "date": 1.0, "amount": 1.0, "code": 1.0, "unit": -0.5,
             "ditto": 1.0},
    "unit": {"unit": 2.0, "ditto": 1.5, "short": 0.0, "sentence": -1.5},
    "leader": {"short": 1.0, "unit": -0.5, "ditto": 0.5},
    "deadline": {"date": 3.0, "ditto": 1.5, "short": -1.0, "sentence": -1.0},
    "period": {"period": 1.5, "ditto": 1.0, "short": 0.0},
    # A venue or remark column may name a body that reads as a unit (县电视台 as the place):
    # no cost there, or the unit columns after it would take its cell and shift.
    "other": {"amount": 1.0, "code": 1.0, "cited": 1.0, "short": 0.5, "ditto": 0.5, "period": 0.5, "date": 0.0,
              "sentence": 0.0, "unit": 0.0},
    # A town's share under a dated column ("3月底前完成20%"), or the work merged over all rows.
    "step": {"amount": 1.0, "short": 0.5, "sentence": 0.5, "ditto": 0.5},
}
_MAX_CELLS = {"unit": 8, "section": 3, "title": 3, "text": 3, "year": 2, "leader": 2, "other": 3, "period": 1,
              "deadline": 1, "number": 1, "step": 2}
_SKIP = {"number": 1.0, "section": 0.2, "title": 0.6, "text": 0.6, "year": 0.3, "lead": 0.5, "support": 0.2,
         "responsible": 0.7, "leader": 0.2, "deadline": 0.7, "period": 0.3, "other": 0.2, "step": 0.1}
_ROW = 0.5        # each row costs a little, so that one row is not cut in two
_JUNK = 2.0       # a cell no column takes (a page number, "续表")
_SECTION = 0.5    # a heading row between rows
_MAX_SKIP = 4     # columns skipped at once
_CROSS = 2.5      # a unit cell read on over the pipe closing a unit list ("县委宣传部 |" / "县旅游局 |")


def _kind(s: str) -> str:
    """What a cell looks like (table_model.cell_kind), a standing time limit a date."""
    return "date" if STANDING_LIMIT.spans(s) else cell_kind(s)


def _kind_role(role: str) -> str:
    return "unit" if role in UNIT_ROLES else role


_FRAGMENT = 4  # a unit name broken over lines leaves short pieces ("市" / "监察" / "局")


def _group_fit(role: str, kinds: list[str], sizes: list[int] | None = None) -> float | None:
    table = _FIT[_kind_role(role)]
    first = table.get(kinds[0], _NO)
    if first is None:
        return None
    score = first
    for x, kind in enumerate(kinds[1:], 1):
        fit = table.get(kind, _NO)
        if fit is None or kind in ("date", "no", "ditto"):
            return None
        # Further lines of a unit cell are units too, or pieces of a name broken over lines;
        # a longer phrase after a unit is the next column's ("县工信局 / 规模工业增加值增长
        # 11.9%": the progress cell), and of any other cell, a broken line.
        unit_piece = kind != "short" or sizes is None or sizes[x] <= _FRAGMENT
        score += fit if role in UNIT_ROLES and unit_piece else min(fit, 1.0) - 1.0
    return score


def assemble(cols: list[Column], toks: list[Token], whole: bool = False,
             piped: bool = False) -> tuple[list[dict], int]:
    """Rows read from ``toks`` (each a dict: column index -> its cells' texts, and
    "section" for a heading row), and how many tokens the table takes (``whole``: all
    of them, or no row at all). ``piped``: every cell but a row's first opens its line
    with a pipe, as the header's do ("牵头单位" / "| 目标任务" / "| 责任单位"), so a row
    whose merged first cell is left out still starts on a line with no pipe."""
    m, n = len(toks), len(cols)
    kinds = [_kind(t.norm) if not t.end else "end" for t in toks]
    if any(is_division(c.name) and c.role in UNIT_ROLES for c in cols):
        # Under a 街镇 column a town's name ("马陆镇", "某某新区") is the row's unit.
        kinds = [("unit" if k == "short" and township_list(t.norm) else k) for k, t in zip(kinds, toks)]
    sizes = [len(t.norm) for t in toks]
    neg = float("-inf")
    # State (j, f): column j is the last one filled in the open row (-1: between rows),
    # f: the row has a cell other than its name and text (a row of nothing but a name,
    # "二、定报", is a heading). best[i][state]: best score with i tokens read; back:
    # the action and the state it came from.
    width = 2 * (n + 1)
    best = [[neg] * width for _ in range(m + 1)]
    back: list[list[tuple | None]] = [[None] * width for _ in range(m + 1)]
    best[0][0] = 0.0
    skip_after = [sum(_SKIP[c.role] for c in cols[j + 1:]) for j in range(n)]
    duty = [c.role not in ("section", "title", "text") for c in cols]

    def push(i, j, f, score, how):
        k = 2 * (j + 1) + f
        if score > best[i][k]:
            best[i][k] = score
            back[i][k] = how

    for i in range(m + 1):
        for state in range(width - 1, -1, -1):  # a row closes (j >= 0 -> -1) before -1 is read
            s = best[i][state]
            if s == neg:
                continue
            j, f = state // 2 - 1, state % 2
            if j >= 0 and f:
                push(i, -1, 0, s - skip_after[j] - _ROW, ("close", i, j, f))
            if i == m:
                continue
            if toks[i].end:
                if j == -1:
                    push(i + 1, -1, 0, s, ("mark", i, -1, 0))
                continue
            if j == -1:
                # A heading before a row, the end, or another heading (a group with no rows).
                if is_section_cell(toks[i].norm) and (i + 1 == m or toks[i + 1].end or kinds[i + 1] == "no"
                                                      or is_section_cell(toks[i + 1].norm)):
                    push(i + 1, -1, 0, s + _SECTION, ("section", i, -1, 0))
                push(i + 1, -1, 0, s - _JUNK, ("junk", i, -1, 0))
            if piped and toks[i].opens != (j >= 0):
                continue  # a pipe opens each cell after a row's first, and only those
            skipped = 0.0
            for j2 in range(j + 1, min(n, j + 2 + _MAX_SKIP)):
                role = cols[j2].role
                cap = _MAX_CELLS[_kind_role(role)]
                crossed = 0.0
                for k in range(1, cap + 1):
                    if i + k > m or toks[i + k - 1].end or (piped and k > 1 and toks[i + k - 1].opens):
                        break
                    if k > 1 and role in UNIT_ROLES and toks[i + k - 2].closes and kinds[i + k - 2] == "unit":
                        crossed += _CROSS
                    fit = _group_fit(role, kinds[i:i + k], sizes[i:i + k])
                    if fit is None:
                        break
                    push(i + k, j2, f or duty[j2], s - skipped - crossed + fit, ("cell", i, j, f, j2))
                skipped += _SKIP[role]
    if whole and best[m][0] == neg:
        return [], 0
    end = m if whole else max(range(m + 1), key=lambda i: (best[i][0], -i))
    return _trace(back, toks, end)


def _trace(back, toks: list[Token], end: int) -> tuple[list[dict], int]:
    """The rows along the best path to (``end``, between rows), and the number of
    tokens up to the last row's end (a heading or junk after it is left as text)."""
    actions = []
    i, state = end, 0
    while back[i][state] is not None:
        how = back[i][state]
        actions.append((how, i))
        i, state = how[1], 2 * (how[2] + 1) + how[3]
    actions.reverse()
    rows: list[dict] = []
    row: dict | None = None
    used, kept = 0, 0
    for how, i2 in actions:
        kind = how[0]
        if kind == "cell":
            if row is None:
                row = {}
                rows.append(row)
            row[how[4]] = [t.text for t in toks[how[1]:i2]]
            used, kept = i2, len(rows)
        elif kind == "mark" and used == how[1]:
            used += 1
        elif kind == "close":
            row = None
        elif kind == "section":
            rows.append({"section": toks[how[1]].text})
    # A heading with no rows under it belongs to what follows.
    return rows[:kept], used


_CN_NUMBER = re.compile(r"^[(（]?[一二三四五六七八九十]{1,3}[)）、.]?$")


@lru_cache(maxsize=256)
def _header_columns(header: tuple[str, ...]) -> list[Column]:
    from tracker.extract.normalize import norm
    from tracker.extract.table_model import columns_of

    return columns_of([norm(h) for h in header])


def misplaced(header: list[str], row: list[str]) -> bool:
    """Does a row that leaves its last cells empty hold a cell its column cannot take
    ("| 2021.8 | 城投集团 | | |" under 工作任务 / 完成时间 / 牵头单位: cells moved left)?"""
    from tracker.extract.normalize import norm

    if len(row) != len(header) or row[-1].strip() or not row[0].strip() or _CN_NUMBER.match(row[0].strip()):
        return False  # "| 一 | 摸底排查 | | |" is a heading row in its place
    cols = _header_columns(tuple(header))
    return any(c.strip() and _group_fit(col.role, [_kind(norm(c))]) is None for col, c in zip(cols, row))


def realign(header: list[str], row: list[str]) -> list[str] | None:
    """A pipe row with fewer or more cells than its header (a merged cell left out, a
    cell split in two), its cells put under the columns they fit; None when they do not
    fit as one row."""
    from tracker.extract.normalize import norm

    cols = _header_columns(tuple(header))
    texts = [c for c in row if c.strip()]
    if len(texts) < 2:
        return None
    toks = [Token(t, norm(t), 0) for t in texts] + [Token("", "", 0, end=True)]
    rows, used = assemble(cols, toks, whole=True)
    if len(rows) != 1 or used < len(texts) or "section" in rows[0]:
        return None
    glue = {j: ("、" if cols[j].role in UNIT_ROLES else "") for j in rows[0]}
    return [glue[j].join(rows[0][j]) if j in rows[0] else "" for j in range(len(cols))]


def joined_cells(texts: list[str]) -> str:
    """Cells read as one passage: run together, as the page writes them, after a cell that
    closes its sentence, else with a semicolon between."""
    out = ""
    for t in filter(None, (t.strip() for t in texts)):
        out += ("；" if out and not out.endswith(("。", "；", ";")) else "") + t
    return out
