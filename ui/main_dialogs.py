"""The main window's dialogs: import, reports, backups, units, settings, other ledgers.

Kept apart from the window's layout and refresh logic; each slot opens one dialog and
hands what it changed back to the window (``reload``/``imported``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tracker.backup import backup_dir_for
from tracker.errors import LedgerError
from tracker.ledger import Ledger

from ui import daily_check, dialogs
from ui import settings as opts
from ui.app import apply_font


class DialogsMixin:
    """Slots of ``MainWindow`` that open dialogs (the window provides ledger, settings,
    today(), as_of(), reload(), imported() and the widgets named here)."""

    _importer = None

    def _controller(self):
        if self._importer is None:
            from ui.import_flow import ImportController

            self._importer = ImportController(self, lambda: self.ledger, self.settings.user_name, self.today)
            self._importer.imported.connect(self.imported)
        return self._importer

    @Slot()
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "导入公文", "", "公文 (*.txt *.docx *.pdf);;所有文件 (*)")
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files one after another (menu, drag and drop)."""
        self._controller().import_files(paths)

    @Slot()
    def paste_text(self) -> None:
        self._controller().import_text()

    @Slot()
    def load_sample(self) -> None:
        self._controller().load_sample()

    @Slot()
    def print_report(self) -> None:
        from tracker.report.identity import load_identity
        from ui.report_dialog import ReportDialog
        from ui.report_settings import ReportSettingsDialog

        # The office, contact and phone of the 落款 are asked once, at the first report.
        if not self.settings.get(opts.REPORT_IDENTITY_ASKED) and not load_identity().is_set():
            self.settings.set(opts.REPORT_IDENTITY_ASKED, True)
            self.settings.sync()
            ReportSettingsDialog(self, printed_by=self.settings.user_name()).exec()
        ReportDialog(self.ledger, self.as_of(), self.settings.user_name(), self).exec()

    @Slot()
    def edit_report_identity(self) -> None:
        from ui.report_settings import ReportSettingsDialog

        ReportSettingsDialog(self, printed_by=self.settings.user_name()).exec()

    @Slot()
    def export_ledger(self) -> None:
        from ui.ledger_export import export_xlsx_interactive

        export_xlsx_interactive(self, self.ledger, self.as_of())

    @Slot()
    def show_backups(self, path: Path | None = None) -> None:
        from ui.backup_dialog import BackupDialog

        target = path or self.ledger.path
        if target is None:
            QMessageBox.information(self, "备份与恢复", "内存中的台账没有备份。")
            return
        dlg = BackupDialog(Path(target), self)
        dlg.restored.connect(self._restored)
        dlg.exec()

    @Slot(object)
    def _restored(self, path) -> None:
        if path is not None and self.ledger.path is not None and Path(path) != Path(self.ledger.path):
            self.open_ledger(Path(path))
        else:
            self.ledger.units.invalidate()
            self.reload()

    @Slot()
    def show_units(self) -> None:
        from ui.units_dialog import UnitsDialog

        dlg = UnitsDialog(self.ledger, self)
        dlg.units_changed.connect(lambda _c: self.reload())
        dlg.exec()

    @Slot()
    def show_settings(self) -> None:
        s = self.settings
        dlg = dialogs.SettingsDialog(s.get(opts.USER_NAME), s.window(), s.get(opts.FONT_SIZE), self)
        if not dlg.exec():
            return
        s.set(opts.USER_NAME, dlg.name.text().strip())
        s.set(opts.DUE_SOON_DAYS, dlg.window.value())
        s.set(opts.FONT_SIZE, dlg.font_size.value())
        s.sync()
        apply_font(QApplication.instance(), dlg.font_size.value())
        self.cards.doItemsLayout()
        self.reload()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, "关于督办台账", "督办台账：公文任务分解、时限提醒与逐单位办结登记。")

    @Slot()
    def open_ledger_dialog(self) -> None:
        start = str(self.ledger.path.parent) if self.ledger.path else ""
        path, _ = QFileDialog.getSaveFileName(self, "打开或新建台账", start, "督办台账 (*.sqlite3 *.db);;所有文件 (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.open_ledger(Path(path))

    @Slot(object, str)
    def _daily_check_finished(self, _copy, error: str) -> None:
        if error:
            self.statusBar().showMessage(error, 8000)

    def open_ledger(self, path: Path) -> bool:
        """Switch to another ledger file; on failure keep the current one and say why."""
        try:
            new = Ledger.open(path)
        except LedgerError as exc:
            if backup_dir_for(path).is_dir():
                if dialogs.ask(self, "无法打开台账", f"{exc}\n\n该文件旁有备份文件夹，是否打开“备份与恢复”？", "备份与恢复…"):
                    self.show_backups(path)
            else:
                QMessageBox.warning(self, "无法打开台账", str(exc))
            return False
        # The day's whole-file check and copy of this ledger too, on a worker (they read
        # the whole file: seconds at a million tasks).
        daily_check.start(new.path, self.today(), self._daily_check_finished)
        old, self.ledger = self.ledger, new
        new.changed_elsewhere()
        self.settings.set(opts.LEDGER_PATH, str(path))
        self.settings.sync()
        self.detail.show_task(None)
        self.reload()
        if old is not new:
            old.close()
        return True
