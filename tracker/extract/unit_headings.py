"""Duty lists headed by their units: a numbered heading that names only units
("（十六）各区县政府和地区管委会。", "1、各机关、企业、事业单位：") gives its units to the
duties below it, up to the next heading of its numbering level."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable
import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NUMBERING, NText
from tracker.extract.para_numbers import ParagraphNumbers
from tracker.extract.rules import rule
from tracker.extract.units import unit_list_text

# A numbered heading that is nothing but units ("（十六）各区县政府和地区管委会。",
# "1、各机关、企业、事业单位："): the duties below it, to the next heading of its level,
# are theirs.
UNIT_HEADING = rule(
    "unit_heading", r"^(?P<units>[^,;:。]{2,60}?)[。:]?$", "subject",
    [("各区县政府和开发区管委会。", ["各区县政府和开发区管委会。"]),
     ("各机关、企业、事业单位:", ["各机关、企业、事业单位:"]),
     ("加强组织领导。", []), ("各地要于5月底前完成排查。", [])],
    value=lambda m: m.group("units"),
    when=lambda m: unit_list_text(m.group("units")),
)


_LEVELS = ("l1", "l2", "l3", "l4", "l5")
# A line that opens with a unit label and its colon ("责任单位：市住建局。").
_UNIT_LABEL_LINE = re.compile("(?:" + alternation(lexicon().unit_labels) + "):")


class UnitHeadings:
    """The unit headings of one document body (found on first use)."""

    def __init__(self, nt: NText, para_ends: dict[int, int],
                 units: Callable[[int, int], list[ExtractedUnit]], numbers: ParagraphNumbers | None = None):
        self.nt = nt
        # The numbers of the paragraphs ``para_ends`` holds, in order, when the caller read them.
        self._numbers = numbers
        self.para_ends = para_ends
        self._units = units  # reads the units of nt.norm[a:b]
        self._headings: list[tuple[int, str, int, int]] | None = None
        self._heading_starts: list[int] = []
        self._numbered_starts: list[int] = []  # the numbered paragraphs, in order
        self._numbered_ranks: list[int] = []  # and their numbering levels (0: the top)

    def units_over(self, pa: int) -> list[ExtractedUnit]:
        """Units of the unit heading the paragraph at ``pa`` lies under, if any: the
        nearest numbered heading of units before it with no heading of its level between."""
        inline = self._inline(pa)
        if inline:
            return inline
        if self._headings is None:
            self._headings = self._find()
        k = bisect_left(self._heading_starts, pa) - 1
        if k < 0:
            return []
        start, level, a, b = self._headings[k]
        # A heading of its level or above, up to the paragraph itself, ends the list: "四、时间安排
        # （一）动员部署阶段…" after "三、… （五）各街镇、经开区" is none of theirs.
        rank, starts = _LEVELS.index(level), self._numbered_starts
        # (only the numbered paragraphs between the two are read: a long list stays linear)
        if any(r <= rank for r in self._numbered_ranks[bisect_right(starts, start):bisect_right(starts, pa)]):
            return []
        return self._units(a, b)

    def _find(self) -> list[tuple[int, str, int, int]]:
        """(start, numbering level, units start, units end) of each unit heading."""
        s = self.nt.norm
        out, numbered = [], []
        lead = self._numbers.lead if self._numbers is not None else None
        for k, pa in enumerate(sorted(self.para_ends)):
            end = self.para_ends[pa]
            m = lead[k] if lead is not None else NUMBERING.match(s[pa:min(end, pa + 12)])
            if not m:
                continue
            numbered.append((pa, m.lastgroup))
            at = pa + m.end()
            if end - at > 64:
                continue
            for span in UNIT_HEADING.spans(s[at:end]):
                out.append((pa, m.lastgroup, at + span.start, at + span.start + len(span.value)))
        self._numbered_starts = [st for st, _ in numbered]
        self._numbered_ranks = [_LEVELS.index(lv) for _, lv in numbered]
        out = [h for h in out if not self._labels_own_units(h[0], _LEVELS.index(h[1]))]
        self._heading_starts = [h[0] for h in out]
        return out

    def _labels_own_units(self, start: int, rank: int) -> bool:
        """Do the items under the heading at ``start`` (to the next heading of its level or
        above) name their own units on label lines ("责任单位：X")? Then the heading names
        the project or place they work on ("六、市体育馆 …1.… 责任单位：市住建局"), no doer."""
        s, starts = self.nt.norm, self._numbered_starts
        k = bisect_right(starts, start)
        while k < len(starts) and self._numbered_ranks[k] > rank:
            k += 1
        stop = starts[k] if k < len(starts) else len(s)
        return any(_UNIT_LABEL_LINE.match(s, pa) for pa in self.para_ends if start < pa < stop)

    def _inline(self, pa: int) -> list[ExtractedUnit]:
        """Units of a heading that opens its own item's paragraph ("（一）高中阶段学校。期末考试
        …"): the item's duties are theirs, or []."""
        s = self.nt.norm
        m = NUMBERING.match(s[pa:pa + 12])
        if not m:
            return []
        at = pa + m.end()
        stop = s.find("。", at, min(self.para_ends.get(pa, len(s)), at + 32))
        if stop < 0 or stop + 1 >= self.para_ends.get(pa, len(s)):
            return []  # no heading before a body of its own (a heading alone is read by _find)
        return self._units(at, stop) if unit_list_text(s[at:stop]) else []
