"""Goals with rising targets by date: one task whose years are its milestones.

A plan's goals name one measure's targets year by year ("到2025年，基本建立…" then "到2035年，
全面建成…"; "近期目标：到2025年…" then "远期目标：到2035年…"): the contract's "the same measure
with rising targets by date is one task with milestones". The implicit stage (task_implicit.py)
chains a later target paragraph with no subject onto the task of the one before.
"""

from __future__ import annotations

import re

from tracker.extract.model import ExtractedMilestone, ExtractedTask
from tracker.extract.rules import rule

# A goals paragraph opening with its target year ("到2025年，…", "到2027年底前,…", "远期目标：到2035年，…"):
# with no subject, consecutive ones are the milestones of one target (a 主要目标 section).
TARGET_PARAGRAPH = rule(
    "target_paragraph",
    r"^(?:[^,;。:]{0,6}目标:)?(?:到|至)(?:19|20)\d{2}年[^,;。]{0,6},",
    "target",
    [("到2025年，农机装备产业科技创新能力持续提升", ["到2025年,"]),
     ("到2027年底前,向全市更多社区推开", ["到2027年底前,"]),
     ("远期目标：到2035年，光伏全面推广", ["远期目标:到2035年,"]),
     ("各区到2025年，建成示范社区", []), ("主要任务：到2025年，建成示范社区", [])],
    doc="A paragraph opening with its target year.",
)

# A top-level section of goals ("三、工作目标", "二、主要目标").
_GOALS = re.compile(r"目标")


def next_target(para_spans: list, sections: list, prev: int, i: int) -> bool:
    """May the target paragraph ``i`` go on the target of paragraph ``prev``? When it comes
    right after it, or inside the same section of goals, where goal items of no time stand
    between ("(一)到2022年…(二)…(三)…(四)到2035年…"; they make no task of their own)."""
    if not any(x < y for x, y in para_spans[prev + 1:i]):
        return True
    return bool(sections[i] and _GOALS.search(sections[i])) and sections[i] == sections[prev]


def extend_target(task: ExtractedTask, text: str, deadline, dtext: str, ms_: list, hits: list) -> None:
    """Add a later target paragraph to the task of the one before: one task, each year a milestone."""
    if not task.milestones:
        task.milestones = [ExtractedMilestone(task.deadline, task.deadline_text or "")]
    task.milestones += ms_ or [ExtractedMilestone(deadline, hits[0].clause if hits else dtext)]
    task.text, task.deadline, task.deadline_text = text, deadline, dtext
