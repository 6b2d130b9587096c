"""The import review dialog: check and correct what the extractor found, then save.

Documents and tasks are editable tables over one copy of the extract contract; the
side list names what to check (the extractor's problems, tasks with no unit or no
deadline), and for a 文号 already in the ledger a panel shows what a save would change.
"保存到台账" stores everything in one transaction (``import_contract``); "取消" stores nothing
of the import, and asks first when there are edits. Edits are undone with Ctrl+Z
(``ui.review_undo``); notes marked 已核对 are remembered in the ledger (``ui.review_notes``).
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from tracker.errors import TrackerError
from tracker.ledger import now_iso
from tracker.ledger.importer import ImportResult, import_contract, plan_import
from tracker.review import describe_plan
from ui import settings as opts
from ui.screen_fit import restore_size, restore_splitter, save_size
from ui.review_models import DocumentsModel, ReviewTasksModel
from ui.review_notes import NotesModel, NotesPanel
from ui.review_tables import EnterKey, documents_table, tasks_table
from ui.review_undo import UndoBar, ask_discard
from ui.unit_merge_box import ReviewMergeBox


class ReviewDialog(QDialog):
    """Review and edit one extraction before it is stored.

    ``saved`` carries the ImportResult after a successful save (the dialog then accepts).
    """

    saved = Signal(object)

    def __init__(self, ledger, contract: dict, *, source_name: str | None, sha256: str | None,
                 today: date, user_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"核对导入内容 — {source_name or '粘贴的文本'}")
        self.setModal(True)
        self._ledger = ledger
        self._contract = copy.deepcopy(contract)
        self._source_name, self._sha256 = source_name, sha256
        self._today, self._user_name = today, user_name
        self.result: ImportResult | None = None

        self.undo_stack = QUndoStack(self)
        self.documents_model = DocumentsModel(self._contract, parent=self, undo_stack=self.undo_stack)
        self.tasks_model = ReviewTasksModel(self._contract, parent=self, undo_stack=self.undo_stack)
        self.notes_model = NotesModel(self._contract, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.tasks_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._replan = QTimer(self, singleShot=True, interval=250)
        self._replan.timeout.connect(self._update_plan)
        self.tasks_model.tasks_edited.connect(self._on_tasks_edited)
        self.notes_panel.mark_failed.connect(self._show_refusal)
        self.notes_panel.remember_in(ledger, sha256, user_name)
        self.notes_model.dataChanged.connect(self._update_counts)
        self.documents_model.doc_no_renamed.connect(self._on_doc_no_renamed)
        self.documents_model.dataChanged.connect(lambda *_: self._replan.start())
        self.tasks_model.edit_refused.connect(self._show_refusal)
        self.documents_model.edit_refused.connect(self._show_refusal)
        self._update_plan()
        self._update_counts()
        restore_size(self, 0.94, QSize(1500, 960), opts.REVIEW_GEOMETRY)
        restore_splitter(self, self.splitter, opts.REVIEW_SPLITTER)

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.documents_view = documents_table(self.documents_model, self)

        self.filter_edit = QLineEdit(self, placeholderText="筛选任务（标题、单位、时限）", clearButtonEnabled=True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        EnterKey(self.filter_edit).pressed.connect(self._focus_tasks)
        self.remove_button = QPushButton("删除所选任务", self)
        self.remove_button.setToolTip("从本次导入中去掉所选的行（Delete）")
        self.remove_button.clicked.connect(self.remove_selected)
        self.merge_button = QPushButton("合并所选两项", self)
        self.merge_button.setToolTip("把选中的两行合并为一项任务：正文合并，单位合并，取较早的完成时限")
        self.merge_button.clicked.connect(self.merge_selected)

        self.tasks_view = tasks_table(self.proxy, self)
        self.tasks_view.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.tasks_view, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.notes_panel = NotesPanel(self.notes_model, self)
        self.notes_panel.note_activated.connect(self._go_to_note)
        self.notes_view = self.notes_panel.view
        self.plan_view = QPlainTextEdit(self, readOnly=True)
        self.plan_label = QLabel("与台账中已有的同文号文件相比", self, objectName="sectionTitle")

        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.notes_panel, 3)
        self.unit_merges = ReviewMergeBox(self._ledger, self.tasks_model, self)
        sl.addWidget(self.unit_merges, 2)
        sl.addWidget(self.plan_label)
        sl.addWidget(self.plan_view, 2)

        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel("文件（双击可修改文号、标题、成文日期）", self, objectName="sectionTitle"))
        cl.addWidget(self.documents_view)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("任务（双击单元格修改；单位写作“市科技局(牵头)、市财政局(配合)”）", self,
                             objectName="sectionTitle"))
        bar.addStretch(1)
        bar.addWidget(self.filter_edit)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.merge_button)
        cl.addLayout(bar)
        cl.addWidget(self.tasks_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 300])
        self.splitter = splitter

        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c5221f;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_bar = UndoBar(self.undo_stack, self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("保存到台账", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("取消", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_bar)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- editing -------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Selected task rows in the model's (unfiltered) numbering."""
        rows = {self.proxy.mapToSource(i).row() for i in self.tasks_view.selectionModel().selectedRows()}
        return sorted(rows)

    @Slot()
    def remove_selected(self) -> None:
        """Take the selected tasks out of this import."""
        n = self.tasks_model.remove_rows(self.selected_rows())
        if n:
            self.message.setText(f"已从本次导入中去掉 {n} 项任务。")

    @Slot()
    def merge_selected(self) -> None:
        """Merge the two selected tasks into one."""
        rows = self.selected_rows()
        if len(rows) != 2:
            self._show_refusal("请先选中两项任务（按住 Ctrl 点击）再合并。")
            return
        try:
            row = self.tasks_model.merge(*rows)
        except TrackerError as exc:
            self._show_refusal(str(exc))
            return
        self.tasks_view.clearSelection()
        self.tasks_view.selectRow(self.proxy.mapFromSource(self.tasks_model.index(row, 0)).row())
        self.message.setText("已合并两项任务。")

    @Slot()
    def _update_buttons(self) -> None:
        n = len(self.selected_rows())
        self.remove_button.setEnabled(n > 0)
        self.merge_button.setEnabled(n == 2)

    @Slot()
    def _focus_tasks(self) -> None:
        self.tasks_view.setFocus()

    @Slot(str)
    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)

    @Slot()
    def _on_tasks_edited(self) -> None:
        self.notes_model.refresh()
        self._update_counts()
        self._replan.start()

    @Slot(object, object)
    def _on_doc_no_renamed(self, old, new) -> None:
        self.tasks_model.refresh_doc_nos()
        self.notes_model.rename_doc_no(old, new)
        self._update_plan()

    @Slot()
    def _update_counts(self) -> None:
        n_docs, n_tasks = self.documents_model.rowCount(), self.tasks_model.rowCount()
        notes, checked = self.notes_model.counts()
        text = f"找到 {n_docs} 份文件、{n_tasks} 项任务。请核对后保存到台账"
        self.summary.setText(text + (f"；需留意 {notes} 处，已核对 {checked} 处（见右侧）。" if notes else "。"))
        self.save_button.setEnabled(n_tasks > 0)
        self._update_buttons()

    @Slot()
    def _update_plan(self) -> None:
        """Compare with the ledger: which 文号 it holds and what a save would change there."""
        if getattr(self._ledger, "closed", False):   # the window went on without this dialog
            return
        try:
            plan = plan_import(self._ledger, self._contract, source_name=self._source_name)
        except TrackerError as exc:
            self.plan_view.setPlainText(str(exc))
            return
        known = {d.doc_no for d in plan.documents if d.existing_id is not None and d.doc_no}
        self.documents_model.set_known(known)
        text = describe_plan(plan)
        self.plan_view.setPlainText(text)
        self.plan_view.setVisible(bool(text))
        self.plan_label.setVisible(bool(text))

    @Slot(object)
    def _go_to_note(self, note) -> None:
        """Select the task a note is about (the row as edited: notes are recomputed after
        every edit, undo and removal), on the cell the note names."""
        if note.row is None or not 0 <= note.row < self.tasks_model.rowCount():
            return
        self.filter_edit.clear()
        column = {"task_without_unit": ReviewTasksModel.UNITS,
                  "task_without_deadline": ReviewTasksModel.DEADLINE}.get(note.code, 0)
        proxy_index = self.proxy.mapFromSource(self.tasks_model.index(note.row, column))
        self.tasks_view.selectRow(proxy_index.row())
        self.tasks_view.setCurrentIndex(proxy_index)
        self.tasks_view.scrollTo(proxy_index)

    # -- closing -------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, 取消 and the window's close button: with edits, ask before dropping them."""
        if self.undo_stack.isClean():
            self.discard()
            return
        self.discard_box = ask_discard(self, self.discard)

    @Slot()
    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()

    def done(self, code: int) -> None:
        """Closing (saved or cancelled) stops the pending comparison with the ledger."""
        self._replan.stop()
        save_size(self, opts.REVIEW_GEOMETRY, {opts.REVIEW_SPLITTER: self.splitter})
        super().done(code)

    def contract(self) -> dict:
        """The contract as edited so far (a live reference; copy before keeping it)."""
        return self._contract

    # -- saving --------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Store the edited contract in one transaction, then close the dialog."""
        try:
            result = import_contract(self._ledger, self._contract, source_name=self._source_name,
                                     sha256=self._sha256, as_of=self._today, now=now_iso(),
                                     by=self._user_name, review_checks=self.notes_model.checked_notes())
        except TrackerError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, "未能保存", f"{exc}\n台账未作任何改动。",
                              QMessageBox.StandardButton.Ok, self)
            box.open()
            return
        try:
            result.changes.merge(self.unit_merges.store())
        except TrackerError as exc:   # the tasks are stored; only the aliases are missing
            result.changes.message += f"\n单位别名未能记下：{exc}"
        self.result = result
        self.saved.emit(result)
        self.accept()
