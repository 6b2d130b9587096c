"""The grammar of deadline phrases and the rules that turn a match into a date.

Everything here works on *normalized* text: folded by ``cn_numerals.fold`` and with
whitespace removed, so one regex covers "2019 年 12 月", "２０１９年" and "二〇一九年".
``tracker.deadlines`` maps positions back to the original text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tracker.cn_numerals import cn_to_int
from tracker.recurrence import first_after

_DASH = r"[-—–~〜‐―至到]{1,2}"
_Y4 = r"(?:19|20)\d\d"
_MON = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = (r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?"
        r"|十[一二三四五六七八九]?|[一二三四五六七八九]")
_NUM = r"\d{1,3}|[一二两三四五六七八九十百]{1,4}"

# Characters that, right before a year-less 年底/年内/月…, show that the phrase is not
# a deadline ("三年内" is relative, "每年" recurring, "近年" / "全年" vague).
_BARE_LB = r"(?<![\d〇○零一二三四五六七八九十两几多每近往历同上去前半周全该本今当明次元第])"

# A day may lose its 日 before 前 ("11月10前"): the clerk reads 11月10日前.
_MONTH_BODY = (rf"(?:(?P<m0>{_MON}){_DASH})?(?P<m>{_MON})月份?"
               rf"(?:(?P<d>{_DAY})(?:[日号]|(?=以?前))|(?P<me>底|末)|(?P<xun>上旬|中旬|下旬|初|中))?")
_COMMON_BODY = (rf"{_MONTH_BODY}"
                r"|(?P<half>上|下)半年度?(?:底|末)?"
                # "三季度季后10日": the day of the month after that quarter (a report schedule).
                rf"|第?(?P<q>[一二三四1-4])季度(?:(?:季后|结束后)(?P<qk>{_DAY})[日号天]|末|底)?"
                r"|(?P<heat>(?:采暖|供暖|取暖)(?:季|期))(?:开始)?"
                r"|(?P<fest>春节|元旦|国庆节?)(?=之?前)")

# Dates of festivals named as deadlines ("2025年春节前"): 元旦 and 国庆 by the solar
# calendar, 春节 (the first day of the lunar year) by the lunar calendar.


def festival_date(name: str, year: int) -> date | None:
    """The date a duty "before the festival ``name``" (春节/元旦/国庆) in ``year`` is due, or None."""
    if name == "元旦":
        return date(year, 1, 1)
    if name.startswith("国庆"):
        # "国庆节前": the duty is due before the holiday week that opens on 1 October.
        return date(year, 9, 30)
    from lunardate import LunarDate  # noqa: PLC0415 - only documents naming 春节 need it

    try:
        return LunarDate(year, 1, 1).to_solar_date()
    except ValueError:
        return None  # outside the library's table (1900-2099)


_DATED = (rf"(?:(?<![\d.])(?P<y0>{_Y4})年?{_DASH}(?={_Y4}年))?"
          rf"(?P<Y>(?:(?<![\d.])(?P<y>{_Y4})|(?P<yc>[〇○零O一二三四五六七八九]{{4}})"
          r"|(?P<yr>今|本|当|明|次))年"
          # A page may lose the 年 between the year and a month ("202711月底前"): four digits
          # and a month still name both.
          rf"|(?<![\d.])(?P<yg>{_Y4})(?=(?:1[0-2]|[1-9])月))")
# 初步, 中央: words, not 年初, 年中; "2027年年内", "2027年年中" write the 年 twice.
_YEAR_TAIL = r"(?P<ye>年?(?:底|末|内|中(?!央|心|国|华|共)|初(?!步))|度)"

# The day of the month after a period ends: "每季度末次月10日前", "每季度结束后10日内",
# "每季度首月10日前", "每半年结束后次月15日前". Tried before the bare 末/底 ending.
_AFTER_PERIOD = (r"(?:(?:结束|终了|末)(?:后|之后)?的?(?:次月|下月|下一个月)?|(?:次月|下月|首月|第[一1]个月)的?"
                 # "每季度报表在下季度第一个月的15日前", "每月数据于次月5日前": the report named between
                 r"|[^,;。\d]{0,6}?(?:在|于)(?:下个?|次|下一)(?:季度?|月|半年度?)(?:首月|第[一1]个月)?的?"
                 r"|(?P<last>最后一个月|最后1个月|末月)的?|后)")

_RECUR = (rf"(?:每|按(?=季度|月)|逐(?=季度?|月|年|周))(?P<en>\d{{1,2}}|[一两二三四五六七八九十]{{1,2}})?个?"
          r"(?P<eu>半年度?|年度?|季度?|月|周|星期)的?"
          rf"(?:{_AFTER_PERIOD}(?P<rk>{_DAY})(?:个工作日|日|天|号)(?:内|以内)?"
          r"|(?P<rh>上|下)半年"
          r"|第?(?P<rq>[一二三四1-4])季度(?:末|底)?"
          rf"|(?:(?P<rm>{_MON})月)?(?:(?P<rd>{_DAY})[日号](?:[和、及与](?P<rd2>{_DAY})[日号](?:[和、及与](?P<rd3>{_DAY})[日号])?)?|[年月]?(?P<rme>底|末)"
          r"|(?P<rx>上旬|中旬|下旬))"
          rf"|(?P<rm2>{_MON})月"
          r"|(?<=周|期)(?P<rw>[一二三四五六日天])(?!次))?"
          # "每季度末(分别在6月、9月和12月底)", "每半年(即6月、12月底前)": the months, named.
          r"(?:\((?:分别|即)?(?:在|于|为)?(?P<rml>(?:1[0-2]|[1-9])月(?:[、,和及与](?:1[0-2]|[1-9])月)+)"
          r"(?P<rmle>底|末)?(?:以?前)?\))?")

# Farming and flood seasons named as deadlines ("麦收前", "夏播结束前", "汛期前"): their
# start varies by year and place and the document does not fix it, so the phrase is kept
# with no date, like a duty relative to an event.
# The end of a five-year plan ("“十三五”末", "十四五期末"): the Nth plan ends in 1955 + 5N.
_PLAN_END = r"(?P<plan>十[一二三四五六七八九]五)[\"“”']?(?:时期|期)?末"

_FARM_SEASON = (r"(?:三夏|三秋|麦收|夏收|秋收|夏播|秋播|夏种|秋种|春耕|春播|主汛期|汛期)"
                r"(?:结束|开始|到来)?(?=之?前)")

_RELATIVE = (r"(?P<rp>之日起|之日后|之日|之后|以后|后|起)?(?<![\d.月])"
             rf"(?P<rn>{_NUM})个?(?P<ru>工作日|日|天|个月|周|星期|小时|年)(?:内|以内|之内)")

def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made anonymous, for use inside a lookahead."""
    return "(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")"


# Every phrase starts with one of these; the leading lookahead lets the regex engine
# skip other characters cheaply (about 4x faster on running text).
_FIRST = r"[到至每按逐国之以后起\d〇○零O一二三四五六七八九十两百上下第今本当明次年采供取麦夏秋春主汛]"

MASTER = re.compile(
    rf"(?={_FIRST})"
    r"(?P<pre>到|至)?"
    r"(?:"
    rf"(?P<rec>{_RECUR})"
    rf"|(?P<rel>{_RELATIVE})"
    rf"|(?P<agri>{_FARM_SEASON})"
    rf"|{_PLAN_END}"
    rf"|(?:{_DATED}|{_BARE_LB}(?={_unnamed(_COMMON_BODY)}|年[底末内]))"
    rf"(?:{_COMMON_BODY}|(?(Y){_YEAR_TAIL}|年(?P<ye2>底|末|内)))?"
    r")"
    r"(?P<bef>以前|之前|前)?"
)

_XUN_DAY = {"上旬": 10, "中旬": 20, "初": 5, "中": 15}  # 下旬 -> month end
_WEEKDAY = {"一": "MO", "二": "TU", "三": "WE", "四": "TH", "五": "FR", "六": "SA",
            "日": "SU", "天": "SU"}


@dataclass(frozen=True, eq=False)
class Resolved:
    """One matched phrase, resolved: kind is 'date', 'rec' or 'rel'.

    Compared and hashed by identity: resolutions are cached per phrase, and the caches
    keyed by them need no field-by-field hashing.
    """

    kind: str
    date: date | None
    precision: str
    rrule: str | None = None
    year: int | None = None       # the year the phrase names or implies
    has_year: bool = False        # a year was written (digits or numerals)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _day(y: int, m: int, d: int) -> date:
    """A day, clamped to the month's last day (2月30日 -> 2月28/29日)."""
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _num(text: str | None) -> int | None:
    return cn_to_int(text) if text else None


def _point(m: re.Match, y: int) -> tuple[date, str] | None:
    """The date a dated/bare match names within year ``y``, with its precision."""
    g = m.group
    if g("m"):
        mon = _num(g("m"))
        if not mon or not 1 <= mon <= 12:
            return None
        if g("d"):
            day = _num(g("d"))
            if not day or not 1 <= day <= 31:
                return None
            return _day(y, mon, day), "day"
        xun = g("xun")
        if xun and xun != "下旬":
            return _day(y, mon, _XUN_DAY[xun]), "day"
        if xun:
            return _month_end(y, mon), "day"
        return _month_end(y, mon), "month"
    if g("half"):
        return (date(y, 6, 30) if g("half") == "上" else date(y, 12, 31)), "half"
    if g("q"):
        q = _num(g("q"))
        if not q or not 1 <= q <= 4:
            return None
        if g("qk"):
            k = _num(g("qk"))
            if not k or not 1 <= k <= 31:
                return None
            return _day(y + q // 4, 3 * q % 12 + 1, k), "day"
        return _month_end(y, 3 * q), "quarter"
    if g("heat"):
        return date(y, 11, 15), "season"
    if g("fest"):
        day = festival_date(g("fest"), y)
        return (day, "day") if day else None
    ye = (g("ye") or g("ye2") or "").lstrip("年")
    if ye == "中":
        return date(y, 6, 30), "half"
    if ye == "初":
        return date(y, 1, 31), "month"
    return date(y, 12, 31), "year"


def _resolve_date(m: re.Match, issued: date | None, ctx_year: int | None) -> Resolved | None:
    g = m.group
    year: int | None = None
    has_year = False
    if g("y") or g("yg"):
        year, has_year = int(g("y") or g("yg")), True
    elif g("yc"):
        year, has_year = cn_to_int(g("yc")), True
        if year is None or not 1900 <= year <= 2100:
            return None
    elif g("yr"):
        if issued is None:
            return Resolved("date", None, "year")
        year = issued.year + (1 if g("yr") in "明次" else 0)
    elif ctx_year is not None:
        year = ctx_year
    elif issued is not None:
        year = issued.year
    if year is None:
        probe = _point(m, 2000)  # leap year: validates 2月29日 without a year
        return Resolved("date", None, probe[1]) if probe else None
    pt = _point(m, year)
    if pt is None:
        return None
    when, precision = pt
    # No year written: the month in the year of issue (eval README rule), even when it
    # has already passed at issue.
    return Resolved("date", when, precision, None, year, has_year)


def _recurrence(m: re.Match) -> tuple[str, str] | None:
    """(rrule, unit) for a 每… match; months named in brackets make it a yearly rule on them."""
    rec = _period_rule(m)
    if rec is None or not m.group("rml"):
        return rec
    rule, unit = rec
    months = sorted({int(x) for x in re.findall(r"\d+", m.group("rml"))})
    day = "-1" if m.group("rmle") or "BYMONTHDAY" not in rule else rule.rsplit("BYMONTHDAY=", 1)[1]
    return f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYMONTHDAY={day}", unit


def _period_rule(m: re.Match) -> tuple[str, str] | None:
    g = m.group
    unit = g("eu")[0]
    n = _num(g("en")) or 1
    interval = f"INTERVAL={n};" if n > 1 else ""
    k = _num(g("rk"))
    if k is not None and not 1 <= k <= 31:
        return None
    # A day after each half-year or quarter ("每季度首月10日前") is a fixed set of
    # months in the year: spelled the way annotators write it, independent of DTSTART.
    # "每季度最后一个月的30日前": the day in the period's own last month.
    last = g("last") is not None
    if unit == "半":
        if k:
            return f"FREQ=YEARLY;BYMONTH={'6,12' if last else '1,7'};BYMONTHDAY={k}", unit
        return "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", unit
    if unit == "季":
        if k:
            return f"FREQ=YEARLY;BYMONTH={'3,6,9,12' if last else '1,4,7,10'};BYMONTHDAY={k}", unit
        return "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", unit
    if unit == "月":
        if k and n == 1:
            return f"FREQ=MONTHLY;BYMONTHDAY={k}", unit  # 每月结束后5日内: the 5th of the next
        if n > 1:
            return f"FREQ=MONTHLY;INTERVAL={n};BYMONTHDAY=-1", unit
        d, d2, d3 = _num(g("rd")), _num(g("rd2")), _num(g("rd3"))
        if d and 1 <= d <= 31:
            if d2 and d < d2 <= 31:  # "每月15日和30日前", "每月9日、19日、28日前": days of a month
                days = f"{d},{d2},{d3}" if d3 and d2 < d3 <= 31 else f"{d},{d2}"
                return f"FREQ=MONTHLY;BYMONTHDAY={days}", unit
            return f"FREQ=MONTHLY;BYMONTHDAY={d}", unit
        if g("rx") in ("上旬", "中旬"):
            return f"FREQ=MONTHLY;BYMONTHDAY={_XUN_DAY[g('rx')]}", unit
        return "FREQ=MONTHLY;BYMONTHDAY=-1", unit
    if unit in "周星":
        day = _WEEKDAY.get(g("rw") or "五", "FR")
        return f"FREQ=WEEKLY;{interval}BYDAY={day}", unit
    # yearly
    mon, day = 12, 31
    if k:
        mon, day = (12 if last else 1), k  # 每年结束后次月10日前 / 每年首月10日前: January
    elif g("rh"):
        mon, day = (6, 30) if g("rh") == "上" else (12, 31)
    elif g("rq"):
        q = _num(g("rq")) or 4
        mon = 3 * min(max(q, 1), 4)
        day = calendar.monthrange(2001, mon)[1]
    elif g("rm") or g("rm2"):
        mon = _num(g("rm") or g("rm2")) or 0
        if not 1 <= mon <= 12:
            return None
        last = 29 if mon == 2 else calendar.monthrange(2001, mon)[1]
        d = _num(g("rd"))
        if d:
            if not 1 <= d <= 31:
                return None
            day = min(d, last)
        elif g("rx") in ("上旬", "中旬"):
            day = _XUN_DAY[g("rx")]
        else:
            day = last
        if mon == 2 and day >= 29:
            day = -1  # February's end moves with leap years
    return f"FREQ=YEARLY;{interval}BYMONTH={mon};BYMONTHDAY={day}", unit


def resolve(m: re.Match, issued: date | None, ctx_year: int | None = None) -> Resolved | None:
    """Turn one match of ``MASTER`` into a :class:`Resolved`, or None if invalid."""
    if m.group("rec"):
        rec = _recurrence(m)
        if rec is None:
            return None
        rrule, unit = rec
        first = first_after(rrule, issued) if issued else None
        precision = {"半": "half", "季": "quarter"}.get(unit, "day")
        tail = any(m.group("rh", "rq", "rm", "rd", "rx", "rm2", "rk"))
        if unit == "年" and not tail:
            precision = "year"
        elif unit in "年月" and (m.group("rme") or "BYMONTHDAY=-1" in rrule):
            precision = "month"
        return Resolved("rec", first, precision, rrule, first.year if first else None)
    if m.group("rel") or m.group("agri"):
        return Resolved("rel", None, "relative")
    if m.group("plan"):
        year = 1955 + 5 * cn_to_int(m.group("plan")[:-1])
        return Resolved("date", date(year, 12, 31), "year", None, year, True)
    if not m.group("Y") and not any(m.group("m", "half", "q", "heat", "fest", "ye2")):
        return None  # a lone 前/到 or a number that did not become a date
    return _resolve_date(m, issued, ctx_year)


TITLE_WINDOW = 60  # how far back an open 《 makes a year part of a title
_BAD_AFTER = ("起", "以来", "开始", "至今", "以后", "之后", "后", "第", "版", "修订",
              "发布", "印发", "颁布", "的", "同期", "相比", "期间", "为基数", "基础上")
# Verbs that name a past act after a bare date ("2018年修订的…") but a duty after a
# due phrase ("3月底前修订…", "9月底前印发").
_ISSUE_VERBS = ("发布", "印发", "颁布", "修订")
_BAD_BEFORE = ("自", "从", "比", "较", "同", "与", "截至")
# A verb of completion right after a year-less "上半年" / "9月" makes it a due date.
_DONE_AFTER = ("完成", "实现", "建成", "启动", "出台", "制定", "建立", "达到", "基本", "全面")
_SENTENCE_START = "。;:\n!?"
# A stage's period in brackets after its name ("动员部署阶段(5月)", "第二步(8月-11月)").
_STAGE_OPEN = re.compile(r"(?:阶段|步|时间)\($")
_MARKER_BEFORE = ("到", "至", "于", "在", "截止", "力争", "争取", "确保", "前", "限")
# A year-less month opening a range ("5月至10月", "5月—10月"): a stage, due at its end.
_RANGE_HEAD = re.compile(rf"(?<![\d年])(?:{_MON})月{_DASH}$")


def range_head(norm: str, start: int) -> int:
    """Start of a year-less month that opens a range ending at ``start`` ("5月—" before
    "10月"), or ``start`` when there is none."""
    m = _RANGE_HEAD.search(norm, max(0, start - 6), start)
    return m.start() if m else start


_REPORT_AFTER = re.compile(r"(?:向[^,;。]{2,12})?(?:报送|上报|报告|通报|报|调度|汇总)")


def accept_in_text(norm: str, m: re.Match, res: Resolved, issued: date | None,
                   joined: bool) -> bool:
    """Running-text filter: is this match a deadline, not a name, a start or a rate?"""
    start, end = m.span()
    g = m.group
    if res.kind == "rec":
        unit = g("eu")[0]
        if norm[start - 1:start] == "人":
            return False  # 每人每半年: an allowance, not a duty
        if unit in "半季":
            return True
        tail = any(g("rh", "rq", "rm", "rd", "rme", "rx", "rm2", "rk", "rw"))
        if not tail and norm[start] in "逐按" and _REPORT_AFTER.match(norm, end):
            return True  # "逐月报送", "按月上报": a report due every period
        return tail or bool(g("bef"))
    if res.kind == "rel":
        return True
    # Inside a title 《…》: a name such as 《2016-2020年规划》, not a deadline.
    window = norm[max(0, start - TITLE_WINDOW):start]
    if window.rfind("《") > window.rfind("》"):
        return False
    after = norm[end:end + 3]
    if g("bef") == "前" and _FIRST_QUARTERS.match(after):
        return False  # "2009年度前三季度": the first quarters of a year, a period of data
    if after.startswith(_BAD_AFTER) and not (norm.endswith("前", start, end) and after.startswith(_ISSUE_VERBS)):
        return False  # "2018年9月印发的…" names a past act; "9月底前印发/修订" is a due date
    core_start = start + len(g("pre") or "")
    before = norm[max(0, core_start - 2):core_start]
    if not g("pre") and before.endswith(_BAD_BEFORE):
        return False
    marker = bool(g("pre") or g("bef")) or before.endswith(_MARKER_BEFORE) \
        or (before[-1:] in ("和", "、", "及", "与") and before[:1] in ("日", "号", "底", "末"))  # "于1月17日和2月17日"
    if g("ye") == "度" and not marker:
        return False  # 2018年度考核: a period named, not a due date
    if not res.has_year and not joined:
        written = bool(g("me") or g("ye2") or g("heat") or g("fest") or g("xun"))
        if g("yr"):
            written = written or any(g("m", "half", "q", "ye"))
        done = after.startswith(_DONE_AFTER)
        head = range_head(norm, core_start)
        # A schedule's time heading: a month or a span of months opening its sentence
        # before a comma ("7月，成立领导小组…", "8—9月，重点搞好…"): the stage is due then.
        # "1-6月，2项指标符合预期": a span from January is the year's data to date, no stage.
        schedule = (after[:1] == "," and not g("d") and (head == 0 or norm[head - 1] in _SENTENCE_START)
                    and g("m0") not in ("1", "01", "一")) \
            or (after[:1] == ")" and _STAGE_OPEN.search(norm, max(0, head - 3), head) is not None)
        if not (marker or written or done or schedule or head < core_start):
            return False
    # Past periods ("截至2017年底" background figures) are not due dates; an exact day
    # such as the issue date under the signature is left to the caller.
    if issued and res.date and res.precision != "day" and res.date < issued:
        return False
    return True


_FIRST_QUARTERS = re.compile(r"[一二三1-3]季度")
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

