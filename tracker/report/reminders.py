"""What to remind the clerk of: open milestones of the units they follow that are due
within a number of days of an as-of date (overdue ones included), and when to remind.

The app shows these as a desktop notification on start and once a day; the selection and
the schedule are plain functions of their inputs, with ``as_of``/``now`` as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tracker.ledger import reporting
from tracker.report.stats import followed_unit_ids
from tracker.short_text import shorten

DEFAULT_DAYS = 7
_MAX_LINES = 6


@dataclass(frozen=True)
class Reminder:
    """One unit's open milestone on one task, due ``days`` after the as-of date (negative: overdue)."""

    unit: str
    task_id: int
    title: str
    doc_no: str | None
    due: str
    label: str
    days: int


def due_reminders(ledger, as_of: date, days: int = DEFAULT_DAYS, units=None) -> list[Reminder]:
    """Open milestones of active tasks due by ``as_of + days`` (overdue first, then by due
    date), one per unit and task at its earliest open due date; ``units`` (names, a
    collective bringing its members) limits them to the clerk's units, None to all."""
    ids = followed_unit_ids(ledger, units) if units else None
    if units and not ids:
        return []
    out = []
    for item in reporting.open_items(ledger, as_of, max(0, days)):
        if ids is not None and item.unit_id not in ids:
            continue
        out.append(Reminder(item.unit, item.task_id, item.title, item.doc_no, item.due, item.label,
                            (date.fromisoformat(item.due) - as_of).days))
    out.sort(key=lambda r: (r.due, r.unit, r.task_id))
    return out


def reminder_text(reminders: list[Reminder], days: int) -> tuple[str, str]:
    """(title, body) of the notification for ``reminders``; the body lists the first few."""
    overdue = sum(1 for r in reminders if r.days < 0)
    soon = len(reminders) - overdue
    parts = []
    if overdue:
        parts.append(f"已逾期 {overdue} 项")
    if soon:
        parts.append(f"{days}天内到期 {soon} 项")
    title = "督办提醒：" + ("，".join(parts) if parts else f"{days}天内没有到期事项")
    lines = []
    for r in reminders[:_MAX_LINES]:
        when = f"逾期{-r.days}天" if r.days < 0 else "今天到期" if r.days == 0 else f"{r.days}天后到期"
        lines.append(f"{r.unit}：{shorten(r.title, 24)}（{when}）")
    if len(reminders) > _MAX_LINES:
        lines.append(f"……另有 {len(reminders) - _MAX_LINES} 项")
    return title, "\n".join(lines)


def parse_time(text: str, default: time = time(9, 0)) -> time:
    """``HH:MM`` → time; ``default`` for anything else (a hand-edited settings file)."""
    try:
        hour, minute = (int(p) for p in str(text).strip().split(":")[:2])
        return time(hour, minute)
    except (TypeError, ValueError):
        return default


def next_run(now: datetime, at: time) -> datetime:
    """The next moment after ``now`` at the daily time ``at``."""
    run = datetime.combine(now.date(), at)
    return run if run > now else run + timedelta(days=1)
