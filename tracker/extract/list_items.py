"""The items of an announced list (see ``item_lists``): numbered paragraphs or inline numbers,
unnumbered pieces of one sentence, or unnumbered lines, one per paragraph."""

from __future__ import annotations

import re

from tracker.extract.normalize import NUMBERING


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORDINAL = re.compile(r"(?:^|(?<=[:;。,]))([一二三四五六七八九十]{1,3})是")
# (Not a quantity opening a line: "20万学生…", "65岁及以上…", "10个公园…".)
_BARE_NUMBER = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff“\"])(?![\d万亿千百个名人所家条座项件公米户套岁次年月日天元辆台处批])")
_STOP = re.compile(r"[;。]")
# An item counted by its place in the list, its label closed by a colon ("第三件实事:…", "第二项:…").
_COUNTED = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})[件项](?:民生|惠民|为民)?(?:实事|工程)?(?:项目)?:")
_INLINE_NUMBER = re.compile(r"[;。]")
_MIN_INLINE = 3  # fewer pieces is a sentence with a colon, not a list
_LINE = 100  # an unnumbered item line is no longer than this (closed_lines)
_LONG_LINE = 240  # ... or this, one a paragraph after a counted list's name (line_items)
_FIGURE = re.compile(r"\d")
ASIDE = re.compile(r"\([^()]{1,20}\) *$")  # a remark in brackets on a line of its own
_HEADING = 30  # a numbered line this short with no stop may be a heading (a project's name runs to 30)
_BODY = 3  # at most this many unnumbered paragraphs after a numbered one are its body
_HEAD_ITEM = 30  # ... when it is this short with no comma (a heading over its figures, not a whole item)


def numeral_value(token: str) -> int | None:
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
    "（二）" → ("l2", 2), "三是" → ("ordinal", 3), "第三件实事:" → ("counted", 3), "4实施…" (a page's
    "4 实施…") → ("bare", 4)."""
    m = NUMBERING.match(para)
    if m and m.lastgroup in ("l1", "l2", "l3", "l4"):
        v = numeral_value(re.sub(r"[^\d一二三四五六七八九十]", "", m.group()))
        return (m.lastgroup, v) if v else None
    m = _ORDINAL.match(para) or _COUNTED.match(para)
    if m:
        v = numeral_value(m.group(1))
        return ("ordinal" if m.re is _ORDINAL else "counted", v) if v else None
    m = _BARE_NUMBER.match(para)
    return ("bare", int(m.group(1))) if m else None


def split_items(s: str, a: int, pb: int, count: int | None) -> list[tuple[int, int]]:
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
        parts, start = [], a
        for part in s[a:end].split("、"):
            parts.append((start, start + len(part)))
            start += len(part) + 1
        if len(parts) > count:
            parts = _merge_by_tail(s, parts)
        if len(parts) == count:
            pieces = parts
    return pieces if len(pieces) >= _MIN_INLINE else []


_TAIL = 2  # the closing word most names of a list share (工程, 项目)


def _merge_by_tail(s: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split at 、 where most end in one word ("…工程"): a piece without it is part of
    the name after it ("新城供水管网、污水处理站、热源点工程" is one project)."""
    tails = [s[b - _TAIL:b] for _, b in parts]
    tail = max(set(tails), key=tails.count)
    if tails.count(tail) * 2 <= len(parts) or tails[-1] != tail:
        return parts
    merged, first = [], None
    for (x, y), t in zip(parts, tails):
        first = x if first is None else first
        if t == tail:
            merged.append((first, y))
            first = None
    return merged


# A category clause of a list counted by categories: "其中,教育领域2个,包括A、B" — the
# category, its count, the word handing over to its items (up to the next ; or 。).
_CATEGORY = re.compile(r"(?:(?<=[。;,:])|^)(?:其中,?)?[^。;,:]{2,14}?([\d一二三四五六七八九十]{1,3})[个项件],?"
                       r"(?:包括|分别是|分别为|为|即|是):?([^;。]+)")
_ITEM_MIN = 4  # a shorter piece is no project's name (a page cut inside one: "为应急")


def category_items(s: str, a: int, pb: int) -> list[tuple[int, int]]:
    """The items of a list counted by categories, in the rest of its paragraph from ``a``
    ("…共5大类12个。其中,教育领域2个,包括A、B;生态领域1个,为C。"): each category's pieces
    split at 、, taken only when they are as many as its count says and none is too short."""
    items = []
    for m in _CATEGORY.finditer(s[:pb], a):
        count, (ia, ib) = numeral_value(m.group(1)), m.span(2)
        parts, start = [], ia
        for part in s[ia:ib].split("、"):
            parts.append((start, start + len(part)))
            start += len(part) + 1
        if len(parts) == count and all(len(s[x:y].strip()) >= _ITEM_MIN for x, y in parts):
            items += parts
    return items


def line_items(s: str, para_spans: list[tuple[int, int]], k: int, count: int | None) -> list[tuple[int, int]]:
    """Unnumbered items one per paragraph after naming words closing paragraph ``k``
    ("…办好12件实事。具体包括：" then "新建幼儿园3所。" "改造道路20公里。" …): as many short
    lines as the list says, none numbered and none handing over to items of its own; a remark
    in brackets just after the name ("(按得票多少排序)") is passed over."""
    if not count or count < _MIN_INLINE:
        return []
    items, first = [], k + 1
    if first < len(para_spans) and ASIDE.match(s, *para_spans[first]):
        first += 1  # "(按得票多少排序)" between the list's name and its lines
    for pa, pb in para_spans[first:first + count]:
        line = s[pa:pb].strip(" |")
        if not line or len(line) > _LONG_LINE or ":" in line or item_number(line) is not None:
            return []
        items.append((pa, pb))
    # As many as the list says, or fewer on a page cut after them (nothing follows them), each
    # with its figures (a page's closing remark, "记者从会上获悉…", has none); a line may hold an
    # item with its figures ("推动…改造,建设…10万套,改造…"), not a longer paragraph.
    cut = len(items) >= _MIN_INLINE and first + len(items) == len(para_spans) \
        and all(_FIGURE.search(s, a, b) for a, b in items)
    return items if len(items) == count or cut else []


# A paragraph that is only an item's number ("1", "01"): a page that sets each number on a line
# of its own, above the item's text.
_LONE_NUMBER = re.compile(r"0?(\d{1,2})")
_LEAD = 4  # the words handing over ("具体如下", "一起来看看。", arrows) between the name and the first number


def lone_numbered_lines(s: str, para_spans: list[tuple[int, int]], k: int, count: int | None) -> list[tuple[int, int]]:
    """Items after the naming paragraph ``k``, each the paragraph after a line holding only its
    number ("01" then "新建幼儿园3所;" then "02" …), numbers counting from 1, a few paragraphs
    handing over before the first passed over; three at least and no more than the list says."""
    j, end = k + 1, min(len(para_spans), k + 2 + _LEAD)
    while j < end and _LONE_NUMBER.fullmatch(s, *para_spans[j]) is None:
        j += 1
    items = []
    while j + 1 < len(para_spans):
        m = _LONE_NUMBER.fullmatch(s, *para_spans[j])
        text = para_spans[j + 1]
        if m is None or int(m.group(1)) != len(items) + 1 or text[1] == text[0] \
                or _LONE_NUMBER.fullmatch(s, *text) is not None:
            break
        items.append(text)
        j += 2
    return items if len(items) >= _MIN_INLINE and (not count or len(items) <= count) else []


_TITLED = re.compile(r"《([^《》。;]{4,60})》")


def titled_items(s: str, a: int, pb: int) -> list[tuple[int, int]]:
    """The items of a list named by their plans in title marks, up to the sentence's stop ("…实事方案为
    《A实施方案》《B实施方案》;…为《C实施方案》和《D实施方案》。"): each plan's title, three at least."""
    stop = s.find("。", a, pb)
    items = [m.span(1) for m in _TITLED.finditer(s, a, pb if stop < 0 else stop)]
    return items if len(items) >= _MIN_INLINE else []


def closed_lines(s: str, para_spans: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """Unnumbered items one per paragraph after naming words closing paragraph ``k``, the list not
    counted: short lines each closed by a semicolon, the last by a full stop ("…主要预期目标为:" then
    "生产总值增长8%;" "财政收入增长10%;" … "失业率控制在4%以内。"), three at least."""
    items = []
    for pa, pb in para_spans[k + 1:]:
        line = s[pa:pb].rstrip(" |")
        if not line or len(line) > _LINE or ":" in line or item_number(line) is not None \
                or line[-1] not in ";。" or _STOP.search(line, 0, len(line) - 1):
            return []
        items.append((pa, pb))
        if line.endswith("。"):
            return items if len(items) >= _MIN_INLINE else []
    return []


def _numbers(s: str, para_spans: list[tuple[int, int]], k: int, start: int, bodies: bool = False) -> list[tuple]:
    """(position, style, value, paragraph end, opens its paragraph, a heading with no stop)
    of the item numbers from ``start`` (just after the naming words, in paragraph ``k``) on:
    at a paragraph's start or after a stop inside it ("…;2.…"). A following paragraph that
    opens with no number ends them, unless it is the body of a numbered heading just before it,
    or (``bodies``: items that are headings of a news page's list, "一、推进安居工程建设。" then
    its figures) one of the few paragraphs after a short numbered paragraph (a whole item,
    "十是开通…公交线路,实现…全覆盖。", takes no body: what follows is the page's comment)."""
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
            if bodies and found and found[-1][4] and found[-1][6] and found[-1][3] == para_spans[j - 1][1] \
                    and (j <= _BODY or para_spans[j - 1 - _BODY][0] < found[-1][0]):
                found[-1][3] = pb  # "二、优化生育支持政策。" then the paragraphs of its figures
                continue
            break
        found.append([lo, num[0], num[1], pb, True, len(para) <= _HEADING and not _STOP.search(para),
                      len(para) <= _HEAD_ITEM and "," not in para])
        for m in _INLINE_NUMBER.finditer(s, lo + 1, pb):
            inner = item_number(s[m.end():pb])
            if inner is not None and inner[0] != "bare":
                found.append([m.end(), inner[0], inner[1], pb, False, False, False])
    return found


def numbered_items(s: str, para_spans: list[tuple[int, int]], k: int, start: int,
                   bodies: bool = False) -> list[tuple[int, int]]:
    """The numbered items after the naming words: one style counting from 1; a top item
    followed by numbered sub-items gives way to them (it is their heading), the sub-items of
    the next counted afresh or on from the last; a heading with
    no stop in another style ("二、医疗养老方面" among "1、…7、") is passed over. A number out
    of sequence inside an item is part of its text; at a paragraph's start, it ends the list."""
    items: list[list[int]] = []  # [start, end, kept]
    top, sub = None, None  # (style, next value)
    last = None  # the sub-items' (style, next value) under the previous top item
    found = _numbers(s, para_spans, k, start, bodies)
    for pos, style, v, pend, opens, heading, _ in found:
        if heading and top is not None and style != top[0] and not (sub is None and v == 1) \
                and not (sub is not None and style == sub[0] and v == sub[1]) \
                and not (sub is None and last == (style, v)):
            continue  # a section heading inside the list
        if top is None:
            if v != 1:
                return []
            top = (style, 2)
        elif style == top[0] and v == top[1]:
            top, sub, last = (style, v + 1), None, sub or last
        elif sub is None and style != top[0] and (v == 1 or last == (style, v)):
            # sub-items under a top item (its heading), counted afresh or on from the last
            # section's ("一、教育方面" "1.…" "2.…" "二、养老方面" "3.…")
            sub = (style, v + 1)
            items[-1][2] = 0
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
    # Top items that head sub-items end with a heading over none ("一、实事内容" "第一件实事:…"
    # … "二、工作分工"): the next part of the document, not an item.
    if len(items) > 1 and not items[0][2] and sub is None and found[-1][5] and items[-1][0] == found[-1][0]:
        items.pop()
    return [(a, b) for a, b, kept in items if kept]


# A named item opening its run in a paragraph of items run together ("棚户区改造工程。新开工11万套，…。
# 老旧小区改造工程。改造…"): a 工程's name as a sentence of its own, opening the paragraph or after a full stop.
_NAMED_HEAD = re.compile(r"(?:(?<=[。 ])|^)[^。 ,;:!?]{2,20}?工程。", re.M)
_MIN_RUNS = 3


def named_runs(s: str, a: int, b: int, count: int | None) -> list[tuple[int, int]]:
    """Items run together in the paragraph ``s[a:b]``, each opening with its 工程's name as a
    sentence of its own: the paragraph must open with one, and hold three at least (no more
    than the list says)."""
    heads = [m.start() for m in _NAMED_HEAD.finditer(s, a, b)]
    if len(heads) < _MIN_RUNS or heads[0] != a or (count and len(heads) > count):
        return []
    return [(x, (heads[n + 1] if n + 1 < len(heads) else b)) for n, x in enumerate(heads)]
