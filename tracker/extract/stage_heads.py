"""A stage heading alone on its line, with its period in brackets, and the duties under it.

A work plan lists its stages as headings of their own ("（三）重点检查阶段（2010年3月-2010年7月）")
and states each stage's duties in the paragraphs below, up to the next numbered heading. The
heading names no duty: the duties under it are the task, due when the stage ends. When they
carry dates of their own ("…于10月10日前将工作情况报…"), those dated sentences are the tasks
and the heading adds none; so too when the heading's range stands right above dated numbered
sub-items. A short step named with its date alone ("2、听取汇报（12月17日）") takes the one
paragraph below it as its body; an item heading run on inside a paragraph ("…。5、提升供水保障
能力。2029年建成…") opens the text of the dated sentence after it, and a short numbered heading
closed by a colon ("1、“爱心义诊”活动：") the text of the dated line below it.
"""

from __future__ import annotations

import re

from tracker.extract.normalize import NUMBERING, numbering
from tracker.extract.rules import rule

STAGE_HEADING = rule(
    "stage_heading",
    r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?"
    r"(?:第[一二三四五六七八九十\d]{1,2}阶段:)?[^,;。:()\n]{0,16}(?:阶段|时期|第[一二三四五六七八九十\d]步)\([^()]{3,30}\)[:。]?$",
    "stage",
    [("(三)重点检查阶段(2027年3月-2027年7月)", ["(三)重点检查阶段(2027年3月-2027年7月)"]),
     ("二、集中整改阶段(2027年8月—12月)", ["二、集中整改阶段(2027年8月—12月)"]),
     ("(三)重点检查阶段(2027年3月-7月)各县要对排查情况进行检查。", []),
     ("第三阶段:检查验收阶段(2027年10-11月)", ["第三阶段:检查验收阶段(2027年10-11月)"]),
     ("(一)建立工作机制(2027年8月)", [])],
    doc="Matched on a whole paragraph.",
)


# A clause of a run-on stage list opening with the stage's ordinal right before its period:
# "第一阶段(2月25日—3月2日):自查,第二阶段(3月3日—4日):检查" holds one duty a stage.
STAGE_CLAUSE = rule(
    "stage_clause_open",
    r"第[一二三四五六七八九十\d]{1,3}(?:阶段|步)\(?",
    "boundary",
    [("第二阶段(", ["第二阶段("]), ("第3步", ["第3步"]), ("第二批(", [])],
    doc="Matched on the text between the cut and the clause's time phrase, whole.",
)


# A stage heading opening its paragraph: its number, its name and its period in brackets
# ("（三）巩固提高阶段（12月1日至12月31日）", "（一）动员部署阶段（2027年9月10日至9月17日）。一是…").
# The ordinal may stand before the name with its colon ("第三阶段：检查验收阶段（2027年10-11月）").
_STAGE_OPEN = re.compile(r"(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?"
                         r"(?:第[一二三四五六七八九十\d]{1,2}阶段:)?[^,;。:()\n]{0,20}阶段\([^()]{3,30}\)[:。]?")


# A numbered step of a plan's 实施步骤 named by its work, not as a 阶段, with its period in brackets
# and alone on its line ("（二）组织实施，全面推进（2027年3月1日至9月30日）", "（一）基本信息核查更新（即日起至
# 2027年1月31日）"): a stage heading too. Its period is a span of days or months; a name ending in 时间
# ("二、活动时间（…）") states a window (the window stage reads it), and one holding a date's
# 前 is a dated step of its own.
STEP_HEADING = rule(
    "step_heading",
    r"^(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)[^,;。:()\d]{2,16}(?:,[^,;。:()\d]{2,10})?"
    r"\((?:即日起|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?)(?:至|到|—{1,2}|-|~)[^()前]{2,14}\)[:。]?$",
    "stage",
    [("(二)组织实施,全面推进(2027年3月1日至9月30日)", ["(二)组织实施,全面推进(2027年3月1日至9月30日)"]),
     ("(一)基本信息核查更新(即日起至2027年1月31日)", ["(一)基本信息核查更新(即日起至2027年1月31日)"]),
     ("(三)整治情况抽查(7月1日—12月31日)。", ["(三)整治情况抽查(7月1日—12月31日)。"]),
     ("(二)活动时间(2027年3月1日至9月30日)", []),
     ("(一)制定方案(3月31日前)", []),
     ("(二)组织实施,全面推进(2027年3月1日至9月30日)各村要组织自查。", []),
     ("1.村党组织换届选举(2027年11月至12月上旬)", [])],
    when=lambda m: not re.search(r"时间\(|期限\(|日期\(", m.group()),
    doc="Matched on a whole paragraph.",
)


def stage_head_end(text_norm: str, pa: int, pb: int) -> int | None:
    """Where the stage heading opening the paragraph ``text_norm[pa:pb]`` ends, or None."""
    m = _STAGE_OPEN.match(text_norm, pa, pb)
    if m:
        return m.end()
    return pb if text_norm[pb - 1:pb] in ")。:" and STEP_HEADING.spans(text_norm[pa:pb]) else None


def stage_body(text_norm: str, para_spans: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The span of the paragraphs under the stage heading ``para_spans[i]``: those after
    it up to the next numbered paragraph. None when paragraph ``i`` is no bare stage
    heading or nothing stands under it."""
    pa, pb = para_spans[i]
    step = not STAGE_HEADING.pattern.match(text_norm[pa:pb])
    if step and not _dated_step_head(text_norm, pa, pb):
        return None
    end = i + 1
    while end < len(para_spans):
        a, b = para_spans[end]
        if b > a and numbering(text_norm[a:min(b, a + 60)]):
            break
        end += 1
    if end == i + 1 or para_spans[end - 1][1] <= para_spans[i + 1][0] or step and end > i + 2:
        return None  # (a step's body is one paragraph: more is the text after a list)
    return para_spans[i + 1][0], para_spans[end - 1][1]


# A heading line that is a period alone after its name ("二、排查整治阶段(9月1日至11月30日)",
# "（二）考评阶段：(12月11日—12月17日)").
# A range only: a heading due by a date of its own ("一、前期准备(3月27日前)") is a step itself.
_PERIOD_HEAD = re.compile(r"[^,;。()]{1,24}\([^()]{1,15}(?:至|到|—|―|-|~)[^()]{1,15}\)[:。]?")
_RANK = {"l1": 1, "l5": 1, "l2": 2, "l3": 3, "l4": 4}
# A stage named as one with one month for its time ("创园动员发动阶段(2027年12月)。"): a period too.
_STAGE_MONTH = re.compile(r"[^,;。()]{1,24}阶段\((?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:份)?\)[:。]?")


def heads_dated_items(text_norm: str, para_spans: list[tuple[int, int]], i: int, has_due) -> bool:
    """Is paragraph ``i`` a numbered heading with its period alone, right above numbered
    sub-items of a lower level the first of which is dated ("（二）排查阶段(9月1日至11月30日)" over
    "1.9月30日前，X完成…")? The sub-items are the tasks; the heading only groups them.
    ``has_due(a, b)`` tells whether ``text_norm[a:b]`` holds a due date."""
    if i + 1 >= len(para_spans):
        return False
    pa, pb = para_spans[i]
    m = NUMBERING.match(text_norm[pa:pb])
    if m is None or not (_PERIOD_HEAD.fullmatch(text_norm, pa + m.end(), pb) or _STAGE_MONTH.fullmatch(text_norm, pa + m.end(), pb)):
        return False
    qa, qb = para_spans[i + 1]
    n = NUMBERING.match(text_norm[qa:qb])
    return n is not None and _RANK[n.lastgroup] > _RANK[m.lastgroup] and bool(has_due(qa, qb))


# A short step named with its date alone ("2、听取汇报(12月17日)"), its body on the lines below.
_STEP_HEAD = re.compile(r"[^,;。()]{1,12}\([^()]{3,30}\)[:。]?")


def _dated_step_head(text_norm: str, pa: int, pb: int) -> bool:
    m = NUMBERING.match(text_norm[pa:pb])
    return m is not None and _STEP_HEAD.fullmatch(text_norm, pa + m.end(), pb) is not None


# An item of a list run on in one paragraph, named by a short heading sentence of its own
# ("…全收集。5、提升供水保障能力。2023年推进…"): the heading belongs to the sentence after it.
# A sentence with a modal ("5、各乡镇要…。") is a duty, no heading.
INLINE_ITEM_HEAD = rule(
    "inline_item_head",
    r"(?<=[。;])(?:\d{1,2}、|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}是)[^。;,:要须]{2,20}。$",
    "item_head",
    [("实现污水全收集。5、提升供水保障能力。", ["5、提升供水保障能力。"]),
     ("完成改造。二是健全例会制度。", ["二是健全例会制度。"]),
     ("完成改造。5、各乡镇要在年底前完成验收工作并报县里。", [])],
)


def inline_head(text_norm: str, pa: int, a: int) -> int:
    """Where the text of the dated sentence at ``a`` starts: at the inline item heading right
    before it in its paragraph (``INLINE_ITEM_HEAD``), else at ``a``."""
    if a - pa < 6 or text_norm[a - 1] != "。":
        return a
    m = INLINE_ITEM_HEAD.pattern.search(text_norm, max(pa, a - 30), a)
    return m.start() if m else a


# A short numbered heading closed by a colon, naming the work its line below states
# ("1、“爱心义诊”活动：" over "5月8日，在…开展义诊。").
_COLON_HEAD = re.compile(r"[^,;。:()]{2,24}:")


def colon_head(text_norm: str, para_spans: list[tuple[int, int]], i: int) -> int:
    """Where the text of the dated paragraph ``i`` (unnumbered) starts: at the paragraph
    before it when that is a short numbered heading closed by a colon, else at its own start."""
    pa, pb = para_spans[i - 1]
    m = NUMBERING.match(text_norm[pa:pb])
    if m is not None and _COLON_HEAD.fullmatch(text_norm, pa + m.end(), pb):
        return pa
    return para_spans[i][0]


# A stage's time and name opening its sentence as a statement, its work after the comma
# ("7月为自查自评阶段，各地各部门开展自查…"): the sentence's subject stands after it.
_STAGE_STATEMENT_LEAD = re.compile(r"[^,;。:]{1,16}?[月日旬]为[^,;。:]{1,12}?阶段,")


def stage_lead_end(text_norm: str, a: int, b: int) -> int:
    """Where the subject of the sentence ``text_norm[a:b]`` may begin: after a stage statement
    opening it, else at ``a``."""
    m = _STAGE_STATEMENT_LEAD.match(text_norm, a, b) if "阶段" in text_norm[a:min(b, a + 40)] else None
    return m.end() if m else a


# A numbered step closed by its time in brackets ("1.成立换届工作机构(2025年10月底前)").
_DATED_STEP = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])"
                         r"[^,;。:()]{2,30}\([^()]{0,20}\d{1,2}月[^()]{0,20}\)$")
_OUTLINE_STEPS = 3


def dated_outline(nlines: list[str]) -> bool:
    """Do the normalized lines hold an outline of dated steps ("1.成立换届工作机构(2025年10月底前)",
    three at least)? A page may print its document's outline above the document's header."""
    return sum(1 for n in nlines if n.endswith(")") and _DATED_STEP.match(n)) >= _OUTLINE_STEPS


# A time named as a stage right after it ("9月底至年底前为第二阶段"): the sentence opens a stage.
_NAMED_STAGE = re.compile(r"为[^,;。]{1,12}?阶段")


# A stage named by its order right before its time ("第二阶段为2027年10月至12月，…", "第三步：6月底前，…").
STAGE_FIRST = rule(
    "stage_first",
    r"(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、])?第[一二三四五六七八九十]+(?:阶段|步)(?:为|是|:|从|自)?",
    "stage",
    [("第一阶段为2027年4月至6月，开展排查。第二阶段为2027年7月至12月，集中整治。", ["第一阶段为", "第二阶段为"]),
     ("(三)第三步:9月底前，全面验收。", ["(三)第三步:"]), ("本阶段为2027年4月至6月。", [])],
    doc="Checked to reach the time phrase right after it (``names_stage``).",
)


def names_stage(text_norm: str, end: int, a: int | None = None, start: int | None = None) -> bool:
    """Does the time phrase ending at ``end`` name a stage ("…为第二阶段"), or the sentence at ``a`` open by
    naming its stage right before the time phrase starting at ``start`` ("第二阶段为…")?"""
    return _NAMED_STAGE.match(text_norm, end) is not None \
        or (a is not None and STAGE_FIRST.pattern.fullmatch(text_norm, a, start) is not None)



# One entry of a timetable: who or what, then its day or days and nothing more ("小学2027年1月30日-2月1日",
# "(2)初中段:2027年1月19日—20日。"); a time phrase with 前 or a verb before it is a duty's, no entry.
_ENTRY_NAME = r"(?![年月日])(?P<name>[^,;。:()\s\d于在前要将由请]{1,12}?)[:\s]?"
_ENTRY_DAYS = (r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日(?:[上下]午)?"
               r"(?:[-—–~至到]{1,2}(?:(?:19|20)\d{2}年)?(?:(?:1[0-2]|0?[1-9])月)?(?:3[01]|[12]\d|0?[1-9])日)?"
               r"(?:\([^()]{0,30}\))?[,;。]?\s*")
TIMETABLE_ENTRY = rule(
    "timetable_entry",
    r"\s*(?:\(\d{1,2}\)|\d{1,2}[.、])?" + _ENTRY_NAME + _ENTRY_DAYS,
    "entry",
    [("小学2027年1月30日-2月1日;", ["小学2027年1月30日-2月1日;"]), ("(2)初中段:2027年1月19日—20日。", ["(2)初中段:2027年1月19日—20日。"]),
     ("各乡镇于2027年1月30日前", []), ("请各校于1月30日前报送", [])],
    doc="Matched on a whole piece of a sentence (fullmatch).",
)
# A numbered entry, alone or ending the text before a sentence ("…安排 (1)小学段:2027年1月18日。").
_NUMBERED_ENTRY = re.compile(r"\s*(?:\((?P<n>\d{1,2})\)|(?P<m>\d{1,2})[.、])" + _ENTRY_NAME + _ENTRY_DAYS)
_ENTRY_BEFORE = re.compile(_NUMBERED_ENTRY.pattern + "$")
_TIMETABLE_LABEL = re.compile(r"[^,;。:()]{1,12}:")


def timetable_pieces(para: str, ms: int, me: int, hits: list) -> list | None:
    """The sentence ``para[ms:me]`` cut at ; and , into its timetable entries ("考试日程安排:小学2027年1月30日
    -2月1日;初中2027年1月30日-2月3日"), one (start, end, hits) each, when it is two or more of them and
    nothing else (a label may open it); else None."""
    cuts = [i + 1 for i in range(ms, me) if para[i] in ",;" and i + 1 < me] + [me]
    if len(cuts) < 2 or len(hits) < 2:
        return None
    pieces, start = [], ms
    for cut in cuts:
        own = [h for h in hits if start <= h.start and h.end <= cut]
        a = start
        if start == ms and (label := _TIMETABLE_LABEL.match(para, ms, cut)):
            a = label.end()
        if len(own) != 1 or not TIMETABLE_ENTRY.pattern.fullmatch(para, a, cut):
            return None
        pieces.append((start, cut, own))
        start = cut
    return pieces


def timetable_entries(text: str, a: int, b: int) -> bool:
    """Is the sentence ``text[a:b]`` a numbered timetable entry right after the entry numbered one less
    ("(1)小学段:2027年1月18日。(2)初中段:2027年1月19日—20日。"): each level's own duty, no step of one?"""
    cur = _NUMBERED_ENTRY.fullmatch(text, a, b)
    prev = _ENTRY_BEFORE.search(text, max(0, a - 60), a) if cur else None
    return prev is not None and int(prev["n"] or prev["m"]) + 1 == int(cur["n"] or cur["m"])
