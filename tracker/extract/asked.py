"""Units asked to act: the units a request names ("请X…", "要求X于…"), the owners of papers
due ("X的季度报表在…前报…"), units acting after an event ("X汇总后于…前报…"), and the units a
unit hands a duty over to ("X要求Y于…前…", "X下发督办函，要求Y于…前…": Y acts, X asks)."""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule
from tracker.extract.unit_levels import place_list
from tracker.extract.units import unit_list_text

# The leeway a subject is given before its verb ("X可根据实际安排…，但必须于…前完成"): X still
# opens the sentence and the date binds it.
MAY_END = re.compile(r"(?:可以|可)$")

# What may open the predicate after a requested subject: a modal verb, a time or manner
# adverbial, a preposition or a working verb, or a quoted word about the subject ("“一把手”").
# The distributive 各 ("each of them") after a list of units opens its predicate: "X、Y各明确一名联络员",
# "X、Y各安排一名同志" (各派出所 is a name, so 派 only before no 出).
EACH_OPENS = r"各(?=自|分别|明确|安排|指定|确定|选派|推荐|报送|负责|抽调|落实|制定|提供|准备|承担|派(?!出)|成立|组建)"
PREDICATE = (EACH_OPENS + r"|务必|必须|应当|要|应|须|需|于|(?<!所)在|自|从|每|按|依|根据|结合|对照|针对|围绕|将|把|对|向|以|与|"
              r"认真|切实|高度|抓紧|尽快|及时|立即|迅速|进一步|积极|严格|按时|如实|务求|接|收到|提前|"
              r"组织|开展|做好|做到|加强|加大|加快|落实|完成|制定|填报|报送|上报|提交|提供|转发|印发|"
              r"继续|全面|深入|广泛|主动|统筹|通力|共同|密切|全力|督促|指导|安排|汇总|整理|审核|核实|收集|统计|召开|接到|登录|登陆|"
              r"“|,|;|。|$")
_PREDICATE_RE = re.compile(PREDICATE)
# "所在/所属/所辖" ("of one's own"): 所 there ends no office's name ("教师将所在系…").
_OWN_PLACE = re.compile(r"所[在属辖]")
_CLAUSE_END = re.compile(r"[,;。:]|$")
_CLAUSE_RE = re.compile(r"[^,;:。]+")
# After a subject's modal verb, 牵头 (past a time or manner adverbial of the same clause) makes it
# lead: "X要在放假前牵头组织检查", not when it supports another's lead ("X要配合Y牵头的工作").
LEADS_AFTER = re.compile(r"(?:[^,;。配协支]{0,16}?(?:前|后|内|时|期间|认真|积极|主动))?牵头(?!单位|部门|责任|的)")
# A later clause handing the duty over: "…，要求Y于…", "…，并请Y…".
_ASKS = re.compile(r"(?:并|同时)?(?:要求|请(?![假示])|责成)")


def request_end(text: str, skip: int) -> int | None:
    """End of the units requested in ``text`` after ``skip`` ("请X…": X), or None: the
    first place where a predicate may open and the words before it are units."""
    for m in _PREDICATE_RE.finditer(text, skip + 2, skip + 42):
        if unit_list_text(text[skip:m.start()]) or place_list(text[skip:m.start()]):
            return m.start()  # "要求各县（市）区、高新区、伊滨区于…": places named bare too
    # "要求各村、外包公司调配足够的人力": a verb of no list; the longest list before the clause's end.
    stop = _CLAUSE_END.search(text, skip)
    if _PREDICATE_RE.match(text, skip):
        return None  # "请于…", "请及时与X联系": the request names nobody
    for end in range(min(stop.start() - 2, skip + 40), skip + 1, -1):
        if unit_list_text(text[skip:end]) and not _OWN_PLACE.match(text, end - 1):
            return end
    return None


def asked_after(text: str, at: int) -> int | None:
    """End of the units asked in ``text`` when 要求 opens at ``at`` right after the unit that
    asks ("市防指要求各乡镇于…": the end of 各乡镇), or None."""
    if not text.startswith("要求", at):
        return None
    return request_end(text, at + 2)


def handed_over(s: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of the units a clause of ``s[a:b]`` asks to act ("…下发督办函，要求各乡镇于…":
    各乡镇), or None."""
    for clause in _CLAUSE_RE.finditer(s, a, b):
        ask = _ASKS.match(clause.group())
        end = request_end(clause.group(), ask.end()) if ask else None
        if end is not None:
            return clause.start() + ask.end(), clause.start() + end
    return None


# What a unit hands in: "X的季度报表在…前报…" makes X the subject.
_PAPER_WORDS = r"(?:报表|报告|材料|总结|方案|数据|信息|情况|资料|名单|清单|计划)"
_POSSESSED = re.compile(r"(?P<owner>.{2,40}?)的[^的]{0,8}?" + _PAPER_WORDS + "$")
_PAPERS = re.compile(_PAPER_WORDS + "$")
_ACTS = re.compile(r"将|把|后|形成|组织|制定|编制|完成|报(?!表|告)")  # "各单位会后抓紧将…形成书面材料": an act, no owner


def possessor(np: str) -> int | None:
    """Length of the units owning the papers named by ``np`` ("各县、各部门的每季度报表"),
    or None."""
    if np.endswith("的") and unit_list_text(np[:-1]):
        return len(np) - 1  # "X的每季度报表": the time phrase stands inside the possessed noun
    m = _POSSESSED.match(np) if "的" in np else None
    if m is None and np.startswith("各") and _PAPERS.search(np) and not _ACTS.search(np):
        # "各单位安全生产大检查方案于…前报…": the collective's papers, written with no 的
        return next((k for k in range(min(len(np) - 2, 16), 1, -1) if unit_list_text(np[:k])), None)
    return len(m.group("owner")) if m and unit_list_text(m.group("owner")) else None


_AFTER_EVENT = re.compile(r"(?:后|之后|以后)(?:于是|于|在)?$")
# A window's time named by the act it closes, after the units that act ("项目单位申报时间为…",
# "完成单位网络提交截止时间：…", "申报单位填报申请书的受理时间为：…"): those units are the subject.
_WINDOW = re.compile(r"[^,;。]{0,16}?(?:申报|申请|报送|提交|填报|送交|上报|推荐|受理|截止)[^,;。]{0,6}?"
                     r"(?:时间|时限|日期|期限)(?:为|是)?:?")


def window_owner(np: str) -> int | None:
    """Length of the units opening ``np`` (the text before a date) when the rest names their
    window's time ("项目单位申报时间为"), or None."""
    if not np.endswith(("时间", "时限", "日期", "期限", "为", "是", ":")):
        return None
    first = min(len(np) - 4, 20, *(i for i in (np.find("向"), np.find("给")) if i >= 0))  # "X向Y提出…的截止时间": X
    return next((k for k in range(first, 1, -1) if _WINDOW.fullmatch(np, k) and unit_list_text(np[:k]) and (k > 2 or np[0] == "各")), None)


def window_after_colon(s: str, clause: str, end: int, due_starts) -> tuple[int, ...]:
    """(the place right after the colon,) when ``clause``, ending at ``end`` in ``s`` before a colon,
    names the window of its units ("X的受理时间为：<date>"): their date stands past the colon; else ()."""
    return (end + 1,) if due_starts and s.startswith(":", end) and window_owner(clause) else ()


def acting_before(np: str) -> int | None:
    """Length of the units that do something first and then the dated duty: "州节能办
    汇总后于…前报…" (np is the text before the date), or None."""
    if not _AFTER_EVENT.search(np):
        return None
    return request_end(np, 0)


# The heads of the units named before them ("X主要负责人要…", "各地各单位主要负责同志…"): they act
# for their units, which are the subject.
_HEADS = re.compile(r"(?:主要负责同志|主要负责人|负责同志|负责人|主要领导|一把手|(?:党组织|党支部|党总支)书记)$")
# Under a holiday or a campaign window, the staff on duty of the units, or their heads and staff in a
# list, act for them the same way ("各科室负责人和值班人员应…", "各临床科室相关值班人员务必…",
# "各系辅导员、班主任要…"); the staff words are the lexicon's. Elsewhere such staff are people a
# standard binds ("单位值班人员应立即启动预案"), not units handed work.
_STAFF = "(?:相关)?(?:" + alternation(lexicon().unit_staff)[3:-1] + r"|(?:党组织|党支部|党总支)书记)"
_STAFF_LIST = re.compile(_STAFF + r"(?:[和、及与]" + _STAFF + ")*$")

# A clause of the heads alone after their units' copula ("X是…的责任主体，主要负责同志是第一责任人，
# 要…"): it names no other subject, and X's duty follows.
HEADS_CLAUSE = re.compile(r"(?:党政)?(?:主要负责同志|主要负责人|主要领导|一把手)(?:是|为|任)")


def heads_end(np: str, staff: bool = False) -> int | None:
    """End of the units in ``np`` when it names them and then their heads (``staff``: or their
    staff, ``_STAFF_LIST``), or a remark in brackets ("X（Y工作由Z统一协调和负责）也要…"), else None."""
    m = (_STAFF_LIST if staff else _HEADS).search(np) or (_REMARK_AFTER.search(np) if np.endswith(")") else None)
    return m.start() if m and m.start() >= 2 and unit_list_text(np[:m.start()]) else None


# A remark in brackets after a subject, holding a clause of its own (a role word, 由…).
_REMARK_AFTER = re.compile(r"\([^()]*(?:由|负责|牵头|统一)[^()]*\)$")


def first_outside_brackets(pattern: re.Pattern, text: str, skip: int) -> re.Match | None:
    """The first match of ``pattern`` in ``text`` from ``skip`` that stands outside brackets."""
    for m in pattern.finditer(text, skip):
        if text.count("(", skip, m.start()) == text.count(")", skip, m.start()):
            return m
    return None


_OWN_MODAL = re.compile(r"要|应|须|必须|应当")
# A purpose opening a sentence ("为确保项目早日通车，X将…", "为了…，X要…"): the subject follows it
# (为主, 为准, 为期, 为止, 为此, 为重点 … are no purpose).
PURPOSE = re.compile(r"为了?(?!主|准|期|止|此|其|由|重点|依据|基础|目标|核心|载体|抓手)[^,;。]{2,40}")
_TIME_OPENS = re.compile(r"(?:于|在|务必于|务必在)?")  # between a modal verb and its time phrase


def own_time_subject(s: str, a: int, due: int) -> tuple[int, int] | None:
    """Span of the units opening the last clause of ``s[a:due]`` when that clause runs into the
    time phrase at ``due`` with their own modal verb ("市局将组织评审，各县区应于5月底前…":
    各县区), or None."""
    last = None
    for last in _CLAUSE_RE.finditer(s, a, due):
        pass
    if last is None or last.end() != due:
        return None
    m = _OWN_MODAL.search(s, last.start() + 2, due)
    if m and _TIME_OPENS.fullmatch(s, m.end(), due) and unit_list_text(s[last.start():m.start()]):
        return last.start(), m.start()
    # "…，各组一天汇报一次": the units run straight into their own time phrase, no modal between.
    return (last.start(), due) if due - last.start() >= 2 and unit_list_text(s[last.start():due]) else None


# A clause of time or ground before the subject: "X在…后应于…", "专项行动期间，X于…", "在自查的
# 基础上，X要…", "在确保安全的前提下，X…" (matched against one clause, up to its end).
ADVERBIAL = rule(
    "subject_adverbial", r"(?:在|于|经(?![济营贸信开销管]))[^,;。]{1,16}(?:后|时|期间|基础上|前提下)$|[^,;。在于]{2,10}期间$",
    "adverbial", [("在收到通知后", ["在收到通知后"]), ("专项行动期间", ["专项行动期间"]),
                  ("在全面排查的基础上", ["在全面排查的基础上"]), ("在不影响教学的前提下", ["在不影响教学的前提下"]),
                  ("在基础设施建设上", [])])
_TIME_ASIDE = re.compile(r"\([^()]{0,12}\d[^()]{0,24}\)|\((?:具体)?(?:时间|日期)[^()]{0,10}\)|(?:\((?:周|星期)[一二三四五六日天]\))?(?:上午|下午|中午|晚上)?(?:\d{1,2}(?::\d{2}|点|时)(?:\d{1,2}分)?|下班)?(?:之|以)?前(?=[^;。])")  # "D(周四)下午5点前X…", "D下午下班前，X…", "D(具体时间另行通知)，X…"


def past_asides(text_norm: str, at: int, b: int) -> int:
    """Where the subject may begin after a time phrase ending at ``at`` (``text_norm[at:b]``):
    past a time aside ("5月24日(秋季:9月24日),X…", "D下午5点前，X…") and an adverbial clause
    ("…阶段(7月至9月)在自查的基础上，X要…": the ground the subject acts on, then X)."""
    if (aside := _TIME_ASIDE.match(text_norm, at, b)) and aside.end() > at:
        at = aside.end() + (text_norm[aside.end():aside.end() + 1] == ",")
    clause = _CLAUSE_RE.match(text_norm, at, b)
    if clause and ADVERBIAL.pattern.fullmatch(clause.group()) and text_norm.startswith(",", clause.end()):
        at = clause.end() + 1
    return at
