"""A responsibility agreement (目标责任书) between two parties: "甲方：X" and "乙方：Y" name
them once, and a heading "一、乙方保证完成以下目标任务" gives every item under it to the
party it names. The items are the leaves of the heading's list: a sub-heading over
items of its own ("（一）园林绿化承担的工作任务" above "1、…") only groups them.

Mixed into ``HeadedGroups`` (task_headed.py), whose ``_units`` and ``_item_tasks`` it uses.
"""

from __future__ import annotations

import re

from tracker.deadlines import parse_deadline
from tracker.extract.model import ExtractedTask
from tracker.extract.notes import Note
from tracker.extract.rules import rule
from tracker.extract.units import unit_list_text

# A heading giving the items below it to one party of the agreement.
PARTY_HEADING = rule(
    "party_heading",
    r"^(?P<party>[甲乙丙丁]方)(?:保证|负责|应当?|须|承诺|要)?(?:完成|履行|承担|落实)?(?:以下|下列|如下)?(?:的)?"
    r"(?:目标任务|工作任务|目标|任务|职责|责任)(?:如下)?[:。]?$",
    "group_lead",
    [("乙方保证完成以下目标任务", ["乙方保证完成以下目标任务"]), ("乙方职责:", ["乙方职责:"]),
     ("甲方负责以下任务。", ["甲方负责以下任务。"]),
     ("乙方保证按期完成任务,甲方给予支持。", []), ("双方责任", [])],
    value=lambda m: m.group("party"),
)
# The agreement's term in its preamble ("特签订2027-2028年目标任务责任书", "签订2027年度…责任书"):
# an item with no date of its own is due when the term ends.
AGREEMENT_TERM = rule(
    "agreement_term",
    r"签订(?P<term>(?:19|20)\d{2}(?:年?[-—–~至到](?:19|20)\d{2})?年度?)[^。;]{0,30}?责任书",
    "period",
    [("特签订2027-2028年目标任务责任书。", ["签订2027-2028年目标任务责任书"]),
     ("双方签订2027年度安全生产目标责任书", ["签订2027年度安全生产目标责任书"]),
     ("各乡镇要于3月底前签订责任书。", [])],
    value=lambda m: m.group("term"),
)
_LEVELS = ("l1", "l2", "l3", "l4", "l5")
# What may end a party's name where the agreement's lines ran together: the next party, the
# preamble ("乙方：某区管委会为认真贯彻…", "…根据…"), or a stop.
_NAME_END = "甲乙丙丁为根按经。;,:\n"


def party_name(text_norm: str, party: str) -> tuple[int, int] | None:
    """The span of the name the agreement gives ``party`` ("乙方：某区管委会"): the longest
    piece after its label that reads as a unit and ends where the name may end."""
    for m in re.finditer(party + ":", text_norm):
        a = m.end()
        ends = [b for b in range(a + 2, min(len(text_norm), a + 40) + 1)
                if b == len(text_norm) or text_norm[b] in _NAME_END]
        for b in reversed(ends):
            if unit_list_text(text_norm[a:b]):
                return a, b
    return None


class PartyDuties:
    """The agreement stage of ``DocumentTasks`` (through ``HeadedGroups``)."""

    def _party_groups(self, notes: list[Note], taken: set[int]) -> list[ExtractedTask]:
        """Tasks of the items under a heading that gives them to a party of the agreement."""
        s = self.nt.norm
        spans = self.para_spans
        tasks: list[ExtractedTask] = []
        for k, (a, b) in enumerate(spans):
            num = self.numbers.lead[k]  # NUMBERING on s[a:min(b, a + 12)]
            if not num or "方" not in s[a:b]:
                continue
            head = PARTY_HEADING.spans(s[a + num.end():b])
            named = party_name(s, head[0].value) if head else None
            if named is None:
                continue
            level = _LEVELS.index(num.lastgroup)
            items: list[list[int]] = []
            for j in range(k + 1, len(spans)):
                x, y = spans[j]
                sub = self.numbers.lead[j]
                if sub and _LEVELS.index(sub.lastgroup) <= level:
                    break
                if not sub:
                    continue
                below = self.numbers.opening(j + 1) if j + 1 < len(spans) else None
                if below and _LEVELS.index(below.lastgroup) > _LEVELS.index(sub.lastgroup):
                    continue  # a sub-heading over items of its own
                items.append([x, y])
            lead = self._units(named[0], named[1], "responsible")
            found = self._item_tasks(items, [[] for _ in items], lead, notes, taken)
            term = self._agreement_term()
            for t in found:
                if term and t.deadline is None and not t.recurrence:
                    t.deadline, t.deadline_text = term
            tasks.extend(found)
        return tasks

    def _agreement_term(self) -> tuple | None:
        """(end, phrase) of the term the agreement's preamble names, or None. The sentence
        naming it is no duty of its own: it is marked covered."""
        s = self.nt.norm
        found = AGREEMENT_TERM.spans(s) if "责任书" in s else []
        if not found:
            return None
        due = parse_deadline(found[0].value, self.ref)
        if due is None or due.date is None or due.recurrence:
            return None
        start = max(s.rfind(c, 0, found[0].start) for c in "。\n") + 1
        end = min((k for k in (s.find("。", found[0].end), s.find("\n", found[0].end)) if k >= 0), default=len(s))
        self.covered.append((start, end))
        return due.date, found[0].value
