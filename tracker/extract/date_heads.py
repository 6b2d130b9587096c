"""A date written alone on its line over numbered items: the items are due that day.

A report schedule (汇报提纲, 报送安排) groups what is to be sent by the day it is due: a line
holding only the day ("五月十六日", "5月23日前") and under it the numbered reports
("1、大春播栽进度(见表9)。" "2、春茶产量预计表(见表14)。"). Each item is a task due that day; an
item naming a day of its own in brackets ("3、自然灾害统计(5月29日报送,见表6)。") is due then.
A plan written month by month does the same with its months ("三月份：" over "1、…" "2、…"):
the items are due at the month's end. A signature's date has its year and stands at the end,
over no numbered item.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.deadlines import parse_deadline
from tracker.extract.list_items import item_number
from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule

_CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"

DATE_HEAD = rule(
    "date_head",
    r"^(?P<d>(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?:[12]\d|3[01]|0?[1-9]|" + _CN_DAY + r")[日号]"
    r"(?:前|之前|以前)?|份?(?=(?:工作(?:安排|计划|要点|重点))?:?$)))(?:工作(?:安排|计划|要点|重点))?[:]?$",
    "due",
    [("五月十六日", ["五月十六日"]), ("5月23日前:", ["5月23日前:"]), ("二〇一一年五月十六日", []),
     ("5月16日召开推进会", []),
     # A month's heading in a plan written month by month: its items are due at the month's end.
     ("三月份:", ["三月份:"]), ("9月工作安排", ["9月工作安排"]), ("3月", ["3月"]), ("3月底前完成", [])],
    value=lambda m: m.group("d"),
    flags=re.M,
    doc="A paragraph holding only a day or a month with no year.",
)

# A day of its own in an item's brackets, with what is done then ("(5月29日报送,见表6)").
OWN_DAY = rule(
    "own_bracket_day",
    r"(?<=\()(?P<d>\d{1,2}月\d{1,2}日)(?:前|之前)?(?=报送|上报|报|提交|完成)",
    "due",
    [("3、自然灾害统计(5月29日报送,见表6)。", ["5月29日"]), ("3、自然灾害统计(见表6)。", [])],
    value=lambda m: m.group("d"),
    doc="A day in brackets inside an item under a date heading.",
)

# A week's plan headed by its days ("2027-9-13—2027-9-17", "9月13日—9月17日"): its items are due
# when the week ends, or on the weekday they name.
_YMD = r"(?:(?:19|20)\d{2}[-./])?(?:1[0-2]|0?[1-9])[-./](?:3[01]|[12]\d|0?[1-9])"
WEEK_HEAD = rule(
    "week_head",
    r"^(?P<a>" + _YMD + r")\s*[-—–~至]{1,2}\s*(?P<b>" + _YMD + r")$",
    "due",
    [("2027-9-13—2027-9-17", ["2027-9-13—2027-9-17"]), ("9.13-9.17", ["9.13-9.17"]),
     ("2027-9-13", []), ("电话:0571-8888-1234", [])],
    value=lambda m: m.group(),
    doc="A paragraph holding only a span of days written with dashes or dots.",
)
_WEEKDAY = re.compile(r"(?:周|星期)(?P<w>[一二三四五六日天])")
# A section's heading inside the week's list ("一、行政工作:"): the items under it go on.
_SECTION = re.compile(r"[^,;。:]{2,10}:$")
_MIN_ITEMS = 2


def dated_items(text_norm: str, para_spans: list[tuple[int, int]]) -> dict[int, str]:
    """Paragraph index -> the day of the date heading it stands under, for each run of two or
    more numbered paragraphs right below a paragraph holding only a day (or a week's span of
    days, whose list may be cut into sections)."""
    found: dict[int, str] = {}
    for i, (a, b) in enumerate(para_spans):
        if b - a > 24 or not ("月" in text_norm[a:b] or "-" in text_norm[a:b] or "." in text_norm[a:b]):
            continue
        head = DATE_HEAD.spans(text_norm, a, b) or WEEK_HEAD.spans(text_norm, a, b)
        if not head:
            continue
        run = []
        for k in range(i + 1, len(para_spans)):
            x, y = para_spans[k]
            if x == y:
                continue
            num = NUMBERING.match(text_norm[x:y])
            if num and head[0].rule == "week_head" and _SECTION.fullmatch(text_norm, x + num.end(), y):
                continue
            if not num:
                if run and _continues(text_norm, para_spans, run[-1], k):
                    continue
                break
            run.append(k)
        if len(run) >= _MIN_ITEMS:
            found.update((k, head[0].value) for k in run)
    return found


def _continues(text_norm: str, para_spans: list[tuple[int, int]], last: int, k: int) -> bool:
    """Whether paragraph ``k`` (no number) only goes on with item ``last`` ("1、开展…的教育。" over
    "通过参观活动…。"): a sentence whose next paragraph is the item numbered one more."""
    x, y = para_spans[k]
    if not text_norm[x:y].rstrip().endswith(("。", ";")):
        return False
    nxt = next((j for j in range(k + 1, len(para_spans)) if para_spans[j][0] < para_spans[j][1]), None)
    if nxt is None:
        return False
    before = item_number(text_norm[para_spans[last][0]:para_spans[last][1]])
    after = item_number(text_norm[para_spans[nxt][0]:para_spans[nxt][1]])
    return bool(before and after and after[0] == before[0] and after[1] == before[1] + 1)


def item_due(text_norm: str, a: int, b: int, day: str, ref: tuple, show) -> tuple | None:
    """(due date or None, the phrase as written) of the item ``text_norm[a:b]`` under the heading
    ``day``: that day, or a day of its own in its brackets; ``ref`` is (the document's date, whether
    it is an issue date). None when the day is past at an issue date: a summary's months."""
    week = WEEK_HEAD.pattern.match(day)
    if week:
        return _week_due(text_norm, a, b, week, ref[0], show)
    spans = OWN_DAY.spans(text_norm, a, b)
    own = (spans[0].start, spans[0].start + len(spans[0].value)) if spans else None
    dl = parse_deadline(text_norm[own[0]:own[1]] if own else day, ref[0])
    if dl and dl.date and ref[1] and ref[0] and dl.date < ref[0]:
        return None
    return (dl.date if dl else None), (show(*own) if own else day)


def _day_of(ymd: str, year: int | None) -> date | None:
    """The day "2027-9-13" / "9.13" names (the year given, else ``year``), or None."""
    parts = [int(p) for p in re.split(r"[-./]", ymd)]
    y, m, d = parts if len(parts) == 3 else (year, *parts)
    try:
        return date(y, m, d) if y else None
    except ValueError:
        return None


def _week_due(text_norm: str, a: int, b: int, week: re.Match, ref: date | None, show) -> tuple | None:
    """(due date, phrase) of the item ``text_norm[a:b]`` of a week's plan: the weekday it names
    within the week ("周三下午3:30全体教师集中"), else the week's last day."""
    first = _day_of(week.group("a"), ref.year if ref else None)
    last = _day_of(week.group("b"), first.year if first else None)
    if first is None or last is None or not 0 <= (last - first).days <= 6:
        return None
    named = _WEEKDAY.search(text_norm, a, b)
    if named:
        day = first + timedelta(days=("一二三四五六日".find(named["w"].replace("天", "日")) - first.weekday()) % 7)
        if day <= last:
            return day, show(named.start(), named.end())
    return last, week.group()
