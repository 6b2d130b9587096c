"""A table's model: its cells as tokens, its header's columns and their roles, and what
each cell looks like (a row number, a date, a list of units, a sentence ...).

A web page or a PDF gives a table one cell per line, with a lone ``|`` between cells, ``||``
at a row's end or a pipe closing each cell; a header cell may be cut in two ("责任" / "单位").
The header is read by its column words (the lexicon's ``columns``): each column gets a role
(number, title, text, lead, deadline ...); a short cell of no known word after the number is
the task's name. Rows: flat_rows.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.deadlines import parse_deadline
from tracker.extract.lexicon import lexicon
from tracker.extract.normalize import norm, numbering
from tracker.extract.report_cells import receiving_office, reporter_units
from tracker.extract.spaced_cells import spaced_cells
from tracker.extract.table_divisions import (figures_only, is_division, opens_town_row, place_columns,
                                             span_heads, step_columns, town_header_cell, year_cut)
from tracker.extract.units import unit_list_text

_ROLES = tuple((role, tuple(sorted(words, key=len, reverse=True))) for role, words in lexicon().table_columns)
_WORDS = tuple(sorted({w for _, ws in _ROLES for w in ws}, key=len, reverse=True))
UNIT_ROLES = ("lead", "support", "responsible")
TASK_ROLES = ("title", "text", "section")
_HEADER_MAX = 16  # a header cell is a short name


@dataclass
class Token:
    """One cell of a flattened table (``end``: a row-end mark such as ``||``)."""

    text: str
    norm: str
    line: int
    end: bool = False
    opens: bool = False  # its line opens with a pipe ("| 市直各单位"): not a row's first cell
    closes: bool = False  # its line closes with one pipe ("县电视台 |"): the cell ends there

@dataclass
class Column:
    """A header column: its role and its name as written."""

    role: str
    name: str


def tokens_of(lines: list[str], nlines: list[str], start: int, stop: int,
              spaced: bool = False) -> list[Token]:
    """The cells of ``lines[start:stop]``: one per non-empty line, a lone ``|`` dropped, ``||``
    (or "X | |") a row end. ``spaced``: cells run together with spaces ("1 目标 区财政局")."""
    out: list[Token] = []
    for i in range(start, stop):
        raw = lines[i].strip()
        if not raw:
            continue
        parts = raw.split("|")
        texts = [p.strip() for p in parts if p.strip()]
        if len(texts) > 1:
            break  # a real pipe row: no flattened cell
        after = raw[raw.index(texts[0]) + len(texts[0]):] if texts else raw
        if texts and spaced:
            out.extend(Token(t, norm(t), i) for t in spaced_cells(texts[0]))
        elif texts:
            out.append(Token(texts[0], nlines[i].replace("|", "") if nlines[i] else norm(texts[0]), i,
                             opens=raw.startswith("|"), closes=after.count("|") == 1))
        if after.count("|") >= 2:
            out.append(Token("", "", i, end=True))
    return out


def _words(s: str) -> set[str]:
    return {w for w in _WORDS if w in s}


@lru_cache(maxsize=4096)
def column_roles(s: str) -> tuple[str, ...]:
    """The roles whose column words the header cell ``s`` holds, the longest word's first ("计量单位"
    is a measure; "牵头单位" leads), of two as long the one written first ("责任单位或牵头单位")."""
    hits = []
    for order, (role, words) in enumerate(_ROLES):
        w = next((w for w in words if w in s), None)
        if w:
            hits.append((-len(w), s.find(w), order, role))
    return tuple(role for _, _, _, role in sorted(hits))


_BARE = tuple((role, words) for role, words in lexicon().bare_columns)
_YEAR_PLAN = re.compile(r"^((?:19|20)\d{2})年度?(?:工作项目|工作计划|计划|目标|工作目标|任务|工作任务)$")


def year_plan(name: str) -> str | None:
    """The year of a year's plan column ("2026年计划" -> "2026"), else None."""
    m = _YEAR_PLAN.match(name)
    return m.group(1) if m else None
_INDICATOR = lexicon().indicator_words
_BARE_CELL = re.compile(r"^(?:\d{4}年度?|[\u4e00-\u9fff]{1,2})?(" + "|".join(w for _, ws in _BARE for w in ws) + ")$")


def header_role(s: str) -> str | None:
    """The role of a flattened header's cell: by its column words, else a bare word as
    a whole short cell ("单位", "完成 / 时间" joined, "2024年目标")."""
    roles = column_roles(s)
    if roles:
        return roles[0]
    if _YEAR_PLAN.match(s):
        return "other"  # "2025年计划": a year's share of the task, a cell of the row
    if is_division(s):
        return "responsible"  # "街镇" / "街镇、园区": the kind of unit each row is
    m = _BARE_CELL.match(s) if len(s) <= 8 and not s.startswith(("各", "有关", "相关")) else None
    return next((role for role, words in _BARE if m.group(1) in words), None) if m else None


# "(万元)" under "总投资"; "及方式" under "报送日期": the rest of the cell above.
_MEASURE = re.compile(r"^(?:[(\[](?!\d+[)\]])(?![一二三四五六七八九十]+[)\]])[^()\[\]]{1,6}[)\]]|及(?:方式|要求|途径))$")
_MONTH_CELL = re.compile(r"^[\d\-—~至到.]*\d月(?:份|底|末|初|上旬|中旬|下旬|\d{1,2}日)?(?:前|以前)?$")
_PLAIN = re.compile(r"^[\u4e00-\u9fff\d()]{2,8}$")


def read_header(toks: list[Token], i: int) -> tuple[list[Column], int] | None:
    """The columns of a header starting at ``toks[i]`` and the index after it, or None.

    A header has three columns at least (or a unit column and a task column: "单位 / 职责分工"),
    its first a known column word, two known roles, a task column and a duty column."""
    if i >= len(toks) or toks[i].end or not _short(toks[i].norm) or header_role(toks[i].norm) is None:
        return None
    names: list[str] = []
    j = i
    while j < len(toks) and not toks[j].end:
        s = toks[j].norm
        nxt = toks[j + 1].norm if j + 1 < len(toks) and not toks[j + 1].end else ""
        if names and _MEASURE.match(s):
            names[-1] += s
            j += 1
            continue
        if nxt and len(s + nxt) <= _HEADER_MAX and (_words(s + nxt) - _words(s) - _words(nxt)
                                                    and not (_words(s) and _words(nxt)) or year_cut(names, s, nxt)):
            names.append(s + nxt)  # a name cut in two: "责任" / "单位"
            j += 2
            continue
        if _short(s) and header_role(s) and not numbering(s):  # "一、主要预期目标" is a heading row
            names.append(s)
        elif _PLAIN.match(s) and not s.isdigit() and not numbering(s) and names and not unit_list_text(s) \
                and not opens_town_row(names, s) and not _MONTH_CELL.match(s):  # "3月": the first row's time
            names.append(s)  # a column of no known word ("民生实事")
        elif town_header_cell(names, s):
            names.append(s)  # "3月底前完成20%" / "其中C类任务量": a town table's schedule and figure columns
        else:
            break
        j += 1
    if j < len(toks) and toks[j].end:
        j += 1
    cols = _columns(span_heads(names))
    known = {c.role for c in cols if c.role != "unknown"}
    has_task = bool(known & set(TASK_ROLES)) or any(c.role == "unknown" for c in cols)
    has_duty = bool(known & {*UNIT_ROLES, "deadline"})
    # Two columns: a unit and its duties ("单位 / 职责分工"), or a schedule's time and its work
    # named by a column word ("时间 / 工作日程": each row a step due at its time; a bare
    # "时间 / 内容" is as often a meeting's agenda).
    pair = len(cols) == 2 and cols[1].role in ("title", "text") and (
        cols[0].role in UNIT_ROLES or cols[0].role == "deadline" and bool(column_roles(cols[1].name)))
    if len(cols) < 3 - pair or len(known) < 2 or not has_task or not has_duty or figures_only(cols, known):
        return None
    cols = [Column("title" if c.role == "unknown" and k == _name_slot(cols) else
                   "other" if c.role == "unknown" else c.role, c.name) for k, c in enumerate(cols)]
    return _group_as_task(cols), j


def second_header_row(toks: list[Token], width: int) -> int:
    """How many tokens a second header row takes ("前期手续 |" / "在建形象进度 |" / "||" under
    a merged 本月进展情况): short cells of no row's kind (no number, unit or date), fewer
    than the columns, closed by a row end."""
    k = next((k for k, t in enumerate(toks[:width]) if t.end), 0)
    cells = toks[:k]
    if not cells or any(len(t.norm) > 8 or cell_kind(t.norm) != "short" for t in cells):
        return 0
    return k + 1


def _short(s: str) -> bool:
    return 0 < len(s) <= _HEADER_MAX and not re.search(r"[,。;:，]", s)


def columns_of(names: list[str]) -> list[Column]:
    """The columns of a header whose normalized cells are ``names`` (one per cell; a
    cell of no known word is 'other', or the task's name right after the number)."""
    cols = _columns(names)
    slot = _name_slot(cols)
    return _group_as_task([Column("title" if c.role == "unknown" and k == slot else
                                  "other" if c.role == "unknown" else c.role, c.name) for k, c in enumerate(cols)])


def _group_as_task(cols: list[Column]) -> list[Column]:
    """With no task column, the last group column holds the task (任务分类 / 重点任务)."""
    groups = [k for k, c in enumerate(cols) if c.role == "section"]
    if groups and not any(c.role in ("title", "text") for c in cols):
        cols[groups[-1]] = Column("title", cols[groups[-1]].name)
    return cols


def _columns(names: list[str]) -> list[Column]:
    cols = [Column(header_role(n) or "unknown", n) for n in names]
    # Two name columns: the first names the group (重点工作 / 主要任务 / 工作措施).
    titles = [k for k, c in enumerate(cols) if c.role == "title"]
    if len(titles) > 1:
        cols[titles[0]].role = "section"
    # Two text columns and no name column ("目标任务 / 主要内容"): the first names the work,
    # the second holds its text (else the second, as a repeated role, would be dropped).
    texts = [k for k, c in enumerate(cols) if c.role == "text"]
    if len(texts) > 1 and not titles:
        cols[texts[0]].role = "title"
    years = [k for k, n in enumerate(names) if year_plan(n)]
    if len(years) > 1:  # "2024年工作项目 / 2025年计划 / 2026年计划": a target per year
        for k in years:
            cols[k].role = "year"
    for role in ("text", "deadline", "number"):
        seen = [k for k, c in enumerate(cols) if c.role == role]
        for k in seen[1:]:
            cols[k].role = "other"
    place_columns(cols)
    receiving_office(cols)
    step_columns(cols)
    if any(w in c.name for c in cols for w in _INDICATOR):
        for c in cols:  # "指标名称 / 单位 / 2027年目标": the unit an indicator is measured in
            if c.name == "单位":
                c.role = "other"
    return cols


def _name_slot(cols: list[Column]) -> int:
    """Where an unknown column is the task's name: right after the number, when no
    column is named as a task."""
    if any(c.role in ("title", "text") for c in cols):
        return -1
    k = next((k for k, c in enumerate(cols) if c.role == "unknown"), -1)
    if any(c.role == "section" for c in cols[k + 1:]):
        return -1  # a group column after it ("主要方向 / 重点任务") is the task: see _group_as_task
    return k if k == 0 or (k > 0 and cols[k - 1].role in ("number", "section", "other")) else -1


# -- what a cell looks like ---------------------------------------------------------
_ROW_NO = re.compile(r"^(?:\d{1,3}[.、]?|\(\d{1,3}\))$")
_AMOUNT = re.compile(r"^[\d.,，%‰万亿元个项户套座公里米吨人次-]+$")
_CODE = re.compile(r"^[A-Za-z]*\d[\w-]*表?$|^[A-Za-z]{1,4}\d*$")
# A cited document's name, or a piece of it broken over lines, or its number in brackets
# ("《本市系统化全域推进海绵" / "城市建设的实施意见》" / "（沪府办发〔2024〕3号）"): a reference cell.
_CITED = re.compile(r"^《[^。;]*$|^[^。;《]*》(?:[、,]《?[^。;》]*)?$|^\([^()]{1,12}[\[〔]\d{4}[\]〕]\d{1,4}号\)$")
_DITTO = re.compile(r"^(?:同上|同左|〃|\")$")
_PERIOD_RANGE = re.compile(r"^((?:19|20)\d{2})[.\-/年](\d{1,2})月?[-—–~至到]{1,2}(?:((?:19|20)\d{2})[.\-/年])?(\d{1,2})月?$")
_YEAR_MONTH = re.compile(r"^((?:19|20)\d{2})[.\-/](1[0-2]|0?[1-9])$")  # "2021.8"
_REPORT_PERIOD = re.compile(r"^(?:年|季|月|半年|旬|周|快)报$")


@lru_cache(maxsize=8192)
def cell_kind(s: str) -> str:
    """What the normalized cell ``s`` looks like: 'no' (a row number), 'ditto', 'date',
    'amount', 'code', 'cited' (a cited document), 'unit', 'period', 'numbered', 'sentence'
    or 'short'."""
    if _ROW_NO.match(s):
        return "no"
    if _DITTO.match(s):
        return "ditto"
    if _REPORT_PERIOD.match(s):
        return "period"
    if _PERIOD_RANGE.match(s) or _YEAR_MONTH.match(s) or (len(s) <= 40 and not re.search(r"[。;]", s) and _dated(s)):
        return "date"
    if _AMOUNT.match(s):
        return "amount"
    if _CODE.match(s):
        return "code"
    if _CITED.match(s):
        return "cited"
    if numbering(s):
        return "numbered"
    # A list of names may close with a full stop ("市政府各部门、各直属机构。"); one name with
    # a stop is more often a short duty ("开工建设老年大学。").
    if reporter_units(s) is not None:
        return "unit"  # a report catalogue's "同填报范围" / "由乡镇卫生院代报"
    if unit_list_text(s.lstrip("★☆▲*").rstrip("。") if "、" in s else s.lstrip("★☆▲*")):
        return "unit"
    if len(s) > 20 or re.search(r"[,，。;；]", s):
        return "sentence"
    return "short"


_TIME_CHARS = re.compile(r"[\d年月日号季度前底内后以之止至到上中下旬半个每第一二三四五六七八九十免报:.,，、()\-—~]")


def _dated(s: str) -> bool:
    """A date cell: a time phrase and a few words at most ("5月底前动工", "9月投入使用"),
    not a name that opens with a time ("第一季度农村住户收支登记帐")."""
    return len(_TIME_CHARS.sub("", s)) <= 6 and parse_deadline(s, None) is not None

