"""The 台账 as an Excel workbook, in the layout clerks keep by hand.

Sheet 全部任务 first, then one sheet per document. Columns: 序号, 文号, 任务, 牵头单位,
配合单位, 完成时限, 办理状态, 完成时间, 备注. Dates are real dates (Excel sorts and
filters them), the header row is frozen and carries an auto filter.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from tracker.errors import TrackerError
from tracker.ledger import reporting

HEADERS = ("序号", "文号", "任务", "牵头单位", "配合单位", "完成时限", "办理状态", "完成时间", "备注")
WIDTHS = (6, 22, 60, 26, 26, 12, 10, 12, 40)
STATES = ("待办理", "推进中", "已办结", "已逾期", "已延期", "已终止")
ALL_SHEET = "全部任务"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def state_of(row: reporting.LedgerRow, as_of: date) -> str:
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


def remark_of(row: reporting.LedgerRow) -> str:
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


def _fill(ws, rows: list[reporting.LedgerRow], as_of: date) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = border
    for n, r in enumerate(rows, 1):
        # Formula-looking text from a document must stay text (no formula injection).
        values = [n, r.doc_no or "", r.title, "、".join(r.lead), "、".join(r.support), _day(r.deadline),
                  state_of(r, as_of), _day(r.last_done) if r.cells_total and r.cells_done >= r.cells_total
                  else None, remark_of(r)]
        ws.append(values)
        for col in (2, 3, 4, 5, 9):
            cell = ws.cell(row=n + 1, column=col)
            if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                cell.data_type = "s"
    for col in (6, 8):
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "yyyy-mm-dd"
    wrap = Alignment(wrap_text=True, vertical="top")
    for (cell,) in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        cell.alignment = wrap
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, len(rows) + 1)}"


def export_xlsx(ledger, path: str | Path, as_of: date, *, now: datetime | None = None) -> int:
    """Write the 台账 to ``path``; returns the number of tasks. Chinese error if unwritable."""
    from openpyxl import Workbook

    rows = reporting.ledger_rows(ledger)
    wb = Workbook()
    ws = wb.active
    ws.title = ALL_SHEET
    _fill(ws, rows, as_of)
    used = {ALL_SHEET.lower()}
    by_doc: dict[int | None, list[reporting.LedgerRow]] = {}
    for r in rows:
        by_doc.setdefault(r.document_id, []).append(r)
    for doc_rows in by_doc.values():
        first = doc_rows[0]
        _fill(wb.create_sheet(_sheet_title(first.doc_no or first.doc_title or "无文号", used)), doc_rows, as_of)
    wb.properties.title = f"督办台账 {ledger.name()}"
    if now is not None:
        wb.properties.created = now
    try:
        wb.save(str(path))
    except OSError as exc:
        raise TrackerError(f"无法写入文件：{path}（{exc.strerror}）。如文件已在 Excel 中打开，请先关闭。") from None
    return len(rows)
