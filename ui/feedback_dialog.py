"""文件 > 反馈表: export a unit's 反馈表 (or one per unit), and import a filled one with a
review of what it will change before anything is saved.

The work is the core's (``tracker.feedback``): ``plan`` reads the sheet and decides row by
row, ``apply`` saves it in one transaction and records the file so it is never applied
twice. This module shows the plan as a table and asks before saving.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHeaderView, QLabel,
                               QMessageBox, QPlainTextEdit, QTableView, QVBoxLayout, QWidget)

from tracker import feedback
from tracker.errors import TrackerError
from tracker.feedback.export import units_with_open_cells
from tracker.ledger import now_iso
from ui.app import combo_box
from ui.table_model import ColumnsTableModel

KIND_DONE, KIND_NOTE, KIND_REFUSED, KIND_SKIPPED = "done", "note", "refused", "skipped"
KIND_ZH = {KIND_DONE: "办结", KIND_NOTE: "记录办理情况", KIND_REFUSED: "拒收", KIND_SKIPPED: "不变"}
KIND_COLOURS = {KIND_DONE: "#1e8e3e", KIND_NOTE: "#1a73e8", KIND_REFUSED: "#c5221f", KIND_SKIPPED: "#80868b"}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanModel(ColumnsTableModel):
    """A 反馈表 import plan, one line per sheet row that changes, is refused or is skipped,
    in row order."""

    COLUMNS = ("行号", "处理", "任务", "办理节点", "完成日期", "办理情况 / 原因")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def rows(self) -> list:
        return self._rows

    def set_plan(self, plan) -> None:
        """Show ``plan`` (a ``tracker.feedback.FeedbackPlan``)."""
        rows = [(c.row, c.action, f"#{c.task_id} {c.title}", c.milestone, c.done_on or "", c.note)
                for c in plan.changes]
        rows += [(row, KIND_REFUSED, "", "", "", reason) for row, reason in plan.refused]
        rows += [(row, KIND_SKIPPED, "", "", "", reason) for row, reason in plan.skipped]
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r[0])
        self.endResetModel()

    def count(self, kind: str) -> int:
        return sum(1 for r in self._rows if r[1] == kind)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = KIND_ZH[r[1]] if col == 1 else r[col]
            return str(value) if value != "" or role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor(KIND_COLOURS[r[1]])
        if role == KIND_ROLE:
            return r[1]
        return None


class FeedbackImportDialog(QDialog):
    """The review of a filled 反馈表: every row it changes or refuses, then 保存 or 取消."""

    feedback_applied = Signal(object)   # the Changes saved

    def __init__(self, ledger, plan, user_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger, self.plan, self.user_name = ledger, plan, user_name
        self.changes = None
        self.setWindowTitle(f"导入反馈表 - {plan.path.name}")
        self.model = PlanModel(self)
        self.model.set_plan(plan)
        head = QLabel()
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        done, notes = self.model.count(KIND_DONE), self.model.count(KIND_NOTE)
        refused = self.model.count(KIND_REFUSED)
        if plan.already:
            head.setText(plan.summary())
        else:
            lines = [f"{plan.unit or '（单位未知）'} 的反馈表（导出于 {(plan.exported_at or '').replace('T', ' ')[:16]}）："
                     f"将办结 {done} 个节点，记录办理情况 {notes} 条；拒收 {refused} 行，"
                     f"不变 {self.model.count(KIND_SKIPPED)} 行。"]
            if plan.sheet_seen:
                lines.append(f"同一反馈表曾于 {plan.sheet_seen.replace('T', ' ')[:16]} 导入过，只应用有变化的行。")
            if refused:
                lines.append("拒收的行不会写入台账，请按行号核对原表后重新填写。")
            head.setText("\n".join(lines))
        self.summary = head
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        for col in (0, 1, 4):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(f"保存到台账（{done + notes} 项）")
        self.save_button.setEnabled(bool(done + notes) and not plan.already)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("关闭" if not (done + notes) else "取消")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(box)
        self.resize(900, 520)

    def accept(self) -> None:
        """Save the plan (one transaction); a failure keeps the ledger as it was."""
        try:
            self.changes = feedback.apply(self.ledger, self.plan, by=self.user_name, now=now_iso())
        except TrackerError as exc:
            self.summary.setText(f"未能保存：{exc}")
            self.save_button.setEnabled(False)
            return
        self.feedback_applied.emit(self.changes)
        super().accept()


def open_import(parent: QWidget, ledger, user_name: str, today: date, path: str | None = None):
    """文件 > 反馈表 > 导入: ask for the filled workbook (unless ``path``), read it and open
    the review (window-modal). Returns the dialog, or None when cancelled or unreadable."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, "导入反馈表", str(Path.home()), "Excel 工作簿 (*.xlsx)")
        if not path:
            return None
    try:
        plan = feedback.plan(ledger, path, today=today)
    except TrackerError as exc:
        QMessageBox.warning(parent, "导入反馈表", str(exc))
        return None
    dlg = FeedbackImportDialog(ledger, plan, user_name, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


class FeedbackExportDialog(QDialog):
    """Which unit's 反馈表 to write (or one per unit with open items), as of a date."""

    def __init__(self, ledger, as_of: date, user_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger, self.as_of, self.user_name = ledger, as_of, user_name
        self.setWindowTitle("导出反馈表")
        self.unit_box = combo_box()
        self.unit_box.addItem("全部有未办结事项的单位（每个单位一个文件）", None)
        for uid, name in units_with_open_cells(ledger):
            self.unit_box.addItem(name, uid)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(120)
        self.result.setPlaceholderText("反馈表列出该单位未办结的任务和节点，单位只能填写“办理情况”“完成日期”“是否办结”三列；"
                                       "填好后用 文件 > 反馈表 > 导入反馈表 读回。")
        form = QFormLayout(self)
        form.addRow("责任单位：", self.unit_box)
        form.addRow("统计日期：", QLabel(as_of.isoformat()))
        form.addRow(self.result)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.export_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText("导出…")
        box.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        box.accepted.connect(self.export)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.setMinimumWidth(520)

    @Slot()
    def export(self, target: str | None = None) -> list:
        """Write the chosen sheet(s) to ``target`` (a file for one unit, a folder for all;
        asked for when None). Returns the ``Exported`` written."""
        uid = self.unit_box.currentData()
        if target is None:
            if uid is None:
                target = QFileDialog.getExistingDirectory(self, "选择保存反馈表的文件夹", str(Path.home()))
            else:
                name = f"反馈表-{self.unit_box.currentText()}-{self.as_of.isoformat()}.xlsx"
                target, _ = QFileDialog.getSaveFileName(self, "导出反馈表", str(Path.home() / name),
                                                        "Excel 工作簿 (*.xlsx)")
            if not target:
                return []
        try:
            if uid is None:
                out = feedback.export_all(self.ledger, target, as_of=self.as_of, by=self.user_name, now=now_iso())
            else:
                out = [feedback.export_unit(self.ledger, uid, target, as_of=self.as_of, by=self.user_name,
                                            now=now_iso())]
        except TrackerError as exc:
            self.result.setPlainText(f"未能导出：{exc}")
            return []
        except OSError as exc:
            self.result.setPlainText(f"无法写入：{target}（{exc.strerror}）")
            return []
        self.result.setPlainText("\n".join(f"{e.unit}：{e.rows} 行 → {e.path}" for e in out)
                                 or "没有单位有未办结的事项。")
        return out
