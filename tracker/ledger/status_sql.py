"""``ledger.status_sql``: the SQL that reads task status rows, and the reading of them.

The select and its orders, the display-order segments of the task table, the WHERE
clauses of the list filters, and the classification of a row into its bucket (with a
past as-of date's rewinding of completions), shared by :mod:`tracker.ledger.status`.
"""

from __future__ import annotations

from datetime import date

from tracker.ledger.buckets import classify


# A task added by hand shows its own source (文号 written, or 领导批示/会议…) where a document's 文号 goes.
SELECT = ("SELECT t.id, t.document_id, COALESCE(d.doc_no, t.source_ref, t.source_kind), d.title, t.title, "
          "t.deadline, t.deadline_text, "
          "t.recurrence, t.next_due, t.cells_total, t.cells_done, t.state "
          "FROM tasks t LEFT JOIN documents d ON d.id=t.document_id")
# The columns of ``SELECT``: the first fields of TaskStatus, in order.
ROW_FIELDS = ("id", "document_id", "doc_no", "doc_title", "title", "deadline", "deadline_text", "recurrence",
              "next_due", "cells_total", "cells_done", "state")
ORDER = " ORDER BY t.next_due IS NULL, t.next_due, t.id"
LEAN_SELECT = (SELECT.replace("t.document_id, ", "NULL, ", 1).replace("d.title, ", "NULL, ", 1)
               .replace("t.recurrence, ", "NULL, ", 1))
OPEN_DATED = ("overdue", "due_soon", "this_quarter", "this_year", "later")
# A task is done when every cell is ticked; then it has no open cell, so no next due date.
DONE = "(t.cells_total>0 AND t.cells_done>=t.cells_total)"
# The buckets in display order as segments of the task table, each read in its display
# order through the (state, next_due) index: open dated tasks by next due date (the
# five dated buckets follow each other in that order), then undated, done, terminated.
SEGMENTS = (
    # (a task with a next due date has an open cell, so it is not done)
    (OPEN_DATED, "t.state='active' AND t.next_due IS NOT NULL", " ORDER BY t.next_due, t.id"),
    (("no_deadline",), f"t.state='active' AND t.next_due IS NULL AND NOT {DONE}", " ORDER BY t.id"),
    (("done",), f"t.state='active' AND {DONE}", " ORDER BY t.id"),
    (("terminated",), "t.state<>'active'", ORDER),
)


# Display order of the whole list: the dated buckets follow each other in next-due
# order, then undated, done and terminated tasks.
ALL_ORDER = (f" ORDER BY CASE WHEN t.state<>'active' THEN 3 WHEN {DONE} THEN 2 WHEN t.next_due IS NULL THEN 1 "
              "ELSE 0 END, t.next_due IS NULL, t.next_due, t.id")


class Classifier:
    """(bucket, days) of a row from ``SELECT``; open tasks sharing a next due date share
    its classification, which keeps a million tasks fast."""

    def __init__(self, as_of: date, window: int):
        self.as_of, self.window = as_of, window
        self._cache: dict[str | None, tuple[str, int | None]] = {}

    def __call__(self, r) -> tuple[str, int | None]:
        if r[11] != "active" or (r[9] and r[10] >= r[9]):
            return classify(r[11], r[8], r[9], r[10], self.as_of, self.window)
        got = self._cache.get(r[8])
        if got is None:
            got = self._cache[r[8]] = classify(r[11], r[8], r[9], r[10], self.as_of, self.window)
        return got


def as_of_rows(db, rows, as_of: date) -> list:
    """``rows`` with the summary of tasks a unit finished after ``as_of`` taken back to
    that day: a cell whose completion date is later counts as open (a report of a past
    week must not count what was done since). Only such tasks are looked at (an index
    on ``cells.done_on``), so as of today nothing is recomputed."""
    day = as_of.isoformat()
    fix = {tid: (next_due, done) for tid, next_due, done in db.execute(
        "SELECT task_id, MIN(CASE WHEN done=0 OR done_on > :d THEN due END), SUM(done=1 AND done_on <= :d) "
        "FROM cells WHERE task_id IN (SELECT task_id FROM cells WHERE done_on > :d) GROUP BY task_id", {"d": day})}
    if not fix:
        return list(rows)
    out = []
    for r in rows:
        if r[0] in fix:
            next_due, done = fix[r[0]]
            r = (*r[:8], next_due, r[9], done or 0, *r[11:])
        out.append(r)
    out.sort(key=lambda r: (r[8] is None, r[8] or "", r[0]))
    return out


def due_range(as_of: date, window: int, buckets: set[str]) -> tuple[str, list]:
    """SQL bounds on ``t.next_due`` around the wanted dated buckets (rows are classified
    exactly afterwards; the bounds only let the index skip the rest)."""
    today = as_of.isoformat()
    soon = date.fromordinal(as_of.toordinal() + window).isoformat()
    sql, params = "", []
    if "overdue" not in buckets:
        sql, params = " AND t.next_due>=?", [today if "due_soon" in buckets else soon]
    if not buckets & {"this_quarter", "this_year", "later"}:
        sql += " AND t.next_due<=?"
        params.append(soon if "due_soon" in buckets else today)
    return sql, params


def task_filters(ledger, unit, document, lead_only, search) -> tuple[list[str], list] | None:
    """WHERE conditions (over ``t`` and ``d``) and their parameters for the list filters;
    None when ``unit`` names no unit (then no task matches)."""
    where, params = [], []
    if unit is not None:
        uid = unit if isinstance(unit, int) else ledger.units.find(unit)
        if uid is None:
            return None
        roles = "AND a.role='lead'" if lead_only else ""
        # A unit's tasks: assigned to it, or to a collective it is a member of.
        where.append(f"(t.id IN (SELECT a.task_id FROM assignments a WHERE a.unit_id=? {roles}) OR "
                     f"t.id IN (SELECT a.task_id FROM assignments a JOIN unit_members m ON "
                     f"m.collective_id=a.unit_id WHERE m.member_id=? {roles}))")
        params += [uid, uid]
    if document is not None:
        where.append("t.document_id=?")
        params.append(document)
    if search:
        like = f"%{search.strip()}%"
        where.append("(t.title LIKE ? OR t.text LIKE ? OR d.doc_no LIKE ? OR t.id IN "
                     "(SELECT a.task_id FROM assignments a JOIN units u ON u.id=a.unit_id WHERE u.name LIKE ?))")
        params += [like] * 4
    return where, params
    return where, params