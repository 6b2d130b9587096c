"""Announced lists of one year's 实事 or 工程: a sentence names the list, then gives its items.

News of a 人代会 and its 公告 publish the year's 民生实事 (为民办实事, 十大工程) in one of
two shapes, mostly with no unit and no date of their own:

- inline, in the sentence that names the list: "这十件民生实事分别是：A；B；…；J。",
  "…集中办好十件实事：一是…；二是…；…十是…。", or "分别是A、B、…、J。" (split at 、 only when
  the pieces are as many as the list says);
- numbered, in the paragraphs after a sentence ending in a colon: "确定以下10项为2027年
  民生实事项目：" then "1.…；" "2.…；" (or 一、 （一） "1 " …); a top item holding
  numbered sub-items ("三、…。" then "（一）…（二）…") is their heading, not an item.

Each item is a task with no unit, due at the end of the year the list is announced for
(the year written in or before the naming sentence, or 今年); with no year it stays
undated. The naming sentence, and a sentence of the paragraph before it announcing the same
list ("2027年某县将办好十件民生实事。"), are no tasks of their own. A sentence reporting
on a list ("去年十件实事全部完成：…"), a call for proposals (征集, 候选) and a list whose
items carry responsibility notes (read by the annotated stage) are not this family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title
from tracker.extract.work_list import list_start

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

LIST_INTRO = rule(
    "announced_list",
    # The list's noun, then (within the clause) the words that hand over to its items.
    r"(?:实事|(?:[十二三四五六七八九\d]+[大项件][”\"]?(?:重点|民生|惠民)?|重点|民生|惠民)工程)[^。;!?\n:]{0,20}?"
    r"(?:(?:分别是|分别为|主要内容是|主要内容为|具体是|具体为|主要有|是|为|包括|如下)?(?::|——)|分别是|分别为)",
    "list",
    [("某县今年将集中力量办好十件民生实事。这十件民生实事分别是：新建…；改造…；开通…。",
      ["实事分别是:"]),
     ("2027年某市将办好8件为民实事：一是…；二是…；三是…。", ["实事:"]),
     ("确定以下12项为区政府2027年度民生实事项目：", ["实事项目:"]),
     ("这20项实事的主要内容是——", ["实事的主要内容是——"]),
     ("最终选出10项民生实事项目，分别为：", ["实事项目,分别为:"]),
     ("某州2027年“五大工程”是：", ["五大工程”是:"]),
     ("2027年某县十大惠民工程主要有：", ["十大惠民工程主要有:"]),
     ("一是抓实事，二是抓落实。", [])],
    doc="A sentence naming a list of 实事 or 工程 just before its items.",
)
LIST_HEADING = rule(
    "announced_list_heading",
    # A heading closing its paragraph that names the year's list ("某市2027年实事项目").
    r"(?:(?:19|20)\d{2}年度?|今年)[^。,;:!?]{0,12}?(?:实事|(?:[十二三四五六七八九\d]+[大项件][”\"]?(?:重点|民生|惠民)?|重点|民生|惠民)工程)"
    r"(?:项目|计划|主要|实施|内容|清单|名单)*[”\"]?$",
    "list",
    [("某市2027年实事项目", ["2027年实事项目"]),
     ("某县2027年度“十大工程”", ["2027年度“十大工程”"]),
     ("2027年十件民生实事", ["2027年十件民生实事"]),
     ("今年县本级“五大”工程计划项目主要实施内容", ["今年县本级“五大”工程计划项目主要实施内容"]),
     ("2026年民生实事项目完成情况", []),
     ("2027年实事项目推进会召开", [])],
    doc="A heading naming the year's list of 实事 or 工程 just before its numbered items.",
)
# The naming clause reports on a list, or asks for proposals: its items are no tasks.
_NOT_ANNOUNCED = re.compile(r"完成|建成|取得|成效|成绩|收官|兑现|答卷|圆满|进展|进度|(?:落实|推进|实施|办理)情况|满意|测评|回顾|去年|上年|过去|征集|候选|建议|意见")
_COUNT = re.compile(r"([一二三四五六七八九十]{1,3}|\d{1,3})(?:件|项|大)")
_YEAR = re.compile(r"((?:19|20)\d{2})年(?!\d{1,2}月)")
_THIS_YEAR = re.compile(r"今年|本年度")
_SENTENCE = re.compile(r"[^。!?]*(?:[。!?]+|$)")
_ORDINAL = re.compile(r"(?:^|(?<=[:;。,]))([一二三四五六七八九十]{1,3})是")
_BARE_NUMBER = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff“\"])")
_STOP = re.compile(r"[;。]")
_INLINE_NUMBER = re.compile(r"[;。]")
_ITEM_END = re.compile(r"[。;!]$")
_ANNOUNCED_BEFORE = 3  # paragraphs before the naming sentence that may announce the list
_MIN_INLINE = 3
_HEADING = 20  # a numbered line this short with no stop may be a section heading  # fewer pieces is a sentence with a colon, not a list


def _value(token: str) -> int | None:
    """The number a numeral token (3, 十二, 二十) stands for."""
    if token.isdigit():
        return int(token)
    if all(ch in _CN_DIGITS for ch in token):
        if "十" not in token:
            return _CN_DIGITS[token] if len(token) == 1 else None
        tens, _, ones = token.partition("十")
        return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return None


def item_number(para: str) -> tuple[str, int] | None:
    """(style, value) of the number opening a normalized paragraph: "1." → ("l3", 1),
    "（二）" → ("l2", 2), "三是" → ("ordinal", 3), "4实施…" (a page's "4 实施…") → ("bare", 4)."""
    m = NUMBERING.match(para)
    if m and m.lastgroup in ("l1", "l2", "l3", "l4"):
        v = _value(re.sub(r"[^\d一二三四五六七八九十]", "", m.group()))
        return (m.lastgroup, v) if v else None
    m = _ORDINAL.match(para)
    if m:
        v = _value(m.group(1))
        return ("ordinal", v) if v else None
    m = _BARE_NUMBER.match(para)
    return ("bare", int(m.group(1))) if m else None


@dataclass
class AnnouncedList:
    """One announced list: its items (normalized spans), the year it is for, and the
    spans that are no tasks of their own (the naming sentences, the items)."""

    items: list[tuple[int, int]]
    year: int | None
    covered: list[tuple[int, int]]


def _sentence_start(s: str, pa: int, pos: int) -> int:
    k = max(s.rfind(ch, pa, pos) for ch in "。!?;")
    return pa if k < 0 else k + 1


def _year(s: str, clause: tuple[int, int], back: int, ref_year: int | None) -> int | None:
    """The year the list is for: written in its naming clause, else the last one written
    before it (a month date's year excepted), else 今年 read as the reference year."""
    for a, b in (clause, (back, clause[0])):
        years = _YEAR.findall(s, a, b)
        if years:
            return int(years[-1])
        if _THIS_YEAR.search(s, a, b) and ref_year:
            return ref_year
    return None


def _split_items(s: str, a: int, pb: int, count: int | None) -> list[tuple[int, int]]:
    """Unnumbered items written in the rest of the paragraph after the naming words: the
    sentence split at its semicolons, or at its 、 when the pieces are as many as the list says."""
    stop = s.find("。", a, pb)
    end = pb if stop < 0 else stop
    pieces, start = [], a
    for k in range(a, end + 1):
        if k == end or s[k] == ";":
            if k > start:
                pieces.append((start, k))
            start = k + 1
    if len(pieces) == 1 and count:
        parts = s[a:end].split("、")
        if len(parts) == count:
            pieces, start = [], a
            for part in parts:
                pieces.append((start, start + len(part)))
                start += len(part) + 1
    return pieces if len(pieces) >= _MIN_INLINE else []


def _numbers(s: str, para_spans: list[tuple[int, int]], k: int, start: int) -> list[tuple]:
    """(position, style, value, paragraph end, opens its paragraph, a heading with no stop)
    of the item numbers from ``start`` (just after the naming words, in paragraph ``k``) on:
    at a paragraph's start or after a stop inside it ("…;2.…"). A following paragraph that
    opens with no number ends them, unless it is the body of a numbered heading just before it."""
    found = []
    for j in range(k, len(para_spans)):
        pa, pb = para_spans[j]
        lo = max(pa, start)
        para = s[lo:pb].rstrip(" |")
        if not para:
            continue
        num = item_number(para)
        if num is None:
            if j == k:
                return []
            if found and found[-1][5] and found[-1][3] == para_spans[j - 1][1]:
                found[-1][3], found[-1][5] = pb, False  # "（一）某某工程" then its body: one item
                continue
            break
        found.append([lo, num[0], num[1], pb, True, len(para) <= _HEADING and not _STOP.search(para)])
        for m in _INLINE_NUMBER.finditer(s, lo + 1, pb):
            inner = item_number(s[m.end():pb])
            if inner is not None and inner[0] != "bare":
                found.append([m.end(), inner[0], inner[1], pb, False, False])
    return found


def _numbered_items(s: str, para_spans: list[tuple[int, int]], k: int, start: int) -> list[tuple[int, int]]:
    """The numbered items after the naming words: one style counting from 1; a top item
    followed by numbered sub-items gives way to them (it is their heading); a heading with
    no stop in another style ("二、医疗养老方面" among "1、…7、") is passed over. A number out
    of sequence inside an item is part of its text; at a paragraph's start, it ends the list."""
    items: list[list[int]] = []  # [start, end, kept]
    top, sub = None, None  # (style, next value)
    found = _numbers(s, para_spans, k, start)
    for n, (pos, style, v, pend, opens, heading) in enumerate(found):
        if heading and top is None and n + 1 < len(found) and found[n + 1][1] != style:
            continue  # the first section heading: the items go on in another style
        if heading and top is not None and style != top[0] and not (sub is None and v == 1) \
                and not (sub is not None and style == sub[0] and v == sub[1]):
            continue  # a section heading inside the list
        if top is None:
            if v != 1:
                return []
            top = (style, 2)
        elif style == top[0] and v == top[1]:
            top, sub = (style, v + 1), None
        elif sub is None and style != top[0] and v == 1:
            sub = (style, 2)
            items[-1][2] = 0  # a heading over its sub-items
        elif sub is not None and style == sub[0] and v == sub[1]:
            sub = (style, v + 1)
        elif opens:
            break
        else:
            continue
        if items and items[-1][1] > pos:
            items[-1][1] = pos
        end = pend
        if not opens:  # an item run into a paragraph ends at its stop when nothing follows
            stop = s.find("。", pos, pend)
            end = pend if stop < 0 else stop + 1
        items.append([pos, end, 1])
    return [(a, b) for a, b, kept in items if kept]


def announced_lists(s: str, para_spans: list[tuple[int, int]], ref_year: int | None) -> list[AnnouncedList]:
    """The announced lists of the normalized text ``s`` (paragraphs ``para_spans``)."""
    found = []
    taken = 0  # the end of the last list's items: a heading among them names no list of its own
    for k, (pa, pb) in enumerate(para_spans):
        if pa < taken:
            continue
        spans = LIST_INTRO.spans(s, pa, pb) + LIST_HEADING.spans(s, max(pa, pb - 40), pb)
        if len(spans) > 1:  # (most paragraphs have none)
            spans.sort(key=lambda x: x.start)
        for n, span in enumerate(spans):
            stop = _STOP.search(s, span.end, pb)
            if n + 1 < len(spans) and spans[n + 1].start < (stop.start() if stop else pb):
                continue  # "…公告如下：某市2027年民生实事项目：1.…": the second names the list
            start = _sentence_start(s, pa, span.start)
            clause = s[start:span.end]
            m = _COUNT.search(clause)
            if _NOT_ANNOUNCED.search(clause) or not (m or _YEAR.search(clause) or _THIS_YEAR.search(clause)):
                continue  # a report on a list, or no list named ("办实事的做法是：")
            count = _value(m.group(1)) if m else None
            rest = span.end
            items = _numbered_items(s, para_spans, k, rest)
            if not items and s[rest:pb].strip(" |"):
                items = _split_items(s, rest, pb, count)
            if len(items) < 2:
                continue
            back = para_spans[k - 1][0] if k else pa
            covered = [(start, span.end)] + items
            # The sentences just before announcing the same list ("2027年某县将办好十件实事。")
            for qa, qb in para_spans[max(0, k - _ANNOUNCED_BEFORE):k] + [(pa, start)]:
                covered += [(qa + m.start(), qa + m.end()) for m in _SENTENCE.finditer(s[qa:qb])
                            if m.end() > m.start() and _names_list(m.group())]
            found.append(AnnouncedList(items, _year(s, (start, span.end), back, ref_year), covered))
            taken = items[-1][1]
            break
    return found


_LIST_NAME = re.compile(r"(?:[一二三四五六七八九十\d]+[件项大]|年度?)[^。,;]{0,8}(?:实事|工程)")


def _names_list(sentence: str) -> bool:
    """Does the sentence announce a list ("…将办好十件民生实事。")?"""
    return _LIST_NAME.search(sentence) is not None and not _NOT_ANNOUNCED.search(sentence)


class AnnouncedItems:
    """The announced-list stage of ``DocumentTasks``."""

    def announced_items(self) -> list[ExtractedTask]:
        """The items of announced 实事 lists; their spans join ``covered``."""
        s = self.nt.norm
        tasks = []
        if list_start(s, self.para_spans):
            return tasks  # a work list's heading ("2027年区政府实事项目安排"): work_list reads it
        ref_year = self.ref.year if self.ref else None
        for found in announced_lists(s, self.para_spans, ref_year):
            if any(self._is_covered(a, b) for a, b in found.items):
                continue  # items with their own notes: the annotated stage read them
            due = (date(found.year, 12, 31), f"{found.year}年") if found.year else (None, None)
            for n, (a, b) in enumerate(found.items):
                if n and n + 1 == len(found.items) and s[found.items[n - 1][1] - 1] == ";":
                    stop = s.find("。", a, b)  # the last of items closed by semicolons: what
                    b = b if stop < 0 else stop  # follows its stop is no part of it (a signature)
                while b > a and s[b - 1] in ";。 |":
                    b -= 1
                title, num = passage_title(self.nt, a, b)
                self.order[len(self.order)] = a
                tasks.append(ExtractedTask(
                    doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=[],
                    deadline=due[0], deadline_text=due[1], section=self._section(a), number=num,
                    kind="implicit"))
            self.covered.extend(found.covered)
        return tasks
