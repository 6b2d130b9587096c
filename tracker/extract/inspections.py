"""An inspection team's own visit: the days it stays, the day it reports back.

A 公告 of an inspection ("督察组定于2027年3月16日至4月4日对某市开展督察", "督察进驻时间：3月25日—
4月25日") and a news item's opening ("3月30日至31日，由某局、某室组成3个督查组，对全市乡镇开展
检查"; "2027年10月19日，县委第二巡察组向某镇党委反馈巡察情况") tell when the team inspects or
reports: its own act, not a duty owed by the units it visits. Their duties come with their own
due words ("整改情况须于4月30日前报送督察组").
"""

from __future__ import annotations

from tracker.extract.rules import rule

_TEAM = r"(?:督察|督查|巡视|巡察)组"

# The team as the subject of the clause the date opens ("3月16日至4月4日，某督察组拟对某市开展督察").
TEAM_AFTER = rule(
    "team_after",
    r"(?<=[日月旬]),(?:由)?[^,;。]{0,40}?" + _TEAM + r",?(?:拟|将|定)?于?(?:对|向|进驻)",
    "not_due",
    [("3月16日至4月4日，第一生态环境保护督察组拟对某市开展生态环境保护督察。",
      [",第一生态环境保护督察组拟对"]),
     ("3月30日至31日，由市农业农村局、市政府督查室等组成3个联合督查组，对全市乡镇开展检查。",
      [",由市农业农村局、市政府督查室等组成3个联合督查组,对"]),
     ("2027年10月19日，县委第二巡察组向某镇党委反馈巡察情况。", [",县委第二巡察组向"]),
     ("自治区人民政府将于9月上旬派出督查组，对各地区进行督查。", []),
     ("4月8日前，各督查组要对督查情况进行总结。", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# The team named before the date ("督察组定于2027年3月16日至4月4日对某市开展督察") or a label of its
# stay ("督察进驻时间：3月25日—4月25日").
TEAM_BEFORE = rule(
    "team_before",
    _TEAM + r"(?:定于|拟于|拟定于|将于|拟|于)$|(?:进驻|督察|巡视|巡察)(?:时间|期间)(?:[为是]:?|:)$",
    "not_due",
    [("经批准，某督察组定于", ["督察组定于"]), ("督察进驻时间：", ["进驻时间:"]),
     ("巡视期间为", ["巡视期间为"]),
     ("各督查组要于", []), ("整改情况报督察组，时间为", [])],
    doc="Searched in the text right before a date.",
)


def team_visit(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the time of an inspection
    team's own visit or report: the team is the subject of the clause the date opens, or
    stands right before the date, or a label names the team's stay?"""
    return TEAM_AFTER.pattern.match(text_norm, end) is not None \
        or TEAM_BEFORE.pattern.search(text_norm, max(0, start - 24), start) is not None
