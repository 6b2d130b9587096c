"""Passages whose time phrases state a scope, not a due date.

A document opens by saying why and on what it is written ("为贯彻…，现将…通知如下", "根据…，
制定本方案") and announces its guiding statements and expected targets under the year they
cover ("2024年全市教育工作的总体要求是：…", "一、2023年全区经济社会发展的主要预期目标"). The
years in them are the document's scope; the duties come after. A title's period standing on a
line of its own ("（2024—2026年）") is part of the title, and a year before a document's name
("2023年市《政府工作报告》") names that document.
"""

from __future__ import annotations

from tracker.extract.rules import rule

# The purpose sentence opening a document: it names its grounds and announces what follows.
PREAMBLE = rule(
    "preamble",
    r"(?:为了?|根据|按照|依据|依照)[^。!?]*?"
    r"(?:(?:通知|意见|方案|安排|事项|要求|措施)如下|如下(?:意见|通知|方案|措施)|制定本(?:方案|意见|办法|细则|计划)"
    r"|制定[^。,;]{0,30}(?:方案|意见|办法|细则|计划|要点)(?:\([^()]*\))?)"
    r"(?:,[^,;。]{0,8})?[。:]?$",
    "scope",
    [("为贯彻落实全省工作会议精神，做好2027年的报表工作，现将报送日期通知如下，请遵照执行。",
      ["为贯彻落实全省工作会议精神,做好2027年的报表工作,现将报送日期通知如下,请遵照执行。"]),
     ("为全面落实区委部署，现就全区2027年重点工作，制定分工方案如下。",
      ["为全面落实区委部署,现就全区2027年重点工作,制定分工方案如下。"]),
     ("为夯实基础，结合实际，制定某某三年行动方案（2027—2029年）。",
      ["为夯实基础,结合实际,制定某某三年行动方案(2027—2029年)。"]),
     ("为确保按期完成，各乡镇要于2027年3月底前上报方案。", [])],
    doc="A sentence opening with its grounds (为/根据/按照…) and ending by announcing the "
        "text that follows (…通知如下, 制定本方案): its years are the document's scope.",
)

# A year (or a quarter of it) heading a guiding statement or a list of expected targets.
SCOPE_STATEMENT = rule(
    "scope_statement",
    r"(?:19|20)\d{2}年(?:第?[一二三四1-4]季度)?,?[^。;:,]{0,24}?"
    r"(?:总体要求|指导思想|总体思路|工作思路|主要预期目标|预期目标|主要目标|工作要点)(?:是|为)?(?=:|$)",
    "scope",
    [("2027年全市教育工作的总体要求是：坚持稳中求进", ["2027年全市教育工作的总体要求是"]),
     ("2027年第一季度，区政府工作总体要求是：围绕…", ["2027年第一季度,区政府工作总体要求是"]),
     ("2027年全区经济社会发展的主要预期目标", ["2027年全区经济社会发展的主要预期目标"]),
     ("2027年底前完成主要目标任务", [])],
    doc="The year a guiding statement or a list of expected targets covers is its scope.",
)

# A title's period on a line of its own, right under the title.
TITLE_PERIOD = rule(
    "title_period",
    r"^\((?:19|20)\d{2}年?[-—–~至到]{1,2}(?:19|20)\d{2}年?\)$",
    "scope",
    [("（2027—2029年）", ["(2027—2029年)"]), ("(2027-2029)", ["(2027-2029)"]),
     ("（2027年底前完成）", [])],
)

# A year naming a document or an event of that year: "2023年市《政府工作报告》", "2024年县《…》".
NAMED_YEAR = rule(
    "named_year",
    r"(?:19|20)\d{2}年(?:度)?[省市县区镇乡]?(?:政府)?[《<]",
    "scope",
    [("确保2027年市《政府工作报告》中提出的各项工作任务有力推进", ["2027年市《"]),
     ("关于印发2027年县《政府工作报告》确定的重点工作", ["2027年县《"]),
     ("确保2027年底前完成《规划》编制", [])],
)
