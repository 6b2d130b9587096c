"""The card list view: a flat QTreeView (row heights asked only for visible rows).

Before painting it loads the unit marks of the visible cards in one batch; a click on
a bucket header folds or unfolds the bucket; Delete asks before anything happens.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from ui.card_delegate import CardDelegate
from ui.card_model import BUCKET_ROLE, KIND_ROLE, TASK_ID_ROLE

PREFETCH_MARGIN = 20


class CardView(QTreeView):
    """Shows ``CardProxy`` rows painted by ``CardDelegate``."""

    task_selected = Signal(object)       # task id or None
    delete_requested = Signal(int)       # task id
    activated_task = Signal(int)         # Enter / double click
    painted = Signal()                   # after every paint of the cards

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cards")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)    # headers are shorter than cards
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(False)
        self.setAllColumnsShowFocus(False)
        self.quiet = False   # set while the model re-sorts a changed card
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._activated)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        if self.quiet or current.data(KIND_ROLE) == "header":
            return   # a header row keeps the task shown
        tid = current.data(TASK_ID_ROLE) if current.isValid() else None
        self.task_selected.emit(tid)

    def _clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "header":
            bucket = index.data(BUCKET_ROLE)
            self._source_model().toggle_collapsed(bucket)
            self.scroll_to_bucket(bucket)

    def scroll_to_bucket(self, bucket: str) -> None:
        """Bring a bucket's header to the top (after a fold, which re-maps the rows)."""
        model = self.model()
        row = model.header_row(bucket) if hasattr(model, "header_row") else None
        if row is not None:
            self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _activated(self, index: QModelIndex) -> None:
        tid = index.data(TASK_ID_ROLE)
        if tid is not None:
            self.activated_task.emit(tid)

    def _source_model(self):
        model = self.model()
        return model.sourceModel() if hasattr(model, "sourceModel") else model

    def visible_task_ids(self) -> list[int]:
        """Task ids of the rows currently on screen (plus a margin below)."""
        model = self.model()
        if model is None or not model.rowCount():
            return []
        top = self.indexAt(self.viewport().rect().topLeft())
        row = top.row() if top.isValid() else 0
        ids = []
        height = self.viewport().height()
        last = self.indexAt(self.viewport().rect().bottomLeft())
        end = last.row() if last.isValid() else min(model.rowCount() - 1, row + height // 20)
        for r in range(row, min(model.rowCount(), end + PREFETCH_MARGIN + 1)):
            tid = model.index(r, 0).data(TASK_ID_ROLE)
            if tid is not None:
                ids.append(tid)
        return ids

    def paintEvent(self, event) -> None:
        source = self._source_model()
        if source is not None:
            source.ensure_marks(self.visible_task_ids())
        super().paintEvent(event)
        self.painted.emit()

    def select_task(self, task_id: int | None) -> bool:
        """Make the card of ``task_id`` current (False when it is not shown)."""
        model = self.model()
        if task_id is None or model is None:
            return False
        source = self._source_model()
        row = source.row_of(task_id)
        if row is None:
            return False
        idx = model.mapFromSource(source.index(row)) if model is not source else source.index(row)
        if not idx.isValid():
            return False
        self.setCurrentIndex(idx)
        self.scrollTo(idx)
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            tid = self.currentIndex().data(TASK_ID_ROLE)
            if tid is not None:
                self.delete_requested.emit(tid)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            idx = self.currentIndex()
            if idx.data(KIND_ROLE) == "header":
                self._clicked(idx)
            elif idx.isValid():
                self._activated(idx)
            event.accept()
            return
        super().keyPressEvent(event)
