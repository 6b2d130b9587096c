"""Dates that name a cited document: its period in its name, its number, its own date.

A notice cites the documents it follows ("实施《某市全民健身实施计划》（2026-2030年）", "按照校团字
2027年15号文件精神", "第四章修改为（2027.8.1日文件）", "根据《某市2027年创建工作方案》要求"): the
dates inside or right after the name, and the year of a 文号, tell which document is meant, never
when anything is due.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# Before the date: inside a name in book-title marks ("《某市2027年…方案》"), or in the brackets that
# follow one ("《…实施计划》（").
CITED_BEFORE = rule(
    "cited_before",
    r"《[^《》,;。]{0,30}$|》\($",
    "not_due",
    [("根据《某市", ["《某市"]), ("实施《某市全民健身实施计划》（", ["》("]),
     ("各区要于", []), ("完成某项工作", [])],
    doc="Searched in the text right before a date.",
)
# After the date: the rest of that name up to its closing mark, the closing bracket of a name's
# period, the number of a 文号 after its year ("2027年15号文件"), or the word 文件 ("2027.8.1日文件").
CITED_AFTER = rule(
    "cited_after",
    r"[^《》,;。]{0,30}?》|\)|\d{1,4}号|文件",
    "not_due",
    [("创建工作方案》要求", ["创建工作方案》"]), ("15号文件精神", ["15号", "文件"]),
     ("底前完成", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


def cited_document(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) a cited document's: inside its name
    or in the brackets after it (``CITED_BEFORE`` and ``CITED_AFTER`` both), or a 文号's year or a
    date followed by 文件 (``CITED_AFTER`` alone)?"""
    after = CITED_AFTER.pattern.match(text_norm, end)
    if after is None:
        return False
    if after.group().endswith(("号", "文件")):
        return after.group() == "文件" or text_norm.endswith("年", start, end)
    return CITED_BEFORE.pattern.search(text_norm, max(0, start - 32), start) is not None \
        and (after.group() == ")") == text_norm.endswith("》(", 0, start)



# What marks a bracketed note as a citation: a 文号's number, the word 文件, a title mark.
_CITES = re.compile(r"\d{1,4}号|文件|《")


def names_document(node: str) -> bool:
    """Does the bracketed note ``node`` cite a document ("（按照校团字2027年15号文件精神）",
    "（2027.8.1日文件）") rather than give a time?"""
    return _CITES.search(node) is not None
