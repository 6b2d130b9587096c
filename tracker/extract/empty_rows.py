"""Table rows that say no duty: a figure cell, a unit cell or a tag spilled onto a row of
their own, and rows of a target-figure table.

A progress report's table printed in narrow columns spills the end of a row onto the next
line ("95%  县交通局  县民生实事"); a target-figure annex lists values per place ("7左右
7.5左右", "8.5"). Once the unit names the row already carries and the figures are taken
out, such a row keeps no words of a duty: at most a tag ("县民生实事") or a stray cell
("长沙", "改").
"""

from __future__ import annotations

import re

from tracker.extract.normalize import norm
from tracker.extract.rules import rule

# A figure with what qualifies it: "7.5左右", "8以上", "95%", "98.4%", "11.3".
FIGURE = rule(
    "figure",
    r"[-+]?\d+(?:\.\d+)?(?:%|‰|个百分点)?(?:左右|以上|以下|以内)?",
    "figure",
    [("7左右7.5左右", ["7左右", "7.5左右"]), ("完成率98.4%", ["98.4%"]), ("8以上 8.5", ["8以上", "8.5"])],
)
_FILLER = re.compile(r"[\s,;。、:()\[\]【】“”\"'·•*\-—~|]+")
_OFFICE_END = re.compile(r"(?:局|委|办|厅|部|署|中心|政府|院|会|所|公司|集团|队|站|处|室|单位|部门|乡镇|街道|镇|乡|区|县|市)$")
_TAG_MAX = 5  # a tag left beside a spilled figure or unit cell: "县民生实事", "重点项目"
_STRAY_MAX = 2  # a stray cell with nothing else: "长沙", "改"


def says_no_duty(text: str, unit_names: list[str]) -> bool:
    """Does a table row whose text is ``text`` (as written, its cells apart by spaces) and
    whose units are ``unit_names`` (normalized) hold no words of a duty?

    A stray cell: nothing but figures, or at most two characters ("长沙", "改"). A spill:
    one of the row's units standing as a cell of its own, beside figures and at most a
    short tag. A unit named inside the duty ("迁建县政务服务中心") is no cell.
    """
    units = {n for n in unit_names if _OFFICE_END.search(n)}
    cells = [norm(c) for c in text.split()]
    kept = [c for c in cells if c not in units]
    left = _FILLER.sub("", FIGURE.pattern.sub(" ", " ".join(kept)))
    return len(left) <= (_TAG_MAX if len(kept) < len(cells) else _STRAY_MAX)
