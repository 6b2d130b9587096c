"""The year's expected targets stated in one sentence: one task, due when that year ends.

A work report or a department's 要点 states the year's main targets after a colon, in one
sentence ("2027年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右,…。", "2027年全局主要
发展目标是:完成投资50亿元;…。"): the clerk enters the sentence as one task (its figures are one
list the issuer answers for together), due at the end of the year (the corpus's gold rule
"Quota and target tables, year lists": a year's 预期目标 items are due at that year's end). The
year is the one the naming clause states, else the reference year (a report names the year it
is given in, "今年"). Not this family: a plan's targets for a span of years ("“十五五”时期主要
预期目标", "到2030年…" in the sentence: the date of its own), a report on targets reached
("…预期目标完成情况", "去年…"), and targets set out one a line or numbered after the colon (the
announced-list stage reads those as items).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule

_TARGETS = alternation(lexicon().year_targets)

TARGET_SENTENCE = rule(
    "year_target_sentence",
    # The naming clause opens its sentence; the targets run on after the colon to the full stop.
    # (The lookahead: a sentence with no colon, most of them, fails at once, before the words
    # are tried at each of the head's characters; every character before the colon is of the sentence.)
    r"(?:^|(?<=[。;!?]))(?=[^。;!?\n]*:)(?P<head>(?:(?P<y>(?:19|20)\d{2})年度?|今年|全年)?[^。;:!?\n]{0,24}?"
    r"(?:" + _TARGETS + r"|(?<=\d年)[^。;:!?\n]{0,12}?主要(?:发展)?目标)(?:任务)?(?:是|为)?):"
    r"(?P<body>[^。:\n]{8,300}?[\d%％][^。:\n]{0,300}?)(?:。|$)",
    "task",
    [("2027年全区经济社会发展的主要预期目标是:全区生产总值增长6%左右,财政收入增长5%。",
      ["2027年全区经济社会发展的主要预期目标是:全区生产总值增长6%左右,财政收入增长5%。"]),
     ("经济社会发展主要预期目标是:生产总值增长7%以上、力争达到8%,投资增长15%以上。",
      ["经济社会发展主要预期目标是:生产总值增长7%以上、力争达到8%,投资增长15%以上。"]),
     ("2027年全局主要发展目标是:完成交通投资50亿元,同比增长9%;客运量增长5%。重点抓好以下工作:",
      ["2027年全局主要发展目标是:完成交通投资50亿元,同比增长9%;客运量增长5%。"]),
     ("“十五五”时期主要预期目标是:生产总值年均增长6%。", []),
     ("去年主要预期目标完成情况是:生产总值增长6%。", []),
     ("2026-2030年主要预期目标为:生产总值年均增长6%。", []),
     ("主要目标是:建立健全工作机制,提升服务水平。", []),
     ("2027年主要预期目标为:", [])],
    value=lambda m: (int(m.group("y")) if m.group("y") else None, m.span("body")),
    when=lambda m: not _NOT_THE_YEARS.search(m.group("head")),
    flags=re.M,
    doc="A sentence naming the year's expected targets and stating them after its colon.",
)
# A span of years, a plan's period, a report on targets reached, last year's: not the year's targets.
_NOT_THE_YEARS = re.compile(r"[一二三四五六七八九十]五|[-—~至到](?:19|20)?\d{2}年?|完成|实现|情况|去年|上年|时期|期间")


def target_sentences(norm: str, a: int, b: int, ref: date | None) -> list[tuple[int, int, int, date, str]]:
    """(sentence start, start, end, due, phrase) of each sentence of ``norm[a:b]`` naming the year's expected
    targets after a colon, the targets in the same sentence (the body after the colon); the due
    date is the end of the year the naming clause states, else of the reference year."""
    found = []
    for span in TARGET_SENTENCE.spans(norm, a, b):
        year, (x, y) = span.value
        year = year or (ref.year if ref else None)
        if year:
            found.append((span.start, x, y, date(year, 12, 31), f"{year}年"))
    return found
