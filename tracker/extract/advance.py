"""A hand-in asked ahead of an event: "提前一周报校工会", "提前2个工作日内报总值班室", "提前将登记表报到团委".

The event (each branch's own meeting, each trip, the day the activity is held) is the doer's own
and the notice gives no day for it, so the clerk keeps the phrase with no date, as with
"会后5个工作日内". Only a hand-in after 提前 counts: "提前完成任务", "提前谋划" and "可提前一周报到"
(reporting for duty) set no limit on a deliverable.
"""

from __future__ import annotations

from tracker.deadlines import Deadline
from tracker.extract.dated import Hit
from tracker.extract.event_relative import EVENT_RELATIVE, hands_out_work, may_follow_event
from tracker.extract.rules import rule

# 提前, an optional amount of time, then a hand-in: a verb of sending right after it, or the thing
# sent with 将/把 and its verb within the clause. "报到" alone (to report for duty) is no hand-in.
ADVANCE = rule(
    "advance_hand_in",
    r"(?<!可)提前(?:[0-9一二两三四五六七八九十]{1,3}个?(?:工作日|天|日|周|星期|小时))?(?:内|以内)?"
    r"(?=(?:将|把)[^,;。]{1,40}?(?:报|交|送|收回|告知)(?!到(?:[,;。并]|$))"
    r"|(?:报送|上报|提交|报|交|送)(?!到(?:[,;。并]|$)))",
    "relative",
    [("各分会要将申请报告提前一周报校工会。", ["提前一周"]), ("报备材料提前2个工作日内报总值班室。", ["提前2个工作日内"]),
     ("各总支提前将登记表报到院团委。", ["提前"]), ("请住户提前将楼道杂物收回。", ["提前"]),
     ("确保提前完成全年任务。", []), ("毕业班学生可提前一周报到。", []), ("要提前谋划，提前部署。", []),
     ("建议提前1天完成网络提交。", [])],
    doc="Searched in a paragraph; each match is a limit counted back from an event the notice does not date.",
)


def may_advance(text_norm: str, start: int = 0, end: int | None = None) -> bool:
    """May ``text_norm[start:end]`` hold a hand-in asked ahead or a duty counted from an undated
    event (the only ways ``advance_hits`` adds a hit)?"""
    end = len(text_norm) if end is None else end
    return text_norm.find("提前", start, end) >= 0 or may_follow_event(text_norm, start, end)


def advance_hits(text_norm: str, hits: list[Hit], show) -> list[Hit]:
    """``hits`` with each hand-in asked ahead of an undated event (``ADVANCE``) and each duty
    counted from one (``EVENT_RELATIVE``) in ``text_norm`` added as a relative limit, when no due
    date was found in its sentence."""
    if not may_advance(text_norm):
        return hits
    found = []
    for s in sorted(ADVANCE.spans(text_norm) + EVENT_RELATIVE.spans(text_norm), key=lambda s: s.start):
        a = max(text_norm.rfind(c, 0, s.start) for c in "。;!?") + 1
        b = min((i for i in (text_norm.find(c, s.end) for c in "。;!?") if i >= 0), default=len(text_norm))
        if any(a <= h.start < b for h in hits):
            continue  # the sentence has a due date of its own
        if s.rule == EVENT_RELATIVE.name and not hands_out_work(text_norm, a, s.start, s.end, b, hits):
            continue
        found.append(Hit(s.start, s.end, Deadline(None, "relative", None, show(s.start, s.end)),
                         src=text_norm, display=show))
    return sorted(hits + found, key=lambda h: h.start) if found else hits
