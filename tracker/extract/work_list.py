"""A published list of one year's work items: each item is a task, dated or not.

A heading naming the year's 实事 or 重点工作安排 ("2017年某区政府实事项目安排", "2022年区政府
重点工作安排") opens a list the issuer hands out as the year's work: every numbered item
under it is a task even when it names no date or unit ("四、完成…6家菜市场新建、改建工作。").
Items run together on one line ("(一)开展…编制。(二)围绕…") are split at their numbers.
Every item of a 实事 list is one of the year's targets, due at the year's end; of another
list, an item that speaks of the whole year ("全年完成131个小区…", "实现年度社会消费品零售总额…")
is, the others stay undated. The list ends where the requirements
on carrying it out ("工作要求", "保障措施") or an annex begin. A 分工方案 or 分解表 of such a
list is not this family: its rows carry their own notes and columns.

An issuer's 工作要点 for the year is such a list too, whatever the issuer's name before the
year ("某自治区人民政府2027年工作要点", "某市农业农村局2027年农业农村工作要点"), and also when
the heading is the page's title rather than a line of its body. Its items keep only their own
dates; an item or section that only states principles (指导思想, 总体要求) is no task.

A month's list ("局办公室4月重点工作", "某街道2027年5月份工作安排") hands out the work of that
month: each item is due when the month ends, and an office named before the month does it.
An item that only promises "the other work the leaders assign" names no work and is no task.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule
from tracker.extract.unit_names import looks_like_unit

_LIST = alternation(lexicon().work_lists)
_MONTH_LIST = alternation(lexicon().month_lists)
# A list of the year's 实事 sets targets for that year: its items are due when the year ends
# (the corpus's gold rule "Quota and target tables, year lists"); a 重点工作 or 工作要点 item
# is the year's work, due only by a date of its own.
_TARGET_LISTS = frozenset(lexicon().target_lists)
_KEY_POINTS = alternation(lexicon().key_point_lists)
_PRINCIPLES = alternation(lexicon().principle_heads)
_POINTS_ENDS = tuple(w[-2:] for w in lexicon().key_point_lists)  # "要点": a cheap test before KEY_POINTS
_CN_MONTH = {c: k for k, c in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}

WORK_LIST = rule(
    "work_list",
    # The heading alone on its line, or run into the list's first words by the page
    # ("…实事项目安排2017年10方面20项…"); the place may come first ("某区2027年…"), or the
    # 工程 whose year's key points it lists ("社会保障工程2027年工作要点").
    r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县州镇乡]|[\u4e00-\u9fff]{2,4}工程)?(?P<y>(?:19|20)\d{2})年[^。,;:!?()《》]{0,24}?(?P<n>" + _LIST + r")(?:项目)?(?:安排|公布)?"
    r"(?=$|(?:19|20)\d{2}(?:年|-\d{1,2}-\d{1,2}))",
    "list",
    [("2027年某区政府实事项目安排", ["2027年某区政府实事项目安排"]),
     ("2027年区政府重点工作安排", ["2027年区政府重点工作安排"]),
     ("2027年区政府要完成的与人民生活密切相关的实事", ["2027年区政府要完成的与人民生活密切相关的实事"]),
     ("某区2027年实事项目安排", ["某区2027年实事项目安排"]),
     ("城市交通工程2027年工作要点", ["城市交通工程2027年工作要点"]),
     ("关于印发城市交通工程2027年工作要点的通知", []),
     ("关于印发某区2027年实事项目安排的通知", []),
     ("2027年某县实事项目安排2027年10方面20项实事项目,主要涉及…",
      ["2027年某县实事项目安排"]),
     ("2027年某区政府实事项目立项工作,通过门户网站广泛征集", []),
     # The party committee's and the government's list of the year's key work, the page's
     # posting date printed after it.
     ("2028年县委、县政府重点工作任务2028-04-11", ["2028年县委、县政府重点工作任务"]),
     ("2028年镇党委、镇政府重点工作", ["2028年镇党委、镇政府重点工作"]),
     ("2028年重点工作任务完成情况", []),
     ("2027年区政府重点工作安排落实情况", []),
     ("2027年区政府重点工作责任分解", [])],
    value=lambda m: (int(m.group("y")), m.group("n") in _TARGET_LISTS),
    flags=re.M,  # read paragraph by paragraph inside the whole text
    doc="A heading naming the year's list of work items (and whether they are the year's targets).",
)

MONTH_LIST = rule(
    "month_list",
    # Alone on its line: an office (or nothing), the month, the list's name.
    r"^(?P<u>[^\d\s,;。:()《》“”]{2,16}?)?(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?" + _MONTH_LIST + "$",
    "list",
    [("局办公室4月重点工作", ["局办公室4月重点工作"]),
     ("某街道2027年5月份工作安排", ["某街道2027年5月份工作安排"]),
     ("十一月工作要点", ["十一月工作要点"]),
     ("县防办2027年10月重点工作", ["县防办2027年10月重点工作"]),
     # Not an office before the month: a request, a report on the month, a sentence.
     ("关于做好4月重点工作", []), ("4月重点工作完成情况", []), ("4月重点工作。各科室要…", [])],
    value=lambda m: (int(m.group("y")) if m.group("y") else None,
                     int(m.group("m")) if m.group("m").isdigit() else _CN_MONTH[m.group("m")],
                     m.span("u") if m.group("u") else None),
    when=lambda m: m.group("u") is None or looks_like_unit(m.group("u")),
    flags=re.M,
    doc="A heading naming one month's list of work items.",
)

KEY_POINTS = rule(
    "key_points_list",
    # Alone on its line: the issuer (any name, not a 印发 notice's 关于…), the year, what the
    # points are about, the list's name. WORK_LIST reads the year-first headings; this one
    # is tried only on short lines ending in the name (list_start), so its free start is cheap.
    r"^(?!关于)(?:[^\d\s,;。:()《》“”]{2,24}?)?(?P<y>(?:19|20)\d{2})年度?[^\d。,;:!?()《》]{0,24}?(?:" + _KEY_POINTS + ")$",
    "list",
    [("某自治区人民政府2027年工作要点", ["某自治区人民政府2027年工作要点"]),
     ("某市农业农村局2027年农业农村工作要点", ["某市农业农村局2027年农业农村工作要点"]),
     ("共青团某市委员会2027年工作要点", ["共青团某市委员会2027年工作要点"]),
     ("2027年全市卫生健康工作要点", ["2027年全市卫生健康工作要点"]),
     # A notice handing it on, a report on it, a sentence citing it: no list.
     ("关于印发某市农业农村局2027年工作要点", []),
     ("某局2027年工作要点落实情况", []),
     ("《某局2027年工作要点》已经局务会审议通过", [])],
    value=lambda m: (int(m.group("y")), False),
    flags=re.M,
    doc="A heading naming an issuer's year's 工作要点, the issuer of any length before the year.",
)

PRINCIPLE_ITEM = rule(
    "principle_item",
    # The item's or section's head, after its number: a heading of principles, not of work.
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])?(?:" + _PRINCIPLES + r")(?=$|[。:])",
    "not_task",
    [("(一)指导思想。坚持以…为指导", ["(一)指导思想"]), ("一、总体要求", ["一、总体要求"]),
     ("2.基本原则:坚持统筹兼顾", ["2.基本原则"]),
     ("(一)落实指导思想学习制度。", []), ("3.完成总体要求中的各项任务。", [])],
    doc="An item or section of a work list that only states principles: no task.",
)

# An item that names no work of its own: whatever else the leaders or the office above assign.
OTHER_WORK = rule(
    "other_work_item",
    r"^(?:完成|做好|办好|抓好|落实)[^。;,]{0,20}?(?:交办|安排|布置)的其[他它](?:各项)?(?:工作|任务|事项)",
    "not_task",
    [("完成省防办和局领导安排的其他工作。", ["完成省防办和局领导安排的其他工作"]),
     ("做好领导交办的其它任务。", ["做好领导交办的其它任务"]),
     ("完成防汛物资的清点工作。", []), ("做好汛前检查安排的各项准备。", [])],
    doc="An item promising the other work assigned from above: no task.",
)


class WorkList(NamedTuple):
    """A work list: its heading paragraph (start -1 when the paragraph holds more), the
    year (None: the document's), where it ends, for a month's list the month and the
    office named before it, and whether its items are the year's targets (实事)."""

    head: int
    head_end: int
    year: int | None
    end: int
    month: int | None = None
    unit: tuple[int, int] | None = None
    targets: bool = False


# What follows a list and is none of its items: the requirements on carrying it out, an annex.
LIST_END = rule(
    "work_list_end",
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?(?:工作要求|有关要求|保障措施|工作保障|组织保障|附件\d*)"
    r"(?=$|[:。\d])",
    "boundary",
    [("三、工作要求", ["三、工作要求"]), ("保障措施", ["保障措施"]), ("附件2", ["附件2"]),
     ("(一)工作要求。各牵头单位要…", ["(一)工作要求"]),
     ("1.工作要求高的项目优先安排。", []), ("三、保障措施落实到位的小区新增10个。", [])],
    flags=re.M,
    doc="A heading after a work list that ends it.",
)

# An item number inside a paragraph, after a full stop: "…编制。(二)围绕…"
_INLINE_ITEM = re.compile(r"(?<=[。;])\([一二三四五六七八九十]+\)")
# "全年完成…", "实现全年…", "年度社会消费品…": the item is the whole year's work.
# WORK_LIST's 年 stands at most this far into its match: a place of up to seven characters (or
# a 工程's name of up to six), then four digits (tests/test_extract_speed_guards.py).
YEAR_AT = 11
_WHOLE_YEAR = re.compile(r"全年|(?<![上下本])年度(?![内中末计工考报总])")
_SENTENCE_END = re.compile(r"[。;]")


def list_start(norm: str, para_spans: list[tuple[int, int]], title: str | None = None) -> WorkList | None:
    """The first work-list heading, or None. The list ends where the requirements on
    carrying it out or an annex begin, a month's list also where the next month's begins.
    With no heading in the body, a page titled by a year's 工作要点 (``title``, normalized)
    is that list from its first line."""
    for k, (a, b) in enumerate(para_spans):
        if b - a > 200:
            continue
        month = MONTH_LIST.spans(norm, a, b) if "月" in norm[a:b] else None
        if month:
            year, m, unit = month[0].value
            end = next((x for x, y in para_spans[k + 1:] if LIST_END.spans(norm, x, min(y, x + 20))
                        or MONTH_LIST.spans(norm, x, y)), len(norm))
            return WorkList(a, b, year, end, m, unit)
        # A heading names its year (年 at most YEAR_AT characters into the paragraph) first.
        found = WORK_LIST.spans(norm, a, b) if norm.find("年", a, min(b, a + YEAR_AT + 1)) >= 0 else []
        if found:
            end = next((x for x, y in para_spans[k + 1:] if LIST_END.spans(norm, x, min(y, x + 20))), len(norm))
            year, targets = found[0].value
            return WorkList((a if found[0].end == b else -1), b, year, end, targets=targets)
        if b - a <= 60 and norm.endswith(_POINTS_ENDS, a, b) and (found := KEY_POINTS.spans(norm, a, b)):
            end = next((x for x, y in para_spans[k + 1:] if LIST_END.spans(norm, x, min(y, x + 20))), len(norm))
            return WorkList(a, b, found[0].value[0], end)
    if title and len(title) <= 60 and title.endswith(_POINTS_ENDS) and (found := KEY_POINTS.spans(title)):
        end = next((x for x, y in para_spans if LIST_END.spans(norm, x, min(y, x + 20))), len(norm))
        return WorkList(-1, 0, found[0].value[0], end)
    return None


def principles(text: str) -> bool:
    """Does ``text`` (an item, or its section's heading) only head principles (指导思想)?"""
    return bool(text) and bool(PRINCIPLE_ITEM.spans(text))


def is_item(norm: str, a: int, b: int) -> bool:
    """Is the numbered paragraph ``norm[a:b]`` an item rather than a section heading
    ("一、推动区域发展规划实施", no full stop)?"""
    return _SENTENCE_END.search(norm, a, b) is not None


def items(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of the paragraph ``norm[a:b]``, split at item numbers run into it."""
    cuts = [a] + [m.start() for m in _INLINE_ITEM.finditer(norm, a + 1, b)] + [b]
    return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]


def month_due(listed: WorkList, ref: date | None) -> tuple[date, str] | None:
    """The end of a month's list's month: in the year its heading names, else in the year of
    the document's date (the next year for a January list written in the December before)."""
    year = listed.year or (ref and ref.year + (listed.month + 6 <= ref.month))
    if not year:
        return None
    return date(year, listed.month, calendar.monthrange(year, listed.month)[1]), f"{listed.month}月"


def names_no_work(item: str) -> bool:
    """Does the item (its number stripped) only promise the other work assigned?"""
    return bool(OTHER_WORK.spans(item))


def whole_year(norm: str, a: int, b: int, year: int, targets: bool = False) -> tuple[date, str] | None:
    """The year's end when the item ``norm[a:b]`` speaks of the whole year, or belongs to a
    list of the year's targets (``targets``: a 实事 list), else None."""
    m = _WHOLE_YEAR.search(norm, a, b)
    return (date(year, 12, 31), m.group()) if m else (date(year, 12, 31), f"{year}年") if targets else None
