"""``ledger.history``: one timeline of everything that happened to a task.

Ticks and 办理情况 notes (``progress_events``), field edits and creation by hand
(``task_events``), extensions, termination and attached files are read from their own
tables and merged by the time they were entered. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.ledger.progress import NO_UNIT_NAME


@dataclass(slots=True)
class HistoryEntry:
    """One line of a task's history.

    ``kind``: created, edit, done, undone, note, extension, termination, attachment.
    ``at`` is when it was entered; ``done_on`` the completion date a unit gave (done
    ticks only); ``old``/``new`` the values of an edit (as text).
    """

    at: str
    by: str | None
    kind: str
    text: str
    unit: str | None = None
    milestone: str | None = None
    note: str | None = None
    done_on: str | None = None
    field: str | None = None
    old: str | None = None
    new: str | None = None


def _edit_text(field_zh: str, old: str | None, new: str | None) -> str:
    return f"修改{field_zh}：{old or '（空）'} → {new or '（空）'}"


class HistoryPart:
    """Reading a task's merged history."""

    def __init__(self, ledger):
        self._ledger = ledger

    def of_task(self, task_id: int) -> list[HistoryEntry]:
        """Everything recorded for the task, newest first (ties: the later record first)."""
        from tracker.ledger.task_edit import FIELD_ZH

        db = self._ledger.db
        self._ledger.tasks.get(task_id)  # NotFoundError for an unknown task
        out: list[tuple[str, int, int, HistoryEntry]] = []
        for e in self._ledger.progress.history(task_id):
            where = f"{e.unit} · {e.milestone}" + (f"（{e.due}到期）" if e.due and e.due != e.milestone else "")
            if e.kind == "note":
                text = f"{where} 办理情况：{e.note}"
            elif e.done:
                text = f"{where} 办结，完成日期 {e.done_on or e.at[:10]}"
            else:
                text = f"{where} 撤销办结"
            if e.note and e.kind != "note":
                text += f"；办理情况：{e.note}"
            out.append((e.at, 1, e.id, HistoryEntry(e.at, e.by, e.kind, text, e.unit, e.milestone, e.note,
                                                    e.done_on)))
        for ev in self._ledger.tasks.events(task_id):
            if ev.field == "created":
                text = f"新增任务：{ev.new}" + (f"（来源：{ev.note}）" if ev.note else "")
                kind = "created"
            else:
                text = _edit_text(FIELD_ZH.get(ev.field, ev.field), ev.old, ev.new)
                kind = "edit"
            out.append((ev.at, 0, ev.id, HistoryEntry(ev.at, ev.by, kind, text, note=ev.note, field=ev.field,
                                                      old=ev.old, new=ev.new)))
        for i, (old, new, reason, by, at) in enumerate(db.execute(
                "SELECT old_deadline, new_deadline, reason, by, at FROM extensions WHERE task_id=? ORDER BY id",
                [task_id])):
            out.append((at, 2, i, HistoryEntry(at, by, "extension", f"延期：{old or '无'} → {new}，理由：{reason}",
                                               note=reason, old=old, new=new)))
        state, reason, at, by = db.execute(
            "SELECT state, state_reason, state_changed_at, state_changed_by FROM tasks WHERE id=?",
            [task_id]).fetchone()
        if state == "terminated" and at:
            out.append((at, 3, 0, HistoryEntry(at, by, "termination", f"终止：{reason or ''}", note=reason)))
        if "attachments" in db.table_names():
            for aid, name, sha, unit, at, by, note in db.execute(
                    "SELECT a.id, a.name, a.sha256, COALESCE(u.name, ?), a.added_at, a.added_by, a.note "
                    "FROM attachments a LEFT JOIN units u ON u.id=a.unit_id WHERE a.task_id=? ORDER BY a.id",
                    [NO_UNIT_NAME, task_id]):
                out.append((at, 4, aid, HistoryEntry(at, by, "attachment",
                                                     f"{unit} 佐证材料：{name}（sha256 {sha[:12]}…）",
                                                     unit=unit, note=note)))
        out.sort(key=lambda x: (x[0] or "", x[1], x[2]), reverse=True)
        return [e for *_, e in out]
