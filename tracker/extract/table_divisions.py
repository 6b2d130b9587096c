"""Tables with one row per town: a 目标任务分解表 whose first column names the kind of unit
each row is ("街镇", "乡镇、街道"), the task or target in the columns after it.

Such a header cell heads the rows' unit column. It does so only as the table's first
column (after 序号): among figure columns a place's name ("全市 / 园区 / 高新区") is a
column of figures, not a unit column. A town's name right after the header opens the
first row instead of heading a column of its own, and rows of bare figures per town
(no task, target or deadline column named) assign no task.
"""

from __future__ import annotations

from tracker.extract.lexicon import lexicon
from tracker.extract.unit_names import township_list

_DIVISION = frozenset(lexicon().division_words)


def is_division(s: str) -> bool:
    """Does the normalized header cell ``s`` name the kind of unit each row is ("街镇",
    "街镇、园区")?"""
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
    return any(is_division(c.name) for c in cols) and not known & {"title", "text", "deadline"}
