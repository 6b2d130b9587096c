"""Lists named by words after their items, and what every announced list shares.

A vote's news may name the items first and the list after them: "…选出了A、B、C等10个项目确定为
今年的民生实事", or "…票决出:A;B;…;J,为我市2027年10项民生实事项目。". The items are split at
their 、 or semicolons; the year is the one the naming words give. ``item_lists`` reads the
lists that are named first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tracker.extract.list_items import split_items
from tracker.extract.list_rules import LIST_CHOSEN, LIST_NAMED_AFTER


# The naming clause reports on a list, or asks for proposals: its items are no tasks. The
# candidates a vote chose from ("从12项候选项目中票决出…十件民生实事") are no call for proposals.
NOT_ANNOUNCED = re.compile(r"完成|建成|取得|成效|成绩|收官|兑现|答卷|圆满|进展|进度|(?:落实|推进|实施|办理)情况|满意|测评|回顾|去年|上年|过去|征集|候选(?![^,;。]{0,10}中)|建议|(?<!安排)意见")
YEAR = re.compile(r"((?:19|20)\d{2})年(?!\d{1,2}月)")
THIS_YEAR = re.compile(r"今年|本年度")


COUNT = re.compile(r"([一二三四五六七八九十]{1,3}|\d{1,3})(?:件|项|大)")
SENTENCE = re.compile(r"[^。!?]*(?:[。!?]+|$)")
LIST_NAME = re.compile(r"(?:[一二三四五六七八九十\d]+[件项大]|年度?)[^。,;]{0,8}(?:实事|工程)")


def names_list(sentence: str) -> bool:
    """Does the sentence announce a list ("…将办好十件民生实事。")?"""
    return LIST_NAME.search(sentence) is not None and not NOT_ANNOUNCED.search(sentence)


@dataclass
class AnnouncedList:
    """One announced list: its items (normalized spans), the year it is for, and the
    spans that are no tasks of their own (the naming sentences, the items)."""

    items: list[tuple[int, int]]
    year: int | None
    covered: list[tuple[int, int]]
    doer: tuple[int, int] | None = None  # the unit the whole list is handed to ("交由镇政府组织实施")
    remarks: tuple[int, int] | None = None  # the naming paragraph, which may date items by name


def sentence_start(s: str, pa: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (``pa``: its paragraph's start)."""
    k = max(s.rfind(ch, pa, pos) for ch in "。!?;")
    return pa if k < 0 else k + 1


def list_year(s: str, clause: tuple[int, int], back: int, ref_year: int | None) -> int | None:
    """The year the list is for: written in its naming clause, else the last one written
    before it (a month date's year excepted), else 今年 read as the reference year."""
    for a, b in (clause, (back, clause[0])):
        years = YEAR.findall(s, a, b)
        if years:
            return int(years[-1])
        if THIS_YEAR.search(s, a, b) and ref_year:
            return ref_year
    return None


_NAMED_RUN = re.compile(r"[等共][\d一二三四五六七八九十]{1,3}[个项件大]")
_LEAD = re.compile(r".*(?:了|将|把|[决选评]出)")  # the verb before the first name ("…选出了A", "…票决出A")
# LIST_NAMED_AFTER's words after its 等N个 are at most this long, and its names before it
# hold none of _CLAUSE_STOPS (tests/test_extract_speed_guards.py): the rule is tried only
# from the clause of a paragraph's first 等N个 to just past its last.
NAMED_AFTER_TAIL = 44
_CLAUSE_STOPS = "。;,:"
# The clause after the naming words handing the whole list to one unit ("…,交由镇人民政府组织实施").
_HANDED_TO = re.compile(r"(?:项目|工程)?,(?:交由|由)([^,;。]{2,20}?)(?:组织实施|负责实施|牵头实施|实施|承办|负责)(?=[,;。]|$)")


def _named_after_spans(s: str, pa: int, pb: int) -> list:
    """``LIST_NAMED_AFTER.spans(s, pa, pb)``, tried only around the paragraph's 等N个 runs
    (the rule scans at every character, and most paragraphs hold no such run)."""
    runs = list(_NAMED_RUN.finditer(s, pa, pb))
    if not runs:
        return []
    first = runs[0].start()
    start = max([pa] + [s.rfind(c, pa, first) + 1 for c in _CLAUSE_STOPS])
    return LIST_NAMED_AFTER.spans(s, start, min(pb, runs[-1].end() + NAMED_AFTER_TAIL))


def named_before_lists(s: str, para_spans: list[tuple[int, int]], ref_year: int | None) -> list[AnnouncedList]:
    """Lists whose names come before the words making them the year's list ("…选出了A、B、C
    等10个项目确定为今年的民生实事"): the names split at 、 are the items."""
    found = []
    # The 等N个 runs of the whole text, found by one search (a run never holds a line break,
    # so each paragraph's are those starting in it): a paragraph holding none is passed over.
    runs = [m.start() for m in _NAMED_RUN.finditer(s)]
    if not runs:
        return found
    for k, (pa, pb) in enumerate(para_spans):
        i = bisect_left(runs, pa)
        if i == len(runs) or runs[i] >= pb:
            continue
        for span in _named_after_spans(s, pa, pb):
            start = sentence_start(s, pa, span.start)
            run = _NAMED_RUN.search(s, span.start, span.end)
            stop = s.find("。", span.end, pb)
            stop = pb if stop < 0 else stop
            if NOT_ANNOUNCED.search(s, run.end(), stop):
                continue  # "…等5项工程列为2027年重点工程,已全部建成。": a report
            items, x = [], span.start
            for part in s[span.start:run.start()].split("、"):
                items.append((x, x + len(part)))
                x += len(part) + 1
            lead = _LEAD.match(s, items[0][0], items[0][1])
            if lead:
                items[0] = (lead.end(), items[0][1])
            back = para_spans[k - 1][0] if k else pa
            year = list_year(s, (start, span.end), back, ref_year)
            by = _HANDED_TO.match(s, span.end, stop)
            found.append(AnnouncedList(items, year, [(start, min(pb, stop + 1))] + items,
                                       by.span(1) if by else None))
    return found


def chosen_lists(s: str, para_spans: list[tuple[int, int]], ref_year: int | None) -> list[AnnouncedList]:
    """Lists handed over by a vote's result and named after their items ("…票决出:A;B;…;J,为
    我市2027年10项民生实事项目。"): the items are split at their semicolons."""
    found = []
    for k, (pa, pb) in enumerate(para_spans):
        for span in LIST_CHOSEN.spans(s, pa, pb) if s.find(":", pa, pb) >= 0 else []:
            ta, tb = span.value
            items = [] if NOT_ANNOUNCED.search(s, ta, tb) else split_items(s, span.end, ta, None)
            if len(items) < 2:
                continue
            start = sentence_start(s, pa, span.start)
            back = para_spans[k - 1][0] if k else pa
            year = list_year(s, (ta, tb), back, None) or list_year(s, (start, span.end), back, ref_year)
            found.append(AnnouncedList(items, year, [(start, span.end), (ta, tb)] + items))
    return found
