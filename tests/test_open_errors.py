"""Opening the wrong file: a clear Chinese LedgerError, the file untouched, the program usable."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from ledger_helpers import NOW, import_tasks, task
from tracker.errors import LedgerError
from tracker.ledger import Ledger, schema


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def real_ledger(tmp_path):
    """A closed ledger file with a few tasks and ticks (WAL checkpointed into it)."""
    path = tmp_path / "real.sqlite3"
    with Ledger.open(path) as led:
        import_tasks(led, *[task(f"任务{i}", text="正文" * 400) for i in range(40)])
        for tid in led.tasks.ids()[:10]:
            led.progress.tick(tid, now=NOW)
    assert not Path(f"{path}-wal").exists()
    return path


def still_usable(tmp_path):
    """After a refusal the program goes on: another ledger opens and takes a tick."""
    with Ledger.open(tmp_path / "other.sqlite3") as led:
        import_tasks(led, task("别的任务"))
        led.progress.tick(led.tasks.ids()[0], now=NOW)
        assert led.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 1


def refused(path: Path, match: str, **kw) -> LedgerError:
    before = digest(path)
    with pytest.raises(LedgerError, match=match) as err:
        Ledger.open(path, **kw)
    assert digest(path) == before
    assert "Traceback" not in str(err.value) and "文件" in str(err.value)
    return err.value


def test_text_file_and_empty_looking_files(tmp_path):
    for name, data in [("notes.txt", "会议记录：这不是台账。".encode()), ("binary.bin", os.urandom(5000)),
                       ("fake.sqlite3", b"SQLite format 2\x00" + bytes(1000))]:
        p = tmp_path / name
        p.write_bytes(data)
        refused(p, "不是督办台账")
    still_usable(tmp_path)


@pytest.mark.parametrize("damage", ["truncate", "garble_pages", "garble_header", "zero_tail"])
def test_corrupt_ledger(real_ledger, tmp_path, damage):
    data = bytearray(real_ledger.read_bytes())
    assert len(data) > 8 * 4096
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garble_pages":
        rnd = __import__("random").Random(5)
        for page in (2, 3, len(data) // 4096 - 2):
            start = page * 4096
            data[start:start + 2000] = bytes(rnd.randrange(256) for _ in range(2000))
    elif damage == "garble_header":
        data[16:100] = os.urandom(84)  # page size, counters, schema cookie … after the magic
    else:
        data[len(data) - 3 * 4096:] = bytes(3 * 4096)
    real_ledger.write_bytes(bytes(data))
    err = refused(real_ledger, "损坏|不是督办台账|出错")
    assert "备份" in str(err) or "不是督办台账" in str(err) or "出错" in str(err)
    still_usable(tmp_path)


def test_corrupt_ledger_message_offers_backup(real_ledger):
    data = bytearray(real_ledger.read_bytes())
    data[4096: 4 * 4096] = bytes(range(256)) * 48  # b-tree pages, headers included
    real_ledger.write_bytes(bytes(data))
    err = refused(real_ledger, "损坏")
    assert "从备份恢复" in str(err)


def test_ledger_from_newer_version(real_ledger, tmp_path):
    conn = sqlite3.connect(real_ledger)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [schema.MIGRATION_SET, "m999_future", "2030-01-01"])
    conn.commit()
    conn.close()
    refused(real_ledger, "更新版本")
    with pytest.raises(LedgerError, match="升级"):
        Ledger.open(real_ledger, read_only=True)
    assert not list((tmp_path / "backups").glob("migrate-*"))
    still_usable(tmp_path)


def test_read_only_file_permission(real_ledger, tmp_path):
    real_ledger.chmod(0o444)
    try:
        if os.access(real_ledger, os.W_OK):
            pytest.skip("running as root: chmod 0o444 does not stop writes (read-only mode is tested below)")
        refused(real_ledger, "只读")
        with Ledger.open(real_ledger, read_only=True) as led:
            assert led.tasks.count() == 40
    finally:
        real_ledger.chmod(0o644)


def test_read_only_open_refuses_every_change(real_ledger, tmp_path):
    before = digest(real_ledger)
    with Ledger.open(real_ledger, read_only=True) as led:
        assert led.read_only and led.tasks.count() == 40
        assert len(led.status.rows(as_of=__import__("datetime").date(2018, 10, 1))) == 40
        tid = led.tasks.ids()[20]
        with pytest.raises(LedgerError, match="只读"):
            led.progress.tick(tid, now=NOW)
        with pytest.raises(LedgerError, match="只读"):
            led.tasks.edit(tid, title="改", by="甲", now=NOW)
        with pytest.raises(LedgerError, match="只读"):
            import_tasks(led, task("新任务"), doc_no="测发〔2018〕7号")
        assert led.tasks.count() == 40  # and reading still works after the refusals
    assert digest(real_ledger) == before
    with Ledger.open(real_ledger) as led:  # and it opens for writing again
        led.progress.tick(led.tasks.ids()[20], now=NOW)
    still_usable(tmp_path)


def test_full_disk_keeps_data_and_ledger_usable(real_ledger, tmp_path):
    led = Ledger.open(real_ledger)
    dump_before = list(led.db.conn.iterdump())
    pages = led.db.execute("PRAGMA page_count").fetchone()[0]
    led.db.execute(f"PRAGMA max_page_count={pages}")  # the disk is full: no page can be added
    big = [task(f"大任务{i}", text="很长的正文" * 2000) for i in range(20)]
    with pytest.raises(LedgerError, match="磁盘空间已满"):
        import_tasks(led, *big, doc_no="测发〔2018〕8号")
    assert not led.db.conn.in_transaction
    assert list(led.db.conn.iterdump()) == dump_before  # no half import
    with pytest.raises(LedgerError, match="磁盘空间已满"):
        for tid in led.tasks.ids()[10:]:  # ticks until a new page is needed
            led.progress.tick(tid, note="备注" * 500, now=NOW)
    assert led.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    led.db.execute(f"PRAGMA max_page_count={pages * 1000}")  # space freed
    import_tasks(led, *big, doc_no="测发〔2018〕8号")
    assert led.tasks.count() == 60
    led.close()
    still_usable(tmp_path)


def test_big_damaged_ledger_opens_at_constant_cost_and_reads_say_damaged(real_ledger, monkeypatch, capsys):
    """A big ledger is not whole-checked at every open; damage a command meets on a read
    still gets the message the open's check gives, and ``check`` finds it."""
    import tracker.ledger.file_checks
    from tracker.cli import main

    monkeypatch.setattr(tracker.ledger.file_checks, "CHECK_AT_OPEN_BYTES", 0)
    with Ledger.open(real_ledger) as led:
        leaves = [r[0] for r in led.db.execute("SELECT pageno FROM dbstat WHERE name='tasks' AND pagetype='leaf'")]
    data = bytearray(real_ledger.read_bytes())
    # Garble the task rows' pages: opening never reads them, listing the tasks does.
    for page in leaves:
        data[(page - 1) * 4096:page * 4096] = bytes(range(256)) * 16
    real_ledger.write_bytes(bytes(data))
    with Ledger.open(real_ledger) as led:
        with pytest.raises(LedgerError, match="台账文件已损坏.*从备份恢复"):
            led.check()
    code = main(["--db", str(real_ledger), "list", "--as-of", "2018-12-20"])
    err = capsys.readouterr().err
    assert code == 4 and "台账文件已损坏" in err and "Traceback" not in err
