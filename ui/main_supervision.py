"""The main window's supervision actions (issue 12): 统计, reminders, 反馈表, adding a task.

A mixin of ``MainWindow`` (which creates the actions and the reminder service); kept
apart so that the window module stays about its layout and the card list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot


class SupervisionMixin:
    """统计 window, reminders and their settings, 反馈表 export/import, 新增任务."""

    @Slot()
    def show_stats(self):
        """查看 > 统计: the statistics window (one, raised again when already open), as of
        the date the main window shows, and following it while open."""
        from ui.stats_window import StatsWindow

        if self._stats_window is None:
            self._stats_window = StatsWindow(self.ledger, self.settings, self.as_of(), self)
            self._stats_window.view.unit_activated.connect(self._show_unit_tasks)
            self.as_of_edit.dateChanged.connect(self._stats_follow_as_of)
        else:
            self._stats_window.view.follow_as_of(self.as_of())
        self._stats_window.show()
        self._stats_window.raise_()
        self._stats_window.activateWindow()
        return self._stats_window

    @Slot()
    def _stats_follow_as_of(self) -> None:
        """The as-of date changed: an open statistics window follows (a hidden one on reopening)."""
        if self._stats_window.isVisible():
            self._stats_window.view.follow_as_of(self.as_of())

    @Slot(int)
    def _show_unit_tasks(self, unit_id: int) -> None:
        """A unit double-clicked in 统计: its tasks in the card list, the main window in front."""
        self.filters.choose_unit(unit_id)
        self.raise_()
        self.activateWindow()

    @Slot()
    def export_feedback(self):
        """文件 > 反馈表 > 导出反馈表 (as of the chosen date)."""
        from ui.feedback_dialog import FeedbackExportDialog

        dlg = FeedbackExportDialog(self.ledger, self.as_of(), self.settings.user_name(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.feedback_dialog = dlg
        return dlg

    @Slot()
    def import_feedback(self, path: str | None = None):
        """文件 > 反馈表 > 导入反馈表: the review of a filled sheet, saved only when confirmed."""
        from ui.feedback_dialog import open_import

        dlg = open_import(self, self.ledger, self.settings.user_name(), self.today(), path)
        if dlg is not None:
            dlg.feedback_applied.connect(self._feedback_applied)
        self.feedback_dialog = dlg
        return dlg

    @Slot(object)
    def _feedback_applied(self, changes) -> None:
        self.apply_changes(changes)
        if self.detail.task_id() in changes.tasks:
            self.detail.refresh()
        self.statusBar().showMessage(changes.message.splitlines()[0] if changes.message else "反馈表已导入。", 10000)

    @Slot()
    def add_task(self):
        """文件 > 新增任务: a task added by hand (window-modal dialog), shown selected once saved."""
        from ui.task_dialog import TaskDialog

        dlg = TaskDialog(self.ledger, self.settings.user_name(), None, self.today(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.task_saved.connect(self._task_added)
        dlg.open()
        self.task_dialog = dlg
        return dlg

    @Slot(object)
    def _task_added(self, changes) -> None:
        if self.centre.currentWidget() is not self.card_area:
            self.reload()
        else:
            self.apply_changes(changes)
        for tid in changes.tasks:
            self.cards.select_task(tid)

    @Slot()
    def start_reminders(self) -> list:
        """On start: the reminder of my units' due milestones, and the daily one armed."""
        return self.reminders.start()

    def _reminder_in_status_bar(self, title: str, body: str) -> None:
        first = body.splitlines()[0] if body else ""
        self.statusBar().showMessage(f"{title}。{first}" if first else title, 15000)

    @Slot()
    def show_reminder_settings(self, modal: bool = True):
        """工具 > 提醒与我的单位."""
        from ui.reminder_dialog import ReminderDialog

        dlg = ReminderDialog([u.name for u in self.ledger.units.all()], self.settings, self.reminders, self)
        dlg.accepted.connect(self._my_units_changed)
        if modal:
            dlg.exec()
        return dlg

    @Slot()
    def _my_units_changed(self) -> None:
        """After 提醒与我的单位 was saved: the 我的单位 entry of the filters and the statistics follow."""
        self._populate_filters()
        self._apply_unit_filter()
        self._refresh_stats()

    def _refresh_stats(self) -> None:
        if self._stats_window is not None and self._stats_window.isVisible():
            self._stats_window.view.ledger = self.ledger
            self._stats_window.view.refresh()
