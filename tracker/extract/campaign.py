"""The period of a campaign, stated once, binds the campaign's undated duties.

A notice launching a campaign (专项行动, 大检查, 大扫除) gives its period under a heading of
its own ("一、检查整改时间" / "2021年3月7日-3月10日", "一、活动时间" / "活动时间：2月1日-2月17日，
其中…") and then hands out duties with no date of their own: each is due when the period
ends. A report schedule's "报送时间" is no campaign period (its rows carry their own dates).

A rectification notice (整改通知, 督查通知单) asks once that the problems it lists be put
right by a date ("请各相关单位对存在的问题立即整改，并于6月10日前整改完毕") and lists them, each
with its 责任单位 note and no date: each listed problem is due that day, and the request is
no duty of its own beside them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from tracker.deadlines import parse_deadline
from tracker.extract.bare_lines import WINDOW_ONLY
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NText, display, norm
from tracker.extract.rules import rule

# What follows a time label is a request to the addressees, not the period ("检查时间：请各部门于
# 4月9日前进行自查", "排查时间：各乡镇要于5月底前完成"): a duty of its own.
_REQUEST_AHEAD = r"(?!请|各[^,;。:\n]{1,15}?(?:要|须|应当?|务必)(?:于|在))"

# The heading "时间安排" names no work: the section it heads is the campaign's period only when
# its line is a window alone ("一、时间安排" over "2027年10月25日至11月25日。"), not a list of stages
# ("（一）动员部署阶段（…）") or a timetable.
_WINDOW_LINE = "(?:" + WINDOW_ONLY.pattern.pattern.removeprefix("^").removesuffix("$") + ")(?:\n|$)"

CAMPAIGN_PERIOD = rule(
    "campaign_period",
    r"(?:^|\n)(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?(?:[^\n,;。:]{0,6}?"
    r"(?:活动|检查|整改|整治|督查|督导|排查|管控|行动|清理|清查|攻坚|搬迁|工作|开展|实施)(?:整改|整治)?(?:时间|时限|期限)"
    r"|时间安排(?=:?\n+" + _WINDOW_LINE + r"))"
    r"(?:\n+|:|(?=(?:19|20)\d{2}年|\d{1,2}月\d))(?:[^\n,;。:]{0,8}(?:时间|时限|期限):)?" + _REQUEST_AHEAD + r"(?P<period>[^\n,;。:]{4,40})",
    "period",
    [("一、检查整改时间\n2027年3月7日-3月10日\n二、检查范围", ["一、检查整改时间\n2027年3月7日-3月10日"]),
     ("一、检查时间：请各部门于4月9日前进行自查，并将自查报告报保卫处。", []),
     ("（二）排查时间：各乡镇要于2027年5月底前完成排查。", []),
     ("一、活动时间\n活动时间：2月1日-2月17日，其中2月1日为集中清扫日。", ["一、活动时间\n活动时间:2月1日-2月17日"]),
     ("（一）整治时间：2027年5月-7月。", ["(一)整治时间:2027年5月-7月"]),
     ("一、搬迁时间\n公告之日起至2027年12月30日。", ["一、搬迁时间\n公告之日起至2027年12月30日"]),
     ("一、报表报送时间\n表号", []),
     ("一、开展时间 2027年4月1日——2027年4月30日", ["一、开展时间2027年4月1日——2027年4月30日"]),
     ("四、实施时间\n本意见自2027年10月1日起实施。", ["四、实施时间\n本意见自2027年10月1日起实施"]),
     ("二、活动时间\n\n2027年5月-6月\n\n三、活动内容", ["二、活动时间\n\n2027年5月-6月"]),
     ("一、时间安排\n2027年10月25日至2027年11月25日。\n二、工作重点", ["一、时间安排\n2027年10月25日至2027年11月25日"]),
     ("二、时间安排\n\n即日起至2028年3月31日。", ["二、时间安排\n\n即日起至2028年3月31日"]),
     ("二、时间安排\n(一)动员部署阶段(3月1日至3月10日)", []), ("三、时间安排\n3月1日至3月10日为宣传发动阶段。", [])],
)


# A character of a sentence that asks no one for anything (敬请谅解 is a courtesy).
_NO_DUTY = r"(?:(?!要|须|应|需|(?<!敬)请)[^。])"

# The campaign's period told in a sentence of its own ("整治时间为一个月，从5月2日至5月31日。",
# "清理整顿时限是1997年4月―1998年2月，具体步骤安排如下：", "公示时间：从公示之日起至12月31日"):
# it spans the stages or binds the undated duties (bind_period); no duty of its own.
PERIOD_STATEMENT = rule(
    "period_statement",
    r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?[^,;。:]{0,8}?"
    r"(?:(?:活动|检查|整改|整治|督查|督导|排查|清理|整顿|清查|攻坚|行动|试点|实施)(?:起止)?(?:时间|时限|期限|周期)(?:为|是)"
    r"|公示(?:时间|期限|期)(?::|为|是)|(?:督查|督办|督导|检查|征集|活动|评选|报名)(?:起止)?(?:时间|日期):" + _REQUEST_AHEAD +
    # a ban's period ("秸秆禁烧时间从2027年9月15日至2028年5月15日"): when it holds, no due date
    r"|禁(?:烧|放|燃|渔|捕|牧|伐)(?:时间|期|时段)(?:从|自|为|是|:)"
    # the time fixed for the event itself ("大扫除定于12月25日至12月30日进行", "会议定于5月8日召开"),
    # the whole sentence ("…召开，请各镇于3月1日前报送名单" goes on with a duty)
    r"|定于(?=[^,;。]{4,40}?(?:进行|举行|开展|召开)[^,;。]{0,8}。?$)"
    # the course a news item tells of the campaign it reports ("此次检查从4月15日开始到4月30日结束",
    # "本次大检查历时9天，于12月10日结束", "本次检查从8月20日持续至10月10日，为期50天"): no duty then
    r"|(?:此次|本次|这次|该次)(?=[^,;。]{0,12}?(?:历时[^,;。]{1,8},?于|(?:从|自)[^,;。]{2,16}?(?:开始)?,?(?:到|至|持续至|持续到))"
    r"[^,;。]{2,16}?(?:结束|止)?(?:,为期[^,;。]{1,8})?。?$)"
    # the issuer's own inspection in a window it fixes ("市档案局将于10月16日至11月1日对…进行检查", "检查组定于
    # 7月5日—8日开展实地检查"): its own work, no duty handed out (an addressee's, "各县将于…", is one)
    r"|(?<![^,;。:\n])(?:[^;。]{0,40}?,)?(?!各)[^,;。]{0,20}?(?:将|定于|拟)于?(?:今年|明年)?(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?[^,;。\d]{0,3}"
    r"(?:至|到|-|—|－){1,2}[^,;。]{1,12}?,?[^。;]{0,40}?(?:检查|督查|抽查|复查|督导|暗访)"
    # a ban or a pause for the days of a window, with no word of duty ("7月28日至30日，所有学校一律停课",
    # "从10月1日至10月8日，在全区禁止一切野外用火", "12月29日至1月6日将暂停办理报销业务，敬请谅解"): the public's
    r"|(?<![^,;。:\n、)])(?:[^;。]{0,80}?,)?(?:从|自)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?[^,;。\d]{0,8}(?:至|到|-|—|－){1,2}"
    r"[^,;。]{1,14}?(?:,|(?=将))(?=" + _NO_DUTY + r"*?(?:一律|严禁|禁止|停止|暂停))" + _NO_DUTY + r"*[。!]?$)",
    "scope",
    [("五、整治时间整治时间为一个月，从2027年5月2日至5月31日。", ["五、整治时间整治时间为"]),
     ("1、督办时间：2027年8月中旬。", ["1、督办时间:"]), ("一、征集时间：通告之日起至2027年10月15日。", ["一、征集时间:"]),
     ("征集起止日期：2027年11月1日至12月1日", ["征集起止日期:"]), ("报送时间：每季度末前报送。", []),
     ("寻找“好家风”活动起止时间为2月中旬—5月上旬。", ["寻找“好家风”活动起止时间为"]),
     ("清理整顿时限是2027年4月—2028年2月，具体步骤安排如下：", ["清理整顿时限是"]),
     ("公示时间：从公示之日起至12月31日。", ["公示时间:"]), ("一、秸秆禁烧时间从2027年9月15日至2028年5月15日", ["一、秸秆禁烧时间从"]),
     ("各乡镇整改完成时限为2027年6月底前。", []),
     ("一、检查时间：请各部门于4月9日前进行自查。", []),
     ("各乡镇要在整治时间内完成清理。", []),
     ("大扫除定于2027年12月25日至12月30日进行。", ["大扫除定于"]),
     ("会议定于2027年3月5日召开,请各镇于3月1日前报送名单。", []),
     ("各单位定期于每月5日前报送进度。", []),
     ("此次检查从2027年4月15日开始到4月30日结束。", ["此次"]), ("本次大检查历时9天，于12月10日结束。", ["本次"]),
     ("本次专项检查从8月20日持续至10月10日，为期50天。", ["本次"]),
     ("本次检查请各单位于4月30日前报送结果。", []), ("本次整治从4月15日开始,各乡镇要于4月30日前完成。", []),
     ("市档案局将于10月16日至11月1日对抽取的单位进行检查。", ["市档案局将于10月16日至11月1日对抽取的单位进行检查"]),
     ("检查组定于7月5日—8日开展实地安全生产大检查;", ["检查组定于7月5日—8日开展实地安全生产大检查"]),
     ("另外,在各地自查的基础上,某部将于今年6月至7月组成检查组进行督查。", ["另外,在各地自查的基础上,某部将于今年6月至7月组成检查"]),
     ("各县区将于5月1日至10日对辖区企业进行检查。", []), ("为此,各县区将于5月1日至10日进行检查。", []),
     ("7月28日至30日,所有学校幼儿园一律停课。", ["7月28日至30日,所有学校幼儿园一律停课。"]),
     ("某区政府下达禁火令,从2027年10月1日至10月8日,在全区禁止一切野外用火。",
      ["某区政府下达禁火令,从2027年10月1日至10月8日,在全区禁止一切野外用火。"]),
     ("另因年终结算,2027年12月29日至2028年1月6日将暂停办理报销业务;由此带来不便敬请谅解!",
      ["另因年终结算,2027年12月29日至2028年1月6日将暂停办理报销业务;由此带来不便敬请谅解!"]),
     ("7月28日至30日,所有在建工地一律停工,学校要对校舍进行排查。", [])],
    doc="Matched at the start of a sentence.",
)


# A sentence announcing the stages that follow ("从2027年1月至12月，分4个阶段进行。", "按照以下
# 三个阶段，于5月底完成：") spans them: the stages hold the duties.
STAGES_AHEAD = rule(
    "stages_ahead",
    r"(?:[^,;。]{0,30}?,|[^,;。:要应须将]{0,12}?)?(?:按照?以下|分为?|分成)[一二三四五六七八九十两\d]{1,2}个?(?:阶段|步骤|步)"
    r"(?:进行|实施|推进|开展|组织实施)?[,:。]",
    "scope",
    [("从2027年1月至2027年12月，分4个阶段进行。", ["从2027年1月至2027年12月,分4个阶段进行。"]),
     ("按照以下三个阶段，于2027年5月底完成：", ["按照以下三个阶段,"]),
     ("专项整治分为三个阶段：", ["专项整治分为三个阶段:"]), ("各乡镇要于6月底前完成排查。", []),
     ("整治工作于6月底前分步完成。", [])],
    doc="Matched at the start of a sentence; a modal with a time (要于/须在) keeps the sentence's duty.",
)


RECTIFY_BY = rule(
    "rectify_by",
    r"请[^。;]{0,40}?(?:问题|整改)[^。;]{0,30}?于(?P<due>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?:前|之前)"
    r"[^。;]{0,12}?(?:整改(?:完成|完毕|到位|落实)|完成整改|全部整改(?:完成|完毕|到位)?|整改销号)",
    "due",
    [("请各相关单位对存在的问题立即整改，并于6月10日前整改完毕。", ["请各相关单位对存在的问题立即整改,并于6月10日前整改完毕"]),
     ("请各乡镇针对上述问题认真整改，于2027年9月5日前将问题全部整改到位", ["请各乡镇针对上述问题认真整改,于2027年9月5日前将问题全部整改到位"]),
     ("请各单位于6月10日前报送整改情况。", [])],
)


def rectify_by(nt: NText, annotated: list[ExtractedTask], implicit: list[ExtractedTask],
               ref: date | None) -> list[ExtractedTask]:
    """Give the listed problems (undated noted passages) the rectification date the notice
    asks for once; the implicit task that is the request itself goes."""
    undated = [t for t in annotated if t.deadline is None and not t.deadline_text]
    found = _sole_date(RECTIFY_BY, "due", nt, ref) if len(undated) >= 2 else None
    if found is None:
        return implicit
    m, when, shown = found
    for t in undated:
        t.deadline, t.deadline_text = when, shown + "前"
    request = norm(display(nt.orig_slice(m.start(), m.end())))
    return [t for t in implicit if request not in norm(t.text)]


def _sole_date(r, group: str, nt: NText, ref: date | None):
    """(match, date, phrase as written) of rule ``r`` when it matches ``nt`` exactly once and its
    ``group`` is a dated deadline, else None: a statement made once for the whole document."""
    spans = r.spans(nt.norm)
    if len(spans) != 1:
        return None
    m = r.pattern.match(nt.norm, spans[0].start)
    dl = parse_deadline(m.group(group), ref)
    if dl is None or dl.date is None:
        return None
    return m, dl.date, display(nt.orig_slice(m.start(group), m.end(group))).strip()


# The rule opens at a line's start, "(?:^|\n)": searched as "\n" followed by the rest in the
# text after one "\n" more, the scan jumps from line break to line break instead of trying
# both branches at every character (positions then read one more).
_LINE_OPEN = r"(?:^|\n)"
assert CAMPAIGN_PERIOD.pattern.pattern.startswith(_LINE_OPEN) and not CAMPAIGN_PERIOD.pattern.flags & re.MULTILINE
_CAMPAIGN_AFTER_BREAK = re.compile("\n" + CAMPAIGN_PERIOD.pattern.pattern[len(_LINE_OPEN):], CAMPAIGN_PERIOD.pattern.flags)


@lru_cache(maxsize=4)
def _period_line(text_norm: str) -> re.Match | None:
    """CAMPAIGN_PERIOD's first match in ``"\n" + text_norm`` (two stages of a document ask)."""
    return _CAMPAIGN_AFTER_BREAK.search("\n" + text_norm)


# The campaign's period opening the sentence that launches it, before a comma ("从现在起至
# 2027年12月底，本区开展…综合治理工作", "决定自本通知发布之日起至2027年4月30日，集中开展…核查工作"):
# the duties the document then hands out with no date of their own are due when it ends (bind_period
# only; the period of one act inside its sentence, "自6月至12月在全区开展排查", binds nothing).
SPAN_OPENING = rule(
    "span_opening",
    r"(?:自|从)(?:现在|即日|今日|本通知(?:印发|发布|下发)之日|[^,;。]{0,12}?)起?(?:至|到)"
    r"(?P<period>(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末)?|年底))(?:止|结束)?"
    r",(?:[^,;。]{0,10}?)(?:集中|持续|全面|统一)?(?:组织)?开展[^,;。]{2,40}?(?:工作|行动|检查|核查|整治)",
    "period",
    [("根据上级要求，从现在起至2027年12月底，本区开展高层建筑消防安全综合治理工作。",
      ["从现在起至2027年12月底,本区开展高层建筑消防安全综合治理工作"]),
     ("决定自本通知发布之日起至2027年4月30日，集中开展本市道路运输核查工作。",
      ["自本通知发布之日起至2027年4月30日,集中开展本市道路运输核查"]),
     ("自2027年6月至12月在全区开展排查", [])],
)


_YEAR = re.compile(r"(?:19|20)\d{2}")
# A start with no end ("本意见自2027年10月1日起实施", "9月1日起"): when the work begins, no period that ends.
START_ALONE = re.compile(r"起(?:实施|施行|执行|开始|开展)?[^至到止\-—－~]*$")


def campaign_period(nt: NText, ref: date | None, opening: bool = False,
                    year_told: bool = True) -> tuple[date | None, str, str] | None:
    """(due date, phrase as written, the normalized line stating it) of the campaign period
    the text states, or None. ``opening``: a period opening a sentence (SPAN_OPENING) counts too.
    ``year_told`` false: the page states no year (task_spell.window_end), so a year-less period
    keeps its phrase with no date."""
    m = _period_line(nt.norm)
    if m is None:
        found = _sole_date(SPAN_OPENING, "period", nt, ref) if opening else None
        return (found[1], found[2], "") if found else None
    dl = parse_deadline(m.group("period"), ref)
    if dl is None or dl.date is None or dl.recurrence or START_ALONE.search(m.group("period")):
        return None
    period_start, period_end = m.start("period") - 1, m.end("period") - 1
    shown = display(nt.orig_slice(period_start, period_end)).strip()
    line_start = nt.norm.rfind("\n", 0, period_start) + 1
    line_end = nt.norm.find("\n", m.end() - 1)
    due = dl.date if year_told or _YEAR.search(m.group("period")) else None
    return due, shown, nt.norm[line_start:line_end if line_end >= 0 else len(nt.norm)]


OWN_DUE = rule(
    "own_due_after_period",
    r",[^,;。]{0,12}?(?:必须|务必|须|要|应)(?:在|于)[^,;。]{2,14}?前(?:完成|结束|报送|上报)",
    "due",
    [("活动时间:2027年1月5日-20日,各村可以合理安排,但必须在1月20日前完成。", [",但必须在1月20日前完成"]),
     ("活动时间:2027年1月5日-20日,其中1月10日为集中清扫日。", [])],
    doc="Searched in a campaign period's line after its label.",
)


def bind_period(nt: NText, ref: date | None, annotated: list[ExtractedTask],
                implicit: list[ExtractedTask], year_told: bool = True) -> list[ExtractedTask]:
    """Give the undated tasks the campaign period the text states; the implicit tasks
    without the one that is the period's own line ("2021年3月7日-3月10日")."""
    period = campaign_period(nt, ref, opening=True, year_told=year_told)
    if period is None:
        return rectify_by(nt, annotated, implicit, ref)
    # The period's own line is no task, unless it goes on with a duty due by a date of its own
    # ("活动时间：1月5日-20日，各村可以合理安排，但必须在1月20日前完成").
    own = OWN_DUE.pattern.search(period[2], period[2].find(":") + 1) if period[2] else None
    implicit = [t for t in implicit if norm(t.text) != period[2] or own]
    for t in annotated + implicit:
        if t.deadline is None and not t.deadline_text:
            t.deadline, t.deadline_text = period[0], period[1]
    return implicit
