"""The welcome panel shown while the ledger is empty: what the program does, three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

STYLE = """
QFrame#welcomeCard { background: #ffffff; border: 1px solid #dfe3ea; border-radius: 10px; }
QLabel#welcomeTitle { font-size: 20pt; font-weight: bold; color: #202124; }
QLabel#welcomeText { font-size: 11pt; color: #3c4043; }
QLabel#welcomeHint { color: #5f6368; }
QPushButton#welcomeButton { font-size: 12pt; padding: 12px 24px; min-width: 260px;
                            border: 1px solid #cfd5de; border-radius: 6px; background: #ffffff; }
QPushButton#welcomeButton:hover { background: #eef3fb; border-color: #1a73e8; }
QPushButton#welcomePrimary { font-size: 12pt; padding: 12px 24px; min-width: 260px; color: white;
                             border: 1px solid #1a73e8; border-radius: 6px; background: #1a73e8; }
QPushButton#welcomePrimary:hover { background: #1765cc; }
"""


class WelcomePanel(QWidget):
    """A friendly empty-ledger panel; the main window connects the three signals."""

    import_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        card = QFrame(self, objectName="welcomeCard")
        title = QLabel("欢迎使用督办台账", card, objectName="welcomeTitle")
        text = QLabel("把公文导入进来，程序会找出其中的每项任务、责任单位和完成时限。\n"
                      "之后按期限分组提醒，逾期和临期一目了然，各单位办结情况逐项勾选。",
                      card, objectName="welcomeText")
        text.setWordWrap(True)
        self.import_button = QPushButton("导入公文文件…", card, objectName="welcomePrimary")
        self.import_button.setToolTip("选择 .txt、.docx 或 .pdf 文件（Ctrl+O），也可以把文件拖到窗口里")
        self.paste_button = QPushButton("粘贴文本…", card, objectName="welcomeButton")
        self.paste_button.setToolTip("把公文的文字复制后粘贴进来")
        self.sample_button = QPushButton("载入示例文件", card, objectName="welcomeButton")
        self.sample_button.setToolTip("载入一份虚构的实施方案，先看看程序怎么用")
        hint = QLabel("导入前会先显示识别结果，核对无误后再保存到台账。", card, objectName="welcomeHint")
        for b in (self.import_button, self.paste_button, self.sample_button):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
        self.import_button.clicked.connect(self.import_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.sample_button.clicked.connect(self.sample_requested)

        cl = QVBoxLayout(card)
        cl.setContentsMargins(48, 40, 48, 40)
        cl.setSpacing(14)
        cl.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        cl.addWidget(text)
        cl.addSpacing(10)
        for b in (self.import_button, self.paste_button, self.sample_button):
            cl.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        cl.addSpacing(6)
        cl.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        card.setMaximumWidth(640)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
