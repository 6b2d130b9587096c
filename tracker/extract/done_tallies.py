"""A period's tally of work done: figures of what was handled, no duty of anyone.

A 通报, a work summary or a year book counts what a period brought ("2027年3月，运用督办系统交办
工作任务59项，按期办结59项，按期办结率100%。", "1月至10月救助各类困难对象9307人次，支出助困金额581.1
万元。", "至年底，议定的78件事项完成并销号56项，…"). The month or the year opening the sentence is
the period counted, not a due date. A sentence that plans or asks (将, 要, 计划, 确保, 力争, …前,
a target 达到…) keeps its duty: "到年底完成改造300户" is a target, not a tally.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# One counted figure of work handled: the act, then a number with its unit ("办结59项", "救助…9307人次",
# "支出…581.1万元"), or a completion rate ("办结率100%"); not a floor or an estimate (以上, 左右).
DONE_TALLY = rule(
    "done_tally",
    r"(?:办结|完成|收集到|救助|转办|交办|销号|受理|收到|发放|支出)[^,;。]{0,16}?\d+(?:\.\d+)?(?:件|项|人次|万元)"
    r"(?![^,;。]{0,6}(?:以上|左右))|(?:办结|完成|落实|整改)率(?:为)?\d+(?:\.\d+)?%(?!以上|左右)",
    "scope",
    [("按期办结59项，按期办结率100%。", ["办结59项", "办结率100%"]),
     ("1月至10月救助各类困难对象9307人次，支出助困金额581.1万元。", ["救助各类困难对象9307人次", "支出助困金额581.1万元"]),
     ("完成改造300户以上", []), ("办结率达到95%以上", [])],
    doc="Searched in a sentence opened by the period it counts (done_tally).",
)

# The period counted, opening the sentence: a month or months, a year, 今年, 至年底, 截至….
_PERIOD = re.compile(r"(?:[一二三四五六七八九十]+是)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:[至\-—]\d{1,2}月)?|(?:19|20)\d{2}年"
                     r"|今年|去年|至年底|截至[^,;。]{0,12})")
# A plan, a request or a target in the sentence: it sets a duty.
_PLANS = re.compile(r"将|要|须|需|计划|预计|力争|争取|确保|拟|务必|目标|前|应|请|力求|达到")


def done_tally(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` a period's tally of work done (counted figures after the
    period opening it), planning or asking nothing?"""
    return _PERIOD.match(para, start, end) is not None and DONE_TALLY.pattern.search(para, start, end) is not None \
        and _PLANS.search(para, start, end) is None
