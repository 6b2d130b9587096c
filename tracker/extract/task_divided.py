"""Duties divided among units: a run of sentences each opening with a different named unit
and its duty verb ("1、各学院负责清扫…。2、后勤处负责保洁…。3、保卫处负责巡查…",
"（二）…县电视台派员做好…。（三）县政务服务中心负责…。县统计局在…悬挂横幅"). Such a
run hands out the work of one notice or plan among its doers, item by item or sentence by
sentence, often with no date of its own; each sentence is a task of the unit that opens it.

What tells a division from exhortation: at least three different doers, at least two of
them named offices rather than collectives ("各地各部门要高度重视…", "各牵头单位要…", "各责任
单位要积极配合…" say how everyone is to work, not who does what). A sentence in which the
issuer announces its own step (X将…) is none of the run. The deadline is left to the later
stages (a period stated once for the list dates its items).

Mixed into ``DocumentTasks`` (tasks.py); runs after the campaign stage, on the sentences no
noted passage covers and no earlier task holds.
"""

from __future__ import annotations

import re

from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.role_clauses import NAME_GOES_ON
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title
from tracker.extract.units import unit_list_text

# The verb (or modal, or the place of the act) that follows the doer opening a divided duty.
DIVIDED_VERB = rule(
    "divided_verb",
    r"负责|牵头|要|应当?|须|必须|务必|需|派员|做好|组织|开展|在|对|按照|结合|落实",
    "duty verb",
    [("后勤集团负责搞好校园道路的保洁", ["负责"]),
     ("县电视台派员赴现场报道", ["派员"]),
     ("县统计局在办公大楼前悬挂横幅", ["在"])],
    doc="A verb of a unit's handed-out duty, right after the unit opening the sentence.",
)
_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
# A collective addressee or a role standing for a unit: the run's exhortation, not its division.
_COLLECTIVE = re.compile(r"各|所有|全体|有关|相关|其他|其余|^(?:牵头|责任|配合|协办|主办|承办)单位$")
_MIN_DOERS = 3
_MIN_ITEMS = 3
_MIN_NAMED = 2
_SUBJECT_WIDTH = 40


class DividedDuties:
    """The divided-duty stage of ``DocumentTasks``."""

    def divided_duties(self, earlier: list[ExtractedTask]) -> list[ExtractedTask]:
        """Sentences of a run of duties divided among at least three doers, one task each."""
        s = self.nt.norm
        taken = [norm(t.text) for t in earlier]
        runs, run = [], []
        for k, (pa, pb) in enumerate(self.para_spans):
            num = self.numbers.opening(k)
            body = pa + (num.end() if num else 0)
            found = []
            if pb - body >= 8 and not self._is_covered(pa, pb):
                for m in _SENTENCE.finditer(s, body, pb):
                    subject = self._doer(m.start(), m.end())
                    if subject is not None:
                        found.append((m.start(), m.end(), subject))
                    elif not found:
                        break  # the paragraph's first sentence names no doer: no item of a division
            if found:
                # An item an earlier stage took (its dated sentence) still belongs to the run.
                para = s[pa:pb]
                held = any(para in t or t in para for t in taken)
                run.extend((a, b, sub, pb, held) for a, b, sub in found)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        tasks = []
        for run in runs:
            doers = {sub for _, _, (sub, _), _, _ in run}
            if len({pb for _, _, _, pb, _ in run}) < _MIN_ITEMS or len(doers) < _MIN_DOERS or sum(1 for d in doers if not _COLLECTIVE.search(d)) < _MIN_NAMED:
                continue
            for i, (a, b, (sub, verb), pb, held) in enumerate(run):
                # A duty runs on to the next doer's sentence within its paragraph.
                nxt = run[i + 1][0] if i + 1 < len(run) and run[i + 1][3] == pb else pb
                if held:
                    continue
                title, _ = passage_title(self.nt, a, b)
                self.order[len(self.order)] = a
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(a, nxt).strip(),
                    units=self.subjects.opening_units(a, verb, b),
                    section=self._section(a), kind="implicit"))
        return tasks

    def _doer(self, a: int, b: int) -> tuple[str, re.Match] | None:
        """(the units opening the sentence ``norm[a:b]`` right before a duty verb, the verb's match), or None."""
        s = self.nt.norm
        if s[a] in "(由请":
            return None  # a note in brackets, a passive "由X负责", a request: read elsewhere
        for m in DIVIDED_VERB.pattern.finditer(s, a + 2, min(b, a + _SUBJECT_WIDTH)):
            if NAME_GOES_ON.match(s, m.end()):
                continue  # "县委组织部": the verb is part of a name
            subject = s[a:m.start()]
            if unit_list_text(subject):
                return subject, m
        return None
