"""A named day, week or month stated: what the calendar calls a date, no duty of anyone.

A notice or a news item often opens by saying what a date is ("今年5月12日是全国第十个“防灾减灾日”",
"2027年5月15日是第三十七次全国助残日", "每年7月7日为全省人民防空警报试鸣日", "6月11日至17日为全国节能
宣传周"). Its date names the day, not when anyone must act; the duties, if any, come after it with their
own dates or bound by it. A sentence that also asks something (组织, 开展, 要, 请, …前) keeps its duty
("11月9日为全国消防日，组织开展消防安全教育活动"); one that only says why the plan is written
("…，根据上级要求，结合我市实际，制定本方案") asks nothing.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# The date opening a clause, then what it is: a named day, festival, week or month.
DAY_NAMED = rule(
    "day_named",
    r"(?:(?<=[,;。:])|^)(?:[一二三四五六七八九十]+、)?(?:今年|明年|(?:19|20)\d{2}年|每年的?)?\d{1,2}月(?:\d{1,2}日)?"
    r"(?:(?:至|到|-|—|~)(?:\d{1,2}月)?\d{1,2}日)?(?:是|为|定为|确定为)"
    r"(?![^,;。:]*?(?:截止|结束|报名|申报|报送))[^,;。:是为]{0,20}?(?:日|节|宣传周|活动周|宣传月|活动月|安全月)”?(?=[,;。]|$)",
    "not_due",
    [("今年5月12日是全国第十个“防灾减灾日”，根据上级要求，制定本方案。", ["今年5月12日是全国第十个“防灾减灾日”"]),
     ("每年7月7日为全省人民防空警报试鸣日。", ["每年7月7日为全省人民防空警报试鸣日"]),
     ("经研究,6月11日至17日为全市节能宣传周。", ["6月11日至17日为全市节能宣传周"]),
     ("5月31日为报名截止日。", []), ("各单位于5月31日前报送名单。", []), ("报名时间为5月1日至5月31日。", [])],
    doc="Searched in a sentence; the clauses after the match decide whether it asks anything.",
)

# What the rest of the sentence asks: a request, a modal, a work verb, a due date. A purpose clause
# ("根据…的要求", "结合…实际", "制定本方案") asks nothing of anyone and is read past.
_PURPOSE = re.compile(r"根据[^,;。]*?(?:要求|精神|规定|部署|安排)|结合[^,;。]*?实际|制定本[^,;。]{0,6}?方案|特制定[^,;。]{0,6}")
_ASKS = re.compile(r"请|要求|须|务必|要|应|组织|开展|举办|举行|做好|报送|上报|提交|完成|截止|(?:日|月|旬|底|末)(?:以|之)?前")


def day_named(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` the statement of a named day, week or month (``DAY_NAMED``),
    asking nothing else of anyone?"""
    m = DAY_NAMED.pattern.search(para, start, end)
    if m is None or m.start() != start and para[m.start() - 1] not in ",;:":
        return False
    rest = _PURPOSE.sub("", para[start:m.start()] + "," + para[m.end():end])
    return _ASKS.search(rest) is None
