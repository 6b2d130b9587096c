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

from tracker.deadlines import parse_deadline
from tracker.extract.list_items import item_number
from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule
from tracker.extract.week_plans import Week, is_section, week_due, week_head, weekday_week

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

_MIN_ITEMS = 2


def dated_items(text_norm: str, para_spans: list[tuple[int, int]]) -> dict[int, str | Week]:
    """Paragraph index -> the day of the date heading it stands under, for each run of two or
    more numbered paragraphs right below a paragraph holding only a day, or -> the ``Week`` of
    a week's plan (``week_plans``): a run below a week's span of days, whose list may be cut
    into sections, or a list with no such line whose items name the days of one week."""
    found: dict[int, str | Week] = {}
    for i, (a, b) in enumerate(para_spans):
        if b - a > 24 or not ("月" in text_norm[a:b] or "-" in text_norm[a:b] or "." in text_norm[a:b]):
            continue
        week = week_head(text_norm, a, b)
        head = week or (DATE_HEAD.spans(text_norm, a, b) or [None])[0]
        if head is None:
            continue
        run = _run(text_norm, para_spans, i + 1, week is not None, False)
        if len(run) >= _MIN_ITEMS:
            found.update((k, week or head.value) for k in run)
    if "周" in text_norm and not any(isinstance(v, Week) for v in found.values()):
        found.update(_weekday_lists(text_norm, para_spans, found))
    return found


def _weekday_lists(text_norm: str, para_spans: list[tuple[int, int]], found: dict) -> dict[int, Week]:
    """Paragraph index -> the ``Week`` of each numbered list (under no date heading) whose
    items name the days of one week (``week_plans.weekday_week``)."""
    weeks: dict[int, Week] = {}
    listed = False  # whether the last paragraph with text is numbered
    for i, (a, b) in enumerate(para_spans):
        if a == b:
            continue
        numbered = NUMBERING.match(text_norm[a:b]) is not None
        if numbered and not listed and i not in found and i not in weeks:
            run = _run(text_norm, para_spans, i, True, True)
            week = weekday_week(text_norm, para_spans, run) if not found.keys() & run else None
            weeks.update((k, week) for k in run if week)
        listed = numbered
    return weeks


def _run(text_norm: str, para_spans: list[tuple[int, int]], first: int, week: bool, top: bool) -> list[int]:
    """The numbered paragraphs from ``first`` on, up to the first paragraph that neither is
    numbered nor goes on with the item above it (a week's list skips its section headings,
    ``top``: short ones with no colon too)."""
    run = []
    for k in range(first, len(para_spans)):
        x, y = para_spans[k]
        if x == y:
            continue
        num = NUMBERING.match(text_norm[x:y])
        if num and week and is_section(text_norm, x, y, num, top):
            continue
        if not num:
            if run and _continues(text_norm, para_spans, run[-1], k):
                continue
            break
        run.append(k)
    return run


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


def item_due(text_norm: str, a: int, b: int, day: str | Week, ref: tuple, show) -> tuple | None:
    """(due date or None, the phrase as written) of the item ``text_norm[a:b]`` under the heading
    ``day``: that day, or a day of its own in its brackets; ``ref`` is (the document's date, whether
    it is an issue date). None when the day is past at an issue date: a summary's months."""
    if isinstance(day, Week):
        return week_due(text_norm, a, b, day, ref[0].year if ref[0] else None, show)
    spans = OWN_DAY.spans(text_norm, a, b)
    own = (spans[0].start, spans[0].start + len(spans[0].value)) if spans else None
    dl = parse_deadline(text_norm[own[0]:own[1]] if own else day, ref[0])
    if dl and dl.date and ref[1] and ref[0] and dl.date < ref[0]:
        return None
    return (dl.date if dl else None), (show(*own) if own else day)
