"""The review dialog's side list of notes: what to check, each one markable 已核对.

``NotesModel`` lists ``tracker.review.review_notes`` of the contract as edited (checkable;
a checked note is greyed and starts with ✓); ``NotesPanel`` shows them with their counts,
an option to hide the checked ones, a context menu, and Space to mark, Enter or a click to
jump to the task. Marks are keyed by ``ReviewNote.key``, not by row, so they survive edits,
undo and removals; the dialog stores them in the ledger (``note_marked``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QListView, QMenu, QVBoxLayout, QWidget

from tracker.errors import TrackerError
from tracker.ledger import now_iso
from tracker.review import ReviewNote, review_notes
from ui.review_tables import EnterKey

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
CHECKED = QBrush(QColor("#9aa0a6"))
WHOLE_INPUT = QBrush(QColor("#5f6368"))


class NotesModel(QAbstractListModel):
    """What to check before saving: the extractor's problems, then tasks lacking a unit or a
    deadline (kept current as the tasks are edited). ``ROW_ROLE`` gives a note's task row,
    ``NOTE_ROLE`` the ``ReviewNote``; the check state is 已核对."""

    note_marked = Signal(list, bool)   # the ReviewNotes whose mark the clerk changed, and to what

    def __init__(self, contract: dict, parent=None):
        super().__init__(parent)
        self._contract = contract
        self._notes: list[ReviewNote] = review_notes(contract)
        self._checked: set[tuple[str, str, str]] = set()

    def refresh(self) -> None:
        """Recompute the notes from the contract as edited (marks follow the notes' keys)."""
        self.beginResetModel()
        self._notes = review_notes(self._contract)
        self.endResetModel()

    def rename_doc_no(self, old: str | None, new: str | None) -> None:
        """Follow a document's new 文号: its notes keep their marks, and are listed anew."""
        self._checked = {((new or "") if doc == (old or "") else doc, code, subject)
                         for doc, code, subject in self._checked}
        self.refresh()

    def notes(self) -> list[ReviewNote]:
        """The notes as listed."""
        return list(self._notes)

    def checked_notes(self) -> list[ReviewNote]:
        """The listed notes marked 已核对."""
        return [n for n in self._notes if n.key in self._checked]

    def set_checked_keys(self, keys) -> None:
        """Mark the notes with these keys 已核对 (marks found in the ledger); no signal."""
        self._checked |= set(keys)
        if self._notes:
            self.dataChanged.emit(self.index(0), self.index(len(self._notes) - 1))

    def mark(self, rows: list[int], checked: bool) -> None:
        """Set the mark of the notes at ``rows``; ``note_marked`` carries those that changed."""
        changed = []
        for r in sorted(set(rows)):
            if 0 <= r < len(self._notes) and (self._notes[r].key in self._checked) != checked:
                note = self._notes[r]
                (self._checked.add if checked else self._checked.discard)(note.key)
                changed.append(note)
                self.dataChanged.emit(self.index(r), self.index(r))
        if changed:
            self.note_marked.emit(changed, checked)

    def counts(self) -> tuple[int, int]:
        """(notes listed, of which marked 已核对)."""
        return len(self._notes), sum(n.key in self._checked for n in self._notes)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._notes)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        checked = note.key in self._checked
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓ {note.text}" if checked else note.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.text + ("（已核对）" if checked else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == ROW_ROLE:
            return -1 if note.row is None else note.row
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.ForegroundRole:
            return CHECKED if checked else WHOLE_INPUT if note.row is None else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self.mark([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class CheckedHidden(QSortFilterProxyModel):
    """The notes, less the checked ones while ``hide_checked`` is on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hide = False

    def set_hide_checked(self, hide: bool) -> None:
        """Hide (or show again) the notes marked 已核对."""
        self.beginFilterChange()
        self._hide = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt's name
        if not self._hide:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked


class NotesPanel(QWidget):
    """The notes list with its counts line, 隐藏已核对, and marking by menu or key.

    ``note_activated`` carries the task row of a note clicked or entered (Enter)."""

    note_activated = Signal(object)   # ReviewNote
    mark_failed = Signal(str)

    def __init__(self, model: NotesModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = CheckedHidden(self)
        self.proxy.setSourceModel(model)
        self.counts_label = QLabel(self, objectName="sectionTitle")
        self.hide_checked = QCheckBox("隐藏已核对", self)
        self.hide_checked.toggled.connect(self._on_hide_toggled)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setToolTip("点击或按回车定位到任务；勾选或按空格标记为已核对")
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        EnterKey(self.view).pressed.connect(self._on_enter)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.mark_action = QAction("标记为已核对", self, shortcut=QKeySequence("Ctrl+K"))
        self.mark_action.triggered.connect(lambda: self.mark_selected(True))
        self.unmark_action = QAction("取消已核对", self, shortcut=QKeySequence("Ctrl+Shift+K"))
        self.unmark_action.triggered.connect(lambda: self.mark_selected(False))
        for action in (self.mark_action, self.unmark_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(self._update_counts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.counts_label, 1)
        head.addWidget(self.hide_checked)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        self._update_counts()

    def remember_in(self, ledger, sha256: str | None, user_name: str) -> None:
        """Show the marks the ledger holds for these notes and write every change of a mark
        at once (``tracker/ledger/review_checks.py`` says why); ``mark_failed`` on an error."""
        self._ledger, self._sha256, self._user_name = ledger, sha256, user_name
        try:
            self.model.set_checked_keys(ledger.review_checks.checked(sha256, self.model.notes()))
        except TrackerError as exc:
            self.mark_failed.emit(f"未能读取已核对的标记：{exc}")
        self.model.note_marked.connect(self._write_marks)

    @Slot(list, bool)
    def _write_marks(self, notes: list, checked: bool) -> None:
        try:
            self._ledger.review_checks.mark(notes, checked, sha256=self._sha256, at=now_iso(), by=self._user_name)
        except TrackerError as exc:
            self.mark_failed.emit(f"已核对的标记未能记入台账（保存导入时会再记）：{exc}")

    def source_rows(self) -> list[int]:
        """The selected notes' rows in the model."""
        return sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()})

    @Slot()
    def mark_selected(self, checked: bool = True) -> None:
        """Mark the selected notes 已核对 (or take the mark off)."""
        self.model.mark(self.source_rows(), checked)

    @Slot(bool)
    def _on_hide_toggled(self, hide: bool) -> None:
        self.proxy.set_hide_checked(hide)
        self._update_counts()

    @Slot()
    def _update_counts(self, *_args) -> None:
        total, checked = self.model.counts()
        self.counts_label.setText(f"需留意 {total} 处，已核对 {checked} 处" if total else "没有需要留意的地方")
        self.hide_checked.setEnabled(total > 0)

    @Slot()
    def _on_enter(self) -> None:
        self._on_activated(self.view.currentIndex())

    @Slot(QModelIndex)
    def _on_activated(self, index) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.note_activated.emit(note)

    @Slot(object)
    def _show_menu(self, pos) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.mark_action)
        menu.addAction(self.unmark_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
