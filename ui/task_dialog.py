"""修改任务 (from the detail panel) and 新增任务 (文件 > 新增任务, Ctrl+N) in one dialog.

Units and milestones are typed as in the import review (``市科技局(牵头)、市财政局(配合)``,
``2019-03-31 制定方案；2019-06-30 完成评价``) and read by the core's text helpers. An edit
sends only the fields the clerk changed, with the version shown, so a change made
meanwhile elsewhere is refused rather than overwritten; every change lands in the task's
history (``ledger.tasks.edit``/``add``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QWidget)

from tracker.errors import TrackerError
from tracker.extract.field_text import format_milestones, parse_milestones
from tracker.extract.units_text import format_units, parse_units
from tracker.ledger import now_iso
from tracker.ledger.task_edit import SOURCE_KINDS
from tracker.ledger.tasks import FINAL_LABEL
from tracker.short_text import shorten
from ui.app import combo_box
from ui.date_edit import DateEdit


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _OptionalDate(QWidget):
    """A date picker with a box that says there is no date."""

    def __init__(self, value: str | None, none_text: str, default: date, parent=None):
        super().__init__(parent)
        self.edit = DateEdit(_qdate(date.fromisoformat(value) if value else default))
        self.none_box = QCheckBox(none_text)
        self.none_box.toggled.connect(lambda on: self.edit.setEnabled(not on))
        self.none_box.setChecked(not value)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.none_box)
        lay.addStretch(1)

    def value(self) -> str | None:
        return None if self.none_box.isChecked() else _pydate(self.edit.date()).isoformat()


class TaskDialog(QDialog):
    """Edit ``task`` (a ``tracker.ledger.tasks.Task``) or, with None, add a task by hand.

    After 保存 the ``Changes`` are in ``changes`` and ``task_saved`` carries them.
    """

    task_saved = Signal(object)

    def __init__(self, ledger, user_name: str, task=None, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger, self.user_name, self.task = ledger, user_name, task
        self.changes = None
        today = today or date.today()
        self.setWindowTitle("修改任务" if task else "新增任务")
        self.setMinimumWidth(560)
        t = task
        form = QFormLayout(self)
        self.title_edit = QLineEdit(t.title if t else "")
        self.title_edit.setPlaceholderText("必填，例如：落实市长批示，做好冬季供暖保障")
        form.addRow("任务标题：", self.title_edit)
        self.text_edit = QPlainTextEdit(t.text if t else "")
        self.text_edit.setFixedHeight(90)
        form.addRow("任务内容：", self.text_edit)
        units = [{"name": a.name, "role": a.role} for a in t.assignments] if t else []
        self.units_edit = QLineEdit(format_units(units))
        self.units_edit.setPlaceholderText("例如：市科技局(牵头)、市财政局(配合)")
        form.addRow("责任单位：", self.units_edit)
        self.deadline = _OptionalDate(t.deadline if t else None, "无具体期限", today)
        form.addRow("完成时限：", self.deadline)
        self.deadline_text_edit = QLineEdit((t.deadline_text or "") if t else "")
        self.deadline_text_edit.setPlaceholderText("时限原文，可不填，例如：2019年3月底前")
        form.addRow("时限原文：", self.deadline_text_edit)
        self._milestones_text = format_milestones(self._plain_milestones(t)) if t else ""
        self.milestones_edit = QLineEdit(self._milestones_text)
        self.milestones_edit.setPlaceholderText("可不填，例如：2019-03-31 制定方案；2019-05-31 中期评估")
        if t and t.recurrence:
            self.milestones_edit.setEnabled(False)
            self.milestones_edit.setToolTip("周期性任务的节点由周期规则生成，修改完成时限即可。")
        form.addRow("阶段节点：", self.milestones_edit)

        self.source_box = combo_box()
        imported = bool(t and t.origin != "manual" and t.document_id)
        if imported:
            self.source_box.addItem("文件：" + shorten(t.doc_no or t.doc_title, 46), None)
            self.source_box.setEnabled(False)
        else:
            for kind in SOURCE_KINDS:
                self.source_box.addItem(kind, kind)
            kind = (t.source_kind if t else None) or "领导批示"
            self.source_box.setCurrentIndex(max(0, self.source_box.findData(kind)))
        form.addRow("任务来源：", self.source_box)
        self.source_date = _OptionalDate(t.source_date if t else None, "不填日期", today)
        self.source_ref_edit = QLineEdit((t.source_ref or "") if t else "")
        self.source_ref_edit.setPlaceholderText("文号，例如：聊政办发〔2018〕26号")
        for w in (self.source_date, self.source_ref_edit):
            w.setEnabled(not imported)
        form.addRow("批示或会议日期：", self.source_date)
        form.addRow("文号：", self.source_ref_edit)
        self.case_no_edit = QLineEdit((t.case_no or "") if t else "")
        self.case_no_edit.setPlaceholderText("督办件编号，可不填")
        form.addRow("督办件编号：", self.case_no_edit)
        self.leader_edit = QLineEdit((t.leader or "") if t else "")
        form.addRow("牵头领导：", self.leader_edit)
        hint = QLabel("每项修改都记入这项任务的办理记录（修改人、时间、原内容和新内容）。" if t
                      else "新增的任务与导入的任务一样显示和督办；重新导入文件不会影响它。")
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5f6368;")
        form.addRow(hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color:#c5221f;")
        self.error.hide()
        form.addRow(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("保存")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        for edit in (self.title_edit, self.units_edit, self.deadline_text_edit, self.milestones_edit,
                     self.source_ref_edit, self.case_no_edit, self.leader_edit):
            edit.setCursorPosition(0)   # a long title shows its start, not its end
        self._initial = self.fields() if t else {}

    @staticmethod
    def _plain_milestones(t) -> list[dict]:
        """The task's checkpoints other than the final one at the deadline (it follows the deadline)."""
        return [{"due": m.due, "text": m.label} for m in t.milestones
                if not (m.is_final and (m.due == t.deadline or m.label in (FINAL_LABEL, m.due)))]

    def fields(self) -> dict:
        """What the form says, as the core's fields (units and milestones still as text)."""
        out = {
            "title": self.title_edit.text().strip(), "text": self.text_edit.toPlainText().strip(),
            "units": self.units_edit.text().strip(), "deadline": self.deadline.value(),
            "deadline_text": self.deadline_text_edit.text().strip() or None,
            "milestones": self.milestones_edit.text().strip(),
            "case_no": self.case_no_edit.text().strip() or None, "leader": self.leader_edit.text().strip() or None,
        }
        if self.source_box.isEnabled():
            out.update(source_kind=self.source_box.currentData(), source_date=self.source_date.value(),
                       doc_no=self.source_ref_edit.text().strip() or None)
        return out

    def _changed_fields(self) -> dict:
        now = self.fields()
        return {k: v for k, v in now.items() if self._initial.get(k) != v} if self.task else now

    def accept(self) -> None:
        """Save through the core; a refused value keeps the dialog open with the reason shown."""
        fields = self._changed_fields()
        if self.task and not fields:
            super().reject()
            return
        try:
            if "units" in fields:
                fields["units"] = parse_units(fields["units"])
            if "milestones" in fields:
                fields["milestones"] = parse_milestones(fields["milestones"])
            if self.task:
                self.changes = self.ledger.tasks.edit(self.task.id, fields, by=self.user_name, now=now_iso(),
                                                      expected_version=self.task.version)
            else:
                self.changes = self.ledger.tasks.add(fields, by=self.user_name, now=now_iso())
        except TrackerError as exc:   # the reason beside the fields, the form kept as typed
            self.error.setText(str(exc))
            self.error.show()
            return
        self.task_saved.emit(self.changes)
        super().accept()
