"""Per-unit statistics over a period: 按期办结率, overdue and open counts, in one grouped query.

A cell belongs to a period when its due date falls in it. Looking back from an as-of
date, a cell counts as done only if it was completed on or before that date, so a
statistic of last month does not change because of what was ticked today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker.ledger.reporting import DONE_DAY
from tracker.ledger.tasks import NO_UNIT


@dataclass(slots=True)
class UnitStats:
    """One unit's record for cells due in a period, as of a date.

    ``due`` cells fell due on or before the as-of date; of those ``on_time`` were done by
    their due date and ``late`` after it; ``overdue`` (tasks and cells) are past due and
    not done; ``open`` (tasks and cells) are not done and not yet due.
    """

    unit_id: int
    name: str
    due: int = 0
    on_time: int = 0
    late: int = 0
    overdue_tasks: int = 0
    overdue_cells: int = 0
    open_tasks: int = 0
    open_cells: int = 0

    @property
    def rate(self) -> float | None:
        """按期办结率 in 0..1, None when nothing was due yet."""
        return self.on_time / self.due if self.due else None


def unit_stats(ledger, start: date, end: date, as_of: date, *, unit_ids: set[int] | None = None,
               document_id: int | None = None) -> list[UnitStats]:
    """Per cell-owning unit, its cells of active tasks due from ``start`` to ``end``
    (both included) as of ``as_of``; ``unit_ids`` limits the units. Sorted by name."""
    due_end = min(end, as_of).isoformat()
    over_end = min(end, as_of - timedelta(days=1)).isoformat()
    today = as_of.isoformat()
    done = f"(c.done=1 AND {DONE_DAY}<=:today)"
    sql = (
        "SELECT c.unit_id, u.name, "
        "SUM(c.due<=:due_end), "
        f"SUM(c.due<=:due_end AND {done} AND {DONE_DAY}<=c.due), "
        f"SUM(c.due<=:due_end AND {done} AND {DONE_DAY}>c.due), "
        f"COUNT(DISTINCT CASE WHEN c.due<=:over_end AND NOT {done} THEN c.task_id END), "
        f"SUM(c.due<=:over_end AND NOT {done}), "
        f"COUNT(DISTINCT CASE WHEN c.due>:over_end AND NOT {done} THEN c.task_id END), "
        f"SUM(c.due>:over_end AND NOT {done}) "
        "FROM cells c JOIN tasks t ON t.id=c.task_id JOIN units u ON u.id=c.unit_id "
        "WHERE t.state='active' AND c.unit_id<>:no_unit AND c.due>=:start AND c.due<=:end")
    args = {"due_end": due_end, "over_end": over_end, "today": today, "no_unit": NO_UNIT,
            "start": start.isoformat(), "end": end.isoformat()}
    if document_id is not None:
        sql += " AND t.document_id=:doc"
        args["doc"] = document_id
    rows = []
    for uid, name, *nums in ledger.db.execute(sql + " GROUP BY c.unit_id", args):
        if unit_ids is not None and uid not in unit_ids:
            continue
        rows.append(UnitStats(uid, name, *(n or 0 for n in nums)))
    rows.sort(key=lambda r: r.name)
    return rows


def totals(rows: list[UnitStats]) -> UnitStats:
    """The sum of ``rows`` as one record (task counts add up per unit, so a task shared
    by two units counts twice, as in the per-unit table)."""
    out = UnitStats(0, "合计")
    for r in rows:
        out.due += r.due
        out.on_time += r.on_time
        out.late += r.late
        out.overdue_tasks += r.overdue_tasks
        out.overdue_cells += r.overdue_cells
        out.open_tasks += r.open_tasks
        out.open_cells += r.open_cells
    return out
