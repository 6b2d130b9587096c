"""Restoring a backup: ``check_ledger_file`` says whether a file is an intact ledger this
program can read; ``restore`` writes a checked backup back into the live file through
SQLite's backup API, so connections that have the ledger open see the restored data, and
brings back the 佐证材料 the restored ledger lists and the attachments folder lacks.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from tracker.backup import KEEP_BEFORE, backup_dir_for, connect_ro, copy_database, prune
from tracker.errors import LedgerError


def check_ledger_file(path: Path) -> int:
    """Check that ``path`` is an intact ledger this program can read; returns its task count.

    Raises LedgerError (in Chinese) for a missing file, a file that is not a ledger, a
    damaged one, or one written by a newer program. Never writes to ``path``.
    """
    from tracker.ledger import schema
    from tracker.ledger.db import LedgerDB

    path = Path(path)
    if path.is_dir():
        raise LedgerError(f"这是一个文件夹，不是备份文件：{path}")
    if not path.is_file():
        raise LedgerError(f"找不到备份文件：{path}")
    try:
        conn = connect_ro(path)
    except sqlite3.Error:
        raise LedgerError(f"无法打开文件：{path}") from None
    try:
        if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
            raise LedgerError(f"该备份文件已损坏，不能用于恢复：{path}")
        db = LedgerDB(conn)
        if not {"tasks", "progress_events", "documents"} <= set(db.table_names()):
            raise LedgerError(f"该文件不是督办台账文件：{path}")
        schema.check_version(db)
        return conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        # SQLite says whether this is a database at all (SQLITE_NOTADB): the file is
        # never read by other means, as it may be the live ledger itself.
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise LedgerError(f"该文件不是督办台账文件（不是 SQLite 数据库，或已损坏），不能用于恢复：{path}") from None
        raise LedgerError(f"该备份文件已损坏，不能用于恢复：{path}") from None
    finally:
        conn.close()


def restore(ledger_path: Path, source: Path, *, now: datetime | None = None) -> Path | None:
    """Put the backup ``source`` in place of the ledger at ``ledger_path``.

    The backup is checked first (integrity, known schema) and the current ledger is
    copied to ``backups/restore-…``. The data is then written into the live file through
    the backup API, so programs that have it open see the restored ledger at their next
    read. When another program holds a write for longer than the busy timeout, the
    restore is refused ("台账正被占用"): the file is never swapped under a program that
    is writing to it. A file SQLite cannot read (damaged, not a database) is moved aside
    as the ``restore-…`` copy and replaced. Returns the path of the copy of the replaced
    ledger (None if there was no ledger file).

    Only SQLite, ``stat`` and renames touch the ledger: this runs inside the app, which
    holds a connection (see ``tracker.ledger``).
    """
    ledger_path, source = Path(ledger_path), Path(source)
    check_ledger_file(source)
    if ledger_path.exists() and source.resolve() == ledger_path.resolve():
        raise LedgerError("不能用台账文件本身来恢复，请选择一个备份文件。")
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    saved = None
    if not (ledger_path.exists() and ledger_path.stat().st_size > 0):
        _restore_by_replace(source, ledger_path)
    elif not _readable(ledger_path):
        saved = backup_dir_for(ledger_path) / f"restore-{stamp}.sqlite3"
        _set_aside(ledger_path, saved)
        _restore_by_replace(source, ledger_path)
    else:
        saved = backup_dir_for(ledger_path) / f"restore-{stamp}.sqlite3"
        src = connect_ro(ledger_path)
        try:
            copy_database(src, saved)
        finally:
            src.close()
        prune(saved.parent, "restore", KEEP_BEFORE)
        _restore_in_place(source, ledger_path)
    from tracker.ledger.attachments import restore_files

    restore_files(source, ledger_path)
    return saved


class _Busy(Exception):
    """The live ledger stayed locked by another program's write."""


def _readable(path: Path) -> bool:
    """True when SQLite can read ``path`` as an intact database."""
    try:
        conn = connect_ro(path)
        try:
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LedgerError(f"台账正被占用：{path}。请关闭正在修改台账的程序（或等它完成）后再恢复；台账未作任何改动。") from None
        return False


def _restore_in_place(source: Path, ledger_path: Path) -> None:
    from tracker.ledger import BUSY_TIMEOUT_MS

    def refuse_when_busy(status, remaining, total):
        # Each step waits the busy timeout for the write lock; SQLITE_BUSY after that
        # means another program is still writing: stop instead of retrying forever.
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise _Busy

    src = connect_ro(source)
    dst = sqlite3.connect(str(ledger_path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.backup(dst, progress=refuse_when_busy)
    except _Busy:
        raise LedgerError(f"台账正被占用：{ledger_path}。另一个程序正在修改台账，请等它完成（或关闭它）后再恢复；"
                          "台账未作任何改动。") from None
    except sqlite3.Error as exc:
        from tracker.ledger import translate

        raise translate(exc, ledger_path) from None
    finally:
        dst.close()
        src.close()


def _set_aside(ledger_path: Path, saved: Path) -> None:
    """Move a ledger SQLite cannot read (and its -wal) to ``saved``: kept, never opened."""
    saved.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(ledger_path, saved)
        wal = Path(f"{ledger_path}-wal")
        if wal.exists():
            os.replace(wal, Path(f"{saved}-wal"))
        Path(f"{ledger_path}-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise LedgerError(f"无法先移开损坏的台账（{exc.strerror}），未进行恢复。") from None


def _restore_by_replace(source: Path, ledger_path: Path) -> None:
    tmp = ledger_path.with_name(ledger_path.name + ".restoring")
    src = connect_ro(source)
    try:
        copy_database(src, tmp)
    finally:
        src.close()
    try:
        os.replace(tmp, ledger_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise LedgerError(f"无法写入台账文件 {ledger_path}（{exc.strerror}），未能恢复。") from None
