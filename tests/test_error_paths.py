"""What the user meets when something fails: a Chinese message, never a traceback, never
silence. A PDF to an unwritable place, a damaged font, a worker that raises (its failure
reaches the window as a signal), a ledger read that fails under the poll or the daily
reminder (the timers go on), and a fault of the program itself (not hidden)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from ledger_helpers import AS_OF, import_tasks, task
from tracker.errors import LedgerError, OutputError

pytest.importorskip("pytestqt")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def filled(ledger):
    import_tasks(ledger, task("报送年度总结", "2018-12-24", units=(("市科技局", "lead"),)),
                 task("清理涉企收费", "2018-12-18", units=(("市财政局", "lead"),)))
    return ledger


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


def _unwritable(tmp_path: Path) -> Path:
    """A path no one can write, even root: its folder is a regular file."""
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("")
    return blocker / "周报.pdf"


def _has_cjk_font() -> bool:
    from tracker.report.fonts import find_cjk_fonts

    return find_cjk_fonts() is not None


def test_cli_pdf_to_an_unwritable_path_is_a_chinese_message(filled, db_path, tmp_path):
    out = _unwritable(tmp_path)
    filled.close()
    r = subprocess.run([sys.executable, "-m", "tracker", "--db", str(db_path), "report", "--week", "2018-W51",
                        "--as-of", "2018-12-20", "--pdf", str(out)], cwd=ROOT, capture_output=True, text=True,
                       encoding="utf-8", timeout=120)
    assert "Traceback" not in r.stderr and r.stderr.startswith("错误：")
    if _has_cjk_font():
        assert r.returncode == OutputError.exit_code and "无法写入文件" in r.stderr, r.stderr
    else:
        assert "未找到可显示中文的字体" in r.stderr
    assert not out.parent.is_dir()


def test_dialog_pdf_to_an_unwritable_path_shows_a_chinese_message(qtbot, filled, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.report_dialog import ReportDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append((title, text))))
    dialog = ReportDialog(filled, AS_OF, "督查室", None)
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.report_exported):
        assert dialog.export_pdf(str(_unwritable(tmp_path))) is False
    assert len(shown) == 1 and shown[0][0] == "导出PDF"
    assert "无法写入文件" in shown[0][1] or "未找到可显示中文的字体" in shown[0][1]


def test_a_damaged_font_file_is_named_in_the_message(tmp_path):
    from tracker.report.fonts import CjkFonts, FontFile
    from tracker.report.pdf_writer import ReportPdfError, new_pdf

    bad = tmp_path / "坏字体.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00" + b"\xff" * 200)
    with pytest.raises(ReportPdfError, match="中文字体无法使用") as err:
        new_pdf("周报", CjkFonts(FontFile(bad, 0), FontFile(bad, 0)))
    assert str(bad) in str(err.value)


def _broken_worker():
    """A worker whose work has a fault of the program."""
    from ui import workers

    class BrokenWorker(workers.Worker):
        def work(self) -> tuple:
            raise KeyError("缺少的键")

    return BrokenWorker()


def test_a_worker_that_raises_reaches_the_gui_as_a_signal(qtbot, caplog):
    from ui import workers

    called = []
    with qtbot.waitSignal(workers.relay().failed, timeout=30_000) as blocker:
        workers.start(_broken_worker(), lambda *args: called.append(args))
    text = blocker.args[0]
    assert "后台处理出错" in text and "KeyError" in text and "缺少的键" in text
    assert called == [] and workers.waiting() == 0
    assert "BrokenWorker failed" in caplog.text and "Traceback" in caplog.text


def test_the_main_window_shows_a_worker_failure_in_its_status_bar(qtbot, filled, settings):
    from ui import workers
    from ui.main_window import MainWindow

    win = MainWindow(filled, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(workers.relay().failed, timeout=30_000):
        workers.start(_broken_worker(), lambda *args: None)
    qtbot.waitUntil(lambda: "后台处理出错" in win.statusBar().currentMessage())


def test_a_locked_ledger_under_the_poll_is_a_ledger_error_and_the_poll_goes_on(qtbot, filled, settings,
                                                                               monkeypatch):
    from ui.main_window import MainWindow

    win = MainWindow(filled, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(filled.db, "execute", locked)
    with pytest.raises(LedgerError, match="正被其他程序占用"):
        filled.data_version()
    win.poll_ledger()   # said nothing, raised nothing: the next tick tries again
    assert win._poll.isActive()
    monkeypatch.setattr(type(filled), "changed_elsewhere", lambda self: 1 / 0)
    with pytest.raises(ZeroDivisionError):   # a fault of the program is not hidden
        win.poll_ledger()


def test_a_failed_reminder_read_is_said_in_chinese_and_the_daily_timer_goes_on(qtbot, filled, settings,
                                                                                monkeypatch):
    from ui.reminders import ReminderService

    shown = []
    service = ReminderService(lambda: filled, settings, lambda: AS_OF, fallback=lambda t, b: shown.append(b),
                              now=lambda: datetime(2018, 12, 20, 8, 0))

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(type(filled.tasks), "count", locked)
    assert service.remind() == []
    assert shown == ["无法读取台账：台账文件正被其他程序占用，请稍后再试。"]
    monkeypatch.setattr(type(filled.tasks), "count", lambda self: 1 / 0)
    service.next_at = None
    with pytest.raises(ZeroDivisionError):   # a fault of the program surfaces ...
        service._timer_fired()
    assert service.timer.isActive() and service.next_at is not None   # ... and tomorrow's reminder is armed


def test_a_reminder_worker_fault_is_logged_and_said(caplog, filled, db_path, monkeypatch):
    import ui.reminders
    from ui.reminders import ReminderWorker

    monkeypatch.setattr(ui.reminders, "due_reminders", lambda *a: 1 / 0)
    job, items, error, _ = ReminderWorker(db_path, AS_OF, 7, None, 3, False).work()
    assert (job, items) == (3, []) and "程序内部错误" in error and "ZeroDivisionError" in error
    assert "Traceback" in caplog.text
    monkeypatch.setattr(ui.reminders, "due_reminders",
                        lambda *a: (_ for _ in ()).throw(sqlite3.DatabaseError("database disk image is malformed")))
    assert ReminderWorker(db_path, AS_OF, 7, None, 4, False).work()[2] == "台账文件已损坏。请从备份恢复（文件 > 备份与恢复）。"



def test_the_app_keeps_a_workers_traceback_in_the_error_log(qtbot):
    import logging
    import os

    from tracker import errorlog
    from ui import workers

    path = errorlog.install()
    try:
        assert path == Path(os.environ[errorlog.ENV])
        with qtbot.waitSignal(workers.relay().failed, timeout=30_000):
            workers.start(_broken_worker(), lambda *args: None)
    finally:
        for handler in [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    text = path.read_text(encoding="utf-8")
    assert "BrokenWorker failed" in text and "Traceback" in text and "KeyError" in text
