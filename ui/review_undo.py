"""Undo and redo in the import review dialog.

Every edit of the review's tables is a ``QUndoCommand`` over the models' row operations
(``put_row(s)``, ``take_rows``, ``insert_rows``, ``set_doc_nos``), holding the rows before
and after as plain dicts: the undo stack is linear, so the row numbers a command keeps
are right whenever it is undone or redone. ``UndoBar`` holds the 撤销/重做 actions
(Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y) and buttons naming what they undo; ``ask_discard`` is
the question before edits are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

TEXT_WIDTH = 22   # characters of a command's name shown on its button (the tooltip has all)


def apply(model, command: QUndoCommand) -> None:
    """Push ``command`` on the model's undo stack (which does it), or just do it."""
    stack = getattr(model, "undo_stack", None)
    if stack is None:
        command.redo()
    else:
        stack.push(command)


class RowEdited(QUndoCommand):
    """One row of a review table replaced by its edited copy."""

    def __init__(self, model, row: int, old: dict, new: dict, text: str):
        super().__init__(text)
        self.model, self.row, self.old, self.new = model, row, old, new

    def redo(self) -> None:
        self.model.put_row(self.row, self.new)

    def undo(self) -> None:
        self.model.put_row(self.row, self.old)


class RowsEdited(QUndoCommand):
    """Several task rows replaced at once (``changes``: (row, old, new)), e.g. a unit renamed."""

    def __init__(self, model, changes: list[tuple[int, dict, dict]], text: str):
        super().__init__(text)
        self.model, self.changes = model, changes

    def redo(self) -> None:
        self.model.put_rows([(r, new) for r, _old, new in self.changes])

    def undo(self) -> None:
        self.model.put_rows([(r, old) for r, old, _new in self.changes])


class RowsRemoved(QUndoCommand):
    """Task rows taken out of the import (``taken``: (row, task) in ascending rows)."""

    def __init__(self, model, taken: list[tuple[int, dict]]):
        rows = [r + 1 for r, _ in taken]
        text = f"删除第{rows[0]}行" if len(rows) == 1 else f"删除{len(rows)}项任务"
        super().__init__(text)
        self.model, self.taken = model, taken

    def redo(self) -> None:
        self.model.take_rows([r for r, _ in self.taken])

    def undo(self) -> None:
        self.model.insert_rows(self.taken)


class RowsMerged(QUndoCommand):
    """Two task rows merged into the place of the earlier one."""

    def __init__(self, model, lo: int, hi: int, first: dict, second: dict, merged: dict):
        super().__init__(f"合并第{lo + 1}、{hi + 1}行")
        self.model, self.lo, self.hi = model, lo, hi
        self.first, self.second, self.merged = first, second, merged

    def redo(self) -> None:
        self.model.take_rows([self.hi])
        self.model.put_row(self.lo, self.merged)

    def undo(self) -> None:
        self.model.put_row(self.lo, self.first)
        self.model.insert_rows([(self.hi, self.second)])


class DocNoRenamed(QUndoCommand):
    """A document's 文号 changed, with the 文号 of the task rows that carry it."""

    def __init__(self, model, doc_rows: list[int], task_rows: list[int], old: str | None, new: str | None):
        super().__init__(f"修改文号为“{new or '无'}”")
        self.model, self.doc_rows, self.task_rows, self.old, self.new = model, doc_rows, task_rows, old, new

    def redo(self) -> None:
        self.model.set_doc_nos(self.doc_rows, self.task_rows, self.old, self.new)

    def undo(self) -> None:
        self.model.set_doc_nos(self.doc_rows, self.task_rows, self.new, self.old)


def _short(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[:TEXT_WIDTH] + "…"


class UndoBar(QWidget):
    """撤销 and 重做 buttons over ``stack``; their actions carry the keys for the window."""

    def __init__(self, stack: QUndoStack, parent: QWidget):
        super().__init__(parent)
        self.stack = stack
        self.undo_action = QAction("撤销", parent)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction("重做", parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.undo_button, self.redo_button = QPushButton(self), QPushButton(self)
        for action, button in ((self.undo_action, self.undo_button), (self.redo_action, self.redo_button)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            parent.addAction(action)
            button.setAutoDefault(False)   # Enter in the dialog never undoes
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
        # Driven by the values the signals carry: the stack also signals while it is
        # being destroyed, when it can no longer be asked.
        stack.canUndoChanged.connect(self._on_can_undo)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.canRedoChanged.connect(self._on_can_redo)
        stack.redoTextChanged.connect(self._on_redo_text)
        self._state = {"撤销": [False, ""], "重做": [False, ""]}
        self._show("撤销")
        self._show("重做")

    @Slot(bool)
    def _on_can_undo(self, can: bool) -> None:
        self._state["撤销"][0] = can
        self._show("撤销")

    @Slot(str)
    def _on_undo_text(self, text: str) -> None:
        self._state["撤销"][1] = text
        self._show("撤销")

    @Slot(bool)
    def _on_can_redo(self, can: bool) -> None:
        self._state["重做"][0] = can
        self._show("重做")

    @Slot(str)
    def _on_redo_text(self, text: str) -> None:
        self._state["重做"][1] = text
        self._show("重做")

    def _show(self, name: str) -> None:
        action, keys = (self.undo_action, "Ctrl+Z") if name == "撤销" else (self.redo_action, "Ctrl+Shift+Z")
        can, text = self._state[name]
        button = self.undo_button if name == "撤销" else self.redo_button
        action.setEnabled(can)
        button.setEnabled(can)
        button.setText(f"{name}：{_short(text)}" if can and text else name)
        button.setToolTip(f"{name}：{text}（{keys}）" if can else f"没有可{name}的修改")


def ask_discard(parent: QWidget, discard) -> QMessageBox:
    """Ask (window-modal, not blocking) whether to drop the edits; 放弃修改 calls ``discard``,
    继续核对 (the default, also Esc) keeps the dialog open. Returns the open box."""
    box = QMessageBox(QMessageBox.Icon.Question, "放弃修改", "放弃对导入结果的修改？",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("已做的修改不会保存，本次导入的内容也不会存入台账。")
    drop = box.addButton("放弃修改", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("继续核对", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: button is drop and discard())
    box.discard_button, box.keep_button = drop, keep
    box.open()
    return box
