"""Merge suggestions for near-duplicate unit names: "市食药局 → 市食品药品监督管理局 [合并] [不是]".

The suggestions come from the core (``tracker.unit_match``); this module only shows them.
``ReviewMergeBox`` sits in the import review dialog: 合并 rewrites the name in the
review's tasks (``ReviewTasksModel.rename_unit``, one undo step) and, when the import is
saved, makes it an alias in the directory (``store``; not if the merge was undone).
``DuplicatesBox`` sits in the units dialog and asks its dialog to merge two units of the
ledger. 不是 dismisses a pair; the dismissal is remembered in the settings (when the
dialog belongs to the main window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLabel, QListView, QStyle, QStyledItemDelegate, QStyleOptionButton,
    QVBoxLayout, QWidget,
)

from tracker.unit_match import (
    Suggestion, UnitIndex, contract_unit_names, near_duplicates, pair_key, store_merges, suggest_merges,
)
from ui import settings as opts

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2


class SuggestionsModel(QAbstractListModel):
    """One row per suggestion: "name → target", the reason as second line and tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_suggestions(self, rows: list[Suggestion]) -> None:
        """Show ``rows`` (``tracker.unit_match.Suggestion``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{s.name} → {s.target}"
        if role in (Qt.ItemDataRole.ToolTipRole, REASON_ROLE):
            return s.reason
        if role == SUGGESTION_ROLE:
            return s
        return None


class SuggestionDelegate(QStyledItemDelegate):
    """Paints a suggestion with its reason and the two buttons 合并 and 不是; a click on a
    button emits ``merge_clicked`` or ``dismiss_clicked`` with the row."""

    merge_clicked = Signal(int)
    dismiss_clicked = Signal(int)
    LABELS = ("合并", "不是")

    @staticmethod
    def row_height(fm: QFontMetrics) -> int:
        """A row: the names on one line, then the reason beside the buttons."""
        return fm.height() + 4 + (fm.height() + 10) + 10

    def button_rects(self, rect: QRect) -> tuple[QRect, QRect]:
        """Where the 合并 and 不是 buttons of a row drawn in ``rect`` are (bottom right, so the
        names above have the whole width even in a narrow side panel)."""
        fm = QFontMetrics(QApplication.font())
        w = max(fm.horizontalAdvance(t) for t in self.LABELS) + 2 * fm.height()
        h = fm.height() + 10
        top = rect.bottom() - 4 - h
        dismiss = QRect(rect.right() - 4 - w, top, w, h)
        merge = QRect(dismiss.left() - 6 - w, top, w, h)
        return merge, dismiss

    def sizeHint(self, option, index):
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("市食品药品监督管理局") * 2, self.row_height(fm))

    def paint(self, painter, option, index):
        style = option.widget.style() if option.widget else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        merge, dismiss = self.button_rects(option.rect)
        fm = option.fontMetrics
        names = option.rect.adjusted(6, 4, -4, 0)
        names.setHeight(fm.height())
        reason = QRect(names.left(), merge.top(), merge.left() - 8 - names.left(), merge.height())
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        line = fm.elidedText(index.data() or "", Qt.TextElideMode.ElideMiddle, names.width())
        painter.drawText(names, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        why = fm.elidedText(index.data(REASON_ROLE) or "", Qt.TextElideMode.ElideRight, reason.width())
        painter.drawText(reason, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, why)
        painter.restore()
        for rect, label in zip((merge, dismiss), self.LABELS):
            button = QStyleOptionButton()
            button.rect, button.text = rect, label
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def editorEvent(self, event, model, option, index):
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            merge, dismiss = self.button_rects(option.rect)
            pos = event.position().toPoint()
            if merge.contains(pos):
                self.merge_clicked.emit(index.row())
                return True
            if dismiss.contains(pos):
                self.dismiss_clicked.emit(index.row())
                return True
        return super().editorEvent(event, model, option, index)


class UnitMergeBox(QWidget):
    """A titled list of merge suggestions, hidden when there are none. ``compute(dismissed)``
    gives the suggestions; 合并 (or Enter) emits ``merge_requested`` with the Suggestion,
    不是 (or Delete) dismisses it."""

    merge_requested = Signal(object)

    def __init__(self, title: str, compute: Callable[[set], list[Suggestion]], parent: QWidget | None = None):
        super().__init__(parent)
        self._compute = compute
        self.model = SuggestionsModel(self)
        self.delegate = SuggestionDelegate(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = SuggestionDelegate.row_height(self.view.fontMetrics())
        self.view.setMinimumHeight(row + 2 * self.view.frameWidth())
        self.view.setMaximumHeight(4 * row + 2 * self.view.frameWidth())
        self.title = QLabel(title, self, objectName="sectionTitle", wordWrap=True)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.delegate.merge_clicked.connect(self.merge_row)
        self.delegate.dismiss_clicked.connect(self.dismiss_row)
        self.view.installEventFilter(self)
        self._dismissed: set[frozenset[str]] = set(self._remembered())

    # -- dismissals, kept in the settings of the main window (if any) ------------------
    def _remembered(self) -> list[frozenset[str]]:
        settings = opts.settings_of(self)
        raw = settings.get(opts.NOT_SAME_UNITS) if settings else ""
        return [frozenset(line.split("\t")) for line in raw.splitlines() if "\t" in line]

    def _remember(self, pair: frozenset[str]) -> None:
        self._dismissed.add(pair)
        settings = opts.settings_of(self)
        if settings is not None:
            lines = ["\t".join(sorted(p)) for p in self._dismissed]
            settings.set(opts.NOT_SAME_UNITS, "\n".join(sorted(lines)))

    @Slot()
    def refresh(self) -> None:
        """Recompute the suggestions; the box is hidden when there are none."""
        rows = self._compute(self._dismissed)
        self.model.set_suggestions(rows)
        self.setVisible(bool(rows))

    def eventFilter(self, obj, event) -> bool:
        """Enter merges the current suggestion, Delete dismisses it (keyboard use)."""
        if obj is self.view and event.type() == QEvent.Type.KeyPress and self.view.currentIndex().isValid():
            row = self.view.currentIndex().row()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.merge_row(row)
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.dismiss_row(row)
                return True
        return super().eventFilter(obj, event)

    @Slot(int)
    def merge_row(self, row: int) -> None:
        """合并: ask for the suggestion of ``row`` to be applied."""
        s = self.model.suggestion(row)
        if s is not None:
            self.merge_requested.emit(s)

    @Slot(int)
    def dismiss_row(self, row: int) -> None:
        """不是: forget this suggestion (and do not make it again)."""
        s = self.model.suggestion(row)
        if s is None:
            return
        self._remember(pair_key(s.name, s.target))
        self.status.setText(f"已忽略：“{s.name}”与“{s.target}”不是同一单位。")
        self.refresh()


class ReviewMergeBox(UnitMergeBox):
    """In the review dialog: new names of the import that look like known units (or like
    each other). 合并 writes the name as its target in every task of the review;
    ``merges`` lists (alias, canonical) for ``store`` once the import is saved."""

    def __init__(self, ledger, tasks_model, parent: QWidget | None = None):
        index = UnitIndex.of_ledger(ledger)
        super().__init__("可能是已有单位（合并后，保存时记为别名，下次导入自动识别）",
                         lambda dismissed: suggest_merges(contract_unit_names({"tasks": tasks_model.tasks()}),
                                                          index, dismissed), parent)
        self._ledger, self._tasks_model = ledger, tasks_model
        self.merges: list[tuple[str, str]] = []
        self.merge_requested.connect(self._apply)
        tasks_model.tasks_edited.connect(self.refresh)
        tasks_model.modelReset.connect(self.refresh)
        self.refresh()

    @Slot(object)
    def _apply(self, s: Suggestion) -> None:
        n = self._tasks_model.rename_unit(s.name, s.target)
        self.merges.append((s.name, s.target))
        self.status.setText(f"已将 {n} 项任务中的“{s.name}”改为“{s.target}”，保存时“{s.name}”记为别名。")
        self.refresh()

    def store(self):
        """After the import was saved: add the merged names as aliases (returns ``Changes``).
        A merged name the tasks use again (written back by hand, or the merge undone) is not
        made an alias: the clerk kept it as a unit of its own."""
        used = contract_unit_names({"tasks": self._tasks_model.tasks()})
        return store_merges(self._ledger, [(alias, target) for alias, target in self.merges if alias not in used])


class DuplicatesBox(UnitMergeBox):
    """In the units dialog: units of the ledger that look like one unit. The dialog merges
    a requested pair (``ledger.units.add_alias(s.name, s.target)``) and calls ``refresh``
    (first when it has loaded the directory)."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__("可能重复的单位（合并后前者成为后者的别名，任务和勾选记录归入后者）",
                         lambda dismissed: near_duplicates(UnitIndex.of_ledger(ledger), ledger.units.task_counts(),
                                                           dismissed), parent)
