"""Tables with one row per town: a 目标任务分解表 whose first column names the kind of unit
each row is ("街镇", "乡镇、街道"), the task or target in the columns after it.

Such a header cell heads the rows' unit column. It does so only as the table's first
column (after 序号): among figure columns a place's name ("全市 / 园区 / 高新区") is a
column of figures, not a unit column. A town's name right after the header opens the
first row instead of heading a column of its own, and rows of bare figures per town
(no task, target or deadline column named) are no rows of this stage: quota_rows reads them,
one task per town, when the table's title or header names what they hand out.

A town table may give its schedule as dated columns ("3月底前完成20%" / "6月底前完成60%" /
"11月中旬完成100%", each holding the town's share): each dated column is a step of every
town's task, the last one its deadline. Its header runs on to the first row, past figure
columns of any name ("其中C类任务量").
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import lexicon
from tracker.extract.unit_names import township_list

_DIVISION = frozenset(lexicon().division_words)


def is_division(s: str) -> bool:
    """Does the normalized header cell ``s`` name the kind of unit each row is ("街镇",
    "街镇、园区")?"""
    if "、" not in s:
        return s in _DIVISION  # (most cells: no list to split)
    parts = s.split("、")
    return len(parts) <= 3 and all(p in _DIVISION for p in parts)


def opens_town_row(names: list[str], s: str) -> bool:
    """Is the cell ``s``, read after the header cells ``names``, a town opening the first
    row under a division column rather than a column of its own?"""
    return any(map(is_division, names)) and township_list(s)


def place_columns(cols: list) -> None:
    """A division cell after a column other than 序号 names a place's figures: no unit column."""
    for k, c in enumerate(cols):
        if is_division(c.name) and any(x.role != "number" for x in cols[:k]):
            c.role = "unknown"


def figures_only(cols: list, known: set[str]) -> bool:
    """One row of bare figures per town (序号 / 镇街 / C级 / D级): no task column named."""
    return any(is_division(c.name) for c in cols) and not known & {"title", "text", "deadline"} \
        and not any(c.role == "step" for c in cols)


_HEADER_CELL_MAX = 16
# A dated column's name: a month, a time word after it, and a share or a word or two ("3月底前完成20%").
_STEP_NAME = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}(?:-\d{1,2})?月(?:份|底|末|上旬|中旬|下旬|\d{1,2}日)?(?:前|以前|之前)?"
                        r"(?:完成|累计完成|达到)?(?:\d{1,3}(?:\.\d+)?%)?$")


def town_header_cell(names: list[str], s: str) -> bool:
    """Is the normalized cell ``s``, after the header cells ``names`` of a town table, one
    more header cell (a dated column, a figure column's name) rather than the first row's?"""
    if not any(map(is_division, names)) or not 0 < len(s) <= _HEADER_CELL_MAX or re.search(r"[,。;:，]", s):
        return False
    return not s.isdigit() and not re.match(r"^[\d.]+$", s) and not township_list(s)


def step_columns(cols: list) -> None:
    """In a town table, each dated column ("3月底前完成20%") is a step of every row."""
    if any(is_division(c.name) and c.role == "responsible" for c in cols):
        for c in cols:
            if c.role in ("unknown", "other", "deadline") and _STEP_NAME.match(c.name):
                c.role = "step"


_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}年度?$")


def year_cut(names: list[str], s: str, nxt: str) -> bool:
    """In a town table's header, is "2026年" / "任务量" one column's name cut in two?"""
    return any(map(is_division, names)) and bool(_BARE_YEAR.match(s)) and not nxt[:1].isdigit() \
        and not township_list(nxt) and not _STEP_NAME.match(nxt)


def span_heads(names: list[str]) -> list[str]:
    """A town table's header without the cell spanning its dated columns ("2026年度任务量约
    1625亩" over "3月底前完成20%" … "11月中旬完成100%"): a second header row's head, no column."""
    if not any(map(is_division, names)):
        return names
    return [n for k, n in enumerate(names)
            if not (k + 2 < len(names) and not _STEP_NAME.match(n) and re.search(r"\d", n)
                    and _STEP_NAME.match(names[k + 1]) and _STEP_NAME.match(names[k + 2]))]

_TOTALS = frozenset({"合计", "总计", "小计", "全区合计", "全市合计", "全县合计", "全镇合计"})


def totals_row(cols: list, row: dict) -> bool:
    """Is ``row`` (column index -> cell texts) a town table's totals row ("总计 | 1625.06 | …",
    "| 合计 | | 300.00 |")?"""
    if not any(is_division(c.name) for c in cols):
        return False
    return any("".join(texts).replace(" ", "") in _TOTALS for k, texts in row.items() if k != "section")
