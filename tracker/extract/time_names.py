"""Time words that name something rather than set a due date: the year-end review a duty
is counted in.

Work "纳入年终考核" / "列入年底目标考核体系" is counted in the year-end review: the review is
named, the work is not due at the year's end. (A practice's quoted steps, "“年初建账、…年底
交账”的督查制度", are quoted_practice.py.)
"""

from __future__ import annotations

from tracker.extract.rules import rule

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
