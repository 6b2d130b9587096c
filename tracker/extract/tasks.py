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

This module holds ``DocumentTasks``: the paragraph index every stage reads, and ``run()``,
which puts the stages together. Step 2 is in task_annotated.py, step 3 in task_implicit.py
(both mixed into ``DocumentTasks``), step 4 in table_tasks.py and merge.py.
"""

from __future__ import annotations

import re
from itertools import repeat
from bisect import bisect_left, bisect_right
from functools import cached_property
from datetime import date

from tracker.deadline_rules import MASTER_SCAN
from tracker.extract.advance import advance_hits, may_advance
from tracker.extract.nth_weekday import may_count_weekday, weekday_hits
from tracker.extract.campaign import bind_period
from tracker.extract.contact_lines import drop_contact_lines
from tracker.extract.standing_duties import drop_standing
from tracker.extract.conventions import first_listed_leads, lead_once
from tracker.extract.dated import Hit, find_due
from tracker.extract.due_memo import DueMemo
from tracker.extract.date_rows import rebuild_date_rows, split_inline
from tracker.extract.paired_cells import pair_cells
from tracker.extract.documents import DocBlock
from tracker.extract.field_blocks import FieldBlocks
from tracker.extract.flat_tables import unflatten
from tracker.extract.town_pipes import town_pipes
from tracker.extract.event_days import arrivals, object_periods
from tracker.extract.headlines import drop_headline
from tracker.extract.holiday_eve import holiday_start, on_eve
from tracker.extract.item_lists import AnnouncedItems
from tracker.extract.label_due import LabelDuties
from tracker.extract.merge import merge_into_table
from tracker.extract.report_duty import once_each
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NText, display, norm
from tracker.extract.notes import find_notes
from tracker.extract.paragraphs import drop_annex_forms, kept_fold, paragraphs
from tracker.extract.para_numbers import ParagraphNumbers
from tracker.extract.page_dates import masks_years, opening_date
from tracker.extract.replies import drop_messages, replier_units
from tracker.extract.recurrence_start import in_force, system_start
from tracker.extract.daily_days import daily_days, daily_days_listed, listed_occurrences
from tracker.extract.stated_days import after_new_year, autumn_term, days_with_years, posting_present, stated_years, yearly_next
from tracker.extract.problems import Problem
from tracker.extract.quota_rows import quota_rows
from tracker.extract.year_list import bind_plan_period, bind_year
from tracker.extract.periods import after_posting, counted, period_start, reference_date
from tracker.extract.subjects import Subjects
from tracker.extract.table_tasks import keep_item_headings, keep_restating_paragraphs, table_tasks
from tracker.extract.task_annotated import AnnotatedPassages
from tracker.extract.task_assigned import AssignedClauses
from tracker.extract.task_campaign import CampaignDuties
from tracker.extract.task_divided import DividedDuties
from tracker.extract.task_handin import HandInItems
from tracker.extract.task_headed import HeadedGroups
from tracker.extract.task_implicit import ImplicitDuties
from tracker.extract.task_window import WindowDuties
from tracker.extract.task_stages import StageItems
from tracker.extract.work_list import list_start


_NUM_BEFORE_DIGIT = re.compile(r"(?:^|(?<=[。;!?\n]))\d{1,3}\.(?=\d)")
# What every match of it holds: a search opening with a digit class jumps from digit to
# digit, where the pattern above, opening with a lookbehind, is tried at every character.
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")

# A page that is all table is read against the year its cells name, but not a "2026年度" the
# work is about: a schedule handles the awards or the reports of the year before.
_YEAR_OF_WORK = re.compile(r"(?:19|20)\d{2}年度")

_TOP_LEVEL_NUMBER = re.compile(r"[一二三四五六七八九十百]+、")

# The year in a document's own number ("某政办发〔2027〕33号"): the year it was issued.
_NUMBER_YEAR = re.compile(r"[\[〔［【(（]((?:19|20)\d{2})[\]〕］】)）]")


def _numbered_year(doc_no: str | None) -> date | None:
    """1 January of the year a document's own number names: a notice with no issue date that
    collects next year's fees ("征收2028年度…") is still read in the year it was numbered."""
    m = _NUMBER_YEAR.search(doc_no or "")
    return date(int(m.group(1)), 1, 1) if m else None


class DocumentTasks(HeadedGroups, AnnotatedPassages, ImplicitDuties, CampaignDuties, DividedDuties, LabelDuties,
                    AnnouncedItems, AssignedClauses, FieldBlocks, StageItems, WindowDuties, HandInItems, DueMemo):
    """Finds the tasks of one document; ``run()`` returns them."""

    def __init__(self, doc: DocBlock, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        lines = town_pipes(unflatten(doc.lines, doc.nlines))  # "| 街镇 | 3月底前完成30% | …"
        # (Tests over every line by C-level maps and one joined text: a generator step per
        # line of a long body cost more.)
        if any(map(str.endswith, lines, repeat("|"))):
            lines = pair_cells(lines)  # "1、起草方案" / "2、组建机构 |" then "2029.1—3" / "2029.2—4 |"
        if "\n".join(lines).count("月") >= 4:  # "3月1日—4月4日" / "招生工作会" / "张某": a schedule's rows
            cut = split_inline(lines)
            lines = rebuild_date_rows(cut, doc.nlines if cut is doc.lines and doc.nlines else [norm(ln) for ln in cut])
        paras = paragraphs(lines, doc.nlines if lines is doc.lines else None, doc.folds, folded := [])
        # The text paragraphs are normalized once, together, from their lines' folds: the annex
        # check reads each one's slice, and when it drops no text the same NText is the body's.
        texts = [p for k, p in paras if k == "text"]
        nt = NText("\n".join(texts), ("\n".join(folded), True) if folded and len(folded) == len(texts) else None)
        norms = nt.norm.split("\n") if texts else []
        paras = drop_annex_forms(paras, norms if len(norms) == len(texts) else None)
        self.tables = [p for k, p in paras if k == "table"]
        kept = [p for k, p in paras if k == "text"]
        self.nt = nt if len(kept) == len(texts) else NText("\n".join(kept), kept_fold(texts, folded, kept))
        self.para_spans = []
        start = 0
        for piece in self.nt.norm.split("\n"):
            self.para_spans.append((start, start + len(piece)))
            start += len(piece) + 1
        self.covered: list[tuple[int, int]] = []
        self.covered_starts: list[int] = []
        self._index_paragraphs()
        self.order: dict[int, int] = {}  # creation index -> position, for body order
        self.subjects = Subjects(self.nt, dict(self.para_spans), problems, self.numbers)
        # Year-less dates are read against the issue date, else the year of the document's own
        # number, else the year the text names.
        # A page with no issue date opening with its meeting's or its document's date is dated by it.
        # (The opening line may have been read as the page's title.)
        met = opening_date(self.nt.norm) or opening_date(norm(doc.title or "")) if doc.issued is None else None
        # A body naming no year of its own is read against the year its title names
        # ("2027年某区重点工作及责任清单" over rows due "全年", "6月底前").
        self.ref = doc.issued or met or _numbered_year(doc.doc_no) or reference_date(self.nt.norm) or reference_date(norm(doc.title or "")) \
            or (date(doc.page_day.year, 1, 1) if doc.page_day and not masks_years(self.nt.norm) else None) \
            or (reference_date(_YEAR_OF_WORK.sub("", norm("\n".join(self.tables)))) if self.tables else None)
        self.dated = doc.issued is not None or met is not None
        # A page posted in the year it is read against: its festivals are those after the posting.
        self.posted = doc.page_day if not self.dated and self.ref and doc.page_day \
            and self.ref.year == doc.page_day.year else None
        self.period_start = period_start(self.nt.norm)
        self.started = system_start(self.nt.norm, self.ref) if "制度" in self.nt.norm else None  # "2012年起5年内": later "N年内" count from it
        if self.started is None:
            # A regulation in force from a stated day after its issue (or on a page with no issue
            # date): its recurring duties, of any frequency, are due from that day on.
            force = in_force(self.nt.norm)
            self.started = (force, None) if force and (not self.dated or self.ref is None or force > self.ref) else None
        self.holiday = holiday_start(self.nt.norm, self.ref) \
            if any(w in self.nt.norm for w in ("放假", "轮休", "节前", "节日前", "为寒假", "为暑假")) else None  # "放假前": its eve
        self.days = None if self.dated else days_with_years(self.nt.norm)  # no issue date: the page's own years
        # "2027年秋学期…于1月4日前": that January is 2028's.
        self.autumn = None if self.dated else autumn_term(self.nt.norm) or autumn_term(norm(doc.title or ""))

    @cached_property
    def listed(self) -> tuple[int, int, int, int] | None:
        """The first work-list heading (``work_list.list_start``; or the page's title), read once."""
        return list_start(self.nt.norm, self.para_spans, norm(self.doc.title) if self.doc.title else None)

    def show(self, a: int, b: int) -> str:
        return display(self.nt.orig_slice(a, b))

    def _para_index(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def _section(self, pos: int) -> str | None:
        return self.sections[self._para_index(pos)]

    def _index_paragraphs(self) -> None:
        """Paragraph starts, the number opening each paragraph, numbered-paragraph starts and
        the top-level section of each."""
        s = self.nt.norm
        self.para_starts = [a for a, _ in self.para_spans]
        self.numbers = ParagraphNumbers(s, self.para_spans)
        self.numbered_starts = []
        self.sections = []
        current = None
        for k, (a, b) in enumerate(self.para_spans):
            if self.numbers.window(k, 60):
                head = s[a:min(b, a + 60)]
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

    def _sort_covered(self) -> None:
        pairs = sorted(self.covered)
        self.covered, self.covered_starts = pairs, [a for a, _ in pairs]

    @cached_property
    def _anchors(self) -> list[int] | None:
        """Where the body holds a character every deadline phrase holds (MASTER_SCAN's anchors)."""
        return MASTER_SCAN.anchor_starts(self.nt.norm)

    def _read_due(self, a: int, b: int) -> list[Hit]:
        """Due dates in ``norm[a:b]``; item numbers glued to a year are masked first (``_due``: kept per span)."""
        anchors = self._anchors
        if anchors is not None:
            k = bisect_left(anchors, a)
            if (k == len(anchors) or anchors[k] >= b) and not may_advance(self.nt.norm, a, b):
                return []  # no deadline phrase can lie here (most paragraphs of a plan)
        text = self.nt.norm[a:b]
        # The body's anchors in the span: the deadline scan need not look for them again.
        own = None if anchors is None else [x - a for x in anchors[k:bisect_left(anchors, b, k)]]
        if "." in text and _DIGIT_DOT_DIGIT.search(text):
            text = _NUM_BEFORE_DIGIT.sub(lambda m: " " * len(m.group()), text)
            own = None  # (masked: the scan reads the text anew)
        hits = find_due(text, self.ref, self._shower(a), self.dated, self.started, self.nt.folded, own)
        if not hits and not daily_days_listed(text) and not may_advance(text) \
                and not may_count_weekday(text):
            # No phrase (most spans holding an anchor): the steps below only map the hits they
            # are given, but for those that add one where none was found (daily_days,
            # advance_hits, weekday_hits), each named here by its own test.
            return hits
        hits = arrivals(text, object_periods(text, yearly_next(text, after_new_year(stated_years(hits, text, a, self.days), self.autumn), self.dated and self.ref)))
        hits = daily_days(text, hits, self.ref, self._shower(a))  # "每日(9月19日-21日)下午3时前报…"
        hits = listed_occurrences(text, hits, self.ref, self._shower(a))  # "每周报送，即3月3日、10日…"
        hits = posting_present(hits, None if self.dated else self.doc.page_day)  # "今年" of a news page
        hits = advance_hits(text, hits, self._shower(a))  # "提前一周报校工会", "考试结束后，各系将…": an undated event
        hits = weekday_hits(text, hits, self.ref, self.dated, self._shower(a))  # "每月的最后一个星期三"
        return on_eve(after_posting(counted(hits, self.period_start), self.posted),
                      self.holiday)

    def _shower(self, offset: int):
        return lambda a, b: self.show(offset + a, offset + b)

    def run(self) -> list[ExtractedTask]:
        """All tasks of the document, body passages merged into table rows they restate."""
        notes = find_notes(self.nt, self.problems)
        headed, notes = self.headed(notes)  # "（一）X牵头的工作": items under a lead's heading
        annotated = headed + self.annotated(notes)
        self._sort_covered()
        annotated += self.announced_items()  # "这十件民生实事分别是：A；B；…": each item a task
        self._sort_covered()
        annotated += self.assigned()  # "由X牵头，Y配合，…；由Z负责…": a series of handed-out duties
        self._sort_covered()
        annotated += self.field_blocks()  # "（一）X活动" over "1.活动时间：…" "2.组织单位：…"
        self._sort_covered()
        annotated += self.stage_items()  # "（三）巩固阶段（12月1日至31日）" over undated "1.…" "2.…"
        self._sort_covered()
        implicit = self.implicit()
        implicit += self.campaign_duties(implicit)  # "2、各乡镇组织…" under "一、活动时间…"
        implicit += self.spell_duties(implicit)  # "预报12日至14日有暴雨…。各乡镇要…": due when the spell ends
        implicit = self.window_duties(annotated, implicit)  # "二、活动时间" over "…。各乡镇也要组织…"
        implicit += self.divided_duties(annotated + implicit)  # "1、X负责…。2、Y负责…。3、Z派员…"
        implicit = once_each(bind_period(self.nt, self.ref, annotated, implicit, self.year_told))
        implicit = self.label_duties(implicit)  # "一、报送时间" / "…前" over "请各部门将…报送…"
        implicit = self.hand_in_items(implicit)  # "…前报送。具体要求如下：" over "（一）请X…"
        ordered = [t for _, t in sorted(enumerate(annotated + implicit), key=lambda item: self.order.get(item[0], 0))]
        table, names = table_tasks(self.doc, self.tables, self.problems, self.ref)
        if table:
            ordered = merge_into_table(table, ordered, names)
            keep_restating_paragraphs(self.nt, table, names)
            keep_item_headings(self.nt, table)
        first_listed_leads(self.nt.norm, ordered + table)  # "（列第一位者为牵头单位，下同）"
        lead_once(ordered + table)  # "牵头单位：X。责任单位：X、Y。": X leads, once
        bind_year(norm(self.doc.title or ""), self.doc.nlines or [], ordered + table, self.ref)  # "2027年度十件民生实事"
        bind_plan_period(norm(self.doc.title or ""), self.ref, table)  # "…行动方案（2027-2029年）"
        table += quota_rows(self.doc.lines, self.doc.doc_no, ordered + table, self.doc.title)  # "甲镇 | 2150 |" under "2027年任务分解表"
        tasks = drop_headline(self.doc.doc_no, self.doc.title, self.doc.lines, ordered + table)  # "某地：…3月底集中开工"
        tasks = drop_messages(self.doc.lines, tasks, self.doc.nlines)  # "网友留言：…" before "官方回复："
        replier_units(self.doc.title, self.doc.lines, tasks, self.doc.nlines)  # "答复单位：X" over "预计年底完工"
        tasks = drop_standing(drop_contact_lines(self.doc.lines, tasks))  # "联系人：…"; "三、工作职责" items
        # A page that is its table keeps its bare rows: they are all it says.
        return [t for t in tasks if not _listing_row(t)] if "。" in self.nt.norm else tasks


# A time cell holding bare month numbers ("4", "4-6"): a month column of a plan, no date read (a
# date that lost its characters, "2027915", is no month number).
_BARE_NUMBERS = re.compile(r"(?:\d{1,2}(?:\s*[-—~至、,]\s*\d{1,2})*)?")


def _listing_row(t: ExtractedTask) -> bool:
    """Is ``t`` a table row that, after every stage, names neither who does it nor when?
    Under a body that states the duties, such a row lists (an issuer's own activity plan
    "职工乒乓球比赛 | 4", a form's blank lines, a download link) rather than hands out work."""
    return t.kind == "table" and not t.units and t.deadline is None and not t.recurrence \
        and not t.milestones and _BARE_NUMBERS.fullmatch(t.deadline_text or "") is not None
