"""Consistent copies of the ledger through SQLite's backup API.

Copies live in ``backups/`` beside the ledger: ``daily-YYYYMMDD.sqlite3`` (at most one a
day, the last 14 kept) and ``<reason>-YYYYMMDD-HHMMSS-ffffff.sqlite3`` before imports,
migrations and restores (the last 10 of each reason kept); ``manual-…`` copies made on
request are never pruned. Every copy also copies the ledger's 佐证材料 into
``attachments/<sha256>`` beside it (each content once). Restoring a copy is
:mod:`tracker.backup_restore`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tracker.errors import LedgerError

KEEP_DAILY = 14
KEEP_BEFORE = 10
KIND_ZH = {"daily": "每日", "import": "导入前", "migrate": "迁移前", "restore": "恢复前", "manual": "手动"}
_STALE_PART_SECONDS = 3600
_PART = re.compile(r".+\.sqlite3(?:\.(\d+))?\.part$")   # <copy>.sqlite3.<pid>.part


def backup_dir_for(ledger_path: Path) -> Path:
    """The ``backups/`` folder beside a ledger file."""
    return ledger_path.parent / "backups"


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the open database ``conn`` to ``target`` (atomically).

    The copy is made as ``<target>.<pid>.part`` and renamed when complete; parts left by
    killed copies in the same folder are removed first (``sweep_parts``).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_parts(target.parent)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
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


def _copy_attachments(conn: sqlite3.Connection, ledger_path: Path, target: Path) -> None:
    """佐证材料 go with every copy: into ``attachments/`` beside it, once per content."""
    from tracker.ledger.attachments import backup_files

    backup_files(conn, ledger_path, target)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True   # someone else's process: alive
    return True


def sweep_parts(folder: Path) -> list[Path]:
    """Remove the ``.part`` files of copies cut short (the copying process was killed or the
    machine went down): a part whose process is gone, or older than an hour. Returns them."""
    removed = []
    for part in folder.glob("*.sqlite3*.part") if folder.is_dir() else []:
        m = _PART.match(part.name)   # only our own parts: a browser's download.part is not ours
        if m is None:
            continue
        try:
            stale = time.time() - part.stat().st_mtime > _STALE_PART_SECONDS
            if stale or (m.group(1) and not _alive(int(m.group(1)))):
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def prune(folder: Path, prefix: str, keep: int) -> None:
    """Delete all but the newest ``keep`` copies named ``prefix-…`` in ``folder``."""
    for old in sorted(folder.glob(f"{prefix}-*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)


def backup_before(ledger, reason: str, folder: Path | None = None, *, now: datetime | None = None,
                  once_a_day: bool = False) -> Path | None:
    """A copy before a risky change (``reason``: import, migrate, restore).

    ``once_a_day``: no copy when one of this reason, or the daily one, was taken on the
    same day (imports: a copy of a big ledger per document would write gigabytes; the
    import itself is one transaction). Returns the copy's path, or None.
    """
    if ledger.path is None:
        return None
    folder = folder or backup_dir_for(ledger.path)
    now = now or datetime.now()
    if once_a_day and (any(folder.glob(f"{reason}-{now:%Y%m%d}-*.sqlite3"))
                       or (folder / f"daily-{now:%Y%m%d}.sqlite3").exists()):
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    ledger.check()  # a damaged ledger must not push good copies out of the folder
    path = copy_database(ledger.db.conn, folder / f"{reason}-{stamp}.sqlite3")
    _copy_attachments(ledger.db.conn, ledger.path, path)
    prune(folder, reason, KEEP_BEFORE)
    return path


def daily_backup(ledger, today: date, folder: Path | None = None) -> Path | None:
    """The day's copy, taken once a day (on start); returns its path if one was made."""
    if ledger.path is None:
        return None
    folder = folder or backup_dir_for(ledger.path)
    target = folder / f"daily-{today:%Y%m%d}.sqlite3"
    if target.exists():
        return None
    ledger.check()  # the day's whole-file check: damage is found and said once a day
    copy_database(ledger.db.conn, target)
    _copy_attachments(ledger.db.conn, ledger.path, target)
    prune(folder, "daily", KEEP_DAILY)
    return target


def on_start(ledger, today: date) -> Path | None:
    """What the app does once it has opened a ledger: the day's backup if not yet taken.

    Returns the new copy's path, or None when today's copy exists (or in memory).
    Raises LedgerError if the copy cannot be written; the ledger itself is unaffected.
    """
    return daily_backup(ledger, today)


def backup_now(ledger, to: Path | None = None, *, now: datetime | None = None) -> Path:
    """A copy on request (立即备份, ``tracker backup``): to ``to`` or ``backups/manual-…``."""
    if to is None:
        if ledger.path is None:
            raise LedgerError("内存中的台账没有文件，无法备份。")
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
        to = backup_dir_for(ledger.path) / f"manual-{stamp}.sqlite3"
    to = Path(to)
    from tracker.ledger import is_ledger_file

    if is_ledger_file(to, ledger.path):
        raise LedgerError("备份文件不能是台账文件本身。")
    copy_database(ledger.db.conn, to)
    if ledger.path is not None:
        _copy_attachments(ledger.db.conn, ledger.path, to)
    return to


def backup_file(ledger_path: Path, to: Path | None = None, *, now: datetime | None = None) -> Path:
    """Like ``backup_now`` for a ledger named by its path (the backup dialog has no connection)."""
    ledger_path = Path(ledger_path)
    if not ledger_path.is_file():
        raise LedgerError(f"台账文件不存在：{ledger_path}")
    if to is None:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
        to = backup_dir_for(ledger_path) / f"manual-{stamp}.sqlite3"
    from tracker.ledger import is_ledger_file

    if is_ledger_file(to, ledger_path):
        raise LedgerError("备份文件不能是台账文件本身。")
    try:
        conn = connect_ro(ledger_path)
    except sqlite3.Error:
        raise LedgerError(f"无法打开台账文件：{ledger_path}") from None
    try:
        copy_database(conn, Path(to))
        _copy_attachments(conn, ledger_path, Path(to))
        return Path(to)
    finally:
        conn.close()


@dataclass
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    kind: str
    taken: datetime
    size: int
    tasks: int | None

    @property
    def kind_zh(self) -> str:
        """The kind as the dialog shows it (每日, 导入前, …)."""
        return KIND_ZH.get(self.kind, "其他")


def _taken(p: Path) -> datetime:
    """When a copy was taken: from its name (daily-YYYYMMDD, kind-YYYYMMDD-HHMMSS-ffffff)."""
    stamp = p.stem.split("-", 1)[1] if "-" in p.stem else ""
    for fmt in ("%Y%m%d-%H%M%S-%f", "%Y%m%d-%H%M%S", "%Y%m%d"):
        try:
            return datetime.strptime(stamp, fmt)
        except ValueError:
            continue
    return datetime.fromtimestamp(p.stat().st_mtime)


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only SQLite connection to ``path`` (the file is never written through it)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _task_count(path: Path) -> int | None:
    try:
        conn = connect_ro(path)
        try:
            return conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(ledger_path: Path) -> list[BackupInfo]:
    """Backups beside the ledger, newest first, with their task counts (None if unreadable)."""
    folder = backup_dir_for(Path(ledger_path))
    sweep_parts(folder)
    out = []
    for p in folder.glob("*.sqlite3") if folder.exists() else []:
        try:
            size = p.stat().st_size
        except OSError:  # pruned by another process meanwhile
            continue
        out.append(BackupInfo(p, p.stem.split("-", 1)[0], _taken(p), size, _task_count(p)))
    return sorted(out, key=lambda b: (b.taken, b.path.name), reverse=True)
