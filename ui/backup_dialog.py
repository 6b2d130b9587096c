"""文件 > 备份与恢复: the backups beside a ledger, a copy on request, restoring one.

The list is ``BackupModel`` (one row per ``tracker.backup.BackupInfo``) through a sort
proxy in a table view; copying and restoring are the core's ``tracker.backup`` functions.
Messages go to a line in the dialog rather than to further message boxes, so the only
modal question is the confirmation before a restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from tracker import backup, backup_restore
from tracker.errors import TrackerError

from ui import settings as opts
from ui.dialogs import ask
from ui.screen_fit import restore_size, save_size
from ui.table_model import ColumnsTableModel

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("备份时间", "类型", "任务数", "大小", "文件")


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupModel(ColumnsTableModel):
    """The backups of one ledger, newest first (as ``tracker.backup.list_backups`` gives them)."""

    COLUMNS = COLUMNS

    def __init__(self, ledger_path: Path, parent=None):
        super().__init__(parent)
        self._ledger_path = Path(ledger_path)
        self._rows: list[backup.BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        """Read the backups folder again."""
        self.beginResetModel()
        self._rows = backup.list_backups(self._ledger_path)
        self.endResetModel()

    def rows(self) -> list[backup.BackupInfo]:
        return self._rows

    def info(self, row: int) -> backup.BackupInfo:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return f"{b.taken:%Y-%m-%d}" if b.kind == "daily" else f"{b.taken:%Y-%m-%d %H:%M:%S}"
            if col == 1:
                return b.kind_zh
            if col == 2:
                return "无法读取" if b.tasks is None else str(b.tasks)
            if col == 3:
                return _size_text(b.size)
            if col == 4:
                return b.path.name
        if role == SORT_ROLE:
            return (b.taken.isoformat(), b.kind_zh, -1 if b.tasks is None else b.tasks, b.size, b.path.name)[col]
        if role == PATH_ROLE:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

class BackupDialog(QDialog):
    """Lists the backups of ``ledger_path``; 立即备份, 恢复所选备份, 打开备份文件夹."""

    restored = Signal(object)  # the ledger path, now holding the restored data
    backup_made = Signal(object)  # the new copy's path

    def __init__(self, ledger_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger_path = Path(ledger_path)
        self.setWindowTitle("备份与恢复")
        self.model = BackupModel(self.ledger_path, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)

        self.folder_label = QLabel(f"台账：{self.ledger_path}\n备份文件夹：{backup.backup_dir_for(self.ledger_path)}")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.empty_label = QLabel("还没有备份。程序每天启动时自动备份一次，导入文件和升级前也会自动备份。")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)

        self.backup_button = QPushButton("立即备份")
        self.restore_button = QPushButton("恢复所选备份…")
        self.folder_button = QPushButton("打开备份文件夹")
        self.close_button = QPushButton("关闭")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())

        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        restore_size(self, 0.6, QSize(760, 460), opts.BACKUP_GEOMETRY)
        self._refresh()

    def done(self, code: int) -> None:
        """Closing remembers the size the clerk chose."""
        save_size(self, opts.BACKUP_GEOMETRY)
        super().done(code)

    def _refresh(self) -> None:
        self.model.reload()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.view.resizeColumnsToContents()
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def selected_info(self) -> backup.BackupInfo | None:
        """The backup chosen in the list, or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.info(self.proxy.mapToSource(rows[0]).row())

    def selected_path(self) -> Path | None:
        """The file of the chosen backup, or None."""
        info = self.selected_info()
        return info.path if info else None

    def select_path(self, path: Path) -> None:
        """Select the row of ``path`` (used after a copy, and by tests)."""
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if Path(idx.data(PATH_ROLE)) == Path(path):
                self.view.selectRow(r)
                return

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c5221f;" if error else "color: #137333;")
        self.status.setText(text)

    @Slot()
    def backup_now(self) -> None:
        try:
            path = backup.backup_file(self.ledger_path)
        except TrackerError as exc:
            self._say(str(exc), error=True)
            return
        self._refresh()
        self.select_path(path)
        self._say(f"已备份：{path.name}")
        self.backup_made.emit(path)

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected_info()
        if info is None:
            return
        tasks = "无法读取任务数" if info.tasks is None else f"{info.tasks} 项任务"
        when = f"{info.taken:%Y-%m-%d %H:%M}（{info.kind_zh}，{tasks}）"
        if not ask(self, "恢复备份", f"用 {when} 的备份替换当前台账的全部内容？\n\n"
                                   "当前台账会先另存一份（恢复前），之后仍可从这里找回。", "恢复"):
            return
        try:
            saved = backup_restore.restore(self.ledger_path, info.path)
        except TrackerError as exc:
            self._say(str(exc), error=True)
            return
        self._refresh()
        self._say(f"已恢复为 {when} 的备份。" + (f"恢复前的台账已另存为：{saved.name}" if saved else ""))
        self.restored.emit(self.ledger_path)

    @Slot()
    def open_folder(self) -> None:
        folder = backup.backup_dir_for(self.ledger_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._say(f"无法创建备份文件夹：{folder}（{exc.strerror}）", error=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._say(f"无法打开文件夹，请手动前往：{folder}", error=True)
