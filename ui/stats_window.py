"""The 统计 window: the statistics view in a window of its own beside the main window,
remembering its size and the table/chart split."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from ui import settings as opts
from ui.screen_fit import restore_size, restore_splitter, save_size
from ui.stats_view import StatsView


class StatsWindow(QDialog):
    """统计 as a window of its own beside the main window."""

    def __init__(self, ledger, settings: opts.Settings, as_of: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle("统计")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.view = StatsView(ledger, settings, as_of, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        # Never larger than a 1366×768 or 150 % screen; the clerk's own size and split kept.
        restore_size(self, 0.85, QSize(1200, 720), opts.STATS_GEOMETRY)
        restore_splitter(self, self.view.splitter, opts.STATS_SPLITTER)

    def done(self, code: int) -> None:
        """Closing remembers the size and the table/chart split the clerk chose."""
        save_size(self, opts.STATS_GEOMETRY, {opts.STATS_SPLITTER: self.view.splitter})
        super().done(code)
