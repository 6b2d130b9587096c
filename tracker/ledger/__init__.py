"""The ledger: one SQLite file holding documents, tasks, units and every tick.

``Ledger`` is the one front object over the file, with a part per concern
(``.documents``, ``.units``, ``.tasks``, ``.progress``, ``.status``), in the manner of a
collection object over a database. Tests give it a fresh temporary file.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from tracker.errors import LedgerError, TrackerError
from tracker.ledger import schema
from tracker.ledger.changes import Changes
from tracker.ledger.documents import DocumentsPart
from tracker.ledger.progress import ProgressPart
from tracker.ledger.status import StatusPart
from tracker.ledger.tasks import TasksPart
from tracker.ledger.units import UnitsPart

__all__ = ["Ledger", "Changes"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class Ledger:
    """The ledger file and its parts. Open with ``Ledger.open(path)``."""

    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        self.documents = DocumentsPart(self)
        self.units = UnitsPart(self)
        self.tasks = TasksPart(self)
        self.progress = ProgressPart(self)
        self.status = StatusPart(self)
        self._seen_version: int | None = None
        self.read_only = False

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True, backup_dir: Path | None = None,
             read_only: bool = False) -> "Ledger":
        """Open (or create) the ledger at ``path``, migrating it after taking a copy.

        Raises ``LedgerError`` with a Chinese message for a file that is not a ledger,
        is damaged, comes from a newer program, or cannot be written. ``read_only``
        opens an existing, current ledger for viewing only (a file without write
        permission); every change then raises LedgerError.
        """
        path = Path(path)
        existed = path.exists() and path.stat().st_size > 0
        if read_only:
            return cls._open_read_only(path)
        if existed:
            check_header(path)
            if not os.access(path, os.W_OK):
                raise LedgerError(f"台账文件是只读的：{path}。可以只读方式打开查看，或检查文件权限；文件未作任何改动。")
        elif not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LedgerError(f"无法创建台账所在的文件夹：{path.parent}（{exc.strerror}）") from None
        conn = None
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            db = Database(conn)
            _configure(conn)
            if existed:
                _quick_check(conn, path)
            ledger = cls(db, path)
            pending = schema.check_version(db)
            fresh = not _is_ledger(db)
            if existed and pending and fresh and set(db.table_names()) - {"_sqlite_migrations"}:
                raise LedgerError(f"该文件不是督办台账文件：{path}。文件未作任何改动。")
            if pending and migrate:
                if not fresh:
                    ledger.backup_before("migrate", backup_dir)
                # One transaction for the schema and the default units: a crash while a
                # ledger is being created leaves an empty file, never half a ledger.
                with ledger.transaction():
                    schema.apply(db)
                    if fresh:
                        ledger.units.load_defaults()
        except (sqlite3.DatabaseError, TrackerError) as exc:
            if conn is not None:
                conn.close()  # a refused file must not stay locked by a stray connection
            if isinstance(exc, TrackerError):
                raise
            raise _translate(exc, path) from None
        return ledger

    @classmethod
    def _open_read_only(cls, path: Path) -> "Ledger":
        if not (path.exists() and path.stat().st_size > 0):
            raise LedgerError(f"找不到台账文件：{path}")
        check_header(path)
        conn = None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _quick_check(conn, path)
            db = Database(conn)
            if schema.check_version(db) or not _is_ledger(db):
                raise LedgerError(f"该文件不是督办台账文件，或需要先升级结构才能打开：{path}。")
        except (sqlite3.DatabaseError, TrackerError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, TrackerError):
                raise
            raise _translate(exc, path) from None
        ledger = cls(db, path)
        ledger.read_only = True
        return ledger

    @classmethod
    def memory(cls) -> "Ledger":
        """A throwaway in-memory ledger (for previews and tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db = Database(conn)
        _configure(conn)
        schema.apply(db)
        ledger = cls(db, None)
        ledger.units.load_defaults()
        return ledger

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self.db.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- transactions --------------------------------------------------------------
    @contextmanager
    def transaction(self):
        """One user action: ``BEGIN IMMEDIATE`` … ``COMMIT`` (nested calls join it).

        IMMEDIATE takes the write lock up front, so two processes writing at once wait
        for each other (busy timeout) instead of failing on a lock upgrade.
        """
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _translate(exc, self.path) from None
        try:
            yield
        except BaseException as exc:
            # SQLite may already have rolled back by itself (a full disk does that).
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Names resolved inside the rolled-back transaction must not stay cached.
            self.units.invalidate()
            known = _translate_known(exc, self.path) if isinstance(exc, sqlite3.DatabaseError) else None
            if known is None:
                raise
            raise known from None
        try:
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _translate(exc, self.path) from None

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def changed_elsewhere(self) -> bool:
        """True once after another process committed to the file (polled by the app);
        cached look-ups are dropped so the next read sees the other process's work."""
        version = self.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.units.invalidate()
        return True

    def backup_before(self, reason: str, backup_dir: Path | None = None) -> Path | None:
        """Take a consistent copy before a risky change; returns its path (None in memory)."""
        from tracker.backup import backup_before

        return backup_before(self, reason, backup_dir)

    def name(self) -> str:
        """A short name for headings: the file's stem."""
        return self.path.stem if self.path else "内存台账"


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    # WAL: readers never block the writer; FULL: an acknowledged tick survives power loss.
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode not in ("wal", "memory"):
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")


def _is_ledger(db: Database) -> bool:
    return "tasks" in db.table_names() and "progress_events" in db.table_names()


def check_header(path: Path) -> None:
    """Refuse (LedgerError) a file that cannot be read or is no SQLite database at all."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise LedgerError(f"无法读取台账文件：{path}（{exc.strerror}）") from None
    if head != _SQLITE_MAGIC:
        raise LedgerError(f"该文件不是督办台账文件（也不是 SQLite 数据库）：{path}。文件未作任何改动。")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file up front rather than failing on some later read."""
    result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        raise LedgerError(f"台账文件已损坏：{path}。请从备份恢复（文件 > 备份与恢复）；文件未作任何改动。")


def _translate_known(exc: sqlite3.DatabaseError, path: Path | None) -> LedgerError | None:
    """A Chinese LedgerError for file-level failures (full, read-only, busy, damaged), else None."""
    msg = str(exc).lower()
    where = f"：{path}" if path else ""
    if "readonly" in msg or "read-only" in msg:
        return LedgerError(f"台账文件是只读的，无法保存更改{where}。请检查文件权限或另存一份。")
    if "disk is full" in msg:
        return LedgerError(f"磁盘空间已满，更改未保存{where}。请清理磁盘后重试，已有数据未受影响。")
    if "locked" in msg or "busy" in msg:
        return LedgerError(f"台账文件正被其他程序占用，请稍后再试{where}。")
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return LedgerError(f"台账文件已损坏{where}。请从备份恢复（文件 > 备份与恢复）。")
    if "disk i/o error" in msg:
        return LedgerError(f"读写台账文件时出错（磁盘故障或空间不足），更改未保存{where}。")
    if "unable to open" in msg:
        return LedgerError(f"无法打开台账文件{where}。")
    return None


def _translate(exc: sqlite3.DatabaseError, path: Path | None) -> LedgerError:
    where = f"：{path}" if path else ""
    return _translate_known(exc, path) or LedgerError(f"台账文件出错{where}（{exc}）。")


def now_iso() -> str:
    """Current local time as ISO text, for records made at the edges (who/when of a tick)."""
    return datetime.now().isoformat(timespec="seconds")
