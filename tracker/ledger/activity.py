"""What happened within a period, for the weekly and monthly reports: cells ticked done,
tasks completed, extensions (延期) and terminations (终止).

Like :mod:`tracker.ledger.reporting`, each function answers in one or two grouped queries;
the period's days are parameters and both ends are included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.ledger.reporting import DONE_DAY, task_scope


@dataclass(slots=True)
class DoneCell:
    """A cell ticked done within a period (and still done)."""

    task_id: int
    title: str
    doc_no: str | None
    unit: str
    label: str
    is_final: bool
    due: str | None
    done_at: str  # when the tick was entered
    done_by: str | None
    done_on: str = ""  # the completion date given

    @property
    def done_day(self) -> str:
        """The completion date (ISO day) the reports count."""
        return self.done_on or self.done_at[:10]

    @property
    def on_time(self) -> bool | None:
        """True when done on or before the due date; None for a cell without one."""
        return None if not self.due else self.done_day <= self.due


def done_between(ledger, start: date, end: date, *, unit_id: int | None = None,
                 document_id: int | None = None) -> list[DoneCell]:
    """Cells of active tasks ticked from ``start`` to ``end`` (both days included), oldest first."""
    scope, params = task_scope(None, document_id)
    sql = ("SELECT c.task_id, t.title, d.doc_no, COALESCE(u.name, '（未指定单位）'), m.label, m.is_final, c.due, "
           f"c.done_at, c.done_by, {DONE_DAY} FROM cells c JOIN tasks t ON t.id=c.task_id "
           "JOIN milestones m ON m.id=c.milestone_id LEFT JOIN units u ON u.id=c.unit_id "
           "LEFT JOIN documents d ON d.id=t.document_id "
           f"WHERE c.done=1 AND t.state='active' AND {DONE_DAY}>=? AND {DONE_DAY}<=?{scope}")
    args = [start.isoformat(), end.isoformat(), *params]
    if unit_id is not None:
        sql += " AND c.unit_id=?"
        args.append(unit_id)
    return [DoneCell(t, ti, dn, u, lab, bool(f), due, at, by, on)
            for t, ti, dn, u, lab, f, due, at, by, on
            in ledger.db.execute(sql + f" ORDER BY {DONE_DAY}, c.done_at, c.task_id", args)]


def completed_tasks_between(ledger, start: date, end: date, *, unit_id: int | None = None,
                            document_id: int | None = None) -> set[int]:
    """Tasks now fully done whose last cell was ticked from ``start`` to ``end``."""
    scope, params = task_scope(unit_id, document_id)
    sql = (f"SELECT c.task_id FROM cells c JOIN tasks t ON t.id=c.task_id WHERE t.state='active'{scope} "
           f"GROUP BY c.task_id HAVING MIN(c.done)=1 AND MAX({DONE_DAY}) BETWEEN ? AND ?")
    return {r[0] for r in ledger.db.execute(sql, [*params, start.isoformat(), end.isoformat()])}


@dataclass(slots=True)
class StateChange:
    """An extension (延期) or a termination (终止) made within a period."""

    kind: str  # "extension" | "termination"
    task_id: int
    title: str
    doc_no: str | None
    old_deadline: str | None
    new_deadline: str | None
    reason: str
    by: str | None
    at: str


def changes_between(ledger, start: date, end: date, *, unit_id: int | None = None,
                    document_id: int | None = None) -> list[StateChange]:
    """Extensions and terminations recorded from ``start`` to ``end`` (days included), oldest first."""
    scope, params = task_scope(unit_id, document_id)
    lo, hi = start.isoformat(), end.isoformat()
    db = ledger.db
    out = [StateChange("extension", *r) for r in db.execute(
        "SELECT t.id, t.title, d.doc_no, e.old_deadline, e.new_deadline, e.reason, e.by, e.at "
        "FROM extensions e JOIN tasks t ON t.id=e.task_id LEFT JOIN documents d ON d.id=t.document_id "
        f"WHERE substr(e.at, 1, 10) BETWEEN ? AND ?{scope}", [lo, hi, *params])]
    out += [StateChange("termination", *r) for r in db.execute(
        "SELECT t.id, t.title, d.doc_no, t.deadline, NULL, COALESCE(t.state_reason, ''), t.state_changed_by, "
        "t.state_changed_at FROM tasks t LEFT JOIN documents d ON d.id=t.document_id "
        f"WHERE t.state='terminated' AND substr(t.state_changed_at, 1, 10) BETWEEN ? AND ?{scope}",
        [lo, hi, *params])]
    out.sort(key=lambda c: (c.at, c.task_id))
    return out
