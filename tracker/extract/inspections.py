"""An inspection team's own visit: the days it stays, the day it reports back.

A 公告 of an inspection ("督察组定于2027年3月16日至4月4日对某市开展督察", "督察进驻时间：3月25日—
4月25日") and a news item's opening ("3月30日至31日，由某局、某室组成3个督查组，对全市乡镇开展
检查"; "2027年10月19日，县委第二巡察组向某镇党委反馈巡察情况") tell when the team inspects or
reports: its own act, not a duty owed by the units it visits. Their duties come with their own
due words ("整改情况须于4月30日前报送督察组"). So does an organ's announced inspection of the units
("市教育局将在9月中旬对各校…进行抽查").
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


# An organ that will inspect, assess or commend the units on a date ("市教育局将在9月中旬组织有关人员对各校的
#排查治理情况进行抽查", "市政务公开办将于6月下旬对各县市区开展正式测评", "全国妇联将在“三八”节期间对先进
# 集体进行表彰"): the issuer's or a higher office's own step, no duty of the units it visits. The writer's own
# "我局将在…对…进行验收" is a step the clerk tracks (the golds keep it); a limit (…前) is a due date.
ORGAN_STEP = rule(
    "organ_step",
    r"(?<!我)[局委办府联会厅部室](?:将|拟)(?:于|在)$",
    "not_due",
    [("市教育局将在", ["局将在"]), ("市人民政府将于", ["府将于"]), ("全国妇联将在", ["联将在"]),
     ("我局将在", []), ("各县区要于", [])],
    doc="Searched in the text right before a date; the clause after it names the inspection (ORGAN_INSPECTS).",
)
ORGAN_INSPECTS = rule(
    "organ_inspects",
    r"[^,;。]{0,16}?(?:对[^,;。]{1,40}?)?(?:进行|开展|组织)[^,;。]{0,16}?(?:检查|抽查|测评|督查|督导|考核|验收|评估|表彰|复查)",
    "not_due",
    [("(周五)对我校进行创建工作检查", ["(周五)对我校进行创建工作检查"]),
     ("组织有关人员对各校的排查治理工作情况进行抽查", ["组织有关人员对各校的排查治理工作情况进行抽查"]),
     ("开展第二次测评", ["开展第二次测评"]), ("组织验收", ["组织验收"]), ("完成整改,并报送检查结果", [])],
    doc="Applied with match() right after a date that ORGAN_STEP precedes.",
)


def team_visit(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the time of an inspection
    team's own visit or report: the team is the subject of the clause the date opens, or
    stands right before the date, or a label names the team's stay? Or of an organ's own
    inspection, assessment or commendation of the units (ORGAN_STEP, ORGAN_INSPECTS)?"""
    return TEAM_AFTER.pattern.match(text_norm, end) is not None \
        or TEAM_BEFORE.pattern.search(text_norm, max(0, start - 24), start) is not None \
        or (ORGAN_STEP.pattern.search(text_norm, max(0, start - 4), start) is not None
            and ORGAN_INSPECTS.pattern.match(text_norm, end) is not None)
