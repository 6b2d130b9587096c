"""A numbered item of a plan that opens with the time it is done: "四、3月8日开展妇女节座谈会",
"六、6-7月继续开展读书月活动", "十、12月评选先进".

A community's or a town's year plan lists its activities month by month, each item opening with
its month, day or month range and going straight on to what is done then. No 前 or 底 marks the
time as a limit, but it is when the item falls due (the end of a range). A time followed by a
comma is read by the deadline rules; this reads the time run into the verb. An item reporting
what was done ("3月8日开展了…", or a time before the document's date: a summary's months) is none.
A range of days opening a step before a comma ("1、8月20日~24日，市粮食局下发通知，各区部署…") is
the step's own period, whatever its verb reads like; a holiday's days are none.
"""

from __future__ import annotations

import re

from tracker.deadlines import parse_deadline
from tracker.extract.dated import Hit
from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule

_DASH = r"[-—–~至到]"

ITEM_OPENING_TIME = rule(
    "item_opening_time",
    r"^ *(?P<t>(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])(?:" + _DASH + r"(?:1[0-2]|0?[1-9]))?月份?"
    r"(?:(?:[12]\d|3[01]|0?[1-9])日(?:" + _DASH + r"(?:[12]\d|3[01]|0?[1-9])日)?)?)"
    r"(?:\([^()]{1,8}\))? *"
    r"(?=(?:继续|集中|全面|统一|在[^,;。]{1,12})?"
    r"(?:开展|举办|举行|组织|召开|评选|评比|启动|部署|筹备|表彰|总结|检查|督查|验收|迎接|制定|印发|下发)"
    r"(?![^,;。]{0,12}了))",
    "due",
    [("3月8日开展妇女节代表座谈会。", ["3月8日"]),
     ("6-7月继续开展读书月活动,发挥阅览室作用。", ["6-7月"]),
     ("9月开展文化周活动:", ["9月"]), ("12月评选先进文体活动积极分子。", ["12月"]),
     ("4月在某小区举办邻里节活动。", ["4月"]),
     # A report of what was done, a holiday, a time that only opens a clause about something else.
     ("3月8日开展了妇女节座谈会。", []), ("10月1日至7日放假,共7天。", []),
     ("9月新校区投入使用。", []), ("5月前完成图书编目。", [])],
    value=lambda m: m.group("t"),
    doc="A time run into the verb at the start of a numbered item.",
)


# A range of days opening a numbered step before a comma ("1、8月20日~24日，市粮食局下发通知，各区
# 部署…"): the step's own period, whatever its verb (a plan's step, not a report of an issue).
ITEM_OPENING_RANGE = rule(
    "item_opening_range",
    r"^ *(?P<t>(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日" + _DASH + r"{1,2}"
    r"(?:(?:1[0-2]|0?[1-9])月)?(?:[12]\d|3[01]|0?[1-9])日)(?=,)(?![^。;]{0,60}了)(?![^。;]{0,30}(?:放假|休假|调休))",
    "due",
    [("8月20日~24日,市粮食局下发检查通知,各区部署检查工作。", ["8月20日~24日"]),
     ("8月27日至9月5日,各区制订工作方案。", ["8月27日至9月5日"]),
     ("8月20日~24日,市粮食局下发了检查通知。", []), ("8月20日,市粮食局下发检查通知。", []),
     ("10月1日—7日,全体师生员工放假。", [])],
    value=lambda m: m.group("t"),
    doc="A range of days opening a numbered item before a comma.",
)


# What both rules above read first: spaces, then a digit.
_DIGIT_FIRST = re.compile(r" *\d")


def opening_time(text_norm: str, a: int, b: int, ref, show, dated: bool = False) -> list[Hit]:
    """The time opening the numbered item ``text_norm[a:b]`` right before what is done then
    (hits relative to ``a``; ``show(start, end)`` gives the original text), or none. In a
    document dated ``ref`` (``dated``), a time already past is what a summary reports as done."""
    number = NUMBERING.match(text_norm[a:b])
    if number is None:
        return []
    start = a + number.end()
    if _DIGIT_FIRST.match(text_norm, start, b) is None:
        return []  # both rules open with a month's (or a year's) digits: most items open with words
    found = ITEM_OPENING_TIME.spans(text_norm[start:b]) or ITEM_OPENING_RANGE.spans(text_norm[start:b])
    if not found:
        return []
    m = re.search(re.escape(found[0].value), text_norm[start:b])
    t0, t1 = start + m.start(), start + m.end()
    dl = parse_deadline(found[0].value, ref)
    if dl is None or dated and ref and dl.date and dl.date < ref:
        return []
    return [Hit(t0 - a, t1 - a, dl, show(t0, t1))]
