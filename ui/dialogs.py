"""Small dialogs: 延期, 终止, 设置, and the start-of-day notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from tracker.ledger.buckets import days_text
from ui.date_edit import DateEdit


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ExtendDialog(QDialog):
    """延期: a new deadline and a reason (both required)."""

    def __init__(self, title: str, current: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("延期")
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        head = QLabel(title)
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(head)
        form.addRow("原完成时限：", QLabel(current.isoformat() if current else "无"))
        self.date_edit = DateEdit(_qdate(current or date.today()))
        form.addRow("新完成时限：", self.date_edit)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("必填，例如：根据市政府常务会议决定调整")
        self.reason.setFixedHeight(80)
        form.addRow("延期理由：", self.reason)
        form.addRow(_buttons(self, "确定延期"))

    def new_date(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            QMessageBox.warning(self, "延期", "请填写延期理由。")
            return
        super().accept()


class TerminateDialog(QDialog):
    """终止: a reason (required); the caller asks for confirmation after."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("终止任务")
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        head = QLabel(f"终止后该任务不再督办，已有记录保留。\n任务：{title}")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(head)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("必填：终止理由")
        self.reason.setFixedHeight(80)
        lay.addWidget(self.reason)
        lay.addWidget(_buttons(self, "终止任务"))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            QMessageBox.warning(self, "终止任务", "请填写终止理由。")
            return
        super().accept()


class SettingsDialog(QDialog):
    """设置: the user's name, the due-soon window and the font size."""

    def __init__(self, user_name: str, window: int, font_size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("设置")
        self.setMinimumWidth(360)
        form = QFormLayout(self)
        self.name = QLineEdit(user_name)
        self.name.setPlaceholderText("勾选记录上显示的姓名")
        form.addRow("我的姓名：", self.name)
        self.window = QSpinBox()
        self.window.setRange(1, 365)
        self.window.setSuffix(" 天")
        self.window.setValue(window)
        form.addRow("临期提醒：", self.window)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 20)
        self.font_size.setSuffix(" 磅")
        self.font_size.setValue(font_size)
        form.addRow("字号：", self.font_size)
        form.addRow(_buttons(self, "保存"))


class NoticeDialog(QDialog):
    """The start-of-day notice: tasks that became overdue or due soon since last time."""

    def __init__(self, rows: list, since: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("到期提醒")
        self.setMinimumSize(520, 320)
        lay = QVBoxLayout(self)
        overdue = sum(1 for r in rows if r.bucket == "overdue")
        head = QLabel(f"自上次打开（{since.isoformat()}）以来，{overdue} 项任务新逾期，"
                      f"{len(rows) - overdue} 项任务进入临期：")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.list = QListWidget()
        for r in rows[:200]:
            self.list.addItem(f"【{days_text(r.days)}】{r.title}（{r.next_due}）")
        if len(rows) > 200:
            self.list.addItem(f"……另有 {len(rows) - 200} 项")
        lay.addWidget(self.list)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("知道了")
        box.accepted.connect(self.accept)
        lay.addWidget(box)


def ask(parent: QWidget, title: str, text: str, yes: str = "确定") -> bool:
    """A yes/no question with Chinese buttons; 取消 is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok
