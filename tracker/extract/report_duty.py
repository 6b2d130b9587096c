"""Recurring report duties: the phrasings that make a 每… time the due date of a report.

The notices and 工作要求 sections of 分工方案 close with the progress reports the units owe
("各责任单位须每季度末将本季度完成情况上报区政府督办室", "各牵头单位要在每季度末月底之前，将…报区
政府办公室"). The time and the report verb stand far apart there: the disposal construction
"将＜what is reported＞报送＜receiver＞" puts the whole report between them, so the verb
window of an ordinary repeated act (``dated._REPEAT_ACT``) does not reach it.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# The verbs of a report. 报 alone is a verb before a receiver ("报区政府办公室"), not in
# 报表/报酬/报名; 报告 inside a title (《政府工作报告》) is no verb.
_REPORT_VERB = r"(?:上报|报送|呈报|汇报|报备|(?<!工作)报告(?!》)|报(?![表酬价名销废考告]))"

REPORT_AFTER = rule(
    "report_after",
    # The rest of the time phrase ("每季度末｜月底之前", "每月25日｜前", "每天｜下午4点前"), an
    # optional comma, then (要)将 and the report up to its verb, inside one clause.
    # The hour may come after what is reported, as that day's or the next day's ("每天将发现的病例，
    # 于当日16:00前以电子邮件形式报…"): the report runs on past that one comma.
    r"(?:月底|月末|(?:上午|下午|晚上?)?\d{1,2}(?:时|点|:\d{2})(?:\d{1,2}分|半)?)?(?:之前|以前|前)?,?[要须应]?将[^,;。]{1,80}?"
    r"(?:,[于在](?:当日|当天|次日|翌日)(?:上午|下午|晚上?)?\d{1,2}(?:时|点|:\d{2})(?:\d{1,2}分|半)?(?:之前|以前|前)[^,;。]{0,20}?)?"
    + _REPORT_VERB,
    "report",
    [("各责任单位须每季度末将本季度各项任务完成情况、存在问题及下一步推进计划分别以纸质形式上报区政府督办室。",
      ["将本季度各项任务完成情况、存在问题及下一步推进计划分别以纸质形式上报"]),
     ("各牵头单位要在每季度末月底之前,将本季度落实各项目标任务进展情况报区政府办公室。",
      ["月底之前,将本季度落实各项目标任务进展情况报"]),
     ("每半年将《政府工作报告》确定事项的办理情况报送县政府督查室。",
      ["将《政府工作报告》确定事项的办理情况报送"]),
     # A daily or ten-day report with its hour: the hour is the time of day it is due.
     ("各县交通局从2月3日起,每天下午4点前,要将当日客运量分别报省运管局。",
      ["下午4点前,要将当日客运量分别报"]),
     ("各县交通局每十天的下午4点前将《春运统计表》(见附表三)报省运管局。",
      ["下午4点前将《春运统计表》(见附表三)报"]),
     ("各卫生院每天将接诊的发热病例,于当日17:00前以传真形式报县疾控中心。",
      ["将接诊的发热病例,于当日17:00前以传真形式报"]),
     ("各站点每天将监测数据,于次日上午9时前汇总后报市环保局。", ["将监测数据,于次日上午9时前汇总后报"]),
     ("每天将垃圾清运一次,于当日18时前完成。", []),
     ("每年将污染物排放总量削减5%。", []),
     ("每季度末将报表整理归档,并按要求上报。", [])],
    doc="After a recurring time: 将 + what is reported + a report verb, in one clause.",
)


def is_report_after(text_norm: str, end: int) -> bool:
    """Does a report in the disposal construction follow the recurring phrase ending at ``end``,
    or is the phrase a report system itself ("实行月报制度")?"""
    return REPORT_AFTER.pattern.match(text_norm, end, end + 120) is not None or text_norm.endswith("报制度", 0, end)


# The period of a recurring phrase: its count and unit ("每个月" → ("", "月"), "每2个月" → ("2", "月")).
_PERIOD = re.compile(r"^(?:每|按|逐)(\d{1,2}|[一两二三四五六七八九十]{1,2})?个?(半年|年|季|月|周|星期|天|日)度?")
_SUMMARY_MAX = 30  # a statement of the rhythm alone is short ("议题每个月报送一次。")


def restates(prev_text: str, prev_phrase: str, text: str, phrase: str) -> bool:
    """Is the sentence ``text`` (its recurring phrase ``phrase``) the report that the short
    sentence before it, ``prev_text`` (phrase ``prev_phrase``, no day), only announces?

    "议题每个月报送一次。议题主办单位在每个月20日之前，将…报送市政府办公厅。": one monthly report,
    due on the 20th; a sentence written twice on the page is one duty too.
    """
    if len(prev_text) > _SUMMARY_MAX:
        return False
    p, q = _PERIOD.match(prev_phrase), _PERIOD.match(phrase)
    if not p or not q or p.groups() != q.groups() or prev_phrase != p.group():
        return False  # different periods, or the first names a day of its own
    return prev_text == text or phrase != q.group()


def once_each(tasks: list) -> list:
    """``tasks`` without a recurring duty stated again: a later implicit task with the same
    rule, first date and units as an earlier one restates it ("四、…2020年起，每年2月底前各省份
    完成…" and "(二)…2020年起，每年2月底前完成上述工作"), and so does one with the same rule and
    units but no first date of its own ("每月28日(本次于5月29日)前报送…。纸质材料…每月28日15点前
    送…"). Duties with no units are kept."""
    seen, out = set(), []
    for t in tasks:
        key = (t.recurrence, t.deadline, tuple(sorted((u.name, u.role) for u in t.units)))
        if t.recurrence and t.units and t.kind == "implicit":
            if key in seen or (t.deadline is None and any(k[0] == key[0] and k[2] == key[2] for k in seen)):
                continue  # with no first date of its own, the same rule and units restate it too
            seen.add(key)
        out.append(t)
    return out


# A sentence spelling out the dates of the report just stated ("每月5日报送一次进度统计表。具体报送
# 时间为5月5日、6月5日…"): the same duty, not another.
SCHEDULE_DETAIL = rule(
    "schedule_detail",
    r"具体(?:报送|上报|报告|提交|填报)?(?:时间|日期)(?:为|是|:)",
    "report",
    [("具体报送时间为5月5日、6月5日、7月5日当天17:00之前。", ["具体报送时间为"]),
     ("具体时间：每月5日前", ["具体时间:"]),
     ("各地要于5月5日前报送具体实施方案。", [])],
    doc="Matched at the start of a sentence that follows a dated one.",
)


def details_schedule(text_norm: str, start: int, end: int) -> bool:
    """Does the sentence ``text_norm[start:end]`` spell out the dates of the duty before it?"""
    return SCHEDULE_DETAIL.pattern.match(text_norm, start, end) is not None


def system_day(hits: list) -> list:
    """``hits`` without a reporting system's own phrase ("实行月报制度") when the sentence goes on
    to the day its reports are due at the same frequency ("…实行月报制度，于每月5日前报送上月进度"):
    one duty, due on that day, not a month-end report beside a fifth-day one."""
    systems = [h for h in hits if h.deadline.recurrence and h.deadline.text.endswith("制度")]
    if not systems or len(hits) < 2:
        return hits
    freq = lambda h: h.deadline.recurrence.split(";")[0]  # noqa: E731 - FREQ=… of a recurring hit
    days = [h for h in hits if h.deadline.recurrence and h not in systems]
    return [h for h in hits if h not in systems or not any(freq(d) == freq(h) for d in days)]
