"""Consistent copies of the ledger through SQLite's backup API.

Copies live in ``backups/`` beside the ledger: ``daily-YYYYMMDD.sqlite3`` (at most one a
day, the last 14 kept) and ``<reason>-YYYYMMDD-HHMMSS-ffffff.sqlite3`` before imports,
migrations and restores (the last 10 of each reason kept); ``manual-…`` copies made on
request are never pruned. ``restore`` writes a checked backup back into the live file
through the same API, so connections that have the ledger open see the restored data.
Every copy also copies the ledger's 佐证材料 into ``attachments/<sha256>`` beside it (each
content once); a restore brings back those the restored ledger lists and the folder lacks.
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


def _prune(folder: Path, prefix: str, keep: int) -> None:
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
    ledger.check()  # the day's whole-file check: damage is found and said once a day
    copy_database(ledger.db.conn, target)
    _copy_attachments(ledger.db.conn, ledger.path, target)
    _prune(folder, "daily", KEEP_DAILY)
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
        conn = _connect_ro(ledger_path)
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


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _task_count(path: Path) -> int | None:
    try:
        conn = _connect_ro(path)
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
        conn = _connect_ro(path)
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
        src = _connect_ro(ledger_path)
        try:
            copy_database(src, saved)
        finally:
            src.close()
        _prune(saved.parent, "restore", KEEP_BEFORE)
        _restore_in_place(source, ledger_path)
    from tracker.ledger.attachments import restore_files

    restore_files(source, ledger_path)
    return saved


class _Busy(Exception):
    """The live ledger stayed locked by another program's write."""


def _readable(path: Path) -> bool:
    """True when SQLite can read ``path`` as an intact database."""
    try:
        conn = _connect_ro(path)
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

    src = _connect_ro(source)
    dst = sqlite3.connect(str(ledger_path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.backup(dst, progress=refuse_when_busy)
    except _Busy:
        raise LedgerError(f"台账正被占用：{ledger_path}。另一个程序正在修改台账，请等它完成（或关闭它）后再恢复；"
                          "台账未作任何改动。") from None
    except sqlite3.Error as exc:
        from tracker.ledger import _translate

        raise _translate(exc, ledger_path) from None
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
    src = _connect_ro(source)
    try:
        copy_database(src, tmp)
    finally:
        src.close()
    try:
        os.replace(tmp, ledger_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise LedgerError(f"无法写入台账文件 {ledger_path}（{exc.strerror}），未能恢复。") from None
