"""``ledger.progress``: ticks as append-only events, the cell matrix and its history.

A cell (task × unit × milestone) is in the state of its latest event; nothing is ever
updated or deleted in ``progress_events``. Undo is one more event, the inverse one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.errors import NotFoundError, StateError, ValueRefusedError
from tracker.ledger.changes import Changes
from tracker.ledger.tasks import NO_UNIT

NO_UNIT_NAME = "（未指定单位）"


@dataclass
class Event:
    id: int
    task_id: int
    unit_id: int
    unit: str
    milestone_id: int
    milestone: str
    done: bool
    at: str  # when the event was entered
    by: str | None
    note: str | None  # 办理情况
    done_on: str | None = None  # the completion date given (ISO day), for a done tick
    kind: str = "done"  # "done", "undone" or "note" (办理情况 without a change of state)
    due: str | None = None  # the milestone's due date


@dataclass
class Cell:
    unit_id: int
    milestone_id: int
    due: str | None
    done: bool
    done_at: str | None  # when the tick was entered
    done_by: str | None
    done_on: str | None = None  # the completion date given (what reports count)


@dataclass
class MatrixRow:
    """One row of a task's check matrix: a unit (a collective's member has ``parent``)."""

    unit_id: int
    name: str
    role: str
    parent: str | None
    cells: list[Cell]


class ProgressPart:
    """Ticking, unticking, undo and history."""

    def __init__(self, ledger):
        self._ledger = ledger

    @property
    def _db(self):
        return self._ledger.db

    def _unit_id(self, task_id: int, unit: int | str | None) -> int:
        cell_units = self._ledger.tasks.cell_units(task_id)
        if unit is None:
            if len(cell_units) == 1:
                return cell_units[0]
            raise ValueRefusedError("这项任务有多个责任单位，请指明是哪个单位（--unit）。")
        uid = unit if isinstance(unit, int) else self._ledger.units.find(unit)
        if uid not in cell_units:
            if uid is not None and self._ledger.units.members_of(uid):
                raise ValueRefusedError(f"“{unit}”由各成员单位分别办理，请勾选具体的成员单位。")
            raise NotFoundError(f"单位“{unit}”不是这项任务的责任单位。")
        return uid

    def tick(self, task_id: int, unit: int | str | None = None, milestone: int | None = None, *,
             done: bool = True, by: str = "", note: str = "", now: str,
             done_on: date | str | None = None) -> Changes:
        """Record that ``unit`` did (or, with done=False, undid) a milestone of a task.

        ``unit`` is a unit id or name (may be omitted when the task has one unit).
        ``milestone`` is a milestone id, or its 1-based position; None means the
        milestone due as of ``done_on``: for a recurring task the earliest open occurrence
        due on or after that day (else the latest open one before it), otherwise the
        earliest open milestone; for undo the latest done one. ``note`` is the unit's
        办理情况. ``done_on`` is the completion date the unit gives (default: the day of
        ``now``); it may be earlier than ``now`` but never later (ValueRefusedError, exit
        code 2). Reports and the on-time rate count ``done_on``; ``now`` stays recorded as
        when the tick was entered.
        """
        db = self._db
        today = date.fromisoformat(now[:10])
        day = self._done_on(done_on, today) if done else None
        state = db.execute("SELECT state, recurrence FROM tasks WHERE id=?", [task_id]).fetchone()
        if state is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        if state[0] == "terminated":
            raise StateError("这项任务已终止，不能再记录办理情况。")
        with self._ledger.transaction():
            uid = self._unit_id(task_id, unit)
            mid = self._milestone_id(task_id, uid, milestone, done, day or today, bool(state[1]))
            row = db.execute("SELECT done FROM cells WHERE task_id=? AND unit_id=? AND milestone_id=?",
                             [task_id, uid, mid]).fetchone()
            if row is None:
                raise NotFoundError("没有这个办理节点。")
            on = day.isoformat() if day else None
            eid = db.insert("progress_events", {
                "task_id": task_id, "unit_id": uid, "milestone_id": mid, "done": int(done),
                "at": now, "by": by or None, "note": note or None, "done_on": on,
                "kind": "done" if done else "undone"})
            db.execute("UPDATE cells SET done=?, done_at=?, done_by=?, done_on=? WHERE task_id=? AND unit_id=? "
                       "AND milestone_id=?", [int(done), now if done else None, by if done else None, on,
                                              task_id, uid, mid])
            self._ledger.tasks.refresh_summary(task_id)
        verb = "已办结" if done else "已撤销办结"
        when = f"（完成日期 {on}）" if done and on != today.isoformat() else ""
        return Changes(tasks={task_id}, units={uid}, events=[eid],
                       message=f"{self._unit_name(uid)} {verb}：{self._milestone_label(mid)}{when}")

    def note(self, task_id: int, unit: int | str | None, milestone: int | None, text: str, *,
             by: str = "", now: str) -> Changes:
        """Record a unit's 办理情况 on a milestone without changing whether it is done.

        ``milestone`` as in ``tick`` (None: the milestone due as of today). The note is
        an event of kind "note" in the history; the cell's state is untouched.
        """
        if not (text or "").strip():
            raise ValueRefusedError("办理情况不能为空。")
        db = self._db
        today = date.fromisoformat(now[:10])
        state = db.execute("SELECT state, recurrence FROM tasks WHERE id=?", [task_id]).fetchone()
        if state is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        with self._ledger.transaction():
            uid = self._unit_id(task_id, unit)
            mid = self._milestone_id(task_id, uid, milestone, True, today, bool(state[1]))
            cell = db.execute("SELECT done FROM cells WHERE task_id=? AND unit_id=? AND milestone_id=?",
                              [task_id, uid, mid]).fetchone()
            if cell is None:
                raise NotFoundError("没有这个办理节点。")
            eid = db.insert("progress_events", {
                "task_id": task_id, "unit_id": uid, "milestone_id": mid, "done": cell[0], "at": now,
                "by": by or None, "note": text.strip(), "kind": "note"})
        return Changes(tasks={task_id}, units={uid}, events=[eid],
                       message=f"{self._unit_name(uid)} 办理情况已记录：{self._milestone_label(mid)}")

    @staticmethod
    def _done_on(done_on: date | str | None, today: date) -> date:
        if done_on is None or done_on == "":
            return today
        if not isinstance(done_on, date):
            try:
                done_on = date.fromisoformat(str(done_on).strip())
            except ValueError:
                raise ValueRefusedError(f"完成日期应为 YYYY-MM-DD 格式：{done_on}") from None
        if done_on > today:
            raise ValueRefusedError(f"完成日期 {done_on.isoformat()} 晚于今天（{today.isoformat()}），"
                                    "不能登记尚未发生的办结。")
        return done_on

    def _milestone_id(self, task_id: int, uid: int, milestone: int | None, done: bool, day: date,
                      recurring: bool) -> int:
        db = self._db
        if milestone is None:
            if done and recurring:
                # The occurrence whose period holds ``day``: the first open one due on or
                # after it; when every later one is done, the latest open one before it.
                row = db.execute(
                    "SELECT c.milestone_id FROM cells c JOIN milestones m ON m.id=c.milestone_id "
                    "WHERE c.task_id=? AND c.unit_id=? AND c.done=0 "
                    "ORDER BY m.due < ?, CASE WHEN m.due >= ? THEN m.due END, m.due DESC LIMIT 1",
                    [task_id, uid, day.isoformat(), day.isoformat()]).fetchone()
            else:
                row = db.execute(
                    "SELECT c.milestone_id FROM cells c JOIN milestones m ON m.id=c.milestone_id "
                    "WHERE c.task_id=? AND c.unit_id=? AND c.done=? ORDER BY m.seq " + ("ASC" if done else "DESC")
                    + " LIMIT 1", [task_id, uid, 0 if done else 1]).fetchone()
            if row is None:
                raise StateError("该单位的所有节点都已办结。" if done else "该单位没有已办结的节点可撤销。")
            return row[0]
        row = db.execute("SELECT id FROM milestones WHERE task_id=? AND id=?", [task_id, milestone]).fetchone() \
            or db.execute("SELECT id FROM milestones WHERE task_id=? AND seq=?", [task_id, milestone]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这个办理节点：{milestone}")
        return row[0]

    def undo_last(self, *, by: str = "", now: str) -> Changes:
        """Undo the latest event (optionally the latest by ``by``) with its inverse event."""
        sql = "SELECT task_id, unit_id, milestone_id, done FROM progress_events WHERE kind IS NOT 'note'"
        params: list = []
        if by:
            sql += " AND by=?"
            params.append(by)
        row = self._db.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
        if row is None:
            raise StateError("没有可撤销的操作。")
        task_id, uid, mid, done = row
        return self.tick(task_id, uid, mid, done=not done, by=by, note="撤销", now=now)

    def history(self, task_id: int | None = None, *, since: str | None = None,
                until: str | None = None) -> list[Event]:
        """Events, newest first; for one task, or between two ISO times for all tasks."""
        where, params = [], []
        if task_id is not None:
            where.append("e.task_id=?")
            params.append(task_id)
        if since:
            where.append("e.at>=?")
            params.append(since)
        if until:
            where.append("e.at<?")
            params.append(until)
        sql = ("SELECT e.id, e.task_id, e.unit_id, COALESCE(u.name, ?), e.milestone_id, m.label, e.done, "
               "e.at, e.by, e.note, e.done_on, COALESCE(e.kind, CASE e.done WHEN 1 THEN 'done' ELSE 'undone' END), "
               "m.due FROM progress_events e LEFT JOIN units u ON u.id=e.unit_id "
               "LEFT JOIN milestones m ON m.id=e.milestone_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._db.execute(sql + " ORDER BY e.id DESC", [NO_UNIT_NAME, *params])
        return [Event(*r[:6], bool(r[6]), *r[7:]) for r in rows]

    def matrix(self, task_id: int) -> list[MatrixRow]:
        """The check matrix: one row per cell unit (members of a collective as their own
        rows), cells in milestone order."""
        task = self._ledger.tasks.get(task_id)
        order = [m.id for m in task.milestones]
        cells: dict[int, dict[int, Cell]] = {}
        for uid, mid, due, done, at, by, on in self._db.execute(
                "SELECT unit_id, milestone_id, due, done, done_at, done_by, done_on FROM cells WHERE task_id=?",
                [task_id]):
            cells.setdefault(uid, {})[mid] = Cell(uid, mid, due, bool(done), at, by, on)
        rows: list[MatrixRow] = []
        seen: set[int] = set()
        for a in task.assignments:
            for uid, name, parent in ([(m, n, a.name) for m, n in a.members] or [(a.unit_id, a.name, None)]):
                if uid in seen or uid not in cells:
                    continue
                seen.add(uid)
                rows.append(MatrixRow(uid, name, a.role, parent, [cells[uid][m] for m in order if m in cells[uid]]))
        if NO_UNIT in cells:
            rows.append(MatrixRow(NO_UNIT, NO_UNIT_NAME, "responsible", None,
                                  [cells[NO_UNIT][m] for m in order if m in cells[NO_UNIT]]))
        return rows

    def _unit_name(self, uid: int) -> str:
        row = self._db.execute("SELECT name FROM units WHERE id=?", [uid]).fetchone()
        return row[0] if row else NO_UNIT_NAME

    def _milestone_label(self, mid: int) -> str:
        row = self._db.execute("SELECT label FROM milestones WHERE id=?", [mid]).fetchone()
        return row[0] if row else ""
