"""Announced lists of one year's 实事 or 工程: a sentence names the list, then gives its items.

News of a 人代会 and its 公告 publish the year's 民生实事 (为民办实事, 十大工程) in one of
three shapes, mostly with no unit and no date of their own:

- inline, in the sentence that names the list: "这十件民生实事分别是：A；B；…；J。",
  "…集中办好十件实事：一是…；二是…；…十是…。", or "分别是A、B、…、J。" (split at 、 only when
  the pieces are as many as the list says);
- numbered, in the paragraphs after a sentence ending in a colon: "确定以下10项为2027年
  民生实事项目：" then "1.…；" "2.…；" (or 一、 （一） "1 " …); a top item holding
  numbered sub-items ("三、…。" then "（一）…（二）…") is their heading, not an item;
- after a short sentence handing over ("…办好12件实事。具体包括：" / "。分别是："): numbered
  items, or as many unnumbered lines as the list says, one per paragraph, or lines each opening
  with the item's name and a colon ("甲项目：…"), which the naming paragraph may date by name.

Two rarer shapes: a numbered heading naming the list's contents over numbered items
("一、纳入民生实事项目管理的内容" then "（一）…"), and names written before the words that make
them the year's list ("…选出了A、B、C等10个项目确定为今年的民生实事").

Each item is a task with no unit, due at the end of the year the list is announced for
(the year written in or before the naming sentence, or 今年, else in a sentence naming the
same list just after the items: a page's headline printed below its body); with no year it stays
undated. The naming sentence, and a sentence of the paragraph before it announcing the same
list ("2027年某县将办好十件民生实事。"), are no tasks of their own. A sentence reporting
on a list ("去年十件实事全部完成：…"), a call for proposals (征集, 候选) and a list whose
items carry responsibility notes (read by the annotated stage) are not this family, but a
report on the list's progress item by item ("2027年,区城管委共承办…实事项目7项,具体项目进展情况如下:",
each numbered item followed by its "进展情况:" account) still gives the year's items, of the unit it names.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.model import ExtractedTask
from tracker.extract.list_items import (ASIDE as _ASIDE, category_items, closed_lines, item_number, line_items,
                                         lone_numbered_lines, named_runs, numbered_items, numeral_value, split_items, titled_items)
from tracker.extract.list_named import (COUNT as _COUNT, LIST_NAME as _LIST_NAME, NOT_ANNOUNCED as _NOT_ANNOUNCED,
                                        SENTENCE as _SENTENCE, THIS_YEAR as _THIS_YEAR, YEAR as _YEAR, AnnouncedList,
                                        chosen_lists, list_year as _year, named_before_lists, names_list as _names_list,
                                        sentence_start as _sentence_start)
from tracker.extract.list_paragraphs import LABEL as _LABEL, headed_list, labelled_list
from tracker.extract.list_rules import LIST_CATEGORIES, LIST_CLOSING, LIST_CONTENTS, LIST_HEADING, LIST_INTRO
from tracker.extract.target_sentence import target_sentences
from tracker.extract.titles import passage_title
from tracker.extract.units import parse_unit_list


_STOP = re.compile(r"[;。]")
_CLAUSE_END = re.compile(r"[,;。]")
_SECTION = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、]")
_ANNOUNCED_BEFORE = 3  # paragraphs before the naming sentence that may announce the list
_CLOSING_WIDTH = 200  # the longest closing sentence read (a 人代会 report's opening one)
# Every match of the four rules holds one of these (tests/test_extract_speed_guards.py): a paragraph without is passed over.
LIST_NOUNS = ("实事", "工程", "项目", "预期", "指标")
# Every match of LIST_INTRO holds one of these (the words handing over to the items): it is not tried without.
LIST_HANDOVER = ("即", ":", "——", "分别", "一是", "如下", "方案为", "包括")
# Each set as one search (one C call per paragraph, where a find per word cost more).
_ANY_NOUN = re.compile("|".join(map(re.escape, LIST_NOUNS)))
_ANY_HANDOVER = re.compile("|".join(map(re.escape, LIST_HANDOVER)))


def announced_lists(s: str, para_spans: list[tuple[int, int]], ref_year: int | None) -> list[AnnouncedList]:
    """The announced lists of the normalized text ``s`` (paragraphs ``para_spans``)."""
    found: list[AnnouncedList] = []
    for k, (pa, pb) in enumerate(para_spans):
        taken = found[-1].items[-1][1] if found else 0  # a heading among a list's items names none
        if pa < taken or _ANY_NOUN.search(s, pa, pb) is None:
            continue
        hands_over = _ANY_HANDOVER.search(s, pa, pb) is not None
        spans = LIST_INTRO.spans(s, pa, pb) if hands_over else []
        spans += LIST_HEADING.spans(s, max(pa, pb - 40), pb)
        spans += LIST_CATEGORIES.spans(s, pa, pb) + LIST_CONTENTS.spans(s, pa, pb)
        lists = _read_spans(s, para_spans, k, spans, ref_year, taken) if spans else []
        if not lists:
            # "…公布了今年的十件民生实事。" closing its paragraph, items after it; also when the
            # spans above named no list (a headline run into the body: "…实事”出炉原标题:…")
            end = max(s.rfind(ch, pa, pb - 1) for ch in "。!?")
            closing = LIST_CLOSING.spans(s, max(pa, end + 1, pb - _CLOSING_WIDTH), pb)
            lists = _read_spans(s, para_spans, k, closing, ref_year, taken) if closing else []
        if not lists and s.endswith(":", pa, pb):
            lists = labelled_list(s, para_spans, k, ref_year)
        elif not lists and s.endswith("。", pa, pb):
            lists = headed_list(s, para_spans, k, ref_year)
        found += lists
    return found


def _read_spans(s: str, para_spans: list[tuple[int, int]], k: int, spans: list, ref_year: int | None,
                taken: int) -> list[AnnouncedList]:
    """The lists named by ``spans`` of paragraph ``k`` (none before ``taken``, the end of the last
    list's items), each with its items and the sentences announcing it."""
    pa, pb = para_spans[k]
    found = []
    if len(spans) > 1:  # (most paragraphs have none)
        spans.sort(key=lambda x: x.start)
    for n, span in enumerate(spans):
        if span.start < taken:
            continue  # inside the items of a list just read (a second list may follow them)
        stop = _STOP.search(s, span.end, pb)
        if n + 1 < len(spans) and spans[n + 1].start < (stop.start() if stop else pb):
            continue  # "…公告如下：某市2027年民生实事项目：1.…": the second names the list
        start = _sentence_start(s, pa, span.start)
        clause = s[start:span.end]
        m = _COUNT.search(clause)
        named = m or _YEAR.search(clause) or _THIS_YEAR.search(clause) or span.rule == LIST_CONTENTS.name
        # A report on the list's progress item by item ("…共承办…实事项目7项,具体项目进展情况如下:"
        # then "1.…" "进展情况:…"): its items are still the year's duties, of the unit it names.
        progress = _PROGRESS_INTRO.match(clause)
        if _NOT_ANNOUNCED.search(clause, 0, progress.start("handover") if progress else len(clause)) or not named:
            continue  # a report on a list, or no list named ("办实事的做法是：")
        count = numeral_value(m.group(1)) if m else None
        rest = span.end
        closing = span.rule == LIST_CLOSING.name
        if closing and not clause.endswith("。") and ("实事" not in clause or _SECTION.match(clause)):
            continue  # a plan's section heading ("三、实施十大工程") over its chapters, no list
        if span.rule == LIST_CATEGORIES.name:
            stop = s.find("。", rest, pb)
            report = _NOT_ANNOUNCED.search(s, rest, pb if stop < 0 else stop)  # "…共2大类4个全部完成。"
            items = [] if report else category_items(s, rest, pb)
        else:
            # The progress accounts between the items are none of them.
            numbered = [(a, b) for n, (a, b) in enumerate(para_spans) if n <= k or not _PROGRESS_LABEL.match(s, a)] \
                if progress else para_spans
            items = numbered_items(s, numbered, k, rest, bodies=closing) or (named_runs(
                s, *para_spans[k + 1], count) if closing and k + 1 < len(para_spans) else []) \
                or lone_numbered_lines(s, para_spans, k, count or _count_before(s, para_spans, k))
            if closing and not items and (s[start:span.end].endswith("。") or not m):
                continue  # a closing sentence hands over to numbered items only
            if not items and s.startswith("《", rest):
                items = titled_items(s, rest, pb)  # "…实事方案为《A》《B》;…为《C》和《D》。"
            if not items and s[rest:pb].strip(" |") and not s.startswith("预期", span.start):
                # (The expected targets run on in one sentence after the colon are one task, not
                # a list of items: ``target_sentence`` reads them.)
                items = split_items(s, rest, pb, count)
                if not items and count and not _STOP.search(s, rest, pb - 1):
                    # "…具体包括：A。" then one item a line: the first runs on after the colon
                    lines = line_items(s, para_spans, k, count - 1)
                    items = [(rest, pb)] + lines if lines else []
            elif not items:  # the count may be in a sentence just before ("…被列为10大民生实事。")
                items = line_items(s, para_spans, k, count or _count_before(s, para_spans, k)) \
                    or (closed_lines(s, para_spans, k) if s.endswith(":", pa, pb) else [])
        if len(items) < 2 or progress and not _progress_follows(s, para_spans, items[0][1]):
            continue
        back = para_spans[k - 1][0] if k else pa
        covered = [(start, span.end)] + items
        # The sentences just before announcing the same list ("2027年某县将办好十件实事。"),
        # and in its own paragraph any sentence on the list's making ("为确保2027年民生实事
        #项目…，形成了15个候选项目。")
        for qa, qb in para_spans[max(0, k - _ANNOUNCED_BEFORE):k] + [(pa, start)]:
            covered += [(qa + m.start(), qa + m.end()) for m in _SENTENCE.finditer(s[qa:qb])
                        if m.end() > m.start() and (_names_list(m.group())
                                                    or qa == pa and _LIST_NAME.search(m.group()))]
        year = _year(s, (start, span.end), back, ref_year)
        if year is None and len(covered) > 1 + len(items):
            # "…票决产生了2027年度某区十大民生实事。" some paragraphs before "十大民生实事项目"
            years = [y for a, b in covered[1 + len(items):] for y in _YEAR.findall(s, a, b)]
            year = int(years[-1]) if years else None
        # A page's headline printed after its body ("某县2027年将办好12件实事") names the
        # same list: no task, and the year when the naming sentence has none.
        after = [(qa + m.start(), qa + m.end()) for qa, qb in _after(para_spans, items[-1][1])
                 for m in _SENTENCE.finditer(s[qa:qb]) if m.end() > m.start() and _names_list(m.group())]
        covered += after
        if year is None and after:
            year = _year(s, after[0], after[0][0], None)
        doer = (start + progress.start("unit"), start + progress.end("unit")) if progress else None
        found.append(AnnouncedList(items, year, covered, doer))
        taken = items[-1][1]
    return found
    return found


# The naming sentence of a progress report on the year's list: its unit, then the words handing
# over to the items' progress ("2027年,区城管委共承办…实事项目7项,具体项目进展情况如下:").
_PROGRESS_INTRO = re.compile(r"(?:(?:19|20)\d{2}年度?,)?(?P<unit>[^,;。:]{2,20}?)共?(?:承办|承担|负责)[^,;。:]{2,40}?"
                             r"[,;]?(?P<handover>(?:具体)?(?:项目)?(?:进展|完成|推进|落实)情况如下:)$")
_PROGRESS_LABEL = re.compile(r"(?:项目|工作)?(?:进展|完成|推进|落实)情况:")


def _progress_follows(s: str, para_spans: list[tuple[int, int]], end: int) -> bool:
    """Does the paragraph after the one ending at ``end`` open with a progress label ("进展情况:")?"""
    j = next((n for n, (_, b) in enumerate(para_spans) if b >= end), len(para_spans))
    return j + 1 < len(para_spans) and _PROGRESS_LABEL.match(s, para_spans[j + 1][0]) is not None


def _after(para_spans: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The paragraphs just after the last item (ending at ``end``), its paragraph's rest first."""
    j = next((n for n, (_, b) in enumerate(para_spans) if b >= end), len(para_spans))
    spans = [(end, para_spans[j][1])] if j < len(para_spans) else []
    return spans + para_spans[j + 1:j + 1 + _ANNOUNCED_BEFORE]


# A clause closing an item that names its unit ("新建县第二幼儿园，由县教育局负责").
_ITEM_UNIT = re.compile(r",由([^,;。()]{2,40}?)(牵头负责|牵头|负责)(?:实施|落实)?$")


def _numbered_after(s: str, para_spans: list[tuple[int, int]], end: int) -> bool:
    """Is the first paragraph after ``end`` (a remark in brackets passed over) numbered? A
    work list's heading over unnumbered lines ("2027年全县民生实事项目" then one project a line)
    is read as an announced list."""
    after = next(((a, b) for a, b in para_spans if a >= end and not _ASIDE.match(s, a, b)), None)
    return after is None or item_number(s[after[0]:after[1]]) is not None


def _count_before(s: str, para_spans: list[tuple[int, int]], k: int) -> int | None:
    """The count of the list named in a sentence of the paragraphs just before paragraph ``k``."""
    for qa, qb in reversed(para_spans[max(0, k - _ANNOUNCED_BEFORE):k]):
        for m in reversed(list(_SENTENCE.finditer(s[qa:qb]))):
            c = _COUNT.search(m.group()) if _names_list(m.group()) else None
            if c:
                return numeral_value(c.group(1))
    return None


class AnnouncedItems:
    """The announced-list stage of ``DocumentTasks``."""

    def announced_items(self) -> list[ExtractedTask]:
        """The items of announced 实事 lists, and the year's targets stated in one sentence
        (``target_sentence``); their spans join ``covered``."""
        s = self.nt.norm
        tasks = []
        listed = self.listed
        if listed and _numbered_after(s, self.para_spans, listed[1]):
            return tasks  # a work list's heading ("2027年区政府实事项目安排"): work_list reads its items
        ref_year = self.ref.year if self.ref else None
        for found in announced_lists(s, self.para_spans, ref_year) + named_before_lists(s, self.para_spans, ref_year) \
                + chosen_lists(s, self.para_spans, ref_year):
            if any(self._is_covered(a, b) for a, b in found.items):
                continue  # items with their own notes: the annotated stage read them
            due = (date(found.year, 12, 31), f"{found.year}年") if found.year else (None, None)
            for n, (a, b) in enumerate(found.items):
                if n and n + 1 == len(found.items) and s[found.items[n - 1][1] - 1] == ";":
                    stop = s.find("。", a, b)  # the last of items closed by semicolons: what
                    b = b if stop < 0 else stop  # follows its stop is no part of it (a signature)
                while b > a and s[b - 1] in ";。 |":
                    b -= 1
                title, num = passage_title(self.nt, a, b)
                self.order[len(self.order)] = a
                own = self._item_due(a, b, found.year) or self._named_due(a, b, found)
                by = _ITEM_UNIT.search(s, a, b)  # "…，由县教育局负责": the item names its unit
                units = parse_unit_list(self.nt, by.start(1), by.end(2)) if by else \
                    parse_unit_list(self.nt, *found.doer) if found.doer else []
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=units,
                    deadline=(own or due)[0], deadline_text=(own or due)[1], section=self._section(a),
                    number=num, kind="implicit"))
            self.covered.extend(found.covered)
        for head, a, b, due, phrase in target_sentences(s, 0, len(s), self.ref):
            if self._is_covered(head, b) or self._due(a, b):
                continue  # read as a list's items, or the targets date themselves ("到2030年")
            title, _ = passage_title(self.nt, a, b)  # (the targets name it; the text keeps the naming clause)
            self.order[len(self.order)] = a
            tasks.append(ExtractedTask(doc_no=self.doc.doc_no, title=title, text=self.show(head, b), units=[], deadline=due,
                                       deadline_text=phrase, section=self._section(a), kind="implicit"))
            self.covered.append((head, b))
        return tasks

    def _named_due(self, a: int, b: int, found: AnnouncedList) -> tuple[date, str] | None:
        """The date the naming paragraph gives the item by its name ("除甲项目在今年6月前完成,…"),
        in the clause after the name, else None."""
        s = self.nt.norm
        label = _LABEL.match(s, a, b) if found.remarks else None
        at = s.find(s[a:label.end() - 1], *found.remarks) if label else -1
        if at < 0:
            return None
        stop = _CLAUSE_END.search(s, at, found.remarks[1])
        return self._item_due(at, stop.start() if stop else found.remarks[1], found.year)

    def _item_due(self, a: int, b: int, year: int | None) -> tuple[date, str] | None:
        """The one date an item gives itself in the list's year ("二是6月底前改造…"), else None."""
        dated = [h.deadline for h in self._due(a, b) if h.deadline.date and not h.deadline.recurrence]
        if len(dated) != 1 or (year and dated[0].date.year != year):
            return None
        return dated[0].date, dated[0].text
