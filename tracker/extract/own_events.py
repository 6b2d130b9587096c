"""The issuer's own event or call, announced in a notice's purpose sentence: no duty of anyone.

A notice may open by saying why and what its issuer will hold ("为丰富职工文化生活，校工会拟于4月份
开展教职工运动月活动。", "根据上级通知精神，定于9月15日至25日集中开展科普日主题活动。", "为…，某镇将
于6月20日开展“政府开放日”活动，邀请社会各界代表…", "为…，县政协决定自即日起至12月25日向社会公开征集
提案线索。"). Its dates are when the issuer's event is held or its call is open; the duties, if any,
come in the items after it (a stage, a hand-in date), and a campaign's window may bind them. A
purpose sentence that asks someone for something (请…, 要求…, 须…, a due date …前) keeps its duty,
and so does one inside a numbered item of a plan (the item is one of the plan's works).
"""

from __future__ import annotations

import re

from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule

OWN_EVENT = rule(
    "own_event",
    r"(?:为了?|根据|按照|依据)[^。!?]*?(?:将|决定|定于|拟)[^。!?]{0,40}?"
    r"(?:(?:开展|举办|举行|组织)[^。!?,;]{0,40}?活动(?!月)|征集[^。!?,;]{0,20}?(?:线索|建议|意见|作品))",
    "scope",
    [("为丰富教职工的业余文化生活，校工会拟于4月份开展教职工“运动月”系列体育活动与竞赛。",
      ["为丰富教职工的业余文化生活,校工会拟于4月份开展教职工“运动月”系列体育活动"]),
     ("根据上级通知精神，定于9月15日至25日集中开展科普日主题活动。", ["根据上级通知精神,定于9月15日至25日集中开展科普日主题活动"]),
     ("为进一步促进政务公开，某镇将于6月20日开展“政府开放日”活动，邀请社会各界代表走进机关。",
      ["为进一步促进政务公开,某镇将于6月20日开展“政府开放日”活动"]),
     ("为拓宽知情渠道，县政协决定自即日起至12月25日，向社会公开征集提案线索。",
      ["为拓宽知情渠道,县政协决定自即日起至12月25日,向社会公开征集提案线索"]),
     ("为改善环境，镇政府决定2027年3月至6月对全镇河道开展专项整治行动。", []),
     ("各村要于6月20日前组织开展一次宣传活动。", [])],
    doc="Matched at the start of a sentence; one that also asks something of someone (请, 要求, 须, "
        "应于, a due date …前) keeps its duty.",
)

# A duty the sentence sets besides the announcement: a request, a modal with a time, a due date.
_ASKS = re.compile(r"请|要求|须|务必|(?:要|应当?)(?:在|于)|(?:日|月|旬|底|末|季度)(?:以|之)?前|前夕")


def own_event(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` a purpose sentence announcing the issuer's own event
    or public call (its dates when it is held or open), asking nothing of anyone? Not in a numbered
    item: an item of a plan is one of its works ("1、开展警示教育活动。为…，某支部将于…组织…")."""
    if NUMBERING.match(para):
        return False
    return OWN_EVENT.pattern.match(para, start, end) is not None and _ASKS.search(para, start, end) is None
