"""The cells of a table line that runs its cells together with spaces ("1 目标 区财政局").

A header may space out the characters of a column name, as official tables often print
them ("序号 工 作 任 务 牵头负责部门", "序 号 责 任 单 位"): a run of single characters
standing apart is one cell.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

LETTER_SPACED = rule(
    "letter_spaced_cell",
    r"(?<!\S)[\u4e00-\u9fff](?: [\u4e00-\u9fff](?!\S))+",
    "cell",
    [("序号 工 作 任 务 牵头负责部门", ["工 作 任 务"]),
     ("序 号 责 任 单 位 完成时限", ["序 号 责 任 单 位"]),
     ("1 推进5万个行政村通光纤 工业和信息化部", [])],
    on="original",
)
_SPACE = re.compile(" ")


def spaced_cells(line: str) -> list[str]:
    """The cells of ``line``, split at its spaces, letter-spaced names joined."""
    return LETTER_SPACED.pattern.sub(lambda m: _SPACE.sub("", m.group()), line).split()
