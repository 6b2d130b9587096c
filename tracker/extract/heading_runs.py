"""Unit headings that divide work outside the "（一）X" under "四、职责分工" shape task_headed.py
reads: a run of sibling headings that are only units under a section of the work's content
("四、活动内容及安排" / "（一）区委宣传部" / "1、…" "2、…" / "（二）区爱卫办" / …), and units standing
alone on a line, or as a label line "X：", over their duties under a division heading that
may bear no number ("职责分工" / "区公安分局" / "维护考点周边安全…。" / "区教育局" / "负责…。").

Each heading's duties are one row of the division (one undated task of its units, kind
``table``, as the gold rule reads "（十六）各区县政府。" followed by its duties). A heading whose
duties hold a date or a note is left to the other stages; so is a lone unit line (an
addressee, a signature, a contact): only a run of two or more, right under a division
heading, is read.

Mixed into ``HeadedGroups`` (task_headed.py), whose ``_units`` and ``_item_tasks`` it uses.
"""

from __future__ import annotations

import re
from functools import cached_property

from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.notes import Note
from tracker.extract.rules import required_literals, rule
from tracker.extract.standing_duties import STANDING_SECTION
from tracker.extract.units import unit_list_text

# A top-level section whose title names the work to be done and how it is shared out: a run
# of unit headings under it divides that work ("四、活动内容及安排", "三、工作任务"); a section of
# what is to be reported ("一、填报内容" / "（一）各省级部门" / "1.基本情况表") lists forms, no work.
_WORK_SECTION = re.compile(r"安排|任务|分工|职责|(?:活动|工作)内容")
_COLLECTIVE = re.compile(r"各|所有|全体|有关|相关")
# "（一）街道消防委职责": a body's heading over its duties may say they are its remit.
REMIT = re.compile(r"的?(?:工作)?职责$")


def without_remit(text: str) -> str:
    """``text`` without a closing "（的）（工作）职责". (The pattern opens with optional
    characters, so its search tries every position of a long paragraph: test for 职责 first.)"""
    return REMIT.sub("", text) if "职责" in text else text

# A heading (of any numbering, or none) saying that a division of duties follows.
DIVISION_HEAD = rule(
    "division_head",
    r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))?[^,;。:]{0,10}"
    r"(?:职责分工|任务分工|责任分工|工作分工|分工与职责|部门职责|工作职责|职责如下|分工如下)[^,;。]{0,10}:?$",
    "division_head",
    [("职责分工", ["职责分工"]), ("五、职责分工", ["五、职责分工"]), ("各成员单位职责如下:", ["各成员单位职责如下:"]),
     ("（三）部门职责分工", ["(三)部门职责分工"]),
     ("明确职责分工,确保工作落实。", []), ("三、组织领导", [])],
    doc="A heading (numbered or not) announcing a division of duties among units.",
)
# The words one of which every division heading holds (read from its pattern): a paragraph
# holding none (nearly every one) is passed by one search, without a copy of it or a rule run.
_DIVISION_WORDS = re.compile("|".join(map(re.escape, sorted(required_literals(DIVISION_HEAD.pattern)))))
# A line that is only units, with at most a colon or a stop after them: "区公安分局", "业务部:".
_UNIT_LINE = re.compile(r"(?P<units>[^,;:。()!?\d]{2,30}?)[:。]?")


class HeadingRuns:
    """Unit headings dividing work in shapes other than under a numbered division section."""

    @cached_property
    def _sibling_unit_heads(self) -> frozenset[int]:
        """Indexes of the numbered paragraphs below the top level that are only units and whose
        nearest sibling (the numbered paragraph of the same level before or after it, in the
        same section) is one too, under a section naming the work ("四、活动内容及安排")."""
        s = self.nt.norm
        heads = []  # (paragraph index, level, only units)
        for k, (a, b) in enumerate(self.para_spans):
            num = self.numbers.lead[k]
            if num is None or num.lastgroup == "l1":
                continue
            section = self._section(a)
            heads.append((k, num.lastgroup, section, b - a <= 40 and section is not None
                          and _WORK_SECTION.search(norm(section)) is not None
                          and unit_list_text(without_remit(s[a + num.end():b].rstrip("。:")))))  # "（一）区委宣传部职责"
        # Two or more of them must name offices rather than collectives: headings "（一）各乡镇"
        # "（二）县直各部门" over "要高度重视…" exhort everyone, they share out no work.
        named: dict[tuple, int] = {}
        for k, level, section, units in heads:
            if units and not _COLLECTIVE.search(s[self.para_spans[k][0]:self.para_spans[k][1]]):
                named[section, level] = named.get((section, level), 0) + 1
        found = set()
        for i, (k, level, section, units) in enumerate(heads):
            if not units or named.get((section, level), 0) < 2:
                continue
            for j in (i - 1, i + 1):
                near = next((h for h in (heads[j::-1] if j < i else heads[j:]) if h[1] == level), None) \
                    if 0 <= j < len(heads) else None
                if near is not None and near[2] == section and near[3]:
                    found.add(k)
        return frozenset(found)

    def _line_groups(self, notes: list[Note], taken: set[int]) -> list[ExtractedTask]:
        """Rows of a division whose units stand alone on unnumbered lines ("区公安分局",
        "业务部：") over their duties, right under a division heading ("职责分工") or in its
        section: two or more such lines, each over undated sentences with no note."""
        s = self.nt.norm
        spans = self.para_spans
        tasks: list[ExtractedTask] = []
        k = 0
        while k < len(spans):
            a, b = spans[k]
            work = self._opens_division(k)
            if work is None:
                k += 1
                continue
            groups = []  # [heading index, first duty index, end index]
            j = k + 1
            while j < len(spans):
                if self._unit_line(j) is None:
                    break
                end = j + 1
                while end < len(spans) and self._unit_line(end) is None and self._is_duty(end):
                    end += 1
                if end == j + 1:
                    break
                groups.append((j, end))
                j = end
            if len(groups) < 2 or work and sum(not _COLLECTIVE.search(s[spans[h][0]:spans[h][1]]) for h, _ in groups) < 2 \
                    or any(self._due(spans[h + 1][0], spans[e - 1][1])
                                      or any(spans[h][0] <= n.start < spans[e - 1][1] for n in notes)
                                      or any(ca < spans[e - 1][1] and spans[h][0] < cb for ca, cb in self.covered)
                                      for h, e in groups):
                k += 1
                continue
            for h, e in groups:
                units = self._units(*self._unit_line(h), "responsible")
                for t in self._item_tasks([[spans[h + 1][0], spans[e - 1][1]]], [[]], units, notes, taken):
                    t.kind = "table"
                    tasks.append(t)
            k = groups[-1][1]
        return tasks

    def _opens_division(self, k: int) -> bool | None:
        """Does paragraph ``k`` open a list dividing duties among unit lines below it? False
        when it is a division heading of any numbering ("职责分工") or a sentence introducing
        the list under one ("各成员单位职责如下："); True when it is a top-level heading naming
        the work ("四、活动内容及安排": then two of the units must be offices, not collectives);
        None when it is neither, or heads the offices' standing remits ("三、工作职责",
        standing_duties.py), which hand out no work."""
        s, spans = self.nt.norm, self.para_spans
        a, b = spans[k]
        if _heads_division(s, a, b) or s.endswith(("如下:", "如下。", ":"), a, b) and (
                self._divides(self._section(a)) or k and _heads_division(s, *spans[k - 1])):
            standing = STANDING_SECTION.pattern.match(s, a, b) or STANDING_SECTION.pattern.match(norm(self._section(a) or ""))
            return None if standing else False
        num = self.numbers.lead[k]
        return True if num is not None and num.lastgroup == "l1" and b - a <= 20 and _WORK_SECTION.search(s, a, b) else None

    def _unit_line(self, k: int) -> tuple[int, int] | None:
        """(start, end) of the units of paragraph ``k`` when it is nothing but units and a
        colon or stop, unnumbered or under a number below the top level ("区公安分局",
        "业务部：", "1.县教育局"), else None."""
        a, b = self.para_spans[k]
        num = self.numbers.lead[k]
        if b - a > 36 or num is not None and num.lastgroup == "l1":
            return None
        a += num.end() if num is not None else 0
        m = _UNIT_LINE.fullmatch(self.nt.norm, a, b)
        return (a, m.end("units")) if m and unit_list_text(m.group("units")) else None

    def _is_duty(self, k: int) -> bool:
        """Is paragraph ``k`` a sentence of duties (it ends with a stop or a semicolon, or
        opens with an item number), not a heading or a label of another kind?"""
        a, b = self.para_spans[k]
        return self.nt.norm[a:b].rstrip().endswith(("。", ";")) or self.numbers.lead[k] is not None \
            and self.numbers.lead[k].lastgroup != "l1"


def _heads_division(s: str, a: int, b: int) -> bool:
    """Is the paragraph ``s[a:b]`` a division heading (``DIVISION_HEAD``)?"""
    return _DIVISION_WORDS.search(s, a, b) is not None and bool(DIVISION_HEAD.spans(s[a:b]))
