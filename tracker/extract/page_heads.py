"""Lines that name the page or the report a text is, not a duty in it, and the reports of
work done.

A progress report posted on a portal opens with its own name ("2027年县政府重点工作任务
一季度完成情况", "某区2027年第二季度重点任务进展情况登记表"), sometimes run into the header of
the table under it ("…进展情况序号|重点任务|") or into the portal's index number
("…落实情况表113701…-A/2027-…"). The year in the name is the period reported on; the tasks
are the rows below.
"""

from __future__ import annotations

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule

REPORT_NAME = rule(
    "report_name",
    # A name holding a year and no due word or act of sending (a duty to report reads
    # "…于6月底前报送完成情况"), ending in a report kind, alone or before a table header.
    r"^(?=[^,;。:!?]{0,30}?(?:19|20)\d{2}年)(?![^,;。:!?]*?(?:前|报送|上报|提交|填报|(?<!工作)报告(?!》)))"
    r"[^,;。:!?|]{4,60}?" + alternation(lexicon().report_kinds) + "+"
    + r"(?=$|序号|\||\d{8})",
    "title",
    [("2027年县政府重点工作任务一季度完成情况", ["2027年县政府重点工作任务一季度完成情况"]),
     ("某区2027年第二季度重点任务公开承诺事项进展情况序号|重点任务|",
      ["某区2027年第二季度重点任务公开承诺事项进展情况"]),
     ("2027年某县政府十方面民生实事进展情况登记表", ["2027年某县政府十方面民生实事进展情况登记表"]),
     ("2027年第二季度《政府工作报告》主要工作任务落实情况表113701037059525546-A/2027-4422282某区政府办公室",
      ["2027年第二季度《政府工作报告》主要工作任务落实情况表"]),
     ("各乡镇于2027年6月底前报送上半年工作完成情况", []),
     ("2027年底前完成情况摸底", [])],
)


def is_report_name(para_norm: str) -> bool:
    """Is the paragraph only a report's or a form's name (perhaps run into a table header)?"""
    return REPORT_NAME.pattern.match(para_norm) is not None


# A report of work done under its label ("办理情况：已办结。该工程于2027年4月20日开工建设，7月27日
# 通过验收…"): what was done and when, no duty.
DONE_REPORT = rule(
    "done_report",
    # The label may open a numbered account whose first sentence says what is done ("进展情况：
    # （1）两个街道的2个小区已完成验收。（2）…于8月6日进场施工，正在…").
    r"^(?:办理|进展|完成|落实|推进|工作进展|进度)情况:(?:\(?\d{1,2}\)?[.、]?[^。;:]{0,24}?)?已(?:办结|完成|落实到位|落实|解决)",
    "scope",
    [("办理情况：已办结。该工程于2027年4月20日开工建设，7月27日通过工程竣工验收。", ["办理情况:已办结"]),
     ("进展情况：（1）.两个街道的2个试点小区已完成竣工验收。（2）甲镇于8月6日进场施工，正在进行管线施工。",
      ["进展情况:(1).两个街道的2个试点小区已完成"]),
     ("进展情况：（1）甲镇要在8月6日前进场施工。", []),
     ("进展情况：已完成选址，计划于2027年12月底前开工。", ["进展情况:已完成"]),
     ("进展情况：正在推进，计划于2027年12月底前开工。", [])],
)


def is_done_report(para_norm: str) -> bool:
    """Is the paragraph a report of work done (a progress label, then 已办结/已完成…)?"""
    return DONE_REPORT.pattern.match(para_norm) is not None

