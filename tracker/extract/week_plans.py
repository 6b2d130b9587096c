"""Week plans: the numbered items of one week's work, each due when the week ends.

A school's or an office's week plan (周工作安排, 第N周工作计划) lists what is done in one
week, in sections ("一、行政工作:" / "二、教学工作") of numbered items. The week is told by a
line holding its span of days ("2027-9-13—2027-9-17", "第十三周(5月8日—5月12日)") or, on a
page with no such line, by a day written with its weekday inside the items ("3、3月8日(周一)
上午,参加片区教研活动。") when several items name their weekday ("周三下午4:10…", "本周五前
上传…"): a list that names the days of a week is that week's plan. Each item is due when the
week ends (its Friday when only a weekday tells the week), or on the day it names: its own
date, or its weekday within the week. Routines the week only goes on with ("各班照常组织…",
"请各位老师加强听课") are no tasks of the week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule
from tracker.deadline_days import weekday_number
from tracker.extract.weekday_year import WEEKDAY_DATE

_YMD = r"(?:(?:19|20)\d{2}[-./])?(?:1[0-2]|0?[1-9])[-./](?:3[01]|[12]\d|0?[1-9])"
_MD = r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])[日号]"
_WEEK_NO = r"第[一二三四五六七八九十\d]{1,3}周"
_TO = r"\s*[-—–~至]{1,4}\s*"
WEEK_HEAD = rule(
    "week_head",
    rf"^(?:(?P<a>{_YMD}){_TO}(?P<b>{_YMD})"
    rf"|{_WEEK_NO}\s*\(?(?P<c>{_MD}){_TO}(?P<d>{_MD}|(?:3[01]|[12]\d|0?[1-9])[日号])\)?)(?:工作(?:安排|计划))?:?$",
    "due",
    [("2027-9-13—2027-9-17", ["2027-9-13—2027-9-17"]), ("9.13-9.17", ["9.13-9.17"]),
     ("第十三周(5月8日--- 5月12日)", ["第十三周(5月8日--- 5月12日)"]), ("第3周9月13日—17日", ["第3周9月13日—17日"]), ("9月13日—17日", []),
     ("2027-9-13", []), ("电话:0571-8888-1234", []), ("9月13日—17日召开运动会", [])],
    value=lambda m: (m.group("a") or m.group("c"), m.group("b") or m.group("d")),
    doc="A paragraph holding only a span of days with dashes or dots, or 月日 after its week's number.",
)
# A weekday an item names ("周三下午", "本周五前", "星期四"), not a rhythm ("每周一", "一周一次");
# bare: not the weekday of a day written beside it ("3月8日(周一)", "12月2日星期六"). Neither is a
# weekday that names the timetable a day keeps ("2月3日门诊按周日排班", "当天照星期六作息"): a pattern, no day.
_WEEKDAY = re.compile(r"(?<![每逢隔一两按照])(?:周|星期)(?P<w>[一二三四五六日天])(?!次)")
_BARE_WEEKDAY = re.compile(r"(?<![每逢隔一两(日号按照])(?<!\((?:本|下))(?:周|星期)[一二三四五六日天](?![次)])")
_OWN_DAY = re.compile(r"(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]")
# A section's heading inside the week's list ("一、行政工作:", "二、思想教育和少先队工作").
_SECTION = re.compile(r"[^,;。:]{2,10}:$")
_SECTION_TOP = re.compile(r"[^,;。:!?]{2,16}:?$")
# A routine the week goes on with: no task of the week.
STANDING = rule(
    "week_routine",
    r"^(?:(?:结合|根据|按照)[^,;。]{1,30},)?请?(?:[^,;。:]{0,8}?)(?:照常|加强)",
    "not_task",
    [("各班照常开展课后看护。", ["各班照常"]), ("请各位老师加强听课。", ["请各位老师加强"]),
     ("结合卫生评估工作,加强幼儿午餐护理。", ["结合卫生评估工作,加强"]),
     ("组织全园安全隐患排查,加强巡查。", [])],
    doc="An item of a week's plan that only goes on with a routine.",
)
_WEEKDAY_ITEMS = 3  # items naming their weekday that make a list with no week line a week's plan


@dataclass(frozen=True)
class Week:
    """A week's plan: its first and last days as (year or None, month, day) and the phrase
    that tells the week; a week told by one day and its weekday (0 for Monday) has no last day
    and runs from Monday to Friday of that day's week."""

    first: tuple[int | None, int, int]
    last: tuple[int | None, int, int] | None
    phrase: str
    weekday: int = 0


def _ymd(text: str, month: int | None = None) -> tuple[int | None, int, int]:
    parts = [int(p) for p in re.findall(r"\d+", text)]
    if len(parts) == 1:
        return None, month or 1, parts[0]
    return (None, *parts) if len(parts) == 2 else tuple(parts)


def _date(ymd: tuple, year: int | None) -> date | None:
    y, m, d = ymd
    try:
        return date(y or year, m, d) if (y or year) else None
    except ValueError:
        return None


def week_head(text_norm: str, a: int, b: int) -> Week | None:
    """The week the paragraph ``text_norm[a:b]`` heads, when it holds only a span of at most a week."""
    m = WEEK_HEAD.pattern.match(text_norm[a:b])
    if not m:
        return None
    first = _ymd(m.group("a") or m.group("c"))
    last = _ymd(m.group("b") or m.group("d"), first[1])
    year = first[0] or last[0] or 2001  # any year measures a span that does not cross a leap day
    d1, d2 = _date(first, year), _date(last, first[0] or year)
    if d1 is None or d2 is None or not 0 <= (d2 - d1).days <= 6:
        return None
    return Week(first, last, m.group())


def is_section(text_norm: str, x: int, y: int, num: re.Match, top: bool) -> bool:
    """Whether the numbered paragraph ``text_norm[x:y]`` only heads a section of a week's list
    ("一、行政工作:"; ``top``: a short heading numbered 一、 or (一) with no colon too, "二、教学工作")."""
    if _SECTION.fullmatch(text_norm, x + num.end(), y):
        return True
    return top and num.lastgroup in ("l1", "l2") and _SECTION_TOP.fullmatch(text_norm, x + num.end(), y) is not None


def _names_weekday(text_norm: str, a: int, b: int) -> bool:
    """Does ``text_norm[a:b]`` name a weekday (``_BARE_WEEKDAY``)? (Its lookbehinds open the
    pattern, so the search tries every character: a paragraph without 周 or 星期 is not searched.)"""
    return (text_norm.find("周", a, b) >= 0 or text_norm.find("星期", a, b) >= 0) \
        and _BARE_WEEKDAY.search(text_norm, a, b) is not None


def weekday_week(text_norm: str, para_spans: list[tuple[int, int]], run: list[int]) -> Week | None:
    """The week of a numbered list (paragraph indexes ``run``) with no week line: the week of a
    day an item writes with its weekday, when enough items name their weekday."""
    named = sum(1 for k in run if _names_weekday(text_norm, *para_spans[k]))
    if named < _WEEKDAY_ITEMS:
        return None
    for k in run:
        for span in WEEKDAY_DATE.spans(text_norm[para_spans[k][0]:para_spans[k][1]]):
            y, m, d, w = span.value
            phrase = text_norm[para_spans[k][0] + span.start:para_spans[k][0] + span.end]
            return Week((int(y) if y else None, int(m), int(d)), None, phrase, weekday_number(w))
    return None


def week_due(text_norm: str, a: int, b: int, week: Week, year: int | None, show) -> tuple | None:
    """(due date or None, phrase) of the item ``text_norm[a:b]`` of a week's plan: its own date
    or the weekday it names within the week, else the week's last day; None for a routine."""
    num = NUMBERING.match(text_norm[a:b])
    if STANDING.pattern.match(text_norm[a + (num.end() if num else 0):b]):
        return None
    first = _date(week.first, year)
    if week.last is None:  # told by a day and its weekday: Monday to Friday of that day's week
        first = first - timedelta(days=week.weekday) if first else None
        last = first + timedelta(days=4) if first else None
        end = first + timedelta(days=6) if first else None
    else:
        last = _date(week.last, first.year if first else year)
        end = last
    own = _OWN_DAY.search(text_norm, a, b)
    if own and first:
        day = _date((None, int(own["m"]), int(own["d"])), first.year)
        if day and first <= day <= end:
            return day, show(own.start(), own.end())
    named = _WEEKDAY.search(text_norm, a, b)
    if named:
        day = first + timedelta(days=(weekday_number(named["w"]) - first.weekday()) % 7) \
            if first else None
        if day is None or day <= end:
            return day, show(named.start(), named.end())
    return last, week.phrase
