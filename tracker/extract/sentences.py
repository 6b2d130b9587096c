"""Cutting dated sentences into duties: a later clause that hands a new dated duty to other units
or opens the next stage of a run-on stage list, a sentence mixing a recurring and a one-off duty.
(The earlier dates of a passage whose note gives the last one: note_due.steps_before.)"""

from __future__ import annotations

import calendar
import re
from datetime import date

from tracker.deadlines import Deadline
from tracker.extract.dated import Hit
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule
from tracker.extract.stage_heads import STAGE_CLAUSE, names_stage, timetable_entries, timetable_pieces
from tracker.extract.subject_carry import subject_text
from tracker.extract.subject_late import PAPERS_DUE
from tracker.extract.time_nodes import time_node  # noqa: F401 (task_implicit reads it from here)
from tracker.extract.topic_clauses import new_dated_duty, new_dated_sentence, opens_topic, other_doers, own_subject, then_dated, LISTED_DUE
from tracker.extract.units import unit_list_text


# A clause that hands a duty to other units ("，X牵头，Y配合，…", "，由X负责…").
_ROLE_OPEN = re.compile(r"(?:由)?([^,;。]{2,40}?)(?:牵头|负责)(?!单位|部门|人|同志)")
# A clause whose own subject is bound to its own time ("，主办单位应在6月底前…", "；各地区要于…").
_SUBJECT_OPEN = re.compile(r"([^,;。]{2,30}?)(?:要|应当|应|须|必须|需|请)(?:在|于)")
# After a semicolon, a condition, a request or a run's next point opens a duty ("；对…的，10月底前必须纠正", "；报表请各部门于…前报送", "；二是…"),
# as does a class of cases with its own time ("属于立行立改的，6月底前完成整改；限期整改的，年底前…", "；需补充调整的，须在会后2个工作日内完成").
_CONDITION_OPEN = re.compile(r"对(?:于)?[^,;。]{2,60}?的[^,;。的]{0,12},|[^,;。]{0,60}?(?<![申邀])请(?![示假])|[二三四五六七八九十]是"
                             r"|[^,;。]{2,40}?的(?:省|市|县|地区|单位|部门|企业|项目)?(?:\([^()]{1,12}\))?,")
_CUT = re.compile(r"[,;]")
# A later clause whose own subject stands right before its own time, with no modal verb
# ("城东办一周内完成…；清河头乡三天内完成…", "…，县住建局于6月底前完成…").
OWN_SUBJECT_DUE = rule(
    "own_subject_due",
    r"(?<=[,;])(?P<units>[^,;。]{2,30}?)(?:要|应当|应|须|必须|务必|力争)?(?:在|于)?"
    r"(?=\d|[一二三四五六七八九十两]|年内|年底|本月|月底|今年|明年|每[日天周月季年半旬])",
    "subject",
    [("城东办一周内完成清表任务；清河头乡三天内完成清表任务。", ["清河头乡"]),
     ("各乡镇5月底前完成自查，县住建局于6月底前完成抽查。", ["县住建局于"]),
     ("各乡镇5月底前完成自查，10月底前完成整改。", []), ("样本企业于每日12点前填报；重点企业于每日11点前报送。", ["重点企业于"])],
    value=lambda m: m.span("units"),
    when=lambda m: subject_text(m.group("units")),
    doc="A clause after a comma or semicolon that opens with units and then their own time "
        "phrase hands those units a dated duty of their own.",
)
_BESIDES = ("另外", "此外")
_ANOTHER_WORK = ("同时,", "另外,", "此外,")  # a sentence opening so turns to another work, never a step
# A stage's period in brackets after its name ("总结阶段(11月)"), and a later clause of the
# stage opening with a date of its own ("，并分别于6月底和7月底报送…", "，于10月30日前将…").
# A unit passing on what it received, with a date of its own ("…前报州节能办，州节能办汇总后于
# 1月底前报省协会", "…，市统计局审核汇总并于…前上报").
_RELAY_OPEN = re.compile(r"([^,;。]{2,20}?)(?:整理|审核|收集|统计)?汇总[^,;。]{0,12}?(?:后|并)")
# A hand-in to a reviewer whose review ends the clause, before the reviewer's own dated step ("教师于
# 12月28日前将试卷上交至各教研室审核汇总后，于12月29日前报系办公室"): two doers, two tasks.
_RELAY_BEFORE = re.compile(r"(?:交|报|送)(?:至|给|到)?[^,;。]{2,20}?(?:审核|审定|审查|汇总|初审)(?:汇总|签字)?(?:后|以后|之后)$")
_STAGE_PERIOD = re.compile(r"(?:阶段|步|时间)\($")
# "A全部在5月底前完成，其他各项工作在6月底前完成": the rest of the work, with a date of its own.
_OTHERS_OPEN = re.compile(r"(?:其他|其它|其余|剩余)[^,;。]{1,20}?(?:要|应|须|必须|务必|力争|争取)?(?:在|于)")
_DATED_OPEN = re.compile(r"(?:并|同时)?(?:分别)?(?:于|在)")
# The last step of one work after a comma: its completion ("，4月底前全面竣工", "，12月底完成年度创建任务"),
# or the next report of a schedule, or the report on the work ("，9月10日前将整改情况报县政府").
_FINISH_STEP = re.compile(r",?(?:要|须|必须|务必|确保|力争)?(?:全面|全部|基本|如期)?(?:完成(?:剩余)?\d{1,3}(?:\.\d+)?%|竣工|完工|建成|投用|投入使用|完成(?![^,;。]*报)"
                          r"[^,;。]{0,16}?(?:任务|工作|目标|建设)?(?=[,;。”\"]|$)|完成(?=[,;。]|$)|到位"
                          # "…前报告季度进展，12月25日前报告全年落实情况": one report schedule's dates
                          r"|(?:向[^,;。]{2,12})?(?:报告|报送|上报)|将[^,;。]{0,16}?(?:情况|报告|结果|总结|清单)[^,;。]{0,3}?(?:报|送|交))")
# A date naming its month ("5月底前", "4月21日至6月20日", "75日之前" that lost its 月), not a year's end or quarter.
_MONTH_DATE = re.compile(r"\d{1,2}月(?!份?季)|(?<!\d)(?:\d{3,4}|3[2-9]|[4-9][1-9])日")
# A due date or a period's end, not the day of an event ("市政府于11月22日召开会议").
_DUE_WORD = re.compile(r"前|底|末|旬|至|[-—~]")


def split_subjects(para: str, ms: int, me: int, hits: list):
    """Pieces of a sentence whose later clause gives a new dated duty to other units or works: "X要在N月N日前实现…，Y牵头，
    Z配合，N年上半年上线…", "会办单位应在5月底前…，主办单位应在6月底前…", "A在5月底前完成，其他各项工作在6月底前完成", "X一周内
    完成…；Y三天内完成…", "甲大道8月底通车，乙立交9月底通车" (topic_clauses), a relay ("…前报X，X汇总后于N月底前报Y"), a stage
    with a dated duty of its own ("总结阶段(11月)X对…进行总结，于10月30日前将总结报送…") and "对A的，N月底前必须制订…；对B的，N月底前
    必须纠正…" hold two tasks each. The cut is the comma or semicolon before the clause, only where dates lie on both sides."""
    if (table := timetable_pieces(para, ms, me, hits)) or len(hits) < 2:
        return table or [(ms, me, hits)]  # "小学2027年1月30日-2月1日;初中…": one duty an entry
    pieces, start, k = [], ms, 0
    staged = is_stage_period(para, hits[0].start, hits[0].end)
    for i in range(len(hits) - 1):
        lo, hi = hits[i].end, hits[i + 1].start
        for c in _CUT.finditer(para, lo, hi):
            c = c.start()
            m = _ROLE_OPEN.match(para, c + 1, hi) or _SUBJECT_OPEN.match(para, c + 1, hi) \
                or _RELAY_OPEN.match(para, c + 1, hi) or _own_subject_due(para, c + 1, hi)
            others = _OTHERS_OPEN.match(para, c + 1, hi)
            if (m and own_subject(m.group(1))) or (para[c] == ";" and _CONDITION_OPEN.match(para, c + 1, hi)) or other_doers(para, start, c, hi) \
                    or _opens_with_date(para, c + 1, hits[i], hits[i + 1]) \
                    or (i == 0 and staged and _dated_open(para, c + 1, hi)) or (others and others.end() == hi) \
                    or STAGE_CLAUSE.pattern.fullmatch(para, c + 1, hi) or opens_topic(para, c + 1, hi, hits[i], hits[i + 1]) \
                    or then_dated(para, c + 1, hi, hits[i]) or (not staged and new_dated_duty(para, c, hi, hits[i], hits[i + 1])):
                pieces.append((start, c + 1, hits[k:i + 1]))
                start, k = c + 1, i + 1
                break
            if _RELAY_BEFORE.search(para, lo, c) and _DATED_OPEN.fullmatch(para, c + 1, hi):
                pieces.append((start, c + 1, hits[k:i + 1]))  # the reviewer's step starts at what is handed in
                handed = para.rfind("将", lo, c)
                start, k = handed if handed >= 0 else c + 1, i + 1
                break
    pieces.append((start, me, hits[k:]))
    return pieces


def _opens_with_date(para: str, a: int, before, hit) -> bool:
    """Does the clause at ``a`` (after ; or ,) open with a one-off month due date of its own, after a clause
    due by month too ("…8月底前建成；5月底前完成…验收", "于3月底前报送汇总表，9月底前完成自评估")? Year targets,
    quarters and, after a comma, a work's completion or next report are steps of one work."""
    if para[a - 1] == "," and (_FINISH_STEP.match(para, hit.end) or para.rfind("(", 0, a) > para.rfind(")", 0, a)):
        return False  # "…年底前开工，4月底前全面竣工", "3月12日前完成80%，3月19日前全部完成": one work's steps
    return hit.start - a <= 1 and para[a:hit.start] in ("", "于", "在") and not para.startswith(("到", "至"), a) \
        and all(not h.deadline.recurrence and _MONTH_DATE.search(h.deadline.text) and (_DUE_WORD.search(h.deadline.text) or LISTED_DUE.match(para, h.end))
                for h in (before, hit))


def _own_subject_due(para: str, a: int, hi: int):
    """The match of ``OWN_SUBJECT_DUE`` for the clause at ``a`` when it reaches the time
    phrase at ``hi`` (its group 1 is the subject), else None."""
    m = OWN_SUBJECT_DUE.pattern.match(para, a)
    return m if m is not None and m.end() == hi else None


def is_stage_period(text: str, start: int, end: int) -> bool:
    """Is the time phrase at ``text[start:end]`` a stage's period in brackets after its
    name ("动员部署阶段(5月)")?"""
    return text[end:end + 1] == ")" and _STAGE_PERIOD.search(text, max(0, start - 3), start) is not None


# A sentence naming its own topic before a modal and its time ("X改造务必于…", "Y工作要在…").
_TOPIC_DUE = re.compile(r"[^,;。]{4,40}?(?:务必|必须|要|应当|须)(?:于|在)")

# A sentence opening with its due date before a comma ("2024年3月底前，…").
_DUE_OPENER = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年?[底末])前,")
_DAY_DUE = re.compile(r"\d{1,2}日(?:之|以)?前")  # a day's due date, not a month's or a year's


def opens_new_duty(text: str, prev: int, a: int, b: int, h_start: int, h_end: int, h_text: str) -> bool:
    """Does the dated sentence ``text[a:b]`` (its date at ``h_start:h_end``) open a duty of its own rather than a step of
    the sentence at ``prev``: a schedule's next stage ("11月，…完成自验。12月，…组织验收", "(二)X阶段(5月-8月)", "…至年底前为第二阶段"), a second
    topic with its own modal and time ("A…务必于N月底前竣工。B…务必于N月N日前动工"), a timetable's next entry ("(2)初中段:1月19日。"), other papers due?"""
    if (h_start == a and h_text.endswith("月")) or (names_stage(text, h_end, a, h_start) and "," not in text[a:h_start]) \
            or is_stage_period(text, h_start, h_end) or text.startswith(_ANOTHER_WORK, a) or timetable_entries(text, a, b):
        return True
    if h_start == a and h_text.endswith("前") and text[h_end:h_end + 1] == "," \
            and _DUE_OPENER.match(text, prev, a) and not text.startswith(lexicon().action_goes_on, h_end + 1):
        # "2024年3月底前，全面完成整治。2024年6月前，开展“回头看”": parallel sentences, each
        # opening with its own due date, are duties of their own; "10月底前完成…。12月底前，
        # 进一步完善…" goes on with the same work (a milestone).
        return True
    if text[a:h_start] in ("", "于", "在") and _DAY_DUE.search(h_text) and _DAY_DUE.search(text, prev, a) \
            and not _FINISH_STEP.match(text, h_end):
        return True  # "…必须在1月19日前填写好登记表。在1月26日前将成绩录入系统": another day, another act
    return bool(_TOPIC_DUE.match(text, a, b) and _TOPIC_DUE.match(text, prev, a)) or PAPERS_DUE.pattern.match(text, a, b) is not None \
        or new_dated_sentence(text, prev, a, h_start, h_end, h_text)


def _dated_open(para: str, a: int, hi: int) -> bool:
    m = _DATED_OPEN.match(para, a, hi)
    return m is not None and m.end() == hi


def split_mixed(para: str, ms: int, me: int, hits: list):
    """The sentence ``para[ms:me]`` as (start, end, hits) pieces: split at ；/; when it
    holds both a recurring and a one-off time phrase ("要于3月底前制定…；要于每月10日前
    报送…") or at a comma opening 另外/此外, and at a comma too between two different
    recurring ones ("每季度报送一次进展，每半年报送一次总结"): two duties, never milestones
    of one."""
    recurring = {h.deadline.recurrence for h in hits if h.deadline.recurrence}
    if len(hits) < 2 or not recurring:
        return [(ms, me, hits)]
    # "每日开展巡查，…，确保每月全覆盖一次": a rate the duty before it must reach, no second duty.
    hits = [h for i, h in enumerate(hits) if not (i and h.deadline.recurrence and hits[i - 1].deadline.recurrence
                                                  and para.endswith("确保", 0, h.start))]
    recurring = {h.deadline.recurrence for h in hits if h.deadline.recurrence}
    first = first_report(para, hits)
    if first is not None:
        return [(ms, me, [first])]
    if all(h.deadline.recurrence for h in hits):
        if len(recurring) < 2:
            return [(ms, me, hits)]
        cuts = ",;"
    else:
        cuts = ";"
    pieces, start, k = [], ms, 0
    # "…，请于每季度末五日内上报…，另外，…务必于4月23日前上报": 另外/此外 opens another duty;
    # so does a clause opening with a time of the other kind ("每月15日前报送进展，2024年3月底前报送总结").
    for cut in [i + 1 for i in range(ms, me) if para[i] in cuts
                or (para[i] == "," and (para.startswith(_BESIDES, i + 1) or _other_kind_opens(para, i, hits)))] + [me]:
        j = k
        while j < len(hits) and hits[j].end <= cut:
            j += 1
        if j > k or cut == me:
            pieces.append([start, cut, hits[k:j]])
            start, k = cut, j
        elif pieces:
            pieces[-1][1] = cut
            start = cut
    for p, q in zip(pieces, pieces[1:]):
        if p[2] and q[2]:
            q[2] = [yearly_step(p[2][-1], h) for h in q[2]]
    return [tuple(p) for p in pieces if p[1] > p[0]]


# The first report of a recurring one, stated before it ("首次报送时间为3月8日前，…；自4月份开始每月
# 8日前报送上月数据"): one duty, first due on the stated day.
_FIRST_REPORT = re.compile(r"(?:首次|第一次)[^,;。]{0,8}?$")


def first_report(para: str, hits: list):
    """The recurring hit of ``hits``, first due on the one-off day before it that names the
    first report on the rule's day of the month; else None."""
    if len(hits) != 2 or hits[0].deadline.recurrence or not hits[1].deadline.recurrence:
        return None
    one, rec = hits[0].deadline, hits[1].deadline
    day = re.fullmatch(r"FREQ=MONTHLY;BYMONTHDAY=(\d+)", rec.recurrence)
    if not (day and one.date and one.date.day == int(day.group(1))
            and _FIRST_REPORT.search(para, max(0, hits[0].start - 12), hits[0].start)):
        return None
    h = hits[1]
    return Hit(h.start, h.end, Deadline(one.date, "day", rec.recurrence, rec.text), h._clause, h._src, h._display)


# Words between a comma and the time phrase opening the next clause ("，并于年底前报送…").
_TIME_LEAD = re.compile(r"(?:并|同时)?(?:分别)?(?:要|须|应)?(?:于|在)?")
_YEAR_WRITTEN = re.compile(r"\d{4}年")


def _other_kind_opens(para: str, i: int, hits: list) -> bool:
    """Does the clause after the comma at ``para[i]`` open with a time phrase, one-off after a
    recurring one or recurring after a one-off, in the same clause run (no ；between)? A
    month with no year after a yearly rule is its next step ("每年2月底前…，3月底前…")."""
    before = [h for h in hits if h.end <= i]
    after = next((h for h in hits if h.start > i), None)
    if not (before and after and bool(before[-1].deadline.recurrence) != bool(after.deadline.recurrence)):
        return False
    return ";" not in para[before[-1].end:i] and _TIME_LEAD.fullmatch(para, i + 1, after.start) is not None


def yearly_step(prev: Hit, h: Hit) -> Hit:
    """The yearless date ``h`` of a clause after the yearly rule ``prev`` recurs with it:
    "2020年起，每年2月底前X完成…，3月底前Y完成…" — Y's duty is every March, first in the
    rule's first year. Other hits come back unchanged."""
    d, first = h.deadline, prev.deadline.date
    if d.recurrence or d.date is None or first is None or _YEAR_WRITTEN.search(d.text) \
            or not (prev.deadline.recurrence or "").startswith("FREQ=YEARLY;BYMONTH="):
        return h
    last = calendar.monthrange(2001, d.date.month)[1]
    day = d.date.day if d.precision == "day" else (-1 if d.date.month == 2 else last)
    when = date(first.year, d.date.month, min(d.date.day, calendar.monthrange(first.year, d.date.month)[1]))
    when = when if when >= first else date(first.year + 1, when.month, min(when.day, last))
    rule = f"FREQ=YEARLY;BYMONTH={d.date.month};BYMONTHDAY={day}"
    return Hit(h.start, h.end, Deadline(when, d.precision, rule, d.text), h._clause, h._src, h._display)


# A dated sentence whose subject is the item the sentences before it name ("改建标准化菜市场4家。
# 项目具体实施进度为：第一季度…；第四季度完成1家。", "…。该项目计划于10月底前完工。", "…。以上工作
# 要在2月底前完成。"): its schedule, so the task's text starts with the item.
ITEM_SCHEDULE = rule(
    "item_schedule",
    r"(?:该|本|此)?项目(?:具体)?(?:实施)?(?:进度|计划|安排|进度安排|时间安排)(?:为|如下)?(?=:|,|于|在|[第一二三四上下\d])"
    r"|(?:该|本|此)项目(?:将|拟|计划|预计)?(?:于|在)"
    r"|" + alternation(lexicon().work_above) + r"(?:均|都)?(?:要|须|应|务必|必须)?(?:在|于)"
    # the one work just stated ("…统一归集。此项工作于9月8日前完成。"), or only its time, with no
    # doer or act of its own ("…报至妇委会。申报时间2027年5月20日前。", "考试时间7月6日之前完成。")
    r"|(?:此|该|本|这)项?(?:工作|任务)(?:要|须|应|务必|必须)?(?:在|于)"
    r"|[^,;。:]{0,6}时间(?:为|:)?(?=(?:19|20)?\d[^,;。:]{0,12}?(?:以前|之前|前)(?:完成)?。)"
    # or the request to hand it in, naming nothing to hand in ("…须填报《申请表》。请于9月12日前报送。")
    r"|(?:请|請)(?:务必)?(?:于|在)(?=(?:19|20)?\d[^,;。:将把]{0,14}?(?:以前|之前|前)(?:报送|上报|提交|报出|送交|报)[^,;。:将把]{0,10}。)",
    "anaphor",
    [("项目具体实施进度为：第一季度确定建设单位；第四季度完成1家。", ["项目具体实施进度为"]),
     ("该项目计划于10月底前完工。", ["该项目计划"]), ("本项目于2027年6月底前开工建设。", ["本项目于"]),
     ("以上工作要在2027年2月底前完成。", ["以上工作要在"]), ("上述各项任务均须于6月底前完成。", ["上述各项任务均须于"]),
     ("此项工作于9月8日前完成。", ["此项工作于"]), ("活动申报时间2027年5月20日前。", ["活动申报时间"]),
     ("考试时间7月6日之前完成。", ["考试时间"]),
     ("请于2027年9月12日前报送。", ["请于"]), ("请于9月12日前报送科技处。", ["请于"]),
     ("项目单位要于6月底前报送材料。", []), ("报送时间为5月20日前，逾期不予受理。", []),
     ("请于9月12日前将申请表报送科技处。", [])],
    doc="Matched at the start of a sentence that follows another in its paragraph.",
)


def schedules_item(text_norm: str, a: int, b: int) -> bool:
    """Does the sentence ``text_norm[a:b]`` give the schedule of the item named before it?"""
    return ITEM_SCHEDULE.pattern.match(text_norm, a, b) is not None


# What may stand before a time clause opening a run of duties: nothing, the item's number, "今年",
# or one short clause citing the notice ("《通知》要求,").
_HEAD_BEFORE = re.compile(r"(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?(?:[^,;。]{2,12}(?:要求|明确|提出),)?(?:今年|本年度?)?")


def heads_sentence(para: str, ms: int, h_start: int, h_end: int) -> bool:
    """Does the time phrase ``para[h_start:h_end]`` open the sentence at ``ms`` as a clause
    of its own ("今年11月底前,市经信委要…")? When that sentence opens its paragraph, the
    sentences after it that name their own subject and no date ("市住建委等要…。市交通委
    要…。") are due then too (a time opening a sentence later in a paragraph binds only
    its own sentence)."""
    return para.startswith(",", h_end) and _HEAD_BEFORE.fullmatch(para, ms, h_start) is not None
