"""The sizes and splits a clerk chooses are remembered (QSettings) and come back on the
screen: the main window, 统计, 单位目录 and 打印周报."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDeadlineTimer, QThreadPool

from ledger_helpers import AS_OF
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


def _window(qtbot, ledger, settings):
    from ui.main_window import MainWindow

    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.restore_layout()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)   # its deferred reading done before the ledger closes
    return win


def _inside(widget) -> bool:
    return widget.screen().availableGeometry().contains(widget.frameGeometry())


def test_main_window_size_and_columns_come_back(qtbot, ledger, settings):
    build_ledger(ledger)
    win = _window(qtbot, ledger, settings)
    win.resize(760, 600)   # the offscreen screen is 800×800
    win.splitter.setSizes([200, 260, 300])
    qtbot.waitUntil(lambda: (win.width(), win.height()) == (760, 600))
    sizes = win.splitter.sizes()
    win.close()
    again = _window(qtbot, ledger, settings)
    assert (again.width(), again.height()) == (760, 600)
    assert again.splitter.sizes() == sizes
    again.close()


def test_a_size_saved_on_a_larger_screen_is_pulled_back_onto_this_one(qtbot, ledger, settings):
    from PySide6.QtCore import QByteArray, QRect

    from ui import settings as opts

    build_ledger(ledger)
    win = _window(qtbot, ledger, settings)
    area = win.screen().availableGeometry()
    # As if saved on a screen twice as large, off to the right.
    win.setGeometry(QRect(area.width(), area.height() // 2, area.width() * 2, area.height() * 2))
    settings.set(opts.WINDOW_GEOMETRY, QByteArray(win.saveGeometry()))
    win.close()
    settings.sync()
    again = _window(qtbot, ledger, settings)
    qtbot.waitUntil(lambda: _inside(again))
    again.close()


def test_dialogs_remember_their_size_and_split(qtbot, ledger, settings):
    from ui.report_dialog import ReportDialog
    from ui.stats_window import StatsWindow
    from ui.units_dialog import UnitsDialog

    build_ledger(ledger)
    win = _window(qtbot, ledger, settings)

    stats = StatsWindow(ledger, settings, AS_OF, win)
    stats.show()
    QThreadPool.globalInstance().waitForDone(QDeadlineTimer(30_000))
    # 统计 is at least about 880 px wide (its table and charts), more than the 800 px
    # offscreen screen: its height and its table/chart split are what this checks.
    stats.resize(stats.minimumWidth(), 520)
    qtbot.waitUntil(lambda: stats.height() == 520)
    stats.view.splitter.setSizes([300, stats.view.splitter.width() - 300])
    split = stats.view.splitter.sizes()
    stats.reject()
    stats = StatsWindow(ledger, settings, AS_OF, win)
    stats.show()
    QThreadPool.globalInstance().waitForDone(QDeadlineTimer(30_000))
    assert stats.height() == 520 and stats.view.splitter.sizes() == split
    stats.reject()

    units = UnitsDialog(ledger, win)
    units.show()
    units.resize(700, 680)
    units.splitter.setSizes([250, 420])
    qtbot.waitUntil(lambda: (units.width(), units.height()) == (700, 680))
    split = units.splitter.sizes()
    units.reject()
    units = UnitsDialog(ledger, win)
    units.show()
    assert (units.width(), units.height()) == (700, 680) and units.splitter.sizes() == split
    units.reject()

    report = ReportDialog(ledger, AS_OF, "", win)
    report.show()
    report.resize(660, 330)
    qtbot.waitUntil(lambda: (report.width(), report.height()) == (660, 330))
    report.reject()
    report = ReportDialog(ledger, AS_OF, "", win)
    assert (report.width(), report.height()) == (660, 330)
    report.reject()
    win.close()
