"""The detail panel's task actions: 修改 (the task dialog), 延期 and 终止.

A mixin of ``DetailPanel``; every action goes through the core and announces its
``Changes`` with ``task_changed``, then re-reads the task.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QMessageBox

from tracker.errors import TrackerError
from tracker.ledger import now_iso

from ui.dialogs import ExtendDialog, TerminateDialog, ask


class TaskActionsMixin:
    """修改…, 延期…, 终止… for the task shown."""

    @Slot()
    def edit_task(self):
        """修改…: the task dialog over the shown task (window-modal); saved changes are announced."""
        if self._task is None:
            return None
        from ui.task_dialog import TaskDialog

        dlg = TaskDialog(self._ledger, self._user_name(), self._task, self._today, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.task_saved.connect(self._task_saved)
        dlg.open()
        self.task_dialog = dlg
        return dlg

    @Slot(object)
    def _task_saved(self, changes) -> None:
        self.task_changed.emit(changes)
        self.refresh()

    @Slot()
    def extend_task(self) -> None:
        if self._task is None:
            return
        t = self._task
        current = date.fromisoformat(t.deadline) if t.deadline else None
        dlg = ExtendDialog(t.title, current, self)
        if not dlg.exec():
            return
        self._apply(lambda: self._ledger.tasks.extend(t.id, dlg.new_date(), dlg.reason_text(), by=self._user_name(),
                                                      now=now_iso(), expected_version=t.version))

    @Slot()
    def terminate_task(self) -> None:
        if self._task is None:
            return
        t = self._task
        dlg = TerminateDialog(t.title, self)
        if not dlg.exec():
            return
        if not ask(self, "终止任务", f"确定终止“{t.title}”吗？终止后不再督办，已有记录保留。", "终止"):
            return
        self._apply(lambda: self._ledger.tasks.terminate(t.id, dlg.reason_text(), by=self._user_name(),
                                                         now=now_iso(), expected_version=t.version))

    def _apply(self, action) -> None:
        try:
            changes = action()
        except TrackerError as exc:
            QMessageBox.warning(self, "未能保存", str(exc))
            self.refresh()
            return
        self.task_changed.emit(changes)
        self.refresh()
