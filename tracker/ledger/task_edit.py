"""Correcting a saved task and adding one by hand, each change recorded in ``task_events``.

``ledger.tasks.edit`` and ``ledger.tasks.add`` call into this module. Every changed field
becomes one event (field, old value, new value as readable text, who, when), so nothing is
overwritten silently; ``ledger.history`` shows them with the ticks, extensions and
terminations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from tracker.errors import NotFoundError, ValueRefusedError
from tracker.ledger.changes import Changes
from tracker.ledger.task_fields import (
    FIELD_ZH, ROLE_NAMES, SCALAR_FIELDS, SOURCE_KINDS, milestones_text, normalized, parse_milestone, parse_unit,
    units_text)
from tracker.ledger.tasks import FINAL_LABEL, HORIZON_MONTHS, ConflictError

__all__ = ["edit", "add", "events_of", "edited_fields", "TaskEvent", "MANUAL",
           # the field names and parsers, for dialogs that build ``changes``
           "FIELD_ZH", "SOURCE_KINDS", "ROLE_NAMES", "parse_unit", "parse_milestone"]

MANUAL = "manual"  # tasks.origin of a task added by hand


def record(db, task_id: int, field: str, old, new, *, by: str, now: str, note: str | None = None) -> int:
    """Append one change of ``field`` to the task's history; returns the event id."""
    return db.insert("task_events", {
        "task_id": task_id, "field": field, "old": None if old is None else str(old),
        "new": None if new is None else str(new), "at": now, "by": by or None, "note": note})


def _current_units(db, task_id: int) -> list[dict]:
    return [{"name": n, "role": r} for n, r in db.execute(
        "SELECT u.name, a.role FROM assignments a JOIN units u ON u.id=a.unit_id WHERE a.task_id=? "
        "ORDER BY a.seq", [task_id])]


def _milestone_rows(db, task_id: int) -> list[tuple]:
    return db.execute("SELECT id, due, label, is_final FROM milestones WHERE task_id=? ORDER BY seq",
                      [task_id]).fetchall()


def _has_events(db, milestone_id: int) -> bool:
    return db.execute("SELECT 1 FROM progress_events WHERE milestone_id=? LIMIT 1", [milestone_id]).fetchone() \
        is not None


def _replace_milestones(db, task_id: int, wanted: list[tuple], *, keep_ticked: bool) -> None:
    """Make the task's milestones ``wanted`` ((id|None, due, label, is_final) each).

    A wanted row without id takes over an old milestone with the same due date, so its
    ticks stay with it. An old milestone no longer wanted is deleted; one that has ticks
    is kept (``keep_ticked``: occurrences of a changed recurrence) or refused.
    """
    old = {r[0]: r for r in _milestone_rows(db, task_id)}
    taken: set[int] = set()
    rows = []
    for mid, due, label, final in wanted:
        if mid is not None and mid not in old:
            raise NotFoundError(f"这项任务没有编号为 {mid} 的节点。")
        if mid is None:
            mid = next((i for i, r in old.items() if i not in taken and r[1] == due), None)
        if mid is not None:
            taken.add(mid)
        rows.append([mid, due, label, final])
    for mid, r in old.items():
        if mid in taken:
            continue
        if _has_events(db, mid):
            if not keep_ticked:
                raise ValueRefusedError(f"节点“{r[2]}”（{r[1] or '无日期'}）已有办理记录，不能删除。")
            rows.append([mid, r[1], r[2], r[3]])
            continue
        db.execute("DELETE FROM cells WHERE milestone_id=?", [mid])
        db.execute("DELETE FROM milestones WHERE id=?", [mid])
    rows.sort(key=lambda r: (r[1] is None, r[1] or "", not r[3]))
    for seq, (mid, due, label, final) in enumerate(rows, 1):
        if mid is None:
            db["milestones"].insert({"task_id": task_id, "seq": seq, "due": due, "label": label,
                                     "is_final": int(final)})
        else:
            db.execute("UPDATE milestones SET seq=?, due=?, label=?, is_final=? WHERE id=?",
                       [seq, due, label, int(final), mid])


def occurrence_rows(rrule: str, deadline: str, horizon: date) -> tuple[list[tuple], date]:
    """(milestone rows, horizon) of a recurring task: one final milestone per occurrence."""
    from tracker.recurrence import occurrences

    start = date.fromisoformat(deadline)
    until = max(horizon, start)
    return [(None, d.isoformat(), d.isoformat(), True) for d in occurrences(rrule, start, until)], until


def _plain_rows(milestones: list[dict], deadline: str | None) -> list[tuple]:
    rows = [(m.get("id"), m["due"], m["label"], m["due"] == deadline) for m in milestones]
    if not any(final for *_, final in rows):
        rows.append((None, deadline, FINAL_LABEL, True))
    return rows


def edit(ledger, task_id: int, changes: dict, *, by: str, now: str,
         expected_version: int | None = None) -> Changes:
    """Apply ``changes`` (field → new value) to a saved task; see ``TasksPart.edit``."""
    unknown = set(changes) - set(FIELD_ZH) - {"doc_no"}
    if unknown or "created" in changes:
        raise ValueRefusedError("不能修改的字段：" + "、".join(sorted(unknown | ({"created"} & set(changes)))))
    changes = dict(changes)
    if "doc_no" in changes:
        changes["source_ref"] = changes.pop("doc_no")
    db = ledger.db
    cols = ("title", "text", "section", "number", "deadline", "deadline_text", "recurrence", "source_kind",
            "source_date", "source_ref", "case_no", "leader", "version", "horizon", "original_deadline")
    with ledger.transaction():
        row = db.execute(f"SELECT {', '.join(cols)} FROM tasks WHERE id=?", [task_id]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        cur = dict(zip(cols, row))
        if expected_version is not None and cur["version"] != expected_version:
            raise ConflictError("这项任务刚被其他人（或另一个窗口）修改过。已重新载入最新内容，请核对后再操作。")
        new = normalized(changes)
        if "units" in new:
            new["units"] = _canonical_units(ledger, new["units"])
        diffs: list[tuple[str, object, object]] = []
        for k in SCALAR_FIELDS + ("deadline", "recurrence"):
            if k in new and (new[k] or None) != (cur[k] or None):
                diffs.append((k, cur[k], new[k]))
        old_units = _current_units(db, task_id)
        if "units" in new and [(u["name"], u["role"]) for u in new["units"]] != \
                [(u["name"], u["role"]) for u in old_units]:
            diffs.append(("units", units_text(old_units), units_text(new["units"])))
        old_miles = _milestone_rows(db, task_id)
        if "milestones" in new:
            if (new.get("recurrence", cur["recurrence"])):
                raise ValueRefusedError("周期性任务的节点由周期规则生成，请修改周期或完成时限。")
            diffs.append(("milestones", None, None))  # texts filled in once applied
        if not diffs:
            return Changes(message="没有需要修改的内容。")
        if any(k == "deadline" for k, *_ in diffs) and "deadline_text" not in new and cur["deadline_text"]:
            # The phrase as written no longer describes the date; its old value stays in the history.
            diffs.append(("deadline_text", cur["deadline_text"], None))
            new["deadline_text"] = None
        ledger.tasks._bump(task_id, now, None)
        changed = {k for k, *_ in diffs}
        for k in changed & set(SCALAR_FIELDS):
            db.execute(f"UPDATE tasks SET {k}=? WHERE id=?", [new[k], task_id])
        if "deadline" in changed:
            has_ext = db.execute("SELECT 1 FROM extensions WHERE task_id=? LIMIT 1", [task_id]).fetchone()
            db.execute("UPDATE tasks SET deadline=? WHERE id=?", [new["deadline"], task_id])
            if not has_ext:  # a correction of the date as issued, not an extension
                db.execute("UPDATE tasks SET original_deadline=? WHERE id=?", [new["deadline"], task_id])
        if "recurrence" in changed:
            db.execute("UPDATE tasks SET recurrence=? WHERE id=?", [new["recurrence"], task_id])
        if "units" in changed:
            ledger.tasks.set_units(task_id, new["units"], refresh=False)
        _apply_schedule(ledger, task_id, cur, new, changed, now)
        ledger.tasks.refresh_cells(task_id)
        recorded = []
        for k, old, value in diffs:
            if k == "milestones":
                old = milestones_text((d, lab) for _, d, lab, _ in old_miles)
                value = milestones_text((d, lab) for _, d, lab, _ in _milestone_rows(db, task_id))
                if old == value:  # the same list given again
                    continue
            record(db, task_id, k, old, value, by=by, now=now)
            recorded.append(k)
    names = "、".join(dict.fromkeys(FIELD_ZH[k] for k in recorded)) or "无实际变化"
    return Changes(tasks={task_id}, message=f"任务 #{task_id} 已修改：{names}。")


def _canonical_units(ledger, units: list[dict]) -> list[dict]:
    """Names the directory knows (also by an alias) in their canonical spelling, once each."""
    out: dict[str, dict] = {}
    for u in units:
        uid = ledger.units.find(u["name"])
        name = ledger.units.get(uid).name if uid is not None else u["name"]
        out.setdefault(name, {"name": name, "role": u["role"]})
    return list(out.values())


def _apply_schedule(ledger, task_id: int, cur: dict, new: dict, changed: set, now: str) -> None:
    """Bring the milestones in line with a changed deadline, recurrence or milestone list."""
    db = ledger.db
    deadline = new["deadline"] if "deadline" in changed else cur["deadline"]
    rrule = new["recurrence"] if "recurrence" in changed else cur["recurrence"]
    if rrule and ({"deadline", "recurrence"} & changed):
        if not deadline:
            raise ValueRefusedError("周期性任务需要首次完成时限（--deadline）。")
        horizon = date.fromisoformat(cur["horizon"]) if cur["horizon"] else \
            date.fromisoformat(now[:10]) + relativedelta(months=HORIZON_MONTHS)
        rows, until = occurrence_rows(rrule, deadline, horizon)
        _replace_milestones(db, task_id, rows, keep_ticked=True)
        db.execute("UPDATE tasks SET horizon=? WHERE id=?", [until.isoformat(), task_id])
    elif "milestones" in changed:
        _replace_milestones(db, task_id, _plain_rows(new["milestones"], deadline), keep_ticked=False)
    elif "recurrence" in changed:  # no longer recurring: one final milestone at the deadline
        _replace_milestones(db, task_id, [(None, deadline, FINAL_LABEL, True)], keep_ticked=True)
        db.execute("UPDATE tasks SET horizon=NULL WHERE id=?", [task_id])
    elif "deadline" in changed:
        rows = [list(r) for r in _milestone_rows(db, task_id)]
        finals = [r for r in rows if r[3]]
        if finals:
            final = finals[-1]
            if final[2] == final[1]:  # a label that was the date follows it
                final[2] = deadline or FINAL_LABEL
            final[1] = deadline
        else:
            rows.append([None, deadline, FINAL_LABEL, True])
        _replace_milestones(db, task_id, [tuple(r) for r in rows], keep_ticked=True)

def add(ledger, fields: dict, *, by: str, now: str, as_of: date | None = None) -> Changes:
    """Add a task by hand; see ``TasksPart.add``."""
    fields = dict(fields)
    if "doc_no" in fields:
        fields["source_ref"] = fields.pop("doc_no")
    unknown = set(fields) - set(FIELD_ZH) - {"created"}
    if unknown:
        raise ValueRefusedError("不认识的字段：" + "、".join(sorted(unknown)))
    new = normalized(fields)
    title = new.get("title") or (new.get("text") or "")[:60]
    if not title:
        raise ValueRefusedError("新增任务必须填写标题。")
    if new.get("recurrence") and not new.get("deadline"):
        raise ValueRefusedError("周期性任务需要首次完成时限（--deadline）。")
    as_of = as_of or date.fromisoformat(now[:10])
    db = ledger.db
    kind = new.get("source_kind") or ("文件" if new.get("source_ref") else "其他")
    with ledger.transaction():
        doc = ledger.documents.by_doc_no(new["source_ref"]) if new.get("source_ref") else None
        doc_id = doc.id if doc else None
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM tasks WHERE document_id IS ?", [doc_id]).fetchone()[0]
        t = {"title": title, "text": new.get("text") or title, "section": new.get("section"),
             "number": new.get("number"), "deadline": new.get("deadline"),
             "deadline_text": new.get("deadline_text"), "recurrence": new.get("recurrence"),
             "units": new.get("units") or [],
             "milestones": [{"due": m["due"], "text": m["label"]} for m in new.get("milestones") or []]}
        tid = ledger.tasks.insert(doc_id, t, seq=seq, as_of=as_of, now=now, import_key=None)
        db.execute("UPDATE tasks SET origin=?, source_kind=?, source_date=?, source_ref=?, case_no=?, leader=? "
                   "WHERE id=?", [MANUAL, kind, new.get("source_date"), new.get("source_ref"),
                                  new.get("case_no"), new.get("leader"), tid])
        source = "，".join(x for x in (kind, new.get("source_date"), new.get("source_ref"),
                                      new.get("case_no") and f"督办件 {new['case_no']}") if x)
        record(db, tid, "created", None, title, by=by, now=now, note=source)
    return Changes(tasks={tid}, documents={doc_id} if doc_id else set(), message=f"已新增任务 #{tid}：{title}")


@dataclass(slots=True)
class TaskEvent:
    """One recorded change of a task's fields (``field`` "created" for a task added by hand)."""

    id: int
    task_id: int
    field: str
    old: str | None
    new: str | None
    at: str
    by: str | None
    note: str | None

    @property
    def field_zh(self) -> str:
        return FIELD_ZH.get(self.field, self.field)


def events_of(ledger, task_id: int) -> list[TaskEvent]:
    """The task's recorded field changes, oldest first."""
    return [TaskEvent(*r) for r in ledger.db.execute(
        "SELECT id, task_id, field, old, new, at, by, note FROM task_events WHERE task_id=? ORDER BY id",
        [task_id])]


def edited_fields(ledger, task_id: int) -> set[str]:
    """Fields of the task changed by hand since it was stored."""
    return {r[0] for r in ledger.db.execute(
        "SELECT DISTINCT field FROM task_events WHERE task_id=? AND field<>'created'", [task_id])}
