"""Backups: daily on start, before imports and migrations, pruning, listing, restore, CLI."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from ledger_helpers import NOW, import_tasks, task
from tracker import backup, backup_restore
from tracker.errors import LedgerError
from tracker.ledger import Ledger, schema

ROOT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path, prefix: str) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{prefix}-*.sqlite3"))


def test_daily_backup_on_start_once_a_day_and_keeps_14(ledger, db_path):
    import_tasks(ledger, task("一"))
    folder = db_path.parent / "backups"
    first = backup.on_start(ledger, date(2018, 10, 1))
    assert first == folder / "daily-20181001.sqlite3" and first.exists()
    assert backup.on_start(ledger, date(2018, 10, 1)) is None  # at most once a day
    for day in range(2, 21):
        assert backup.on_start(ledger, date(2018, 10, day)) is not None
    kept = names(folder, "daily")
    assert len(kept) == backup.KEEP_DAILY == 14
    assert kept[0] == "daily-20181007.sqlite3" and kept[-1] == "daily-20181020.sqlite3"
    assert backup.on_start(Ledger.memory(), date(2018, 10, 1)) is None


def test_backup_before_the_days_first_import_keeps_10(ledger, db_path):
    from tracker.ledger.importer import import_contract
    from ledger_helpers import AS_OF, contract

    folder = db_path.parent / "backups"
    import_tasks(ledger, task("首次"), doc_no="测发〔2018〕0号")
    assert names(folder, "import") == []  # an empty ledger has nothing to lose
    for i in range(1, 13):
        before = ledger.tasks.count()
        for k in range(2):  # the second import of a day takes no copy: one transaction suffices
            import_contract(ledger, contract(task(f"任务{i}-{k}"), doc_no=f"测发〔2018〕{i}-{k}号"),
                            source_name="t.txt", as_of=AS_OF, now=f"2018-10-{i:02d}T09:0{k}:00")
        newest = names(folder, "import")[-1]
        assert newest.startswith(f"import-201810{i:02d}-0900")
        conn = sqlite3.connect(folder / newest)
        assert conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == before  # the state before
        conn.close()
    assert len(names(folder, "import")) == backup.KEEP_BEFORE == 10
    assert len(names(folder, "restore")) == 0


def test_no_import_copy_on_a_day_with_a_daily_copy(ledger, db_path):
    from tracker.ledger.importer import import_contract
    from ledger_helpers import AS_OF, contract

    folder = db_path.parent / "backups"
    import_tasks(ledger, task("首次"), doc_no="测发〔2018〕0号")
    assert backup.on_start(ledger, date(2018, 10, 5)) is not None
    import_contract(ledger, contract(task("二"), doc_no="测发〔2018〕1号"), source_name="t.txt",
                    as_of=AS_OF, now="2018-10-05T10:00:00")
    assert names(folder, "import") == []


def test_a_damaged_ledger_is_not_copied_over_good_backups(ledger, db_path, monkeypatch):
    import tracker.ledger.file_checks

    monkeypatch.setattr(tracker.ledger.file_checks, "CHECK_AT_OPEN_BYTES", 0)  # as a big ledger: no check at open
    import_tasks(ledger, *[task(f"任务{i}", text="正文" * 400) for i in range(40)])
    ledger.close()
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096  # a page of task rows, not read by opening the file
    data[middle:middle + 4096] = bytes(range(256)) * 16
    db_path.write_bytes(bytes(data))
    with Ledger.open(db_path) as led:
        with pytest.raises(LedgerError, match="已损坏"):
            backup.on_start(led, date(2018, 10, 1))
    assert names(db_path.parent / "backups", "daily") == []


def test_backup_before_migration(db_path):
    with Ledger.open(db_path) as led:
        import_tasks(led, task("迁移前的任务"))

    def m900_test_column(db):
        db["tasks"].add_column("test_flag", int)

    schema._migration(m900_test_column)
    try:
        with Ledger.open(db_path) as led:
            assert "test_flag" in led.db["tasks"].columns_dict
        copies = list((db_path.parent / "backups").glob("migrate-*.sqlite3"))
        assert len(copies) == 1
        conn = sqlite3.connect(copies[0])
        cols = [r[1] for r in conn.execute("PRAGMA table_info(tasks)")]
        assert "test_flag" not in cols and conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 1
        conn.close()
    finally:
        schema._KNOWN.pop()


def test_list_backups_kinds_dates_and_task_counts(ledger, db_path):
    import_tasks(ledger, task("一"), task("二"))
    backup.on_start(ledger, date(2018, 10, 1))
    backup.backup_before(ledger, "import", now=datetime(2018, 10, 2, 9, 30))
    backup.backup_now(ledger, now=datetime(2018, 10, 3, 8, 0))
    folder = db_path.parent / "backups"
    (folder / "restore-20181004-100000-000000.sqlite3").write_bytes(b"garbage")
    got = backup.list_backups(db_path)
    assert [b.kind_zh for b in got] == ["恢复前", "手动", "导入前", "每日"]
    assert [b.taken for b in got] == [datetime(2018, 10, 4, 10), datetime(2018, 10, 3, 8),
                                      datetime(2018, 10, 2, 9, 30), datetime(2018, 10, 1)]
    assert [b.tasks for b in got] == [None, 2, 2, 2]
    assert backup.list_backups(db_path.parent / "elsewhere" / "x.sqlite3") == []


def test_restore_writes_into_the_live_file_and_keeps_a_copy(ledger, db_path):
    import_tasks(ledger, task("一"), task("二"))
    saved = backup.backup_now(ledger)
    import_tasks(ledger, task("三"), doc_no="测发〔2018〕9号")
    tid = ledger.tasks.ids()[0]
    ledger.progress.tick(tid, now=NOW)
    ledger.changed_elsewhere()
    pre = backup_restore.restore(db_path, saved)
    assert ledger.changed_elsewhere()  # the open app notices the restore
    assert ledger.tasks.count() == 2 and ledger.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 0
    assert pre.name.startswith("restore-") and backup_restore.check_ledger_file(pre) == 3
    ledger.progress.tick(tid, now=NOW)  # still usable
    with Ledger.open(db_path) as again:
        assert again.tasks.count() == 2
        assert again.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_bad_backups_and_leaves_ledger_untouched(ledger, db_path, tmp_path):
    import_tasks(ledger, task("一"))
    ledger.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db_path)
    text = tmp_path / "notes.sqlite3"
    text.write_text("不是数据库", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE songs (t TEXT)").connection.commit()
    newer = backup.backup_now(ledger, tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [schema.MIGRATION_SET, "m999_future", "2030-01-01"])
    conn.commit()
    conn.close()
    corrupt = backup.backup_now(ledger, tmp_path / "corrupt.sqlite3")
    data = bytearray(corrupt.read_bytes())
    data[4096 * 2:4096 * 3] = os.urandom(4096)  # garble a page past the header
    corrupt.write_bytes(bytes(data))
    cases = [(text, "不是督办台账"), (other, "不是督办台账"), (newer, "更新版本"), (corrupt, "损坏"),
             (tmp_path / "missing.sqlite3", "找不到"), (db_path, "台账文件本身")]
    for path, message in cases:
        with pytest.raises(LedgerError, match=message):
            backup_restore.restore(db_path, path)
    assert digest(db_path) == before
    assert not list((db_path.parent / "backups").glob("restore-*"))  # refused before copying anything
    assert ledger.tasks.count() == 1


def test_restore_over_a_damaged_ledger_replaces_the_file(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    with Ledger.open(db) as led:
        import_tasks(led, task("一"), task("二"))
        good = backup.backup_now(led, tmp_path / "good.sqlite3")
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    Path(f"{db}-wal").write_bytes(os.urandom(1000))
    with pytest.raises(LedgerError):
        Ledger.open(db)
    pre = backup_restore.restore(db, good)
    assert pre.exists() and pre.read_bytes()[:16] == b"SQLite format 3\x00"  # byte copy of the damaged file
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    with Ledger.open(db) as led:
        assert led.tasks.count() == 2


def run_cli(db, *args):
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")


def test_cli_backup_and_restore(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    r = run_cli(db, "backup")
    assert r.returncode == 4 and "不存在" in r.stderr
    with Ledger.open(db) as led:
        import_tasks(led, task("一"))
    r = run_cli(db, "backup", "--to", str(tmp_path / "copy.sqlite3"))
    assert r.returncode == 0 and "已备份到" in r.stdout
    r = run_cli(db, "backup")
    assert r.returncode == 0 and "manual-" in r.stdout
    with Ledger.open(db) as led:
        import_tasks(led, task("二"), doc_no="测发〔2018〕5号")
    r = run_cli(db, "restore", str(tmp_path / "copy.sqlite3"))
    assert r.returncode == 0, r.stderr
    assert "1 项任务" in r.stdout and "恢复前的台账已另存为" in r.stdout
    with Ledger.open(db) as led:
        assert led.tasks.count() == 1
    r = run_cli(db, "backup", "--list")
    assert "恢复前" in r.stdout and "手动" in r.stdout
    (tmp_path / "bad.txt").write_text("hello", encoding="utf-8")
    r = run_cli(db, "restore", str(tmp_path / "bad.txt"))
    assert r.returncode == 4 and "不是督办台账文件" in r.stderr and "Traceback" not in r.stderr


def test_backup_file_by_path(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    with pytest.raises(LedgerError, match="不存在"):
        backup.backup_file(db)
    with Ledger.open(db) as led:
        import_tasks(led, task("一"), task("二"))
        copy = backup.backup_file(db, now=datetime(2018, 10, 5, 8, 0))  # while the ledger is open
    assert copy.name == "manual-20181005-080000-000000.sqlite3"
    assert backup_restore.check_ledger_file(copy) == 2
    (tmp_path / "bad.sqlite3").write_bytes(b"x" * 100)
    with pytest.raises(LedgerError):
        backup.backup_file(tmp_path / "bad.sqlite3")
