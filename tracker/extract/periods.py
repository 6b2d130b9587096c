"""The document's own time: the year it names as its present, and a period counted from a
start it states once.

A document with no issue date reads its year-less dates against the year its text names as
its own (rule stated_year).

An 意见 or 方案 may fix its span in its goals ("2012年起5年内，…", "从2025年起，用3年时间…")
and then give its items the bare length ("5年内引进…", "3年内建成…"). Those lengths count
from the stated start: "N年内" is due at the end of the start year plus N - 1. A length
relative to an event ("自收到之日起5年内", "取得资格后3年内") stays relative.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.cn_numerals import cn_to_int
from tracker.deadlines import parse_deadline
from tracker.festivals import FESTIVAL_BEFORE
from tracker.extract.dated import Hit
from tracker.extract.normalize import norm
from tracker.extract.rules import rule, search_from_anchor
from tracker.extract.weekday_year import weekday_year

_N = r"\d{1,2}|[一二两三四五六七八九十]{1,2}"

PERIOD_START = rule(
    "period_start",
    rf"(?:从|自)?(?P<y>(?:19|20)\d{{2}})年(?:起|开始)(?:,|,?用)?(?P<n>{_N})年(?:时间|内|之内)",
    "start",
    [("2027年起5年内，重点引进和培养高层次人才", ["2027年起5年内"]),
     ("从2027年起，用三年时间，基本建成", ["从2027年起,用三年时间"]),
     ("2027年起施行", []), ("自2027年起，每年12月底前报送", [])],
    value=lambda m: (int(m.group("y")), m.group("n")),
    doc="A start year with the length of the period it opens.",
)
# The bare length in an item, or the statement itself ("2027年起5年内", read from its own year).
_LENGTH = re.compile(rf"^(?:(?P<y>(?:19|20)\d{{2}})年)?起?(?P<n>{_N})年(?:内|以内|之内)$")


def period_start(text_norm: str) -> int | None:
    """The start year a document states for its period, or None."""
    # Every match holds 年起 or 年开始 at most five characters in ("从2027年起").
    m = search_from_anchor(PERIOD_START.pattern, text_norm, ("年起", "年开始"), 5)
    return int(m.group("y")) if m else None


def counted(hits: list[Hit], start_year: int | None) -> list[Hit]:
    """``hits`` with each bare "N年内" counted from ``start_year`` (unchanged when None)."""
    if start_year is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        m = _LENGTH.match(norm(dl.text)) if dl.date is None and dl.precision == "relative" else None
        n = cn_to_int(m.group("n")) if m else None
        if n:
            year = int(m.group("y")) if m.group("y") else start_year
            dl = replace(dl, date=date(year + n - 1, 12, 31), precision="year")
            h = Hit(h.start, h.end, dl, h._clause, h._src, h._display)
        out.append(h)
    return out


# A festival named with no year ("春节前", "“十一”前", "元旦前").
_FESTIVAL = re.compile(rf"^(?:{FESTIVAL_BEFORE})")


def after_posting(hits: list[Hit], posted: date | None) -> list[Hit]:
    """``hits`` with each festival named with no year and read as one gone by ``posted`` (the
    day a page with no issue date was posted) moved to the next such festival: a news item
    posted on 24 December that asks for work "春节前" means the coming new year."""
    if posted is None:
        return hits
    out = []
    for h in hits:
        dl = h.deadline
        if dl.date is not None and dl.date < posted and dl.recurrence is None and _FESTIVAL.match(norm(dl.text)):
            moved = parse_deadline(dl.text, posted)
            if moved is not None and moved.date is not None:
                h = Hit(h.start, h.end, moved, h._clause, h._src, h._display)
        out.append(h)
    return out


# A year the text names as its own present ("2005年环保专项行动", "做好2021年春节期间…"),
# not a target (到2025年底, 到2029年), the end of a plan's span (2027—2029年), a start
# (2003年以来, 自2004年开始), a year whose work is done (2026年已达标的) or part of a number.
STATED_YEAR = rule(
    "stated_year",
    r"((?:19|20)\d{2})(?<![\d\[.]\d{4})(?<![-—–~到至]\d{4})年(?:(?=\d{1,2}月\d{1,2}日)|(?!\d|以来|以前|之前|前|底|末|内|起|开始|至|到|-|已))",
    "year",
    [("开展2009年农村环境整治专项行动", ["2009年"]),
     ("活动时间:2011年3月1日至3月20日", ["2011年"]),
     ("自2003年以来，到2010年底前全部完成", []),
     ("自2004年开始，某省已连续20年征集民生实事", []),
     ("对2026年已达标的街道开展复查", []),
     ("〔2012〕5号文件要求2012年全面推开", ["2012年"]),
     ("三年行动方案(2027—2029年)：2027年，新建基站600个；到2029年，累计建成3000个", ["2027年"])],
    value=lambda m: int(m.group(1)),
)


# A school term the text names ("2020-2021学年第二学期校历"): the first term runs from the
# autumn of the first year, the second from the spring of the next; a school's calendar with
# no issue date is read in the year its term begins, whatever other years it names.
SCHOOL_TERM = rule(
    "school_term",
    r"((?:19|20)\d{2})(?:年|学年)?[-—–~至到]((?:19|20)\d{2})学年(?:度)?(?:第)?([一二12上下])学期",
    "year",
    [("某中学2027-2028学年第二学期校历", ["2027-2028学年第二学期"]),
     ("2027—2028学年度第一学期工作计划", ["2027—2028学年度第一学期"]),
     ("2027-2028学年下学期", ["2027-2028学年下学期"]),
     ("2027年秋季学期", [])],
    value=lambda m: int(m.group(2) if m.group(3) in "二2下" else m.group(1)),
)


# A full date written with its year ("2005年8月底以前"), not a target (到2025年6月底).
_DATED_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})年\d{1,2}月")
# A full date closed by 前, a duty's due date ("2009年6月底前", "2028年3月15日以前").
_DUE_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日|底|末|上旬|中旬|下旬)?(?:以前|之前|前)")
# The year of a signature line that names no day ("二〇〇八年七月"): the document's own year.
_SIGNED_YEAR = re.compile(r"^(\d{4}|[〇○零O0一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$", re.M)
# A page field's ISO date ("截止:2019-06-18", a consultation's closing day): a year of the
# page's own time when its text names none (a portal's posting time is removed as furniture).
_FIELD_DATE = re.compile(r"^[^\s:|]{1,8}:\|?((?:19|20)\d{2})-\d{1,2}-\d{1,2}\|?$", re.M)
# The year of a document it cites by number ("根据…(昆政发〔2016〕13号)"): the last resort.
_CITED_YEAR = re.compile(r"\[((?:19|20)\d{2})\]\d{1,5}号")
# A year in Chinese numerals naming what a title issues ("关于印发二○一一年…提纲的通知"); a far
# target year of a plan ("二○三五年远景目标") names no present.
_CN_YEAR = re.compile(r"(?:印发|转发|关于)[^\n,;。]{0,12}?(?<![〇○零一二三四五六七八九])"
                      r"([一二][〇○零一二三四五六七八九]{3})年(?!远景)")


def reference_date(text_norm: str) -> date | None:
    """The date year-less deadlines of a document with no issue date are read against:
    1 January of the year the weekdays written beside its days fix (``weekday_year``, near the
    year found as follows), else of the year found as follows (``_text_year``), or None.
    Never before the year of the latest document the text cites by number: a notice is issued
    after what it cites ("2026年…项目验收…根据…[2027]59号…请于10月20日前" is read in 2027)."""
    found = _text_year(text_norm)
    fixed = weekday_year(text_norm, found.year if found else None)
    found = date(fixed, 1, 1) if fixed else found
    cited = max((int(y) for y in _CITED_YEAR.findall(text_norm)), default=None)
    return date(cited, 1, 1) if found is not None and cited is not None and cited > found.year else found


def _text_year(text_norm: str) -> date | None:
    """1 January of the year its school term begins in ("2020-2021学年第二学期": 2021), else of
    the year its text names most often as its own (the latest of equals),
    else of the year its dated duties most often name ("2005年8月底以前…；9月底前…"),
    else of its signature line ("二〇〇八年七月"), else of a page field's date ("截止:2019-06-18"),
    else of the latest document it cites by number, else of a year in Chinese numerals, or None."""
    term = SCHOOL_TERM.spans(text_norm)
    if term:
        return date(term[0].value, 1, 1)
    counts: dict[int, int] = {}
    for span in STATED_YEAR.spans(text_norm):
        counts[span.value] = counts.get(span.value, 0) + 1
    # A duty dated with its year ("―2009年6月底前，成立…") names the year of the work, as a stated
    # year does: a timeline going on with year-less dates ("―8月20日前，…") stays in it.
    for m in _DUE_YEAR.finditer(text_norm):
        y = int(m.group(1))
        counts[y] = counts.get(y, 0) + 1
    if not counts:
        for m in _DATED_YEAR.finditer(text_norm):
            y = int(m.group(1))
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        signed = _SIGNED_YEAR.findall(text_norm)
        y = signed and (int(signed[-1]) if signed[-1].isdigit() else cn_to_int(signed[-1].replace("0", "〇")))
        if y and 1900 <= y <= 2100:
            return date(y, 1, 1)
        fields = _FIELD_DATE.findall(text_norm)
        if fields:
            return date(int(fields[0]), 1, 1)
        years = [int(y) for y in _CITED_YEAR.findall(text_norm)]
        if not years:  # the last resort
            years = [y for y in (cn_to_int(m.replace("○", "〇")) for m in _CN_YEAR.findall(text_norm))
                     if y and 1900 <= y <= 2100]
        return date(max(years), 1, 1) if years else None
    own = LAUNCHED_YEAR.pattern.search(text_norm)  # the year of the work the notice launches, if the text names it
    own_year = int(own.group(1)) if own else None
    year = own_year if own_year in counts else max(counts, key=lambda y: (counts[y], y))
    return date(year, 1, 1)


# The year of the work a notice launches ("经研究，决定开展2027年企业技术中心认定工作", "启动2027年度…申报工作"):
# its own year, whatever past years it names more often ("2026年暂缓复评的…", "2026年未通过…的").
LAUNCHED_YEAR = rule(
    "launched_year",
    r"(?:决定|现就|现将|启动|组织)(?:开展|做好|组织)?((?:19|20)\d{2})年(?:度)?[^,;。]{2,30}?(?:工作|活动|申报|认定|评选)",
    "year",
    [("经研究，决定开展2027年市级企业技术中心认定和复评工作。", ["决定开展2027年市级企业技术中心认定"]),
     ("现启动2027年度省级工业设计中心申报工作。", ["启动2027年度省级工业设计中心申报"]),
     ("2026年暂缓复评的企业技术中心", [])],
    value=lambda m: int(m.group(1)),
)
