"""报表设置: the office, printing person, contact and phone printed on every report.

Kept by the core (``tracker.report.identity``) in one file that the command line reads
too, so a report printed from either carries the same 落款.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from tracker.errors import TrackerError
from tracker.report.identity import ReportIdentity, load_identity, save_identity


class ReportSettingsDialog(QDialog):
    """Edit the stored ``ReportIdentity``; 保存 writes it, 取消 keeps the old one."""

    def __init__(self, parent: QWidget | None = None, printed_by: str = ""):
        super().__init__(parent)
        self.setWindowTitle("报表设置")
        self.setMinimumWidth(420)
        current = load_identity()
        form = QFormLayout(self)
        hint = QLabel("以下内容打印在督办周报的表头和催办通知单的落款上（命令行生成的报表也使用）。")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.organisation = QLineEdit(current.organisation, placeholderText="例如：市政府督查室")
        self.printed_by = QLineEdit(current.printed_by or printed_by, placeholderText="打印人姓名")
        self.contact = QLineEdit(current.contact, placeholderText="联系人姓名")
        self.phone = QLineEdit(current.phone, placeholderText="例如：0635-8888888")
        form.addRow("编制单位：", self.organisation)
        form.addRow("打印人：", self.printed_by)
        form.addRow("联系人：", self.contact)
        form.addRow("联系电话：", self.phone)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def identity(self) -> ReportIdentity:
        """The values as typed."""
        return ReportIdentity(self.organisation.text().strip(), self.printed_by.text().strip(),
                              self.contact.text().strip(), self.phone.text().strip())

    @Slot()
    def accept(self) -> None:
        try:
            save_identity(self.identity())
        except TrackerError as exc:
            QMessageBox.warning(self, "报表设置", str(exc))
            return
        super().accept()
