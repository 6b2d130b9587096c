"""Consistent copies of the ledger through SQLite's backup API.

Copies live in ``backups/`` beside the ledger: ``daily-YYYYMMDD.sqlite3`` (at most one a
day, the last 14 kept) and ``<reason>-YYYYMMDD-HHMMSS.sqlite3`` before imports,
migrations and restores (the last 10 of each reason kept).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tracker.errors import LedgerError

KEEP_DAILY = 14
KEEP_BEFORE = 10


def backup_dir_for(ledger_path: Path) -> Path:
    """The ``backups/`` folder beside a ledger file."""
    return ledger_path.parent / "backups"


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the open database ``conn`` to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            conn.backup(dst)
        finally:
            dst.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise LedgerError(f"无法写入备份文件 {target}（{exc}）。台账本身未受影响。") from None
    return target


def _prune(folder: Path, prefix: str, keep: int) -> None:
    for old in sorted(folder.glob(f"{prefix}-*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)


def backup_before(ledger, reason: str, folder: Path | None = None, *, now: datetime | None = None) -> Path | None:
    """A copy before a risky change (``reason``: import, migrate, restore)."""
    if ledger.path is None:
        return None
    folder = folder or backup_dir_for(ledger.path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    path = copy_database(ledger.db.conn, folder / f"{reason}-{stamp}.sqlite3")
    _prune(folder, reason, KEEP_BEFORE)
    return path


def daily_backup(ledger, today: date, folder: Path | None = None) -> Path | None:
    """The day's copy, taken once a day (on start); returns its path if one was made."""
    if ledger.path is None:
        return None
    folder = folder or backup_dir_for(ledger.path)
    target = folder / f"daily-{today:%Y%m%d}.sqlite3"
    if target.exists():
        return None
    copy_database(ledger.db.conn, target)
    _prune(folder, "daily", KEEP_DAILY)
    return target


@dataclass
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    kind: str
    taken: datetime
    size: int
    tasks: int | None


def list_backups(ledger_path: Path) -> list[BackupInfo]:
    """Backups beside the ledger, newest first, with their task counts."""
    folder = backup_dir_for(ledger_path)
    out = []
    for p in folder.glob("*.sqlite3") if folder.exists() else []:
        kind = p.stem.split("-", 1)[0]
        try:
            conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
            tasks = conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            tasks = None
        st = p.stat()
        out.append(BackupInfo(p, kind, datetime.fromtimestamp(st.st_mtime), st.st_size, tasks))
    return sorted(out, key=lambda b: b.taken, reverse=True)
