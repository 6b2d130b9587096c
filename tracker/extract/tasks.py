"""Assemble the tasks of one document: table rows, annotated passages, dated duties.

1. The body is cut into paragraphs; a paragraph broken mid-sentence by the page layout
   is joined to the next one. Pipe-table lines form tables.
2. Annotated: every responsibility note closes a passage that starts after the previous
   note, or at the last numbered item (1. / （一）) before it.
3. Implicit: outside annotated passages and tables, each sentence with a due date is a
   task; adjacent single-date sentences of one paragraph are one task with milestones
   (工作目标 "10月底前完成…。12月底前，进一步完善…"). Units are the sentence's subject
   when it has one (X要/应当…), else the subject of its item, else a leading 各…/每个…
   list.
4. Tables: each row is a task; a body passage that restates a row is merged into it
   (the row gives units and deadline, the passage's text is kept).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from tracker.deadlines import parse_deadline
from tracker.extract.campaign import bind_period
from tracker.extract.conventions import first_listed_leads
from tracker.extract.dated import Hit, find_due, schedule
from tracker.extract.documents import DocBlock
from tracker.extract.flat_tables import unflatten
from tracker.extract.header_lines import parse_date_line
from tracker.extract.merge import merge_into_table
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NText, display, norm, numbering
from tracker.extract.not_due import DATE_ONLY, TITLE_PERIOD, not_a_duty
from tracker.extract.notes import Note, find_notes
from tracker.extract.paragraphs import TITLE_WORD, drop_annex_forms, is_title_line, paragraphs
from tracker.extract.problems import Problem
from tracker.extract.stage_heads import stage_body
from tracker.extract.sentences import is_stage_period, opens_new_duty, split_mixed, split_subjects, steps_before, time_node
from tracker.extract.year_list import bind_year
from tracker.extract.periods import counted, period_start, reference_date
from tracker.extract.subjects import MAX_SENTENCE as _MAX_SENTENCE, STAGE_HEAD, Subjects
from tracker.extract.table_tasks import keep_item_headings, keep_restating_paragraphs, table_tasks
from tracker.extract.titles import ITEM_HEADING, passage_title

_NUM_BEFORE_DIGIT = re.compile(r"(?:^|(?<=[。;!?\n]))\d{1,3}\.(?=\d)")
_SENTENCE = re.compile(r"[^。!?]*(?:[。!?]+|$)")

_TOP_LEVEL_NUMBER = re.compile(r"[一二三四五六七八九十百]+、")


class DocumentTasks:
    """Finds the tasks of one document; ``run()`` returns them."""

    def __init__(self, doc: DocBlock, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        lines = unflatten(doc.lines, doc.nlines)
        paras = paragraphs(lines, doc.nlines if lines is doc.lines else None)
        # The text paragraphs are normalized once, together: the annex check reads each
        # one's slice, and when it drops no text the same NText is the body's.
        texts = [p for k, p in paras if k == "text"]
        nt = NText("\n".join(texts))
        norms = nt.norm.split("\n") if texts else []
        paras = drop_annex_forms(paras, norms if len(norms) == len(texts) else None)
        self.tables = [p for k, p in paras if k == "table"]
        kept = [p for k, p in paras if k == "text"]
        self.nt = nt if len(kept) == len(texts) else NText("\n".join(kept))
        self.para_spans = []
        start = 0
        for piece in self.nt.norm.split("\n"):
            self.para_spans.append((start, start + len(piece)))
            start += len(piece) + 1
        self.covered: list[tuple[int, int]] = []
        self.covered_starts: list[int] = []
        self._index_paragraphs()
        self.order: dict[int, int] = {}  # creation index -> position, for body order
        self.subjects = Subjects(self.nt, dict(self.para_spans), problems)
        # Year-less dates are read against the issue date, else the year the text names.
        self.ref = doc.issued or reference_date(self.nt.norm) or doc.page_year
        self.period_start = period_start(self.nt.norm)  # "2012年起5年内": later "N年内" count from it

    # -- helpers ---------------------------------------------------------------------
    def show(self, a: int, b: int) -> str:
        return display(self.nt.orig_slice(a, b))

    def _para_index(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def _section(self, pos: int) -> str | None:
        return self.sections[self._para_index(pos)]

    def _index_paragraphs(self) -> None:
        """Paragraph starts, numbered-paragraph starts and the top-level section of each."""
        s = self.nt.norm
        self.para_starts = [a for a, _ in self.para_spans]
        self.numbered_starts = []
        self.sections = []
        current = None
        for a, b in self.para_spans:
            head = s[a:min(b, a + 60)]
            if numbering(head):
                self.numbered_starts.append(a)
                if _TOP_LEVEL_NUMBER.match(head):
                    first = head.split("。", 1)[0]
                    if len(first) <= 40:
                        current = self.show(a, a + len(first))
            self.sections.append(current)

    def _is_covered(self, a: int, b: int) -> int:
        """The end of a noted passage overlapping ``norm[a:b]`` (0: none)."""
        k = bisect_right(self.covered_starts, b) - 1
        while k >= 0:
            ca, cb = self.covered[k]
            if cb <= a:
                return 0
            if ca < b and a < cb:
                return cb
            k -= 1
        return 0

    # -- annotated passages ----------------------------------------------------------
    def annotated(self, notes: list[Note]) -> list[ExtractedTask]:
        tasks = []
        s = self.nt.norm
        prev_end = 0
        for note in notes:
            start = prev_end
            k = bisect_left(self.numbered_starts, note.start) - 1
            if k >= 0 and self.numbered_starts[k] >= prev_end:
                start = self.numbered_starts[k]
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
                units=note.resolve_units(self.nt, self.problems),
                deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
                section=self._section(start), number=num, kind="annotated"))
        return tasks

    def _due(self, a: int, b: int) -> list[Hit]:
        """Due dates in ``norm[a:b]``; item numbers glued to a year are masked first."""
        text = self.nt.norm[a:b]
        if "." in text:
            text = _NUM_BEFORE_DIGIT.sub(lambda m: " " * len(m.group()), text)
        return counted(find_due(text, self.ref, self._shower(a), self.doc.issued is not None), self.period_start)

    def _shower(self, offset: int):
        return lambda a, b: self.show(offset + a, offset + b)

    # -- implicit dated duties -------------------------------------------------------
    def implicit(self) -> list[ExtractedTask]:
        s = self.nt.norm
        tasks = []
        for i, (pa, pb) in enumerate(self.para_spans):
            para = s[pa:pb]
            if not para or parse_date_line(para) or (TITLE_WORD.search(para) and len(para) <= 40) \
                    or is_title_line(para) or TITLE_PERIOD.pattern.match(para) \
                    or DATE_ONLY.pattern.match(para):
                continue
            k = bisect_right(self.covered_starts, pa) - 1
            if k >= 0 and self.covered[k][1] >= pb:
                continue
            # One pass over the paragraph: each sentence takes the hits inside it (both
            # are in text order, so one pointer walks the hits), and adjacent sentences
            # with one date each form one group. Hits stay relative to the paragraph.
            para_hits = self._due(pa, pb)
            n_hits = len(para_hits)
            k = 0
            num = numbering(para)
            groups: list[list] = []  # [a, b, hits]
            prev_single = False
            covered = self.covered
            for m in _SENTENCE.finditer(para):
                ms, me = m.span()
                if ms == me:
                    continue
                while k < n_hits and para_hits[k].start < ms:
                    k += 1
                j = k
                while j < n_hits and para_hits[j].end <= me:
                    j += 1
                hits = para_hits[k:j] if k == j or not not_a_duty(para, ms, me) else []
                k = j
                pieces = [p for q in split_subjects(para, ms, me, hits) for p in split_mixed(para, *q)]
                for ms, me, hits in pieces:
                    if hits and para[ms] == "(" and para.endswith(")", ms, me):  # "…。(年内持续推进)":
                        ms = groups[-1][1] - pa if groups else 0  # the item's own time note
                    a, b = pa + ms, pa + me
                    cover = covered and self._is_covered(a, b)
                    if cover and hits and cover <= pa + hits[0].start:
                        a, ms, cover = cover, cover - pa, 0  # "…(责任单位:X)二、1.Y于N月N日前…"
                    if cover or me - ms > _MAX_SENTENCE:
                        prev_single = False  # covered by a note, or junk / a layout accident
                        continue
                    if ms == 0 and not hits and num:
                        hits = time_node(s, a, b, self.ref, self.show)
                    if not hits:
                        prev_single = False
                        continue
                    single = len(hits) == 1
                    if single and prev_single and groups[-1][1] == a and len(groups[-1][2]) < 4 \
                            and self._same_duty(groups[-1], a, b, hits[0], pa):
                        groups[-1][1] = b
                        groups[-1][2].extend(hits)
                    else:
                        groups.append([a, b, list(hits)])
                    prev_single = single and len(pieces) == 1  # split pieces are duties of their own
            if not groups and num and not (covered and self._is_covered(pa, pb)):
                labelled = self.subjects.label(pa)
                if labelled:
                    # "9. X、Y：开展…，每学期不少于2次": a label assigns the item, so it is a
                    # duty even without a date (the label reads like a 责任单位 note).
                    title, _ = passage_title(self.nt, pa, pb)
                    self.order[len(self.order)] = pa
                    tasks.append(ExtractedTask(
                        doc_no=self.doc.doc_no, title=title, text=self.show(pa, pb), units=labelled,
                        section=self._section(pa), number=num, kind="annotated"))
            body = stage_body(s, self.para_spans, i) if num and groups else None
            if body and self._due(*body):
                continue  # a stage heading over dated duties: they are the tasks
            # "1.目标。2012年起…": the item's heading belongs to the dated sentence right after it.
            head = ITEM_HEADING.match(s, pa, pb) if num and groups else None
            stage = num is None and STAGE_HEAD.match(s, pa, pb) is not None
            for g, (a, b, all_hits) in enumerate(groups):
                deadline, dtext, rec, ms_ = schedule(all_hits)
                # A dated item heading: the whole item; a stage heading ("动员部署阶段（2007年3月
                # 中旬）：…"): the stage, up to the next dated duty of its own.
                text_b = (body[1] if body else pb) if num and a == pa else b
                if stage and a == pa:
                    text_b = groups[g + 1][0] if g + 1 < len(groups) else pb
                elif not body and is_stage_period(s, pa + all_hits[0].start, pa + all_hits[0].end):
                    # "(四)总结阶段(11月)…": the stage's undated duties, up to the next stage.
                    text_b = next((x[0] for x in groups[g + 1:] if is_stage_period(
                        s, pa + x[2][0].start, pa + x[2][0].end)), pb)
                text_a = pa if head and a == head.end() else a
                title, _ = passage_title(self.nt, a, b, [(pa + h.start, pa + h.end) for h in all_hits])
                self.order[len(self.order)] = a
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(text_a, text_b),
                    units=self.subjects.of_dated(pa, a, b, all_hits) if not body
                    else self.subjects.sentence(body[0], body[1], body[1]),
                    deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms_,
                    section=self._section(a), number=num if a == pa else None, kind="implicit"))
        return tasks

    def _same_duty(self, group: list, a: int, b: int, hit: Hit, pa: int) -> bool:
        """May the dated sentence ``norm[a:b]`` join the previous one as a milestone?

        Not when either is a recurring duty, nor when it names a subject of its own that
        differs from the previous sentence's ("各地要于每年1月底前…。X要于10月底前…").
        """
        last = group[2][-1]
        if hit.deadline.recurrence or last.deadline.recurrence:
            return False
        if opens_new_duty(self.nt.norm, group[0], a, b, pa + hit.start, pa + hit.end, hit.deadline.text):
            return False
        mine = self.subjects.names(a, b, pa + hit.start)
        if not mine:
            return True
        return mine == self.subjects.names(group[0], a, pa + group[2][0].start)

    def run(self) -> list[ExtractedTask]:
        """All tasks of the document, body passages merged into table rows they restate."""
        notes = find_notes(self.nt, self.problems)
        annotated = self.annotated(notes)
        implicit = self.implicit()
        implicit = bind_period(self.nt, self.ref, annotated, implicit)
        body = list(enumerate(annotated + implicit))
        body.sort(key=lambda item: self.order.get(item[0], 0))
        ordered = [t for _, t in body]
        table, names = table_tasks(self.doc, self.tables, self.problems, self.ref)
        if table:
            ordered = merge_into_table(table, ordered, names)
            keep_restating_paragraphs(self.nt, table, names)
            keep_item_headings(self.nt, table)
        first_listed_leads(self.nt.norm, ordered + table)  # "（列第一位者为牵头单位，下同）"
        bind_year(norm(self.doc.title or ""), self.doc.nlines or [], ordered + table)  # "2027年度十件民生实事"
        return ordered + table
