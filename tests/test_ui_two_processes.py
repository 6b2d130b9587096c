"""Issue 9 in the app: the real main window with its search index (a read-only view
opened and closed on a worker) beside command-line processes ticking the same file.

Every tick made in the window and from the command line is kept, and each side shows
the other's change: the window after its ``PRAGMA data_version`` poll (the slot is
called directly: no waiting for the timer), the command line in a new process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ledger_helpers import AS_OF
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")
ROOT = Path(__file__).resolve().parent.parent

# (task title, unit): ticked in the window / from the command line; no cell is in both.
WINDOW_TICKS = [("清理涉企收费", "市财政局"), ("推进政务服务一网通办", "市行政审批服务局"), ("开展营商环境评价", "市财政局")]
CLI_TICKS = [("建设创新平台", "市科技局"), ("推进政务服务一网通办", "市大数据局"), ("完善考核办法", "市委组织部")]


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def window(qtbot, ledger, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import USER_NAME, Settings

    settings = Settings.at(tmp_path / "settings.ini")
    settings.set(USER_NAME, "王晓明")
    ids = build_ledger(ledger)
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    win.ids = ids
    return win


def _window_tick(win, qtbot, tid: int, unit: str) -> None:
    assert win.cards.select_task(tid)
    qtbot.waitUntil(lambda: win.detail.task_id() == tid)
    view, model = win.detail.matrix_view, win.detail.matrix
    row = next(r for r in range(model.rowCount()) if model.row_data(r).name == unit)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _done_line(history: str, unit: str) -> bool:
    """The command line's history lists a 办结 by ``unit``."""
    return any(unit in line and "办结" in line and "撤销" not in line for line in history.splitlines())


def _window_shows_done(win, tid: int, unit: str) -> bool:
    from ui.card_model import MARKS_ROLE

    marks = win.model.index(win.model.row_of(tid)).data(MARKS_ROLE)
    return any(m.name == unit and m.done for m in marks)


def test_window_and_command_line_keep_and_see_each_others_ticks(window, ledger, db_path, qtbot):
    for (w_title, w_unit), (c_title, c_unit) in zip(WINDOW_TICKS, CLI_TICKS):
        w_tid, c_tid = window.ids[w_title], window.ids[c_title]
        _window_tick(window, qtbot, w_tid, w_unit)
        r = cli(db_path, "tick", str(c_tid), "--unit", c_unit, "--by", "命令行")
        assert r.returncode == 0, r.stderr
        # The window sees the command line's tick at its next poll, and reloads.
        window.poll_ledger()
        assert _window_shows_done(window, c_tid, c_unit)
        # A new process sees the window's tick.
        r = cli(db_path, "history", str(w_tid))
        assert r.returncode == 0 and _done_line(r.stdout, w_unit), r.stdout + r.stderr
    # Every tick of both sides is in the file, seen from another process.
    for title, unit in WINDOW_TICKS + CLI_TICKS:
        r = cli(db_path, "history", str(window.ids[title]))
        assert _done_line(r.stdout, unit), (title, unit, r.stdout)
    r = subprocess.run([sys.executable, "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]);"
                        "print(c.execute('PRAGMA integrity_check').fetchone()[0],"
                        "c.execute('SELECT COUNT(*) FROM progress_events').fetchone()[0])", str(db_path)],
                       capture_output=True, text=True)
    assert r.stdout.split() == ["ok", str(len(WINDOW_TICKS) + len(CLI_TICKS))]
    assert ledger.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 6


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_ledger_file_dropped_for_import_is_refused_unread(window, ledger, db_path, qtbot, monkeypatch, suffix):
    """Importing the ledger itself (or its -wal) would read it with open() in the app's
    process and drop the app's locks: refused by name, before any read."""
    import tracker.extract
    import tracker.source_file

    tid = window.ids["清理涉企收费"]
    _window_tick(window, qtbot, tid, "市财政局")
    read = []
    monkeypatch.setattr(tracker.source_file, "open", lambda p, *a: read.append(p), raising=False)
    monkeypatch.setattr(tracker.extract, "extract_path", lambda p, *a, **k: read.append(p))
    controller = window._controller()
    with qtbot.waitSignal(controller.message_shown, timeout=10000) as blocker:
        controller.import_files([Path(f"{db_path}{suffix}")])
    assert "台账文件本身" in blocker.args[0] and read == []
    controller.message_box.accept()
    qtbot.waitUntil(lambda: not controller.busy())
    r = cli(db_path, "history", str(tid))   # the window's work is safe in the file
    assert _done_line(r.stdout, "市财政局"), r.stdout + r.stderr
