"""The 台账 as an Excel workbook, in the layout clerks keep by hand.

Sheet 全部任务 first, then one sheet per document (for ledgers up to 20,000 tasks and 100
documents; a bigger one gets 全部任务 alone). Columns: 序号, 文号, 任务, 牵头单位,
责任单位, 配合单位, 完成时限, 办理状态, 完成时间, 备注. Printed landscape, fit to the page's
width, with the header row repeated on every page. Dates are real dates (Excel sorts and
filters them), the header row is frozen and carries an auto filter.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from tracker.errors import OutputError
from tracker.outfile import atomic_output, refuse_ledger_as_output
from tracker.ledger import export_rows

HEADERS = ("序号", "文号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "办理状态", "完成时间", "备注")
WIDTHS = (6, 20, 56, 22, 22, 22, 12, 10, 12, 34)
STATES = ("待办理", "推进中", "已办结", "已逾期", "已延期", "已终止")
ALL_SHEET = "全部任务"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def state_of(row: export_rows.LedgerRow, as_of: date) -> str:
    """办理状态 as of a date: 已终止 > 已办结 > 已逾期 > 已延期 > 推进中 > 待办理."""
    if row.state == "terminated":
        return "已终止"
    if row.cells_total and row.cells_done >= row.cells_total:
        return "已办结"
    if row.next_due and row.next_due < as_of.isoformat():
        return "已逾期"
    if row.extensions:
        return "已延期"
    return "推进中" if row.cells_done else "待办理"


def remark_of(row: export_rows.LedgerRow) -> str:
    """备注: the deadline as written, recurrences, extensions and termination reasons."""
    from tracker.deadlines import describe_recurrence

    notes = []
    if row.deadline_text:
        notes.append(f"时限原文：{row.deadline_text}")
    if row.recurrence:
        notes.append(f"周期：{describe_recurrence(row.recurrence)}")
    for old, new, reason in row.extensions:
        notes.append(f"延期：{old or '无'}→{new}（{reason}）")
    if row.state == "terminated":
        notes.append(f"终止：{row.state_reason or ''}")
    if row.cells_total > 1 and row.cells_done < row.cells_total:
        notes.append(f"已完成 {row.cells_done}/{row.cells_total} 个办理节点")
    return "；".join(notes)


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso[:10]) if iso else None


def _sheet_title(name: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("_", name or "无文号").strip("'")[:28] or "无文号"
    title, n = base, 2
    while title.lower() in used:
        title = f"{base[:25]}({n})"
        n += 1
    used.add(title.lower())
    return title


# One sheet per document as well as 全部任务 while that stays handy; a bigger ledger gets
# 全部任务 alone (filter by 文号), so no task is written twice.
PER_DOCUMENT_MAX_TASKS = 20_000
PER_DOCUMENT_MAX_SHEETS = 100
EXCEL_MAX_ROWS = 1_048_576


def _values(r: export_rows.LedgerRow, as_of: date) -> list:
    # Dates as date values, shown yyyy-mm-dd. Text is stored as text (inline strings),
    # so text from a document that looks like a formula (=HYPERLINK…) is never run.
    return [0, r.doc_no or "", r.title, "、".join(r.lead), "、".join(r.responsible), "、".join(r.support),
            _day(r.deadline),
            state_of(r, as_of), _day(r.last_done) if r.cells_total and r.cells_done >= r.cells_total else None,
            remark_of(r)]


def export_xlsx(ledger, path: str | Path, as_of: date, *, now: datetime | None = None) -> int:
    """Write the 台账 to ``path``; returns the number of tasks. Chinese error if unwritable.

    Streamed: tasks are read from the ledger and written one at a time (``xlsx_writer``),
    so memory stays bounded at any ledger size; only the per-document sheets of a small
    ledger are held until the end.
    """
    from tracker.report.xlsx_writer import HEADER, PLAIN, WRAP, Workbook

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        # Said before the work starts, not after a million rows.
        raise OutputError(f"无法写入文件：{path}（文件夹不存在或没有写入权限）。如文件已在 Excel 中打开，请先关闭。")
    tasks, documents = ledger.db.execute(
        "SELECT (SELECT COUNT(*) FROM tasks), (SELECT COUNT(DISTINCT document_id) FROM tasks)").fetchone()
    per_document = tasks <= PER_DOCUMENT_MAX_TASKS and documents <= PER_DOCUMENT_MAX_SHEETS
    header_styles = (HEADER,) * len(HEADERS)
    styles = (PLAIN, PLAIN, WRAP)   # the task's title wraps in its column
    refuse_ledger_as_output(Path(path), ledger.path)
    n = 0
    try:
        with atomic_output(path) as tmp:
            wb = Workbook(tmp, title=f"督办台账 {ledger.name()}", created=now)
            try:
                def new_sheet(title: str, buffered: bool = False):
                    sheet = wb.add_sheet(title, WIDTHS, buffered=buffered, big=not buffered and tasks > 500_000)
                    sheet.append(HEADERS, header_styles)
                    return sheet

                used = {ALL_SHEET.lower()}
                all_sheet, doc_sheet, current_doc, parts = new_sheet(ALL_SHEET), None, object(), 1
                for r in export_rows.iter_ledger_rows(ledger):
                    n += 1
                    values = _values(r, as_of)
                    if all_sheet.rows >= EXCEL_MAX_ROWS:  # Excel's limit: go on in another sheet
                        parts += 1
                        all_sheet = new_sheet(_sheet_title(f"{ALL_SHEET}({parts})", used))
                    values[0] = all_sheet.rows
                    all_sheet.append(values, styles)
                    if per_document:
                        if r.document_id != current_doc:
                            current_doc = r.document_id
                            doc_sheet = new_sheet(_sheet_title(r.doc_no or r.doc_title or "无文号", used), True)
                        values[0] = doc_sheet.rows
                        doc_sheet.append(values, styles)
                wb.close()
            except BaseException:
                wb.discard()   # the file is removed by atomic_output; nothing left half-open
                raise
    except OutputError as exc:
        raise OutputError(f"{exc}如文件已在 Excel 中打开，请先关闭。") from None
    return n
