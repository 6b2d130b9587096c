"""Issue 9's faults around the ledger file: restore beside a writing program, read-only
media, refused files left as they were, full disks, copies cut short."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ledger_helpers import NOW, import_tasks, task
from tracker import backup, backup_restore
from tracker.errors import LedgerError
from tracker.ledger import Ledger, schema

ROOT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def mount_tmpfs(tmp_path):
    """Mount a tiny tmpfs (root only): ``mount_tmpfs(size)`` → its folder; unmounted after."""
    mounted = []

    def mount(size: str = "64k") -> Path:
        where = tmp_path / f"mnt{len(mounted)}"
        where.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
        if r.returncode:
            pytest.skip("cannot mount a tmpfs here (needs root)")
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


# -- restore beside a program that is writing ------------------------------------------
HOLDER = """
import sys, time
sys.path.insert(0, sys.argv[2])
from tracker.ledger import Ledger
led = Ledger.open(sys.argv[1])
tid = led.tasks.ids()[0]
with led.transaction():
    led.progress.tick(tid, now="2018-10-02T09:00:00", by="holder")
    print("holding", flush=True)
    sys.stdin.readline()
print("committed", flush=True)
led.close()
"""


def test_restore_refuses_while_another_program_holds_a_write(db_path, tmp_path, monkeypatch):
    import tracker.ledger

    with Ledger.open(db_path) as led:
        import_tasks(led, task("一"), task("二"))
        good = backup.backup_now(led, tmp_path / "good.sqlite3")
        import_tasks(led, task("三"), doc_no="测发〔2018〕9号")
    monkeypatch.setattr(tracker.ledger, "BUSY_TIMEOUT_MS", 300)   # the 10 s wait, shortened
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), str(ROOT)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(LedgerError, match="台账正被占用"):
            backup_restore.restore(db_path, good)
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"   # its tick is acknowledged
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Ledger.open(db_path, read_only=True) as led:   # nothing swapped, the tick kept
        assert led.tasks.count() == 3
        assert led.db.execute("SELECT by FROM progress_events").fetchall() == [("holder",)]
        assert led.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_reaches_a_program_that_keeps_the_ledger_open(db_path, tmp_path):
    app = Ledger.open(db_path)
    import_tasks(app, task("一"))
    good = backup.backup_now(app, tmp_path / "good.sqlite3")
    import_tasks(app, task("二"), doc_no="测发〔2018〕9号")
    backup_restore.restore(db_path, good)
    assert app.tasks.count() == 1   # written into the live file: the app sees it
    app.progress.tick(app.tasks.ids()[0], now=NOW)
    app.close()
    with Ledger.open(db_path) as led:
        assert led.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 1


# -- read-only media -----------------------------------------------------------------
def test_ledger_on_read_only_media_opens_read_only(mount_tmpfs, capsys):
    media = mount_tmpfs("1m")
    db = media / "ledger.sqlite3"
    with Ledger.open(db) as led:
        import_tasks(led, task("光盘上的任务"))
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True)
    before = digest(db)
    with Ledger.open(db) as led:   # not refused: read-only, as the media is
        assert led.read_only and led.tasks.count() == 1
        with pytest.raises(LedgerError, match="只读"):
            led.progress.tick(led.tasks.ids()[0], now=NOW)
    from tracker.cli import main

    assert main(["--db", str(db), "list", "--as-of", "2018-12-20"]) == 0
    assert "光盘上的任务" in capsys.readouterr().out
    assert main(["--db", str(db), "tick", "1"]) == 4
    assert "只读" in capsys.readouterr().err
    assert digest(db) == before


# -- a refused file is left exactly as it was ----------------------------------------
def _delete_mode(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"   # the header's "not WAL" bytes


def test_refused_files_are_not_switched_to_wal(tmp_path):
    other = tmp_path / "music.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    _delete_mode(other)
    newer = tmp_path / "newer.sqlite3"
    with Ledger.open(newer) as led:
        import_tasks(led, task("一"))
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [schema.MIGRATION_SET, "m999_future", "2030-01-01"])
    conn.commit()
    conn.close()
    _delete_mode(newer)
    for path, message in ((other, "不是督办台账"), (newer, "更新版本")):
        before = digest(path)
        with pytest.raises(LedgerError, match=message) as err:
            Ledger.open(path)
        assert "未作任何改动" in str(err.value)
        assert digest(path) == before
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_folder_is_named_as_such(tmp_path):
    with pytest.raises(LedgerError, match="文件夹"):
        Ledger.open(tmp_path)
    with pytest.raises(LedgerError, match="文件夹"):
        Ledger.open(tmp_path, read_only=True)
    with pytest.raises(LedgerError, match="文件夹"):
        backup_restore.check_ledger_file(tmp_path)


# -- full disks ----------------------------------------------------------------------
def test_pdf_report_to_a_full_disk(mount_tmpfs, db_path, capsys):
    pytest.importorskip("PySide6")
    from ledger_helpers import AS_OF

    with Ledger.open(db_path) as led:
        import_tasks(led, *[task(f"任务{i}", text="正文" * 200) for i in range(30)])
    disk = mount_tmpfs("8k")
    target = disk / "周报.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "tracker", "--db", str(db_path), "report", "--as-of", AS_OF.isoformat(),
                        "--pdf", str(target)], cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 7, r.stderr
    assert "已写入" not in r.stdout and "无法写" in r.stderr and "Traceback" not in r.stderr
    assert list(disk.iterdir()) == []   # no truncated PDF, no temporary part


def test_pdf_renderer_refuses_an_incomplete_file(qapp, tmp_path, monkeypatch):
    """Without a tiny disk: Qt's writer loses the end of the file; the check notices."""
    from ui import report_pdf

    truncate = report_pdf._check_complete

    def check_after_truncating(pdf):
        data = pdf.read_bytes()
        pdf.write_bytes(data[: len(data) // 2])
        truncate(pdf)

    monkeypatch.setattr(report_pdf, "_check_complete", check_after_truncating)
    target = tmp_path / "r.pdf"
    with pytest.raises(report_pdf.ReportRenderError) as err:
        report_pdf.html_to_pdf("<p>周报</p>", target)
    assert err.value.exit_code == report_pdf.EXIT_WRITE and "磁盘" in str(err.value)
    assert list(tmp_path.iterdir()) == []


# -- copies cut short ------------------------------------------------------------------
def test_parts_of_killed_backups_are_swept(db_path, tmp_path):
    with Ledger.open(db_path) as led:
        import_tasks(led, task("一"))
    folder = backup.backup_dir_for(db_path)
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    killed = folder / f"manual-20181001-090000-000000.sqlite3.{dead.pid}.part"
    killed.write_bytes(b"x" * 10_000)
    running = folder / f"daily-20181001.sqlite3.{os.getpid()}.part"   # a copy in progress here
    running.write_bytes(b"y")
    old_style = folder / "import-20181001-090000-000000.sqlite3.part"
    old_style.write_bytes(b"z")
    os.utime(old_style, (1, 1))   # from long ago
    foreign = folder / "download.zip.part"   # not ours: never touched
    foreign.write_bytes(b"w")
    os.utime(foreign, (1, 1))
    infos = backup.list_backups(db_path)
    assert infos == []
    assert not killed.exists() and not old_style.exists()
    assert running.exists() and foreign.exists()
    with Ledger.open(db_path) as led:
        path = backup.backup_now(led)
    assert path.exists() and running.exists()


def test_a_killed_backup_process_leaves_nothing_behind(db_path, tmp_path):
    """SIGKILL a process in the middle of a big copy; the next program sweeps its part."""
    import signal

    with Ledger.open(db_path) as led:
        import_tasks(led, *[task(f"任务{i}", text="很长的正文" * 400) for i in range(400)])
    folder = backup.backup_dir_for(db_path)
    script = ("import sys, sqlite3; sys.path.insert(0, sys.argv[2]);"
              "from tracker import backup; from pathlib import Path;"
              "src = sqlite3.connect(sys.argv[1]);"
              "print('go', flush=True);"
              "[backup.copy_database(src, Path(sys.argv[3]) / f'manual-{i}.sqlite3') for i in range(1000)]")
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_path), str(ROOT), str(folder)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "go"
    import time

    deadline = time.monotonic() + 30
    while not list(folder.glob("*.part")) and time.monotonic() < deadline:
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    backup.list_backups(db_path)   # what the backup dialog and `backup --list` do
    assert list(folder.glob("*.part")) == []


def test_backup_onto_the_ledger_itself_is_refused(db_path):
    with Ledger.open(db_path) as led:
        import_tasks(led, task("一"))
        for target in (db_path, Path(f"{db_path}-wal")):
            with pytest.raises(LedgerError, match="台账文件本身"):
                backup.backup_now(led, target)
            with pytest.raises(LedgerError, match="台账文件本身"):
                backup.backup_file(db_path, target)
        assert led.tasks.count() == 1
