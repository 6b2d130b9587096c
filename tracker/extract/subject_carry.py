"""Subjects a duty takes from its context when its own words name none.

- A request names its subject after 请/要求/责成: "请各乡镇接此通知后…，于…前完成…",
  "请各地、各部门“一把手”亲自抓…", "年度报表请各单位于…前填报" (the topic first).
- A sentence with no subject goes on with the subject of an earlier sentence of its
  paragraph ("各校要认真总结…。总结须经…签字。请于…前报送…"); a condition ("对…的，…",
  "…的，要…") opens a duty of someone else's and takes nothing.
- A stage's duties belong to the subject named in a sentence after its heading
  ("动员部署阶段（…）：召开…。各地各部门学习…").
- "请你们…" binds the addressees (the line "各乡镇人民政府：" under the title); a request
  introducing numbered items ("请各校按以下要求…。1.… 2.…") gives them its subject.
- Subjects of their own that are no plain name: units defined by a condition ("…的单位，
  要…"), the owner of papers due ("X的季度报表在…前报…"), parallel subjects ("X填报甲，
  Y填报乙，于…前…").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.extract.addressees import addressee_span
from tracker.extract.stage_heads import stage_head_end
from tracker.extract.asked import EACH_OPENS, PREDICATE as _PREDICATE, acting_before, handed_over, own_time_subject, possessor, request_end
from tracker.extract.model import ExtractedUnit
from tracker.extract.rules import rule
from tracker.extract.normalize import display, numbering
from tracker.extract.unit_names import after_dated_condition, looks_like_unit, township_name
from tracker.extract.units import unit_list_text

# A stage's heading with its time: "动员部署阶段（2007年3月中旬）：".
STAGE_HEAD = re.compile(r"[^,;。:()]{2,20}\([^()]{2,24}\):")

REQUEST_SUBJECT = rule(
    "request_subject",
    r"(?:请(?![假示])|要求|责成)(?P<units>[^,;。:“]{2,40}?)(?=" + _PREDICATE + ")",
    "subject",
    [("请各乡镇接此通知后高度重视，于3月3日前完成整治。", ["请各乡镇"]),
     ("请各地、各部门“一把手”亲自抓，于1月23日前报送。", ["请各地、各部门"]),
     ("年度报表请各单位于1月11日前在系统中完成填报。", ["请各单位"]),
     ("请各县教育局务必于每月15日前报送进展情况。", ["请各县教育局"]), ("请一至三院提前安排好方案。", ["请一至三院"]),
     ("请认真贯彻执行。", []), ("请于3月8日前报送年度报告。", []), ("并将请假人员名单报院办备案。", [])],
    value=lambda m: m.span("units"),
    when=lambda m: unit_list_text(m.group("units")),
    doc="The units a request is addressed to (请X…) are the subject of the duties it asks for.",
)

# A request naming nobody: the predicate right after 请 ("请于…前报送", "请务必在…前").
BARE_REQUEST = rule(
    "bare_request",
    r"请(?=(?:务必|及时|按时|尽快|抓紧)?(?:将[^,;。]{1,40}?)?(?:于|在)[^,;。]{0,20}前"
    # "请认真填写调查表，并于6月17日前提交": a verb of the request, then its time clause
    # "请组织…企业于…前完成申报", "请组织…认真讨论，提出意见，并于…前报…": up to two clauses of the request first
    r"|(?:认真|及时|按时|尽快|抓紧|务必)?(?:填写|填报|研究|组织|做好|核实|核对|对照)(?:[^,;。]{0,30},){0,2}[^,;。]{0,30}?(?:并|同时)?(?:于|在)[^,;。]{0,20}前)",
    "request",
    [("申报材料请于9月11日下班前报送至我厅。", ["请"]), ("请务必在3月8日前报送年度报告。", ["请"]),
     # "请将X于…前报送": 将 fronts what is sent, no one who sends it
     ("请将反馈表(附件1)加盖单位公章于3月8日前报送。", ["请"]),
     ("请认真填写调查表(附件)，并于6月17日前提交。", ["请"]), ("请组织属地企业于4月22日前完成申报。", ["请"]),
     ("请组织各地认真讨论，提出书面意见，并于3月15日前报送。", ["请"]),
     ("请各县于3月8日前报送。", []), ("请认真贯彻执行。", []), ("请各县将报表于3月8日前报送。", []),
     ("请认真研究，提出意见。", [])],
    doc="A request with no subject of its own: it is addressed to the notice's addressees.",
)

_CLAUSE_RE = re.compile(r"[^,;:。]+")
# The second person of a request: the addressees ("请你们…", "请你单位…").
_YOU = re.compile(r"你们|你单位|你部门|你[局委办厅处省州县区市镇乡]")
# A paragraph that introduces a list of items: "…按以下要求…。", "…通知如下：".
_INTRODUCES = re.compile(r"(?:以下|如下|下列)[^。]{0,12}[。:]$")
# A modal verb giving a subject a duty of its own ("X要于…", "X应当…").
_OWN_MODAL = re.compile(r"要|应|须|必须|应当")
_LATER_OWN = re.compile(r"要|应|须|必须|应当|负责(?!人|配合|协助)")  # "…，市编办负责汇总…，于…前报…"
# "…，特别是X要…": the units singled out after the emphasis word are the later subject.
_EMPHASIS = re.compile(r"特别是|尤其是|其中")
# A clause whose subject only supports another's duty ("Y要积极配合").
_SUPPORT_ONLY = re.compile(r"(?:积极|密切|主动|全力|做好|认真)?(?:配合|协助|支持|协同|协作)")
def subject_text(text_norm: str) -> bool:
    """Units, or one township named by its place, as the subject of a clause."""
    return unit_list_text(text_norm) or township_name(text_norm)


# 要求 opens the clause or follows a short topic ("会议要求各区…"); before 的 it is a noun ("符合要求的单位").
# A person who asks may stand before 要求 with a post and a name ("常务副镇长某某要求各村…"); 请假, 请示 ask nobody.
_REQUEST_WORD = re.compile(r"(?<![申提报])请(?![假示])|责成|^(?:[^,;。要]{2,6}?|[^,;。要]{0,8}?(?:长|书记|主任|领导|同志)[^,;。要]{0,8}?)?要求(?!的)")
def asks_alone(text: str, skip: int) -> bool:
    """Is the clause ``text`` (from ``skip``) a request with no one asked in it, whose subject
    opens the next clause ("会议要求，X…", "副县长某某在讲话中要求：一是X…")?"""
    return text.endswith("要求") and (len(text) - skip <= 8 or _REQUEST_WORD.fullmatch(text, skip) is not None)


# Units defined by a condition: "<condition>的<units>" ending the clause or followed by an
# adverbial and then a modal verb (checked by _MODAL_IN / _MODAL_NEXT).
_CONDITIONED = re.compile(r"[^,;。]{2,40}?的(?P<head>[^,;。的]{2,14}?)(?=$|原则上|必须|务必|均|都|也|到|于|在|要|应|须|需)")
_MODAL_WORD = r"(?:要|应当|应|须|必须|需(?!求))"
_MODAL_IN = re.compile(r"[^,;。]{0,16}?" + _MODAL_WORD)
_MODAL_NEXT = re.compile(r",(?:原则上|必须|务必|均|都|也)?" + _MODAL_WORD)
_LEVELS = frozenset("省市县区乡镇村")  # "…的村（社区）": one level names the units
_BRACKETED = re.compile(r"\([^()]*\)$")
# Besides working verbs, what may follow a subject opening a sentence: a time, place or
# manner adverbial ("各地以县为单位…", "X在…的基础上…", "X于11月底前…", "X将有计划地…", "X从5月1日起，每天…")
# or a reporting verb ("X填报《…》").
FIRST_VERBS = r"|参照|依据|于|[从自](?=(?:(?:19|20)\d{2}年|今年|本年)?\d{1,2}月份?(?:\d{1,2}日)?起)|(?<!所)在|以|将|会后|抓紧|务必|安排|全面|认真|及时|继续|总结|自行|按(?!期|时|月|季|年|日|周)|确定|明确|组成|成立|抽调|填报|填写|报送|上报|提交|汇总|动员|登录|提前|积极|切实|进一步|尽快|主动|严格|全力|加快|分别|召集|围绕|领取|创设|查阅|公示|召开|举办|举行|汇报|选派|指定|选送|接到|收到|" + EACH_OPENS
# Verbs of meetings and reports a unit also holds for itself ("市局召开动员会": the issuer's own
# step): they open a duty only after a collective ("各班召开家长会", "各社区汇报工作"); so do the verbs
# of sending or naming people ("各班选派学生于…", "各支部指定专人…"; "X指定的地点" is no subject).
COLLECTIVE_ONLY = ("召开", "举办", "举行", "汇报", "选派", "指定", "选送")
_WORKING = re.compile(r"组织|开展|做好|制定|完成|落实|编制|填报|填写|报送|上报|提交|负责|对")


# A sentence opening with a condition gives its duty to whoever the condition names.
_CONDITION_OPENS = re.compile(r"对于|对|如果|如|凡")
_CONDITION_SUBJECT = re.compile(r"的,(?:要|应|须|必须|应当)")


class CarriedSubjects:
    """Subjects from context; mixed into ``Subjects`` (uses its ``sentence``, ``nt``,
    ``para_ends`` and ``_units``)."""

    def _requested(self, text: str, start: int, c_start: int):
        """(units, end of clause) of a request in the clause ``text`` (at ``c_start`` in the
        text) from ``start`` on: "请X…", or after a topic "年度报表请各单位于…"; else None."""
        for m in _REQUEST_WORD.finditer(text, start):
            if _YOU.match(text, m.end()):  # "请你们…": the notice's addressees
                found = self._addressees()
                if found:
                    return found, c_start + len(text)
            end = request_end(text, m.end())
            if end is not None:
                return self._units(c_start + m.end(), c_start + end), c_start + len(text)
        return None

    def _conditioned(self, text: str, skip: int, c_start: int, due_starts: tuple[int, ...] = ()):
        """(units, end of clause) when the clause ``text`` opens with units defined by a
        condition and a modal verb follows, in this clause or right after a comma:
        "还没有…的乡镇（场）原则上到年底要…", "…未达到…的单位，要…" (the whole phrase
        names them); "已确定为…的各市，要…" (各市: the collective itself); "承担…的单位于<date>前…"
        (the duty's time right after them); else None."""
        m = _CONDITIONED.match(text, skip)
        if m is None or _CONDITION_OPENS.match(text, skip):
            return None
        s, end = self.nt.norm, c_start + len(text)
        if m.end() == len(text):  # the modal opens the next clause
            if not _MODAL_NEXT.match(s, end):
                return None
        elif not _MODAL_IN.match(text, m.end()) and not (text[m.end()] in "于在" and any(
                0 < d - c_start - m.end() <= 2 for d in due_starts)):
            return None  # "承担…工作的单位于2024年1月底前…": its own time, no modal, also binds it
        head = m.group("head")
        bare = _BRACKETED.sub("", head)
        if not (looks_like_unit(bare) or bare in _LEVELS):
            return None
        b = c_start + m.end("head")
        a = after_dated_condition(s, c_start + (m.start("head") if head.startswith("各") else skip), b)  # "…日以前登记的X"
        name = display(self.nt.orig_slice(a, b))
        return [ExtractedUnit(name, "responsible")], end

    def _clause_before(self, pa: int, a: int, b: int) -> list[ExtractedUnit]:
        """The subject of the clauses before the piece ``norm[a:b]`` of a sentence: after a
        semicolon ("…；Y要密切配合，于N日内将…"), or from the sentence's start when the piece
        was cut at a comma ("X每月15日前报送进展，2024年3月底前报送总结"), or []."""
        s = self.nt.norm
        semi = s.rfind(";", pa, a)
        if semi < 0 and s[a - 1:a] == ",":
            semi = max(s.rfind("。", pa, a), pa - 1)
        if semi >= pa - 1 and s.find("。", semi + 1, a) < 0:
            return self.sentence(semi + 1, a, b)
        return []

    def _bare_request(self, a: int, b: int) -> list[ExtractedUnit]:
        """The addressees, when the sentence ``norm[a:b]`` asks with no subject and nothing
        before it names one ("申报材料请于9月11日前报送至我厅", under "各市（州）工信局："), or []."""
        return self._addressees() if BARE_REQUEST.pattern.search(self.nt.norm, a, b) else []

    def _second_person(self, text: str, skip: int, c_start: int):
        """(the addressees, end of clause) when clause ``text`` opens with the second person as
        its subject ("你市有关各级政府要…", "你局要于…前…": the notice's addressees), else None."""
        if not _YOU.match(text, skip):
            return None
        found = self._addressees()
        return (found, c_start + len(text)) if found else None

    def _addressees(self) -> list[ExtractedUnit]:
        """The units of the addressee line ("各乡镇人民政府，县直各部门：") among the first
        paragraphs of the body, or []."""
        span = addressee_span(self.nt.norm, self.para_ends)
        return self._units(*span) if span else []

    def _introduced(self, pa: int) -> list[ExtractedUnit]:
        """The subject of a request that introduces the numbered items the paragraph at
        ``pa`` belongs to ("请各校按以下要求做好统计。1.… 2.…"), or []."""
        s = self.nt.norm
        if not numbering(s[pa:pa + 12]):
            return []
        if getattr(self, "_plain_starts", None) is None:
            # Unnumbered paragraph starts, found once: a lookup per duty stays O(log n).
            self._plain_starts = [p for p in sorted(self.para_ends) if not numbering(s[p:p + 12])]
        k = bisect_left(self._plain_starts, pa) - 1
        if k < 0:
            return []
        a = self._plain_starts[k]
        b = self.para_ends[a]
        if not _INTRODUCES.search(s, a, b):
            return []
        found = self._requested(s[a:b], 0, a)
        return found[0] if found else []

    def _parallel(self, text: str, skip: int, c_start: int, due: int, found) -> list[ExtractedUnit]:
        """Units of the clauses after the first that repeat its verb for other subjects,
        before the date ("X填报《甲表》，Y填报《乙表》，于…前报送": X and Y)."""
        s = self.nt.norm
        verbs = [v.group() for v in _WORKING.finditer(text, skip + 2, skip + 34)
                 if unit_list_text(text[skip:v.start()])]
        if not verbs:
            return []
        out, names = [], {u.name for u in found}
        for clause in _CLAUSE_RE.finditer(s, c_start + len(text) + 1, due):
            k = clause.group().find(verbs[0], 2, 34)
            if k < 0 or not unit_list_text(clause.group()[:k]):
                break
            out += [u for u in self._units(clause.start(), clause.start() + k) if u.name not in names]
        return out

    def _later_subject(self, text: str, skip: int, end: int, due_starts) -> list[ExtractedUnit]:
        """"X负责A，Y要B，于<date>前…": X's standing duty is undated, so the dated duty is
        that of Y, the subject with its own modal verb in a later clause before the date;
        likewise "X要A；Y应B，于<date>前…" (a semicolon closes X's part) and "X要A，Y要B，
        <date>前完成…" (each clause with its own subject: the date binds the nearest one,
        skipping one that only supports: "X要A，Y要积极配合，于…" stays X's)."""
        if not due_starts or end >= min(due_starts):
            return []
        s = self.nt.norm
        asked = handed_over(s, end, min(due_starts))  # "X下发督办函，要求Y于<date>前…"
        if asked:
            return self._units(*asked)
        # "X要…；Y应…，于<date>前…": the date's own part of the sentence names its subject.
        semi = s.rfind(";", end, min(due_starts))
        own = _OWN_MODAL.search(text, skip, skip + 32) is not None
        if semi >= 0:
            end = semi + 1
        elif not own and "负责" not in text[skip:skip + 32]:
            return self._units(*own) if (own := own_time_subject(s, end, min(due_starts))) else []
        found = []
        for clause in _CLAUSE_RE.finditer(s, end, min(due_starts)):
            at = clause.start() + (len(e.group()) if (e := _EMPHASIS.match(clause.group())) else 0)
            m = _LATER_OWN.search(s, at + 2, min(at + 32, clause.end()))
            if m and subject_text(s[at:m.start()]):
                if semi >= 0 or not own:
                    return self._units(at, m.start())
                if not _SUPPORT_ONLY.match(s, m.end()):
                    found = self._units(at, m.start())
        return found

    def _carried(self, pa: int, a: int) -> list[ExtractedUnit]:
        """The subject of the nearest earlier sentence of the paragraph that names one,
        for the sentence at ``a`` that names none ("X要…。…。请于…前报送…"); not for a
        sentence opening with a condition ("对…的，…", "…的，要…")."""
        s = self.nt.norm
        cur = max(pa, s.rfind("。", pa, a) + 1)
        if _CONDITION_OPENS.match(s, cur) or _CONDITION_SUBJECT.search(s[cur:cur + 40].split("。", 1)[0]):
            return []
        if a > cur + 1:  # "各地要于…前…；2010年2月底前，报送…": the sentence's own subject
            units = self.sentence(cur, a, a)
            if units or cur <= pa + 1:
                return units
        elif cur <= pa + 1:
            return []
        end = cur - 1
        for _ in range(4):  # a duty's own sentences are few; further back is another duty
            prev = max(pa, s.rfind("。", pa, end) + 1)
            units = self.sentence(prev, end, end) if end > prev else []
            if units or prev <= pa:
                return units
            end = prev - 1
        return []

    def _run_on(self, pa: int) -> list[ExtractedUnit]:
        """The subject of the paragraph before, for a paragraph that goes on with its sentence
        ("各单位检查方案于7月底前报X；" over "每月25日前将汇总表报X；"; "…书面答复。" over
        "于8月31日前将…"): one opening with 于, or after one closed by a semicolon, or []."""
        s = self.nt.norm
        if numbering(s[pa:pa + 12]) or pa < 2:
            return []
        prev = s.rfind("\n", 0, pa - 1) + 1
        if not (s.startswith(("于", "并于"), pa) and s[pa - 2] in "。;" or s[pa - 2] == ";"):
            return []
        stop = s.rfind("。", prev, pa - 2) + 1 or prev
        return self.sentence(max(stop, prev), pa - 1, pa - 1)

    def _stage(self, pa: int) -> list[ExtractedUnit]:
        """The subject of a stage's duties, named after its heading ("动员部署阶段（…）：召开…。各地各部门学习…")."""
        s, end = self.nt.norm, self.para_ends.get(pa, len(self.nt.norm))
        if not STAGE_HEAD.match(s, pa, end) and stage_head_end(s, pa, end) is None:
            return []  # "动员部署阶段（…）：召开…", "（三）总结阶段（…）。总结…。X要…": a stage heading opens it
        stops = [i for i in range(pa, min(end, pa + 600)) if s[i] == "。"][:4] + [end]
        for a, b in zip(stops, stops[1:]):
            units = self.sentence(a + 1, b, b) if b > a + 1 else []
            if units:
                return units
        return []
