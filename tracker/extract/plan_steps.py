"""Steps of one plan that the date filters would otherwise lose.

A plan states its targets year by year or step by step; a bare year with where the target is
reached ("2015年在…上取得决定性进展") is such a step, and an earlier step already past when the
document is read ("2022年年底前完成21项，2023年年底前全部完成" read in 2023) is still a
milestone of the plan beside its later step.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from tracker.extract.rules import rule

if TYPE_CHECKING:
    from tracker.extract.dated import Hit

# A bare year's target stated with where it is reached ("2015年在预算管理改革上取得决定性进展",
# "2016年在全省基本实现…"): the year is the target's due date.
YEAR_TARGET_AT = rule(
    "year_target_at",
    r"(?<=年)在[^,;。]{1,24}?(?:取得|实现|完成|达到|建成|形成)",
    "target",
    [("2027年在预算管理改革上取得决定性进展", ["在预算管理改革上取得"]),
     ("2028年在全省基本实现城乡全覆盖", ["在全省基本实现"]),
     ("2027年在全省开展专项检查", [])],
    doc="After a bare year, 在<where> and an attainment verb state a target due that year.",
)
TARGET_AT_READS = 32  # characters after the year YEAR_TARGET_AT may read

# A bare year opening the year's target, a figure to reach, where the word after the year does not
# say so by itself ("2027年全市粮食播种面积达到900万亩", "2027年计划投资2000万元再建20公里道路",
# "2027年应完成剩余1500亩整治任务", "2027年编制完成300个村庄规划"): the year is the target's due date.
# A figure compared with a year before ("同比增长", "比上年增长"), one already reached ("已完成", "完成了",
# "累计"), a quota handed out ("下达"), a year after "成果:" (results told), a year or an annex's number
# taken for the figure, or the year of a thing ("2027年新建的公园") is no target; a year before the issue
# is dropped later (past_steps), so a statistic of past years is none either.
YEAR_TARGET_FIGURE = rule(
    "year_target_figure",
    r"(?<=年)(?<!(?:成果|成绩|成效|回顾|总结):(?:19|20)\d{2}年)度?(?!中|以来|以前)"
    r"(?:(?!同比|比上年|较上年|比去年|较去年|已|累计|共有|超额|下达)[^,;。:的了]){0,20}?"
    r"(?:达到|(?<!下)达|增长|提高到|提升到|稳定在|控制在|保持在|不低于|不少于|新增|新建|建成|建设|改造|完成|创建|实现|发展|培训|投资)"
    r"(?:(?!同比|比上年|较上年|已|累计)[^,;。:的了]){0,12}?(?<![件表第])\d(?!\d{0,3}年)",
    "target",
    [("2027年全市粮食播种面积达到900万亩，产量稳定在60亿斤左右。", ["全市粮食播种面积达到9"]),
     ("2027年计划投资2000万元再建20公里农村道路", ["计划投资2"]),
     ("2027年应完成剩余1500亩整治任务量", ["应完成剩余1"]),
     ("2027年编制完成300个村庄规划", ["编制完成3"]),
     ("2026年全市地区生产总值同比增长6.5%", []), ("2026年全区累计新建公园20个", []),
     ("2026年新建的公园达到10个", []), ("2027年中央财政下达资金3000万元", []),
     ("2026年全市已完成改造1200户", []), ("2027年下达危房改造计划指标30户。", []),
     ("工作的主要成果:2026年全省完成铁路投资300亿元", []), ("将2026年示范区建设工作总结及2020年以来的材料报送", []),
     ("现将2027年目标任务下达(详见附件1)", [])],
    doc="Applied with match() right after a bare year: a target figure makes the year its due date.",
)
YEAR_FIGURE_READS = 40  # characters after the year YEAR_TARGET_FIGURE may read
_SENTENCE_END = re.compile(r"[。!?]")
# A past step reads as a due date: "…年底前", "六月底", "到2019年".
_DUE_ENDS = ("前", "底", "末")
# …or opens its clause as a schedule's step ("：一季度完成选址；二季度完成立项；…").
# A phrase naming its year; a year-less "…前" before issue keeps the year of issue (a stage).
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}|[〇○零O一二三四五六七八九]{4}年|[今本当明次]年")
_BARE_YEAR_STEP = re.compile(r"(?:19|20)\d{2}年")
_STEP_BEFORE = re.compile(r"(?:到|至|在|于|^|[,;:。])$")


def past_steps(text_norm: str, hits: list[Hit], issued: date) -> list[Hit]:
    """The hits without periods ended before ``issued``, except a plan's earlier step in the
    sentence of a later one ("2022年年底前完成21项，2023年年底前全部完成" read in 2023;
    "六月底前开工率达到100%，十月底全部完工" read in September; "…建设：一季度完成选址；…四季度
    开工" read in May): a milestone of that plan."""
    out = []
    for i, h in enumerate(hits):
        d = h.deadline
        if d.date and not d.recurrence and d.precision != "day" and d.date < issued \
                and (_YEAR_NAMED.search(d.text) or not d.text.endswith("前")):  # "(4月底前)" read in May: kept
            later = next((x for x in hits[i + 1:] if x.deadline.date and not x.deadline.recurrence
                          and x.deadline.date >= issued), None)
            if later is None or (_SENTENCE_END.search(text_norm, h.end, later.start)
                                 and not _next_sentence_step(text_norm, h, later)) \
                    or not (d.text.endswith(_DUE_ENDS) or _STEP_BEFORE.search(text_norm, max(0, h.start - 2), h.start)):
                continue  # a base year ("以1995年…为基数") or a period named, no step
        out.append(h)
    return out



def _next_sentence_step(text_norm: str, h: Hit, later: Hit) -> bool:
    """Do two sentences in a row each open with their own year ("。2015年在…取得决定性进展。
    2016年基本完成…"): stages of one target, the earlier one a step even when past."""
    ends = list(_SENTENCE_END.finditer(text_norm, h.end, later.start))
    return len(ends) == 1 and ends[0].end() == later.start \
        and (h.start == 0 or text_norm[h.start - 1] in "。!?:") and _BARE_YEAR_STEP.fullmatch(h.deadline.text) is not None
