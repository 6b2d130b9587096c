"""Task titles a clerk can act on: the obligation, not the time phrase before it.

A title is cut from the task's own text (normalized positions, shown as the original):
leading circumstances are skipped: a time phrase ("2018年，", "力争到2020年末，",
"第一阶段：2018-2019年，", "9月底前"), an agent clause ("由区卫健委负责，") and a
circumstance ("在人民法院依法登记立案后，"), since the card shows the deadline and the
units beside the title. The title then runs to the end of its clause, whole: a cut
at a fixed count of characters falls in the middle of a word ("…组织落"), and the
views elide a long title themselves. Only a clause longer than ``MAX_TITLE`` (a run-on
sentence without a comma) is cut, at its last pause (、) before that length when it
has one.

A body passage's title (:func:`passage_title`) leaves out the item number before it
and a 督办-style reference line with its content label; a numbered item that opens with
a short heading sentence ("（一）加强组织领导。") takes that heading.

Table rows whose task-name cell is a category ("新材料产业") or is shared by several
sub-rows with their own goals take their title from the goal cell instead; the name
stays as context (see :func:`row_title`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from tracker.extract.normalize import NText, display, numbering

HARD_LIMIT = 40   # a very short first clause is joined to the next up to this length
MAX_TITLE = 120   # longer clauses are cut (at a pause when there is one)
_SHORT = 6        # a clause this short ("同时") is joined to the next

_STAGE_LABEL = re.compile(r"[^,;:。\n]{1,8}:")  # "第一阶段：" before a stage's years
_LEAD_FILLER = re.compile(r"(?:力争|争取|确保|计划|预计|务必|要|应|须|需)?(?:到|至|在|于)?")
_AGENT_CLAUSE = re.compile(r"(?:由|请)[^,;:。\n]{2,30}(?:负责|牵头)[,:]")
_CIRCUMSTANCE = re.compile(r"在[^,;:。\n]{2,30}(?:后|之后|以后|时|期间|前提下|情况下|基础上)[,:]")
_CLAUSE_STOP = re.compile(r"[,;。\n]")
# The day's remark in brackets and its clock time after a time phrase ("2027年2月9日（农历腊月
# 二十二，星期五）9时，", "12月26日（周五）前", "2月9日下午下班前"): still the time, no part of the title.
_AFTER_DUE = re.compile(r"(?:\([^()]{1,16}\))?(?:(?:上午|下午|晚上?|中午|早上)?(?:\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|半)?)|下班))?"
                        r"(?:(?:之|以)?前(?!往))?")
# A short first sentence: an item's heading ("（一）加强组织领导。").
ITEM_HEADING = re.compile(r"[^。;\n]{1,40}?[。;]")
_REF_LINE = re.compile(r"[^\n:。]{0,10}(?:编号|编码|序号|件号):[^\n]*\n")
_CONTENT_LABEL = re.compile(r"(?:事项|工作|任务|主要|具体)?内容:")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
# Category names in a task table ("新材料产业", "高端装备制造业"): a field, not a duty.
_CATEGORY_END = re.compile(r"(?:产业|行业|领域|制造业|板块|产业链|集群|业态)$")
_DUTY_VERB = re.compile(
    r"推进|推动|加快|加强|完善|建立|建设|实施|开展|提升|提高|强化|支持|鼓励|引导|培育|优化|深化|"
    r"构建|打造|落实|制定|健全|扶持|发展|促进|做好|抓好|确保|实现|组织|编制|推行|规范|引进|整治|"
    r"治理|创建|争创|壮大|保障|改造|布局|招引|延伸|拓展")


def skip_lead(s: str, p: int, b: int, due: Iterable[tuple[int, int]] = ()) -> int:
    """Where the obligation starts in normalized ``s[p:b]``: after a leading time
    phrase (one of the ``due`` spans, in text order), an agent clause or a
    circumstance clause."""
    due = [d for d in due if p <= d[0] < b] if due else []
    for _ in range(3):
        q = p
        label = _STAGE_LABEL.match(s, p, b)
        if label and due:
            q = label.end()
        filler_end = _LEAD_FILLER.match(s, q, b).end()
        end = next((e for start, e in due if q <= start <= filler_end), None)
        if end is not None:
            end = _AFTER_DUE.match(s, end, b).end()
            p = end + 1 if end < b and s[end] in ",:" else end
            continue
        m = _AGENT_CLAUSE.match(s, p, b) or _CIRCUMSTANCE.match(s, p, b)
        if m:
            p = m.end()
            continue
        break
    return p


def clause_end(s: str, p: int, b: int) -> int:
    """End of a title that starts at ``p``: its clause, a very short clause joined to
    the next; a clause longer than ``MAX_TITLE`` ends at its last pause (、) before
    that length, else at that length."""
    limit = min(b, p + MAX_TITLE + 1)
    m = _CLAUSE_STOP.search(s, p, limit)
    end = m.start() if m else limit
    if end - p < _SHORT and m and s[end] == ",":
        nxt = _CLAUSE_STOP.search(s, end + 1, limit)
        end2 = nxt.start() if nxt else limit
        if end2 - p <= HARD_LIMIT:
            end = end2
    if end - p > MAX_TITLE or (not m and end == limit and limit < b):
        pause = s.rfind("、", p + HARD_LIMIT, p + MAX_TITLE)
        end = pause if pause > 0 else p + MAX_TITLE
    return min(end, b)


def obligation_span(s: str, p: int, b: int, due: Iterable[tuple[int, int]] = ()) -> tuple[int, int]:
    """(start, end) of the title in normalized ``s[p:b]``; the plain first clause when
    nothing is left after the leading circumstances."""
    q = skip_lead(s, p, b, due)
    if q >= b or s[q] in ";。\n":
        q = p
    end = clause_end(s, q, b)
    if end <= q:  # the text opens with a stop: any words beat an empty title
        return p, min(b, p + HARD_LIMIT)
    return q, end


def _after_number(s: str, num: str) -> int:
    """Where the text after item number ``num`` starts in ``s``: after its first
    occurrence (and a 、.: behind it) when no ideograph comes before it, else at
    ``len(num)`` (what ``^[^\u4e00-\u9fff]*?NUM[、.:]?`` would say, without compiling a
    pattern per number)."""
    i = s.find(num)
    if i < 0 or _IDEOGRAPH.search(s, 0, i):
        return len(num)
    end = i + len(num)
    return end + 1 if s[end:end + 1] in ("、", ".", ":") else end


def passage_title(nt: NText, a: int, b: int,
                  due: Iterable[tuple[int, int]] = ()) -> tuple[str, str | None]:
    """(title, item number) of the body passage ``nt.norm[a:b]``; ``due`` are the
    absolute spans of its due phrases, so a leading time phrase is left out of the title."""
    while a < b and nt.norm[a] == "\n":
        a += 1
    s = nt.norm[a:min(b, a + 80)]
    num = numbering(s)
    off = 0
    if num:
        off = _after_number(s, num)
    p = a + off
    # A 督办-style item opens with its reference ("督办件编号：…") and labels its
    # content ("事项内容："): the title is the content, not the number.
    ref = _REF_LINE.match(nt.norm, p, b)
    if ref:
        p = ref.end()
        label = _CONTENT_LABEL.match(nt.norm, p, b)
        p = label.end() if label else p
    start, end = obligation_span(nt.norm, p, b, due)
    if num and start == p:
        m = ITEM_HEADING.match(nt.norm, start, min(b, start + 80))
        if m:  # an item heading: "（一）加强组织领导。"
            return display(nt.orig_slice(start, m.end() - 1)), num
    return display(nt.orig_slice(start, end)), num


def is_category(name_norm: str) -> bool:
    """A task-table name that names a field ("新能源汽车产业") rather than a duty."""
    return bool(_CATEGORY_END.search(name_norm)) and not _DUTY_VERB.search(name_norm)


def title_from_text(text: str, issued: date | None) -> str:
    """A title cut from a table cell's original ``text`` (its goal sentence)."""
    from tracker.extract.dated import find_due

    nt = NText(text)
    s = nt.norm
    due = [(h.start, h.end) for h in find_due(s, issued)]
    a, b = obligation_span(s, 0, len(s), due)
    return display(nt.orig_slice(a, b))
