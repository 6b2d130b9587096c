"""Reading a filled 反馈表 back: what it would change, then applying it once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker.errors import InputError
from tracker.feedback import sheet
from tracker.feedback.export import ledger_id
from tracker.ledger.changes import Changes
from tracker.short_text import shorten


@dataclass
class Planned:
    """One row that will change the ledger: ``action`` "done" (a tick) or "note"."""

    row: int
    task_id: int
    unit_id: int
    milestone_id: int
    unit: str
    title: str
    milestone: str
    action: str
    done_on: str | None
    note: str


@dataclass
class FeedbackPlan:
    """What importing a filled sheet would do. ``refused`` and ``skipped`` are
    (Excel row number, reason); ``already`` is when this very file was applied before."""

    path: Path
    sha256: str
    sheet_id: str
    unit: str
    exported_at: str | None
    changes: list[Planned] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    already: str | None = None  # when this same file was imported
    sheet_seen: str | None = None  # when another version of this sheet was imported

    def summary(self) -> str:
        """Chinese lines: what will change (or changed), which rows are refused and why."""
        if self.already:
            return f"该反馈表已于 {self.already.replace('T', ' ')} 导入过，本次未作任何改动。"
        lines = [f"反馈表：{self.unit}（导出于 {(self.exported_at or '').replace('T', ' ')}）"]
        if self.sheet_seen:
            lines.append(f"同一反馈表曾于 {self.sheet_seen.replace('T', ' ')} 导入过；只应用有变化的行。")
        done = [c for c in self.changes if c.action == "done"]
        notes = [c for c in self.changes if c.action == "note"]
        lines.append(f"办结 {len(done)} 个节点，记录办理情况 {len(notes)} 条，拒收 {len(self.refused)} 行，"
                     f"未改动 {len(self.skipped)} 行。")
        for c in self.changes:
            what = f"办结，完成日期 {c.done_on}" if c.action == "done" else "办理情况"
            lines.append(f"  第{c.row}行　#{c.task_id} {shorten(c.title, 24)} · {c.milestone}：{what}"
                         + (f"；{c.note}" if c.note else ""))
        for row, reason in self.refused:
            lines.append(f"  第{row}行　拒收：{reason}")
        if not (self.changes or self.refused):
            lines.append("反馈表中没有需要更新的内容，台账未改动。")
        return "\n".join(lines)


def plan(ledger, path: str | Path, *, today: date) -> FeedbackPlan:
    """Read the filled sheet at ``path`` and decide row by row what it changes.

    A row is refused (with its Excel row number and a reason) when its hidden key is
    missing or broken, belongs to another ledger or sheet, names a cell the ledger no
    longer has, or carries a bad date (unreadable, after ``today``, or 是 with no date).
    Rows already in the ledger (a done cell, the same note) are skipped. Raises
    InputError (exit 3) for a file that is no 反馈表 of this ledger.
    """
    filled = sheet.read(Path(path))
    lid = ledger_id(ledger)
    if filled.sheet_checksum != sheet.checksum(lid, filled.sheet_id, "sheet"):
        raise InputError(f"该反馈表不是从本台账导出的（表标识不符）：{Path(path).name}。台账未改动。")
    db = ledger.db
    row = db.execute("SELECT s.exported_at, u.name FROM feedback_sheets s LEFT JOIN units u ON u.id=s.unit_id "
                     "WHERE s.id=?", [filled.sheet_id]).fetchone()
    if row is None:
        raise InputError(f"台账中没有这份反馈表的导出记录：{Path(path).name}。台账未改动。")
    result = FeedbackPlan(Path(path), filled.sha256, filled.sheet_id, row[1] or "", row[0])
    same = db.execute("SELECT imported_at FROM feedback_imports WHERE sha256=? ORDER BY id LIMIT 1",
                      [filled.sha256]).fetchone()
    if same:
        result.already = same[0]
        return result
    seen = db.execute("SELECT MAX(imported_at) FROM feedback_imports WHERE sheet_id=?", [filled.sheet_id]).fetchone()
    result.sheet_seen = seen[0] if seen else None
    for r in filled.rows:
        if not (r.note or r.done or (r.done_on not in (None, ""))):
            continue
        _plan_row(ledger, lid, filled.sheet_id, r, today, result)
    return result


def _plan_row(ledger, lid: str, sid: str, r: sheet.FilledRow, today: date, result: FeedbackPlan) -> None:
    db = ledger.db
    if r.task_id is None:
        result.refused.append((r.row, "隐藏的行标识缺失或格式不对（可能被改动过），无法对应到任务"))
        return
    if r.checksum != sheet.checksum(lid, sid, r.task_id, r.unit_id, r.milestone_id):
        result.refused.append((r.row, "行标识校验不符（被改动或从别的表复制而来），无法对应到任务"))
        return
    cell = db.execute(
        "SELECT c.done, t.state, t.title, m.label, COALESCE(u.name, '') FROM cells c JOIN tasks t ON t.id=c.task_id "
        "JOIN milestones m ON m.id=c.milestone_id LEFT JOIN units u ON u.id=c.unit_id "
        "WHERE c.task_id=? AND c.unit_id=? AND c.milestone_id=?", [r.task_id, r.unit_id, r.milestone_id]).fetchone()
    if cell is None:
        result.refused.append((r.row, f"任务 #{r.task_id} 已修改，该单位或节点已不在其中"))
        return
    done, state, title, label, unit = cell
    if state != "active":
        result.refused.append((r.row, f"任务 #{r.task_id} 已终止"))
        return
    answer = r.done.strip()
    if answer not in ("", sheet.YES, sheet.NO, "已办结", "未办结"):
        result.refused.append((r.row, f"“是否办结”应填“是”或“否”：{answer}"))
        return
    try:
        when = sheet.parse_filled_date(r.done_on)
    except ValueError:
        result.refused.append((r.row, f"完成日期无法识别（应为 2018-12-01 这样的日期）：{r.done_on}"))
        return
    finish = answer in (sheet.YES, "已办结") or (answer == "" and when is not None)
    base = dict(row=r.row, task_id=r.task_id, unit_id=r.unit_id, milestone_id=r.milestone_id, unit=unit,
                title=title, milestone=label, note=r.note)
    if finish:
        if when is None:
            result.refused.append((r.row, "填了“是”但没有填写完成日期"))
        elif when > today:
            result.refused.append((r.row, f"完成日期 {when.isoformat()} 晚于今天，不能登记尚未发生的办结"))
        elif done:
            result.skipped.append((r.row, "台账中已办结"))
        else:
            result.changes.append(Planned(**base, action="done", done_on=when.isoformat()))
        return
    if not r.note:
        result.skipped.append((r.row, "未办结，也没有填写办理情况"))
        return
    last = db.execute("SELECT note FROM progress_events WHERE task_id=? AND unit_id=? AND milestone_id=? "
                      "AND note IS NOT NULL ORDER BY id DESC LIMIT 1",
                      [r.task_id, r.unit_id, r.milestone_id]).fetchone()
    if last and last[0] == r.note:
        result.skipped.append((r.row, "办理情况与台账中最新一条相同"))
    else:
        result.changes.append(Planned(**base, action="note", done_on=None))


def apply(ledger, planned: FeedbackPlan, *, by: str, now: str) -> Changes:
    """Apply a plan in one transaction and record the sheet's import (its SHA-256), so the
    same file is never applied twice. Returns what changed; its message is the summary."""
    if planned.already:
        return Changes(message=planned.summary())
    changes = Changes()
    with ledger.transaction():
        again = ledger.db.execute("SELECT imported_at FROM feedback_imports WHERE sha256=?",
                                  [planned.sha256]).fetchone()
        if again:  # another process imported it after the plan was made
            planned.already = again[0]
            return Changes(message=planned.summary())
        for c in planned.changes:
            if c.action == "done":
                changes.merge(ledger.progress.tick(c.task_id, c.unit_id, c.milestone_id, by=by, note=c.note,
                                                   now=now, done_on=c.done_on))
            else:
                changes.merge(ledger.progress.note(c.task_id, c.unit_id, c.milestone_id, c.note, by=by, now=now))
        ledger.db["feedback_imports"].insert({
            "sheet_id": planned.sheet_id, "sha256": planned.sha256, "file_name": planned.path.name,
            "imported_at": now, "imported_by": by or None, "applied": len(planned.changes),
            "refused": len(planned.refused)})
    changes.message = planned.summary()
    return changes
