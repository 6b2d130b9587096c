"""Above the cards: every active filter as a chip with ✕, and the hint of an empty list.

``CardArea`` holds the chips bar and, below it, either the cards or the hint "没有符合
条件的任务" naming the filters that hide the tasks (the words are the core's:
``tracker.filters``). Clearing is the main window's business: the bar only reports
which filter the clerk cleared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QToolButton, QVBoxLayout,
                               QWidget)

from tracker.filters import ActiveFilter, empty_hint

from ui.flow_layout import FlowLayout

CHIP_STYLE = """
QFrame#filterBar { background: #ffffff; border-bottom: 1px solid #dfe3ea; }
QToolButton#filterChip { background: #e8f0fe; color: #174ea6; border: 1px solid #c6dafc; border-radius: 11px;
                         padding: 1px 8px; }
QToolButton#filterChip:hover { background: #d2e3fc; }
QLabel#emptyHint { color: #5f6368; font-size: 12pt; padding: 24px; }
"""
CHIP_MAX_CHARS = 18   # a long document name is cut in its chip (full text in the tool tip)


class FilterBar(QFrame):
    """One chip per active filter (✕ clears it) and 清除全部筛选; hidden when nothing filters."""

    filter_cleared = Signal(str)   # a filter's key (see tracker.filters.KEYS)
    all_cleared = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filters: list[ActiveFilter] = []
        self.chips: dict[str, QToolButton] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 4, 10, 4)
        outer.setSpacing(6)
        title = QLabel("筛选：")
        title.setObjectName("sectionTitle")
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        # The chips wrap onto further lines rather than widen the window or hide.
        self._holder = QWidget()
        self._row = FlowLayout(self._holder)
        outer.addWidget(self._holder, 1)
        self.clear_all = QPushButton("清除全部筛选")
        self.clear_all.setToolTip("显示全部任务")
        self.clear_all.clicked.connect(self.all_cleared)
        outer.addWidget(self.clear_all, 0, Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(CHIP_STYLE)
        self.setVisible(False)

    def set_filters(self, filters: list[ActiveFilter]) -> None:
        """Show these filters (rebuilt only when they changed)."""
        if filters == self._filters:
            return
        self._filters = list(filters)
        for chip in self.chips.values():
            self._row.removeWidget(chip)
            chip.hide()   # gone now, not when the deletion runs
            chip.deleteLater()
        self.chips = {}
        for f in filters:
            text = f.label if len(f.label) <= CHIP_MAX_CHARS else f.label[:CHIP_MAX_CHARS - 1] + "…"
            chip = QToolButton()
            chip.setObjectName("filterChip")
            chip.setText(f"{text}  ✕")
            chip.setToolTip(f"{f.label}\n点击清除这个筛选条件")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, key=f.key: self.filter_cleared.emit(key))
            self._row.addWidget(chip)
            self.chips[f.key] = chip
        self.setVisible(bool(filters))

    def filters(self) -> list[ActiveFilter]:
        return list(self._filters)


class CardArea(QWidget):
    """The chips bar over the cards, or over the empty-list hint."""

    def __init__(self, cards: QWidget, parent=None):
        super().__init__(parent)
        self.bar = FilterBar()
        self.cards = cards
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(CHIP_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(cards)
        self.stack.addWidget(self.hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.bar)
        lay.addWidget(self.stack, 1)

    def show_state(self, filters: list[ActiveFilter], total: int, shown: int, waiting: bool = False) -> None:
        """Chips for ``filters``; the hint instead of the cards when none of ``total`` tasks
        is ``shown`` (not while a search waits for its index)."""
        self.bar.set_filters(filters)
        empty = total > 0 and shown == 0 and not waiting
        if empty:
            self.hint.setText(empty_hint(total, filters))
        self.stack.setCurrentWidget(self.hint if empty else self.cards)

    def is_empty_hint_shown(self) -> bool:
        return self.stack.currentWidget() is self.hint
