"""Writing 反馈表: one workbook per unit with its open tasks and milestones."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.errors import NotFoundError
from tracker.feedback import sheet
from tracker.ledger.tasks import NO_UNIT, ROLE_ZH


@dataclass
class Exported:
    """One written 反馈表."""

    unit: str
    path: Path
    rows: int
    sheet_id: str


def ledger_id(ledger) -> str:
    """This ledger's random id (part of every row key's checksum)."""
    row = ledger.db.execute("SELECT value FROM meta WHERE key='ledger_id'").fetchone()
    return row[0]


def open_rows(ledger, unit_id: int, as_of: date) -> list[tuple]:
    """(task, milestone, title, source, label, due, role) of the unit's open cells on active
    tasks, by due date. Of a recurring task: its open occurrences due by ``as_of`` and the
    next one after it (later ones are not due for feedback yet)."""
    db = ledger.db
    rows = db.execute(
        "SELECT c.task_id, c.milestone_id, t.title, COALESCE(d.doc_no, t.source_kind || "
        "COALESCE(' ' || t.source_date, ''), d.title, ''), m.label, c.due, t.recurrence IS NOT NULL "
        "FROM cells c JOIN tasks t ON t.id=c.task_id JOIN milestones m ON m.id=c.milestone_id "
        "LEFT JOIN documents d ON d.id=t.document_id "
        "WHERE c.unit_id=? AND c.done=0 AND t.state='active' "
        "ORDER BY c.due IS NULL, c.due, c.task_id, m.seq", [unit_id]).fetchall()
    from tracker.ledger.reporting import _roles

    roles = _roles(ledger, {r[0] for r in rows})
    out, next_taken = [], set()
    for tid, mid, title, source, label, due, recurring in rows:
        if recurring and due and due > as_of.isoformat():
            if tid in next_taken:
                continue
            next_taken.add(tid)
        out.append((tid, mid, title, source or "", label, due, ROLE_ZH.get(roles.get((tid, unit_id)), "责任")))
    return out


def export_unit(ledger, unit: int | str, path: str | Path, *, as_of: date, by: str, now: str) -> Exported:
    """Write ``unit``'s 反馈表 to ``path`` and record the sheet in the ledger.

    Raises NotFoundError (exit 5) for an unknown unit, ValueRefusedError (exit 2) for a
    collective whose members tick for themselves. A unit with nothing open still gets a
    sheet (with no rows).
    """
    uid = unit if isinstance(unit, int) else ledger.units.find(unit)
    if uid is None or uid == NO_UNIT:
        raise NotFoundError(f"台账中没有单位“{unit}”。")
    name = ledger.units.get(uid).name
    members = ledger.units.members_of(uid)
    if members:
        from tracker.errors import ValueRefusedError

        names = "、".join(ledger.units.get(m).name for m in members[:5]) + ("等" if len(members) > 5 else "")
        raise ValueRefusedError(f"“{name}”由各成员单位分别办理（{names}），请为成员单位分别导出反馈表，"
                                "或用 --all 为每个单位各导出一份。")
    lid, sid = ledger_id(ledger), uuid.uuid4().hex
    rows = [sheet.SheetRow(tid, title, source, label, due, role, sheet.row_key(lid, sid, tid, uid, mid))
            for tid, mid, title, source, label, due, role in open_rows(ledger, uid, as_of)]
    path = sheet.write(Path(path), unit=name, as_of=as_of, rows=rows, sheet_key_text=sheet.sheet_key(lid, sid))
    with ledger.transaction():
        ledger.db["feedback_sheets"].insert({"id": sid, "unit_id": uid, "as_of": as_of.isoformat(),
                                             "rows": len(rows), "exported_at": now, "exported_by": by or None,
                                             "file_name": path.name})
    return Exported(name, path, len(rows), sid)


def units_with_open_cells(ledger) -> list[tuple[int, str]]:
    """(id, name) of units with an open cell on an active task, by name."""
    return ledger.db.execute(
        "SELECT DISTINCT u.id, u.name FROM cells c JOIN tasks t ON t.id=c.task_id JOIN units u ON u.id=c.unit_id "
        "WHERE c.done=0 AND t.state='active' ORDER BY u.name").fetchall()


def export_all(ledger, folder: str | Path, *, as_of: date, by: str, now: str) -> list[Exported]:
    """One 反馈表 per unit that has something open, named ``反馈表-<单位>-<日期>.xlsx``."""
    from tracker.ledger.attachments import safe_name

    folder = Path(folder)
    return [export_unit(ledger, uid, folder / safe_name(f"反馈表-{name}-{as_of.isoformat()}.xlsx"),
                        as_of=as_of, by=by, now=now)
            for uid, name in units_with_open_cells(ledger)]
