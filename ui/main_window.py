"""The main window: filters on the left, cards in the centre, the task on the right.

Its dialogs (import, reports, backups, units, settings) are in ``ui.main_dialogs``;
the toolbar in ``ui.toolbar``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from tracker.errors import TrackerError
from tracker.ledger.card_order import newly_due
from tracker.ledger import Ledger, now_iso

from ui import dialogs
from ui import settings as opts
from ui import workers
from ui.app import icon
from ui.card_model import TASK_ID_ROLE, CardModel
from ui.card_proxy import CardProxy
from ui.card_view import CardView
from ui.detail_panel import DetailPanel
from ui.filter_bar import CardArea
from ui.filter_panel import FilterPanel
from ui.screen_fit import fit_window, restore_geometry
from ui.main_actions import ActionsMixin
from ui.main_dialogs import DialogsMixin
from ui.main_filters import FiltersMixin
from ui.main_supervision import SupervisionMixin
from ui.reminders import ReminderService
from ui.status_bar import StatusBar
from ui.toolbar import qdate
from ui.welcome import WelcomePanel

POLL_MS = 2000
AFTER_PAINT_LIMIT_MS = 300   # the deferred parts run then even if no paint came


class MainWindow(ActionsMixin, FiltersMixin, SupervisionMixin, DialogsMixin, QMainWindow):
    """督办台账's main window over one open ledger."""

    def __init__(self, ledger: Ledger, settings: opts.Settings, today: date | None = None,
                 as_of: date | None = None, parent=None):
        super().__init__(parent)
        self.ledger = ledger
        self.settings = settings
        self._today = today
        self._importer = None
        self._stats_window = None
        self._after_reload_pending = False
        self._counts_job = 0              # the latest count of units' open tasks asked for
        self._counts_pending = False      # a worker counts them
        self._count_again = False         # changes came while it counted: count once more
        self._counts_of = None            # the ledger the running count reads
        self._unit_counts: dict[int, int] | None = None
        self.setWindowTitle("督办台账")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)

        self.model = CardModel(self)
        self.proxy = CardProxy(self)
        self.proxy.setSourceModel(self.model)
        self.cards = CardView()
        self.cards.setModel(self.proxy)
        self.filters = FilterPanel()
        self.detail = DetailPanel(self.settings.user_name)

        self.centre = QStackedWidget()
        self.centre.setObjectName("centre")
        self.welcome = self._make_welcome()
        self.card_area = CardArea(self.cards)
        self.centre.addWidget(self.card_area)
        self.centre.addWidget(self.welcome)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 700, 470])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.setStatusBar(StatusBar())
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.as_of_edit.setDate(qdate(as_of or self.today()))
        self._connect()
        self.ledger.changed_elsewhere()   # what is in the file now is what we read next
        self.reload()
        self._populate_timer = QTimer(self, singleShot=True, interval=0)
        self._populate_timer.timeout.connect(self._recount_units)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll_ledger)
        self._poll.start()
        self.reminders = ReminderService(lambda: self.ledger, self.settings, self.today, self,
                                         fallback=self._reminder_in_status_bar)
        fit_window(self, 0.94, QSize(1600, 1000))

    # -- construction --------------------------------------------------------------------
    def _make_welcome(self) -> QWidget:
        panel = WelcomePanel()
        panel.import_requested.connect(self.import_files_dialog)
        panel.paste_requested.connect(self.paste_text)
        panel.sample_requested.connect(self.load_sample)
        return panel

    def _connect(self) -> None:
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        self._connect_filters()
        self.cards.task_selected.connect(self.detail.show_task)
        self.cards.painted.connect(self._cards_painted)
        self.cards.delete_requested.connect(self.delete_pressed)
        self.cards.activated_task.connect(lambda _t: self.detail.matrix_view.setFocus())
        self.detail.task_changed.connect(self.apply_changes)
        workers.relay().failed.connect(self.worker_failed)

    # -- state ---------------------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def as_of(self) -> date:
        d = self.as_of_edit.date()
        return date(d.year(), d.month(), d.day())

    @Slot()
    def reload(self, as_of_only: bool = False) -> None:
        """Re-read everything as of the chosen date (F5, another process, a new ledger);
        ``as_of_only``: only the date changed, the tasks' order is kept (cards are re-read)."""
        keep = self.detail.task_id()
        as_of, window = self.as_of(), self.settings.window()
        self._apply_unit_filter(refilter=False)   # the proxy filters once, when the model resets
        if as_of_only and self.model.ledger is self.ledger:
            self.model.set_as_of(as_of, window)
        else:
            self.model.reload(self.ledger, as_of, window)
        self._update_counts()
        self.detail.set_context(self.ledger, as_of, window)
        self.detail.set_today(self.today())
        # Slower, less urgent parts (unit list, recurring duties) once the
        # cards are on screen: a zero timer alone would run before the first paint.
        self._after_reload_pending = True
        if not self.model.task_count():
            QTimer.singleShot(0, self._after_reload)
        else:
            QTimer.singleShot(AFTER_PAINT_LIMIT_MS, self._after_reload)
        self.centre.setCurrentWidget(self.card_area if self.model.task_count() else self.welcome)
        self.toolbar.set_is_today(as_of == self.today())
        name = self.ledger.name()
        self.setWindowTitle(f"督办台账 - {name}")
        self.statusBar().showMessage(f"台账：{self.ledger.path or name}")
        if not self.cards.select_task(keep):
            self.detail.show_task(None)
        elif as_of_only:
            # The card stays current, so no selection signal re-reads it: its days, bucket
            # and overdue cells must follow the new date.
            self.detail.refresh()
        self._refresh_stats()

    def is_settled(self) -> bool:
        """True once the parts deferred after a reload (recurring duties, the unit list's
        counts from their worker) have run."""
        return not self._after_reload_pending and not self._counts_pending

    @Slot()
    def _cards_painted(self) -> None:
        if self._after_reload_pending:
            QTimer.singleShot(0, self._after_reload)

    @Slot()
    def _after_reload(self) -> None:
        if not self._after_reload_pending or self.ledger.closed:
            return   # a deferred part has nothing to do once the ledger is closed (a test's teardown, quitting)
        self._after_reload_pending = False
        as_of = self.as_of()
        self._recount_units()
        changes = self.ledger.tasks.extend_horizon(as_of)   # recurring duties up to as_of + 12 months
        if changes:
            self.apply_changes(changes)

    @Slot(QDate)
    def _as_of_changed(self, _d) -> None:
        self.reload(as_of_only=True)

    @Slot(object)
    def apply_changes(self, changes) -> None:
        """Refresh only what a change touched (a tick, an extension, a termination)."""
        if not changes:
            return
        keep = self.detail.task_id()
        # A card that changes bucket moves: keep the detail on it instead of its neighbour.
        self.cards.quiet = True
        try:
            self.model.apply_changes(changes)
            if keep is not None and self.cards.currentIndex().data(TASK_ID_ROLE) != keep:
                self.cards.select_task(keep)
        finally:
            self.cards.quiet = False
        if changes.units or changes.documents:
            self._populate_timer.start()   # after the cards repaint; once for quick ticks
        self._update_counts()
        self._refresh_stats()
        if changes.message:
            self.statusBar().showMessage(changes.message, 8000)

    @Slot(object)
    def imported(self, changes) -> None:
        """After an import: re-read everything (many tasks may have arrived)."""
        self.reload()
        if changes is not None and getattr(changes, "message", ""):
            self.statusBar().showMessage(changes.message, 10000)

    @Slot(str)
    def worker_failed(self, text: str) -> None:
        """A background job raised (its traceback is logged): say so instead of staying silent."""
        self.statusBar().showMessage(text, 15000)

    @Slot()
    def poll_ledger(self) -> None:
        """Another process (the CLI, a colleague's window) committed: show its work."""
        try:
            changed = self.ledger.changed_elsewhere()
        except TrackerError:   # a vanished or locked file must not stop the timer: try again at the next tick
            return
        if changed:
            self.reload()
            self.statusBar().showMessage("台账已被其他程序更新，已刷新。", 5000)

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def undo_tick(self) -> None:
        """Ctrl+Z: undo my last tick with an inverse event."""
        try:
            changes = self.ledger.progress.undo_last(by=self.settings.user_name(), now=now_iso())
        except TrackerError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.apply_changes(changes)
        if self.detail.task_id() in changes.tasks:
            self.detail.refresh()

    @Slot(int)
    def delete_pressed(self, task_id: int) -> None:
        """Delete never deletes: it offers to 终止 the task (with a reason and a confirmation)."""
        if dialogs.ask(self, "删除任务", "台账中的任务不会被删除，办理记录需要保留。\n是否改为“终止”这项任务（需填写理由）？",
                       "终止…"):
            self.cards.select_task(task_id)
            self.detail.terminate_task()

    # -- start notice, drag and drop, closing -------------------------------------------
    def start_notice(self, show: bool = True) -> list:
        """Tasks newly overdue or due soon since the last start; shows them, records today."""
        since = self.settings.last_start()
        today = self.today()
        rows = newly_due(self.ledger, since, today, self.settings.window()) if since else []
        self.settings.set(opts.LAST_START_DATE, today.isoformat())
        self.settings.sync()
        if rows and show:
            dialogs.NoticeDialog(rows, since, self).exec()
        return rows

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def restore_layout(self) -> None:
        restore_geometry(self, self.settings.get(opts.WINDOW_GEOMETRY))
        split = self.settings.get(opts.SPLITTER_STATE)
        if not split.isEmpty():
            self.splitter.restoreState(split)

    def closeEvent(self, event) -> None:
        self.settings.set(opts.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(opts.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(opts.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self._poll.stop()
        super().closeEvent(event)
