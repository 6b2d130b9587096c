"""Running-text checks on deadline matches: names, starts, rates and periods that are
not due dates, and the event a relative phrase counts from."""

from __future__ import annotations

import re
from datetime import date

from tracker.deadline_resolve import Resolved
from tracker.deadline_rules import _DASH, _MON, DROPPED_YEAR, MASKED_YEAR


TITLE_WINDOW = 60  # how far back an open 《 makes a year part of a title
_BAD_AFTER = ("起", "以来", "开始", "至今", "以后", "之后", "后", "第", "版", "修订",
              "发布", "印发", "颁布", "的", "同期", "相比", "期间", "为基数", "基础上")
# Verbs that name a past act after a bare date ("2018年修订的…") but a duty after a
# due phrase ("3月底前修订…", "9月底前印发").
_ISSUE_VERBS = ("发布", "印发", "颁布", "修订")
# A day of the lunar calendar ("2016年2月1日（农历2015年12月23日）") restates a day, it is none itself.
# A forecast or a plan of works: "预计8月份开工建设", "拟于今年开始施工", "计划10月完工", "预计5月16日可以完成".
_PROMISE_BEFORE = ("预计", "计划", "拟于", "拟在", "预计于", "计划于")
_WORKS_AFTER = re.compile(r"份?(?:可以|可|能够|能|将|即可)?(?:全面|全部|基本)?(?:开工|动工|完工|竣工|建成|通车|投用|投入使用|交付使用"
                          r"|开始(?:施工|建设|动工|修建|改造)|完成(?:施工|建设|改造|修复|整修|安装)?(?![^,;。]{0,6}(?:增长|%|亿|万)))")
_BAD_BEFORE = ("自", "从", "比", "较", "同", "与", "截至", "农历", "阴历")
# A verb of completion right after a year-less "上半年" / "9月" makes it a due date.
_DONE_AFTER = ("完成", "实现", "建成", "启动", "出台", "制定", "建立", "达到", "基本", "全面")
_SENTENCE_START = "。;:\n!?"
# The rest of a short sentence naming a thing and its completion, after a month opening it.
_COMPLETED_READS = 40
_COMPLETED_BY = re.compile(r"[^,;。:0-9]{2,30}?(?:投入使用|交付使用|投用|建成|竣工|完工|开工|通车|开通|开园|开业)(?:[。;]|$)")
# A stage's period in brackets after its name ("动员部署阶段(5月)", "第二步(8月-11月)").
_STAGE_OPEN = re.compile(r"(?:阶段|步|时间)\($")
# A numbered stage named by its time before a colon ("(二)第二季度:完成项目审批"): due then.
_ITEM_OPEN = re.compile(r"(?:^|[。;:\n])(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])$")
_STAGE_AT = re.compile(r"(?:阶段|步|时间)[(:]$")
# A month opening its sentence as a stage's time ("7月为自查自评阶段，…"): due then.
_STAGE_NAMED = re.compile(r"为[^,;。]{1,12}?阶段")
_DAY_IN = re.compile(r"[日号]")
_MARKER_BEFORE = ("到", "至", "于", "在", "截止", "力争", "争取", "确保", "前", "限")
# "本年度应完成…", "今年度内建成": this year as the time of a duty (a modal, 内 or a completing verb
# follows), not "本年度考核" naming the year's review.
_YEAR_DUTY_AFTER = ("应", "要", "须", "必须", "内", "完成", "建成", "全面完成")
# A year-less month opening a range ("5月至10月", "5月—10月"), or a day of it ("8月21日—9月30日",
# a stage's span across months): a stage, due at its end.
_RANGE_HEAD = re.compile(rf"(?<![\d年])(?:{_MON})月(?:(?:3[01]|[12]\d|0?[1-9])[日号])?{_DASH}$")


def context_end(norm: str, start: int, end: int, res: Resolved) -> int:
    """Where the text ``accept_in_text`` reads after a match ends: three characters, or
    the short sentence after a year-less date opening its sentence (``_COMPLETED_BY``)."""
    if not res.has_year and (start == 0 or norm[start - 1] in _SENTENCE_START):
        return end + _COMPLETED_READS
    return end + 3


def range_head(norm: str, start: int) -> int:
    """Start of a year-less month that opens a range ending at ``start`` ("5月—" before
    "10月"), or ``start`` when there is none."""
    m = _RANGE_HEAD.search(norm, max(0, start - 9), start)
    return m.start() if m else start


# A report may stand a few words after the period word (shared by the period and the daily
# filters below): an adverb or a floor of its count first ("每日及时向省节能办报送信息",
# "每月至少报送一篇"), or what is reported, or the receiver, between them ("每月退伙情况上报园长室",
# "每月要形成工作专报向镇党委、镇政府报告"). A rate names an amount, not a report, so none of
# these reads one ("每月补助500元", "每年新增1万人").
_ADVERB = r"(?:及时|按时|定时)?(?:至少|不少于)?"
_REPORT_GAP = (r"[^,;。\d]{1,12}?(?:情况|数据|信息|进度|进展)(?:上报|报送|报告|汇报|报(?![表酬价名销废考告]))"
               r"|[要须应]?[^,;。\d]{0,10}?向[^,;。]{2,16}?(?:报送|上报|报告|汇报)(?!制度|机制)")
# "每周召开一次例会", "每2个月集中组织一次": a meeting or a round held once every period.
_ONCE_AFTER = re.compile(r"[^,;。:]{0,8}?(?:召开|组织|开展|举行|举办)[一1]次")
# A repeated act right after a period with no day ("每月报送一次", "每年开展一次督查"); a
# rate names an amount instead ("每年新增1万人", "每月补助500元").
# Not an act counted more than once ("每年召开两次会议": no one due date) nor the name of a
# practice ("每周调度工作制度"). The act may name its object first ("每月对各乡镇进度进行通报",
# "每周向市政府对工作进展进行汇报").
_EVERY_ACT = re.compile(r"[要须应]?" + _ADVERB + r"(?:(?:向[^,;。]{2,12})?(?:对[^,;。]{2,20}?进行)?(?:报送|上报|报告|通报|汇报|调度|召开|公开|公布|督查|督导|检查|总结|研究|汇总|巡查|排查)"
                        r"(?![两二三四五六七八九十\d]+次|(?:工作)?(?:制度|机制))|[^,;。\d]{0,16}?(?:一次|1次|(?:至少|不少于|不低于)[1-5一二两三四五]次)"
                        r"|" + _REPORT_GAP +
                        # "每周开展联合执法检查", "每月对所在楼栋开展巡查": a round of checks or a campaign
                        r"|(?:对[^,;。]{2,20}?)?开展[^,;。\d]{0,12}?(?:检查|巡查|排查|督查|执法|活动|宣传)"
                        # a round of assessment of what is named ("每年对各镇工作进行考核"), never
                        # the word alone ("每年考核补助500元": an amount)
                        r"|对[^,;。]{2,20}?进行(?:考核|评估|核查|核实))")
# (A clock time may come first: "每日17时前报送当日进展"; the object may come before the act:
# "每日对各县整治进度进行调度". A clock time closed by 前 is a daily due time whatever the act
# and however it is sent: "每日上午11点前传真报送", "每日12点以前,通过系统报送"; the hour may be
# written in characters: "每天下午四点以前". A daily round of checks is a duty too: "每日开展巡查",
# "每日对责任区开展自查". What each day brings may be named first and its hour given as that day's
# or the next day's: "每天将发现的病例，于当日16:00前报…", "把每天的监测情况于次日上午10时前汇总至…";
# a rate has no such hour: "每天洒水3次".)
_CLOCK = r"(?:上午|下午|晚上?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:时|点|:\d{2})(?:\d{1,2}分|半)?"
_DAILY_ACT = re.compile(_CLOCK + r"(?:前|之前|以前)"
                        r"|[^,;。]{0,50}?,?(?:于|在)(?:当日|当天|次日|翌日)" + _CLOCK + r"(?:前|之前|以前)"
                        r"|(?:" + _CLOCK + r",?)?"
                        r"[要须应]?" + _ADVERB + r"(?:向[^,;。]{2,12})?(?:对[^,;。]{2,20}?进行)?(?:更新|调度|报送|上报|报告|通报|汇报)"
                        r"(?![两二三四五六七八九十\d]+次|(?:工作)?(?:制度|机制))"
                        r"|[要须应]?(?:对[^,;。]{2,20}?)?开展[^,;。\d]{0,8}?(?:巡查|检查|自查|排查)|" + _REPORT_GAP)
_CYCLE_ACT = re.compile(r"[^,;。\d]{0,12}?(?:召开|报送|上报|报告|通报|汇报|调度|督查|督导|检查|巡查|排查|研究|汇总)")
_PUBLISH_AFTER = re.compile(r"(?:公开|公布)(?!制度|机制)")
_REPORT_AFTER = re.compile(r"(?:向[^,;。]{2,12})?(?:报送|上报|报告|通报|报|调度|汇总)")


def accept_in_text(norm: str, m: re.Match, res: Resolved, issued: date | None,
                   joined: bool) -> bool:
    """Running-text filter: is this match a deadline, not a name, a start or a rate?"""
    start, end = m.span()
    g = m.group
    if res.kind == "rec":
        if g("par") or g("mls") or g("nm"):
            return True  # "逢单月10日前", "次月5日前": a day of the odd or even months, of the next month, always a duty's
        unit = g("eu")[0]
        if norm[start - 1:start] == "人":
            return False  # 每人每半年: an allowance, not a duty
        if norm[start - 2:start] == "实行":
            return True  # "对整改进展实行日报制度": a report every day
        if unit in "半季":
            return True
        if unit in "天日":  # a daily report or update, not a rate ("每天洒水3次", "每日处理1万吨");
            # a cycle of several days told by a meeting's or a report's act ("每10天召开一次", "每5天通报"),
            # not a routine ("每10天冲洗一次")
            return _DAILY_ACT.match(norm, end) is not None or g("en") is not None and (
                _ONCE_AFTER.match(norm, end) or _CYCLE_ACT.match(norm, end)) is not None
        tail = any(g("rh", "rq", "rm", "rd", "rme", "rx", "rm2", "rk", "rw"))
        if not tail and norm[start] in "逐按" and (_REPORT_AFTER.match(norm, end) or _PUBLISH_AFTER.match(norm, end)):
            return True  # "逐月报送", "按月上报", "按月公开…收支情况": a report due every period
        if not tail and (norm[start] == "一" or _ONCE_AFTER.match(norm, end) or _EVERY_ACT.match(norm, end)):
            return True  # "每周召开一次例会", "一季度一通报", "每月通报一次", "每年报送工作总结": an act every period
        return tail or bool(g("bef"))
    # Inside a title 《…》: a name such as 《2016-2020年规划》 or 《…开学初安全工作通知》, not a deadline.
    window = norm[max(0, start - TITLE_WINDOW):start]
    if (res.kind != "rel" or g("agri")) and window.rfind("《") > window.rfind("》"):
        return False
    if res.kind == "rel":
        return True
    after = norm[end:end + 3]
    if g("bef") == "前" and _FIRST_QUARTERS.match(after):
        return False  # "2009年度前三季度": the first quarters of a year, a period of data
    core_start = start + len(g("pre") or "")
    before = norm[max(0, core_start - 2):core_start]
    # A reply's promised time of works ("预计8月份开工建设", "拟于今年开始施工", "预计5月16日可以完成").
    promised = before.endswith(_PROMISE_BEFORE) and _WORKS_AFTER.match(norm, end) is not None
    if after.startswith(_BAD_AFTER) and not (norm.endswith("前", start, end) and after.startswith(_ISSUE_VERBS)) \
            and not promised and not (joined and after.startswith("期间")):  # "在4月1日至4月10日期间报送": the window
        return False  # "2018年9月印发的…" names a past act; "9月底前印发/修订" is a due date
    if not g("pre") and before.endswith(_BAD_BEFORE) and not (before.endswith("与") and g("bef") and g("d")):
        return False  # "与2018年相比"; "与2017年8月30日前报…" is 于 mistyped before a due day
    marker = bool(g("pre") or g("bef")) or before.endswith(_MARKER_BEFORE) or promised \
        or (before[-1:] in ("和", "、", "及", "与") and before[:1] in ("日", "号", "底", "末")) \
        or (before.endswith("周(") and _CLOSED_BEFORE.match(norm, end) is not None) \
        or ((g("d") or g("dd")) is not None and _TIMED_BEFORE.match(norm, end) is not None)  # "于1月17日和2月17日"; "15周(12月13日)之前"; "但8日下午5时前"
    if g("ye") == "度" and not marker and not (g("yr") and after.startswith(_YEAR_DUTY_AFTER)):
        return False  # 2018年度考核: a period named, not a due date; "本年度应完成…" is the year's duty
    if not res.has_year and not joined:
        # A day's edge as its clock time ("10月15日0时开栓供热", "9月30日24时前") fixes an instant.
        # "一季度季后7日": the day after a quarter is a report's due day by its very words.
        written = bool(g("me") or g("ye2") or g("heat") or g("fest") or g("xun") or g("qk")) \
            or (g("d") is not None and _DAY_EDGE.match(norm, end) is not None)
        if g("yr"):
            written = written or any(g("m", "half", "q", "ye"))
        done = after.startswith(_DONE_AFTER)
        head = range_head(norm, core_start)
        # A schedule's time heading: a month or a span of months opening its sentence
        # before a comma ("7月，成立领导小组…", "8—9月，重点搞好…"): the stage is due then.
        # "1-6月，2项指标符合预期": a span from January is the year's data to date, no stage.
        # "9月1日至30日，开展…": a span of days likewise.
        # An item's number may open the clause ("(二)8月15日至25日，由X出具初审意见").
        opens = head == 0 or norm[head - 1] in _SENTENCE_START or _ITEM_OPEN.search(norm, max(0, head - 5), head) is not None
        schedule = (after[:1] == "," and (not g("d") or g("d0")) and opens and g("m0") not in ("1", "01", "一")) \
            or (after[:1] == ")" and _STAGE_OPEN.search(norm, max(0, head - 3), head) is not None) \
            or (after[:1] == ":" and _ITEM_OPEN.search(norm, max(0, head - 5), head) is not None) \
            or (after[:1] == "为" and (head == 0 or norm[head - 1] in _SENTENCE_START)
                and _STAGE_NAMED.match(norm, end) is not None)
        # An item that is one short sentence, opened by its month and closed by the thing's
        # completion ("9月太师附小新校区投入使用。"): due in that month.
        opening = (head == 0 or norm[head - 1] in _SENTENCE_START) and not g("d") and g("m") \
            and _COMPLETED_BY.match(norm, end) is not None
        # A span of days across months ("8月21日—9月30日") is a stage only where a stage's
        # time stands: after its name ("自查阶段(", "时间:") or opening its sentence; elsewhere
        # it may define a period ("午季禁烧(5月20日-7月20日)…为重点时段").
        ranged = head < core_start and (not _DAY_IN.search(norm, head, core_start)
                                        or head == 0 or norm[head - 1] in _SENTENCE_START
                                        or _STAGE_AT.search(norm, max(0, head - 3), head) is not None)
        # A time field's whole value ("活动时间:8月15日-17日。", a meeting's or an exam's is an event day).
        field = norm[end:end + 1] in ("。", ";", "\n", "") and _STAGE_AT.search(norm, max(0, head - 3), head) is not None \
            and norm[head - 1:head] == ":"
        if not (marker or written or done or schedule or opening or ranged or field
                or _next_in_series(norm, head)):
            return False
    # Past periods ("截至2017年底" background figures) are not due dates; an exact day
    # such as the issue date under the signature is left to the caller.
    if issued and res.date and res.precision != "day" and res.date < issued \
            and (res.has_year or not g("bef")):  # "(4月底前)" in a May notice: still the year of issue
        return False
    return True


# A day's clock time or its remark in brackets before the due word ("10月30日下午4:00前",
# "6月20日(十八周周五)前"), the day in brackets itself ("第三周周二(9月19日)前"), or the end of its
# working day ("2月10日下班前", "9月30日下午下班前"): the day is due.
_TIMED_BEFORE = re.compile(r"\)?(?:\([^()]{1,10}\))?(?:(?:上午|下午|晚上?|中午)?(?:\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|半)?)|下班))?"
                           r"(?<=[)\d时点分半班])(?:之|以)?前")
# A school week's date in brackets closed by its due word ("在15周(12月13日)之前完成").
_CLOSED_BEFORE = re.compile(r"\)(?:之|以)?前")
_DAY_EDGE = re.compile(r"(?:0|零|24|二十四)时(?!起|开始|以来)")
_FIRST_QUARTERS = re.compile(r"[一二三1-3]季度")
# A schedule's clause heading ("二季度,投资完成率达到45%以上;"): a quarter, a half-year or a
# month opening the clause, before its comma.
_SERIES_HEAD = re.compile(rf"(?:第?[一二三四1-4]季度|[上下]半年|(?:{_MON})月(?:底|末|份)?),")


def _next_in_series(norm: str, head: int) -> bool:
    """Does the time phrase at ``head`` open a clause after a semicolon whose previous
    clause opened with a schedule heading ("三季度,…;四季度投资完成率达到80%以上")?"""
    if head < 2 or norm[head - 1] != ";":
        return False
    lo = max(norm.rfind(";", 0, head - 1), norm.rfind("。", 0, head - 1)) + 1
    return _SERIES_HEAD.match(norm, lo, head) is not None

_CLAUSE_END = re.compile(r"[，。；：,;:！？!?（）()|、\s]")
_TRIGGER = re.compile(r"收到|接到|接获|受理|自|从")


def extend_relative_start(norm: str, start: int) -> int:
    """Widen a relative phrase back to its event: "收到…之日起五日内"."""
    lo = max(0, start - 40)
    window = norm[lo:start]
    cut = 0
    for stop in _CLAUSE_END.finditer(window):
        cut = stop.end()
    clause = window[cut:]
    if not norm.startswith(("之日", "之后", "以后", "后", "起"), start):
        return start
    trig = _TRIGGER.search(clause)
    if trig:
        return lo + cut + trig.start()
    # "X于考核结束后15日内…", "请X在办结后3个工作日内…": the event follows the last
    # 于/在, and the subject before it is no part of the time phrase.
    at = max(clause.rfind("于"), clause.rfind("在"))
    return lo + cut + (at + 1 if at >= 0 else 0)


# In running text a year-less day a duty is due "before", this many days gone at issue, is the
# next year's; a cell keeps the year of issue (a late progress table lists the year's deadlines).
PAST_DUE_DAYS = 240

# A later time that a condition allows instead of the deadline ("原则上需在2027年底前完成；
# 如任务量较多的，可在2028年底前完成", "确有困难的，可延期至…"): an allowance, not a due date.
_ALLOWED = re.compile(r"可(?:适当)?(?:延长|延期|放宽|推迟)?(?:至|到|在|于)$")
_CONDITION = re.compile(r"(?:^|[,;。])(?:如|若|确有|确因|因特殊|特殊情况)[^,;。]{0,60},[^,;。]{0,12}$|确有困难|特殊情况")


def allowed_later(norm: str, start: int) -> bool:
    """Is the time phrase at ``start`` a later time a condition allows, after 可(延期)至/在?"""
    if norm[start:start + 1] in ("至", "到"):
        start += 1  # "可延期至2028年6月底前": the phrase opens with its 至
    if not _ALLOWED.search(norm, max(0, start - 6), start):
        return False
    clause = max(norm.rfind(c, 0, start) for c in ";。")
    return _CONDITION.search(norm, max(clause, 0), start) is not None


# The opening part of a range after a masked year ("**年4月~", "201*年5月2日至"): the range's
# closing part, which names no year of its own, has none either.
_MASKED_RANGE_HEAD = re.compile(rf"(?:(?:19|20)\d?[*xX×]{{1,2}}|[*xX×_]{{2,4}})年(?:{_MON})月"
                                rf"(?:(?:3[01]|[12]\d|0?[1-9])[日号]|上旬|中旬|下旬)?{_DASH}$")


def unmasked(norm: str, start: int, res: Resolved, ctx_year: int | None) -> Resolved:
    """``res`` without its date when the year-less phrase at ``norm[start:]`` follows a masked year
    ("201*年1月16日前", "20xx年底", "**年") or a 年 whose digits were left out ("于年2月7日"): the
    year is not given, the phrase is kept."""
    if res.kind != "date" or not res.date or res.has_year or ctx_year is not None:
        return res
    if norm.startswith("年", start):  # "20xx年底前": the phrase opens with the 年
        masked = MASKED_YEAR.search(norm, max(0, start - 5), start + 1) is not None
    else:
        masked = norm[start - 1:start] == "年" and (MASKED_YEAR.search(norm, max(0, start - 6), start) is not None
                                                   or DROPPED_YEAR.search(norm, max(0, start - 2), start) is not None)
    if not masked and norm[start - 1:start] not in ("年", ""):
        at = start + (norm[start] in "至到")  # "**年9月至10月": the match may open with its 至
        masked = _MASKED_RANGE_HEAD.search(norm, max(0, at - 16), at) is not None
    return Resolved("date", None, res.precision) if masked else res


_LOST_DAY_DASH = re.compile(r"(?:3[01]|[12]\d|0?[1-9])[-—–~〜‐―]")


def joined_range(norm: str, prev_end: int, start: int, m: re.Match) -> bool:
    """Does the match ``m`` at ``start`` close a range opened by the phrase ending at ``prev_end``
    ("2018年9月-12月", "10月8-10月15日")?"""
    gap = norm[prev_end:start]
    if m.group("pre"):
        return gap == ""
    if norm.endswith("月", 0, prev_end) and _LOST_DAY_DASH.fullmatch(gap):
        return True  # "10月8-10月15日": the first day lost its 日
    return 0 < len(gap) <= 2 and all(ch in "-—–~〜‐―" for ch in gap)
