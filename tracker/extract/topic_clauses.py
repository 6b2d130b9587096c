"""A later clause naming a work of its own before its own date: another duty of the sentence.

A meeting's news or a plan runs several works into one sentence, each with its own date:
"…瀍河大道8月底要全线通车，某某立交9月底南北向通车"; "5月底前完成中转站验收；农村危房改造工作
7月底前全面完成". Each clause opens with what is to be done (a road, a project, a work), not
with a unit (``sentences.OWN_SUBJECT_DUE`` reads those), and then its own time: a duty of
its own, not a step of the clause before. A clause opening with its date alone ("，8月底前全部
完成") stays a step of the same work.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule
from tracker.extract.subject_carry import subject_text

# A clause after a comma or semicolon: the work it names, perhaps a modal word, then its time
# (checked to reach the next date phrase).
TOPIC_DUE_OPEN = rule(
    "topic_due_open",
    r"(?<=[,;])(?P<topic>[^,;。、:()“”]{2,24}?)(?:今年|年内)?(?:要|须|必须|务必|确保|力争|争取|将|计划)?(?:在|于)?"
    r"(?=\d{1,2}月|年底|年内|“十一”|国庆|春节)",
    "topic",
    [("地铁1号线年底前要实现轨通，某某大道8月底要全线通车。", ["某某大道"]),
     ("5月底前完成中转站验收；农村危房改造工作7月底前全面完成。", ["农村危房改造工作"]),
     ("6月底前完成淘汰任务的60%，8月底前全部完成。", []),
     ("6月底前完成自查，并于8月底前报送。", []),
     ("2026年项目于9月底前全部完工，2027年项目于11月底前全部完工。", ["2027年项目于"]), ("5月底前开工，2027年底前完工。", []),
     ("各乡镇5月底前完成自查，到10月底前完成整改。", [])],
    value=lambda m: m.span("topic"),
    when=lambda m: _NOT_TOPIC.match(m.group("topic")) is None,
    doc="Checked to end right at the next date phrase of the sentence.",
)
# What opens a clause that is no work of its own: a linking word, a request, a manner, a time, a
# figure; or what ends it: a time clause ("经审核后于…").
_NOT_TOPIC = re.compile(r"(?:并|同时|其中|其余|其他|其它|力争|争取|确保|全部|全面|基本|到|至|从|自|截至|截止|预计|计划|最迟|最晚"
                        r"|分别|均|再|又|还|先|后|逐步|每|于|在|但|而|且|要|须|应|将|请|要求|首次|第一次|首批|当天|当日|次日"
                        r"|\d{1,3}(?!\d)|\d{4}年?度?$)|.*(?:后|时|以前|之前)$")  # a year may name the works ("2027年项目")
# A due phrase of a month or the year ("8月底", "7月底前", "“十一”前", "年内"), not a day an event happens.
_DUE = re.compile(r"前|底|末|旬|年内")
# An event held then ("…活动将于3月底举行"): no duty falls due.
_EVENT_AFTER = re.compile(r"(?:左右)?(?:举行|召开|举办|开幕)")


def opens_topic(para: str, a: int, hi: int, before, hit) -> bool:
    """Does the clause ``para[a:hi]`` (after a comma or semicolon) name a work of its own right
    before the one-off date phrase ``hit`` at ``hi``, after the one-off date ``before``?"""
    if hit.deadline.recurrence or before.deadline.recurrence or not _DUE.search(hit.deadline.text) or "|" in para \
            or _EVENT_AFTER.match(para, hit.end):
        return False  # a table cell's dated steps are its row's milestones
    m = TOPIC_DUE_OPEN.pattern.match(para, a)
    return m is not None and m.end() == hi and TOPIC_DUE_OPEN.when(m)


# A later clause opening with 并 and its own time ("…6月30日前完成整改，并于7月5日前报送整改报告"): the report
# or next act it hands out is a duty of its own, once the clause before is due by a stated date or period.
THEN_DATED_OPEN = rule(
    "then_dated_open",
    r"(?<=[,;])并(?:分别)?(?:于|在)",
    "then_dated",
    [("各乡镇要在6月30日前完成整改，并于7月5日前报送整改报告。", ["并于"]),
     ("请于3月底前报送计划，开展自查，并于10月底前报送自查报告。", ["并于"]),
     ("各单位要认真自查并于5月底前报送。", [])],
    doc="Checked to end right at the next time phrase of the sentence, after a time phrase holding a figure.",
)


def then_dated(para: str, a: int, hi: int, before) -> bool:
    """Does the clause ``para[a:hi]`` open with 并 and its own time phrase at ``hi``, after the time phrase
    ``before`` that states a date or a period ("6月30日前", "30个工作日内", not "放假前")?"""
    m = THEN_DATED_OPEN.pattern.match(para, a)
    return m is not None and m.end() == hi and re.search(r"\d", before.deadline.text) is not None


# A collective named by 各/每个 and a short noun ("各支部书记", "每个基层团委", "各系"): the subject of a clause
# of its own even where it names no office.
_COLLECTIVE = re.compile(r"(?:各|每个)[^,;。于在要应须请]{1,8}")


def own_subject(text_norm: str) -> bool:
    """Is ``text_norm`` the subject opening a later clause: units, a township, or a collective?"""
    return subject_text(text_norm) or _COLLECTIVE.fullmatch(text_norm) is not None
