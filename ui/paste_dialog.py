"""The paste dialog: the clerk pastes a document's text to import it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui import settings as opts
from ui.screen_fit import restore_size, save_size


class PasteDialog(QDialog):
    """A large plain-text box; "识别任务" accepts when it holds some text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("粘贴公文文本")
        hint = QLabel("把公文的全文（或其中的任务部分）粘贴到下面，包括文号、标题和附件中的任务表，"
                      "然后点击“识别任务”。", self)
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText("在此粘贴文本（Ctrl+V）")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("识别任务", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton("取消", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        restore_size(self, 0.7, QSize(760, 560), opts.PASTE_GEOMETRY)
        self._update()

    def done(self, code: int) -> None:
        """Closing remembers the size the clerk chose."""
        save_size(self, opts.PASTE_GEOMETRY)
        super().done(code)

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.editor.toPlainText().strip()))

    def text(self) -> str:
        """The pasted text."""
        return self.editor.toPlainText()
