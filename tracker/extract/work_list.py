"""A published list of one year's work items: each item is a task, dated or not.

A heading naming the year's 实事 or 重点工作安排 ("2017年某区政府实事项目安排", "2022年区政府
重点工作安排") opens a list the issuer hands out as the year's work: every numbered item
under it is a task even when it names no date or unit ("四、完成…6家菜市场新建、改建工作。").
Items run together on one line ("(一)开展…编制。(二)围绕…") are split at their numbers.
An item that speaks of the whole year ("全年完成131个小区…", "实现年度社会消费品零售总额…")
is due at the year's end; the others stay undated. The list ends where the requirements
on carrying it out ("工作要求", "保障措施") or an annex begin. A 分工方案 or 分解表 of such a
list is not this family: its rows carry their own notes and columns.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule

_LIST = alternation(lexicon().work_lists)

WORK_LIST = rule(
    "work_list",
    # The heading alone on its line, or run into the list's first words by the page
    # ("…实事项目安排2017年10方面20项…"); the place may come first ("某区2027年…").
    r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县州镇乡])?(?P<y>(?:19|20)\d{2})年[^。,;:!?()《》]{0,24}?" + _LIST + r"(?:项目)?(?:安排|公布)?"
    r"(?=$|(?:19|20)\d{2}(?:年|-\d{1,2}-\d{1,2}))",
    "list",
    [("2027年某区政府实事项目安排", ["2027年某区政府实事项目安排"]),
     ("2027年区政府重点工作安排", ["2027年区政府重点工作安排"]),
     ("2027年区政府要完成的与人民生活密切相关的实事", ["2027年区政府要完成的与人民生活密切相关的实事"]),
     ("某区2027年实事项目安排", ["某区2027年实事项目安排"]),
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
    value=lambda m: int(m.group("y")),
    flags=re.M,  # read paragraph by paragraph inside the whole text
    doc="A heading naming the year's list of work items.",
)

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
_WHOLE_YEAR = re.compile(r"全年|(?<![上下本])年度(?![内中末计工考报总])")
_SENTENCE_END = re.compile(r"[。;]")


def list_start(norm: str, para_spans: list[tuple[int, int]]) -> tuple[int, int, int, int] | None:
    """(start and end of the heading paragraph, year, end of the list) of the first
    work-list heading, or None. The start is -1 when the paragraph holds more than the
    heading; the list ends where the requirements on carrying it out or an annex begin."""
    for k, (a, b) in enumerate(para_spans):
        if b - a > 200:
            continue
        found = WORK_LIST.spans(norm, a, b)
        if found:
            end = next((x for x, y in para_spans[k + 1:] if LIST_END.spans(norm, x, min(y, x + 20))), len(norm))
            return (a if found[0].end == b else -1), b, found[0].value, end
    return None


def is_item(norm: str, a: int, b: int) -> bool:
    """Is the numbered paragraph ``norm[a:b]`` an item rather than a section heading
    ("一、推动区域发展规划实施", no full stop)?"""
    return _SENTENCE_END.search(norm, a, b) is not None


def items(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of the paragraph ``norm[a:b]``, split at item numbers run into it."""
    cuts = [a] + [m.start() for m in _INLINE_ITEM.finditer(norm, a + 1, b)] + [b]
    return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]


def whole_year(norm: str, a: int, b: int, year: int) -> tuple[date, str] | None:
    """The year's end when the item ``norm[a:b]`` speaks of the whole year, else None."""
    m = _WHOLE_YEAR.search(norm, a, b)
    return (date(year, 12, 31), m.group()) if m else None
