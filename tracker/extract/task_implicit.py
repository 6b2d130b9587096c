"""Implicit dated duties: outside noted passages and tables, each dated sentence is a task.

Adjacent single-date sentences of one paragraph are one task with milestones (工作目标
"10月底前完成…。12月底前，进一步完善…") unless a new subject or a recurrence parts them; a
numbered item labelled with its units is a duty even without a date; stage headings and
dated item headings take the text that belongs to them. Units are the sentence's subject
when it has one (X要/应当…), else the subject of its item, else a leading 各…/每个… list.
Mixed into ``DocumentTasks`` (tasks.py), whose paragraph index and ``covered`` spans it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tracker.extract.closing_units import ROLE_ONLY, closing_units, role_sentence_units
from tracker.extract.dated import Hit, schedule
from tracker.extract.date_heads import Week, dated_items, item_due
from tracker.extract.header_lines import parse_date_line
from tracker.extract.item_times import opening_time
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.named_day import named_day_binds
from tracker.extract.normalize import NUMBERING, norm, number_text
from tracker.extract.bare_lines import is_bare_line, is_bare_sentence
from tracker.extract.no_duty import no_duty
from tracker.extract.not_due import TITLE_PERIOD
from tracker.extract.page_heads import is_done_report, is_report_name
from tracker.extract.paragraphs import TITLE_WORD, is_title_line
from tracker.extract.report_duty import details_schedule, is_report_after, restates, system_day
from tracker.extract.targets import TARGET_PARAGRAPH, extend_target, next_target
from tracker.extract.topic_clauses import others_first
from tracker.extract.stage_heads import colon_head, heads_dated_items, inline_head, stage_body
from tracker.extract.sentences import (heads_sentence, is_stage_period, opens_new_duty, schedules_item, split_mixed, split_subjects,
                                       time_node, yearly_step)
from tracker.extract.subjects import MAX_SENTENCE as _MAX_SENTENCE, STAGE_HEAD
from tracker.extract.titles import ITEM_HEADING, passage_title
from tracker.extract.work_list import WorkList, is_item, items, month_due, names_no_work, principles, whole_year
from tracker.extract.yearly_exception import first_year_exception


_SENTENCE = re.compile(r"[^。!?]*(?:[。!?]+|$)")


def _carry_yearly(pieces: list, issued=None) -> list:
    """The pieces of one sentence, each year-less date after a yearly rule recurring with it ("X于每年7月底前…，12月20日前…")."""
    out = []
    for ms, me, hits in pieces:
        hits = first_year_exception(hits, issued)  # "每年6月底前…（2027年…为8月底前）": that year's occurrence moved
        if out and (ruled := [h for h in out[-1][2] if h.deadline.recurrence]) and hits:
            hits = [yearly_step(ruled[-1], h) for h in hits]
        out.append((ms, me, hits))
    return out


class ImplicitDuties:
    """The implicit-duty stage of ``DocumentTasks``."""

    def implicit(self) -> list[ExtractedTask]:
        """The dated duties (and labelled items) outside noted passages, in body order."""
        s = self.nt.norm
        tasks = []
        chain = None  # (task, start, paragraph) of a goals paragraph "到2025年，…" the next one may extend
        listed = self.listed  # "2027年区政府实事项目安排": its items are tasks
        heads = dated_items(s, self.para_spans)
        for i, (pa, pb) in enumerate(self.para_spans):
            k = bisect_right(self.covered_starts, pa) - 1
            if k >= 0 and self.covered[k][1] >= pb:
                continue  # (tested first: cheaper than the tests of the text below)
            para = s[pa:pb]
            if listed and pa == listed[0]:
                continue  # the list's heading ("某区2027年实事项目安排") is no target of its own
            para_hits = [] if isinstance(heads.get(i), Week) else self._due(pa, pb)  # a week plan: its own days
            num = number_text(self.numbers.whole[i])  # numbering(para), read once for every stage
            if not para_hits and not num:
                continue  # no time and no item number (most paragraphs): no step below finds a duty
            if not para or parse_date_line(para) or (len(para) <= 40 and TITLE_WORD.search(para)) \
                    or is_title_line(para) or TITLE_PERIOD.pattern.match(para) \
                    or is_bare_line(para) or is_report_name(para) or is_done_report(para):
                continue
            # One pass over the paragraph: each sentence takes the hits inside it (both
            # are in text order, so one pointer walks the hits), and adjacent sentences
            # with one date each form one group. Hits stay relative to the paragraph.
            n_hits = len(para_hits)
            k = 0
            groups: list[list] = []  # [a, b, hits]
            prev_single = False
            carry, carried = None, set()  # a time clause opening the paragraph, for the sentences after it
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
                if k == j and carry is None and (ms or not num):
                    # No time in the sentence and none carried to it (most sentences): every
                    # path below only ends a run of single-date sentences; with no time left
                    # in the paragraph, so do all the sentences after it.
                    if k == n_hits:
                        break
                    prev_single = False
                    continue
                hits = [] if k < j and no_duty(para, ms, me) else named_day_binds(para_hits[k:j])
                k = j
                hits = system_day(hits)  # "实行月报制度，于每月5日前报送": the system's day
                pieces = _carry_yearly([p for q in split_subjects(para, ms, me, hits) for r in others_first(para, *q)
                                        for p in split_mixed(para, *r)], self.ref)
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
                        hits = time_node(s, a, b, self.ref, self.show) or opening_time(s, a, b, self.ref, self.show, self.dated)
                    if hits and is_bare_sentence(para, ms, me):
                        hits = []  # a headline ("…要办这些大事！"), a signature date before a title
                    if not hits:
                        prev_single = False
                        # "今年11月底前,X要…。Y要…。": Y's sentence is due then too; "以上工作由X牵头"
                        # closes the work instead (closing_units reads it).
                        if carry is not None and ms >= carry[1] and not para.startswith(("以上", "上述"), ms) \
                                and not (para.startswith("由", ms) and ROLE_ONLY.spans(para[ms:me])) \
                                and self.subjects.sentence(a, a + 1, b):
                            carried.add(len(groups))
                            groups.append([a, b, [carry[0]]])
                        else:
                            carry = None
                        continue
                    if groups and groups[-1][1] == a and details_schedule(para, ms, me):
                        groups[-1][1] = b  # "具体报送时间为5月5日、6月5日…": the dates of the duty just stated
                        continue
                    single = len(hits) == 1
                    if single and prev_single and groups[-1][1] == a and self._announced(groups[-1], a, b, hits[0]):
                        groups[-1] = [a, b, list(hits)]  # "议题每个月报送一次。X在每个月20日之前…报送"
                        continue
                    # At most four dated sentences make one duty; a one-sentence schedule of
                    # steps ("一季度…；…四季度…。") may take one closing sentence ("2020年形成…").
                    if single and prev_single and groups[-1][1] == a and (
                            len(groups[-1][2]) < 4 or "。" not in s[groups[-1][0]:groups[-1][1] - 1]) \
                            and self._same_duty(groups[-1], a, b, hits[0], pa):
                        groups[-1][1] = b
                        groups[-1][2].extend(hits)
                    else:
                        groups.append([a, b, list(hits)])
                    # split pieces are duties of their own; a sentence of one-off steps ("一季度…；
                    # 上半年…") may go on with the next dated sentence ("到三季度…") as one more step
                    prev_single = len(pieces) == 1 and (single or not any(h.deadline.recurrence for h in hits))
                    carry = (hits[0], me) if ms == 0 and single and not hits[0].deadline.recurrence \
                        and heads_sentence(para, ms, hits[0].start, hits[0].end) else None
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
                elif listed and listed[1] <= pa < listed[3] and is_item(s, pa, pb):
                    tasks += self._list_items(pa, pb, num, listed)
                elif i in heads and (item := self._head_item(pa, pb, num, heads[i])):
                    tasks.append(item)  # "五月十六日" over "1、…进度(见表9)。": due that day
            body = stage_body(s, self.para_spans, i) if num and groups else None
            if body and self._due(*body) or num and groups and heads_dated_items(
                    s, self.para_spans, i, lambda a, b: self._due(a, b) or time_node(s, a, b, self.ref, self.show)
                    or opening_time(s, a, b, self.ref, self.show, self.dated)):
                continue  # a stage heading over dated duties: they are the tasks
            # "1.目标。2012年起…": the item's heading belongs to the dated sentence right after it.
            head = ITEM_HEADING.match(s, pa, pb) if num and groups else None
            stage = num is None and STAGE_HEAD.match(s, pa, pb) is not None
            unitless: list[ExtractedTask] = []  # the paragraph's duties with no units yet
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
                text_a = pa if head and a == head.end() and not (g and groups[g - 1][1] == a) else inline_head(s, pa, a)
                if a == pa and not num and i:
                    text_a = colon_head(s, self.para_spans, i)  # "1、义诊活动：" over "5月8日，在…"
                if g == 0 and a > pa and schedules_item(s, a, b):
                    a = text_a = pa  # "改建菜市场4家。项目具体实施进度为：…", "…。以上工作要在…前完成": the item first
                units = self.subjects.of_dated(pa, a, b, all_hits) if not body and g not in carried \
                    else self.subjects.sentence(*((a, a + 1, b) if g in carried else (body[0], body[1], body[1])))
                if units and text_a == a > pa and s[a - 1] == "。" and not body and g not in carried:
                    text_a = self._subject_sentence(groups[g - 1][1] if g else pa, a, b, units)
                # "(一)到2025年，…" "(二)到2035年，…": numbered targets chain as unnumbered ones do.
                target = len(groups) == 1 and not units and not rec and deadline is not None \
                    and TARGET_PARAGRAPH.pattern.match(para[self.numbers.whole[i].end():] if num else para) is not None
                if target and chain is not None and deadline > chain[0].deadline and chain[0] is tasks[-1] \
                        and bool(num) == bool(chain[0].number) and next_target(self.para_spans, self.sections, chain[2], i):
                    extend_target(chain[0], self.show(chain[1], text_b), deadline, dtext, ms_, all_hits)
                    continue
                if not units:
                    units = closing_units(self.nt, b, self.problems) \
                        or role_sentence_units(self.nt, b, text_b, self.problems)  # "…。X为责任单位，Y为协办单位。"
                    for t in unitless:  # "每季度…一次，年底前…。A由X负责；B由Y负责。": doers of both
                        t.units = list(units)
                title, _ = passage_title(self.nt, a, b, [(pa + h.start, pa + h.end) for h in all_hits if g not in carried])
                self.order[len(self.order)] = a
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(text_a, text_b), units=units,
                    deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms_,
                    section=self._section(a), number=num if a == pa else None, kind="implicit"))
                unitless = [] if units else [*unitless, tasks[-1]]
                chain = (tasks[-1], text_a, i) if target else None
        return tasks

    def _subject_sentence(self, floor: int, a: int, b: int, units: list) -> int:
        """Where the text of the dated sentence at ``a`` that names no doer starts: at the undated
        sentence right before it (after ``floor``) when that one names its doers, the same ones
        ("X组织…参赛。填写报名表，4月8日前发送至…": X's request is one duty), else at ``a``."""
        s = self.nt.norm
        prev = max(floor, s.rfind("。", floor, a - 1) + 1)
        if a - prev < 6 or a - prev > _MAX_SENTENCE or "|" in s[prev:a] or NUMBERING.match(s[a:a + 12]) or STAGE_HEAD.match(s, a, b) \
                or self._due(prev, a - 1) or self._is_covered(prev, a - 1):
            return a  # (a table's row before, or a new item or stage: another duty's)
        own = self.subjects.sentence(a, b, b)
        before = self.subjects.sentence(prev, a - 1, a - 1)
        return prev if not own and [u.name for u in before] == [u.name for u in units] else a

    def _list_items(self, pa: int, pb: int, num: str, listed: WorkList) -> list[ExtractedTask]:
        """The undated items of a year's or a month's work list in the paragraph ``norm[pa:pb]``."""
        found, s = [], self.nt.norm
        month = month_due(listed, self.ref) if listed.month else None
        units = [ExtractedUnit(self.show(*listed.unit), "responsible")] if month and listed.unit else []
        for a, b in items(s, pa, pb):
            number = NUMBERING.match(s[a:b])
            if names_no_work(s[a + (number.end() if number else 0):b]):
                continue  # "10、完成领导安排的其他工作": no work of its own
            if principles(s[a:b]) or principles(norm(self._section(a) or "")):
                continue  # "(一)指导思想。…", or an item under "一、总体要求": principles, no work
            due = month or (whole_year(s, a, b, listed.year, listed.targets) if listed.year else None)
            title, _ = passage_title(self.nt, a, b)
            self.order[len(self.order)] = a
            found.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=list(units),
                deadline=due[0] if due else None, deadline_text=due[1] if due else None,
                section=self._section(a), number=num if a == pa else None, kind="implicit"))
        return found

    def _head_item(self, pa: int, pb: int, num: str, day: str) -> ExtractedTask | None:
        """An item under a date heading (``date_heads.item_due``), or None."""
        due = item_due(self.nt.norm, pa, pb, day, (self.ref, self.dated), self.show)
        if due is None:
            return None
        title, _ = passage_title(self.nt, pa, pb)
        self.order[len(self.order)] = pa
        return ExtractedTask(doc_no=self.doc.doc_no, title=title, text=self.show(pa, pb), units=self.subjects.sentence(pa, pa + 1, pb), deadline=due[0],
                             deadline_text=due[1], section=self._section(pa), number=num, kind="implicit")

    def _announced(self, group: list, a: int, b: int, hit: Hit) -> bool:
        """Does the previous sentence only announce the recurring report ``norm[a:b]`` states?"""
        last, s = group[2][-1], self.nt.norm
        return len(group[2]) == 1 and bool(hit.deadline.recurrence and last.deadline.recurrence) \
            and restates(s[group[0]:a], last.deadline.text, s[a:b], hit.deadline.text)

    def _same_duty(self, group: list, a: int, b: int, hit: Hit, pa: int) -> bool:
        """May the dated sentence ``norm[a:b]`` join the previous one as a milestone?

        Not when either is a recurring duty, nor when it names a subject of its own that
        differs from the previous sentence's ("各地要于每年1月底前…。X要于10月底前…").
        """
        last = group[2][-1]
        if hit.deadline.recurrence or last.deadline.recurrence or is_report_after(self.nt.norm, pa + hit.end):
            return False  # a recurring duty, or a report of its own ("。并于11月30日前将总结报…")
        if (hit.deadline.precision == "relative") != (last.deadline.precision == "relative"):
            return False  # "…于4月15日前报X。…应在交办之日起10个工作日内…": an event's time is no step
        if opens_new_duty(self.nt.norm, group[0], a, b, pa + hit.start, pa + hit.end, hit.deadline.text):
            return False
        mine = self._subject(a, b, pa + hit.start, pa + hit.end)
        if not mine:
            return True
        return mine == self._subject(group[0], a, pa + group[2][0].start, pa + group[2][0].end)

    def _subject(self, a: int, b: int, due: int, due_end: int) -> frozenset:
        """Names of the subject of the sentence ``norm[a:b]``: before its time phrase, or,
        when the time opens the sentence as a clause of its own ("2019年6月底前，各省份建立…"),
        right after it."""
        mine = self.subjects.names(a, b, due)
        s = self.nt.norm
        if mine or s[due_end:due_end + 1] != "," or s[a:due].strip("于在到至") or due_end + 1 >= b:
            return mine
        return frozenset(u.name for u in self.subjects.sentence(due_end + 1, due_end + 2, b))
