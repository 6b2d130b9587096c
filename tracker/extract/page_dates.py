"""The year a web page was posted, read from its posting line or news byline.

A page with no issue date often still says when it was posted ("发布时间:2026-03-06 17:09",
"2019-12-24 08:00:00 来源:某市人民政府", "發布時間:2016-05-19   作者:admin"). That day is never
the issue date; its year is only the last year a year-less deadline can take, and a festival
named with no year ("春节前") is the next one after it.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.rules import rule, search_in_lines
from tracker.festivals import FESTIVAL_STEMS

# (A portal's field may write the day with slashes: "上载日期:2026/11/30 15:18:24".)
_DAY = r"(?P<{}>(?:19|20)\d{{2}})(?:-\d{{1,2}}-\d{{1,2}}|/\d{{1,2}}/\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
# A mirror's pinyin gloss after a character ("發(fā)布時間").
_GLOSS = r"(?:\([a-zA-Z\u00e0-\u01dc]{1,8}\))?"
# Words of a byline that follow a posting date on its line.
_BYLINE = r"(?:信息来源|来源|來源|作者|责任编辑|責任編輯|编辑|編輯|浏览|瀏覽|阅读|閱讀|点击|點擊|发布机构)"

# A posting field ("发布时间:…", a byline "来源:X 作者:Y 2017-05-18 22:16:28") whose date
# ends its line, has a clock time or a byline after it; or a line opened by the date and
# followed by a byline ("2018年04月08日 来源:…"). A crawl date ("今天是:…") is neither.
POSTED = rule(
    "posted_date",
    r"^[ \t]*(?:(?:(?:[发發]" + _GLOSS + r"[布表]|更新|上[载传載傳])?(?:[时時]" + _GLOSS + r"[间間]|日期)[ \t]*[:：][ \t]*|来源[:：][^\n]{0,40}?"
    r"|[^\n]{0,40}?[ \t](?:[发發]" + _GLOSS + r"布|更新)(?:[时時]" + _GLOSS + r"[间間]|日期)[ \t]*[:：][ \t]*)"
    + _DAY.format("y")
    + r"(?:[ \t]+\d{1,2}:\d{2}|[ \t]*$|[ \t]*" + _BYLINE + r")"
    + r"|" + _DAY.format("lead") + r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*" + _BYLINE + r"[ \t]*[:：]"
    # A news aggregator's line of day, month and year with a clock time ("19.07.2026  03:01").
    + r"|(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<ey>(?:19|20)\d{2})[ \t]+\d{1,2}:\d{2}[ \t]*$"
    # A line holding only a date and its clock time, perhaps after a count of views or comments
    # ("2013年09月16日 17:21", "0 2022-08-04 10:16:22", a bulleted "• 2016-11-18 17:30"); an e-paper's
    # reading bar ("2020年3月31日 放大 缩小").
    + r"|(?:\d{1,7}[ \t]+|[•·▪][ \t]*)?" + _DAY.format("only") + r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$"
    + r"|[^\n]{0,24}?" + _DAY.format("bar") + r"[ \t]+放大[ \t]+缩小"
    # A forum post's byline with its clock time ("某网友 发表于 2026-1-31 08:35:05 | 显示全部楼层").
    + r"|[^\n]{0,40}?[发發]表于[ \t]*" + _DAY.format("forum") + r"[ \t]+\d{1,2}:\d{2}"
    # A news site's headline line ending in the posting time and its source ("…施工2026年02月24日14:34 | 来源:").
    + r"|[^\n]{0,80}?" + _DAY.format("inline") + r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t|]*[来來]" + _GLOSS + r"源[:：])",
    "posted",
    [("某县整治取得成效\n发布时间:2026-03-06 17:09\n浏览次数:114", ["发布时间:2026-03-06 17:09"]),
     ("发布时间:2026-04-19 来源:某旗委组织部 打印本页", ["发布时间:2026-04-19 来源"]),
     ("發布時間:2026-05-19           作者:admin", ["發布時間:2026-05-19           作者"]),
     ("来源: 某乡 某某    信息时间:2026-03-20     阅读次数:", ["来源: 某乡 某某    信息时间:2026-03-20     阅读"]),
     ("發(fā)布時間:2026-05-19           作者:admin", ["發(fā)布時間:2026-05-19           作者"]),
     ("2026-12-24 08:00:00 来源:某市人民政府 作者:消息", ["2026-12-24 08:00:00 来源:"]),
     ("2026年04月08日 来源:某某新闻网", ["2026年04月08日 来源:"]),
     ("来源:某县政府办 作者:某某 2026-05-18 22:16:28", ["来源:某县政府办 作者:某某 2026-05-18 22:16"]),
     ("时间:2026-03-06\n", ["时间:2026-03-06"]),
     ("上载日期:2026/11/30 15:18:24 来源:某县民政局", ["上载日期:2026/11/30 15:18"]),
     ("发表日期:2026/9/24 10:45:53 出处:本站", ["发表日期:2026/9/24 10:45"]),
     ("某网友 发表于 2026-1-31 08:35:05 | 显示全部楼层", ["某网友 发表于 2026-1-31 08:35"]),
     ("编辑: 某某局 来源: 区民政局 发布时间: 2026-01-20 09:24", ["编辑: 某某局 来源: 区民政局 发布时间: 2026-01-20 09:24"]),
     ("扫描到手机 政策 来源:某某网 发布日期:2026-04-05 16:26 字号:T|T", ["扫描到手机 政策 来源:某某网 发布日期:2026-04-05 16:26"]),
     ("某市开展安全大检查\n19.07.2026  03:01\n本文来源: 某某日报", ["19.07.2026  03:01"]),
     ("2026年09月16日 17:21\n来源:某区政府网", ["2026年09月16日 17:21"]),
     ("某区启动百日行动\n0 2026-08-04 10:16:22\n", ["0 2026-08-04 10:16:22"]),
     ("某县整治拉开序幕\n  • 某某教育\n  • 2026-11-18 17:30\n", ["  • 2026-11-18 17:30"]),
     ("3上一篇  下一篇4 2026年3月31日 放大 缩小 默认", ["3上一篇  下一篇4 2026年3月31日 放大 缩小"]),
     ("某镇环路已立项2026年02月24日14:34 | 来源:某某网", ["某镇环路已立项2026年02月24日14:34 | 来源:"]),
     ("2026年02月24日14:34 | 來(lái)源:某某網", ["2026年02月24日14:34 | 來(lái)源:"]),
     ("今天是:2027-12-06\n", []), ("2027年4月2日前,来源地要完成登记", []), ("增长3.5.2026年", []),
     ("会议定于2026年3月5日 14:30召开", [])],
    value=lambda m: int(next(m.group(k) for k in ("y", "lead", "ey", "only", "bar", "inline", "forum") if m.group(k))),
    on="original", flags=re.M,
)

# Every posting line holds a colon (its field's, its byline's or its clock's) or a reading bar's 缩
# and no match crosses a line break: only lines with one are searched (tests/test_extract_speed_guards.py).
POSTED_MARKS = ":：缩"
# Every posting line also holds its year's first digits (every branch of POSTED reads
# "(?:19|20)" as written): a line of labels and text without is not searched.
POSTED_YEARS = ("19", "20")

_YMD = re.compile(r"((?:19|20)\d{2})(?:-|/|年)(\d{1,2})(?:-|/|月)(\d{1,2})")


def posted_day(text: str) -> date | None:
    """The day ``text`` says its page was posted (1 January of its year when the day is no
    calendar date), or None."""
    m = search_in_lines(POSTED.pattern, text, POSTED_MARKS, POSTED_YEARS)
    if m is None:
        return None
    try:
        if m.group("ey"):
            return date(int(m.group("ey")), int(m.group("mo")), int(m.group("d")))
        # From the posting date's own year on: a byline line may name another date before it.
        k = next(k for k in ("y", "lead", "only", "bar", "inline", "forum") if m.group(k))
        return date(*map(int, _YMD.search(m.string, m.start(k), m.end()).groups()))
    except ValueError:
        return date(POSTED.value(m), 1, 1)


# A page opening with the date of the act that set its duties: a meeting held ("2024年9月13日
# 下午，…主持召开…常务会议。纪要如下") or a document issued, as a 解读 page tells it ("2024年3月28日，
# 某县人民政府印发了《…》的通知"). Its duties date from that act, as a document's from its issue.
OPENING_DATE = rule(
    "opening_date",
    r"^[^\n]{0,4}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:上午|下午|晚)?,"
    r"(?:[^\n。]{0,80}?(?:召开|主持)[^\n。]{0,60}?会议|[^\n。,]{2,40}?(?:印发|出台|下发)了?《)",
    "opening",
    [("2027年9月13日下午，副区长某某同志在区政府会议室主持召开区政府常务会议。纪要如下：",
      ["2027年9月13日下午,副区长某某同志在区政府会议室主持召开区政府常务会议"]),
     ("2027年3月5日，县政府召开专题会议，部署整改工作。", ["2027年3月5日,县政府召开专题会议"]),
     ("2027年3月28日，某县人民政府印发了《关于某某方案的通知》，现解读如下：", ["2027年3月28日,某县人民政府印发了《"]),
     ("各单位要在2027年3月5日前召开动员会议。", []),
     ("会议强调，2027年3月5日前召开会议。", []),
     ("2027年3月5日，各单位已完成自查，将于月底前印发《整改清单》。", [])],
    value=lambda m: (int(m.group(1)), int(m.group(2)), int(m.group(3))),
)


def opening_date(body_norm: str) -> date | None:
    """The date of the meeting or the issuing that ``body_norm`` (normalized) opens with, or None."""
    m = OPENING_DATE.pattern.match(body_norm)
    if m is None:
        return None
    try:
        return date(*OPENING_DATE.value(m))
    except ValueError:
        return None  # not a calendar date


# A text whose years a template site or a copy masked ("20xx年", "201*年", "**年度", "于年2月7日"
# with the digits left out): the page's posting year is not the document's, year-less dates are
# then of no known year.
MASKED_YEARS = rule(
    "masked_years",
    # (A masked year also reads "关于年春节…的通知": 年 glued to a festival's name.)
    r"(?:19|20)\d?[*xX×]{1,2}年|[*xX×_]{2,4}年|(?:^|(?<=[于为在至到:,、(\n]))年(?=(?:1[0-2]|0?[1-9])月|(?:"
    + FESTIVAL_STEMS + r")节?)",
    "masked",
    [("20xx年底各社区达到创建标准", ["20xx年"]), ("严格执行**年度安全生产责任制", ["**年"]),
     ("某镇关于年春节文化活动的通知", ["年"]), ("关于年度考核的通知", []),
     ("请于201*年1月16日前报送", ["201*年"]), ("日报时间为年1月24日-2月11日", ["年"]),
     ("请于年底前完成", []), ("2027年1月16日前报送", []), ("每年2月报送", [])],
)


def masks_years(text_norm: str) -> bool:
    """Does ``text_norm`` (normalized) mask its years (``MASKED_YEARS``)?"""
    return "年" in text_norm and MASKED_YEARS.pattern.search(text_norm) is not None
