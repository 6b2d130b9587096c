"""佐证材料 in the detail panel: the task's attached files listed, added for the unit (and
milestone) selected in the check matrix, and opened with the system viewer.

The files are copied, hashed and recorded by the core (``ledger.attachments``); opening
goes through ``QDesktopServices`` so the desktop's own program shows the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton,
                               QVBoxLayout, QWidget)

from tracker.errors import TrackerError
from tracker.ledger import now_iso

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class AttachmentsModel(QAbstractListModel):
    """A task's attachments (``tracker.ledger.attachments.Attachment``), oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []
        self._present: list[bool] = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._present = [a.exists for a in self._items]   # one look at the disk per refresh
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        a, present = self._items[index.row()], self._present[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            gone = "" if present else "（文件已不在）"
            return f"{a.unit} · {a.name}（{_size(a.size)}）{a.added_at[:10]}{gone}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{a.name}\n{a.added_by or '（未记录）'} 于 {a.added_at.replace('T', ' ')[:16]} 附上\n"
                    f"SHA-256：{a.sha256}" + (f"\n说明：{a.note}" if a.note else ""))
        if role == Qt.ItemDataRole.ForegroundRole and not present:
            return QColor("#9aa0a6")
        if role == ATTACHMENT_ROLE:
            return a
        return None


class AttachmentsBox(QWidget):
    """The list and its two buttons. ``attachment_added`` carries the core's Changes;
    ``target`` gives (unit id or None, milestone id or None) for a new file."""

    attachment_added = Signal(object)

    def __init__(self, user_name: Callable[[], str], target: Callable[[], tuple], parent=None):
        super().__init__(parent)
        self._user_name, self._target = user_name, target
        self._ledger, self._task_id = None, None
        self.model = AttachmentsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(110)
        self.view.doubleClicked.connect(self.open_index)
        self.add_button = QPushButton("添加佐证材料…")
        self.add_button.setToolTip("为办理进度中选中的单位（和节点）附上文件，文件会复制到台账旁保存")
        self.open_button = QPushButton("打开")
        self.add_button.clicked.connect(lambda: self.add_file())
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color:#5f6368;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addLayout(buttons)
        lay.addWidget(self.message)

    def show_task(self, ledger, task_id: int | None, active: bool = True) -> None:
        """List ``task_id``'s attachments (a memory ledger has nowhere to keep files)."""
        self._ledger, self._task_id = ledger, task_id
        self.message.clear()
        try:
            items = ledger.attachments.list(task_id) if ledger is not None and task_id is not None else []
        except TrackerError:
            items = []
        self.model.set_items(items)
        can_store = ledger is not None and ledger.path is not None
        self.add_button.setEnabled(active and can_store)
        self.open_button.setEnabled(bool(items))
        self.view.setVisible(bool(items))

    @Slot()
    def add_file(self, path: str | None = None):
        """Attach ``path`` (asked for when None) for the selected unit; returns the Changes or None."""
        if self._ledger is None or self._task_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "添加佐证材料", str(Path.home()), "所有文件 (*)")
            if not path:
                return None
        unit, milestone = self._target()
        try:
            changes = self._ledger.attachments.add(self._task_id, unit, path, milestone=milestone,
                                                   by=self._user_name(), now=now_iso())
        except TrackerError as exc:
            self.message.setText(str(exc))
            return None
        self.show_task(self._ledger, self._task_id)
        self.message.setText(changes.message)
        if changes.tasks:
            self.attachment_added.emit(changes)
        return changes

    @Slot(QModelIndex)
    def open_index(self, index) -> bool:
        """Open the attachment at ``index`` with the desktop's viewer; False when it cannot."""
        a = index.data(ATTACHMENT_ROLE) if index.isValid() else None
        if a is None:
            return False
        if a.path is None or not a.path.is_file():
            self.message.setText(f"文件已不在台账旁的文件夹中：{a.name}。可从备份恢复（文件 > 备份与恢复）。")
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(a.path))):
            self.message.setText(f"系统没有可以打开该文件的程序：{a.path}")
            return False
        return True
