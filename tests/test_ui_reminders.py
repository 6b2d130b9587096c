"""Reminders in the app: the service (tray or status-bar fallback, the daily timer) and the
提醒与我的单位 dialog, driven with qtbot."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTime

from ledger_helpers import AS_OF, import_tasks, task
from ui_helpers import type_text

pytest.importorskip("pytestqt")


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def due_ledger(ledger):
    import_tasks(ledger,
                 task("报送年度总结", "2018-12-24", units=(("市科技局", "lead"),)),
                 task("清理涉企收费", "2018-12-18", units=(("市财政局", "lead"),)),
                 task("建设创新平台", "2019-06-30", units=(("市科技局", "lead"),)))
    return ledger


class Clock:
    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_units_check_model_passes_modeltester(qtmodeltester):
    from ui.reminder_dialog import UnitsCheckModel

    model = UnitsCheckModel(["市科技局", "市财政局"], ["市财政局", "已撤并的单位"])
    assert model.rowCount() == 3   # a followed unit this ledger lacks stays listed
    qtmodeltester.check(model)
    assert model.checked_names() == ["市财政局", "已撤并的单位"]


def test_service_reminds_my_units_and_arms_the_daily_timer(qtbot, due_ledger, settings):
    from ui.reminders import ReminderService
    from ui.settings import REMIND_TIME

    shown = []
    clock = Clock(datetime(2018, 12, 20, 8, 0))
    settings.set(REMIND_TIME, "09:30")
    service = ReminderService(lambda: due_ledger, settings, lambda: AS_OF,
                              fallback=lambda t, b: shown.append((t, b)), now=clock)
    assert not service.tray_available()   # offscreen: the fallback is used
    with qtbot.waitSignal(service.reminded) as sig:
        service.start()
    title, body, items = sig.args
    assert title == "督办提醒：已逾期 1 项，7天内到期 1 项"
    assert [r.title for r in items] == ["清理涉企收费", "报送年度总结"]
    assert shown == [(title, body)]
    assert service.next_at == datetime(2018, 12, 20, 9, 30)
    assert service.timer.isActive() and 0 < service.timer.remainingTime() <= 91 * 60 * 1000

    settings.set_my_units(["市科技局"])
    clock.at = datetime(2018, 12, 20, 9, 30, 1)
    with qtbot.waitSignal(service.reminded) as sig:
        service.timer.timeout.emit()
    assert [r.title for r in sig.args[2]] == ["报送年度总结"]
    assert service.next_at == datetime(2018, 12, 21, 9, 30)


def test_nothing_due_shows_nothing_and_disabled_arms_nothing(qtbot, ledger, settings):
    from ui.reminders import ReminderService
    from ui.settings import REMIND_ENABLED

    shown = []
    service = ReminderService(lambda: ledger, settings, lambda: AS_OF, fallback=lambda t, b: shown.append(t),
                              now=Clock(datetime(2018, 12, 20, 8, 0)))
    assert service.start() == [] and shown == [] and service.timer.isActive()
    settings.set(REMIND_ENABLED, False)
    assert service.start() == [] and not service.timer.isActive()


def test_dialog_sets_my_units_time_and_days(qtbot, due_ledger, settings):
    from ui.main_window import MainWindow
    from ui.settings import REMIND_DAYS, REMIND_TIME

    win = MainWindow(due_ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    dlg = win.show_reminder_settings(modal=False)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    type_text(dlg.search, "科技")
    assert dlg.proxy.rowCount() == 1
    dlg.units_view.setFocus()
    dlg.units_view.setCurrentIndex(dlg.proxy.index(0, 0))
    qtbot.keyClick(dlg.units_view, Qt.Key.Key_Space)
    assert dlg.model.checked_names() == ["市科技局"]
    assert "已选 1 个：市科技局" in dlg.chosen.text()
    dlg.time_edit.setTime(QTime(8, 15))
    dlg.days_spin.clear()
    qtbot.keyClicks(dlg.days_spin, "10")
    with qtbot.waitSignal(win.reminders.reminded) as sig:
        qtbot.mouseClick(dlg.now_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in sig.args[2]] == ["报送年度总结"]
    assert "督办提醒" in win.statusBar().currentMessage()
    dlg.accept()
    assert settings.my_units() == ["市科技局"]
    assert settings.get(REMIND_TIME) == "08:15" and settings.get(REMIND_DAYS) == 10
    assert win.reminders.timer.isActive()


def test_main_window_start_reminders(qtbot, due_ledger, settings):
    from ui.main_window import MainWindow

    win = MainWindow(due_ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.reminders.reminded):
        items = win.start_reminders()
    assert len(items) == 2
    assert win.statusBar().currentMessage().startswith("督办提醒：已逾期 1 项")


def test_my_units_is_a_card_filter_too(qtbot, due_ledger, settings):
    from ui.card_model import KIND_ROLE, TASK_ID_ROLE
    from ui.filter_panel import MY_UNITS
    from ui.main_window import MainWindow

    win = MainWindow(due_ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    names = [win.filters.units.item(r, 0).text() for r in range(win.filters.units.rowCount())]
    assert "我的单位" not in names
    dlg = win.show_reminder_settings(modal=False)
    qtbot.addWidget(dlg)
    row = [dlg.model.index(r).data() for r in range(dlg.model.rowCount())].index("市科技局")
    dlg.model.setData(dlg.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dlg.accept()
    names = [win.filters.units.item(r, 0).text() for r in range(win.filters.units.rowCount())]
    assert names[:2] == ["全部单位", "我的单位"]
    win.filters.choose_unit(MY_UNITS)

    def shown():
        p = win.proxy
        return {due_ledger.tasks.get(p.index(r, 0).data(TASK_ID_ROLE)).title for r in range(p.rowCount())
                if p.index(r, 0).data(KIND_ROLE) == "card"}

    qtbot.waitUntil(lambda: shown() == {"报送年度总结", "建设创新平台"})


def test_a_large_ledgers_reminders_are_read_on_a_worker(qtbot, due_ledger, settings, monkeypatch):
    import threading

    import tracker.report.reminders
    import ui.reminders
    from ui.main_window import MainWindow

    monkeypatch.setattr(ui.reminders, "BACKGROUND_TASKS", 0)
    threads = []
    real = tracker.report.reminders.due_reminders

    def due_reminders(*args, **kw):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(ui.reminders, "due_reminders", due_reminders)
    win = MainWindow(due_ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.reminders.reminded, timeout=10000) as sig:
        assert win.start_reminders() == []          # the answer comes later
    assert threads == [False] and len(sig.args[2]) == 2
    assert win.statusBar().currentMessage().startswith("督办提醒：已逾期 1 项")
