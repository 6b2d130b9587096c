"""Who a dated sentence binds: the units that are its subject.

Shapes read, on normalized text:
- leading role clauses: "由X牵头，Y配合，于…完成";
- a subject before a modal verb, a time or a recurrence word: "X要/应/须…", "X牵头编制…", "X于2022年底前…";
- a subject acting with partners: "X（要）会同Y、Z…" -> X lead, Y and Z support;
- a subject opening the sentence before a working verb: "X组织…", "X按照…落实…", or set off by a comma
  ("X、Y，要…"); after any of these, later clauses giving other units a role: "…，Y负责…，Z、W配合…";
- a leading 各… list after the time phrase ("N月底前，各镇报送…"); a year word before the subject is skipped; else the item's first subject.
"""

from __future__ import annotations

import re

from tracker.extract.asked import MAY_END, ADVERBIAL, HEADS_CLAUSE, LEADS_AFTER, PURPOSE as _PURPOSE, acting_before, asked_after, first_outside_brackets, heads_end, past_asides, possessor, request_end, window_after_colon, window_owner
from tracker.extract.problems import Problem
from tracker.extract.dated import Hit
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NUMBERING, NText, numbering
from tracker.extract.role_clauses import (AGENT as _AGENT, NAME_GOES_ON as _NAME_GOES_ON, PARTNERS as _PARTNERS, POINT as _POINT,
                                          SUBJECT_CLAUSE as _SUBJECT_CLAUSE, WORK_VERB as _WORK_VERB, RoleClauses, doer_after_agent, subject_after_date)
from tracker.extract.sentence_memo import SentenceMemo
from tracker.extract.stage_heads import stage_lead_end
from tracker.extract.subject_carry import COLLECTIVE_ONLY, FIRST_VERBS, STAGE_HEAD, CarriedSubjects, asks_alone
from tracker.extract.subject_late import LateSubjects
from tracker.extract.unit_headings import UnitHeadings
from tracker.extract.unit_names import township_list, verb_ends_name
from tracker.extract.units import has_role_word, looks_like_unit, unit_list_text

__all__ = ["MAX_SENTENCE", "STAGE_HEAD", "Subjects"]

MAX_SENTENCE = 3000
# "X、Y分别负责…": 分别 belongs to the verb, not to the last name.
_MODAL = re.compile(r"(?:分别|各自)?(按要求|按照要求|应当|(?<![主重必只])要|应|须|需(?!求)|必须|负责(?!人|同志)|牵头(?!单位|部门|责任单位|责任部门))")
# Words between a subject and its time phrase ("X要于2022年底前…", "X在每月5日前…", "X请于…前": X, not the addressees).
_TIME_FILLER = re.compile(r"(?:分别|各自)?(?:要|应|须|需|务必|务请|请|务|必须|力争|确保|计划|拟|将|应当|要在|应在|须在|最迟|最晚)?(?:于|在|到|不迟于|不晚于)?$")
_CLAUSE = re.compile(r"[^,;。]*")
_ADVERBIAL = ADVERBIAL.pattern  # the subject_adverbial rule (asked.py)
# A stage's name and time opening its paragraph with no colon: "督查阶段（8月-11月） X…".
_STAGE_LEAD = re.compile(r"[^,;。:()]{2,20}阶段\([^()]{0,12}[\d月日][^()]{0,12}\)")
# What may follow the subject opening a sentence: a working verb, or a time, place or
# manner adverbial ("各地以县为单位，…", "各填报单位在认真统计的基础上…", "X于11月底前…").
_FIRST_VERB = re.compile(_WORK_VERB.pattern + FIRST_VERBS)
# An item labelled with its units: "1.县教育局:", "县交通运输局、县公安局:".
_LABEL = re.compile(r"(?:\d{1,2}[.、]|\(?[一二三四五六七八九十\d]{1,3}[)、.])?"
                    r"(?P<units>[^,;:。()\d]{2,30}):")
_BY = re.compile(r"(?:统一|均|一律|全部)?由")
_LEAD_LIST = re.compile(r"^(各|每个|全市各|市属|区属|县属|各级)")
# "今年我局将于…": the year before the subject is no part of it ("今年以来", "今年上半年" are other phrases).
_YEAR_WORD = re.compile(r"(?:今年|明年|本年度|年内)(?!以来|以前|[上下前内底初中])")
_COPULA = re.compile(r"是|作为")  # "X是…的责任主体，要…", "X作为项目实施的主体，要…"
_DUTY_AFTER_COMMA = re.compile(r",(?:要|应|须|必须|应当)")
_MODAL_OWN = re.compile(r"要|应|须|必须|应当")  # a duty of the subject's own ("X要于…", "X应当…")
# "X要会同Y…": the partners' list opens right after the subject (or its modal verb).
_PREPOSITIONS = set("向对把将与给为从在按以经")


class Subjects(SentenceMemo, CarriedSubjects, LateSubjects, RoleClauses):
    """Finds subjects in the normalized text of one document body."""

    def __init__(self, nt: NText, para_ends: dict[int, int], problems: list[Problem], numbers=None):
        super().__init__(nt, problems)
        self.para_ends = para_ends  # paragraph start -> end
        self._items: dict[int, tuple] = {}
        self._unit_headings = UnitHeadings(nt, para_ends, self._units, numbers)  # numbers: see UnitHeadings

    def of_dated(self, pa: int, a: int, b: int, hits: list[Hit]) -> list[ExtractedUnit]:
        """Units of the dated sentence(s) ``norm[a:b]`` of the paragraph at ``pa``;
        ``hits`` are relative to ``pa``."""
        s = self.nt.norm
        if labelled := self.label(pa):
            return labelled
        first_date = pa + hits[0].start if hits else b
        units = self.sentence(lead := stage_lead_end(s, a, b), max(first_date, lead), b, tuple(pa + h.start for h in hits))
        if units or lead > a:  # a stage statement opens its own work: no subject carried into it
            return units
        after = clause = None
        if hits:
            after = pa + hits[0].end
            while after < b and (s[after] in ",:" or s[after] == ")" and after == pa + hits[0].end):
                # "…阶段(5月2日-7日)，X…": the time phrase closes its bracket, then the subject
                after += 1
            after = past_asides(s, after, b)
            clause = _CLAUSE.match(s, after, b).group()
            # "N月底前，X将…" / "N月底前，X会同Y…": a subject of its own after the time
            # phrase; roles given by later clauses ("…，由Z牵头负责") join it.
            units = self._after_date(clause, after)
            if units:
                names = {u.name for u in units}
                return units + [u for u in self._role_clauses(after + len(clause), b)
                                if u.name not in names]
        # "N年N月底前完成…，由X负责": the agent named after the time phrase.
        units = self._role_clauses(a, b)
        if units:
            return units
        units = self._clause_before(pa, a, b)  # "…；Y要密切配合，于N日内将…"
        if units:
            return units
        # The subject of a nearer sentence before it ("…，Y要每月研究…。…情况按季度报…"), else
        # that of the item's first sentence ("各县（市、区）和市属开发区要…").
        first, first_end, units = self.item(pa)
        near = self._carried(pa, a) if a > first_end + 1 else []
        if near:
            return near
        if first_end > first and not (first == a and first_end + 1 >= b) and units:
            return list(units)
        units = self._carried(pa, a) or (self._stage(pa) or self._run_on(pa) if a == pa else []) or self._introduced(pa)
        if units:
            return units
        # A leading 各…/每个… list in the clause after the date ("2018年，每个县…").
        if clause and _LEAD_LIST.match(clause):
            for end in range(len(clause), 1, -1):
                if unit_list_text(clause[:end]):
                    return self._units(after, after + end)
        return self._late(pa, a, b, hits, first_date)

    def _after_date(self, clause: str, at: int) -> list[ExtractedUnit]:
        """The subject opening ``clause`` (at ``at`` in the text) right after a time
        phrase: "各镇报送…", "X将…", "X会同Y、Z…" (X leads, Y and Z support)."""
        if "会同" in clause:
            p = _PARTNERS.search(clause, 2, 34)
            if p and unit_list_text(clause[:p.start()]):
                found = self._partners(clause, 0, p.start(), at)
                if found is not None:
                    return found[0]
        skip = m.end() if (m := _BY.match(clause)) else 0  # "麦收前，由X负责完成…", "…，统一由X汇总…"
        if clause[skip:skip + 1] in _PREPOSITIONS:
            return []  # "…前向X报送": X receives, it is no subject
        end = subject_after_date(clause, skip)
        return self._units(at + skip, at + end, "lead" if clause.startswith("牵头", end or 0) else "responsible") if end else []

    def label(self, pa: int) -> list[ExtractedUnit]:
        """Units of an item opening with its units as a label: "1. X：…", "X、Y：…" (the
        label assigns the whole item). "X：会同Y…" makes X lead and Y support; "X：牵头…，
        Y配合" X lead and Y support; else the label's units are responsible and units named
        later in the item ("配合Z开展…") add nothing."""
        s = self.nt.norm
        para_end = self.para_ends.get(pa, len(s))
        m = _LABEL.match(s, pa, min(para_end, pa + 40))
        if m is None or m.end() >= para_end:
            return []
        body = m.group("units")
        if not unit_list_text(body) or has_role_word(body):
            return []
        a, at = m.start("units"), m.end("units")
        rest = m.end()
        if s.startswith("会同", rest):
            clause = _CLAUSE.match(s, rest, para_end).group()
            found = self._partners(s[a:rest] + clause, 0, rest - a, a, at - a)
            if found is not None:
                return found[0]
        if s.startswith("牵头", rest):
            lead = self._units(a, at, "lead")
            clause = _CLAUSE.match(s, rest, para_end).group()
            more = self._role_clauses(rest + len(clause), para_end)
            return lead + [u for u in more if all(u.name != v.name for v in lead)]
        return self._units(a, at)

    def item(self, pa: int):
        """(start, end, units) of the first sentence of the item at ``pa`` (cached)."""
        hit = self._items.get(pa)
        if hit is None:
            s = self.nt.norm
            para_end = self.para_ends.get(pa, len(s))
            first = pa
            if numbering(s[pa:pa + 60]):
                m = re.match(r"[^。]{0,40}。", s[pa:pa + 60])
                if m and len(m.group()) <= 40 and not _DUTY_AFTER_COMMA.search(m.group()):
                    first = pa + m.end()  # a heading, unless a clause gives a duty ("(一)X收到…后，要…。")
            stop = s.find("。", first, min(para_end, first + MAX_SENTENCE))
            end = stop if stop >= 0 else min(para_end, first + MAX_SENTENCE)
            units = self.sentence(first, end, end) if end > first else []
            hit = self._items[pa] = (first, end, units)
        return hit

    def _read_sentence(self, a: int, limit: int, b: int, due_starts: tuple[int, ...] = ()):
        """Units that are the subject of the sentence at ``a`` (looked for in clauses
        starting before ``limit``), with units given a role in later clauses, or []."""
        s = self.nt.norm
        roles: list[tuple[int, int]] = []
        first_clause, broken, copula = True, None, None  # copula: span of X in a first clause "X是…"
        for clause in _SUBJECT_CLAUSE.finditer(s[a:min(b, a + MAX_SENTENCE)]):
            c_start = a + clause.start()
            if c_start > limit and not roles:
                break
            text = clause.group()
            num = NUMBERING.match(text)
            skip = num.end() if num else 0
            skip = p.end() if (p := _POINT.match(text, skip)) else skip  # "即:一是X须…": the point's number
            stage = _STAGE_LEAD.match(text, skip) if "阶段" in text else None
            skip = stage.end() if stage else skip  # "(三)督查阶段(8月-11月) X组成…"
            skip = y.end() if "年" in text and (y := _YEAR_WORD.match(text, skip)) and y.end() + 2 <= len(text) else skip
            lead = _AGENT.match(text, skip)
            if lead:
                skip = lead.end()
            body = text[skip:]
            if has_role_word(body) and unit_list_text(body) and (lead or roles or skip == 0 or num):
                roles.append((c_start + skip + doer_after_agent(body), c_start + len(text)))
                continue
            if roles:
                break
            found = self._broken_on(broken, self._clause_subject(text, skip, c_start, due_starts, first_clause), c_start + skip) \
                or self._set_off(text, skip, c_start) or self._second_person(text, skip, c_start)
            if found is None and ("请" in text or "要求" in text or "责成" in text):
                found = self._requested(text, skip - (lead.end() - lead.start() if lead else 0), c_start)
            if found is None and first_clause and "的" in text:
                found = self._conditioned(text, skip, c_start, due_starts)
            if found is None and copula is not None and (_MODAL.match(text, skip) or due_starts and (text.startswith(("于", "在"), skip) or any(
                    0 <= d - c_start - skip <= 4 for d in due_starts)) and "的" not in s[copula[0]:copula[1]]):  # "X收到通知后，于…前报…", "X春运期间，每十天…前…"
                # "X是…的责任主体，要于…", "X作为…的主体，要…": X, named in the clause before, is the subject.
                found = self._units(copula[0], copula[1]), c_start + len(text)
            if found is not None:
                units, end = found
                later = self._later_subject(text, skip, end, due_starts)
                if later:
                    return (units if ";" not in s[end:min(due_starts)] and all(
                        u.name.startswith("各") for u in units + later) else []) + later  # "各X要…，各Y要…，于…"
                if first_clause and due_starts:
                    units = units + self._parallel(text, skip, c_start, min(due_starts), units)
                # "X要于…完成…，Y负责做好…": after a subject with its own modal verb and
                # the date, an undated "Y负责…" clause is a duty of Y's, not a role in X's.
                own = _MODAL_OWN.search(text, skip, skip + 32)
                after_dates = own is not None and due_starts and end > max(due_starts)
                return self._with_roles(units, end, b, after_dates, bool(due_starts))
            copula = copula if copula is not None and HEADS_CLAUSE.match(text, skip) else None  # "X是…主体，主要负责同志是第一责任人，要…"
            if first_clause:
                cm = _COPULA.search(text, skip + 2, skip + 30)
                np = text[skip:cm.start()] if cm else ""
                if np and (unit_list_text(np) or looks_like_unit(np)):
                    copula = (c_start + skip, c_start + cm.start())
                elif text.endswith(("后", "时", "期间")):  # "X收到通知后，要…", "X春运期间，…": X acts
                    e = request_end(text, skip)
                    copula = (c_start + skip, c_start + e) if e else None
            # "四、报送时间：X的报表在…": a short label opens the item, the subject follows;
            # "四、整治步骤1.宣传发动阶段(5月2日-7日)，X对…": a stage's name and time alone open it.
            # "会议要求，X…": the request alone opens the sentence, the subject follows.
            # "X、Y，Z、W确定…": the first part of a subject list broken by a comma.
            first_clause = (broken := self._list_broken(text, skip, c_start) if first_clause else None) is not None or (s[
                c_start + len(text):c_start + len(text) + 1] == ":" and len(text) - skip <= 12
                            or stage is not None and skip == len(text) or _ADVERBIAL.fullmatch(text, skip) or _PURPOSE.fullmatch(text, skip)  # "在收到…后，X…", "为…，X…"
                            or asks_alone(text, skip)) and first_clause
        units = []
        for ra, rb in roles:
            units.extend(u for u in self._units(ra, rb) if all(u.name != v.name for v in units))
        more = self._later_partners(roles[-1][1], b) if roles and due_starts else []  # "由X牵头，会同Y、Z于…前…"
        return units + [u for u in more if u.name not in {v.name for v in units}]

    def _clause_subject(self, text: str, skip: int, c_start: int, due_starts, first: bool):
        """(units, end of clause) when clause ``text`` opens with a subject, else None."""
        s = self.nt.norm
        skip += 2 if text.startswith("以及", skip) else 0  # "…专班，以及X应当…": X, not "以及X"
        m = first_outside_brackets(_MODAL, text, skip)  # "X（…由Y负责）也要…": not the remark's 负责
        if m and m.start() - skip >= 2:
            end = m.start() - (m.start() - skip > 2 and text[m.start() - 1] in "都均也")  # "X、Y都应…"
            np = text[skip:end]
            adv = _ADVERBIAL.search(np) if "后" in np or "时" in np or "期间" in np else None
            if adv and adv.start() >= 2 and not (unit_list_text(np) or looks_like_unit(np)):
                end = skip + adv.start()
                np = text[skip:end]
            if (h := heads_end(np)) is not None:  # "X主要负责人要…": X's heads act for X
                end, np = skip + h, np[:h]
            if unit_list_text(np) or looks_like_unit(np):
                if (asked := asked_after(text, end)) is not None:  # "X要求Y于…前…": X asks, Y acts
                    return self._units(c_start + end + 2, c_start + asked), c_start + len(text)
                found = self._partners(text, skip, end, c_start)
                if found is not None:
                    return found
                role = "lead" if m.group(1) == "牵头" or LEADS_AFTER.match(text, m.end()) else "responsible"  # "X牵头编制…", "X要在…前牵头组织…"
                return self._units(c_start + skip, c_start + end, role), c_start + len(text)
        for d in (*due_starts, *window_after_colon(s, text[skip:], c_start + len(text), due_starts)):  # "X的受理时间为：<date>"
            if c_start + skip < d <= c_start + len(text) + 1 - (d in due_starts):
                if s[d] in "到至":
                    return None  # "X到2019年达到120家": a target figure, X is what is counted
                np = _TIME_FILLER.sub("", text[skip:d - c_start])
                if len(np) >= 2 and (unit_list_text(np) or looks_like_unit(np) or township_list(np)):
                    return self._units(c_start + skip, c_start + skip + len(np)), c_start + len(text)
                owner = possessor(np) or acting_before(np) or window_owner(np)  # "X的季度报表在…前报", "X汇总后于…前报", "X申报时间为…"
                if owner:
                    return self._units(c_start + skip, c_start + skip + owner), c_start + len(text)
                break  # "X向Y提出…的截止时间为…": X may still open the clause before a working verb
        if first and c_start + skip not in due_starts:  # "考试结束后要…交教务处": a time opens it, no subject
            for v in _FIRST_VERB.finditer(text, skip + 2, skip + 32):
                np = text[skip:v.start()]
                if (may := MAY_END.search(np)) and unit_list_text(np[:may.start()]):  # "X可根据实际安排…，但必须于…前完成"
                    return self._units(c_start + skip, c_start + skip + may.start()), c_start + len(text)
                if (_NAME_GOES_ON.match(text, v.end()) and looks_like_unit(text[skip:v.end() + 1])) or verb_ends_name(text[skip:v.end()], v.group()):
                    continue  # "区委组织部研究…", "各社会组织接到…": the verb is part of the name
                if ("的" in np or v.group() in COLLECTIVE_ONLY) and not np.startswith("各"):
                    continue  # "基础类的乡镇以…为目标", "坚持…的中小学编制标准": a description
                if unit_list_text(np):
                    found = self._partners(text, skip, v.start(), c_start)
                    if found is not None:
                        return found
                    return self._units(c_start + skip, c_start + v.start()), c_start + len(text)
                # "X的报表在…前报…"; "X接通知后根据…组织…": X acts on receipt
                owner = (possessor(np) if v.group() in ("在", "于") else None) or acting_before(np)
                if owner:
                    return self._units(c_start + skip, c_start + skip + owner), c_start + len(text)
        return None
