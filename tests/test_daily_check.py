"""The day's whole-file check and copy run on a worker at the app's start."""

from datetime import date

from ledger_helpers import import_tasks, task
from tracker.ledger import Ledger
from ui import daily_check


def run(qtbot, path):
    got = []
    worker = daily_check.start(path, date(2018, 10, 1), lambda copy, error: got.append((copy, error)))
    assert worker is not None
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    return got[0]


def test_the_days_copy_is_taken_off_the_gui_thread(qtbot, tmp_path):
    path = tmp_path / "ledger.sqlite3"
    with Ledger.open(path) as led:
        import_tasks(led, task("一"))
        copy, error = run(qtbot, path)
    assert error == "" and copy == tmp_path / "backups" / "daily-20181001.sqlite3" and copy.exists()
    assert daily_check.start(None, date(2018, 10, 1), print) is None


def test_a_damaged_big_ledger_is_reported_and_not_copied(qtbot, tmp_path, monkeypatch):
    import tracker.ledger.file_checks

    monkeypatch.setattr(tracker.ledger.file_checks, "CHECK_AT_OPEN_BYTES", 0)  # as a big ledger: opens unchecked
    path = tmp_path / "ledger.sqlite3"
    with Ledger.open(path) as led:
        import_tasks(led, *[task(f"任务{i}", text="正文" * 400) for i in range(40)])
        leaves = [r[0] for r in led.db.execute("SELECT pageno FROM dbstat WHERE name='tasks' AND pagetype='leaf'")]
    data = bytearray(path.read_bytes())
    for page in leaves:
        data[(page - 1) * 4096:page * 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))
    copy, error = run(qtbot, path)
    assert copy is None and "台账文件已损坏" in error and "从备份恢复" in error
    assert not (tmp_path / "backups" / "daily-20181001.sqlite3").exists()
