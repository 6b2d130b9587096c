"""A five-year plan's targets divided among offices ("…“十二五”规划任务分工的通知", "…第十四个五年
规划…区级任务分工方案"): a target of the plan, a measure with the figure it is to reach ("森林覆盖率
提高到42%", "常住人口控制在1150万人左右") or any row under a heading naming the plan's targets ("一、主要
指标(30项)"), is due at the end of the plan's last year, as a quota table's row is due at the end of
the period its title names (the corpus's gold rule "Quota and target tables, year lists"). The plan's
work items ("完善应急预案体系") keep their own date or none."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.rules import rule

_HEAD_CHARS = 400  # the title and the first lines: where a page says what it divides
_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030,
             "十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030}

# A five-year plan named by its number, short ("“十二五”规划") or in full ("第十一个五年规划纲要").
PLAN_NAMED = rule(
    "plan_named",
    r"(十一五|十二五|十三五|十四五|十五五)(?=[”\"]?(?:规划|时期|期间))|第(十[一二三四五])个五年规划",
    "period",
    [("关于落实东北振兴“十二五”规划任务分工的通知", ["十二五"]),
     ("某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案", ["第十四个五年规划"]),
     ("“十四五”时期主要指标", ["十四五"]), ("第十五个工作日", []), ("十四五年", [])],
    value=lambda m: _PLAN_END[m.group(1) or m.group(2)],
    doc="A five-year plan named by its number: its targets are due at its last year's end.",
)
_DIVIDES = re.compile(r"分工|分解")
_ONE_YEAR = re.compile(r"(?:19|20)\d{2}年")

# A heading naming the plan's targets ("一、主要指标(30项)", "(一)约束性指标", "一、规划目标").
PLAN_TARGET_HEAD = rule(
    "plan_target_head",
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])?"
    r"(?:[“\"]?十[一二三四五]五[”\"]?时期)?(?:主要|规划|约束性|预期性)(?:规划)?(?:指标|目标)(?:\(\d+项\))?[。.]?$",
    "period",
    [("一、主要指标(30项)", ["一、主要指标(30项)"]), ("(一)“十二五”时期主要规划指标。", ["(一)“十二五”时期主要规划指标。"]),
     ("一、规划目标", ["一、规划目标"]), ("一、主要目标和任务分工", []), ("二、重点任务", [])],
    doc="A section heading naming a plan's targets: each undated row under it is due at the plan's end.",
)

# A measure with the figure it is to reach ("巩固率达到97%", "能耗降低17%", "控制在1150万人左右").
TARGET_FIGURE = rule(
    "plan_target_figure",
    r"(?:(?:达到|提高到|提高|提升到|降低|下降|减少|控制在|保持在|增长|不低于|不少于)[^。,;:\n]{0,16}?"
    # or a measure named with its figure and no verb ("参保率95%", "覆盖人数1708万人")
    r"|(?:率|人数|总量|面积)(?=\d))\d+(?:\.\d+)?(?:%|万|亿|个|人|亩|吨|公里|立方米|平方米|小时)",
    "target",
    [("九年义务教育巩固率达到97%", ["达到97%"]), ("常住人口控制在1150万人左右", ["控制在1150万"]),
     ("城乡三项基本医疗保险参保率95%", ["率95%"]), ("城镇基本养老保险覆盖人数1708万人", ["人数1708万"]),
     ("耕地保有量保持在6120万亩", ["保持在6120万"]), ("完善应急预案体系", []), ("于2027年底前完成", [])],
    doc="A sentence stating a measure and the figure it is to reach: a target, not a work item.",
)
_SENTENCE = 60  # a target is stated in a short sentence; a longer one is work described


def plan_end(title_norm: str, lines_norm: list[str], issued: date | None) -> tuple[int, str] | None:
    """(last year, plan name) when the page's head names a five-year plan it divides among offices."""
    head = "\n".join([title_norm, *lines_norm])[:_HEAD_CHARS]
    spans = PLAN_NAMED.spans(head)
    if not spans or not _DIVIDES.search(head) or _ONE_YEAR.search(head, 0, spans[0].start):
        return None  # (a year's work list citing the plan, "2027年重点工作任务分解…开展“十五五”规划编制", is the year's)
    year = spans[0].value
    if issued is not None and year < issued.year:
        return None  # a plan over before the page was issued: a report on it
    return year, head[spans[0].start:spans[0].end]


# A page dividing one year's work among offices: its head names the year it divides ("关于印发2027年
# 区政府工作报告目标任务的通知…进行了分解", "2027年《政府工作报告》主要目标任务分解清单").
YEAR_DIVIDED = rule(
    "year_divided",
    r"(?<![-—~至到\d])(?P<y>(?:19|20)\d{2})年度?(?![-—~至到(（]|\d)[^\n]{0,30}?(?:分解|分工)",
    "period",
    [("2027年《政府工作报告》主要目标任务分解清单", ["2027年《政府工作报告》主要目标任务分解"]),
     ("关于印发2027年度重点工作责任分工的通知", ["2027年度重点工作责任分工"]),
     ("2027-2029年重点任务分解表", []), ("2027年工作要点", [])],
    value=lambda m: int(m.group("y")),
    doc="A head naming the one year whose work it divides among offices.",
)


def year_division(title_norm: str, lines_norm: list[str], issued: date | None) -> tuple[int, str] | None:
    """(year, phrase) when the page's head divides one year's work among offices and names no
    span of years, else None. A year over before the page was issued is a report on it."""
    head = "\n".join([title_norm, *lines_norm])[:_HEAD_CHARS]
    spans = YEAR_DIVIDED.spans(head)
    if not spans or PLAN_NAMED.spans(head):
        return None
    year = spans[0].value
    if issued is not None and year < issued.year:
        return None
    return year, f"{year}年"


def is_plan_target(t: ExtractedTask) -> bool:
    """Is ``t`` a target of a plan: a short sentence stating a figure to reach, or a row under a
    heading naming the plan's targets?"""
    if t.section and PLAN_TARGET_HEAD.spans(norm(t.section)):
        return True
    return any(len(s) <= _SENTENCE and TARGET_FIGURE.spans(s) for s in norm(t.text or "").split("。")[:2])


_CLAUSE = re.compile(r"[,;。]")
_SHORT = 30  # a target with a gloss of its own ("外贸出口保增长稳份额,自营出口额增长8%以上")


def is_year_target(t: ExtractedTask) -> bool:
    """Is ``t`` a figure target of a year's division: a plan target whose row opens with the
    figure ("地区生产总值增长6%左右") or is short? A work item reaching a figure on the way
    ("抓好600个重点项目,确保年度投资达到2000亿元,…") is work and keeps its own date or none."""
    if not is_plan_target(t):
        return False
    first = norm(t.text or "").split("。")[0]
    return len(first) <= _SHORT or bool(TARGET_FIGURE.spans(_CLAUSE.split(first)[0]))


def bind_plan_targets(title_norm: str, lines_norm: list[str], issued: date | None, tasks: list[ExtractedTask]) -> None:
    """Give each target of a five-year plan's division (``is_plan_target``) that states no date,
    recurrence or time phrase the end of the plan's last year; else each figure target of one
    year's division (``is_year_target``) the end of that year."""
    # (a year's division binds its figure targets to the year's end, as 2027年十件民生实事 does its items:
    # the corpus's gold rule "Quota and target tables, year lists"; its work items keep their own date)
    found = plan_end(title_norm, lines_norm, issued)
    is_target = is_plan_target
    if found is None:
        found, is_target = year_division(title_norm, lines_norm, issued), is_year_target
    if found is None:
        return
    year, phrase = found
    for t in tasks:
        if t.deadline is None and not t.deadline_text and not t.recurrence and is_target(t):
            t.deadline, t.deadline_text = date(year, 12, 31), phrase
