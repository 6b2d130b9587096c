"""The rules that turn a match of ``deadline_rules.MASTER`` into a date or a recurrence."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.cn_numerals import cn_to_int
from tracker.deadline_days import day_after, lost_month_day, split_month_day
from tracker.deadline_issue import issue_relative, next_month_round
from tracker.festivals import festival_date
from tracker.recurrence import first_after

# "X月初" is read like 上旬 (due by the 10th); 下旬 -> month end.
_XUN_DAY = {"上旬": 10, "中旬": 20, "上中旬": 20, "初": 10, "中": 15}  # 中下旬 -> month end, as 下旬
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
    return 1 if text == "元" else cn_to_int(text) if text else None  # 元月: January


def _splits(digits: str, y: int) -> list[date]:
    """The valid month-and-day splits of three ``digits`` in year ``y`` ("115": 1月15日, 11月5日)."""
    out = []
    for cut in (1, 2):
        mon, day = int(digits[:cut]), int(digits[cut:])
        if digits[cut] != "0" and 1 <= mon <= 12 and 1 <= day <= calendar.monthrange(y, mon)[1]:
            out.append(date(y, mon, day))
    return out


def _point(m: re.Match, y: int, issued: date | None = None) -> tuple[date, str] | None:
    """The date a dated/bare match names within year ``y``, with its precision."""
    g = m.group
    if g("ymd"):
        when = split_month_day(g("ymd"), y, g("ymw"), ranged=True)
        if when is None and not g("ymw") and issued is not None and issued.year == y and len(g("ymd")) == 3 \
                and m.string.startswith(("前", "以前", "之前"), m.end("ymd") + 1):
            # "于2027115日前" in a notice of 3 January: 1月15日 or 11月5日, the one split due within
            # three months of the issue date (a date told as past, a signature, stays unread)
            near = [d for d in _splits(g("ymd"), y) if issued <= d <= issued + timedelta(days=92)]
            when = near[0] if len(near) == 1 else None
        return (when, "day") if when else None
    if g("md"):
        when = split_month_day(g("md"), y, g("mdw")) if g("mdw") else lost_month_day(g("md"), y, issued)
        return (when, "day") if when else None
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
        if xun and not xun.endswith("下旬"):
            return _day(y, mon, _XUN_DAY[xun]), "day"
        if xun:
            return _month_end(y, mon), "day"
        return _month_end(y, mon), "month"
    if g("dd"):  # "在24日前": the day's next occurrence from the issue date
        when = day_after(int(g("dd")), issued) if issued else None
        return (when, "day") if when else None
    if any(g("tm", "nm", "bm", "wk")):  # 本月, 下月, 月底, 本周五: counted from the issue date
        return issue_relative(m, y, issued) if issued else None
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
    if any(m.group("tm", "dd", "nm", "bm", "wk")) and issued is None:
        return Resolved("date", None, "month")  # 本月 with no issue date: the phrase is kept, undated
    if any(m.group("nm", "bm", "wk")) and (issued.month, issued.day) == (1, 1):
        # A page with no issue date is read against 1 January of its year (tasks.py): that names
        # no month nor week, so 下月, a bare 月底 and 本周五 stay undated, the phrase kept.
        return Resolved("date", None, "month")
    if year is None:
        probe = _point(m, 2000)  # leap year: validates 2月29日 without a year
        return Resolved("date", None, probe[1]) if probe else None
    pt = _point(m, year, issued)
    if pt is None:
        return None
    when, precision = pt
    if g("fest") and not has_year and ctx_year is None and issued is not None and when < issued:
        # "春节前" with no year: the next festival after issue (a December notice means
        # the coming lunar new year), not the one already past.
        pt = _point(m, year + 1)
        if pt is None:
            return None
        year, (when, precision) = year + 1, pt
    # Otherwise no year written: the month in the year of issue (eval README rule), even
    # when it has already passed at issue (a notice of 11 March asking "1月20日前").
    return Resolved("date", when, precision, None, year, has_year)


def _recurrence(m: re.Match) -> tuple[str, str] | None:
    """(rrule, unit) for a 每… match; months named in brackets make it a yearly rule on them."""
    if m.group("mls"):  # "在3月、6月、9月、12月底前": the months listed, if they step evenly round the year
        months = [int(x) for x in re.findall(r"\d+", m.group("mls"))]
        steps = {(b - a) % 12 for a, b in zip(months, months[1:] + months[:1])}
        day = _num(m.group("mlsd")) if m.group("mlsd") else -1
        if len(steps) != 1 or steps.pop() * len(months) != 12 or not (day == -1 or 1 <= day <= 28):
            return None
        return f"FREQ=YEARLY;BYMONTH={','.join(map(str, sorted(months)))};BYMONTHDAY={day}", "月"
    if m.group("par"):  # "逢单月10日前": the odd (or even) months, a yearly rule on them
        day = _num(m.group("pd"))
        months = "1,3,5,7,9,11" if m.group("par") == "单" else "2,4,6,8,10,12"
        return (f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY={day}", "月") if day and 1 <= day <= 31 else None
    rec = _period_rule(m)
    if rec is None or not (m.group("rml") or m.group("rmlist") or m.group("rmblist")):
        return rec
    rule, unit = rec
    if m.group("rmlist") or m.group("rmblist"):  # "每年6月、12月底前", "每年1、4、7、10月8日前": the months listed
        months = sorted({_num(m.group("rm") or m.group("rmb")) or 0,
                         *(int(x) for x in re.findall(r"\d+", m.group("rmlist") or m.group("rmblist")))})
        if not all(1 <= x <= 12 for x in months):
            return None
        day = m.group("rd") and _num(m.group("rd"))
        return f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYMONTHDAY={day if day and 1 <= day <= 28 else -1}", unit
    months = sorted({int(x) for x in re.findall(r"\d+", m.group("rml"))})
    day = "-1" if m.group("rmle") or "BYMONTHDAY" not in rule else rule.rsplit("BYMONTHDAY=", 1)[1]
    return f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYMONTHDAY={day}", unit


def _period_rule(m: re.Match) -> tuple[str, str] | None:
    g = m.group
    if g("eu")[0] == "半" and g("eu").endswith("月"):
        return "FREQ=MONTHLY;BYMONTHDAY=15,-1", "月"  # "每半月上门督促一次": mid-month and month end
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
        if n > 1:  # "每2个月召开一次": every other month, no day named and none invented
            return f"FREQ=MONTHLY;INTERVAL={n}", unit
        d, d2, d3 = _num(g("rd")), _num(g("rd2")), _num(g("rd3"))
        if d and 1 <= d <= 31:
            if d2 and d < d2 <= 31:  # "每月15日和30日前", "每月9日、19日、28日前": days of a month
                days = f"{d},{d2},{d3}" if d3 and d2 < d3 <= 31 else f"{d},{d2}"
                return f"FREQ=MONTHLY;BYMONTHDAY={days}", unit
            return f"FREQ=MONTHLY;BYMONTHDAY={d}", unit
        if g("rx") in ("上旬", "中旬", "初"):
            return f"FREQ=MONTHLY;BYMONTHDAY={_XUN_DAY[g('rx')]}", unit
        return "FREQ=MONTHLY;BYMONTHDAY=-1", unit
    if unit in "天日":  # "每天更新、调度工作进展", "一天汇报一次": a daily duty
        return f"FREQ=DAILY;INTERVAL={n}", unit
    if unit in "周星":
        if not g("rw"):  # "每周召开一次例会": no weekday named, none invented
            return f"FREQ=WEEKLY;INTERVAL={n}", unit
        day = ",".join(dict.fromkeys(_WEEKDAY.get(w, "FR") for w in g("rw") + re.sub(r"[^一二三四五六日天]", "", g("rwl") or "")))
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
    elif g("rm") or g("rm2") or g("rmb"):
        mon = _num(g("rm") or g("rm2") or g("rmb")) or 0
        if not 1 <= mon <= 12:
            return None
        last = 29 if mon == 2 else calendar.monthrange(2001, mon)[1]
        d = _num(g("rd"))
        if d:
            if not 1 <= d <= 31:
                return None
            day = min(d, last)
        elif g("rx") in ("上旬", "中旬", "初"):
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
    if m.group("nm") == "次" and m.group("nmd"):
        rrule = next_month_round(m)
        if rrule is None:
            return None
        first = first_after(rrule, issued) if issued else None
        return Resolved("rec", first, "day", rrule, first.year if first else None)
    if not m.group("Y") and not any(m.group("m", "md", "ymd", "half", "q", "heat", "fest", "ye2", "tm", "dd", "nm", "bm", "wk")):
        return None  # a lone 前/到 or a number that did not become a date
    return _resolve_date(m, issued, ctx_year)
