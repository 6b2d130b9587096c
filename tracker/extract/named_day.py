"""Of two recurring times of one frequency in a sentence, the one naming the day binds.

A reporting duty often says how often, then by which day ("每周报送一篇工作信息，于每周四下班前报…",
"每月报送一次进展，每月25日前报…"): one duty, due on the named day. Only a bare frequency
("每周", "每月") gives way, and only to a time of the same frequency; two named days
("每周一调度，每周五报送") or two frequencies ("每季度…，每半年…") stay as they are.
"""

from __future__ import annotations

from tracker.extract.dated import Hit
from tracker.extract.rules import rule

# A recurring time that names no day: how often, not by when.
BARE_FREQUENCY = rule(
    "bare_frequency",
    r"^(?:于|在)?每(?:个)?(?:周|星期|月|季度|半年|年)$",
    "frequency",
    [("每周", ["每周"]), ("每个月", ["每个月"]), ("于每季度", ["于每季度"]),
     ("每周四", []), ("每月25日前", []), ("每季度末", [])],
    doc="Matched on a recurring deadline's own text.",
)


def _period(rrule: str) -> tuple[str | None, str]:
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    return parts.get("FREQ"), parts.get("INTERVAL", "1")


def named_day_binds(hits: list) -> list:
    """``hits`` (of one sentence) with a bare recurring time taking the deadline of another time of
    its frequency that names the day. The bare time keeps its place: the subject before it
    ("机关各部门每周报送…") is the duty's subject."""
    if len(hits) < 2:
        return hits
    bare = [h for h in hits if h.deadline.recurrence and BARE_FREQUENCY.pattern.match(h.deadline.text)]
    if not bare:
        return hits
    named = {}
    for h in hits:
        if h.deadline.recurrence and h not in bare:
            named.setdefault(_period(h.deadline.recurrence), h)
    out = []
    for h in hits:
        day = named.get(_period(h.deadline.recurrence)) if h in bare else None
        out.append(h if day is None else Hit(h.start, h.end, day.deadline, h._clause, h._src, h._display))
    return out
