"""The review dialog's two tables (the documents found, the tasks found) and its Enter key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class EnterKey(QObject):
    """Enter and Return in ``widget`` stop there: in the dialog they would otherwise fall
    through to the default button and save the import unreviewed. In a table they edit
    the current cell (``edit``); elsewhere ``pressed`` tells the owner."""

    pressed = Signal()

    def __init__(self, widget: QWidget, *, edit: bool = False):
        super().__init__(widget)
        self._edit = edit
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self._edit:
                obj.edit(obj.currentIndex())
            else:
                self.pressed.emit()
            return True
        return False


def documents_table(model, parent: QWidget) -> QTableView:
    """The documents (文号, title, issue date, status), as high as up to four rows."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    hdr = view.horizontalHeader()
    hdr.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for col in (0, 2, 3):
        hdr.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    rows = max(1, min(4, model.rowCount()))
    view.setMaximumHeight(hdr.sizeHint().height() + 30 * rows + 6)
    EnterKey(view, edit=True)
    return view


def tasks_table(model, parent: QWidget) -> QTableView:
    """The tasks over ``model`` (the filter proxy): rows selectable, cells edited in place."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    for col, width in zip(range(7), (300, 250, 92, 130, 150, 130, 150)):
        view.setColumnWidth(col, width)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(26)
    EnterKey(view, edit=True)
    return view
