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
from tracker.ledger.marks import MARKS, UnitMark, unpack_marks

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


# A task added by hand shows its own source (文号 written, or 领导批示/会议…) where a document's 文号 goes.
_SELECT = ("SELECT t.id, t.document_id, COALESCE(d.doc_no, t.source_ref, t.source_kind), d.title, t.title, "
           "t.deadline, t.deadline_text, "
           "t.recurrence, t.next_due, t.cells_total, t.cells_done, t.state "
           "FROM tasks t LEFT JOIN documents d ON d.id=t.document_id")
# The columns of ``_SELECT``: the first fields of TaskStatus, in order.
ROW_FIELDS = ("id", "document_id", "doc_no", "doc_title", "title", "deadline", "deadline_text", "recurrence",
              "next_due", "cells_total", "cells_done", "state")
_ORDER = " ORDER BY t.next_due IS NULL, t.next_due, t.id"
_LEAN_SELECT = (_SELECT.replace("t.document_id, ", "NULL, ", 1).replace("d.title, ", "NULL, ", 1)
                .replace("t.recurrence, ", "NULL, ", 1))
_OPEN_DATED = ("overdue", "due_soon", "this_quarter", "this_year", "later")
# A task is done when every cell is ticked; then it has no open cell, so no next due date.
_DONE = "(t.cells_total>0 AND t.cells_done>=t.cells_total)"
# The buckets in display order as segments of the task table, each read in its display
# order through the (state, next_due) index: open dated tasks by next due date (the
# five dated buckets follow each other in that order), then undated, done, terminated.
_SEGMENTS = (
    # (a task with a next due date has an open cell, so it is not done)
    (_OPEN_DATED, "t.state='active' AND t.next_due IS NOT NULL", " ORDER BY t.next_due, t.id"),
    (("no_deadline",), f"t.state='active' AND t.next_due IS NULL AND NOT {_DONE}", " ORDER BY t.id"),
    (("done",), f"t.state='active' AND {_DONE}", " ORDER BY t.id"),
    (("terminated",), "t.state<>'active'", _ORDER),
)


# Display order of the whole list: the dated buckets follow each other in next-due
# order, then undated, done and terminated tasks.
_ALL_ORDER = (f" ORDER BY CASE WHEN t.state<>'active' THEN 3 WHEN {_DONE} THEN 2 WHEN t.next_due IS NULL THEN 1 "
              "ELSE 0 END, t.next_due IS NULL, t.next_due, t.id")


class _Classifier:
    """(bucket, days) of a row from ``_SELECT``; open tasks sharing a next due date share
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


def _classified(rows, as_of: date, window: int) -> list[TaskStatus]:
    """Status rows (from ``_SELECT``, ordered by next due date) grouped into buckets in
    display order."""
    of = _Classifier(as_of, window)
    groups: dict[str, list[TaskStatus]] = {b: [] for b in BUCKETS}
    for r in rows:
        b, days = of(r)
        groups[b].append(TaskStatus(*r, b, days))
    return [s for b in BUCKETS for s in groups[b]]


def _as_of_rows(db, rows, as_of: date) -> list:
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


def _due_range(as_of: date, window: int, buckets: set[str]) -> tuple[str, list]:
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


class StatusPart:
    """Bucketed task lists and per-unit marks."""

    def __init__(self, ledger):
        self._ledger = ledger

    def _filters(self, unit, document, lead_only, search) -> tuple[list[str], list] | None:
        where, params = [], []
        if unit is not None:
            uid = unit if isinstance(unit, int) else self._ledger.units.find(unit)
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
        got = self._filters(unit, document, lead_only, search)
        if got is None:
            return
        where, params = got
        wanted = {bucket} if bucket else set(BUCKETS)
        if due_within is not None:
            wanted &= set(_OPEN_DATED)
        of = _Classifier(as_of, window)
        select = _LEAN_SELECT if lean else _SELECT
        if columns:
            select = select.replace(" FROM tasks t", f", {columns} FROM tasks t")
        if bucket is None and due_within is None:
            # Every task: one pass over the table in storage order, sorted by SQLite's
            # sorter (which spills to disk, so memory stays bounded) into display order;
            # reading a whole table through an index would seek once per row.
            sql = select + (" WHERE " + " AND ".join(where) if where else "") + _ALL_ORDER
            for r in self._ledger.db.execute(sql, params):
                yield (r, *of(r))
            return
        for buckets, cond, order in _SEGMENTS:
            if not wanted & set(buckets):
                continue
            sql, args = select + " WHERE " + " AND ".join([cond, *where]), list(params)
            if buckets == _OPEN_DATED:
                extra, bounds = _due_range(as_of, window, wanted)
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
            got = self._filters(unit, document, lead_only, search)
            if got is None:
                return []
            where, params = got
            sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
            db = self._ledger.db
            out = _classified(_as_of_rows(db, db.execute(sql + _ORDER, params), as_of), as_of, window)
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
        got = self._filters(unit, document, lead_only, search)
        if got is None:
            return counts
        where, params = got
        join = " LEFT JOIN documents d ON d.id=t.document_id" if search else ""
        of = _Classifier(as_of, window)
        cut = "" if due_within is None else " AND t.next_due<=?"
        cut_args = [] if due_within is None else [date.fromordinal(as_of.toordinal() + due_within).isoformat()]
        queries = [
            (f"SELECT t.next_due, 'active', 0, 0, COUNT(*) FROM tasks t{join} WHERE {_SEGMENTS[0][1]}{cut}",
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

    def unit_marks(self, task_ids: list[int]) -> dict[int, list[UnitMark]]:
        """Per task, its units in role order with done = every cell of theirs ticked.

        A collective with members counts as done when all its members are. Read from
        the stored ``tasks.marks`` (``MARKS``), one query per 500 tasks.
        """
        db = self._ledger.db
        names = self._ledger.units.names()
        out: dict[int, list[UnitMark]] = {}
        for chunk_start in range(0, len(task_ids), 500):
            chunk = task_ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for tid, packed in db.execute(f"SELECT t.id, {MARKS} FROM tasks t WHERE t.id IN ({marks})", chunk):
                if packed != "~":
                    out[tid] = unpack_marks(packed, names)
        return out

    def unit_overview(self, as_of: date, window: int = DUE_SOON_DAYS) -> list[dict]:
        """Per unit: open tasks, overdue cells, due-soon cells (for the filter list and reports)."""
        db = self._ledger.db
        soon = date.fromordinal(as_of.toordinal() + window).isoformat()
        today = as_of.isoformat()
        rows = db.execute(
            "SELECT u.id, u.name, u.kind, COUNT(DISTINCT c.task_id), "
            "COUNT(DISTINCT CASE WHEN c.done=0 THEN c.task_id END), "
            "COUNT(DISTINCT CASE WHEN c.done=0 AND c.due<? THEN c.task_id END), "
            "COUNT(DISTINCT CASE WHEN c.done=0 AND c.due>=? AND c.due<=? THEN c.task_id END) "
            "FROM units u LEFT JOIN cells c ON c.unit_id=u.id "
            "LEFT JOIN tasks t ON t.id=c.task_id AND t.state='active' "
            "WHERE c.task_id IS NULL OR t.id IS NOT NULL GROUP BY u.id ORDER BY u.name",
            [today, today, soon])
        return [dict(zip(("id", "name", "kind", "tasks", "open", "overdue", "due_soon"), r)) for r in rows]

    # -- helpers for the desktop app (partial refresh, start notice, fast filtering) --------

    def rows_for(self, task_ids, as_of: date, *, window: int = DUE_SOON_DAYS,
                 completed_as_of: bool = False) -> list[TaskStatus]:
        """The status rows of just these tasks (missing ids are left out), in ``rows`` order."""
        ids = list(task_ids)
        rows: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows += self._ledger.db.execute(f"{_SELECT} WHERE t.id IN ({marks}){_ORDER}", chunk).fetchall()
        rows.sort(key=lambda r: (r[8] is None, r[8] or "", r[0]))
        return _classified(_as_of_rows(self._ledger.db, rows, as_of) if completed_as_of else rows, as_of, window)

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

    def task_ids_for_unit(self, unit: int | str, *, lead_only: bool = False) -> set[int]:
        """Ids of the tasks a unit is assigned (directly or as a member of a collective)."""
        uid = unit if isinstance(unit, int) else self._ledger.units.find(unit)
        if uid is None:
            return set()
        roles = " AND a.role='lead'" if lead_only else ""
        db = self._ledger.db
        ids = {r[0] for r in db.execute(f"SELECT a.task_id FROM assignments a WHERE a.unit_id=?{roles}", [uid])}
        ids |= {r[0] for r in db.execute(
            f"SELECT a.task_id FROM assignments a JOIN unit_members m ON m.collective_id=a.unit_id "
            f"WHERE m.member_id=?{roles}", [uid])}
        return ids

    def search_texts(self, task_ids=None) -> dict[int, str]:
        """Per task, one lower-case NFKC string of its title, text, 文号 and unit names.

        The app keeps these in memory so that filtering as one types needs no query.
        """
        import unicodedata

        db = self._ledger.db
        where, params = "", []
        if task_ids is not None:
            ids = list(task_ids)
            if not ids:
                return {}
            if len(ids) > 900:
                out: dict[int, str] = {}
                for start in range(0, len(ids), 900):
                    out.update(self.search_texts(ids[start:start + 900]))
                return out
            where, params = f" WHERE t.id IN ({','.join('?' * len(ids))})", ids
        units: dict[int, str] = {}
        for tid, names in db.execute(
                "SELECT a.task_id, GROUP_CONCAT(u.name, ' ') FROM assignments a JOIN units u ON u.id=a.unit_id"
                + where.replace("t.id", "a.task_id") + " GROUP BY a.task_id", params):
            units[tid] = names
        out = {}
        for tid, title, text, doc_no in db.execute(
                "SELECT t.id, t.title, t.text, COALESCE(d.doc_no, t.source_ref, t.case_no) FROM tasks t "
                "LEFT JOIN documents d ON d.id=t.document_id"
                + where, params):
            hay = f"{title or ''}\n{text or ''}\n{doc_no or ''}\n{units.get(tid, '')}"
            out[tid] = unicodedata.normalize("NFKC", hay).lower()
        return out

    def open_by_unit(self) -> dict[int, int]:
        """Per unit id, how many active tasks it still has an open cell in (members of a
        collective count under their own id); one scan of the cells."""
        db = self._ledger.db
        counts = dict(db.execute("SELECT unit_id, COUNT(DISTINCT task_id) FROM cells WHERE done=0 GROUP BY unit_id"))
        for uid, n in db.execute(
                "SELECT c.unit_id, COUNT(DISTINCT c.task_id) FROM cells c JOIN tasks t ON t.id=c.task_id "
                "WHERE t.state!='active' AND c.done=0 GROUP BY c.unit_id"):
            counts[uid] = counts.get(uid, 0) - n
        return {u: n for u, n in counts.items() if n > 0}
