"""Time words that name something rather than set a due date: the rhythm of a quoted
slogan, the year-end review a duty is counted in.

A document names its working method by a slogan of short parallel phrases in quotation
marks ("严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则", "按照“年初建账、逐月查账、
年底交账”的督查制度"). Its 年初, 年中 and 年底 say when each step of the method comes round,
not when a duty handed out is due; a quoted target ("按照“11月底前全面完成”的要求") is one
phrase, not a list, and keeps its date. Work "纳入年终考核" / "列入年底目标考核体系" is
counted in the year-end review; the review is named, the work is not due at the year's end.
"""

from __future__ import annotations

from tracker.extract.rules import rule

QUOTED_SLOGAN = rule(
    "quoted_slogan",
    r"“(?:[^“”、,;。]{2,6}、){2,}[^“”、,;。]{2,6}”",
    "not_due",
    [("严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则", ["“年初公布、年中检查、年底兑现、接受监督”"]),
     ("按照“年初建账、逐月查账、年底交账”的督查制度", ["“年初建账、逐月查账、年底交账”"]),
     ("按照“11月底前全面完成”的要求", []),
     ("开展“进社区、进学校、进机关”活动，6月底前完成", ["“进社区、进学校、进机关”"])],
    doc="A time phrase inside the match is no due date (in_slogan).",
)

_BACK = 30  # a slogan's opening quotation mark lies this close before a phrase inside it


def in_slogan(text_norm: str, start: int, end: int) -> bool:
    """Does the time phrase at ``text_norm[start:end]`` lie inside a quoted slogan?"""
    q = text_norm.rfind("“", max(0, start - _BACK), start)
    if q == -1 or "”" in text_norm[q:start]:
        return False
    m = QUOTED_SLOGAN.pattern.match(text_norm, q)
    return m is not None and m.end() >= end


# The year-end review a duty is counted in ("纳入年终考核", "纳入年底效能目标考核体系"); read at
# the time phrase (group d).
YEAR_END_REVIEW = rule(
    "year_end_review",
    r"(?:纳入|列入|计入|作为)[^,;。]{0,12}?(?P<d>年底|年终|年末)[^,;。前]{0,6}?(?:考核|考评|评比|评议)",
    "not_due",
    [("纳入年底效能目标考核体系", ["纳入年底效能目标考核"]),
     ("将完成情况列入县“三送”活动年终考评", ["列入县“三送”活动年终考评"]),
     ("年底前完成考核", []), ("各单位于年底前将考核结果纳入档案", [])],
    doc="Checked at a time phrase's own span (group d).",
)


def names_review(text_norm: str, start: int, end: int) -> bool:
    """Is the time phrase at ``text_norm[start:end]`` the year-end review a duty is counted in?"""
    m = YEAR_END_REVIEW.pattern.search(text_norm, max(0, start - 16), min(len(text_norm), end + 8))
    return m is not None and m.start("d") == start and m.end("d") == end
