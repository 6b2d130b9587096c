"""Announced lists whose items are paragraphs opening with their names.

After a paragraph naming the year's counted list, the items may stand one a paragraph, each
opening with its name: "甲项目：对…进行整治。" (a label and a colon, after a short sentence
handing over, "…项目内容具体包括：") or "稳定和扩大就业。实现…" (a heading sentence, the naming
sentence closing its paragraph or followed only by a remark on the list's scope, "涉及就业、住房
等多个领域。"). As many as the list says or fewer (a cut page); at least two.
"""

from __future__ import annotations

import re

from tracker.extract.list_items import item_number, numeral_value
from tracker.extract.list_named import COUNT, SENTENCE, AnnouncedList, list_year, names_list


# A short sentence closing the naming paragraph that hands over to the items ("…。项目内容具体包括:").
LABEL_HANDOVER = re.compile(r"(?<=[。!?])[^。!?:,]{0,8}?(?:具体|主要)?(?:包括|如下|分别是|分别为)(?::|——)$")
# An item opening with its name and a colon ("农村黑臭水体整治项目:对…进行清淤整治。").
LABEL = re.compile(r"[^,。;:!?()]{2,24}?(?::)")


def labelled_list(s: str, para_spans: list[tuple[int, int]], k: int, ref_year: int | None) -> list[AnnouncedList]:
    """A list named by a counted sentence of paragraph ``k`` whose paragraph closes handing over
    to items one a paragraph, each opening with its name and a colon ("2027年,某街道将实施十件民生
    实事项目。…项目内容具体包括:" then "甲项目:…" "乙项目:…"); as many as the list says or fewer
    (the page may be cut). The naming paragraph may date items by their names."""
    pa, pb = para_spans[k]
    hand = LABEL_HANDOVER.search(s, pa, pb)
    named = [m for m in SENTENCE.finditer(s, pa, hand.start()) if names_list(m.group()) and COUNT.search(m.group())] \
        if hand else []
    if not named:
        return []
    count = numeral_value(COUNT.search(named[-1].group()).group(1))
    items = []
    for qa, qb in para_spans[k + 1:k + 1 + count]:
        label = LABEL.match(s, qa, qb)
        if label is None or label.end() >= qb or item_number(s[qa:qb]) is not None:
            break
        items.append((qa, qb))
    if len(items) < 2:
        return []
    year = list_year(s, named[-1].span(), para_spans[k - 1][0] if k else pa, ref_year)
    return [AnnouncedList(items, year, [(pa, pb)] + items, remarks=(pa, hand.start()))]


# A paragraph opening with a heading sentence, then its body ("稳定和扩大就业。实现城镇新增就业…").
_HEADED = re.compile(r"[^,。;:!?()“”\"]{4,16}。(?=.)")
# A remark on the list's scope after its naming sentence ("涉及就业、住房等多个领域。").
_SCOPE_REMARK = re.compile(r"(?:涉及|涵盖)[^。!?]{2,80}?(?:领域|方面)。$")


def headed_list(s: str, para_spans: list[tuple[int, int]], k: int, ref_year: int | None) -> list[AnnouncedList]:
    """A list of a stated year named by the counted sentence closing paragraph ``k`` (or followed
    only by a remark on its scope) over paragraphs each opening with a heading sentence: each
    paragraph an item."""
    pa, pb = para_spans[k]
    if s.find("实事", pa, pb) < 0 and s.find("工程", pa, pb) < 0:
        return []  # the naming sentence names 实事 or 工程 (names_list): none in the paragraph
    sentences = [m for m in SENTENCE.finditer(s, pa, pb) if m.end() > m.start()]
    if sentences and _SCOPE_REMARK.search(sentences[-1].group()) and len(sentences) > 1:
        remark, naming = [sentences[-1].span()], sentences[-2]
    else:
        remark, naming = [], sentences[-1] if sentences else None
    if naming is None or not names_list(naming.group()) or not COUNT.search(naming.group()):
        return []
    count = numeral_value(COUNT.search(naming.group()).group(1))
    items = []
    for qa, qb in para_spans[k + 1:k + 1 + count]:
        if _HEADED.match(s, qa, qb) is None or item_number(s[qa:qb]) is not None:
            break
        items.append((qa, qb))
    year = list_year(s, naming.span(), para_spans[k - 1][0] if k else pa, ref_year)
    if len(items) < 2 or year is None:
        return []  # with no year the headings may be a plan's chapters, not the year's list
    return [AnnouncedList(items, year, [naming.span()] + remark + items)]
