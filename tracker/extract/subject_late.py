"""Subjects looked for last, when a dated sentence, its item and its paragraph name none:

- the units of a heading the item stands under ("（一）县教育局" over its duties);
- the units that review papers and send them on ("…经X审核后，于D前报送…");
- a request with no subject of its own (the notice's addressees);
- units asked in a later clause of the sentence, after an earlier date that names an event
  ("D1，某县将…，要求X、Y等单位…，D2前完成"; "定于D举办…，请X选派…参加");
- a line right after the item saying who carries it out ("此项活动由X负责组织，Y协助…");
- a later clause of the sentence naming its doer after 由 ("D，在…期间，由X举行…").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tracker.extract.addressees import addressee_span
from tracker.extract.asked import handed_over
from tracker.extract.paragraphs import is_title_line
from tracker.extract.model import ExtractedUnit
from tracker.extract.role_clauses import LATER_PARTNERS, SUBJECT_CLAUSE, partners_end, subject_after_date
from tracker.extract.rules import rule
from tracker.extract.units import unit_list_text

# A line naming who carries out the item above it: "此项活动由X负责组织，Y、Z协助做好有关工作".
ITEM_NOTE = rule(
    "item_note", r"(?:此项|该项|本项)(?:活动|工作|任务)(?=由)", "agent_line",
    [("此项活动由市文旅局负责组织，市委宣传部协助做好有关工作。", ["此项活动"]),
     ("该项工作由县教育局牵头。", ["该项工作"]), ("此项活动面向全体市民。", []), ("本项工作要于5月底前完成。", [])],
    doc="A line after an item saying who carries the item out gives it its units.",
)


# Papers handed to units that review them and send them on: "交至X审核汇总后，于D报…".
REVIEWED = rule(
    "reviewed_then_sent",
    r"(?:交至|交给|交|报送|报|经)(?P<units>[^,;。:]{2,30}?)(?:主任|负责人)?(?:审核|审查|审定|初审|核实)(?:汇总|签字)?后,?(?=(?:于|在)?[^,;。]{0,12}$)",
    "subject",
    [("将试卷上交至各教研室主任审核汇总后，", ["交至各教研室主任审核汇总后,"]),
     ("实施方案经市农业、财政部门审核后，", ["经市农业、财政部门审核后,"]),
     ("实施方案经审核后，", [])],
    doc="Read only in a dated sentence that names no subject of its own, up to its first date.",
)


# Papers due by a date with no sender named ("三、盖章版纸质材料于12月20日前报送至市农业局", "实施方案于3月10日
# 前交市农技总站"): a notice asks its addressees for them.
PAPERS_DUE = rule(
    "papers_due",
    r"(?<![^。;:!?\n])(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?[^,;。各]{0,20}?"
    r"(?:材料|方案|报表|总结|报告|资料|名单|清单|意见|申请|电子版|纸质版|扫描件)(?:\([^()]{0,20}\))?"
    r"(?:须|务必|要|应|请)?(?:于|在)[^,;。]{1,20}?前,?(?:以[^,;。]{1,8})?(?:报送|上报|报|交|提交|送|发送|寄)"
    # "2、报表交报的时间：2027年3月31日": the hand-in's time as a label, no sender named
    r"|(?<![^。;:!?\n])(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?[^,;。:各]{0,12}?(?:报送|上报|提交|交报)的?(?:截止)?(?:时间|日期)(?:为|是)?:?(?=\d)",
    "request",
    [("三、盖章版纸质材料于12月20日前报送至市农业局。", ["三、盖章版纸质材料于12月20日前报送"]),
     ("实施方案于3月10日前交市农技总站。", ["实施方案于3月10日前交"]),
     ("2、报表交报的时间：2027年3月31日。", ["2、报表交报的时间:"]),
     ("各县总结材料于3月10日前报送县政府。", []), ("实施方案于3月10日印发。", []), ("各县报送时间：3月10日。", [])],
    doc="Matched at the start of a dated sentence that names no subject: its doers are the addressees.",
)

# Papers handed in by a date in a sentence that names no sender ("有关情况于3月5日前报市局", "上报时间为
# 3月5日", "每月5日前报送上月进度"): in a notice, its addressees hand them in.
HANDED_IN = rule(
    "handed_in", r"报送|上报|报至|提交|交至|送至|上交|报(?=[省市县区校院团][^,;。]{0,12}?(?:[局委办厅处科室部]|团委|工会))", "request",
    [("有关安排于2月17日前报团省委宣传部。", ["报"]), ("年报上报时间为3月5日。", ["上报"]),
     ("于每月5日前报送上月工程进度。", ["报送"]), ("12月20日前召开总结会。", []), ("年底前报告工作。", [])],
    doc="Read only when a dated sentence, its item and its paragraph name no subject and the notice has an addressee line.",
)

# Before the date, a sentence whose duty is someone's own ("辅导员要…，并于D前填写…") or a case's ("对…的，需补报…").
_OWN_DUTY = re.compile(r"(?<![需主重必只])要(?!求)|须|应当|必须")
_CONDITION_OPENS = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?(?:对于|对|凡|如果)")

# A clause of a dated sentence that names the doer after 由, whatever its verb: "10月份，在…期间，
# 由市政府举行授予仪式"; "按照…通知，由各镇拟定整治方案，经…核定，于D前…".
AGENT_CLAUSE = rule(
    "agent_clause", r"^(?:并|再|统一|均|一律|然后|最后)?由(?=[^,;。]{3})", "agent",
    [("由市政府举行授予仪式", ["由"]), ("统一由各县区收集汇总", ["统一由"]),
     ("在展会期间", []), ("经市财政局审核", [])],
    doc="Read only when the dated sentence names no subject of its own; a condition's clause "
        "(\"…的，由Y协助\") names who handles the case, not the duty.",
)

# Words that go on from an office's name to one of its people ("由管委会常务副主任负责召集"):
# a person, not the office, is then the doer.
_PERSON_AFTER = re.compile(r"(?:常务|第一)?(?:副)?(?:主任|负责人|负责同志|领导|书记|局长|主席|同志|干部|人员|工作人员)")


class LateSubjects:
    """Last readings of a duty's subject; mixed into ``Subjects`` (uses its ``sentence``,
    ``nt``, ``para_ends``, ``_units``, ``_role_clauses``, ``_bare_request`` and ``_unit_headings``)."""

    def _late(self, pa: int, a: int, b: int, hits, first_date: int) -> list[ExtractedUnit]:
        """Units of the dated sentence ``norm[a:b]`` (paragraph at ``pa``, ``hits`` relative to
        it) found by the last readings, or []."""
        if units := self._unit_headings.units_over(pa) or self._reviewer(a, first_date) or self._agent_clause(a, b) \
                or self._bare_request(a, b):
            return units
        if len(hits) > 1 and (units := self.sentence(a, pa + hits[-1].start, b, tuple(pa + h.start for h in hits))):
            return units
        if asked := handed_over(self.nt.norm, first_date, b):
            return self._units(*asked)
        return self._item_note(pa) or (self._addressees() if PAPERS_DUE.pattern.match(self.nt.norm, a, b)
                                       or self._handed_in(a, b, first_date) else [])

    def _handed_in(self, a: int, b: int, due: int) -> bool:
        """Does the dated sentence ``norm[a:b]``, naming no one, hand papers in ("…情况于D前报X",
        "上报时间为D") in the notice itself, above any annexed plan's own title (a plan's steps
        are its own, not the cover's addressees')?"""
        s = self.nt.norm
        if not HANDED_IN.pattern.search(s, a, b) or "将" in s[max(a, due - 2):due] or _CONDITION_OPENS.match(s, a) \
                or _OWN_DUTY.search(s, a, b):
            return False  # the issuer's own step ("…将于D前转交"), a condition's case, or someone's own duty
        span = addressee_span(s, self.para_ends)
        return span is not None and not any(
            span[1] < p < a and is_title_line(s[p:e]) for p, e in self.para_ends.items())

    def _reviewer(self, a: int, due: int) -> list[ExtractedUnit]:
        """The units that review papers before the dated step and then send them on ("…上交至
        各教研室主任审核汇总后，于D报…", "…经市农业、财政部门审核后，于D前报送…"), or []."""
        m = REVIEWED.pattern.search(self.nt.norm, a, due)
        if m is None or not unit_list_text(m.group("units")):
            return []
        return self._units(*m.span("units"))

    def _agent_clause(self, a: int, b: int) -> list[ExtractedUnit]:
        """Units named after 由 opening a clause of the sentence ``norm[a:b]`` (up to its full
        stop), the doer of the duty whatever the verb ("…，由X统一收集汇总…"), or []."""
        s = self.nt.norm
        stop = s.find("。", a, b)
        end = b if stop < 0 else stop
        for clause in SUBJECT_CLAUSE.finditer(s, a, end):
            if s[clause.start() - 2:clause.start()] == "的,":
                continue  # "…的，由Y协助…": who handles a case
            text = clause.group()
            m = AGENT_CLAUSE.pattern.match(text)
            if m and (e := subject_after_date(text, m.end())) and not _PERSON_AFTER.match(text, e):
                partners = self._agent_partners(clause.end(), end)
                return self._units(clause.start() + m.end(), clause.start() + e, "lead" if partners else "responsible") + partners
        return []

    def _agent_partners(self, start: int, end: int) -> list[ExtractedUnit]:
        """Support units of a later clause of the agent's sentence opening with 会同 ("由X纳入…；
        会同Y每周…": X leads, Y supports), or []."""
        s = self.nt.norm
        for clause in SUBJECT_CLAUSE.finditer(s, start, end):
            m = LATER_PARTNERS.pattern.match(clause.group())
            if m and (e := partners_end(clause.group(), m.end())):
                return self._units(clause.start() + m.end(), clause.start() + e, "support")
        return []

    def _item_note(self, pa: int) -> list[ExtractedUnit]:
        """Units of the line right after the paragraph at ``pa`` when it says who carries the
        item out ("此项活动由X负责组织，Y、Z协助…": X responsible, Y and Z support), or []."""
        starts = getattr(self, "_para_starts", None)
        if starts is None or len(starts) != len(self.para_ends):
            starts = self._para_starts = sorted(self.para_ends)
        k = bisect_right(starts, self.para_ends.get(pa, pa))
        if k >= len(starts):
            return []
        nxt = starts[k]
        m = ITEM_NOTE.pattern.match(self.nt.norm, nxt)
        return self._role_clauses(m.end(), self.para_ends[nxt]) if m else []
