"""A day written with its weekday fixes the year of a page that states no issue date.

A notice names the weekday of a day close to its own time ("于6月6日（本周三）下午三点前",
"2015年1月8日（周四）下午", "于第三周周二（9月19日）前"): a weekday is written for days the
reader is about to meet. A full date whose weekday agrees is of the page's own year; a
year-less one is of the year near the one the text otherwise gives in which that day falls
on that weekday (6 June was a Wednesday in 2018, not in 2017). A weekday that agrees with
no year nearby is a slip of the writer's and tells nothing.
"""

from __future__ import annotations

from datetime import date

from tracker.deadline_days import weekday_number
from tracker.extract.rules import rule

_WEEKDAYS = "一二三四五六日天"
_M = r"1[0-2]|0?[1-9]"
_D = r"3[01]|[12]\d|0?[1-9]"

WEEKDAY_DATE = rule(
    "weekday_date",
    rf"(?:(?P<y>(?:19|20)\d{{2}})年)?(?P<m>{_M})月(?P<d>{_D})[日号]\((?:本|下)?(?:星期|周|礼拜)(?P<w>[{_WEEKDAYS}])\)"
    rf"|(?:星期|周|礼拜)(?P<w2>[{_WEEKDAYS}])\((?:(?P<y2>(?:19|20)\d{{2}})年)?(?P<m2>{_M})月(?P<d2>{_D})[日号]\)",
    "weekday",
    [("请于6月6日(本周三)下午三点前报送", ["6月6日(本周三)"]),
     ("考核定于2027年1月8日(周五)下午举行", ["2027年1月8日(周五)"]),
     ("所有考试于第三周周二(9月19日)前完成", ["周二(9月19日)"]),
     ("请于6月6日前报送(星期三除外)", [])],
    value=lambda m: (m.group("y") or m.group("y2"), m.group("m") or m.group("m2"), m.group("d") or m.group("d2"),
                     m.group("w") or m.group("w2")),
)
_NEAR = 1  # a year either side of the one the text otherwise gives (a page is read a year late or early)


def _falls_on(y: int, m: int, d: int, weekday: int) -> bool:
    try:
        return date(y, m, d).weekday() == weekday
    except ValueError:
        return False


def weekday_year(text_norm: str, near: int | None) -> int | None:
    """The year the weekdays written beside days of ``text_norm`` fix: that of a full date
    whose weekday agrees, else the year within ``_NEAR`` of ``near`` that agrees with the
    most year-less ones (the nearest of equals), else None."""
    if "(" not in text_norm:
        return None
    votes: dict[int, int] = {}
    for span in WEEKDAY_DATE.spans(text_norm):
        y, m, d, w = span.value
        weekday = weekday_number(w)
        if y:
            if _falls_on(int(y), int(m), int(d), weekday):
                return int(y)
            continue
        if near is None:
            continue
        for cand in range(near - _NEAR, near + _NEAR + 1):
            if _falls_on(cand, int(m), int(d), weekday):
                votes[cand] = votes.get(cand, 0) + 1
    if not votes:
        return None
    return max(votes, key=lambda y: (votes[y], -abs(y - near)))
