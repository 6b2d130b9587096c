"""Annotated passages: the text a responsibility note closes becomes one task.

A note (see notes.py) closes a passage that starts after the previous note, or at the last
numbered item (1. / （一）) before it (or the item heading a list of measures it closes); the note gives the units and, when it states one, the
time limit, else the passage's own due dates do. Mixed into ``DocumentTasks`` (tasks.py),
whose paragraph index, ``covered`` spans and ``order`` it reads and fills.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.deadlines import parse_deadline
from tracker.extract.dated import find_due, schedule
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NUMBERING, numbering
from tracker.extract.notes import Note
from tracker.extract.note_due import steps_before
from tracker.extract.subjects import MAX_SENTENCE as _MAX_SENTENCE
from tracker.extract.titles import passage_title


# A label line that introduces a list of measures ("整改措施：" alone on its line).
_MEASURES = re.compile(r"(?:^|(?<=\n))(?:整改|工作|具体|主要|保障)?措施:?(?=\n)")
_TOP_LEVEL = re.compile(r"[一二三四五六七八九十百]+、")


class AnnotatedPassages:
    """The annotated-passage stage of ``DocumentTasks``."""

    def annotated(self, notes: list[Note]) -> list[ExtractedTask]:
        """One task per note: the passage it closes, its units and time limit."""
        tasks = []
        s = self.nt.norm
        prev_end = 0
        for note in notes:
            start = prev_end
            k = bisect_left(self.numbered_starts, note.start) - 1
            if k >= 0 and self.numbered_starts[k] >= prev_end:
                start = self._item_start(prev_end, self.numbered_starts[k])
                if start == self.numbered_starts[k] and note.start and s[note.start - 1] == "\n":
                    start = self._parent_item(k, prev_end)
            if note.start - start > 4000:
                start = self.para_spans[self._para_index(note.start)][0]
            while start < note.start and s[start] in "\n,;。 ":
                start += 1
            prev_end = note.end
            if note.start - start < 4:
                continue
            scan = max(start, note.start - _MAX_SENTENCE)
            self.covered.append((start, note.end))
            self.covered_starts.append(start)
            hits = self._due(scan, note.start)
            title, num = passage_title(self.nt, start, note.start, [(scan + h.start, scan + h.end) for h in hits])
            text = self.show(start, note.start)
            if note.deadline_text:
                dl = parse_deadline(note.deadline_text, self.ref)
                _, _, _, ms = schedule(hits)
                # "时间要求：6月30日前完成排查，11月底前完成治理": steps of the note itself.
                if re.search(r"[,;、]", note.deadline_text):
                    _, _, _, note_ms = schedule(find_due(note.deadline_text, self.ref))
                    ms = note_ms or ms
                elif dl and dl.date and not dl.recurrence:
                    ms = steps_before(hits, dl, note.deadline_display) or ms
                deadline, dtext, rec = (dl.date, note.deadline_display, dl.recurrence) if dl else (None, note.deadline_display, None)
            else:
                deadline, dtext, rec, ms = schedule(hits)
            self.order[len(self.order)] = start
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=text,
                units=note.resolve_units(self.nt, self.problems) or self._passage_subject(start, note.start),
                deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
                section=self._section(start), number=num, kind="annotated"))
        return tasks

    def _item_start(self, prev_end: int, sub: int) -> int:
        """Where the passage closed by a note starts, given the last numbered item ``sub``
        before it: that item, unless it is one of a list of measures under a label line
        ("二十、问题。整改目标：…。整改措施：" / "（一）…（四）…" / "责任单位：…"), which the
        note closes as a whole: then the item heading the list, or the previous note's end."""
        s = self.nt.norm
        label = None
        # Every label holds 措施: a passage without it (nearly every one) is passed by a plain
        # find, where the pattern, opening with a line start, is tried at every character.
        for label in _MEASURES.finditer(s, prev_end, sub) if s.find("措施", prev_end, sub) >= 0 else ():
            pass
        if label is None:
            return sub
        heads = [x for x in self.numbered_starts if prev_end <= x < label.start()
                 and _TOP_LEVEL.match(s, x)]
        return heads[-1] if heads else prev_end

    def _parent_item(self, k: int, floor: int) -> int:
        """Start of the passage a note on a line of its own closes, when the item before it
        is the last of two or more sub-points ("1.完善预案体系 (1)… (2)… (3)… \n(责任单位：X)"):
        their parent item, which they detail. Else the last item's start."""
        starts = self.numbered_starts
        level = self._level(starts[k])
        j = k
        while j > 0 and starts[j - 1] >= floor and self._level(starts[j - 1]) == level:
            j -= 1
        if k == j or j == 0 or starts[j - 1] < floor or level not in ("l3", "l4"):
            return starts[k]
        parent = self._level(starts[j - 1])
        return starts[j - 1] if parent and parent < level else starts[k]

    def _level(self, pos: int) -> str | None:
        m = NUMBERING.match(self.nt.norm[pos:pos + 12])
        return m.lastgroup if m else None

    def _passage_subject(self, start: int, end: int) -> list:
        """The doer of a passage whose note names no unit ("完成时限：2025年12月。"): the
        subject of its first sentence, under the item's heading when the heading stands
        on a line of its own ("（三）实施项目" over "X会同Y制定…")."""
        s = self.nt.norm
        for pa, pb in self.para_spans[self._para_index(start):]:
            if pa >= end:
                break
            if pb - pa <= 40 and "。" not in s[pa:pb] and numbering(s[pa:pb]):
                continue  # the item's heading alone
            return list(self.subjects.item(pa)[2])
        return []
