"""The detail panel's check matrix and task text, each as tall as its content.

The panel scrolls as a whole; a matrix with its own scroll bars inside it (a cut second
row, a vertical bar beside a horizontal one for a recurring task's many columns) and a
text box with a fixed height (empty space under a short text, a scroll bar under a long
one) waste the room. Both fit their content, up to a cap beyond which they scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Slot
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QTableView

MAX_MATRIX_ROWS = 10   # more units than this scroll inside the matrix
TEXT_LINES = (2, 12)   # the task text shows at least / at most this many lines


class MatrixView(QTableView):
    """The check matrix; Space on the focused cell ticks or unticks it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # Measured again once Qt has laid out the columns (their widths decide whether
        # the horizontal bar shows).
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            idx = self.currentIndex()
            if idx.isValid() and idx.flags() & Qt.ItemFlag.ItemIsEnabled:
                state = idx.data(Qt.ItemDataRole.CheckStateRole)
                new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
                self.model().setData(idx, new.value, Qt.ItemDataRole.CheckStateRole)
                event.accept()
                return
        super().keyPressEvent(event)

    def fit_rows(self) -> None:
        """As tall as the header and every row (up to ``MAX_MATRIX_ROWS``), plus the
        horizontal scroll bar when the columns are wider than the view: no row is cut
        and no vertical bar appears beside the horizontal one."""
        self._fit()
        self._refit.start()

    @Slot()
    def _fit(self) -> None:
        model = self.model()
        if model is None:
            return
        self.resizeRowsToContents()
        rows = model.rowCount()
        many = rows > MAX_MATRIX_ROWS
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if many
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        room = self.viewport().width() - (bar if many and not self.verticalScrollBar().isVisible() else 0)
        wide = self.horizontalHeader().length() > room
        header = max(self.horizontalHeader().height(), self.horizontalHeader().sizeHint().height())
        body = sum(self.rowHeight(r) for r in range(min(rows, MAX_MATRIX_ROWS)))
        height = header + body + frame + (bar if wide else 0)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def rows_fully_shown(self) -> int:
        """How many rows lie wholly within the viewport (for the tests and the eye)."""
        shown = self.viewport().rect()
        model = self.model()
        return sum(1 for r in range(model.rowCount() if model else 0)
                   if shown.contains(QRect(0, self.rowViewportPosition(r), 1, self.rowHeight(r))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()   # the columns may now fit, or no longer


class TaskTextView(QPlainTextEdit):
    """The read-only task text, tall enough for its wrapped lines (within ``TEXT_LINES``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setPlainText(text)
        self.fit_text()

    def fit_text(self) -> None:
        fm = self.fontMetrics()
        margin = 2 * (int(self.document().documentMargin()) + self.frameWidth())
        width = max(50, self.viewport().width() - 2 * int(self.document().documentMargin()))
        flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
        used = fm.boundingRect(QRect(0, 0, width, 10 ** 6), flags, self.toPlainText()).height()
        low, high = (n * fm.lineSpacing() for n in TEXT_LINES)
        height = min(max(used, low), high) + margin + 4
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if used > high
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_text()
