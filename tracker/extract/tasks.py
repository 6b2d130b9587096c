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
from collections import Counter

from tracker.extract.problems import Problem
from tracker.deadlines import parse_deadline
from tracker.extract.dated import Hit, find_due, schedule
from tracker.extract.documents import DocBlock, parse_date_line
from tracker.extract.merge import merge_into_table
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NText, display, norm, numbering
from tracker.extract.notes import Note, find_notes
from tracker.extract.tables import _SEP_ROW, cells, header_map, parse_table
from tracker.extract.titles import is_category, obligation_span, title_from_text
from tracker.extract.subjects import MAX_SENTENCE as _MAX_SENTENCE
from tracker.extract.subjects import Subjects
from tracker.extract.units import unit_list_text

_TERMINAL = "。;!?:)”]》"
_TITLE_WORD = re.compile(r"(通知|意见|方案|办法|规定|细则|决定|计划|要点|规划|纲要|清单|指引|条例|分工表)$")
# What may follow a document's name on its title line: a period, a trial or draft mark.
_TITLE_TAIL = re.compile(
    r"\((?:(?:19|20)\d{2}(?:年|[-—–~至到]{1,2}(?:19|20)\d{2}年?)(?:度)?(?:修订|修订版)?"
    r"|试行|暂行|修订|修订版|修订稿|征求意见稿|送审稿|草案|代拟稿)\)$")
# An item number glued to a year ("4．2022年底前"): the dot would read as a decimal point.
_NUM_BEFORE_DIGIT = re.compile(r"(?:^|(?<=[。;!?\n]))\d{1,3}\.(?=\d)")
_SENTENCE = re.compile(r"[^。!?]*(?:[。!?]+|$)")
_LABEL_LINE = re.compile(r"^(责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|责任科室|牵头科室|"
                         r"责任处室|牵头处室|责任人|责任领导|完成时限|整改时限|时间节点|完成时间|"
                         r"时间要求|时限要求|完成期限|办结时限|截止时间|时间安排)[:：]")
_TITLE_SENTENCE = re.compile(r"[^。;\n]{1,40}?[。;]")
_REF_LINE = re.compile(r"[^\n:。]{0,10}(?:编号|编码|序号|件号):[^\n]*\n")
_CONTENT_LABEL = re.compile(r"(?:事项|工作|任务|主要|具体)?内容:")
_PAGE_NUMBER = re.compile(r"^(?:[-—–~]{1,3}\d{1,4}[-—–~]{1,3}|第\d{1,4}页(?:/?共\d{1,4}页)?)$")


def paragraphs(lines: list[str]) -> list[tuple[str, str]]:
    """Paragraphs of a body as (kind, original text), kind 'text' or 'table'.

    A text paragraph is joined to the next line when the page layout broke it inside a
    sentence: it is long, does not end a sentence, and the next line opens no new item.
    Pieces are collected in lists and joined once, so a paragraph of many thousand
    lines stays linear.
    """
    out: list[tuple[str, list[str]]] = []
    head, length, last = "", 0, ""  # the open text paragraph: start, length, last char
    for line in lines:
        raw = line.rstrip()
        if not raw.strip():
            continue
        if raw.lstrip().startswith("|"):
            if out and out[-1][0] == "table":
                out[-1][1].append("\n" + raw.strip())
            else:
                out.append(("table", [raw.strip()]))
            head, length, last = "", 0, ""
            continue
        n = norm(raw)
        if not n or _PAGE_NUMBER.match(n):
            continue  # a page number between two pages of a table or a paragraph
        if out and out[-1][0] == "text" and _continues(head, length, last, n):
            pieces = out[-1][1]
            glue = " " if pieces[-1][-1:].isascii() and raw.strip()[:1].isascii() else ""
            pieces.append(glue + raw.strip())
            if len(head) < _HEAD:
                head = (head + n)[:_HEAD]
            length += len(n)
            last = n[-1]
            continue
        out.append(("text", [raw.strip()]))
        head, length, last = n[:_HEAD], len(n), n[-1]
    return [(kind, "".join(pieces)) for kind, pieces in out]


_HEAD = 100  # enough of a paragraph's start for every test in _continues


def _steps_before(hits: list[Hit], dl, note_text: str):
    """Milestones of a passage whose text names earlier dates than its note's deadline
    ("…一期要于N月N日前开工。完成时限：N月底前全部投产"): each earlier date is a step,
    the note's date the last one. Empty when the text names no earlier date."""
    earlier = [h for h in hits if h.deadline.date and not h.deadline.recurrence
               and h.deadline.date < dl.date]
    if not earlier:
        return []
    _, _, _, ms = schedule(earlier + [Hit(0, 0, dl, clause=note_text)])
    return ms


# A clause that hands a duty to other units ("，X牵头，Y配合，…", "，由X负责…").
_ROLE_OPEN = re.compile(r"(?:由)?([^,;。]{2,40}?)(?:牵头|负责)(?!单位|部门|人|同志)")


def _split_subjects(para: str, ms: int, me: int, hits: list):
    """Pieces of a sentence whose later clause gives a new dated duty to other units:
    "X要在N月N日前实现…，Y牵头，Z配合，N年上半年上线…" holds two tasks. The cut is the
    comma before the role clause, and only where dates lie on both sides of it."""
    if len(hits) < 2:
        return [(ms, me, hits)]
    pieces, start, k = [], ms, 0
    for i in range(len(hits) - 1):
        lo, hi = hits[i].end, hits[i + 1].start
        c = para.find(",", lo, hi)
        while c >= 0:
            m = _ROLE_OPEN.match(para, c + 1, hi)
            if m and unit_list_text(m.group(1)):
                pieces.append((start, c + 1, hits[k:i + 1]))
                start, k = c + 1, i + 1
                break
            c = para.find(",", c + 1, hi)
    pieces.append((start, me, hits[k:]))
    return pieces


def _split_mixed(para: str, ms: int, me: int, hits: list):
    """The sentence ``para[ms:me]`` as (start, end, hits) pieces: split at ；/; when it
    holds both a recurring and a one-off time phrase ("要于3月底前制定…；要于每月10日前
    报送…"): two duties, never milestones of one."""
    if len(hits) < 2 or not any(h.deadline.recurrence for h in hits) \
            or all(h.deadline.recurrence for h in hits):
        return [(ms, me, hits)]
    pieces, start, k = [], ms, 0
    for cut in [i + 1 for i in range(ms, me) if para[i] == ";"] + [me]:
        j = k
        while j < len(hits) and hits[j].end <= cut:
            j += 1
        if j > k or cut == me:
            pieces.append([start, cut, hits[k:j]])
            start, k = cut, j
        elif pieces:
            pieces[-1][1] = cut
            start = cut
    return [tuple(p) for p in pieces if p[1] > p[0]]


def is_title_line(line_norm: str) -> bool:
    """True for a line that is only a document's name: "…行动方案（2021—2023年）",
    "《…实施细则（试行）》". Such a line opens an annexed plan; it is never a task."""
    if len(line_norm) > 80 or re.search(r"[。;,:!?]", line_norm):
        return False
    name = line_norm.strip("《》")
    while True:
        m = _TITLE_TAIL.search(name)
        if not m:
            break
        name = name[:m.start()].rstrip("》")
    return bool(_TITLE_WORD.search(name)) and len(name) <= 60


def _continues(head: str, length: int, last: str, cur: str) -> bool:
    """Does line ``cur`` continue the paragraph that starts with ``head``?"""
    if length < 16 or last in _TERMINAL or _LABEL_LINE.match(head):
        return False
    if length <= 40 and numbering(head) and "。" not in head:
        return False
    if length <= 80 and ((length <= 40 and _TITLE_WORD.search(head)) or is_title_line(head)):
        return False
    if numbering(cur) or parse_date_line(cur) or cur.startswith(("附件", "|")):
        return False
    return True


_ANNEX_HEAD = re.compile(r"^附件[\d一二三四五六七八九十]{0,3}$")
_ANNEX_LIST = re.compile(r"^附件[\d一二三四五六七八九十]{0,3}[:：]")


def _blank_form(table: str) -> bool:
    """A table to fill in (a form): no task-table header, and a data row left empty."""
    rows = [cells(ln) for ln in table.split("\n") if ln.strip() and not _SEP_ROW.match(ln.strip())]
    if not rows or any(header_map(r) for r in rows):
        return False
    return len(rows) == 1 or any(not any(c for c in r) for r in rows[1:])


def drop_annex_forms(paras: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Paragraphs without the list of annexes ("附件：1．…  2．…") and without annexed
    blank forms (a "附件N" heading whose part holds a form to fill in: its title, its
    table and its notes restate, at most, duties of the body)."""
    out: list[tuple[str, str]] = []
    in_list = False
    for kind, text in paras:
        n = norm(text) if kind == "text" else ""
        if kind == "text" and _ANNEX_LIST.match(n) and len(n) <= 80 and "。" not in n:
            in_list = True
            continue
        if in_list and kind == "text" and numbering(n) and len(n) <= 60 and "。" not in n:
            continue
        in_list = False
        out.append((kind, text))
    heads = [i for i, (k, t) in enumerate(out) if k == "text" and _ANNEX_HEAD.match(norm(t))]
    drop: set[int] = set()
    for h, start in enumerate(heads):
        end = heads[h + 1] if h + 1 < len(heads) else len(out)
        part = range(start, end)
        if any(out[i][0] == "table" and _blank_form(out[i][1]) for i in part):
            drop.update(part)
    return [p for i, p in enumerate(out) if i not in drop] if drop else out


class DocumentTasks:
    """Finds the tasks of one document; ``run()`` returns them."""

    def __init__(self, doc: DocBlock, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        paras = drop_annex_forms(paragraphs(doc.lines))
        self.tables = [p for k, p in paras if k == "table"]
        texts = [p for k, p in paras if k == "text"]
        self.nt = NText("\n".join(texts))
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
                if re.match(r"[一二三四五六七八九十百]+、", head):
                    first = head.split("。", 1)[0]
                    if len(first) <= 40:
                        current = self.show(a, a + len(first))
            self.sections.append(current)

    def _is_covered(self, a: int, b: int) -> bool:
        k = bisect_right(self.covered_starts, b) - 1
        while k >= 0:
            ca, cb = self.covered[k]
            if cb <= a:
                return False
            if ca < b and a < cb:
                return True
            k -= 1
        return False

    def _title(self, a: int, b: int, due: list[tuple[int, int]] = ()) -> tuple[str, str | None]:
        """(title, item number) of the passage ``norm[a:b]``; ``due`` are the absolute
        spans of its due phrases, so a leading time phrase is left out of the title."""
        while a < b and self.nt.norm[a] == "\n":
            a += 1
        s = self.nt.norm[a:min(b, a + 80)]
        num = numbering(s)
        off = 0
        if num:
            m = re.match(r"^[^\u4e00-\u9fff]*?" + re.escape(num) + r"[、.:]?", s)
            off = m.end() if m else len(num)
        p = a + off
        # A 督办-style item opens with its reference ("督办件编号：…") and labels its
        # content ("事项内容："): the title is the content, not the number.
        ref = _REF_LINE.match(self.nt.norm, p, b)
        if ref:
            p = ref.end()
            label = _CONTENT_LABEL.match(self.nt.norm, p, b)
            p = label.end() if label else p
        start, end = obligation_span(self.nt.norm, p, b, due)
        if num and start == p:
            m = _TITLE_SENTENCE.match(self.nt.norm, start, min(b, start + 80))
            if m:  # an item heading: "（一）加强组织领导。"
                return self.show(start, m.end() - 1), num
        return self.show(start, end), num

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
            title, num = self._title(start, note.start, [(scan + h.start, scan + h.end) for h in hits])
            text = self.show(start, note.start)
            if note.deadline_text:
                dl = parse_deadline(note.deadline_text, self.doc.issued)
                _, _, _, ms = schedule(hits)
                # "时间要求：6月30日前完成排查，11月底前完成治理": steps of the note itself.
                if re.search(r"[,;、]", note.deadline_text):
                    _, _, _, note_ms = schedule(find_due(note.deadline_text, self.doc.issued))
                    ms = note_ms or ms
                elif dl and dl.date and not dl.recurrence:
                    ms = _steps_before(hits, dl, note.deadline_display) or ms
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
        return find_due(text, self.doc.issued, self._shower(a))

    def _shower(self, offset: int):
        return lambda a, b: self.show(offset + a, offset + b)

    # -- implicit dated duties -------------------------------------------------------
    def implicit(self) -> list[ExtractedTask]:
        s = self.nt.norm
        tasks = []
        for pa, pb in self.para_spans:
            para = s[pa:pb]
            if not para or parse_date_line(para) or (_TITLE_WORD.search(para) and len(para) <= 40) \
                    or is_title_line(para):
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
                hits = para_hits[k:j]
                k = j
                pieces = [p for q in _split_subjects(para, ms, me, hits) for p in _split_mixed(para, *q)]
                for ms, me, hits in pieces:
                    a, b = pa + ms, pa + me
                    if (covered and self._is_covered(a, b)) or me - ms > _MAX_SENTENCE:
                        prev_single = False  # covered by a note, or junk / a layout accident
                        continue
                    if ms == 0 and not hits and num:
                        hits = self._time_node(a, b)
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
                    prev_single = single
            if not groups and num and not (covered and self._is_covered(pa, pb)):
                labelled = self.subjects.label(pa)
                if labelled:
                    # "9. X、Y：开展…，每学期不少于2次": a label assigns the item, so it is a
                    # duty even without a date (the label reads like a 责任单位 note).
                    title, _ = self._title(pa, pb)
                    self.order[len(self.order)] = pa
                    tasks.append(ExtractedTask(
                        doc_no=self.doc.doc_no, title=title, text=self.show(pa, pb), units=labelled,
                        section=self._section(pa), number=num, kind="annotated"))
            for a, b, all_hits in groups:
                deadline, dtext, rec, ms_ = schedule(all_hits)
                text_b = pb if num and a == pa else b  # a dated item heading: the whole item
                title, _ = self._title(a, b, [(pa + h.start, pa + h.end) for h in all_hits])
                self.order[len(self.order)] = a
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(a, text_b),
                    units=self.subjects.of_dated(pa, a, b, all_hits),
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
        mine = self.subjects.names(a, b, pa + hit.start)
        if not mine:
            return True
        return mine == self.subjects.names(group[0], a, pa + group[2][0].start)

    def _time_node(self, a: int, b: int) -> list[Hit]:
        """A time node closing an item heading: "（一）建立工作机制（2021年8月）。".

        Read leniently (a node already past at issue is still a step of the plan).
        """
        m = re.search(r"\(([^()]{2,24})\)。?$", self.nt.norm[a:b])
        if not m:
            return []
        dl = parse_deadline(m.group(1), self.doc.issued)
        if dl is None or dl.date is None:
            return []
        return [Hit(m.start(1), m.end(1), dl, self.show(a + m.start(1), a + m.end(1)))]

    # -- tables ------------------------------------------------------------------------
    def table_tasks(self) -> tuple[list[ExtractedTask], list[str]]:
        """Tasks of the document's task tables, and each row's task-name cell.

        A name shared by several rows with goals of their own, or a name that is a
        category ("新材料产业"), says too little on a card: the title is then cut from
        the row's goal and the name joins the section as context.
        """
        tasks, names = [], []
        for block in self.tables:
            rows = parse_table(block.split("\n"), self.problems)
            shared = Counter(norm(row.title) for row in rows if row.title)
            for row in rows:
                dl = parse_deadline(row.deadline_norm, self.doc.issued) if row.deadline_norm else None
                hits = find_due(norm(row.text), self.doc.issued)
                _, _, _, ms = schedule(hits)
                if row.deadline_norm and re.search(r"[,;、]", row.deadline_norm):
                    # "N年6月底前完成方案，12月底前建成": steps in the deadline cell.
                    _, _, _, cell_ms = schedule(find_due(row.deadline_norm, self.doc.issued))
                    ms = cell_ms or ms
                name, section = row.title, row.section
                title = name or title_from_text(row.text, self.doc.issued)
                n_name = norm(name)
                if name and row.text and norm(row.text) != n_name \
                        and (shared[n_name] > 1 or is_category(n_name)):
                    title = title_from_text(row.text, self.doc.issued) or name
                    section = f"{section}／{name}" if section else name
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=row.text,
                    units=row.units, deadline=dl.date if dl else None,
                    deadline_text=row.deadline_display, recurrence=dl.recurrence if dl else None,
                    milestones=ms, section=section, number=row.number, kind="table"))
                names.append(name or title)
        return tasks, names

    def run(self) -> list[ExtractedTask]:
        """All tasks of the document, body passages merged into table rows they restate."""
        notes = find_notes(self.nt, self.problems)
        annotated = self.annotated(notes)
        implicit = self.implicit()
        body = list(enumerate(annotated + implicit))
        body.sort(key=lambda item: self.order.get(item[0], 0))
        ordered = [t for _, t in body]
        table, names = self.table_tasks()
        if table:
            ordered = merge_into_table(table, ordered, names)
            self._keep_restating_paragraphs(table, names)
        return ordered + table

    def _keep_restating_paragraphs(self, table: list[ExtractedTask], names: list[str]) -> None:
        """A row with no text of its own keeps the body paragraph that states its task
        word for word, even when that paragraph is no task by itself (no note, no date):
        the body's wording is what the clerk recognises."""
        s = self.nt.norm
        counts = Counter(names)
        for t, name in zip(table, names):
            n = norm(name)
            # A name shared by sub-rows names a group, not one row's task.
            if len(n) < 8 or counts[name] > 1 or (t.text and norm(t.text) != norm(t.title)):
                continue
            i = s.find(n)
            while i != -1:
                line = s.rfind("\n", 0, i) + 1
                if not s.startswith("|", line):
                    # The sentence that states it, not the whole paragraph (which may
                    # state other duties as well).
                    a = max(line, s.rfind("。", line, i) + 1)
                    stops = [j for j in (s.find("。", i), s.find("\n", i)) if j != -1]
                    body = self.show(a, min(stops) + 1 if stops else len(s))
                    t.text = f"{t.text}\n{body}" if t.text else body
                    break
                i = s.find(n, i + 1)
