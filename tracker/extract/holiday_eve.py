"""The eve of a holiday a notice announces: "放假前" is due the day before its first day off.

A holiday notice states the days off ("4月3日至5日放假，共3天", "2027年春节放假调休共8天（2月10日
除夕至2月17日）", "5月1日、2日、3日为法定假日") and asks for work before them ("各部门要在放假前开展
一次安全检查"). The clerk enters the day before the first day off. Only the first holiday the
text states is read: a later one ("元宵节放假一天") is another day, not the one the notice is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.cn_numerals import cn_to_int
from tracker.deadlines import Deadline, parse_deadline
from tracker.extract.dated import Hit
from tracker.extract.rules import rule
from tracker.festivals import FESTIVAL_STEMS, festival_day

# The first day off, before the word that says the days are a holiday, or after a label naming
# the holiday's time. A day with 前 or a hand-in verb between is a due date of its own.
HOLIDAY_START = rule(
    "holiday_start",
    r"(?P<d>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?:\([^()]{1,8}\))?[^。;\n前报交送]{0,24}?"
    r"(?:放假(?!前|之前|期间)|为[^,;。]{0,6}?(?:法定)?节?假日)"
    r"|放假(?:时间|调休|安排)[^。;\n]{0,16}?(?P<e>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"
    r"|[寒暑]假(?:时间)?(?:从|自|为)(?P<b>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"  # "寒假从1月15日起至3月4日止"
    r"|(?P<c>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[^。;,\n前报交送]{0,12}?为[寒暑]假",  # "1月17日-2月27日为寒假"
    "holiday",
    [("一、4月3日至5日放假，共3天。", ["4月3日至5日放假"]),
     ("2027年春节放假调休共8天（2月10日除夕至2月17日），2月18日上班。", ["放假调休共8天(2月10日"]),
     ("其中，5月1日、2日、3日为法定假日", ["5月1日、2日、3日为法定假日"]), ("我校寒假从1月15日起至3月4日止。", ["寒假从1月15日"]),
     ("1月8日-1月14日为考试周，1月15日-2月25日为寒假。", ["1月15日-2月25日为寒假"]),
     ("各部门于4月2日前报送放假期间值班表", []), ("请于9月28日将值班表报办公室，放假期间保持通讯畅通", [])],
    doc="Searched once in a document that names 放假; the first match gives the first day off.",
)

_EVE = re.compile(r"(?:放假|节|节日|节假日|离校)(?:之|以)?前$")  # "在学生离校前", "在放假离校前": the first day off's eve
# Whole days before the first day off ("放假前3天向值班室报备值班表"); working days are not counted here.
_DAYS_AHEAD = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:天|日)(?!内)")

# A festival's holiday named with no day off stated ("现将我县学校清明节放假的具体事项通知如下"; the
# page may have lost the dates): the festival's own day is the first day off.
HOLIDAY_NAMED = rule(
    "holiday_named",
    rf"(?P<f>{FESTIVAL_STEMS})节?(?:假期)?放假",
    "holiday",
    [("现将学校清明节放假的具体事项通知如下", ["清明节放假"]), ("关于2027年春节放假安排的通知", ["春节放假"]),
     ("放假期间做好值班", [])],
)
# A festival a notice is about, named with no holiday ("做好国庆节期间学校安全保卫工作"): "节前" is its eve.
FESTIVAL_TIME = rule(
    "festival_time",
    rf"(?P<f>{FESTIVAL_STEMS})节?(?:假期|期间|节日)",
    "holiday",
    [("现就做好国庆节期间学校安全保卫工作通知如下", ["国庆节期间"]), ("元旦假期将至", ["元旦假期"]),
     ("春节前完成", [])],
)


_BREAK = re.compile(r"[暑寒][期假]")


def holiday_start(text_norm: str, ref: date | None) -> date | None:
    """The first day off of the first holiday ``text_norm`` states, read against ``ref`` (the
    festival's day when the text names the festival's holiday but no day off)."""
    if ref is None:
        return None
    m = HOLIDAY_START.pattern.search(text_norm)
    if m is None:
        # A school's summer or winter break is another holiday: its eve stays undated.
        named = (HOLIDAY_NAMED.pattern.search(text_norm) or FESTIVAL_TIME.pattern.search(text_norm)) \
            if _BREAK.search(text_norm) is None else None
        return festival_day(named.group("f"), ref.year) if named else None
    dl = parse_deadline(m.group("d") or m.group("e") or m.group("b") or m.group("c"), ref)
    return dl.date if dl is not None else None


def on_eve(hits: list[Hit], first_day: date | None) -> list[Hit]:
    """``hits`` with each undated "放假前" ("节前", "节日前") due the day before ``first_day``, the
    holiday's first day off ("放假前3天": that many days before it).
    The phrase keeps its precision (relative to an event): a check before the holiday and a roster
    handed in by a date of the same day stay two duties."""
    if first_day is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is None and dl.recurrence is None and _EVE.search(dl.text):
            ahead = _DAYS_AHEAD.match(h._src, h.end) if h._src else None  # "放假前3天": three days before
            days = (cn_to_int(ahead.group(1)) or 1) if ahead else 1
            h = Hit(h.start, h.end, Deadline(first_day - timedelta(days=days), dl.precision, None, dl.text),
                    h._clause, h._src, h._display)
        out.append(h)
    return out
