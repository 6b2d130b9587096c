"""The eve of a holiday a notice announces: "放假前" is due the day before its first day off.

A holiday notice states the days off ("4月3日至5日放假，共3天", "2027年春节放假调休共8天（2月10日
除夕至2月17日）", "5月1日、2日、3日为法定假日") and asks for work before them ("各部门要在放假前开展
一次安全检查"). The clerk enters the day before the first day off. Only the first holiday the
text states is read: a later one ("元宵节放假一天") is another day, not the one the notice is about.

The holiday's span is also a window of the window stage (task_window.py): the duties a notice
hands out for the days off ("放假期间，各单位要安排好值班…") are due on the last day off.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.cn_numerals import cn_to_int
from tracker.deadlines import Deadline, parse_deadline
from tracker.extract.dated import Hit
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule
from tracker.festivals import FESTIVAL_STEMS, festival_day
from tracker.extract.task_spell import window_end

_D, _M, _Y = r"3[01]|[12]\d|0?[1-9]", r"1[0-2]|0?[1-9]", r"(?:19|20)\d{2}"
# The days off as a span: a weekday or the lunar day in brackets may follow either end
# ("4月3日(星期日)至4月5日(星期二)", "1月27日(除夕)至1月29日(初二)"), words may stand between
# ("2月15日除夕至2月25日正月初十", "1月15日起至3月4日止").
_DAYS_OFF = (rf"(?:(?P<y1>{_Y})年)?(?:(?P<m1>{_M})月)?(?P<d1>{_D})日?(?:\([^()]{{1,8}}\))?"
             rf"(?:[^\d,;。:至到~\-—－()]{{0,4}})?(?:至|到|~|-|—|－){{1,2}}"
             rf"(?:(?P<y2>{_Y})年)?(?:(?P<m2>{_M})月)?(?P<d2>{_D})日(?:\([^()]{{1,16}}\))?")
# The span before the word that makes its days a holiday ("10月1日至7日放假调休", "1月19日至3月3日轮休").
HOLIDAY_SPAN = rule(
    "holiday_span",
    # (after a comma, those who have the days off: "10月1日—7日，全体师生员工放假")
    _DAYS_OFF + r"(?:,(?=全体|全校|全院|全市|全县|全区))?[^,;。\n前报交送]{0,8}?(?:放假|轮休|休假|为[寒暑]假)(?!前|之前|期间)",
    "holiday",
    [("2027年10月1日(星期五)至7日(星期四)放假调休,共7天。", ["2027年10月1日(星期五)至7日(星期四)放假"]),
     ("门诊1月27日(除夕)至1月29日(初二)放假;", ["1月27日(除夕)至1月29日(初二)放假"]),
     ("1月19日至3月3日轮休,3月4日起正式上班", ["1月19日至3月3日轮休"]),
     ("10月1日—7日,全体师生员工放假;", ["10月1日—7日,全体师生员工放假"]), ("5月1日至3日,请各单位放假前自查", []),
     ("请于4月1日至3日报送放假期间的值班表", []), ("4月2日放假一天", [])],
    doc="Searched in the whole text of a document that names 放假; each match is a holiday.",
)
# The span after a label or the holiday's name ("放假时间为2月11日至17日", "寒假从1月15日起至3月4日止",
# "春节放假调休共9天(2月10日除夕至2月18日)").
HOLIDAY_TIME = rule(
    "holiday_time",
    r"(?:放假|[寒暑]假)(?:时间|调休|安排)?(?:[^,;。\n前]{0,10}?)" + _DAYS_OFF,
    "holiday",
    [("2027年春节放假时间为2月11日至17日,共7天。", ["放假时间为2月11日至17日"]),
     ("我校寒假从1月15日起至3月4日止。", ["寒假从1月15日起至3月4日"]),
     ("春节放假调休共9天(2月10日除夕至2月18日正月初九)", ["放假调休共9天(2月10日除夕至2月18日"]),
     ("放假前于4月1日至3日完成自查", [])],
)
# More holidays than a notice is about: a year's calendar ("元旦…春节…清明节…"), whose "节假日期间"
# is each of them in turn, binds no duty to one of them.
_MANY = 2

# The first day off, before the word that says the days are a holiday, or after a label naming
# the holiday's time. A day with 前 or a hand-in verb between is a due date of its own.
HOLIDAY_START = rule(
    "holiday_start",
    # (A page may have lost the 年 of the year: "学生自20271月22日开始放假".)
    r"(?P<d>(?:(?:19|20)\d{2}年?)?\d{1,2}月\d{1,2}日)(?:\([^()]{1,8}\))?[^。;\n前报交送班]{0,24}?"
    r"(?:放假(?!前|之前|期间)|轮休(?!前|之前|期间)|为[^,;。]{0,6}?(?:法定)?节?假日)"
    r"|放假(?:时间|调休|安排)(?:[^。;\n]{0,16}?|[^。;\n]{0,4}\n[^。;\n\d]{0,4}?)(?P<e>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"
    r"|[寒暑]假(?:时间)?(?:从|自|为)(?P<b>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"  # "寒假从1月15日起至3月4日止"
    r"|(?P<c>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[^。;,\n前报交送]{0,12}?为[寒暑]假",  # "1月17日-2月27日为寒假"
    "holiday",
    [("一、4月3日至5日放假，共3天。", ["4月3日至5日放假"]),
     ("2027年春节放假调休共8天（2月10日除夕至2月17日），2月18日上班。", ["放假调休共8天(2月10日"]),
     ("其中，5月1日、2日、3日为法定假日", ["5月1日、2日、3日为法定假日"]), ("我校寒假从1月15日起至3月4日止。", ["寒假从1月15日"]),
     ("1月8日-1月14日为考试周，1月15日-2月25日为寒假。", ["1月15日-2月25日为寒假"]),
     # a rota break; days at work before it are none of its days off; a lost 年; a label on its own line
     ("1月17日、18日正常上班,1月19日至3月3日轮休", ["1月19日至3月3日轮休"]),
     ("学生自20271月22日(周四)开始放假", ["20271月22日(周四)开始放假"]),
     ("1.学生放假安排\n从2027年1月9日至3月3日止。", ["放假安排\n从2027年1月9日"]),
     ("各部门于4月2日前报送放假期间值班表", []), ("请于9月28日将值班表报办公室，放假期间保持通讯畅通", [])],
    doc="Searched once in a document that names 放假; the first match gives the first day off.",
)

_EVE = re.compile(r"(?:放假|[寒暑]假|假期|节|节日|节假日|离校)(?:之|以)?前$")  # "在学生离校前", "在放假离校前": the first day off's eve
# Whole days before the first day off ("放假前3天向值班室报备值班表"); working days are not counted here.
_DAYS_AHEAD = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:天|日)(?!内)")

# A festival's holiday named with no day off stated ("现将我县学校清明节放假的具体事项通知如下"; the
# page may have lost the dates): the festival's own day is the first day off.
HOLIDAY_NAMED = rule(
    "holiday_named",
    rf"(?P<f>{FESTIVAL_STEMS})节?(?:假期)?放假",
    "holiday",
    [("现将学校清明节放假的具体事项通知如下", ["清明节放假"]), ("关于2027年春节放假安排的通知", ["春节放假"]),
     ("放假期间做好值班", [])],
)
# A festival a notice is about, named with no holiday ("做好国庆节期间学校安全保卫工作"): "节前" is its eve.
FESTIVAL_TIME = rule(
    "festival_time",
    rf"(?P<f>{FESTIVAL_STEMS})节?(?:假期|期间|节日)",
    "holiday",
    [("现就做好国庆节期间学校安全保卫工作通知如下", ["国庆节期间"]), ("元旦假期将至", ["元旦假期"]),
     ("春节前完成", [])],
)


_BREAK = re.compile(r"[暑寒][期假]")


def _names_break(text_norm: str) -> bool:
    """Does ``text_norm`` name a school break? (Two one-character finds first: the class
    search tests every character of a whole body, and most name none.)"""
    return ("暑" in text_norm or "寒" in text_norm) and _BREAK.search(text_norm) is not None


def holiday_start(text_norm: str, ref: date | None) -> date | None:
    """The first day off of the first holiday ``text_norm`` states, read against ``ref`` (the
    festival's day when the text names the festival's holiday but no day off)."""
    if ref is None:
        return None
    m = HOLIDAY_START.pattern.search(text_norm)
    if m is None:
        # A school's summer or winter break is another holiday: its eve stays undated.
        named = (HOLIDAY_NAMED.pattern.search(text_norm) or FESTIVAL_TIME.pattern.search(text_norm)) \
            if not _names_break(text_norm) else None
        return festival_day(named.group("f"), ref.year) if named else None
    dl = parse_deadline(m.group("d") or m.group("e") or m.group("b") or m.group("c"), ref)
    return dl.date if dl is not None else None


def on_eve(hits: list[Hit], first_day: date | None) -> list[Hit]:
    """``hits`` with each undated "放假前" ("节前", "节日前") due the day before ``first_day``, the
    holiday's first day off ("放假前3天": that many days before it).
    The phrase keeps its precision (relative to an event): a check before the holiday and a roster
    handed in by a date of the same day stay two duties."""
    if first_day is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is None and dl.recurrence is None and _EVE.search(dl.text):
            ahead = _DAYS_AHEAD.match(h._src, h.end) if h._src else None  # "放假前3天": three days before
            days = (cn_to_int(ahead.group(1)) or 1) if ahead else 1
            h = Hit(h.start, h.end, Deadline(first_day - timedelta(days=days), dl.precision, None, dl.text),
                    h._clause, h._src, h._display)
        out.append(h)
    return out


def holiday_windows(nt, ref: date | None, dated: bool, year_told: bool = False) -> list[tuple[date, re.Match]]:
    """(last day off, span) of each holiday the text states as a span of days, in text order;
    none when it states more than a notice is about, or when a span's last day cannot be told
    (no year on a page with no issue date that states none: ``year_told``, see window_end)."""
    s = nt.norm
    if "放假" not in s and not _names_break(s):
        return []
    found = {}
    for r in (HOLIDAY_SPAN, HOLIDAY_TIME):
        for w in r.spans(s):
            m = r.pattern.match(s, w.start, w.end)
            found.setdefault(m.start("d1"), m)
    if not found or len(found) > _MANY:
        return []
    out = []
    for _, m in sorted(found.items()):
        due = window_end(m, ref, dated, year_told)
        if due is None:
            return []
        out.append((due, m))
    return out


_DAYS_OFF_WORDS = re.compile(alternation(lexicon().holiday_time))
# A duty due before the days off ("假期前各科室要组织一次安全大检查"): the eve's, not the holiday's.
_BEFORE = re.compile(r"(?:放假|节|節|节日|節日|节假日|假期|离校)(?:之|以)?前")
# The purpose a duty ends with ("…，确保春节期间医院安全") names the days off without working in them;
# after a modal the same word is the duty itself ("值班人员应保证放假期间通讯畅通").
_PURPOSE = re.compile(r"(?<![应要须需必])(?:确保|確保|保证|保證)")


def for_days_off(s: str, a: int, b: int, pa: int | None = None, dated=None) -> bool:
    """Is the duty at ``s[a:b]`` one for the days off: its sentence names them before its
    purpose ("放假期间，各单位要…", "各部门要安排好值班人员"), and it is not due before them?

    With ``pa`` (the start of its paragraph) an undated sentence before it in the paragraph
    may name them instead: an item's heading or first duty states the days off once and the
    duties of other doers follow ("三、假期工作。后勤处要做好…。保卫处要做好校园安全保卫工作");
    ``dated(x, y)`` tells the sentences due on a day of their own (a roster to hand in), which name
    no days off for the sentences after them."""
    if _BEFORE.search(s, a, b):
        return False
    start = max(s.rfind("。", 0, a), s.rfind("\n", 0, a), s.rfind(";", 0, a)) + 1
    # (or the duty's own clause after the purpose its sentence opens with: "为确保…平安过节，各部门要做好值班")
    if _names_days_off(s, start, b) or start < a and _names_days_off(s, a, b):
        return True
    if pa is None or pa >= start:
        return False
    return any(_names_days_off(s, x.start(), x.end(), _CONTEXT_WORDS) and not _BEFORE.search(s, x.start(), x.end())
               and not (dated and dated(x.start(), x.end())) for x in _PART.finditer(s, pa, start))


# A sentence or a clause of a list of duties ("…；…。")
_PART = re.compile(r"[^。;\n]+")
# The words by which a sentence before a duty names the days off for it: not the festival
# itself ("春节是传统节日。各单位要大扫除，迎接新春": the cleaning readies the festival).
_CONTEXT_WORDS = re.compile(alternation([w for w in lexicon().holiday_time if w not in ("节日", "節日")]))


def _names_days_off(s: str, a: int, b: int, words: re.Pattern = _DAYS_OFF_WORDS) -> bool:
    """Does ``s[a:b]`` name the days off (by ``words``) before the purpose it may end with?"""
    purpose = _PURPOSE.search(s, a, b)
    return words.search(s, a, purpose.start() if purpose else b) is not None
