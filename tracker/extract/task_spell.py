"""Duties under a dated spell of weather or a warning window that the preamble states.

A warning notice opens with the spell it warns of ("据气象部门预报，12日晚间至14日，我县将出现
一次暴雨过程", "决定发布高森林火险橙色预警信号（3月20日-3月25日）", "规定11月15日至次年5月31日
为森林草原防火期") and then hands out the work: numbered items, or sentences that open with
their doers ("各乡镇要…", "请各成员单位…", "农业农村部门应…"). Those duties state no date of
their own: the spell binds them at its end (the contract's "a window the document dates binds
the duties inside it at its end"). With numbered items below the spell, the items are the
duties (the rest of the preamble exhorts; an item opening with a heading, "一、保障交通安全畅通。",
holds one for each clause naming its doers after it); with none, each sentence or clause after the
spell (in its own sentence too, after a news item's "《通知》指出，") that opens with its doers and a
word of duty is one, and so is a sentence that opens with the word of duty alone ("要严格执行用火
审批制度"): its doers are those of the duty before it in the same paragraph and item, else none.

A page with no issue date and a spell with no year keeps the spell as the phrase with no date
(the year cannot be told). Mixed into ``DocumentTasks`` (tasks.py); runs after the implicit
and campaign stages, on what no noted passage covers and no dated duty took.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from functools import cached_property

from tracker.extract.asked import heads_end
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.periods import reference_date
from tracker.extract.rules import rule
from tracker.extract.seasons import SPAN_END, SPAN_START
from tracker.extract.titles import passage_title
from tracker.extract.units import parse_unit_list, unit_list_text


# A span of days: its start may leave out the 日 before the dash ("4月7~13日") and carry a
# time of day ("12日晚间至14日", "9日白天至10日上午"); its end is a day.
SPELL_WINDOW = rule(
    "spell_window",
    SPAN_START + SPAN_END,
    "window",
    [("预计12日晚间至14日将出现一次暴雨过程", ["12日晚间至14日"]),
     ("发布橙色预警信号(2027年3月20日-3月25日)", ["2027年3月20日-3月25日"]),
     ("规定2027年11月15日至2028年5月31日为防火期", ["2027年11月15日至2028年5月31日"]),
     ("未来一周(4月7~13日)多大风", ["4月7~13日"]),
     ("降雨量25-50毫米,阵风7-9级", [])],
)

# A spell names a forecast or a declared period, and the weather or the hazard it is about.
_FORECAST = re.compile(alternation(lexicon().spell_words))
_HAZARD = re.compile(alternation(lexicon().hazard_words))
# The words that make a sentence opened by its doers a duty ("各乡镇要…", "林草部门需…").
_DUTY = re.compile(r"要|需|应(?!急|对|用)|须|务必|必须"  # not a name's 应急 ("市政府应急管理办公室将…")
                   # or the work itself, handed to the doers with no modal ("各职能科室安排好值班人员")
                   r"|(?:认真(?:、负责)?|切实)?(?:做好|安排好|负责(?!人|同志))"
                   r"|(?:合理|妥善)安排")  # in the manner asked ("各科室合理安排值班人员")
# A duty with no subject opens with its word of duty ("要加强…", "须做好…"); "要求…", "应急…",
# "应对…" open otherwise.
_BARE_DUTY = re.compile(r"(?:要|需要?|应当?|须|务必|必须)(?!求|点|急|对|用|有|是)")
# A clause opening with a verb of directing others goes on with the duty before it ("X要强化能源保障，
# 协调热电联产电厂做好热力保供"): the units after the verb are those X works on, no new doers.
_DIRECTS = re.compile(r"协调|督促|指导|协助|帮助|引导|推动|动员")
# An adverb between the doers and the word of duty ("各乡镇也要…", "各地还要…").
_ALSO = "也还亦均都则"
_SENTENCE = re.compile(r"[^。!?;]+[。!?;]?")
_CLAUSE_CUT = re.compile(r",")
# A purpose opening a sentence, up to its comma ("为确保节日期间安全稳定，").
_PURPOSE_OPEN = re.compile(r"为了?[^,;。:]{2,40},")
# A news item reporting what a notice asks ("通知要求，各供热单位要…", "《通知》强调，…"): the duty
# starts at its doers.
_REPORTED = re.compile(r"(?:《?通知》?|会议|文件)(?:要求|强调|指出|明确),?")
# A point of a list of work a request announces ("一要加强…", "二是做好…").
_POINT = re.compile(r"[一二三四五六七八九十][要是]")
# Words that may open a duty before its doers ("同时，各乡镇要…").
_LEAD = re.compile(r"(?:同时|此外|另外|并且?)?,?")
# An item heading run into the paragraph ("二、确保安全。").
_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)")
# A period of the window opening a duty before its doers or its word of duty ("节日期间，要…").
# Not the doers before their own period ("各校在放假期间要…": 各校 are the doers).
_DURING = re.compile(r"(?:在?[^,;。请請要应須须做在各]{1,8}(?:期间|期間|期内),?)?")  # with or without its comma ("放假期间各部门要…")
# A period of the window after the doers, right before their word of duty ("各科室值班人员放假期间务必…").
_DURING_AFTER = re.compile(r"在?(?:放假|节日|節日|节假日|假期|寒假|暑假)(?:期间|期間)$")  # ("各校在放假期间要…")
# A preamble is short: the spell is looked for in the paragraphs before the first numbered
# one, among the first few of the body.
_PREAMBLE = 8
# An item's heading ("一、保障交通运输安全畅通。") is one short sentence.
_HEADING_MAX = 30


def spell_window(s: str, spans: list[tuple[int, int]], numbered) -> tuple[int, int, int, re.Match] | None:
    """(paragraph index, sentence end, window start, window match) of the first sentence of the
    preamble that dates a spell of weather or a warning period, or None."""
    for k, (pa, pb) in enumerate(spans[:_PREAMBLE]):
        if numbered(k):
            return None
        for sm in _SENTENCE.finditer(s, pa, pb):
            a, b = sm.span()
            if not (_FORECAST.search(s, a, b) and _HAZARD.search(s, a, b)):
                continue
            for w in SPELL_WINDOW.spans(s, a, b):
                m = SPELL_WINDOW.pattern.match(s, w.start, w.end)
                return k, b, w.start, m
    return None


def window_end(m: re.Match, ref: date | None, dated: bool, year_told: bool = False) -> date | None:
    """The last day of the window ``m``: its own year and month, else those of its start, else
    the issue date's (none on a page with no issue date; ``year_told``: the year ``ref`` holds
    is one the page states, the month still none)."""
    y = m.group("y2") or m.group("y1")
    mon = m.group("m2") or m.group("m1")
    if ref is None or mon is None and not dated or y is None and not (dated or year_told):
        return None
    month = int(mon) if mon else ref.month
    year = int(y) if y else ref.year
    if not m.group("y2") and m.group("y1") and m.group("m1") and month < int(m.group("m1")):
        year += 1  # "2027年12月20日至1月10日"
    day = int(m.group("d2"))
    if day > monthrange(year, month)[1]:
        return None
    return date(year, month, day)


class SpellDuties:
    """The spell-duty stage of ``DocumentTasks``."""

    @cached_property
    def year_told(self) -> bool:
        """Does the document tell the year of its year-less windows: by its issue date, or by a
        year its text or title states ("2027年寒假工作安排", the rule "Year-less dates take the year
        the passage states")? A page that states none keeps a window as its phrase, undated."""
        return self.dated or reference_date(self.nt.norm) is not None \
            or reference_date(norm(self.doc.title or "")) is not None

    def spell_duties(self, implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """The undated duties of named doers under a spell the preamble dates."""
        s = self.nt.norm
        found = spell_window(s, self.para_spans, lambda k: self.numbers.opening(k) is not None)
        if found is None:
            return []
        k, after, _, m = found
        due = window_end(m, self.ref, self.dated, self.year_told)
        if due is None and self.dated:
            return []
        shown = self.show(m.start(), m.end())
        taken = [norm(t.text) for t in implicit]
        later = range(k + 1, len(self.para_spans))
        items = [self.para_spans[j] for j in later if self.numbers.opening(j) is not None]
        if items:
            pieces, lead = [], self._lead_doers(after, self.para_spans[k][1])
            for j in later:
                pa, pb = self.para_spans[j]
                if self.numbers.opening(j) is None:
                    lead = self._lead_doers(pa, pb)
                else:
                    body = pa + len(self.numbers.opening(j).group())
                    headed = None if lead else self._headed_item(body, pb)
                    pieces += [(pa, pb, body, lead)] if headed is None else [(x, y, x, None) for x, y in headed]
        else:
            spans = [(after, self.para_spans[k][1])] + [self.para_spans[j] for j in later]
            pieces = [(a, b, a, []) for pa, pb in spans for a, b in self._doer_clauses(pa, pb, reported=True)]
            if (rest := self._spell_rest(m.end(), after)) is not None:
                pieces.insert(0, (rest, after - (s[after - 1:after] in "。;"), rest, None))
        tasks, last = [], None
        for a, b, body, lead in pieces:
            if s.endswith(":", a, b):
                b = self._points(b)  # "请X做好以下工作：" over "一要…" "二要…": the points are its text
            if not self._new_clause(a, b, taken):
                continue
            units = self._spell_doers(body, b)
            if not units:
                units = self._carried_doers(body, b, last)
                if not units and lead:
                    units = list(lead)  # an item of the list its lead hands to its doers
                if units is None or not units and lead is None:
                    continue  # a clause cut out of a heading's item or the spell's sentence names its doers
            tasks.append(self._bound_task(a, b, units, due, shown))
            last = (b, units)
        return tasks

    def _headed_item(self, body: int, pb: int) -> list[tuple[int, int]] | None:
        """The clauses naming their doers after the heading that opens the item ``norm[body:pb]``
        ("一、保障交通安全畅通。公安、交通等部门要…。交通运输部门要…": each doer's duty is one), or
        None when the item opens otherwise (with its doers, a word of duty, or no short heading)."""
        s = self.nt.norm
        end = s.find("。", body, min(pb, body + _HEADING_MAX))
        if end < 0 or self._spell_doers(body, pb) or _BARE_DUTY.match(s, body, pb):
            return None
        clauses = self._doer_clauses(end + 1, pb)
        first = next((k for k, (a, b) in enumerate(clauses) if self._spell_doers(a, b)), None)
        return clauses[first:] if first is not None else None

    def _spell_rest(self, start: int, end: int) -> int | None:
        """Where the duty of named doers opens in the rest of the spell's own sentence
        ``norm[start:end]`` ("…9日至10日将有一次降雨过程，各地要加强值守…"), else None."""
        s = self.nt.norm
        for c in _CLAUSE_CUT.finditer(s, start, end):
            if self._opens_with_doers(c.end(), end) and self._spell_doers(c.end(), end):
                return c.end()
        return None

    def _lead_doers(self, pa: int, pb: int) -> list:
        """The doers of the paragraph ``norm[pa:pb]`` when it introduces the list after it
        ("…，各乡镇、各相关部门要重点做好以下几项工作："): its items that name no doers are theirs; else []."""
        s = self.nt.norm
        if not s.endswith(":", pa, pb):
            return []
        c = max(s.rfind(",", pa, pb), s.rfind("。", pa, pb), s.rfind(";", pa, pb)) + 1
        return self._spell_doers(max(c, pa), pb)

    def _new_clause(self, a: int, b: int, taken: list[str]) -> bool:
        """Is ``norm[a:b]`` long enough, not inside a task found, with no due date of its own,
        and not the text of a task already taken (nor part of one)?"""
        if b - a < 8 or self._is_covered(a, b) or self._due(a, b):
            return False
        text = self.nt.norm[a:b].strip("。;")
        return not any(text in t or t in text for t in taken if t)

    def _bound_task(self, a: int, b: int, units: list, due, shown: str) -> ExtractedTask:
        """The duty at ``norm[a:b]``, due when the window that binds it ends."""
        title, _ = passage_title(self.nt, a, b)
        self.order[len(self.order)] = a
        return ExtractedTask(doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=units,
                             deadline=due, deadline_text=shown, section=self._section(a), kind="implicit")

    def _points(self, b: int) -> int:
        """The end of the run of paragraphs after ``norm[:b]`` that count points ("一要…", "二是…")."""
        s = self.nt.norm
        for pa, pb in self.para_spans:
            if pa > b:
                if not _POINT.match(s, pa, pb):
                    break
                b = pb
        return b

    def _doer_clauses(self, pa: int, pb: int, purpose: bool = False, reported: bool = False) -> list[tuple[int, int]]:
        """The sentences of ``norm[pa:pb]``, each cut where a clause opens with new doers and a
        word of duty ("各乡镇要…，确保…，丘山区乡镇要…"). ``purpose``: a sentence opening with its
        purpose before the doers starts at the doers; ``reported`` (or ``purpose``): so does one opening
        with a news item's report of what a notice asks ("《通知》指出，")."""
        s = self.nt.norm
        out = []
        for sm in _SENTENCE.finditer(s, pa, pb):
            a, b = sm.span()
            # A purpose before the doers ("为确保群众平安过节，各级各部门要认真做好值班…"): in a
            # window's items the duty is the clause after it; a warning's preamble exhorts so.
            if (opened := purpose and _PURPOSE_OPEN.match(s, a, b) or (purpose or reported) and _REPORTED.match(s, a, b)) \
                    and self._opens_with_doers(opened.end(), b):
                a = opened.end()
            # A clause is cut off only after a duty of its own doers.
            starts = [a]
            if self._spell_doers(a, b):
                # not inside brackets: "各镇(街道、度假区，下同)和县直各单位必须…" is one list of doers
                opener = _DURING.match(s, _LEAD.match(s, a, b).end(), b).end()  # "寒假期间，各单位要…": one clause
                starts += [c.end() for c in _CLAUSE_CUT.finditer(s, opener, b)
                           if s.count("(", a, c.end()) <= s.count(")", a, c.end()) and self._opens_with_doers(c.end(), b)]
            out += [(x, y - (y < b)) for x, y in zip(starts, starts[1:] + [b])]  # (without the cut's comma)
        return out

    def _opens_with_doers(self, a: int, b: int) -> int:
        """Where the list of units opening ``norm[a:b]`` ends, right before a word of duty
        ("各乡镇要…", "林草部门需…"); 0 when the text opens otherwise."""
        s = self.nt.norm
        duty = _DUTY.search(s, a + 2, min(b, a + 40)) if not _DIRECTS.match(s, a, b) else None
        if duty is None:
            return 0
        end = duty.start() - (s[duty.start() - 1] in _ALSO)  # "各乡镇协会也要…": the doers before 也
        if during := _DURING_AFTER.search(s, a + 2, end):
            end = during.start()  # "各科室值班人员放假期间务必…": the period is no part of the doers
        if unit_list_text(s[a:end]):
            return end
        heads = heads_end(s[a:end], staff=True)  # "各科室负责人和值班人员应…": the staff act for their units
        return a + heads if heads is not None else 0

    def _carried_doers(self, a: int, b: int, last: tuple[int, list] | None) -> list | None:
        """The doers of a duty with no subject ("要严格执行用火审批制度", "清明节期间，要抓实…"):
        those of the duty before it, ``last`` = (its end, its units), when it is in the same
        paragraph, else none ([]); None when ``norm[a:b]`` opens otherwise."""
        s = self.nt.norm
        c = _LEAD.match(s, a, b).end()
        c = _DURING.match(s, c, b).end()
        if not _BARE_DUTY.match(s, c, b):
            return None
        if s[b:b + 1] not in ("", "\n") and self._opens_with_doers(b, min(len(s), b + 40)):
            return None  # before a duty of named doers in its paragraph: its topic ("同时，要严格火源管理。各级政府要…")
        if last is None or "\n" in s[last[0]:a] or _HEADING.search(s, last[0], a):
            return []  # "…。二、确保生产安全。要加强…": a new item's duty has no doers of the last
        return list(last[1])

    def _spell_doers(self, a: int, b: int) -> list:
        """The units opening the duty at ``norm[a:b]`` ("请X…", "X要…", "同时，X要…"), or []."""
        s = self.nt.norm
        c = _LEAD.match(s, a, b).end()
        c = _DURING.match(s, c, b).end()  # "放假期间，各单位要…": the doers after the period
        if s.startswith(("请", "請"), c):
            return self.subjects.sentence(c, c + 1, b)
        doers = self._opens_with_doers(c, b)
        return parse_unit_list(self.nt, c, doers, problems=self.problems) if doers else []
