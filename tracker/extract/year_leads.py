"""A year leading the opening statement of a plan or a notice: the year it covers, no due date.

A 工作要点 or a year's plan opens with the year and its guiding thought ("2027年，全市各系统坚持以
…思想为指导，…", "2027年，全行业要紧紧围绕市委、市政府的中心工作，…") and a notice may open with
the year's place before its purpose ("2027年是改革的关键之年，为…，特拟定2027年工作要点。",
"2027年，是…之年，为…，某委将组织开展…活动，相关事宜通知如下："). The year names the time the
document covers; the duties come in the items after it. A sentence of that look that sets its own
dated duty ("2027年，各镇要以…为抓手，于6月底前完成…") keeps it.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

_YEAR = r"(?:19|20)\d{2}年度?"

# The year, then who (a few characters), then the guiding thought: "以…为指导/引领/统领" or
# "紧紧围绕…中心工作/决策部署".
YEAR_GUIDING = rule(
    "year_guiding",
    _YEAR + r",[^,;。]{0,20}?(?:将|要)?(?:继续|始终)?(?:坚持)?"
    r"(?:以[^,;。]{2,40}?为(?:指导|引领|统领)|紧紧围绕[^,;。]{1,30}?(?:中心工作|决策部署|工作部署|中心任务|工作大局)),",
    "scope",
    [("2027年，全市农业系统坚持以新时代中国特色社会主义思想为指导，深入贯彻会议精神，推动乡村振兴。",
      ["2027年,全市农业系统坚持以新时代中国特色社会主义思想为指导,"]),
     ("2027年，某新区将坚持以新思想为指导，全力打好三场决胜战。", ["2027年,某新区将坚持以新思想为指导,"]),
     ("2027年，全市交通运输行业要紧紧围绕市委、市政府的中心工作，迎难而上，当好开路先锋。",
      ["2027年,全市交通运输行业要紧紧围绕市委、市政府的中心工作,"]),
     ("2027年，各镇要以农房改造为抓手，于6月底前完成摸底。", []),
     ("2027年底前，各镇要紧紧围绕年度目标完成改造。", [])],
    doc="Matched at the start of a sentence; a due date of its own (…前, 要于) keeps the sentence's duty.",
)

# The year's place ("2027年是…之年，", "2027年，是…，") before the purpose clause of a preamble that
# announces what follows (…通知如下, 特拟定/制定…要点).
YEAR_PREAMBLE = rule(
    "year_preamble",
    _YEAR + r"(?![^。!?]*?(?:要|须|务必|必须|应当?)(?:在|于)),?(?:是|为)[^。!?]*?,为了?[^。!?]*?"
    r"(?:(?:通知|意见|方案|安排|事项)如下|[制拟]定[^。,;]{0,30}?(?:方案|意见|办法|细则|计划|要点))[。:]?$",
    "scope",
    [("2027年是全面深化改革的关键之年，为深入贯彻全会精神，经研究，特拟定2027年改革工作要点。",
      ["2027年是全面深化改革的关键之年,为深入贯彻全会精神,经研究,特拟定2027年改革工作要点。"]),
     ("2027年，是学校发展的关键之年，为加强基层组织建设，校妇委会将组织开展主题活动，相关事宜通知如下：",
      ["2027年,是学校发展的关键之年,为加强基层组织建设,校妇委会将组织开展主题活动,相关事宜通知如下:"]),
     ("2027年是攻坚之年，各乡镇要于6月底前制定实施方案。", []),
     ("2027年是攻坚之年，为确保完成，各乡镇要于6月底前制定实施方案。", [])],
    doc="Matched at the start of a sentence; a due date of its own (…前, 要于) keeps the sentence's duty.",
)

# A due date of the sentence's own ("…，于6月30日前完成…", "要于…"): the sentence sets a duty.
_OWN_DUE = re.compile(r"(?:日|月|旬|底|末|季度)前|(?:要|须|务必|必须|应当|应)(?:在|于)")


def year_lead(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` a year leading a plan's guiding statement or a
    notice's preamble (the year the document covers), with no dated duty of its own?"""
    if not para.startswith(("1", "2"), start):
        return False
    return (YEAR_GUIDING.pattern.match(para, start, end) is not None
            or YEAR_PREAMBLE.pattern.match(para, start, end) is not None) \
        and _OWN_DUE.search(para, start, end) is None
