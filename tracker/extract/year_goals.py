"""Years named in statements, not due: a good start as the goal, a year that makes the work significant,
a proposal's criteria.

A meeting's call "确保2027年度某项工作“开门稳”" sets the year's opening as the goal, not its end as a
due date; "2027年，某大会将相继召开，做好某工作…，意义十分重大" says why the work matters that year.
A call for 实事 proposals asks for projects "当年立项、当年完成、当年见效": what a proposal should
promise. None hands out a duty due at the year's end.
"""

from __future__ import annotations

from tracker.extract.rules import rule

# The year's good start as the goal: "确保2027年度东西部协作“开门稳”", "实现2027年“开门红”".
GOOD_START = rule(
    "good_start",
    r"(?<=[年度])[^,;。]{0,16}?“?(?:开门红|开门稳|开好局|起好步)",
    "not_due",
    [("确保2027年度东西部协作“开门稳”", ["度东西部协作“开门稳"]), ("实现2027年一季度“开门红”", ["一季度“开门红"]),
     ("确保2027年底前完成改造任务", [])],
    doc="Applied with match() right after a year that does not end in 前.",
)

# A sentence telling why the work matters in the year it names ("…，意义十分重大。").
SIGNIFICANCE = rule(
    "significance",
    r"[^。;]{0,200}?(?:意义(?:十分|非常|尤为|更加|特别)?重大|具有(?:十分|非常|特别)?重要(?:的现实)?意义)。",
    "not_due",
    [("，某大会将相继召开，做好政务公开工作，意义十分重大。", [",某大会将相继召开,做好政务公开工作,意义十分重大。"]),
     ("，各地要于6月底前完成排查。", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


# A run of criteria each opening with 当年 ("一般当年立项、当年完成、当年见效", "当年完成或当年见效"): a proposal's
# feasibility, read at any of its 当年.
YEAR_CRITERIA = rule(
    "year_criteria",
    r"(?:当年[^,;。、或]{1,6}?[、或])+当年[^,;。、或]{1,6}",
    "scope",
    [("建议项目应量力而行，能够当年实施、当年见效、当年完成。", ["当年实施、当年见效、当年完成"]),
     ("一般当年立项、当年完成", ["当年立项、当年完成"]), ("入选项目原则上当年完成或当年能见到实效。", ["当年完成或当年能见到实效"]),
     ("当年完成改造任务，次年通过验收", []), ("于当年12月31日前报送", [])],
)


def stated_year(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the year of a good start set as
    the goal, of a statement of why the work matters, or one of a proposal's criteria?"""
    if text_norm.startswith("当年", start):
        run = YEAR_CRITERIA.pattern.search(text_norm, max(0, start - 24), end + 24)
        if run is not None and run.start() <= start < run.end():
            return True
    return GOOD_START.pattern.match(text_norm, end) is not None or SIGNIFICANCE.pattern.match(text_norm, end) is not None
