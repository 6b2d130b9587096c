"""A stage heading alone on its line, with its period in brackets, and the duties under it.

A work plan lists its stages as headings of their own ("（三）重点检查阶段（2010年3月-2010年7月）")
and states each stage's duties in the paragraphs below, up to the next numbered heading. The
heading names no duty: the duties under it are the task, due when the stage ends. When they
carry dates of their own ("…于10月10日前将工作情况报…"), those dated sentences are the tasks
and the heading adds none.
"""

from __future__ import annotations

from tracker.extract.normalize import numbering
from tracker.extract.rules import rule

STAGE_HEADING = rule(
    "stage_heading",
    r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?"
    r"[^,;。:()\n]{0,16}(?:阶段|时期|第[一二三四五六七八九十\d]步)\([^()]{3,30}\)[:。]?$",
    "stage",
    [("(三)重点检查阶段(2027年3月-2027年7月)", ["(三)重点检查阶段(2027年3月-2027年7月)"]),
     ("二、集中整改阶段(2027年8月—12月)", ["二、集中整改阶段(2027年8月—12月)"]),
     ("(三)重点检查阶段(2027年3月-7月)各县要对排查情况进行检查。", []),
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


def stage_body(text_norm: str, para_spans: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The span of the paragraphs under the stage heading ``para_spans[i]``: those after
    it up to the next numbered paragraph. None when paragraph ``i`` is no bare stage
    heading or nothing stands under it."""
    pa, pb = para_spans[i]
    if not STAGE_HEADING.pattern.match(text_norm[pa:pb]):
        return None
    end = i + 1
    while end < len(para_spans):
        a, b = para_spans[end]
        if b > a and numbering(text_norm[a:min(b, a + 60)]):
            break
        end += 1
    if end == i + 1 or para_spans[end - 1][1] <= para_spans[i + 1][0]:
        return None
    return para_spans[i + 1][0], para_spans[end - 1][1]
