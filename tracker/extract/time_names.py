"""Time words that name something rather than set a due date: the year-end review a duty
is counted in, the year of a plan being drafted, the span of an event told in brackets.

Work "纳入年终考核" / "列入年底目标考核体系" is counted in the year-end review: the review is
named, the work is not due at the year's end. "编制完成2030年达标区域系统方案" drafts the plan
for the areas of 2030: the year says which plan, the duty's date is elsewhere in the sentence
("2026年底前"). "将活动期间（2027年7月至11月）的项目于7月15日前报送": the bracket says when
the event runs; the report is due on 15 July. (A practice's quoted steps, "“年初建账、…年底
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


# A year naming the plan a duty drafts: after a verb of drafting ("编制完成2027年前计划建成区系统方案",
# "制定2030年达标区域方案"), or after 完成 when the drafting verb closes the plan's name
# ("完成2030年达标区域系统方案编制"). "完成2027年建设计划" carries out that year's plan: a target.
PLAN_YEAR = rule(
    "plan_year",
    r"(?P<verb>(?:编制|制定|编写|编报)(?:完成)?|完成)(?P<d>(?:19|20)\d{2}年(?:度|前)?)"
    r"[^\d,;。、()前底末年]{1,12}?(?:方案|规划|计划|清单)(?P<draft>编制|制定|编写)?",
    "not_due",
    [("本年度应编制完成2027年前计划建成区系统方案编制工作", ["编制完成2027年前计划建成区系统方案编制"]),
     ("2026年底前完成2030年达标区域系统方案编制", ["完成2030年达标区域系统方案编制"]),
     ("各区完成2027年建设计划", []), ("确保2030年达标", []), ("2027年底前编制完成系统方案", [])],
    when=lambda m: m.group("verb") != "完成" or bool(m.group("draft")),
    doc="Checked at a time phrase's own span (group d).",
)
# The span of an event, in brackets after its name: "活动期间（2027年7月至11月）".
_EVENT_SPAN = "期间("

# A date bounding which persons, goods or papers count: a label of their date before it ("购置日期为
# 2014年12月31日以前", "报送材料的时间区间为…", "本次统计数字截止时间为…"), or the age counted at it after
# it ("对象为2027年12月31日前年满18周岁的男性公民"). Nobody acts by then.
COUNTED_LABEL = rule(
    "counted_label",
    r"(?:购置|出生|入职|入学|参加工作)(?:日期|时间)(?:为|是|在)?:?$|时间区间(?:为|是)?:?$|统计[^,;。]{0,4}截止(?:时间|日期)(?:为|是)?:?$",
    "not_due",
    [("设备类购置日期为", ["购置日期为"]), ("报送材料的时间区间为", ["时间区间为"]), ("本次统计数字截止时间为", ["统计数字截止时间为"]),
     ("申报截止时间为", []), ("请于", [])],
    doc="Searched in the text right before a date.",
)
COUNTED_AGE = rule(
    "counted_age",
    r"(?<![^\d日月年前后])(?:以前|之前|以后|之后)?(?:年满|出生)",
    "not_due",
    [("12月31日前年满18周岁的男性公民", ["年满"]), ("12月31日以后出生的", ["以后出生"]), ("请各村于10月底前统计年满60周岁老人", [])],
    doc="Applied with match() right after a date.",
)


def names_plan_or_span(text_norm: str, start: int, end: int) -> bool:
    """Is the time phrase at ``text_norm[start:end]`` the year of a plan being drafted, the span of
    an event in brackets after its name, or a bound of which persons, goods or papers count
    (``counted_bound``)?"""
    if text_norm.startswith(_EVENT_SPAN, start - len(_EVENT_SPAN)) or counted_bound(text_norm, start, end):
        return True
    if "年" not in text_norm[start:end] or not any(v in text_norm[max(0, start - 4):start] for v in ("编", "制", "完成")):
        return False
    m = PLAN_YEAR.pattern.search(text_norm, max(0, start - 6), min(len(text_norm), end + 20))
    return m is not None and m.start("d") == start and PLAN_YEAR.when(m)


def counted_bound(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` a bound of which persons, goods or papers count (a
    label of their date before it, ``COUNTED_LABEL``, or the age reached at it after it, ``COUNTED_AGE``)?"""
    return COUNTED_LABEL.pattern.search(text_norm, max(0, start - 12), start) is not None \
        or COUNTED_AGE.pattern.match(text_norm, end) is not None
