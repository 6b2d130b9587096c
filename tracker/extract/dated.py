"""Deadline phrases in running task text, filtered to those that set a due date.

``tracker.deadlines.find_deadlines`` finds the phrases and drops document numbers, title years and
start dates. Here the extractor adds what only the sentence context tells: a bare year is a target
only when it reads as one (到/力争/在 before it, a comma or an action verb after it: "2018年，每个县…",
"2018年建成"), a dated event such as a data cut-off (截至2020年12月31日) or the end of the document's
validity (有效期至…) is not a deadline, and a recurrence counts only when it names a date or a
repeated act ("每年12月31日前", "每半年通报一次"), not a rate ("每年提高1.5个百分点").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.deadlines import Deadline, find_deadlines, parse_deadline
from tracker.extract.model import ExtractedMilestone
from tracker.extract.rules import rule
from tracker.recurrence import first_after
from tracker.cn_numerals import cn_to_int
from tracker.extract.not_due import DURATION_TARGET, LIST_YEAR, NAMED_YEAR, PLAN_SPAN, SCOPE_STATEMENT
from tracker.extract.event_days import CUTOFF_DUE, not_due_then
from tracker.extract.past_acts import past_act
from tracker.extract.quoted_practice import in_quoted_practice
from tracker.extract.recurrence_start import recurrence_start
from tracker.extract.report_duty import is_report_after
from tracker.extract.time_names import names_plan_or_span, names_review
from tracker.extract.due_day import bound_by_day
from tracker.extract.plan_steps import TARGET_AT_READS, YEAR_FIGURE_READS, YEAR_TARGET_AT, YEAR_TARGET_FIGURE, past_steps

_BARE_YEAR = re.compile(r"(?:19|20)\d{2}年")

_TARGET_BEFORE = re.compile(r"(到|至|力争|争取|在|(?<![关对由属等基鉴])于|确保|计划)$")  # 关于 is no 于
_YEAR_OF = re.compile(r"中央|全[省市县区国州盟旗镇乡]|(?:新建|建成|新增|完成|实施|开工|改造)的")  # "2027年新建的公园"
_UNMET = re.compile(r"[^,;。]{1,24}?的,")
_TARGET_AFTER = "建完实达创基全累新启推开确形争力引培打要将内前底末已再初中进進,;、"
# "数据截至…" names a cut-off, "普查标准时点为…" the instant a count refers to; "数据于11月10日前必须报送" is a duty.
# "截止时间延长至…", "报送截止日期为…", "报送数据截止时间：…" name the due date itself.
# "统计局于…", "统计机构在…": an office of statistics, not data counted up to a day.
_EVENT_BEFORE = re.compile(r"(截止(?!时间|日期|期限)|截至|(?<!报送)(?<!上报)(?<!提交)(?<!填报)(?:数据|统计)(?![于在要应须必局机部站所处科室中人员])|时点)[^,;。]{0,6}$")
# The end of a stated period ("自2024年6月至12月在全区开展…"): the span of an action, not a due date.
_PERIOD_BEFORE = re.compile(r"自(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:至|到)$"
                            r"|[自从][^,;。]{1,12}?之日起(?:至|到)$")
# The period a document or policy is valid ("自印发之日起施行，有效期至2027年底",
# "执行期限为…至…", a measure's "实施期限至…", "试行期两年，自…起至…止", a public notice's "公示期…至…"): no duty. Read back within the sentence.
# A duty near the word ("有效期满后…要于…", "有效期届满前30日内申请") keeps its date.
_VALIDITY_BEFORE = re.compile(r"(?:有效期|有效期限|试行期|执行期限|执行期间|施行期限|实施期限|公示期|公示时间)[^。;满届内后前要应须将请]{0,24}$")
# A duty verb after a recurrence word makes it a repeated act ("每季度末前汇总…", "每半年通报一次", "每月，报市政府");
# the time phrase may stand alone in its clause, or with its due hour ("每日上午12点以前，通过系统报送").
_REPEAT_ACT = re.compile(
    r",?(?:[^,;。]{0,8}?\d[时点](?:\d{1,2}分|半)?(?:以前|之前|前),)?(?:将[^,;。]{0,45}?|[^,;。]{0,25}?)(一次|(?:至少|不少于)[1-5]次|报(?![酬价名销废考])|汇总|调度|召开|开展|组织|督查|督导|检查|核查|巡查|排查|"
    r"考核|评估|评议|分析|研判|会商|研究|通报|公开|公布|公示|发布|更新|梳理|总结|提交|听取|部署|自查|自评)")
# A monthly duty's day, written later in its sentence as the day of the next month.
NEXT_MONTH_DAY = rule(
    "next_month_day",
    r"[^。;]{0,30}?(?:次月|下月|下个月)(\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:以?前|之前)",
    "day",
    [("月度快报每月报送一次,当月的快报数据请在次月10日前报送省厅", ["月度快报每月报送一次,当月的快报数据请在次月10日前"]),
     ("向主席作综合报告一次,均限于次月十日前送达", ["向主席作综合报告一次,均限于次月十日前"]),
     ("每月报送一次,于次年1月底前完成总结", []), ("次月35日前", [])],
    value=lambda m: cn_to_int(m.group(1)),
    when=lambda m: 1 <= (cn_to_int(m.group(1)) or 0) <= 31,
)
# A day with no month ("在24日前"): read against an issue date only, never a year's 1 January.
_DAY_ONLY = re.compile(r"(?:3[01]|[12]\d|0?[1-9])[日号]")  # "76日" is 7月6日 whose 月 was lost
_NAMED_DAY = re.compile(r"\d+[月日]|[一二三四五六七八九十]+[月日]|周[一二三四五六日]|[月季年][底末]前")
_CLAUSE_END = re.compile(r"[,;。]")
_CLAUSE_BACK = 300

# "每周开展一次检查" names no weekday, "两个月召开一次" no day: which is first cannot be told (left open).
_NO_WEEKDAY = re.compile(r"FREQ=WEEKLY(?:;INTERVAL=\d+)?|FREQ=MONTHLY;INTERVAL=\d+")
# The first occurrence stated in brackets after a recurring time ("每月28日(本次报送于5月29日)").
_FIRST_TIME = re.compile(r"\((?:本次|首次|第一次|本月|本期)[^()]{0,8}?((?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[^()]{0,4}\)")


class Hit:
    """A due date found in text: span in the normalized text, the deadline, its clause.

    The clause (the milestone text) is only needed when a task has several dates, so
    it is found and rendered on first use.
    """

    __slots__ = ("start", "end", "deadline", "_clause", "_src", "_display")

    def __init__(self, start: int, end: int, deadline: Deadline, clause: str | None = None,
                 src: str | None = None, display=None):
        self.start, self.end, self.deadline = start, end, deadline
        self._clause, self._src, self._display = clause, src, display

    @property
    def clause(self) -> str:
        if self._clause is None:
            # ``_src`` is the text the hit was found in; its span is relative to it.
            a, b = clause_span(self._src, self.start, self.end)
            if b == self.end and self._src[b:b + 1] == ",":
                # "到2027年6月底，建成500个": the time phrase is a clause of its own, the
                # milestone is what follows it.
                b = clause_span(self._src, b + 1, b + 1)[1]
            self._clause = self._display(a, b) if self._display else self._src[a:b]
        return self._clause


def clause_span(text_norm: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text_norm[start:end]``: between commas, semicolons, full stops.

    A clause is short, so the search is bounded and a long text stays linear.
    """
    floor = max(0, start - _CLAUSE_BACK)
    c_start = max(text_norm.rfind(",", floor, start), text_norm.rfind(";", floor, start),
                  text_norm.rfind("。", floor, start), floor - 1) + 1
    m = _CLAUSE_END.search(text_norm, end, end + _CLAUSE_BACK)
    return c_start, (m.start() if m else min(len(text_norm), end + _CLAUSE_BACK))


def find_due(text_norm: str, issued: date | None, display=None, dated_issue: bool = True,
             started: tuple[date, str] | None = None, folded: bool = False, anchors: list[int] | None = None) -> list[Hit]:
    """Due-date phrases in a normalized sentence or passage, context-filtered.

    ``display(start, end)`` maps a normalized span to original text for milestone texts.
    ``dated_issue``: False when ``issued`` is only the year the text names (no issue date):
    a recurring duty's first occurrence then cannot be told unless its start is stated.
    ``started``: (start, FREQ) of a reporting system the document starts: its reports of
    that frequency are due from the start on (FREQ None: all, a regulation in force). ``folded``: its own fold; ``anchors``: see find_deadlines.
    """
    hits = []
    for start, end, dl in find_deadlines(text_norm, issued, keep_past=True, folded=folded, anchors=anchors):
        if ("“" in text_norm or "制度" in text_norm or "机制" in text_norm) and in_quoted_practice(text_norm, start):
            continue  # "遵循“年初公布、年中检查、年底兑现”的原则": when steps happen in general
        if dl.recurrence:
            if _EVENT_BEFORE.search(text_norm, max(0, start - 8), start) \
                    or text_norm[end:end + 1] == "起" or (text_norm[end:end + 1] == "以" and text_norm[end - 1] != "前"):
                continue
            if not _NAMED_DAY.search(text_norm, start, end) \
                    and not _REPEAT_ACT.match(text_norm, end, end + 40) and not is_report_after(text_norm, end):
                continue
            begins = recurrence_start(text_norm, start, issued)
            first = _FIRST_TIME.match(text_norm, end) if text_norm[end:end + 1] == "(" else None
            first = first and parse_deadline(first.group(1), issued)
            if not begins and started and (started[1] is None or dl.recurrence.startswith(started[1] + ";")
                                           and "INTERVAL=3" not in dl.recurrence and "INTERVAL=6" not in dl.recurrence):
                begins = started[0]
            if begins:
                # Due on or after the start: the start's own day may be the first one.
                dl = parse_deadline(dl.text, begins - timedelta(days=1)) or dl
            elif first and first.date:  # "每月28日(本次报送于5月29日)之前": the first one is stated
                dl = Deadline(first.date, dl.precision, dl.recurrence, dl.text)
            elif (not dated_issue or _NO_WEEKDAY.fullmatch(dl.recurrence)) and dl.date is not None:
                dl = Deadline(None, dl.precision, dl.recurrence, dl.text)
            day = NEXT_MONTH_DAY.pattern.match(text_norm, end) if dl.recurrence == "FREQ=MONTHLY;BYMONTHDAY=-1" else None
            if day and NEXT_MONTH_DAY.when(day):
                # "每月报送一次，当月的数据请在次月10日前报送": the day of the month after each month.
                rule_ = f"FREQ=MONTHLY;BYMONTHDAY={NEXT_MONTH_DAY.value(day)}"
                dl = Deadline(first_after(rule_, issued) if issued and dated_issue and not begins else None,
                              "day", rule_, dl.text)
        else:
            if not dated_issue and dl.date and ("本月" in dl.text or "当月" in dl.text
                                                or _DAY_ONLY.match(text_norm, start)):
                dl = Deadline(None, dl.precision, None, dl.text)  # 本月 of a year-only reference: no month known
            if "期" in text_norm[max(0, start - 30):start] \
                    and _VALIDITY_BEFORE.search(text_norm, max(0, start - 30), start):
                continue
            if dl.precision in ("year", "quarter") and (SCOPE_STATEMENT.pattern.match(text_norm, start, start + 60)
                                                        or NAMED_YEAR.pattern.match(text_norm, start, end + 6)
                                                        or PLAN_SPAN.pattern.match(text_norm, start, end + 10) or LIST_YEAR.pattern.match(text_norm, start, start + 220)):
                continue  # the year a guiding statement covers ("2024年全市…总体要求是："), or a document's
            # The other tests read eight characters before the phrase and one after it:
            # dense text repeating a phrase in the same context decides it once.
            lo = start - 8 if start >= 8 else 0
            # YEAR_TARGET_AT reads the clause after "年在", YEAR_TARGET_FIGURE after a year: context then.
            tail = end + (TARGET_AT_READS if text_norm.startswith("在", end) else YEAR_FIGURE_READS if dl.precision == "year" else 1)
            key = (text_norm[lo:tail], start - lo, dl.precision)
            ok = _KEPT.get(key)
            if ok is None:
                ok = _keep(text_norm, start, end, dl)
                if len(_KEPT) >= 8192:
                    _KEPT.clear()
                _KEPT[key] = ok
            if not text_norm.endswith("前", start, end) and not_due_then(text_norm, start, end, dl.precision):
                continue  # an approving meeting, a meeting's day, a signature's date, 确保今年各项任务完成
            if not ok or past_act(text_norm, start, end) or (dl.precision == "year" and names_review(text_norm, start, end)) \
                    or names_plan_or_span(text_norm, start, end):
                continue
        hits.append(Hit(start, end, dl, src=text_norm, display=display))
    return past_steps(text_norm, hits, issued) if issued else hits


_KEPT: dict = {}


def _keep(text_norm: str, start: int, end: int, dl: Deadline) -> bool:
    """Is the non-recurring phrase at ``text_norm[start:end]`` a due date in context?"""
    after = text_norm[end:end + 1]
    # "截至2019年12月底" may open with 至; "6月30日以后" starts a period ("前以…名义出台": a manner).
    if after == "起" or (after == "以" and text_norm[end - 1] != "前") \
            or _EVENT_BEFORE.search(text_norm, max(0, start - 8), start + (text_norm[start] == "至")) \
            and not CUTOFF_DUE.pattern.search(text_norm, max(0, start - 8), end):  # "申报时间截止4月13日"
        return False
    if _PERIOD_BEFORE.search(text_norm, max(0, start - 14), start + (text_norm[start] in "至到")):
        return False
    if after in ("不", "未", "没", "仍") and (dl.precision == "relative" or _UNMET.match(text_norm, end)):
        return False  # a condition ("开业后6个月内未营业的", "3月31日前仍未申报的，…将取消"), not a duty
    if dl.precision == "relative" and any(
            s.start <= start - max(0, start - 8) and s.end >= end - max(0, start - 8)
            for s in DURATION_TARGET.spans(text_norm[max(0, start - 8):end + 4])):
        return False
    if dl.precision == "year" and _BARE_YEAR.fullmatch(text_norm, start, end):
        # "2027年中央财政…资金": the year of central funds, not a target ("2027年中" is mid-year);
        # "对2027年全省林业重点工作…": the year of the work named, not "2027年全面完成".
        return bool(_TARGET_BEFORE.search(text_norm[max(0, start - 4):start])
                    or (after and after in _TARGET_AFTER and not _YEAR_OF.match(text_norm, end))
                    or YEAR_TARGET_AT.pattern.match(text_norm, end) or YEAR_TARGET_FIGURE.pattern.match(text_norm, end))
    if dl.precision == "day" and after in ("召", "举", "在", "发", "印", "出") \
            and not text_norm.endswith("前", start, end):
        return False  # an event on that day ("9月28日召开"); "4日前出台" is a due date
    return True


def collapse(hits: list[Hit]) -> list[Hit]:
    """Drop a coarse date that a more precise one inside the same period refines.

    "形成体检报告（2021年10月）。10月15日前，形成…" is due on 15 October, not at
    the end of October. Two separate targets are both kept: "到2027年6月底…；到2027年底…"
    (a semicolon between them, or each introduced by 到/至) are two milestones.
    """
    kinds = {h.deadline.precision for h in hits}
    if len(kinds) < 2 or not kinds & {"month", "year"}:
        return hits  # nothing coarse to refine
    keep = []
    for h in hits:
        d = h.deadline
        if d.date and not d.recurrence and d.precision in ("month", "year"):
            rank = order_rank(d.precision)
            if any(_refines(r, h, rank) for r in hits if r is not h):
                continue
        keep.append(h)
    return keep


def _refines(r: Hit, h: Hit, rank: int) -> bool:
    """Is ``r`` a finer date inside the period of ``h`` that states the same target?"""
    d = r.deadline
    if not d.date or d.recurrence or order_rank(d.precision) >= rank:
        return False
    if d.date.year != h.deadline.date.year:
        return False
    if h.deadline.precision == "month" and d.date.month != h.deadline.date.month:
        return False
    if _TARGET_MARK.match(r.deadline.text) and _TARGET_MARK.match(h.deadline.text):
        return False  # "到6月底…，到年底…": parallel targets
    if h.deadline.text.endswith("前") and r.deadline.text.endswith("前"):
        return False  # "于6月底前开工，…年底前完工": two due dates, two steps
    if r._src is not None and r._src is h._src:
        first, second = (r, h) if r.start < h.start else (h, r)
        between = r._src[first.end:second.start]
        if ";" in between or first is r and _START_STEP.match(r._src, r.end):
            return False  # "…6月底…；…年底…": two clauses, two targets; "7月份开工，年底竣工": start and finish
        if len(between) <= _JOINED_MAX and _JOINED.search(between):
            return False  # "在上半年结束时和年终分两次督查": two checkpoints joined, both kept
    return True


_START_STEP = re.compile(r"份?(?:左右)?(?:实施|正式|全面)?(?:开工|动工|开建|启动)")  # a work's start, before its finish
# Two dates joined as two checkpoints of one act ("上半年结束时和年终", "6月底及年底").
_JOINED, _JOINED_MAX = re.compile(r"[和及与、]"), 6
_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "season": 3, "year": 4}
_TARGET_MARK = re.compile(r"(到|至)")


def order_rank(precision: str) -> int:
    """How coarse a precision is (day 0 … year 4; relative and none last)."""
    return _RANK.get(precision, 9)


def schedule(hits: list[Hit]):
    """(deadline, deadline_text, recurrence, milestones) from the due dates of one task.

    One date is the deadline; several distinct dates are milestones and the last one is
    the deadline; a recurring duty gives its first occurrence and its RRULE.
    """
    if len(hits) > 1:
        hits = bound_by_day(collapse(hits))
    if not hits:
        return None, None, None, []
    rec = next((h for h in hits if h.deadline.recurrence), None)
    if rec is not None:
        return rec.deadline.date, rec.deadline.text, rec.deadline.recurrence, []
    dated = [h for h in hits if h.deadline.date]
    if not dated:
        h = hits[0]
        return None, h.deadline.text, None, []
    last = max(dated, key=lambda h: h.deadline.date)
    dates = {h.deadline.date for h in dated}
    milestones = []
    if len(dates) > 1:
        seen = set()
        for h in sorted(dated, key=lambda h: h.deadline.date):
            if h.deadline.date not in seen:
                seen.add(h.deadline.date)
                milestones.append(ExtractedMilestone(h.deadline.date, h.clause))
    return last.deadline.date, last.deadline.text, None, milestones
