"""``ledger.status``: what is due, for whom, as of a given date.

The as-of date is always a parameter; "today" is supplied at the edges (CLI, app).
A task's next due date is the earliest due date among its open cells. Buckets, lights
and days are read from a task's summary in :mod:`tracker.ledger.buckets`; its units'
packed marks are :mod:`tracker.ledger.marks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.ledger.buckets import BUCKETS, DUE_SOON_DAYS, classify, light_of
from tracker.ledger.status_sql import (
    ALL_ORDER, LEAN_SELECT, OPEN_DATED, ORDER, ROW_FIELDS, SEGMENTS, SELECT, Classifier, as_of_rows, due_range,
    task_filters,
)
from tracker.ledger.unit_status import UnitStatus


@dataclass(slots=True)
class TaskStatus:
    """One task as a card or list line shows it."""

    id: int
    document_id: int | None
    doc_no: str | None
    doc_title: str | None
    title: str
    deadline: str | None
    deadline_text: str | None
    recurrence: str | None
    next_due: str | None
    cells_total: int
    cells_done: int
    state: str
    bucket: str
    days: int | None

    @property
    def light(self) -> str:
        return light_of(self.bucket)


def _classified(rows, as_of: date, window: int) -> list[TaskStatus]:
    """Status rows (from ``SELECT``, ordered by next due date) grouped into buckets in
    display order."""
    of = Classifier(as_of, window)
    groups: dict[str, list[TaskStatus]] = {b: [] for b in BUCKETS}
    for r in rows:
        b, days = of(r)
        groups[b].append(TaskStatus(*r, b, days))
    return [s for b in BUCKETS for s in groups[b]]


class StatusPart(UnitStatus):
    """Bucketed task lists (and, from :class:`UnitStatus`, per-unit marks and counts)."""

    def __init__(self, ledger):
        self._ledger = ledger

    def iter_rows(self, as_of: date, *, window: int = DUE_SOON_DAYS, unit: str | int | None = None,
                  document: int | None = None, bucket: str | None = None, lead_only: bool = False,
                  search: str | None = None, due_within: int | None = None, columns: str = ""):
        """Like ``rows``, streamed: tasks are read from SQLite as they are yielded, in
        display order, each bucket through the index. ``columns``: extra SQL select
        expressions (over ``t``) appended to each row after the TaskStatus, which is
        then yielded as ``(status, extra values…)``."""
        n = len(ROW_FIELDS)
        for r, b, days in self.iter_raw(as_of, window=window, unit=unit, document=document, bucket=bucket,
                                        lead_only=lead_only, search=search, due_within=due_within,
                                        columns=columns):
            status = TaskStatus(*r[:n], b, days)
            yield (status, *r[n:]) if columns else status

    def iter_raw(self, as_of: date, *, window: int = DUE_SOON_DAYS, unit: str | int | None = None,
                 document: int | None = None, bucket: str | None = None, lead_only: bool = False,
                 search: str | None = None, due_within: int | None = None, columns: str = "",
                 lean: bool = False):
        """``iter_rows`` without the objects, for output of every task (the command
        line's list): yields ``(row, bucket, days)`` with ``row`` the plain tuple of
        ``ROW_FIELDS`` followed by the ``columns`` values. ``lean``: document_id,
        doc_title and recurrence are left None (not read: less to decode and sort)."""
        got = task_filters(self._ledger, unit, document, lead_only, search)
        if got is None:
            return
        where, params = got
        wanted = {bucket} if bucket else set(BUCKETS)
        if due_within is not None:
            wanted &= set(OPEN_DATED)
        of = Classifier(as_of, window)
        select = LEAN_SELECT if lean else SELECT
        if columns:
            select = select.replace(" FROM tasks t", f", {columns} FROM tasks t")
        if bucket is None and due_within is None:
            # Every task: one pass over the table in storage order, sorted by SQLite's
            # sorter (which spills to disk, so memory stays bounded) into display order;
            # reading a whole table through an index would seek once per row.
            sql = select + (" WHERE " + " AND ".join(where) if where else "") + ALL_ORDER
            for r in self._ledger.db.execute(sql, params):
                yield (r, *of(r))
            return
        for buckets, cond, order in SEGMENTS:
            if not wanted & set(buckets):
                continue
            sql, args = select + " WHERE " + " AND ".join([cond, *where]), list(params)
            if buckets == OPEN_DATED:
                extra, bounds = due_range(as_of, window, wanted)
                sql += extra
                args += bounds
                if due_within is not None:
                    sql += " AND t.next_due<=?"
                    args.append(date.fromordinal(as_of.toordinal() + due_within).isoformat())
            for r in self._ledger.db.execute(sql + order, args):
                b, days = of(r)
                if b in wanted:
                    yield r, b, days

    def rows(self, as_of: date, *, window: int = DUE_SOON_DAYS, unit: str | int | None = None,
             document: int | None = None, bucket: str | None = None, lead_only: bool = False,
             search: str | None = None, due_within: int | None = None,
             completed_as_of: bool = False) -> list[TaskStatus]:
        """Tasks with their bucket as of ``as_of``, sorted by bucket then next due date.

        ``due_within``: only open tasks due within that many days (overdue included).
        The buckets follow the ticks as they are now; with ``completed_as_of`` (reports of
        a past period) a cell whose completion date is after ``as_of`` counts as open.
        """
        if completed_as_of:
            got = task_filters(self._ledger, unit, document, lead_only, search)
            if got is None:
                return []
            where, params = got
            sql = SELECT + (" WHERE " + " AND ".join(where) if where else "")
            db = self._ledger.db
            out = _classified(as_of_rows(db, db.execute(sql + ORDER, params), as_of), as_of, window)
            if bucket:
                out = [s for s in out if s.bucket == bucket]
            if due_within is not None:
                out = [s for s in out if s.days is not None and s.days <= due_within
                       and s.bucket not in ("done", "terminated")]
            return out
        return list(self.iter_rows(as_of, window=window, unit=unit, document=document, bucket=bucket,
                                   lead_only=lead_only, search=search, due_within=due_within))

    def counts(self, as_of: date, window: int = DUE_SOON_DAYS, *, unit: str | int | None = None,
               document: int | None = None, bucket: str | None = None, lead_only: bool = False,
               search: str | None = None, due_within: int | None = None) -> dict[str, int]:
        """How many tasks fall in each bucket, counted in SQL: open dated tasks grouped by
        next due date on the index, the others by their summary."""
        counts = dict.fromkeys(BUCKETS, 0)
        got = task_filters(self._ledger, unit, document, lead_only, search)
        if got is None:
            return counts
        where, params = got
        join = " LEFT JOIN documents d ON d.id=t.document_id" if search else ""
        of = Classifier(as_of, window)
        cut = "" if due_within is None else " AND t.next_due<=?"
        cut_args = [] if due_within is None else [date.fromordinal(as_of.toordinal() + due_within).isoformat()]
        queries = [
            (f"SELECT t.next_due, 'active', 0, 0, COUNT(*) FROM tasks t{join} WHERE {SEGMENTS[0][1]}{cut}",
             cut_args, " GROUP BY t.next_due"),
        ]
        if due_within is None:
            queries.append((f"SELECT NULL, t.state, t.cells_total, t.cells_done, COUNT(*) FROM tasks t{join} "
                            f"WHERE t.next_due IS NULL AND t.state='active'", [], " GROUP BY 2, 3, 4"))
            queries.append((f"SELECT t.next_due, t.state, t.cells_total, t.cells_done, COUNT(*) FROM tasks t{join} "
                            f"WHERE t.state<>'active'", [], " GROUP BY 1, 2, 3, 4"))
        for sql, args, group in queries:
            for next_due, state, total, done, n in self._ledger.db.execute(
                    sql + "".join(f" AND {w}" for w in where) + group, [*args, *params]):
                b, _days = of((None,) * 8 + (next_due, total, done, state))
                counts[b] += n
        if bucket:
            counts = {b: (n if b == bucket else 0) for b, n in counts.items()}
        return counts

    # -- helpers for the desktop app (partial refresh, start notice, fast filtering) --------

    def rows_for(self, task_ids, as_of: date, *, window: int = DUE_SOON_DAYS,
                 completed_as_of: bool = False) -> list[TaskStatus]:
        """The status rows of just these tasks (missing ids are left out), in ``rows`` order."""
        ids = list(task_ids)
        rows: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows += self._ledger.db.execute(f"{SELECT} WHERE t.id IN ({marks}){ORDER}", chunk).fetchall()
        rows.sort(key=lambda r: (r[8] is None, r[8] or "", r[0]))
        return _classified(as_of_rows(self._ledger.db, rows, as_of) if completed_as_of else rows, as_of, window)

    def newly_due(self, since: date, as_of: date, *, window: int = DUE_SOON_DAYS) -> list[TaskStatus]:
        """Tasks that became overdue, or entered the due-soon window, after ``since``.

        Compares each open task's bucket as of ``since`` with its bucket as of ``as_of``
        (same next due date), so a start-of-day notice lists only what is new.
        """
        if since >= as_of:
            return []
        out = []
        for s in self.rows(as_of, window=window):
            if s.bucket not in ("overdue", "due_soon"):
                continue
            before, _ = classify(s.state, s.next_due, s.cells_total, s.cells_done, since, window)
            if before == "overdue" or (s.bucket == "due_soon" and before == "due_soon"):
                continue
            out.append(s)
        return out
