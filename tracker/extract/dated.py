"""Deadline phrases in running task text, filtered to those that set a due date.

``tracker.deadlines.find_deadlines`` finds the phrases and drops document numbers, title
years and start dates. Here the extractor adds what only the sentence context tells:
a bare year is a target only when it reads as one (到/力争/在 before it, a comma or an
action verb after it: "2018年，每个县…", "2018年建成"), a dated event such as a data
cut-off (截至2020年12月31日) is not a deadline, and a recurrence counts only when it
names a date or a repeated act ("每年12月31日前", "每半年通报一次"), not a rate
("每年提高1.5个百分点").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.deadlines import Deadline, find_deadlines
from tracker.extract.model import ExtractedMilestone

_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}年$")
_TARGET_BEFORE = re.compile(r"(到|至|力争|争取|在|于|确保|计划)$")
_TARGET_AFTER = "建完实达创基全累新启推开确形争力引培打要将内前底末已再初中,;、"
_EVENT_BEFORE = re.compile(r"(截止|截至|数据|统计)[^,;。]{0,6}$")
_REPEAT_ACT = re.compile(r"^[^,;。]{0,25}?(一次|报送|报告|通报|上报|调度|召开|开展一|督查|检查一)")
_CLAUSE_END = re.compile(r"[,;。]")


@dataclass
class Hit:
    """A due date found in text: span in the normalized text, the deadline, its clause."""

    start: int
    end: int
    deadline: Deadline
    clause: str


def find_due(text_norm: str, issued: date | None, display=None) -> list[Hit]:
    """Due-date phrases in a normalized sentence or passage, context-filtered.

    ``display(start, end)`` maps a normalized span to original text for milestone texts.
    """
    hits = []
    for start, end, dl in find_deadlines(text_norm, issued):
        before, after = text_norm[max(0, start - 8):start], text_norm[end:end + 1]
        phrase = text_norm[start:end]
        if _EVENT_BEFORE.search(before) or after in ("起", "以"):
            continue
        if dl.precision == "relative" and after in ("不", "未", "没", "仍"):
            continue  # a condition ("落地后3个月内不开展服务的"), not a duty
        if dl.recurrence:
            if not re.search(r"\d+[月日]|[一二三四五六七八九十]+[月日]|周[一二三四五六日]", phrase) \
                    and not _REPEAT_ACT.match(text_norm[end:]):
                continue
        elif _BARE_YEAR.match(phrase):
            if not (_TARGET_BEFORE.search(text_norm[max(0, start - 4):start]) or (after and after in _TARGET_AFTER)):
                continue
        elif dl.precision == "day" and after in ("召", "举", "在", "发", "印", "出"):
            continue
        m = _CLAUSE_END.search(text_norm, end)
        c_start = max(text_norm.rfind(",", 0, start), text_norm.rfind(";", 0, start),
                      text_norm.rfind("。", 0, start)) + 1
        c_end = m.start() if m else len(text_norm)
        clause = display(c_start, c_end) if display else text_norm[c_start:c_end]
        hits.append(Hit(start, end, dl, clause))
    return hits


def collapse(hits: list[Hit]) -> list[Hit]:
    """Drop a coarse date that a more precise one inside the same period refines.

    "形成体检报告（2021年10月）。10月15日前，形成…" is due on 15 October, not at
    the end of October.
    """
    order = {"day": 0, "month": 1, "quarter": 2, "half": 3, "season": 3, "year": 4}
    finest_month: dict[tuple[int, int], int] = {}
    finest_year: dict[int, int] = {}
    for h in hits:
        d = h.deadline
        if d.date and not d.recurrence:
            rank = order.get(d.precision, 9)
            key = (d.date.year, d.date.month)
            finest_month[key] = min(finest_month.get(key, 9), rank)
            finest_year[d.date.year] = min(finest_year.get(d.date.year, 9), rank)
    keep = []
    for h in hits:
        d = h.deadline
        if d.date and not d.recurrence:
            rank = order.get(d.precision, 9)
            if d.precision == "month" and finest_month[(d.date.year, d.date.month)] < rank:
                continue
            if d.precision == "year" and finest_year[d.date.year] < rank:
                continue
        keep.append(h)
    return keep


def schedule(hits: list[Hit]):
    """(deadline, deadline_text, recurrence, milestones) from the due dates of one task.

    One date is the deadline; several distinct dates are milestones and the last one is
    the deadline; a recurring duty gives its first occurrence and its RRULE.
    """
    hits = collapse(hits)
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
