"""Days on which an event takes place: a meeting, an exam, a holiday. No duty falls due then.

A notice names the day its meeting is held ("定于2027年3月5日（周五）下午2:30在三楼会议室召开…"),
the days of an exam ("考试时间：第十八周（6月24日—7月5日）") or of a holiday ("5月1日、2日、3日为
法定假日", "放假时间为：10月1日至7日"). These days are when the event happens; the duties of such
a notice come with their own due words ("请于3月3日前报送名单").
"""

from __future__ import annotations

from tracker.extract.alerts import alert_time
from tracker.extract.cited_docs import cited_document
from tracker.extract.figures import reported_figure
from tracker.extract.inspections import team_visit
from tracker.extract.lookback import looks_back
from tracker.extract.not_due import PAST_EVENT, SPAN_STATEMENT, every_task
from tracker.extract.page_stamps import in_title, is_date_stamp, signed_month
from tracker.extract.rules import rule
from tracker.extract.seasons import declared_season
from tracker.extract.year_goals import stated_year

# The day of a meeting, a ceremony or the start of a term: what may stand between the day and
# the verb is a weekday or a remark in brackets, a time of day, 左右, and the place ("在…").
EVENT_DAY = rule(
    "event_day",
    r"(?:(?<=[日号])|(?<=[至到]\d月)|(?<=[至到]1[0-2]月))(?:\([^()]{1,16}\)|左右|(?:上午|下午|晚上|早上)?\d{1,2}:\d{2}(?:[-—~至]\d{1,2}:\d{2})?"
    r"|(?:上午|下午|晚上|早上))*(?:在[^,;。前]{1,20}?)?(?:再次?|还将|将)?(?:召开|举行|举办|(?:报到并|报到、)?开学|开(?=一次[^,;。]{0,10}?会))",
    "not_due",
    [("学院定于2027年10月12日(周六)15:00在三楼会议室召开推进会", ["(周六)15:00在三楼会议室召开"]),
     ("考核拟定于2027年1月8日（周四）下午2:30-4:00在会议室举行。", ["(周四)下午2:30-4:00在会议室举行"]),
     ("局预定于2月3日（具体时间另行通知）召开茶话会", ["(具体时间另行通知)召开"]),
     ("预计2027年12月8日左右召开研讨会", ["左右召开"]), ("新学期于3月3日(农历正月十六)报到并开学", ["(农历正月十六)报到并开学"]),
     ("请各单位于3月3日前在系统填报后召开会议", []),
     ("并表示在10月20日再开一次流动现场会", ["再开"]), ("艺术节将于2027年3月至6月举办", ["举办"]),
     ("各县要在5月召开动员会", []),
     ("各乡镇于3月5日完成摸底，3月8日前召开会议", [])],
    doc="Applied with match() right after a day date (or a span of months) that does not end in 前.",
)

# The days of a holiday stated after them ("2月6日（除夕）至2月12日（初六）为春节放假时间").
HOLIDAY_DAYS = rule(
    "holiday_days",
    r"(?<=[日号])[^,;。前]{0,20}?为[^,;。]{0,8}?(?:放假时间|放假日期|法定假日|法定节假日|公休日|休息日)"
    # days off moved or kept ("将4月29日(星期六)、30日两个公休日调至5月4日", "5月6日照常公休", "4月29日上班")
    r"|(?<=[日号])[^,;。前]{0,24}?(?:调休至|调至|调整为|调为|照常公休|照常上班|上班(?=[,;。]|$))"
    # days off and back stated with the day ("1月1日(星期四)-1月3日(星期六)放假,1月4日上班上课"), the
    # day teachers and pupils leave ("1月20日,全体中小学师生离校放假")
    r"|(?<=[日号])(?:\([^()]{1,16}\)|[^,;。前(]){0,24}?(?:上班)?(?:上课|放假(?:调休)?|调休|轮休)(?=[,;。)]|$)"
    # a holiday schedule's days at work ("(2月27日、28日正常上班)")
    r"|(?<=[日号])[^,;。前]{0,12}?正常上班(?=[,;。)]|$)"
    r"|(?<=[日号]),(?:所有|全体|全校)?[^,;。前]{0,12}?(?:师生|学生)离校(?:放假)?(?=[,;。]|$)",
    "not_due",
    [("2027年2月6日（除夕）至2月12日（初六）为春节放假时间", ["(除夕)至2月12日(初六)为春节放假时间"]),
     ("5月1日、2日、3日为法定假日", ["、2日、3日为法定假日"]),
     ("将4月29日(星期六)、4月30日(星期日)两个公休日调至5月4日", ["(星期六)、4月30日(星期日)两个公休日调至"]),
     ("4月29日、30日上班。", ["、30日上班"]), ("9月29日(星期六)公休调休至10月4日", ["(星期六)公休调休至"]), ("1月1日(星期四)-1月3日(星期六)放假,", ["(星期四)-1月3日(星期六)放假"]), ("1月4日上班上课。", ["上班上课"]),
     ("1月20日,全体中小学师生离校放假;", [",全体中小学师生离校放假"]),
     ("9月15日(星期日)至9月17日(中秋节,星期二)放假,共3天。", ["(星期日)至9月17日(中秋节,星期二)放假"]),
     ("1月19日至3月3日轮休,3月4日起正式上班。", ["至3月3日轮休", "起正式上班"]), ("(2月27日、28日正常上班)", ["、28日正常上班"]),
     ("各村于4月28日为假日值班人员配发通讯设备", []), ("各村于4月28日前将值班人员调整到位", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# A label naming the time of an event before the date ("考试时间：第十周（11月7—9日）",
# "放假时间为：5月1日、5月2日", a contest's "比赛时间：", a meeting's "报到时间：", "举办时间："), or a school
# break told from its first day ("学生寒假从2月7日开始至…结束"). "活动时间：" is no such label: an activity's
# window is when its item's duties are due.
EVENT_LABEL = rule(
    "event_label",
    r"(?:(?:考试|放假(?:调休)?|假期|会议|开会|开学|比赛|竞赛|举办|报到|评比)(?:时间|日期)(?:定为|[为是]:?|:)|(?:统计|数据|报表)周期(?:[为是]:?|:)|[寒暑]假(?:时间)?(?:从|自))[^,;。:前]{0,12}$"
    r"|(?:公休日?|休息日|假日|上班)调休?$",  # "两个公休日调至5月4日", "2月26日上班调至2月28日": the day a day off or on moves to
    "not_due",
    [("一、考试时间：第十周（", ["考试时间:第十周("]), ("劳动节放假时间为：5月1日、", ["放假时间为:5月1日、"]),
     ("会议时间为", ["会议时间为"]), ("开学时间为", ["开学时间为"]), ("（一）学生寒假从", ["寒假从"]), ("两个公休日调", ["公休日调"]), ("2月26日(星期五)上班调", ["上班调"]), ("9月29日公休调休", ["公休调休"]),
     ("全县春节期间放假调休日期为", ["放假调休日期为"]), ("本学期期末考试时间定为", ["考试时间定为"]), ("统计周期为上月26日", ["统计周期为上月26日"]),
     ("一、比赛时间：", ["比赛时间:"]), ("报到时间：", ["报到时间:"]), ("2、举办时间：", ["举办时间:"]),
     ("请于考试时间确定后3日内报送", []),
     ("活动时间：", []),  # an activity's window binds the duties of its item (see the gold rules)
     ("各校要在寒假前", [])],
    doc="Searched in the text right before a date.",
)


# A speech's or a report's byline under its title ("——2027年11月30日在某县人大常委会第五次会议上"):
# the day it was delivered, no duty.
SPEECH_DAY = rule(
    "speech_day",
    r"(?<=[日号])[^,;。前]{0,40}?(?:会议|大会|座谈会|会)上(?:的(?:讲话|报告|发言|工作报告))?(?=$|[\n,。]|[^\u4e00-\u9fff])"
    r"|(?<=[日号])[^,;。前]{0,40}?会议上(?=[\u4e00-\u9fff])",
    "not_due",
    [("2027年11月30日在某县第五届人民代表大会常务委员会第九次会议上", ["在某县第五届人民代表大会常务委员会第九次会议上"]),
     ("2027年1月8日在全市工作会议上的讲话", ["在全市工作会议上的讲话"]),
     ("2027年3月5日前在会上报告进展", [])],
    doc="Matched right after a day's date that a dash opens (a byline).",
)


# A meeting the issuer plans for a month, a part of a month or of a year ("会议拟于7月底召开",
# "委员会拟定2027年7月召开，具体时间另行通知", "拟于下半年召开专门委员会工作会议"): when it is
# held, no duty. "各县要在5月召开动员会" binds: the plan word (拟, 预定) must stand right before the date.
PLANNED_BEFORE = rule(
    "planned_before",
    r"(?:拟定?|预定)(?:于|在)?$",
    "not_due",
    [("工作会议初步拟于", ["拟于"]), ("委员会拟定", ["拟定"]), ("预定在", ["预定在"]),
     ("各县要在", []), ("拟于下半年召开的会议材料请于", [])],
    doc="Searched in the text right before a date.",
)
MEETING_AFTER = rule(
    "meeting_after",
    r"(?<!前)(?:\([^()]{1,16}\)|左右)*(?:在[^,;。前]{1,20}?)?(?:召开|举行|举办)",
    "not_due",
    [("召开省政协专门委员会工作会议", ["召开"]), ("(具体时间另行通知)在学术报告厅举行", ["(具体时间另行通知)在学术报告厅举行"]),
     ("前召开动员会", []), ("完成摸底", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


def planned_meeting(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the time of a meeting the issuer
    plans ("拟于7月底召开", "拟定2027年7月召开")?"""
    return MEETING_AFTER.pattern.match(text_norm, end) is not None \
        and PLANNED_BEFORE.pattern.search(text_norm, max(0, start - 4), start) is not None


# A commemorative day, week or month told of its date ("2027年5月8日，是第80个世界红十字日", "今年4月是
# 第39个全国爱国卫生月", "2027年，某联合会确定的世界红十字日主题为…"): what the day is, nobody's duty.
COMMEMORATION = rule(
    "commemoration",
    r"(?<=[日月年])(?:,?(?:是|为)第[\d一二三四五六七八九十百]+(?:个|届)"
    r"|,?[^,;。]{0,40}?(?:日|周|月|节)(?:活动)?的?主题(?:为|是))",
    "not_due",
    [("2027年5月8日，是第80个世界红十字日。", [",是第80个"]), ("今年4月是第39个全国爱国卫生月", ["是第39个"]),
     ("2027年，某联合会确定的世界红十字日主题为“微笑”。", [",某联合会确定的世界红十字日主题为"]),
     ("各单位要于5月8日前报送活动方案", []), ("5月底前确定宣传周主题", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


# A campaign's whole span told before it is cut into stages ("6月初至8月底，具体分三个阶段", "4月12日至
# 10月31日。分三个阶段进行。", "至2027年底结束，为期两年，分为准备部署、组织实施、总结三个阶段"): each
# stage carries its own time and duties; the whole span is due for nothing of its own.
SPAN_IN_STAGES = rule(
    "span_in_stages",
    r"(?<=[\d日月年旬底初末])[^。;前]{0,40}?(?:。(?=分))?分(?:为|成|别为)?[^,;。]{0,20}?[两三四五六七八九十\d]个?(?:阶段|步骤)",
    "not_due",
    [("6月初至8月底，具体分三个阶段。", ["月初至8月底,具体分三个阶段"]), ("4月12日至10月31日。分三个阶段进行。", ["月12日至10月31日。分三个阶段"]),
     ("各镇要于6月底前分三个阶段完成", []), ("5月底前完成摸底。", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


def _schedule_stage(text_norm: str, start: int, end: int, statement: str) -> bool:
    """Is the statement a stage of a schedule: months or days opening their clause and named as a
    stage ("…分为两个阶段：今年12月底前为准备阶段，2027年1月至5月为填报阶段", "8月至9月为报送阶段，各地
    要…")? A stage's time is when its work is due; a year called a stage of history is not."""
    return statement.endswith("阶段") and text_norm[end - 1:end] in ("月", "日", "旬") \
        and (start == 0 or text_norm[start - 1] in "。;:,\n")


def event_day(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the day of a meeting, an
    exam, a holiday or a commemoration, or the subject of a statement about a time (``SPAN_STATEMENT``)?"""
    statement = SPAN_STATEMENT.pattern.match(text_norm, end)
    return (statement is not None and not _schedule_stage(text_norm, start, end, statement.group())) \
        or EVENT_DAY.pattern.match(text_norm, end) is not None or planned_meeting(text_norm, start, end) \
        or COMMEMORATION.pattern.match(text_norm, end) is not None or SPAN_IN_STAGES.pattern.match(text_norm, end) is not None \
        or HOLIDAY_DAYS.pattern.match(text_norm, end) is not None \
        or EVENT_LABEL.pattern.search(text_norm, max(0, start - 24), start) is not None \
        or (text_norm.endswith("—", 0, start) and SPEECH_DAY.pattern.match(text_norm, end) is not None)


# A cut-off named as such right before its date ("截止时间为2027年3月5日下午5:00", "网络提交截止时间：
# 2027年8月14日17:00"): a due date, whatever time of day follows it.
CUTOFF_LABEL = rule(
    "cutoff_label",
    r"截止(?:时间|日期|时限)(?:为|是|定为)?:?$",
    "due",
    [("材料报送截止时间为", ["截止时间为"]), ("网络提交截止时间:", ["截止时间:"]), ("申报截止日期是", ["截止日期是"]),
     ("截至2027年底", []), ("统计截止时间点", [])],
    doc="Searched in the text right before a date.",
)


# A cut-off that is the due date of what follows: the time of a window "截止" a day ("申报时间截止4月13日，
# 请各企业…"), or "截止到…之前" ("截止到2028年3月底之前，要全面完成…"). "截止2027年底，全市共…" counts up to a day.
CUTOFF_DUE = rule(
    "cutoff_due",
    r"(?:时间|日期|时限)截止[^,;。]{1,16}$|截止[^,;。]{1,16}?前$",
    "due",
    [("报名时间截止5月20日", ["时间截止5月20日"]), ("截止到2028年3月底之前", ["截止到2028年3月底之前"]),
     ("截止2027年底", []), ("截止3月29日11时", [])],
    doc="Searched from eight characters before a date to its end.",
)


def not_due_then(text_norm: str, start: int, end: int, precision: str) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) a day something happens
    rather than a due date: an approving meeting or a document issued (``PAST_EVENT``),
    a meeting's, an exam's or a holiday's day, a signature's date, the year of a call
    to finish every task (``every_task``), a date inside a document's title, an inspection
    team's own visit (``team_visit``), the period of reported figures (``reported_figure``), a
    year named in a statement (``stated_year``: a good start as the goal, why the work matters),
    the time a response was switched or a forecast's weather comes (``alert_time``), a relative
    period that looks back (``looks_back``: "近14日内", "根据3日内…结果"), a cited document's date
    (``cited_document``: "《…计划》（2026-2030年）", "校团字2027年15号"), or a declared season or ban
    (``declared_season``: "…为森林草原防火期", "禁火令（1月21日至1月28日）")?"""
    if CUTOFF_LABEL.pattern.search(text_norm, max(0, start - 8), start):
        return False
    return PAST_EVENT.pattern.match(text_norm, end) is not None or event_day(text_norm, start, end) \
        or (precision == "day" and is_date_stamp(text_norm, start, end)) \
        or (precision == "month" and signed_month(text_norm, start, end)) or every_task(text_norm, start, end) \
        or in_title(text_norm, start, end) or team_visit(text_norm, start, end) \
        or reported_figure(text_norm, start, end) or stated_year(text_norm, start, end) \
        or alert_time(text_norm, start, end) or (precision == "relative" and looks_back(text_norm, start, end)) \
        or cited_document(text_norm, start, end) or declared_season(text_norm, start, end)


def object_periods(text_norm: str, hits: list) -> list:
    """``hits`` without a period in brackets after 期间 when another date of the passage is due:
    the period says when the thing the duty is about takes place ("将“体育节”活动期间（2027年7月至
    11月）预计开展的活动于7月15日前报送": due on 15 July, not at the end of November)."""
    if len(hits) < 2 or "期间(" not in text_norm:
        return hits
    inside = [h for h in hits if text_norm.endswith("期间(", 0, h.start)]
    if not inside or not any(h.deadline.date and not h.deadline.recurrence for h in hits if h not in inside):
        return hits
    return [h for h in hits if h not in inside]


# A time to arrive at a meeting's venue ("请于7月13日下午2点前直接到三楼会议室参会", "…前到某宾馆登记入住"):
# when the participants come, no duty due then.
ARRIVAL = rule(
    "arrival",
    r"^[^,;。]{0,12}?(?:前|之前|以前),?(?:直接|统一)?(?:到|至|赶到|抵达)[^,;。]{2,30}?(?:报到|登记入住|入住|参会|签到|集合)",
    "not_due",
    [("下午2点15前直接到三楼一号会议室参会。", ["下午2点15前直接到三楼一号会议室参会"]),
     ("中午12点前,到某某饭店登记入住。", ["中午12点前,到某某饭店登记入住"]),
     ("前将参会人员名单报到县委办", [])],
    doc="Matched right after a day's date; its 前 may follow the hour.",
)


def arrivals(text_norm: str, hits: list) -> list:
    """``hits`` without the times participants are to arrive at a meeting's venue."""
    if "到" not in text_norm and "至" not in text_norm:
        return hits
    return [h for h in hits
            if not ARRIVAL.spans(text_norm[h.end - 1 if text_norm.endswith("前", h.start, h.end) else h.end:h.end + 60])]
