"""The main toolbar: actions, the as-of date with its not-today marker, count badges."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from ui.date_edit import DateEdit


def qdate(d: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(d.year, d.month, d.day)


class ClickableLabel(QLabel):
    """A badge that reports clicks."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.clicked.emit()
        super().mousePressEvent(event)


class MainToolbar(QToolBar):
    """Import, print, refresh, undo; the as-of date; overdue and due-soon badges."""

    bucket_requested = Signal(str)   # a badge was clicked: show that bucket
    today_requested = Signal()       # 回到今天

    def __init__(self, actions, parent=None):
        super().__init__("主工具栏", parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in actions:
            self.addAction(act)
        self.addSeparator()
        self.addWidget(QLabel(" 截至日期 "))
        self.as_of_edit = DateEdit()
        self.as_of_edit.setToolTip("所有分组、红黄灯和统计都按这一天计算")
        self.addWidget(self.as_of_edit)
        self.not_today = QLabel("（非今日）")
        self.not_today.setObjectName("notToday")
        self.not_today_action = self.addWidget(self.not_today)
        self.back_today = QToolButton()
        self.back_today.setText("回到今天")
        self.back_today.clicked.connect(self.today_requested)
        self.back_today_action = self.addWidget(self.back_today)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.badge_overdue = self._badge("badgeOverdue", "已逾期任务数（点击查看）", "overdue")
        gap = QWidget()
        gap.setFixedWidth(6)
        self.addWidget(gap)
        self.badge_soon = self._badge("badgeSoon", "临期任务数（点击查看）", "due_soon")

    def _badge(self, name: str, tip: str, bucket: str) -> ClickableLabel:
        badge = ClickableLabel()
        badge.setObjectName(name)
        badge.setToolTip(tip)
        badge.clicked.connect(lambda: self.bucket_requested.emit(bucket))
        self.addWidget(badge)
        return badge

    def set_counts(self, overdue: int, due_soon: int) -> None:
        """Show the badge counts."""
        self.badge_overdue.setText(f"逾期 {overdue}")
        self.badge_soon.setText(f"临期 {due_soon}")

    def set_is_today(self, is_today: bool) -> None:
        """Show the not-today marker and 回到今天 when the as-of date is not today."""
        self.not_today_action.setVisible(not is_today)
        self.back_today_action.setVisible(not is_today)
