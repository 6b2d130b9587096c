"""A status bar whose messages never run off its edge.

``QStatusBar`` draws a message clipped at the permanent widgets (the task count), so a
long message after an import ends mid-word off the window. Here a message is one line
(its lines joined), elided with "…" to the room left of the permanent widgets, re-elided
when the window is resized, and the full text is the bar's tool tip while it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

GAP = 24   # px between the message and the permanent widgets (the size grip, margins)


def one_line(text: str) -> str:
    """A message's lines joined into one: "；" between them, in place of each line's own
    closing "。" (not "。；"), and the last line's ending kept."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return ""
    return "；".join(line.rstrip("。；;") for line in lines[:-1]) + ("；" if len(lines) > 1 else "") + lines[-1]


class StatusBar(QStatusBar):
    """``showMessage`` elides to the room there is; the tool tip holds the full message."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._full = ""
        self._timeout = 0
        self._clock = QElapsedTimer()
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        # The task count grows after an import's message is shown: elide again then, or
        # the message's end (and its "…") runs under the count.
        widget.installEventFilter(self)
        super().addPermanentWidget(widget, stretch)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide) and watched in self._permanent:
            self.refit()
        return super().eventFilter(watched, event)

    def full_message(self) -> str:
        """The message shown, unelided ("" when none)."""
        return self._full if self.currentMessage() else ""

    def room(self) -> int:
        """Pixels the message may take."""
        taken = sum(w.width() for w in self._permanent if w.isVisible())
        return max(40, self.width() - taken - GAP)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        self._full = one_line(text)
        self._timeout = timeout
        self._clock.start()
        self._show(timeout)

    def _show(self, timeout: int) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.room())
        self.setToolTip(self._full if shown != self._full else "")
        super().showMessage(shown, timeout)

    @Slot(str)
    def _message_changed(self, text: str) -> None:
        if not text:   # timed out or cleared
            self._full = ""
            self.setToolTip("")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        """Elide the shown message again (the bar or its permanent widgets changed width)."""
        if self.currentMessage() and self._full:
            left = self._timeout - self._clock.elapsed() if self._timeout else 0
            if self._timeout and left <= 0:
                return
            self._show(max(0, left))
