"""The status bar never runs a message off its edge; a date is typed from the year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from ledger_helpers import AS_OF
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


@pytest.fixture
def window(qtbot, ledger, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import Settings

    build_ledger(ledger)
    win = MainWindow(ledger, Settings.at(tmp_path / "settings.ini"), today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    return win


def test_long_import_message_is_elided_with_the_full_text_in_the_tooltip(window, qtbot):
    from ui.status_bar import StatusBar

    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    message = ("已导入《聊城市人民政府关于印发聊城市创新型城市建设推进方案的通知》等 3 个文件，新增任务 166 项，"
               "其中 12 项没有完成时限、5 项没有责任单位，请在台账中逐项核对。\n另有 2 个单位名称与单位目录不一致。")
    window.imported(type("Changes", (), {"message": message})())
    shown = bar.currentMessage()
    assert shown.endswith("…") and "\n" not in shown
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.room()
    assert bar.room() + window.count_label.width() <= bar.width()
    # Lines joined by "；" in place of the first line's closing "。".
    assert bar.toolTip() == bar.full_message() == message.replace("。\n", "；")
    # The task count widens after the message is shown (an import adds tasks): the
    # message is elided again to the room left of it, its "…" not under the count.
    before = bar.currentMessage()
    window.count_label.setText("共 1,234,567 项任务，筛选出 1,234,567 项，另有已终止任务若干")
    qtbot.waitUntil(lambda: bar.currentMessage() != before)
    assert bar.currentMessage().endswith("…")
    qtbot.waitUntil(lambda: bar.room() + window.count_label.width() <= bar.width())
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= bar.room()
    # Wider: more of the message shows, still within the bar.
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: len(bar.currentMessage()) > len(shown))
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= bar.room()
    bar.showMessage("已刷新。", 5000)
    assert bar.currentMessage() == "已刷新。" and bar.toolTip() == ""


def _click_day_part(qtbot, edit) -> None:
    """Click near the right end of the field (the day), where a clerk's click lands."""
    qtbot.mouseClick(edit.lineEdit() or edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.lineEdit().width() - 6, edit.lineEdit().height() // 2))


@pytest.mark.parametrize("typed", ["20190630", "2019-06-30", "2019/6/30", "2019.6.30"])
def test_as_of_date_is_typed_without_selecting_the_year(window, qtbot, typed):
    edit = window.as_of_edit
    _click_day_part(qtbot, edit)
    assert edit.hasFocus() and edit.currentSection() == edit.Section.DaySection
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.as_of() == date(2019, 6, 30))


def test_extension_date_typed_in_the_dialog(qtbot):
    from ui.dialogs import ExtendDialog

    dlg = ExtendDialog("清理涉企收费", AS_OF)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    edit = dlg.date_edit
    _click_day_part(qtbot, edit)
    qtbot.keyClicks(edit, "2019-3-31")
    assert edit.date() == QDate(2019, 3, 31)
    # After the first date, the clerk can still fix one section: the day alone.
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "15")
    assert edit.date() == QDate(2019, 3, 15)


def test_two_digits_after_clicking_the_day_change_the_day_alone(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from ui.date_edit import DateEdit

    box = QWidget()
    other, edit = QLineEdit(), DateEdit(QDate(2019, 3, 31))
    lay = QVBoxLayout(box)
    lay.addWidget(other)
    lay.addWidget(edit)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    _click_day_part(qtbot, edit)
    assert edit.currentSection() == edit.Section.DaySection
    qtbot.keyClicks(edit, "15")
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert edit.date() == QDate(2019, 3, 15)
    # Leaving the field (a click elsewhere) does the same.
    _click_day_part(qtbot, edit)
    qtbot.keyClicks(edit, "7")
    # (offscreen, the test window is not the active one: the focus change is sent as such)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))
    assert edit.date() == QDate(2019, 3, 7)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason))
    # And a whole date still replaces everything.
    _click_day_part(qtbot, edit)
    qtbot.keyClicks(edit, "20200102")
    qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert edit.date() == QDate(2020, 1, 2)
