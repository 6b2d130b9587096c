"""A date field a clerk can type a whole date into.

A plain ``QDateEdit`` edits one section at a time: clicked into, its cursor sits in the
day (or wherever the click landed), and typing "2025…" there is refused, so a typed
date is ignored unless the year was selected first. Here the first digit typed after
the field gains focus starts a new date from the year: "20250630", "2025-06-30",
"2025/6/30" and "2025.6.30" all give 2025-06-30 (Qt moves to the next section once a
section is full, or at a separator). One or two digits typed after a click into the
month or the day, then Enter or leaving the field, set that month or day alone (a
clerk correcting the day types "15"). Arrows, the wheel and the calendar work as before.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

DISPLAY_FORMAT = "yyyy-MM-dd"
SEPARATORS = "-/.年月日 "


class DateEdit(QDateEdit):
    """``QDateEdit`` (format yyyy-MM-dd, calendar pop-up) that takes a date typed from the year."""

    def __init__(self, value: QDate | None = None, parent=None):
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if value is not None:
            self.setDate(value)
        self._fresh = True   # no key typed since the field gained focus
        self._digits = 0     # digits typed into the current section
        self._typed = ""     # what was typed since the field gained focus
        self._start = (self.date(), QDateEdit.Section.YearSection)   # date and section when typing began
        if not self.toolTip():
            self.setToolTip("可直接输入日期，如 20250630 或 2025-06-30")

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._fresh, self._digits, self._typed = True, 0, ""

    def focusOutEvent(self, event) -> None:
        self._short_entry()
        super().focusOutEvent(event)

    def _short_entry(self) -> None:
        """Digits typed after a click into the month or day, too few for a date: they
        were meant for that section alone."""
        typed, self._typed = self._typed, ""
        start, section = self._start
        if not (typed.isdigit() and len(typed) <= 2) or section == QDateEdit.Section.YearSection:
            return
        n = int(typed)
        if section == QDateEdit.Section.MonthSection and 1 <= n <= 12:
            days = QDate(start.year(), n, 1).daysInMonth()
            new = QDate(start.year(), n, min(start.day(), days))
        else:
            new = QDate(start.year(), start.month(), n)
        if new.isValid() and self.minimumDate() <= new <= self.maximumDate():
            self.setDate(new)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._short_entry()
        elif plain and text:
            if self._fresh:
                self._start = (self.date(), self.currentSection())
            self._typed += text
        if plain and text and text in SEPARATORS:
            # A separator ends the section being typed (Qt knows only the format's "-" and
            # has already moved on after a full section: then there is nothing to end).
            if self._digits and self.currentSection() != QDateEdit.Section.DaySection:
                self.setSelectedSection(self._next_section())
            self._fresh, self._digits = False, 0
            event.accept()
            return
        if plain and text.isdigit() and self._fresh:
            self.setSelectedSection(QDateEdit.Section.YearSection)
        before = self.currentSection()
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self._fresh = False
        super().keyPressEvent(event)
        moved = self.currentSection() != before
        self._digits = 0 if moved or not (plain and text.isdigit()) else self._digits + 1

    def _next_section(self) -> QDateEdit.Section:
        order = (QDateEdit.Section.YearSection, QDateEdit.Section.MonthSection, QDateEdit.Section.DaySection)
        cur = self.currentSection()
        return order[min(order.index(cur) + 1, 2)] if cur in order else QDateEdit.Section.DaySection
