"""The start of a recurring duty ("从2022年3月起，每月25日前报送…", "从第二季度起，每季度…"):
its first due date is the first one on or after the start, not after the issue date."""

from __future__ import annotations

from datetime import date

from tracker.extract.rules import rule

_QUARTER_MONTH = {"一": 1, "1": 1, "二": 4, "2": 4, "三": 7, "3": 7, "四": 10, "4": 10}
RECURRENCE_START = rule(
    "recurrence_start",
    r"(?:从|自)?(?:(?<!\d)(?P<y>(?:19|20)\d{2})年|今年|本年)?(?:(?<!\d)(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})日|上旬|初)?"
    r"|第?(?P<q>[一二三四1-4])季度)?"
    r"(?:起|开始)(?!施行|执行|实施|生效)",
    "start",
    [("从2026年3月起，每月10日前报送进展", ["从2026年3月起"]),
     ("2027年起，每年1月底前完成上述工作", ["2027年起"]),
     ("自2027年7月1日开始，每季度末通报", ["自2027年7月1日开始"]),
     ("从2027年第二季度起，各单位要在每个季度第1个月的20日前报送", ["从2027年第二季度起"]),
     # No year: the month or quarter of the year the document is read in.
     ("从第二季度起，每季度第1个月的10日前报送", ["从第二季度起"]),
     ("自5月起，每月25日前报送", ["自5月起"]),
     # The first days of a month ("5月上旬起"), this year's month: the month's start.
     ("从5月上旬起至全年工作结束，每月5日报送一次", ["从5月上旬起"]),
     ("自今年4月起，每月10日前报送", ["自今年4月起"]),
     ("自4月份开始每月8日前报送上月数据", ["自4月份开始"]),
     ("2026年3月起施行", []), ("各单位要立即行动起来", [])],
    value=lambda m: (int(m.group("y")) if m.group("y") else None,
                     int(m.group("m")) if m.group("m") else _QUARTER_MONTH.get(m.group("q"), 1),
                     int(m.group("d") or 1)),
    when=lambda m: bool(m.group("y") or m.group("m") or m.group("q")),
)
START_BACK = 40  # how far before the recurring phrase its start may stand
_LIST_BACK = 120  # how far before it a start may govern a list of recurring duties


def recurrence_start(text_norm: str, start: int, issued: date | None) -> date | None:
    """The start stated before a recurring phrase in the same sentence, if any (a start
    with no year, "从第二季度起", is in the year of ``issued``). Farther back, a start
    governs the sentence's list of recurring duties ("从2027年4月起，上报时间调整为：县每月28日前
    上报，市每月30日前上报"): each one after it starts then."""
    sentence = text_norm.rfind("。", 0, start) + 1
    lo = max(0, start - START_BACK, sentence)
    window = text_norm[max(0, start - _LIST_BACK, sentence):start]
    if "起" not in window and "开始" not in window:
        return None  # (most recurring phrases: no start stated)
    spans = RECURRENCE_START.spans(text_norm, lo, start)
    if not spans:
        far = RECURRENCE_START.spans(text_norm, max(0, start - _LIST_BACK, sentence), lo)
        spans = [s for s in far if "每" in text_norm[s.end:start]]
    if not spans:
        return None
    year, month, day = spans[-1].value
    if year is None:
        if issued is None:
            return None
        year = issued.year
    try:
        return date(year, month, day)
    except ValueError:
        return None  # not a calendar date (2月30日)


# A reporting system started on a stated day ("自今年4月19日起，实行全国…建设进展周报制度"): the
# document's later daily, weekly or monthly reports are its reports, due from that day on.
SYSTEM_START = rule(
    "system_start",
    r"(?:从|自)(?:(?P<y>(?:19|20)\d{2})年|今年|本年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?(?:起|开始),?"
    r"[^。;]{0,12}?(?:实行|建立|实施|启动)[^。;]{0,40}?(?P<u>[日周月])报(?:告)?制度",
    "start",
    [("自今年4月19日起，实行全国城市地下综合管廊建设进展周报制度", ["自今年4月19日起,实行全国城市地下综合管廊建设进展周报制度"]),
     ("从2027年5月起，建立项目进度月报制度", ["从2027年5月起,建立项目进度月报制度"]),
     ("自2027年5月起施行。各地要建立月报制度", [])],
    value=lambda m: (int(m.group("y")) if m.group("y") else None, int(m.group("m")), int(m.group("d") or 1),
                     {"日": "FREQ=DAILY", "周": "FREQ=WEEKLY", "月": "FREQ=MONTHLY"}[m.group("u")]),
)


def system_start(text_norm: str, ref: date | None) -> tuple[date, str] | None:
    """(start, FREQ=…) of the reporting system ``text_norm`` says it starts, or None (a start
    with no year is in the year of ``ref``)."""
    # Every match ends in "X报制度" or "X报告制度": a text naming neither (most texts that
    # name some 制度) is passed without trying the pattern at each 从 and 自 of it.
    if "报制度" not in text_norm and "报告制度" not in text_norm:
        return None
    m = SYSTEM_START.pattern.search(text_norm)
    if m is None:
        return None
    year, month, day, freq = SYSTEM_START.value(m)
    year = year or (ref.year if ref else None)
    try:
        return (date(year, month, day), freq) if year else None
    except ValueError:
        return None  # not a calendar date


# The day a regulation comes into force ("本制度自2027年5月1日起施行", "《报表制度》自2027年10月起正式
# 执行"): the regulation's recurring duties are due from that day on, whatever their frequency. Read
# only with the year stated; a page with no issue date has no other start to count from.
IN_FORCE = rule(
    "in_force",
    r"(?:自|从)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?起,?(?:正式)?(?:施行|执行|实施|试行)",
    "start",
    [("本制度自2027年5月1日起施行。", ["自2027年5月1日起施行"]),
     ("《报表制度》自2027年10月起正式执行,请认真组织实施", ["自2027年10月起正式执行"]),
     ("本办法自2027年1月1日起试行,有效期两年。", ["自2027年1月1日起试行"]),
     ("自5月1日起施行", []), ("自2027年5月1日起,每月10日前报送", [])],
    value=lambda m: (int(m.group("y")), int(m.group("m")), int(m.group("d") or 1)),
)


def in_force(text_norm: str) -> date | None:
    """The day the regulation ``text_norm`` states it comes into force (its last statement), or None."""
    if "起" not in text_norm:
        return None
    spans = IN_FORCE.spans(text_norm)
    if not spans:
        return None
    try:
        return date(*spans[-1].value)
    except ValueError:
        return None  # not a calendar date

