"""Dates that stamp a page rather than set a due date: a label's date (发文日期), the
issuer's signature run into the text, a news page's time stamp or byline.

A page prints when it was issued or posted next to its text; the day it names is when the
page was made, and no duty falls due then.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# A date that stamps the page rather than sets a due date: after a date label (发文日期,
# 发布时间) or right after the issuer's name in a signature run into the text ("…领导小组
# 2027年9月3日 某某实施方案", "…的批复 某函〔2027〕8号 某某国务院 2027年9月17日"), a day written with its
# year and no due word after it; or before the document number in brackets under a title ("（2027年
# 3月19日 某府办发〔2027〕4号）").
_SIGNER = r"(?:政府|办公室|办公厅|委员会|小组|指挥部|公司|督查室|国务院|[局厅委处部馆])"
DATE_STAMP = rule(
    "date_stamp",
    r"(?:(?:日期|时间):?|" + _SIGNER + ")"
    r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?![前止以之内起,;。:\d])"
    r"|\((?P<b>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日) ?[^()\d]{1,10}[〔\[(]\d{4}[〕\])]\d{1,4}号\)",
    "not_due",
    [("发布机构发文日期2027年05月10日文号", ["日期2027年05月10日"]),
     ("某某国务院 2027年9月17日 |", ["国务院2027年9月17日"]),
     ("（2027年3月19日　某府办发〔2027〕4号）", ["(2027年3月19日 某府办发〔2027〕4号)"]),
     ("（2027年3月19日前报送）", []),
     ("中共某县委某某领导小组2027年9月3日某某实施方案", ["小组2027年9月3日"]),
     ("某某投资(集团)有限公司 2027年4月24日", ["公司2027年4月24日"]),
     ("人事教育处 2027年12月10日 注：登记表背面由各部门填写", ["处2027年12月10日"]),
     ("附件：监测表（格式） 某某部 2027年4月22日", ["部2027年4月22日"]),
     ("县农业局2027年9月3日前完成", []),
     ("各乡镇政府2027年9月3日,完成验收", [])],
    doc="Checked at a day date's own span (group d).",
)

# A page's or a news item's time stamp: a full date and a clock time with no 前 after it
# ("新浪首页 2005年04月11日05:44 时代商报"); "6月20日18:00前" is a due time.
CLOCK_STAMP = rule(
    "clock_stamp",
    r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|以?前|之前)",
    "not_due",
    [("http://www.sina.com.cn2027年04月11日05:44时代商报", ["2027年04月11日05:44"]),
     ("发布于2027年9月2日08:34:10", ["2027年9月2日08:34:10"]),
     ("各市于2027年6月20日18:00前报送自查报告", [])],
    doc="Checked at a day date's own span (group d).",
)


# A news page's byline: the day it was posted, then where it was taken from ("2027年01月27日
# 来源：某省人民政府网站"); not a due date.
SOURCE_STAMP = rule(
    "source_stamp",
    r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日) ?(?:\d{1,2}:\d{2}(?::\d{2})? ?)?\|? ?来源:",
    "not_due",
    [("某某网站 2027年01月27日 来源：某省人民政府网站", ["2027年01月27日 来源:"]),
     ("2027年3月21日 15:35 | 来源：某某在线", ["2027年3月21日 15:35 | 来源:"]),
     ("各市于2027年1月27日前报送来源清单", [])],
    doc="Checked at a day date's own span (group d).",
)


# A full day written in Chinese numerals with a zero sign in its year ("二○一○年九月一日"): the
# signature's style, run into the text of a page that lost its line breaks; due dates are written
# in digits or carry 前.
SIGNED_CN_DAY = rule(
    "signed_cn_day",
    r"[〇○零O一二三四五六七八九]{0,3}[〇○零O][〇○零O一二三四五六七八九]{0,3}年[一二三四五六七八九十]{1,3}月"
    r"[一二三四五六七八九十]{1,3}日(?!以?前|之前)",
    "not_due",
    [("附件：某某安排表（略）二○一○年九月一日", ["二○一○年九月一日"]),
     ("特此通知。二〇二七年三月七日某某方案", ["二〇二七年三月七日"]),
     ("于二〇二七年三月七日前报送", [])],
    doc="Matched at a day date's start.",
)


# A signature giving only the month, or a day the copy cut short, closing its paragraph ("联系人：
# 张某 电话：1234 档案馆 2027年2月", "某某局 某某局 2027年9月20") or run into the title it heads ("某县
# 人民政府督查室 2027年8月19关于印发…的通报"): the page's date, no due month.
SIGNED_MONTH = rule(
    "signed_month",
    _SIGNER + r"(?P<d>(?:19|20)\d{2}年\d{1,2}月)\d{0,2}(?:$|关于)",
    "not_due",
    [("联系人：张某 电话：1234 档案馆 2027年2月", ["馆2027年2月"]),
     ("某市某局某市财政局2027年9月20", ["局2027年9月20"]),
     ("某县人民政府督查室2027年8月19关于印发上半年落实情况的通报", ["督查室2027年8月19关于"]),
     ("县农业局2027年9月底前完成", []), ("各乡镇政府2027年9月完成验收", [])],
    doc="Matched at the end of a paragraph (the text a deadline scan reads) or before the title it heads.",
)


def signed_month(text_norm: str, start: int, end: int) -> bool:
    """Is the month date at ``text_norm[start:end]`` a signature's, closing the text or run into the title it heads?"""
    m = SIGNED_MONTH.pattern.search(text_norm, max(0, start - 6))
    return m is not None and m.start("d") == start and m.end("d") == end


# A cut-off's label ("报送系统的截止时间:2027年7月20日24:00", "截止日期：…17:00"): the date is due,
# whatever stamp its label or its clock time makes it look like.
_CUT_OFF = re.compile(r"截止(?:时间|日期)?[:为是]?$")


def is_date_stamp(text_norm: str, start: int, end: int) -> bool:
    """Is the day date at ``text_norm[start:end]`` a label's or a signature's date, a
    page's time stamp, or a signature's day in Chinese numerals (never a cut-off's date)?"""
    if _CUT_OFF.search(text_norm, max(0, start - 5), start):
        return False
    s = SIGNED_CN_DAY.pattern.match(text_norm, start)
    if s is not None and s.end() == end:
        return True
    m = DATE_STAMP.pattern.search(text_norm, max(0, start - 6), min(len(text_norm), end + 24))
    if m is not None and (m.span("d") == (start, end) or m.span("b") == (start, end)):
        return True
    m = SOURCE_STAMP.pattern.match(text_norm, start)
    if m is not None and m.end("d") == end:
        return True
    c = CLOCK_STAMP.pattern.match(text_norm, start) if text_norm[end:end + 1].isdigit() else None
    return c is not None and c.end("d") == end


# A document's title quoted in a sentence or heading its page ("关于2027年10月份民生实事项目进展情况
# 的通报", "关于印发某市2027年创建工作实施方案的通知"): its date names what the document is about.
TITLE_DATE = rule(
    "title_date",
    r"关于(?P<in>[^,;。:!?《》]{0,40}?)的(?:通知|通报|报告|督办报告|意见|决定|函|批复|请示|公告|通告)",
    "not_due",
    [("关于2027年10月份民生实事项目进展情况的通报", ["关于2027年10月份民生实事项目进展情况的通报"]),
     ("某市人民政府关于印发某市2027年创建工作实施方案的通知", ["关于印发某市2027年创建工作实施方案的通知"]),
     ("请于7月10日前报送关于上半年工作的总结", [])],
    doc="Searched around a date: a date inside group 'in' is the title's.",
)


def in_title(text_norm: str, start: int, end: int) -> bool:
    """Does the date at ``text_norm[start:end]`` lie inside a document's title ("关于…的通知")?"""
    if "关于" not in text_norm[max(0, start - 42):start]:
        return False
    for m in TITLE_DATE.pattern.finditer(text_norm, max(0, start - 42), min(len(text_norm), end + 50)):
        if m.start("in") <= start and end <= m.end("in"):
            return True
    return False
