"""文件 > 导出台账: the whole ledger as an Excel workbook (``tracker.report.xlsx``), with
the file asked for and the outcome told in a message box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.errors import TrackerError
from ui.app import wait_cursor


def export_xlsx_interactive(parent: QWidget | None, ledger, as_of: date, path: str | None = None) -> str | None:
    """文件 > 导出台账: ask for a file (unless ``path``), write the workbook, say how it went.

    Returns the written path, or None when cancelled or failed.
    """
    from tracker.report.xlsx import export_xlsx

    if path is None:
        suggested = str(Path.home() / f"督办台账_{as_of.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(parent, "导出台账", suggested, "Excel 工作簿 (*.xlsx)")
        if not path:
            return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        with wait_cursor():
            n = export_xlsx(ledger, path, as_of)
    except TrackerError as exc:
        QMessageBox.critical(parent, "导出台账", str(exc))
        return None
    QMessageBox.information(parent, "导出台账", f"已导出 {n} 项任务到：\n{path}")
    return path
