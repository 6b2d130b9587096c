"""``ledger.tasks``: tasks, their units and milestones, extensions and termination.

Every change goes through ``refresh_cells`` so that the stored cells and the task's
summary (next open due date, cells done/total) always agree with the events.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.errors import NotFoundError, TrackerError, ValueRefusedError
from tracker.ledger.changes import Changes
from tracker.ledger.task_records import Assignment, Milestone, Task

NO_UNIT = 0  # the one cell row of a task that names no unit
HORIZON_MONTHS = 12
ROLE_ORDER = {"lead": 0, "responsible": 1, "support": 2}
ROLE_ZH = {"lead": "牵头", "support": "配合", "responsible": "责任"}
FINAL_LABEL = "完成"


def plus_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clipped to the month's last (as relativedelta)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


class ConflictError(TrackerError):
    """The task was changed by someone else since it was read."""

    exit_code = 6


class TasksPart:
    """Reading and changing tasks."""

    def __init__(self, ledger):
        self._ledger = ledger

    @property
    def _db(self):
        return self._ledger.db

    # -- writing -------------------------------------------------------------------
    def add(self, fields: dict, *, by: str, now: str, as_of: date | None = None) -> Changes:
        """Add a task by hand (领导批示, 会议议定事项, 督办件 …); returns Changes naming it.

        ``fields``: ``title`` (required), ``text``, ``units`` (list of ``{"name", "role"}``,
        ``(name, role)`` or ``"NAME[:role]"``; role lead/support/responsible or 牵头/配合/责任),
        ``deadline`` (date or ISO text), ``deadline_text``, ``recurrence`` (RRULE),
        ``milestones`` (list of ``{"due", "label"}`` or ``"YYYY-MM-DD[:label]"``),
        ``source_kind`` (one of ``task_edit.SOURCE_KINDS``), ``source_date``, ``doc_no``
        (a 文号; the task joins that document when the ledger holds it), ``case_no``
        (督办件编号), ``leader`` (牵头领导), ``section``, ``number``. Raises
        ``ValueRefusedError`` (exit code 2) with a Chinese message for a bad value. The
        creation is the first event of the task's history; a re-import of its document
        never terminates it.
        """
        from tracker.ledger import task_edit

        return task_edit.add(self._ledger, fields, by=by, now=now, as_of=as_of)

    def edit(self, task_id: int, changes: dict | None = None, *, by: str, now: str,
             expected_version: int | None = None, **fields) -> Changes:
        """Correct any field of a saved task; every changed field becomes a history event.

        ``changes`` (or keyword arguments) maps field names to new values: ``title``,
        ``text``, ``section``, ``number``, ``deadline`` (a correction of the date, not a
        延期; moves the final milestone, or regenerates a recurring task's occurrences),
        ``deadline_text``, ``recurrence`` (RRULE or None), ``units`` (the full new list, as
        in ``add``), ``milestones`` (the full new list; ``{"id", "due", "label"}`` keeps an
        existing milestone and its ticks; a milestone that has ticks cannot be removed),
        ``source_kind``, ``source_date``, ``doc_no``/``source_ref``, ``case_no``, ``leader``.
        Values equal to the current ones are ignored; with nothing changed the returned
        Changes is empty and its message says so. ``expected_version`` (the ``version``
        the caller showed) raises ConflictError (exit code 6) if someone changed the task
        meanwhile; bad values raise ValueRefusedError (exit code 2).
        """
        from tracker.ledger import task_edit

        return task_edit.edit(self._ledger, task_id, {**(changes or {}), **fields}, by=by, now=now,
                              expected_version=expected_version)

    def events(self, task_id: int) -> list:
        """The task's recorded field changes (``task_edit.TaskEvent``), oldest first."""
        from tracker.ledger import task_edit

        return task_edit.events_of(self._ledger, task_id)

    def insert(self, document_id: int | None, t: dict, *, seq: int, as_of: date, now: str,
               import_key: str | None | bool = True) -> int:
        """Insert one task in the shape of the extract contract; returns its id.

        ``import_key`` (default: computed from the title) is what a re-import of the
        document matches the task by, so that later edits of its title keep the match.
        """
        if import_key is True:
            from tracker.ledger.importer import task_key

            import_key = task_key(t)
        deadline = t.get("deadline")
        tid = self._db["tasks"].insert({
            "document_id": document_id, "seq": seq, "section": t.get("section"),
            "number": t.get("number"), "title": t.get("title") or (t.get("text") or "")[:60],
            "text": t.get("text") or "", "kind": t.get("kind"),
            "deadline": deadline, "original_deadline": deadline,
            "deadline_text": t.get("deadline_text"), "recurrence": t.get("recurrence"),
            "state": "active", "created_at": now, "updated_at": now, "version": 1,
            "import_key": import_key or None,
        }).last_pk
        self.set_units(tid, t.get("units") or [], refresh=False)
        self._write_milestones(tid, t, as_of)
        self.refresh_cells(tid)
        return tid

    def set_units(self, task_id: int, units: list[dict], *, refresh: bool = True) -> None:
        """Replace a task's assignments ({name, role} each); unknown names join the directory."""
        self._db.execute("DELETE FROM assignments WHERE task_id=?", [task_id])
        for i, u in enumerate(units):
            uid = self._ledger.units.resolve(u["name"])
            self._db.execute("INSERT OR IGNORE INTO assignments VALUES (?, ?, ?, ?)",
                             [task_id, uid, u.get("role") or "responsible", i])
        if refresh:
            self.refresh_cells(task_id)

    def _write_milestones(self, tid: int, t: dict, as_of: date) -> None:
        rows: list[tuple[str | None, str, int]] = []
        deadline, rrule = t.get("deadline"), t.get("recurrence")
        if rrule and deadline:
            from tracker.deadlines import occurrences

            horizon = plus_months(as_of, HORIZON_MONTHS)
            start = date.fromisoformat(deadline)
            for d in occurrences(rrule, start, max(horizon, start)):
                rows.append((d.isoformat(), d.isoformat(), 1))
            self._db.execute("UPDATE tasks SET horizon=? WHERE id=?", [max(horizon, start).isoformat(), tid])
        else:
            for m in sorted(t.get("milestones") or [], key=lambda m: m.get("due") or ""):
                final = int(m.get("due") == deadline)
                rows.append((m.get("due"), m.get("text") or m.get("due") or "", final))
            if not any(final for _, _, final in rows):
                rows.append((deadline, FINAL_LABEL, 1))
        for seq, (due, label, final) in enumerate(rows, 1):
            self._db["milestones"].insert({"task_id": tid, "seq": seq, "due": due,
                                           "label": label, "is_final": final})

    def extend_horizon(self, as_of: date) -> Changes:
        """Generate occurrences of recurring tasks up to ``as_of`` + 12 months."""
        horizon = plus_months(as_of, HORIZON_MONTHS)
        rows = self._db.execute(
            "SELECT id, recurrence, horizon FROM tasks WHERE recurrence IS NOT NULL "
            "AND horizon IS NOT NULL AND horizon < ? AND +state='active'",  # + : read through idx_tasks_horizon
            [horizon.isoformat()]).fetchall()
        changes = Changes()
        if not rows:
            return changes
        from tracker.deadlines import occurrences

        with self._ledger.transaction():
            for tid, rrule, old in rows:
                last = self._db.execute("SELECT MAX(seq), MIN(due) FROM milestones WHERE task_id=?", [tid]).fetchone()
                seq = last[0] or 0
                first = date.fromisoformat(last[1]) if last[1] else date.fromisoformat(old)
                for d in occurrences(rrule, first, horizon):
                    if d.isoformat() > old:
                        seq += 1
                        self._db["milestones"].insert({"task_id": tid, "seq": seq, "due": d.isoformat(),
                                                       "label": d.isoformat(), "is_final": 1})
                self._db.execute("UPDATE tasks SET horizon=? WHERE id=?", [horizon.isoformat(), tid])
                self.refresh_cells(tid)
                changes.tasks.add(tid)
        return changes

    def refresh_cells(self, task_id: int) -> None:
        """Make the task's cells match assignments × milestones, states from the events."""
        db = self._db
        units = self.cell_units(task_id)
        miles = db.execute("SELECT id, due FROM milestones WHERE task_id=?", [task_id]).fetchall()
        wanted = {(u, m): due for u in units for m, due in miles}
        have = {(u, m) for u, m in db.execute(
            "SELECT unit_id, milestone_id FROM cells WHERE task_id=?", [task_id])}
        for u, m in have - wanted.keys():
            db.execute("DELETE FROM cells WHERE task_id=? AND unit_id=? AND milestone_id=?", [task_id, u, m])
        for (u, m), due in wanted.items():
            ev = db.execute(
                "SELECT done, at, by, done_on FROM progress_events WHERE task_id=? AND unit_id=? AND milestone_id=? "
                "AND kind IS NOT 'note' ORDER BY id DESC LIMIT 1", [task_id, u, m]).fetchone()
            done, at, by, on = (ev[0], *(ev[1:] if ev[0] else (None, None, None))) if ev else (0, None, None, None)
            db.execute("INSERT OR REPLACE INTO cells (task_id, unit_id, milestone_id, due, done, done_at, done_by, "
                       "done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [task_id, u, m, due, done, at, by, on if on or not done else at[:10]])
        self.refresh_summary(task_id)

    def refresh_summary(self, task_id: int) -> None:
        """Recompute the task's next open due date, its cell counts and its units' marks."""
        from tracker.ledger.marks import MARKS_SQL

        self._db.execute(
            "UPDATE tasks AS t SET next_due=(SELECT MIN(due) FROM cells WHERE task_id=:t AND done=0), "
            "cells_total=(SELECT COUNT(*) FROM cells WHERE task_id=:t), "
            f"cells_done=(SELECT COUNT(*) FROM cells WHERE task_id=:t AND done=1), marks={MARKS_SQL} WHERE id=:t",
            {"t": task_id})

    def cell_units(self, task_id: int) -> list[int]:
        """Unit ids that own cells: assigned units, a collective's members in its place."""
        out: list[int] = []
        for uid, in self._db.execute(
                "SELECT unit_id FROM assignments WHERE task_id=? ORDER BY seq", [task_id]).fetchall():
            members = self._ledger.units.members_of(uid)
            for m in members or [uid]:
                if m not in out:
                    out.append(m)
        return out or [NO_UNIT]

    def _bump(self, task_id: int, now: str, expected_version: int | None) -> None:
        row = self._db.execute("SELECT version FROM tasks WHERE id=?", [task_id]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        if expected_version is not None and row[0] != expected_version:
            raise ConflictError("这项任务刚被其他人（或另一个窗口）修改过。已重新载入最新内容，请核对后再操作。")
        self._db.execute("UPDATE tasks SET version=version+1, updated_at=? WHERE id=?", [now, task_id])

    def extend(self, task_id: int, new_deadline: date, reason: str, *, by: str, now: str,
               expected_version: int | None = None) -> Changes:
        """延期: move the deadline (and the final milestone); the old date stays recorded."""
        if not reason.strip():
            raise ValueRefusedError("延期必须填写理由。")
        with self._ledger.transaction():
            self._bump(task_id, now, expected_version)
            old = self._db.execute("SELECT deadline FROM tasks WHERE id=?", [task_id]).fetchone()[0]
            new = new_deadline.isoformat()
            self._db.insert("extensions", {"task_id": task_id, "old_deadline": old, "new_deadline": new,
                                           "reason": reason.strip(), "by": by, "at": now})
            self._db.execute("UPDATE tasks SET deadline=? WHERE id=?", [new, task_id])
            self._db.execute("UPDATE milestones SET due=? WHERE task_id=? AND is_final=1 AND "
                             "(due IS ? OR due IS NULL)", [new, task_id, old])
            self.refresh_cells(task_id)
        return Changes(tasks={task_id}, message=f"已延期至 {new}。")

    def terminate(self, task_id: int, reason: str, *, by: str, now: str,
                  expected_version: int | None = None) -> Changes:
        """终止: stop tracking a task by decision, with a reason; its history stays."""
        if not reason.strip():
            raise ValueRefusedError("终止任务必须填写理由。")
        with self._ledger.transaction():
            self._bump(task_id, now, expected_version)
            self._db.execute("UPDATE tasks SET state='terminated', state_reason=?, state_changed_at=?, "
                             "state_changed_by=? WHERE id=?", [reason.strip(), now, by, task_id])
        return Changes(tasks={task_id}, message="任务已终止。")

    # -- reading -------------------------------------------------------------------
    def get(self, task_id: int) -> Task:
        """Everything about one task; raises NotFoundError."""
        db = self._db
        row = db.execute(
            "SELECT t.id, t.document_id, d.doc_no, d.title, t.section, t.number, t.title, t.text, t.kind, "
            "t.deadline, t.original_deadline, t.deadline_text, t.recurrence, t.state, t.state_reason, t.version, "
            "t.origin, t.source_kind, t.source_date, t.source_ref, t.case_no, t.leader "
            "FROM tasks t LEFT JOIN documents d ON d.id=t.document_id WHERE t.id=?", [task_id]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        assigns = []
        for uid, name, role in db.execute(
                "SELECT a.unit_id, u.name, a.role FROM assignments a JOIN units u ON u.id=a.unit_id "
                "WHERE a.task_id=? ORDER BY a.seq", [task_id]):
            members = [(m, db.execute("SELECT name FROM units WHERE id=?", [m]).fetchone()[0])
                       for m in self._ledger.units.members_of(uid)]
            assigns.append(Assignment(uid, name, role, members))
        miles = [Milestone(i, s, d, lab, bool(f)) for i, s, d, lab, f in db.execute(
            "SELECT id, seq, due, label, is_final FROM milestones WHERE task_id=? ORDER BY seq", [task_id])]
        exts = [dict(zip(("old_deadline", "new_deadline", "reason", "by", "at"), r)) for r in db.execute(
            "SELECT old_deadline, new_deadline, reason, by, at FROM extensions WHERE task_id=? ORDER BY id",
            [task_id])]
        return Task(*row[:16], assigns, miles, exts, *row[16:])

    def ids(self) -> list[int]:
        """All task ids in document order."""
        return [r[0] for r in self._db.execute("SELECT id FROM tasks ORDER BY document_id, seq, id")]

    def count(self) -> int:
        """How many tasks the ledger holds."""
        return self._db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
