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
from tracker.ledger import reporting

HEADERS = ("序号", "文号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "办理状态", "完成时间", "备注")
WIDTHS = (6, 20, 56, 22, 22, 22, 12, 10, 12, 34)
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


# One sheet per document as well as 全部任务 while that stays handy; a bigger ledger gets
# 全部任务 alone (filter by 文号), so no task is written twice.
PER_DOCUMENT_MAX_TASKS = 20_000
PER_DOCUMENT_MAX_SHEETS = 100
EXCEL_MAX_ROWS = 1_048_576
_FORMULA_START = ("=", "+", "-", "@")


class _Sheet:
    """A write-only sheet being filled: header, widths and frozen header row first (the
    write-only mode needs them before the rows), the auto filter once the rows are in."""

    def __init__(self, wb, title: str, styles: dict):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self.ws = ws = wb.create_sheet(title)
        self._cell, self._styles, self.rows = WriteOnlyCell, styles, 0
        for i, width in enumerate(WIDTHS, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        # Printed as offices print a 台账: landscape A4, all columns on the page's width,
        # the header row repeated at the top of every page.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"   # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        header = []
        for text in HEADERS:
            cell = WriteOnlyCell(ws, value=text)
            cell.font, cell.fill, cell.alignment, cell.border = styles["header"]
            header.append(cell)
        ws.append(header)

    def add(self, values: list) -> None:
        self.rows += 1
        values[0] = self.rows
        for col in (1, 2, 3, 4, 5, 9):
            v = values[col]
            # Formula-looking text from a document must stay text (no formula injection).
            if isinstance(v, str) and v.startswith(_FORMULA_START):
                cell = self._cell(self.ws, value=v)
                cell.data_type = "s"
                values[col] = cell
        if isinstance(values[2], str):
            cell = self._cell(self.ws, value=values[2])
            cell.alignment = self._styles["wrap"]
            values[2] = cell
        else:
            values[2].alignment = self._styles["wrap"]
        self.ws.append(values)

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        self.ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{self.rows + 1}"


def _styles() -> dict:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    return {"header": (Font(bold=True), PatternFill("solid", fgColor="E8E8E8"),
                       Alignment(horizontal="center", vertical="center"),
                       Border(left=thin, right=thin, top=thin, bottom=thin)),
            "wrap": Alignment(wrap_text=True, vertical="top")}


def _values(r: reporting.LedgerRow, as_of: date) -> list:
    # Dates as date values: openpyxl gives them the yyyy-mm-dd format.
    return [0, r.doc_no or "", r.title, "、".join(r.lead), "、".join(r.responsible), "、".join(r.support),
            _day(r.deadline),
            state_of(r, as_of), _day(r.last_done) if r.cells_total and r.cells_done >= r.cells_total else None,
            remark_of(r)]


def export_xlsx(ledger, path: str | Path, as_of: date, *, now: datetime | None = None) -> int:
    """Write the 台账 to ``path``; returns the number of tasks. Chinese error if unwritable.

    Streamed in openpyxl's write-only mode: tasks are read from the ledger and written
    one at a time, so memory stays bounded at any ledger size.
    """
    from openpyxl import Workbook

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        # Said before the work starts, not after a million rows.
        raise OutputError(f"无法写入文件：{path}（文件夹不存在或没有写入权限）。如文件已在 Excel 中打开，请先关闭。")
    tasks, documents = ledger.db.execute(
        "SELECT (SELECT COUNT(*) FROM tasks), (SELECT COUNT(DISTINCT document_id) FROM tasks)").fetchone()
    per_document = tasks <= PER_DOCUMENT_MAX_TASKS and documents <= PER_DOCUMENT_MAX_SHEETS
    wb = Workbook(write_only=True)
    styles = _styles()
    sheets = [_Sheet(wb, ALL_SHEET, styles)]
    used = {ALL_SHEET.lower()}
    doc_sheet, current_doc, n = None, object(), 0
    for r in reporting.iter_ledger_rows(ledger):
        n += 1
        values = _values(r, as_of)
        if sheets[-1].rows >= EXCEL_MAX_ROWS - 1:  # Excel's limit: go on in another sheet
            sheets.append(_Sheet(wb, _sheet_title(f"{ALL_SHEET}({len(sheets) + 1})", used), styles))
        sheets[-1].add(list(values))
        if per_document:
            if r.document_id != current_doc:
                if doc_sheet is not None:
                    doc_sheet.finish()
                current_doc = r.document_id
                doc_sheet = _Sheet(wb, _sheet_title(r.doc_no or r.doc_title or "无文号", used), styles)
            doc_sheet.add(values)
    for sheet in sheets + ([doc_sheet] if doc_sheet is not None else []):
        sheet.finish()
    wb.properties.title = f"督办台账 {ledger.name()}"
    if now is not None:
        wb.properties.created = now
    refuse_ledger_as_output(Path(path), ledger.path)
    try:
        with atomic_output(path) as tmp:
            _save(wb, tmp)
    except OutputError as exc:
        raise OutputError(f"{exc}如文件已在 Excel 中打开，请先关闭。") from None
    return n


def _save(wb, path: Path) -> None:
    """``wb.save(path)``, but a failed write (a full disk) leaves no half-open zip behind
    whose clean-up at exit would print a traceback."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        fp, archive.fp = archive.fp, None   # no central directory can be written now
        try:
            fp.close()
        except OSError:
            pass
        _discard_sheet_writers(wb)
        raise


def _discard_sheet_writers(wb) -> None:
    """Finish the row writers of write-only sheets a failed save left open, here and
    quietly, rather than at garbage collection, where each prints an error."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        for gen in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            if gen is not None:
                try:
                    gen.close()
                except Exception:  # noqa: BLE001 - the save failed already; this only tidies up
                    pass
