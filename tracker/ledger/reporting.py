"""Aggregates for the supervision reports: on-time rates, each unit's progress, open items.

Each function takes the ledger and answers one question in one or two grouped queries,
so that a report over 10,000 tasks never loops over tasks issuing SQL per task. Dates
are ISO strings as stored; the as-of date and periods are parameters. What was done or
changed within a period is in :mod:`tracker.ledger.activity`, the 台账 export's rows in
:mod:`tracker.ledger.export_rows`; both share the SQL pieces defined here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker.ledger.tasks import NO_UNIT

# The day a cell was done: the completion date the unit gave (``done_on``), which may be
# earlier than when the tick was entered (``done_at``, an ISO time).
DONE_DAY = "COALESCE(c.done_on, substr(c.done_at, 1, 10))"


def _done_by(as_of: date) -> str:
    """SQL: the cell ``c`` was done on or before ``as_of`` (later completions count as open)."""
    return f"(c.done=1 AND {DONE_DAY}<='{as_of.isoformat()}')"


def _soon(as_of: date, window: int) -> str:
    return (as_of + timedelta(days=window)).isoformat()


def task_scope(unit_id: int | None, document_id: int | None, alias: str = "t") -> tuple[str, list]:
    """SQL conditions limiting tasks to a unit's (directly or via a collective) or a document's."""
    where, params = [], []
    if unit_id is not None:
        where.append(f"({alias}.id IN (SELECT a.task_id FROM assignments a WHERE a.unit_id=?) OR "
                     f"{alias}.id IN (SELECT a.task_id FROM assignments a JOIN unit_members m "
                     f"ON m.collective_id=a.unit_id WHERE m.member_id=?))")
        params += [unit_id, unit_id]
    if document_id is not None:
        where.append(f"{alias}.document_id=?")
        params.append(document_id)
    return "".join(f" AND {w}" for w in where), params


@dataclass(slots=True)
class OnTime:
    """按期办结率 parts: cells due so far, and those done on or before their due date."""

    due: int = 0
    on_time: int = 0

    @property
    def rate(self) -> float | None:
        """The rate in 0..1, or None when nothing was due yet."""
        return self.on_time / self.due if self.due else None


def on_time(ledger, as_of: date, *, unit_id: int | None = None, document_id: int | None = None) -> OnTime:
    """The on-time rate of active tasks' cells due on or before ``as_of``.

    A cell counts as on time when it is done and was ticked on or before its due date;
    with ``unit_id`` only that unit's own cells count (a unit report's own record).
    """
    scope, params = task_scope(None, document_id)
    sql = (f"SELECT COUNT(*), COALESCE(SUM(c.done=1 AND {DONE_DAY}<=c.due), 0) FROM cells c "
           f"JOIN tasks t ON t.id=c.task_id WHERE t.state='active' AND c.due IS NOT NULL AND c.due<=?{scope}")
    args = [as_of.isoformat(), *params]
    if unit_id is not None:
        sql += " AND c.unit_id=?"
        args.append(unit_id)
    due, ok = ledger.db.execute(sql, args).fetchone()
    return OnTime(due, ok)


@dataclass(slots=True)
class UnitProgress:
    """One row of 各责任单位进度."""

    unit_id: int
    name: str
    tasks: int
    cells: int
    cells_done: int
    overdue: int  # tasks where this unit has a cell past due and not done
    due_soon: int  # tasks where this unit's next open cell falls within the window
    on_time: OnTime


def unit_progress(ledger, as_of: date, window: int = 30, *, unit_id: int | None = None,
                  document_id: int | None = None) -> list[UnitProgress]:
    """Per cell-owning unit, its record over active tasks; most overdue first, then by name."""
    scope, params = task_scope(None, document_id)
    today, soon = as_of.isoformat(), _soon(as_of, window)
    done = _done_by(as_of)
    sql = (
        f"SELECT c.unit_id, u.name, COUNT(DISTINCT c.task_id), COUNT(*), SUM({done}), "
        f"COUNT(DISTINCT CASE WHEN NOT {done} AND c.due<? THEN c.task_id END), "
        f"COUNT(DISTINCT CASE WHEN NOT {done} AND c.due>=? AND c.due<=? THEN c.task_id END), "
        "SUM(c.due IS NOT NULL AND c.due<=?), "
        f"SUM(c.due IS NOT NULL AND c.due<=? AND c.done=1 AND {DONE_DAY}<=c.due) "
        "FROM cells c JOIN tasks t ON t.id=c.task_id JOIN units u ON u.id=c.unit_id "
        f"WHERE t.state='active' AND c.unit_id<>?{scope}")
    args = [today, today, soon, today, today, NO_UNIT, *params]
    if unit_id is not None:
        sql += " AND c.unit_id=?"
        args.append(unit_id)
    rows = [UnitProgress(uid, name, n_tasks, n_cells, done or 0, over, soon_n, OnTime(due or 0, ok or 0))
            for uid, name, n_tasks, n_cells, done, over, soon_n, due, ok
            in ledger.db.execute(sql + " GROUP BY c.unit_id", args)]
    rows.sort(key=lambda r: (-r.overdue, -r.due_soon, r.name))
    return rows


@dataclass(slots=True)
class OpenItem:
    """A unit's open duty on one task: its earliest open cell due by ``until``."""

    unit_id: int
    unit: str
    role: str
    task_id: int
    title: str
    doc_no: str | None
    doc_title: str | None
    due: str
    label: str
    deadline_text: str | None


def open_items(ledger, as_of: date, window: int = 30, *, unit_id: int | None = None,
               document_id: int | None = None) -> list[OpenItem]:
    """Open cells of active tasks due by ``as_of + window`` (overdue included), one per
    (unit, task) at its earliest due date; for 催办 notices and reminders, so a cell done (even
    after ``as_of``) is not open. Sorted by unit, then due."""
    where, args = _open_cells(as_of, window, unit_id, document_id)
    sql = (
        "SELECT c.unit_id, u.name, c.task_id, t.title, d.doc_no, d.title, MIN(c.due), t.deadline_text "
        "FROM cells c JOIN tasks t ON t.id=c.task_id JOIN units u ON u.id=c.unit_id "
        f"LEFT JOIN documents d ON d.id=t.document_id WHERE {where}")
    rows = ledger.db.execute(sql + " GROUP BY c.unit_id, c.task_id", args).fetchall()
    roles = _roles(ledger, {r[2] for r in rows})
    labels = dict(((t, due), lab) for t, due, lab in ledger.db.execute(
        "SELECT task_id, due, label FROM milestones WHERE task_id IN (SELECT DISTINCT c.task_id FROM cells c "
        "WHERE c.done=0 AND c.due<=?)", [_soon(as_of, window)]))
    out = [OpenItem(uid, name, roles.get((tid, uid), "responsible"), tid, title, doc_no, doc_title, due,
                    labels.get((tid, due), ""), dtext)
           for uid, name, tid, title, doc_no, doc_title, due, dtext in rows]
    out.sort(key=lambda i: (i.unit, i.due, i.task_id))
    return out


def _open_cells(as_of: date, window: int, unit_id: int | None, document_id: int | None) -> tuple[str, list]:
    """SQL condition and parameters: open cells ``c`` of active tasks ``t`` due by ``as_of + window``."""
    scope, params = task_scope(None, document_id)
    where = f"t.state='active' AND c.done=0 AND c.due IS NOT NULL AND c.due<=? AND c.unit_id<>?{scope}"
    args = [_soon(as_of, window), NO_UNIT, *params]
    if unit_id is not None:
        where += " AND c.unit_id=?"
        args.append(unit_id)
    return where, args


def open_item_counts(ledger, as_of: date, window: int = 30, *, unit_id: int | None = None,
                     document_id: int | None = None) -> dict[int, tuple[int, bool]]:
    """Unit → (its number of ``open_items``, whether one is overdue), counted in SQL alone (no
    item is read), so that notices too many to print are refused at any ledger size."""
    where, args = _open_cells(as_of, window, unit_id, document_id)
    return {uid: (n, bool(late)) for uid, n, late in ledger.db.execute(
        f"SELECT c.unit_id, COUNT(DISTINCT c.task_id), MIN(c.due)<? FROM cells c JOIN tasks t ON t.id=c.task_id "
        f"WHERE {where} GROUP BY c.unit_id", [as_of.isoformat(), *args])}


def _roles(ledger, task_ids: set[int]) -> dict[tuple[int, int], str]:
    """(task, cell unit) → role, a collective's members taking the collective's role."""
    out: dict[tuple[int, int], str] = {}
    if not task_ids:
        return out
    for tid, uid, role, member in ledger.db.execute(
            "SELECT a.task_id, a.unit_id, a.role, m.member_id FROM assignments a "
            "LEFT JOIN unit_members m ON m.collective_id=a.unit_id"):
        if tid in task_ids:
            out.setdefault((tid, member or uid), role)
    return out
