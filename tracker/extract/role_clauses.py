"""Units given a role inside a sentence: "X会同Y、Z…" (X lead, Y and Z support) and
later clauses "，Y负责…，Z配合做好…", "由X牵头、Y配合"."""

from __future__ import annotations

import re

from tracker.extract.asked import LEADS_AFTER
from tracker.extract.lexicon import lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText, norm
from tracker.extract.problems import Problem
from tracker.extract.rules import rule
from tracker.extract.unit_levels import place_list
from tracker.extract.unit_names import township_list
from tracker.extract.units import has_role_word, parse_unit_list, unit_list_text

# Words that introduce the agent of a duty ("由区卫健委负责", "请各县…"; 请假 and 请示 are words of their own).
AGENT = re.compile(r"(?:由|请(?![假示])|责成|明确由|要求|希?望(?=各))(?=[^,;。]{2})")  # "望各单位接到通知后…": a wish to the units asks them
# Working verbs that follow a subject opening a sentence with no modal ("X组织…", "X对…进行…").
WORK_VERB = re.compile(
    r"组织|开展|按照|依照|遵照|根据|学习|通过|结合|会同|联合|做好|统筹|督促|指导|制定|建立|完善|完成|落实|加强|"
    r"推进|推动|实施|牵头|协调|研究|编制|制订|对照|对|向")
# The verb after a 各… subject that follows a time phrase ("N月底前，各镇报送…").
LEAD_VERB = re.compile(WORK_VERB.pattern + r"|要|应|须|将|于|(?<!所)在|报送|上报|提交|报")
# A clause giving units a role after the subject: "Y负责…", "Z、W配合…" (not 负责人).
_ROLE_CLAUSE = re.compile(r"(负责|配合|协助|协同|牵头|主办(?!的))(?!单位|部门|人|同志)")  # "如应由X主办的，…": a condition
_ROLE_OF = lexicon().role_of
# A clause: up to a comma, semicolon, colon or full stop; a short bracket after a name holds
# its remark, commas and all ("各牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要…"). (A run of
# plain characters is read by one repeat of their class; nothing follows the loop, so it ends
# where one character at a time would.)
SUBJECT_CLAUSE = re.compile(r"(?:[^,;:。()]+|\([^()。]{0,40}\)|[()])+")
# A point counted in running text ("一是…；二是…"): its number is no part of the subject.
# A remark opening the sentence ("（具体任务见附表）各村（居）必须…") is skipped as well, and a
# modal verb said twice around the subject ("二是要各学校要在…前…": the first 要).
POINT = re.compile(r"(?:[一二三四五六七八九十]是(?:要(?=各[^,;。]{1,20}?要))?|\([^()]{0,16}见[^()]{0,12}\))(?=[^,;。]{2})")
# A working verb followed by an office suffix is part of a name (组织部, 推进办), unless the
# two read as a verb phrase (组织部署, 推进办理).
NAME_GOES_ON = re.compile(r"[部办室科处局委组](?!署|理|公开|事|好|证|学|件|织)")
# Where the partners' list may end: a time phrase filler, a working verb, 等.
_PARTNERS_END = re.compile(LEAD_VERB.pattern + r"|研究|共同|抓紧|尽快|加快|编制|出台|联系|等|$")
# "X会同Y…", and "X联合Y…" read alike (not 联合会, 联合执法, 联合开展…: a name or a joint act of X's own).
PARTNERS = re.compile(r"(?:要|应|须|需|将|应当|必须)?(?:会同|联合(?!会|体|国|执法|办公|党支部|发文|印发|开展|行动|检查|整治"
                      r"|调研|督查|攻关|培养|举办|组织|发布))")


_ADVERB_END = re.compile(r"(?:正式|统一|及时|按时|认真|分别|各自|共同|集中|全部|全面|逐级|直接)$")
# Verbs of a unit's own act after a time phrase ("2019年3月底前，X推行…", "…，X全部纳入…").
# "…前，X、Y就方案广泛讨论": 就 ("on") opens the predicate as 对 does (就业… is a name's word).
_AFTER_DATE_VERB = re.compile(LEAD_VERB.pattern + r"|汇总|推行|印发|出台|发布|启动|设立|召开|举行|举办|组建|部署|全部|全面|率先|纳入|登录|审核|录入|初评|复核"
                              r"|就(?!业|近|地|医|诊|学)")


def subject_after_date(clause: str, skip: int) -> int | None:
    """End of the units opening ``clause`` at ``skip`` right after a time phrase, before
    their verb ("X推行…"; "由X正式向Y报送…": the adverb is no part of X; "哈尔滨市、齐齐哈尔市
    制定…": places named bare), or None."""
    for v in _AFTER_DATE_VERB.finditer(clause, skip + 2, skip + 64):
        adv = _ADVERB_END.search(clause, skip, v.start())
        end = v.start() - (len(adv.group()) if adv else 0)
        np = clause[skip:end]
        if end - skip >= 2 and (unit_list_text(np) or place_list(np) or township_list(np)):
            return end
    if skip:
        # "由X出具初审意见", "由X举行授予仪式": 由 names the agent whatever its verb; X is the
        # longest run of units after it, of three characters at least (社会 in 社会团体 is none).
        return next((end for end in range(min(len(clause), skip + _AGENT_MAX), skip + 2, -1)
                     if unit_list_text(clause[skip:end])), None)
    return None


_AGENT_MAX = 24  # the units after 由 read at most


# A subject with its own modal verb ("市规划资源局要会同…", "各区应…") opens a duty of its
# own: after a semicolon, its units are no roles in the duty before it.
OWN_MODAL = rule(
    "own_modal", r"要|应当|应|须|需|必须|将", "modal",
    [("市规划资源局要会同市水务局加快研究", ["要"]), ("各区政府应结合实际", ["应"]),
     ("加快研究并落实市级消纳场所", [])],
)


# "X要加强统筹，会同Y、Z开展…": a later clause of X's sentence with no subject of its own
# opens with 会同; X, the subject, leads and Y, Z support.
LATER_PARTNERS = rule(
    "later_partners", r"^(?:并|要|应|须|需|将|积极|主动|负责)?会同", "partners",
    [("会同县农业农村局等部门，年内完成补办", ["会同"]), ("并会同区供销社开展联合检查", ["并会同"]),
     ("县卫健局会同县教育局开展检查", []), ("根据会同有关部门制定的方案", [])],
    doc="A clause opening with 会同 after a subject's own clause gives that subject partners.",
)


# The predicate after a subject set off by a comma: a modal verb first ("X、Y，要…").
SET_OFF_PREDICATE = rule(
    "set_off_predicate", r"^(?:(?:均|都|也|务必|必须|要(?!求)|应当|应|须)(?:于|在|要|按|认真|切实|主动|及时|抓紧|尽快)?"
    r"|每[一二三四五六七八九十两半\d]{0,3}个?(?:天|日|周|旬|月|季度|年)(?=[^,;。]{0,6}?[向报])|于[^,;。]{2,14}前)", "predicate",
    [("要主动认领，尽快开展工作", ["要主动"]), ("务必于3月5日前报送", ["务必于"]),
     ("每3天向市政府督查室报告进展", ["每3天"]), ("于3月5日前报送总结", ["于3月5日前"]),
     ("对以上各项工作", []), ("要求", []), ("每月开展一次检查", [])],
    doc="A unit list alone in its clause, then a clause opening with a modal verb: the list is the subject.",
)
# An aside between the set-off subject and its predicate ("对以上各项工作", "就此项工作").
_ASIDE = re.compile(r"(?:对|就|按照|根据)[^,;。]{1,20}$")


def partners_end(text: str, at: int) -> int | None:
    """End of the partners' list opening at ``at``: the first place where the verb phrase
    starts; a verb that goes on as a name ("会同区委组织部研究…") is no such place."""
    for e in _PARTNERS_END.finditer(text, at + 2, at + 60):
        if e.end() > e.start() and NAME_GOES_ON.match(text, e.end()):
            continue
        if unit_list_text(text[at:e.start()]):
            return e.start()
    return None


def _opens_own_duty(clause: str) -> bool:
    """True when ``clause`` opens with units and a modal verb of their own."""
    return any(unit_list_text(clause[:m.start]) for m in OWN_MODAL.spans(clause, 2, min(len(clause), 36)))


class RoleClauses:
    """Role-giving clauses in the normalized text ``nt.norm`` of one document body."""

    def __init__(self, nt: NText, problems: list[Problem]):
        self.nt = nt
        self.problems = problems

    def _units(self, a: int, b: int, role: str = "responsible") -> list[ExtractedUnit]:
        return parse_unit_list(self.nt, a, b, role, problems=self.problems)

    def _partners(self, text: str, skip: int, at: int, c_start: int, lead_end: int | None = None):
        """(units, end of clause) for "X（要）会同Y、Z…" with X = ``text[skip:at]``:
        X leads, Y and Z support; None when no 会同 follows X. ``lead_end`` ends X when
        a label's colon stands between X and 会同."""
        m = PARTNERS.match(text, at)
        if m is None:
            return None
        best = partners_end(text, m.end())
        if best is None:
            return None
        lead = self._units(c_start + skip, c_start + (at if lead_end is None else lead_end), "lead")
        partners = self._units(c_start + m.end(), c_start + best, "support")
        units = lead + [u for u in partners if all(u.name != v.name for v in lead)]
        return units, c_start + len(text)

    def _set_off(self, text: str, skip: int, c_start: int):
        """(units, end of clause) when clause ``text`` is the subject alone, set off by a comma
        before its predicate ("X、Y，对以上工作，要主动认领…", "X，要于…前…"), else None."""
        s, end = self.nt.norm, c_start + len(text)
        body = text[skip:]
        if len(body) < 2 or s[end:end + 1] != "," or has_role_word(body) or body.startswith(("对", "凡")) \
                or "的" in body and not body.startswith("各") or not unit_list_text(body):
            return None  # "对…的单位，要…", "…任务较重的单位，要…": a condition or a description
        nxt = SUBJECT_CLAUSE.match(s, end + 1)
        if nxt and SET_OFF_PREDICATE.pattern.match(nxt.group()) is None and _ASIDE.match(nxt.group()) and \
                s[nxt.end():nxt.end() + 1] == ",":
            nxt = SUBJECT_CLAUSE.match(s, nxt.end() + 1)  # "X，对以上各项工作，要…": an aside first
        if nxt is None or SET_OFF_PREDICATE.pattern.match(nxt.group()) is None:
            return None
        return self._units(c_start + skip, end), end

    def _list_broken(self, text: str, skip: int, c_start: int) -> tuple[int, int] | None:
        """Span of clause ``text`` when it is the first part of a subject list broken by a
        comma ("X、Y，Z、W确定…": the list goes on in the next clause), else None."""
        body, end = text[skip:], c_start + len(text)
        if len(body) < 2 or self.nt.norm[end:end + 1] != "," or "的" in body or has_role_word(body) \
                or not unit_list_text(body):
            return None
        return c_start + skip, end

    def _broken_on(self, broken: tuple[int, int] | None, found, at: int):
        """``found`` (units, end of clause) with the first part of a list broken by a comma
        (span ``broken``) before it, when its units open the clause at ``at``."""
        if found is None or broken is None or not self.nt.norm.startswith(norm(found[0][0].name), at):
            return found
        return self._units(*broken) + found[0], found[1]

    def _with_roles(self, units: list[ExtractedUnit], end: int, b: int, own_duty: bool,
                    dated: bool) -> list[ExtractedUnit]:
        """The subject's ``units`` and the units later clauses of its sentence (from ``end``)
        give a role; in the dated sentence itself (``dated``; not one whose subject another
        sentence carries on), "X要…，会同Y…" with no subject between makes X lead, Y support."""
        more = [u for u in self._role_clauses(end, b, own_duty) if all(u.name != v.name for v in units)]
        plain = dated and not more and all(u.role in ("responsible", "lead") for u in units)
        partners = self._later_partners(end, b) if plain else []  # "由X牵头，会同Y…" too
        if partners:
            units = [ExtractedUnit(u.name, "lead") for u in units]
            partners = [u for u in partners if all(u.name != v.name for v in units)]
        return units + partners + more

    def opening_units(self, a: int, verb: re.Match, b: int) -> list[ExtractedUnit]:
        """The units of a duty ``norm[a:b]`` that opens with them right before its ``verb``
        ("县统计局在…", "举办开幕式由县科委牵头，…"): they lead when the verb is 牵头, else they
        are responsible; later clauses of the sentence give other units their roles ("…，县科委、
        县科协配合，在中学举办…": support), and a later clause of their own with partners makes
        them lead ("县统计局在…悬挂横幅，并会同县调查队设立宣传点": the 调查队 supports)."""
        # "房管所负责牵头组织…", "X要在节前牵头…": 牵头 right after the verb makes them lead too.
        role = "lead" if verb.group() == "牵头" or LEADS_AFTER.match(self.nt.norm, verb.end()) else "responsible"
        return self._with_roles(self._units(a, verb.start(), role), verb.end(), b, own_duty=False, dated=True)

    def with_later_roles(self, units: list[ExtractedUnit], start: int, b: int) -> list[ExtractedUnit]:
        """``units`` and, after them, the units later clauses of the sentence from ``start``
        (up to ``b``) give a role ("，Y配合，Z负责，…"), each unit once."""
        more = self._role_clauses(start, b)
        return units + [u for u in more if all(u.name != v.name for v in units)]

    def _later_partners(self, start: int, b: int) -> list[ExtractedUnit]:
        """Support units of a clause opening with 会同 after ``start`` in the same sentence,
        before any semicolon or clause naming a subject of its own, or []."""
        s = self.nt.norm
        stop = min((i for i in (s.find("。", start, b), s.find(";", start, b)) if i >= 0), default=b)
        for clause in SUBJECT_CLAUSE.finditer(s, start, stop):
            text = clause.group()
            m = LATER_PARTNERS.pattern.match(text)
            if m is None:
                if _opens_own_duty(text) or _ROLE_CLAUSE.search(text):
                    return []
                continue
            end = partners_end(text, m.end())
            return self._units(clause.start() + m.end(), clause.start() + end, "support") if end else []
        return []

    def _role_clauses(self, start: int, b: int, own_duty: bool = False) -> list[ExtractedUnit]:
        """Units given a role by later clauses of the sentence: "，Y负责…，Z配合做好…",
        "，Y会同Z开展…"."""
        s = self.nt.norm
        stop = s.find("。", start, b)
        end = b if stop < 0 else stop
        units: list[ExtractedUnit] = []
        for clause in SUBJECT_CLAUSE.finditer(s, start, end):
            text = clause.group()
            before = s[clause.start() - 2:clause.start()]
            if before.endswith(";") and clause.start() > start and _opens_own_duty(text):
                break  # "…；X要会同Y…": a duty of X's own, and the clauses after it are its
            agent = AGENT.match(text)
            if agent and own_duty and before == "的,":
                continue  # "…，不能实现…的，由Y协助…": Y handles the case, not the dated duty
            skip = agent.end() if agent else 0
            p = PARTNERS.search(text, skip + 2, skip + 34) if "会同" in text else None
            if p and unit_list_text(text[skip:p.start()]):
                found = self._partners(text, skip, p.start(), clause.start())  # "，Y会同Z…"
                if found is not None:
                    units.extend(found[0])
                    continue
            # "由X牵头、Y配合": role phrases chained by 、 within one clause.
            while True:
                m = _ROLE_CLAUSE.search(text, skip + 2, skip + 34)
                if m is None:
                    break
                np = text[skip:m.start()]
                if len(np) >= 2 and not np.startswith("每") and unit_list_text(np) \
                        and not (own_duty and m.group(1) == "负责" and not agent):
                    role = _ROLE_OF.get(m.group(1), "responsible")
                    units.extend(self._units(clause.start() + skip, clause.start() + m.start(), role))
                if text[m.end():m.end() + 1] != "、":
                    break
                skip = m.end() + 1
        return units


# "办公厅已明确由市政府督查室负责", "统一由各学院汇总": a clause that names its doer after a
# 由 inside it (自由贸易区 is a name, not an agent).
INNER_AGENT = rule(
    "inner_agent", r"(?<=[\u4e00-\u9fff])(?<!自)由(?=[^,;。]{2})", "agent",
    [("办公厅已明确由市政府督查室负责", ["由"]), ("统一由各学院汇总", ["由"]),
     ("由市民政局负责", []), ("某自由贸易区管委会负责", [])],
)


def doer_after_agent(body: str) -> int:
    """Where the doer of ``body`` starts: after a 由 inside it when what follows is a unit
    list ("办公厅已明确由X负责" → X), else 0."""
    m = INNER_AGENT.pattern.search(body) if "由" in body else None
    return m.end() if m and unit_list_text(body[m.end():]) else 0
