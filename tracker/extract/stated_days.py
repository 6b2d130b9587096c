"""The year of a year-less day on a page with no issue date, told by the page itself.

With no issue date, a day written without its year ("请于1月8日下午5点前交表") is read against
the year the text names somewhere, a guess. A day written earlier with its year ("考核定于
2027年1月8日（周五）举行") is the same day when repeated without it. An autumn term runs into
the next year: a January or February day of a notice about it ("2027年秋学期期末考试…于1月4日前
出好试卷") falls in the year after the term's. (A weekday in brackets fixes the page's year as a
whole: weekday_year.py.)
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from tracker.extract.dated import Hit
from tracker.extract.rules import rule
from tracker.deadlines import Deadline, parse_deadline

_FULL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_HAS_YEAR = re.compile(r"\d{4}年|[〇○零一二三四五六七八九]{4}年|今年|明年|去年|本年|次年")


# An autumn (first) term named with its year: "2027年秋学期", "2027年秋季学期", "2027-2028学年第一学期",
# "2027学年第一学期", "2027—2028学年度上学期". The value is the year the term begins.
AUTUMN_TERM = rule(
    "autumn_term",
    r"((?:19|20)\d{2})(?:(?:年|学年)?[-—–~至到](?:19|20)\d{2}学年度?第?[一1上]学期|学年度?第?[一1上]学期|年秋季?学期)",
    "year",
    [("做好2027年秋学期期末考试工作", ["2027年秋学期"]),
     ("现将2027-2028学年第一学期期末考试安排通知如下", ["2027-2028学年第一学期"]),
     ("2027学年第一学期期末和寒假工作安排", ["2027学年第一学期"]),
     ("2027—2028学年度上学期工作计划", ["2027—2028学年度上学期"]),
     ("2027-2028学年第二学期校历", []), ("2027年春季学期开学", [])],
    value=lambda m: int(m.group(1)),
    doc="The year an autumn term begins; its January and February fall in the next year.",
)
# The months of an autumn term that fall after the new year (the exams and the winter break).
_TERM_END_MONTHS = (1, 2)


def autumn_term(text_norm: str) -> int | None:
    """The year the autumn term a page names begins, when it names one (and no spring term)."""
    found = {span.value for span in AUTUMN_TERM.spans(text_norm)} if "学期" in text_norm else set()
    return found.pop() if len(found) == 1 else None


def after_new_year(hits: list[Hit], autumn: int | None) -> list[Hit]:
    """``hits`` with each year-less date in January or February of the autumn term's year moved
    to the next year (``autumn``: ``autumn_term`` of a page with no issue date, or None)."""
    if autumn is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.recurrence is None and dl.date.year == autumn \
                and dl.date.month in _TERM_END_MONTHS and dl.precision in ("day", "month") \
                and not _HAS_YEAR.search(dl.text):
            moved = _in_year(dl.date, autumn + 1) if dl.precision == "day" \
                else date(autumn + 1, dl.date.month, monthrange(autumn + 1, dl.date.month)[1])
            if moved is not None:
                h = Hit(h.start, h.end, Deadline(moved, dl.precision, None, dl.text), h._clause, h._src, h._display)
        out.append(h)
    return out


def days_with_years(text_norm: str) -> dict[tuple[int, int], tuple[int, int]]:
    """(month, day) -> (position, year) of the first day the text writes with its year."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _FULL_DAY.finditer(text_norm):
        out.setdefault((int(m.group(2)), int(m.group(3))), (m.start(), int(m.group(1))))
    return out


def _in_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:
        return None  # 29 February of a common year


def stated_years(hits: list[Hit], text_norm: str, offset: int,
                 days: dict[tuple[int, int], tuple[int, int]] | None) -> list[Hit]:
    """``hits`` (found in ``text_norm``, which starts at ``offset`` of the document) with each
    year-less day moved to the year an earlier full writing of the same day gives; ``days``
    (``days_with_years`` of the document) is None on a dated page."""
    if days is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.recurrence is None and dl.precision == "day" and not _HAS_YEAR.search(dl.text):
            pos, y = days.get((dl.date.month, dl.date.day), (None, None))
            year = y if pos is not None and pos < offset + h.start and y != dl.date.year else None
            moved = _in_year(dl.date, year) if year else None
            if moved is not None:
                h = Hit(h.start, h.end, Deadline(moved, dl.precision, None, dl.text), h._clause, h._src, h._display)
        out.append(h)
    return out


# The page's present named with no year ("拟于今年开始施工", "预计明年6月完工").
_PRESENT = re.compile(r"今年|明年|本年")


def posting_present(hits: list[Hit], posted: date | None) -> list[Hit]:
    """``hits`` with 今年 and 明年 read against ``posted`` (the posting day of a page with no issue
    date), not against a year the text names: a news item posted in 2027 that tells of work planned
    "已于2026年谋划…，拟于今年开始施工" means 2027."""
    if posted is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.recurrence is None and _PRESENT.search(dl.text) and dl.date.year < posted.year:
            moved = parse_deadline(dl.text, posted)
            if moved is not None and moved.date is not None:
                h = Hit(h.start, h.end, Deadline(moved.date, moved.precision, None, dl.text), h._clause, h._src, h._display)
        out.append(h)
    return out


# "次年1月20日前" in a yearly duty ("年度报表在次年1月20日前报…", "每年工作结束后，于次年元月十日前交…",
# "年报次年1月15日前网络直报"): the day after each year's work, every year. A report of one named
# year ("2026年年报于次年1月30日前报送") is due once.
YEARLY_NEXT = rule(
    "yearly_next",
    r"(?:每年|(?<![\d*半])年度(?:统计)?(?:报表|决算|总结)|(?<![\d*年半])年报)[^。;]{0,24}?$",
    "yearly",
    [("年度报表在", ["年度报表在"]), ("每年工作结束后,于", ["每年工作结束后,于"]), ("年报", ["年报"]),
     ("2026年年报于", []), ("2026年度报表于", []), ("下半年报表上报时间为", []), ("各单位于", [])],
)


def yearly_next(text_norm: str, hits: list[Hit], ref: date | None) -> list[Hit]:
    """``hits`` with each "次年M月D日前" of a yearly duty (``YEARLY_NEXT`` before it in its clause)
    made a yearly recurrence due first on the first such day after ``ref`` (the issue date; None on
    a page with no issue date: the day as read)."""
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.recurrence is None and dl.precision == "day" and dl.text.startswith("次年") \
                and YEARLY_NEXT.pattern.search(text_norm, max(0, h.start - 30), h.start):
            first = _in_year(dl.date, ref.year) if ref else None
            first = first if first and first > ref else dl.date
            rrule = f"FREQ=YEARLY;BYMONTH={dl.date.month};BYMONTHDAY={dl.date.day}"
            h = Hit(h.start, h.end, Deadline(first, "day", rrule, dl.text), h._clause, h._src, h._display)
        out.append(h)
    return out
