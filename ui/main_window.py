"""The main window: filters on the left, cards in the centre, the task on the right.

Its dialogs (import, reports, backups, units, settings) are in ``ui.main_dialogs``;
the toolbar in ``ui.toolbar``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from tracker.errors import TrackerError
from tracker.ledger import Ledger, now_iso

from ui import dialogs
from ui import settings as opts
from ui.app import icon
from ui.card_model import TASK_ID_ROLE, CardModel
from ui.card_proxy import CardProxy
from ui.card_view import CardView
from ui.detail_panel import DetailPanel
from ui.filter_panel import MY_UNITS, FilterPanel
from ui.screen_fit import fit_window, keep_on_screen
from ui.main_dialogs import DialogsMixin
from ui.main_supervision import SupervisionMixin
from ui.reminders import ReminderService
from ui.toolbar import MainToolbar, qdate
from ui.welcome import WelcomePanel

POLL_MS = 2000
AFTER_PAINT_LIMIT_MS = 300   # the deferred parts run then even if no paint came


class MainWindow(SupervisionMixin, DialogsMixin, QMainWindow):
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
        self.centre.addWidget(self.cards)
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
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.as_of_edit.setDate(qdate(as_of or self.today()))
        self._connect()
        self.ledger.changed_elsewhere()   # what is in the file now is what we read next
        self.reload()
        self._populate_timer = QTimer(self, singleShot=True, interval=0)
        self._populate_timer.timeout.connect(self._populate_filters)
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

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icon(icon_name))
        if tip:
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_import = self._action("导入文件…", self.import_files_dialog, QKeySequence.StandardKey.Open, "import",
                                       "导入公文（Ctrl+O）")
        self.act_paste = self._action("粘贴文本…", self.paste_text)
        self.act_add_task = self._action("新增任务…", self.add_task, QKeySequence.StandardKey.New,
                                         tip="手工新增一项任务：领导批示、会议议定事项、督办件（Ctrl+N）")
        self.act_open = self._action("打开台账…", self.open_ledger_dialog)
        self.act_backup = self._action("备份与恢复…", self.show_backups)
        self.act_export = self._action("导出台账…", self.export_ledger)
        self.act_print = self._action("打印周报…", self.print_report, QKeySequence.StandardKey.Print, "print",
                                      "打印督办周报（Ctrl+P）")
        self.act_quit = self._action("退出", self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action("撤销勾选", self.undo_tick, QKeySequence.StandardKey.Undo, "undo",
                                     "撤销我的上一次勾选（Ctrl+Z）")
        self.act_find = self._action("查找", self.filters.focus_search, QKeySequence.StandardKey.Find)
        self.act_refresh = self._action("刷新", self.reload, QKeySequence(Qt.Key.Key_F5), "refresh", "刷新（F5）")
        self.act_units = self._action("单位目录…", self.show_units)
        self.act_settings = self._action("设置…", self.show_settings)
        self.act_report_identity = self._action("报表设置…", self.edit_report_identity)
        self.act_about = self._action("关于督办台账", self.show_about)
        self.act_feedback_export = self._action("导出反馈表…", self.export_feedback,
                                                tip="给责任单位导出反馈表（Excel），单位填写办理情况和完成日期后交回")
        self.act_feedback_import = self._action("导入反馈表…", self.import_feedback,
                                                tip="读回单位填好的反馈表，核对后保存为办结记录")
        self.act_reminders = self._action("提醒与我的单位…", self.show_reminder_settings)
        self.act_stats = self._action("统计…", self.show_stats, QKeySequence("Ctrl+T"), tip="各单位按期办结率统计（Ctrl+T）")

    def _build_toolbar(self) -> None:
        bar = MainToolbar([self.act_import, self.act_print, self.act_stats, self.act_refresh, self.act_undo], self)
        self.addToolBar(bar)
        bar.bucket_requested.connect(self._show_bucket)
        bar.today_requested.connect(lambda: self.as_of_edit.setDate(qdate(self.today())))
        self.toolbar = bar
        # The tests and the rest of the window address these directly.
        self.as_of_edit, self.back_today = bar.as_of_edit, bar.back_today
        self.badge_overdue, self.badge_soon = bar.badge_overdue, bar.badge_soon
        self.not_today_action = bar.not_today_action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("文件(&F)")
        for a in (self.act_import, self.act_paste, self.act_add_task, None, self.act_open, self.act_backup, self.act_export, None,
                  self.act_print, None, self.act_quit):
            m.addSeparator() if a is None else m.addAction(a)
            if a is self.act_export:
                sub = m.addMenu("反馈表")
                sub.addAction(self.act_feedback_export)
                sub.addAction(self.act_feedback_import)
        m = bar.addMenu("编辑(&E)")
        m.addAction(self.act_undo)
        m.addAction(self.act_find)
        m = bar.addMenu("查看(&V)")
        m.addAction(self.act_refresh)
        m.addAction(self.act_stats)
        m = bar.addMenu("工具(&T)")
        m.addAction(self.act_units)
        m.addAction(self.act_reminders)
        m.addAction(self.act_settings)
        m.addAction(self.act_report_identity)
        m = bar.addMenu("帮助(&H)")
        m.addAction(self.act_about)

    def _connect(self) -> None:
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        f = self.filters
        f.search_changed.connect(self.proxy.set_search)
        f.unit_chosen.connect(lambda _u: self._apply_unit_filter())
        f.lead_only_changed.connect(lambda _b: self._apply_unit_filter())
        f.document_chosen.connect(self.proxy.set_document)
        f.bucket_chosen.connect(self.proxy.set_bucket)
        self.proxy.filter_applied.connect(self._filter_applied)
        self.cards.task_selected.connect(self.detail.show_task)
        self.cards.painted.connect(self._cards_painted)
        self.cards.delete_requested.connect(self.delete_pressed)
        self.cards.activated_task.connect(lambda _t: self.detail.matrix_view.setFocus())
        self.detail.task_changed.connect(self.apply_changes)

    # -- state ---------------------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def as_of(self) -> date:
        d = self.as_of_edit.date()
        return date(d.year(), d.month(), d.day())

    @Slot()
    def reload(self) -> None:
        """Re-read everything as of the chosen date (F5, another process, a new ledger)."""
        keep = self.detail.task_id()
        as_of, window = self.as_of(), self.settings.window()
        self._apply_unit_filter(refilter=False)   # the proxy filters once, when the model resets
        self.model.reload(self.ledger, as_of, window)
        self._update_counts()
        self.detail.set_context(self.ledger, as_of, window)
        self.detail.set_today(self.today())
        # Slower, less urgent parts (unit list, recurring duties, search texts) once the
        # cards are on screen: a zero timer alone would run before the first paint.
        self._after_reload_pending = True
        if not self.model.task_count():
            QTimer.singleShot(0, self._after_reload)
        else:
            QTimer.singleShot(AFTER_PAINT_LIMIT_MS, self._after_reload)
        self.centre.setCurrentWidget(self.cards if self.model.task_count() else self.welcome)
        self.toolbar.set_is_today(as_of == self.today())
        name = self.ledger.name()
        self.setWindowTitle(f"督办台账 - {name}")
        self.statusBar().showMessage(f"台账：{self.ledger.path or name}")
        if not self.cards.select_task(keep):
            self.detail.show_task(None)
        self._refresh_stats()

    def is_settled(self) -> bool:
        """True once the parts deferred after a reload (unit list, recurring duties, the
        search texts' worker) have run."""
        return not self._after_reload_pending

    @Slot()
    def _cards_painted(self) -> None:
        if self._after_reload_pending:
            QTimer.singleShot(0, self._after_reload)

    @Slot()
    def _after_reload(self) -> None:
        if not self._after_reload_pending:
            return
        self._after_reload_pending = False
        as_of = self.as_of()
        self.filters.populate(self.ledger, as_of, self.settings.window(), my_units=bool(self.settings.my_units()))
        changes = self.ledger.tasks.extend_horizon(as_of)   # recurring duties up to as_of + 12 months
        if changes:
            self.apply_changes(changes)
        self.model.build_search_index()   # on a worker: ready before the first search

    @Slot()
    def _populate_filters(self) -> None:
        self.filters.populate(self.ledger, self.as_of(), self.settings.window(),
                              my_units=bool(self.settings.my_units()))

    @Slot(QDate)
    def _as_of_changed(self, _d) -> None:
        self.reload()

    def _apply_unit_filter(self, refilter: bool = True) -> None:
        uid, lead = self.filters.unit_id(), self.filters.lead_only()
        if uid == MY_UNITS:   # the union of the followed units' tasks (a collective brings its members)
            from tracker.report.stats import followed_unit_ids

            ids = set()
            for unit in followed_unit_ids(self.ledger, self.settings.my_units()):
                ids |= self.ledger.status.task_ids_for_unit(unit, lead_only=lead)
        else:
            ids = None if uid is None else self.ledger.status.task_ids_for_unit(uid, lead_only=lead)
        self.proxy.set_unit_tasks(ids, refilter=refilter)

    @Slot()
    def _filter_applied(self) -> None:
        # A re-filter re-maps the rows: keep the shown task selected when it is still listed.
        self._update_counts()
        tid = self.detail.task_id()
        if tid is not None and self.cards.currentIndex().data(TASK_ID_ROLE) != tid:
            self.cards.quiet = True
            try:
                self.cards.select_task(tid)
            finally:
                self.cards.quiet = False

    @Slot()
    def _update_counts(self) -> None:
        counts = self.model.counts()
        self.toolbar.set_counts(counts["overdue"], counts["due_soon"])
        total, shown = self.model.task_count(), self.proxy.visible_count()
        if self.proxy.search_waiting():
            self.count_label.setText(f"共 {total} 项任务，正在建立搜索索引…")
        else:
            self.count_label.setText(f"共 {total} 项任务" + (f"，筛选出 {shown} 项" if self.proxy.is_filtered() else ""))

    def _show_bucket(self, bucket: str) -> None:
        pos = self.filters.bucket.findData(bucket)
        self.filters.bucket.setCurrentIndex(pos)

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

    @Slot()
    def poll_ledger(self) -> None:
        """Another process (the CLI, a colleague's window) committed: show its work."""
        try:
            changed = self.ledger.changed_elsewhere()
        except Exception:   # a vanished or locked file must not stop the timer
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
        rows = self.ledger.status.newly_due(since, today, window=self.settings.window()) if since else []
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
        geo = self.settings.get(opts.WINDOW_GEOMETRY)
        if not geo.isEmpty() and self.restoreGeometry(geo):
            keep_on_screen(self)   # saved on a larger screen or at a smaller scale
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
