"""Dates of acts already done: background a document tells, not a due date.

A report or a notice's opening tells what was done and when ("2027年5月上旬，X对…进行了专项
督查。", "督察组于6月23日反馈了督察意见", "N月N日至N月N日，X开展了督察，并于N月N日反馈…"):
the aspect marker 了 near the date marks the act as done. 为了/了解/除了/不了 are no marker. So does 已
right by the date ("已于2027年基本完成", "于11月底已拨付"), a news item's opening that tells who
held a meeting or issued a document that day ("7月8日，某市政府召开约谈会"), the writer's own demand in
a report upward ("3月20日前，我镇要求各村…") and a reply's contact with the citizen ("于9月18日通过电话
向您核实情况").
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# A completed act after the date ("…于6月23日反馈了督察意见", "N月N日至N月N日，X开展了
# 督察"): background, not a duty. 为了/了解/除了 and 不了 ("完成不了": cannot) are no aspect marker.
_PAST_ACT = re.compile(r"[^,;。]{0,60}?[\u4e00-\u9fff](?<![为除不])了(?![解结])")
_PAST_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![为除不])了(?![解结])[^,;。了]{0,10}$")
# A later step of a completed act ("督察组对某省开展了督察，并于2024年2月26日反馈督察报告"): done too.
_PAST_CHAIN = re.compile(r"[\u4e00-\u9fff](?<![为除不])了(?![解结])[^;。了]{0,40},(?:并|随后|之后)于$")
# A time heading a report of what was done then ("2017年，全市各级公共机构…，取得了积极进展。",
# "2019年5月上旬，X对…进行了专项督查。").
_PAST_YEAR = re.compile(r",[^。;]{0,300}?[\u4e00-\u9fff](?<![为除不])了(?![解结])[^。;]{0,20}。")


# 已 right before or after the date ("已于2027年基本完成", "经督办后于11月底已拨付", "6月底前均已完工"):
# the act is done. "已经…会议审议通过" is PAST_EVENT's; a modal after 已 ("已要求…") is no 已 of a date.
_ALREADY_BEFORE = re.compile(r"已(?:经)?(?:于|在)?$")
_ALREADY_AFTER = re.compile(r"(?:均|全部|基本|都)?已(?!经?(?:要求|明确|部署))")
# A news item's opening: the day or the month, then who held a meeting, set up a team or issued
# a document ("7月8日，某市政府召开约谈会", "3月20日至21日，某市成立督查组…", "2027年7月，省政府办公厅
# 印发《…》", "2027年10月，某区启动…征集工作"): what happened then.
_NEWS_OPENING = re.compile(r"(?:上午|下午|晚上)?,[^,;。]{2,20}?(?:召开|举行|举办|成立|组成|印发|下发|出台|启动)")
# The writer's own demand told in a report upward ("三月二十日前，我镇要求各村…检查，检查结果上报镇政府"):
# what the town arranged then, not a duty the report sets.
_OWN_DEMAND = re.compile(r",?我(?:镇|乡|县|区|市|州|局|委|办|校|院|厅)(?:已|先后|及时|立即|还)?要求")
# A reply to a citizen's message telling its contact with the writer ("工作人员于9月18日通过电话向您核实
# 情况", "9月29日，我区某办通过电话向您反馈"): done when the reply is written; a promised one ("将于…向您反馈") comes after 将.
_TOLD_YOU = re.compile(r",?[^,;。]{0,40}?(?:向|与|给)您(?:核实|反馈|回复|联系|沟通|答复|了解|解释|说明)")
_PROMISED = re.compile(r"将(?:于|在)?$")
# A start told with the work going on since ("X于7月29日进场施工，正在进行管线施工"): a progress report.
# One clause may stand between ("今年7月，专项债资金到位后，目前已复工路段包括…").
_UNDER_WAY = re.compile(r"[^,;。]{0,20}?(?:,[^,;。]{1,20}?)?,(?:(?:目前|现)?正在|目前已)")


# A work finished or begun on a day, told in a sentence that asks, plans or forecasts nothing ("某路
# 于2026年5月底通车", "该桥于2026年12月24日开工", "电缆是在2004年敷设的"): a fact a reply or a news
# item tells, not a promise (which says 将/计划/预计/力争… or sets a limit with 前).
_DONE_ON = re.compile(r"[^,;。]{0,10}?(?:竣工|通车|完工|建成|开工|敷设|投用)")
_NOT_TOLD = re.compile(r"将|要|须|需|计划|预计|力争|争取|确保|拟|应|务必|必须|可|能|预期|目标|请|力求|有望|待|定于|安排|部署")
_STOPS = "。;!?\n"


def _done_on(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (no limit, after 于 or 在) the day a work was
    finished or begun, in a sentence that asks, plans or forecasts nothing?"""
    if not (start and text_norm[start - 1] in "于在" and _DONE_ON.match(text_norm, end)):
        return False
    a = max(text_norm.rfind(ch, 0, start) for ch in _STOPS) + 1
    b = min((i for i in (text_norm.find(ch, end) for ch in _STOPS) if i >= 0), default=len(text_norm))
    return _NOT_TOLD.search(text_norm, a, b) is None


# A year opening a sentence that reviews it ("2026年，在市委的正确领导下，…取得明显成效。", "今年，市政协
# 共收到提案362件", "2026年，全县各级妇联…有力助推脱贫攻坚。"): a work report's or a news item's account,
# not the year's duty, when the sentence asks or plans nothing.
_REVIEW_YEAR = re.compile(r"(?:(?:19|20)\d{2}年度?|今年|去年)")
_REVIEWED = re.compile(r",[^。;]{0,300}?(?:取得了?(?:明显|显著|积极|良好|新的?|重大|阶段性|长足|突出)?(?:成效|进展|成绩|突破|成果)"
                       r"|有力(?:助推|推动|促进|保障)|共(?:收到|受理|办理|完成|实施|建成|新建)[^。,;]{0,12}\d+(?:件|项|个)|(?:正确|坚强)领导下)")
_PLANNED = re.compile(r"将|(?<![重主需纪首提])要(?![求事点素闻])|须|需|计划|预计|力争|争取|确保|拟|务必|目标")


def _reviewed_year(text_norm: str, start: int, end: int) -> bool:
    """Is the year at ``text_norm[start:end]``, opening its sentence, the year a review tells of?"""
    if start and text_norm[start - 1] not in _STOPS or not _REVIEW_YEAR.fullmatch(text_norm, start, end):
        return False
    b = min((i for i in (text_norm.find(ch, end) for ch in _STOPS) if i >= 0), default=len(text_norm))
    return _REVIEWED.match(text_norm, end, b) is not None and _PLANNED.search(text_norm, end, b) is None


# A date bounding when the units a duty binds were registered ("凡在2027年12月31日以前经民政部批准登记成立的
# 社会团体，均应参加年检", "登记时间在2027年6月30日(含)之前的社会组织须参加年检"): who must act, not when.
ELIGIBLE_BY = re.compile(r"(?:\(含\))?(?:以前|之前|前)?(?:\(含\))?[^,;。]{0,14}?(?:成立|登记|注册|设立)的")
_REGISTERED_AT = re.compile(r"(?:成立|登记|注册|设立)(?:时间|日期)(?:在|为)$")

# A period bounding what is counted or who is barred, the date inside a clause ending in 的 that names
# the thing ("期间受到记过以上处分的个人不能参评", "全年度获得的竞赛奖项", "期间开展的主题团日活动", "期间所获
# 奖项以证书为准", "工作活动中直接形成的材料"): which awards, activities or papers count, not when to act.
PERIOD_COUNTED = rule(
    "period_counted",
    r"(?:期间|以来|全年度?|内)?[^,;。:前起]{0,8}?(?:受到[^,;。:]{0,16}?|获得|取得|开展|形成|发表|出版)的(?!话|要求|通知)"
    r"|期间所(?:获|得|取得)",
    "not_due",
    [("期间受到记过以上处分的个人不能参评。", ["期间受到记过以上处分的"]),
     ("全年度获得的省级以上竞赛奖项", ["全年度获得的"]), ("期间所获奖项,以证书时间为准。", ["期间所获"]),
     ("工作活动中直接形成的材料均应归档。", ["工作活动中直接形成的"]),
     ("开展主题党日活动。", []), ("起开展为期一个月的专项行动。", [])],
    doc="Matched at the end of a date that is not a due date (no 前), on the text after it; examples are that text.",
)


def past_act(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` the time of a completed act: the clause
    after it (or the next one, when the date stands alone before a comma) reports one,
    the date is the object of one ("明确了年内完成的…"), it is a later step of one, 已 stands
    by it, it heads a report of what was done then (a news item's opening, a start with the
    work going on since), or it dates the writer's own demand in a report upward or a reply's
    contact with the citizen?"""
    if ELIGIBLE_BY.match(text_norm, end) or _REGISTERED_AT.search(text_norm, max(0, start - 6), start):
        return True
    if not text_norm.endswith("前", start, end) and PERIOD_COUNTED.pattern.match(text_norm, end):
        return True
    if _PAST_ACT.match(text_norm, end, end + 62) or _PAST_BEFORE.search(text_norm, max(0, start - 12), start) \
            or _ALREADY_BEFORE.search(text_norm, max(0, start - 4), start) or _ALREADY_AFTER.match(text_norm, end):
        return True
    if _OWN_DEMAND.match(text_norm, end):
        return True
    due = text_norm.endswith("前", start, end)
    if not due and _TOLD_YOU.match(text_norm, end) and not _PROMISED.search(text_norm, max(0, start - 3), start):
        return True
    if not due and text_norm[end - 1] in "日月旬" and (_NEWS_OPENING.match(text_norm, end) or _UNDER_WAY.match(text_norm, end)):
        return True
    if not due and _PAST_CHAIN.search(text_norm, max(0, start - 48), start):
        return True
    if not due and _done_on(text_norm, start, end):
        return True
    if text_norm[end:end + 1] == ",":
        return _PAST_ACT.match(text_norm, end + 1, end + 33) is not None \
            or (not due and (_PAST_YEAR.match(text_norm, end) is not None or _reviewed_year(text_norm, start, end)))
    return False
