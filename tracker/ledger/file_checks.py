"""What the ledger asks of its file before and while it uses it, by ``stat`` and SQLite
alone (see the one rule for the file in :mod:`tracker.ledger`): whether a path is an
existing file, the ledger itself or on read-only media, whether it is small enough to be
whole-checked at every open, the check, and SQLite's errors in Chinese."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from tracker.errors import LedgerError

# Files up to this size (a few hundred tasks) are still whole-checked at every open: at
# about 10 ms a megabyte that stays within a few milliseconds.
CHECK_AT_OPEN_BYTES = 1 << 20


def existing_file(path: Path) -> bool:
    """True for a non-empty regular file; LedgerError for a folder or an unreadable path.

    Only ``stat`` is used: it opens no descriptor, so it is safe beside a connection.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise LedgerError(f"无法访问台账文件：{path}（{exc.strerror}）") from None
    if stat.S_ISDIR(st.st_mode):
        raise LedgerError(f"这是一个文件夹，不是台账文件：{path}。请选择台账文件（.sqlite3）。")
    return st.st_size > 0


def is_ledger_file(path: str | Path, ledger_path: str | Path | None) -> bool:
    """True when ``path`` names the ledger at ``ledger_path`` or its -wal/-shm/-journal.

    Asked before a program reads a file it was handed (a document to import, an
    attachment): reading the ledger itself would close a descriptor of it and drop
    this process's locks. Uses ``stat`` only.
    """
    if ledger_path is None:
        return False
    path, ledger_path = Path(path), Path(ledger_path)
    for name in (ledger_path, *(Path(f"{ledger_path}{s}") for s in ("-wal", "-shm", "-journal"))):
        try:
            if path.resolve() == name.resolve() or (path.exists() and name.exists() and os.path.samefile(path, name)):
                return True
        except OSError:
            continue
    return False


def on_read_only_media(path: Path) -> bool:
    """True when neither the file nor its folder can be written (read-only media or mount)."""
    return not os.access(path, os.W_OK) and not os.access(path.parent, os.W_OK)


def checked_at_open(path: Path) -> bool:
    """True for a file whole-checked at every open: ``quick_check`` reads every page, so
    a command about one task would cost time in proportion to the ledger. Bigger files
    are checked where the cost is paid once (``Ledger.check``: before every backup,
    daily, at the app's start in the background), and damage met on any read is
    translated to the same message (``translate``)."""
    try:
        return path.stat().st_size <= CHECK_AT_OPEN_BYTES
    except OSError:
        return True


def quick_check(conn: sqlite3.Connection, path: Path | None) -> None:
    """Refuse a damaged file rather than failing on some later read."""
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from None
    if result != "ok":
        raise LedgerError(f"台账文件已损坏：{path}。请从备份恢复（文件 > 备份与恢复）；文件未作任何改动。")


def translate_known(exc: sqlite3.DatabaseError, path: Path | None) -> LedgerError | None:
    """A Chinese LedgerError for file-level failures (full, read-only, busy, damaged), else None."""
    msg = str(exc).lower()
    where = f"：{path}" if path else ""
    if "readonly" in msg or "read-only" in msg:
        return LedgerError(f"台账文件是只读的，无法保存更改{where}。请检查文件权限或另存一份。")
    if "disk is full" in msg:
        return LedgerError(f"磁盘空间已满，更改未保存{where}。请清理磁盘后重试，已有数据未受影响。")
    if "locked" in msg or "busy" in msg:
        return LedgerError(f"台账文件正被其他程序占用，请稍后再试{where}。")
    if "not a database" in msg:
        # SQLite's own verdict (SQLITE_NOTADB): the header is not an SQLite one, or damaged.
        return LedgerError(f"该文件不是督办台账文件（不是 SQLite 数据库，或文件头已损坏）{where}。文件未作任何改动；"
                           "如确是台账，请从备份恢复（文件 > 备份与恢复）。")
    if "malformed" in msg or "corrupt" in msg:
        return LedgerError(f"台账文件已损坏{where}。请从备份恢复（文件 > 备份与恢复）。")
    if "disk i/o error" in msg:
        return LedgerError(f"读写台账文件时出错（磁盘故障或空间不足），更改未保存{where}。")
    if "unable to open" in msg:
        return LedgerError(f"无法打开台账文件{where}。")
    return None


def translate(exc: sqlite3.DatabaseError, path: Path | None) -> LedgerError:
    """The Chinese LedgerError for an SQLite error met anywhere on the ledger (damage
    found by a read says 台账文件已损坏, as the check at open does)."""
    where = f"：{path}" if path else ""
    return translate_known(exc, path) or LedgerError(f"台账文件出错{where}（{exc}）。")
