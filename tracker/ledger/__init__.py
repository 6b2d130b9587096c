"""The ledger: one SQLite file holding documents, tasks, units and every tick.

``Ledger`` is the one front object over the file, with a part per concern
(``.documents``, ``.units``, ``.tasks``, ``.progress``, ``.status``, ``.history``,
``.attachments``, ``.review_checks``), in the manner of a collection object over a database. Tests give it a
fresh temporary file.

The one rule for the file: touch the ledger, its ``-wal`` and its ``-shm`` ONLY through
SQLite in any process that may hold a connection to it. No ``open()``, read, hash, byte
copy, ``shutil``, rename or unlink of those files: on POSIX systems closing *any*
descriptor of a file drops *every* lock the process holds on it (SQLite's "How To
Corrupt An SQLite Database File", 2.2), so the process's own connection silently loses
its locks, another process then believes it is the last one, checkpoints and deletes
the ``-wal`` while this one still writes into it, and acknowledged work is lost. So:

- "not a database" is learnt from SQLite's first query (SQLITE_NOTADB), never by
  reading the header ourselves; ``os.stat``-style calls (exists, size, access) open no
  descriptor and are fine;
- copies go through the backup API (``tracker.backup``), never ``shutil``;
- nothing is changed in a file (not even switching it to WAL) before it is accepted.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from tracker.errors import LedgerError, TrackerError
from tracker.ledger import schema
from tracker.ledger.changes import Changes
from tracker.ledger.db import LedgerDB
from tracker.ledger.file_checks import (
    checked_at_open, existing_file, is_ledger_file, on_read_only_media, quick_check, translate, translate_known,
)

__all__ = ["Ledger", "Changes", "is_ledger_file", "translate"]

BUSY_TIMEOUT_MS = 10_000


# The parts, each made (and its module imported) on first use: a command about one task
# loads only the parts it touches.
_PARTS = {
    "documents": ("tracker.ledger.documents", "DocumentsPart"),
    "units": ("tracker.ledger.units", "UnitsPart"),
    "tasks": ("tracker.ledger.tasks", "TasksPart"),
    "progress": ("tracker.ledger.progress", "ProgressPart"),
    "status": ("tracker.ledger.status", "StatusPart"),
    "history": ("tracker.ledger.history", "HistoryPart"),
    "attachments": ("tracker.ledger.attachments", "AttachmentsPart"),
    "review_checks": ("tracker.ledger.review_checks", "ReviewChecksPart"),
}


class Ledger:
    """The ledger file and its parts (``.documents``, ``.units``, ``.tasks``, ``.progress``,
    ``.status``, ``.history``, ``.attachments``). Open with ``Ledger.open(path)``."""

    def __init__(self, db: LedgerDB, path: Path | None = None):
        self.db = db
        self.path = path
        self._seen_version: int | None = None
        self.read_only = False
        self.closed = False

    def __getattr__(self, name: str):
        if name not in _PARTS:
            raise AttributeError(name)
        import importlib

        module, cls = _PARTS[name]
        part = getattr(importlib.import_module(module), cls)(self)
        setattr(self, name, part)
        return part

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True, backup_dir: Path | None = None,
             read_only: bool = False) -> "Ledger":
        """Open (or create) the ledger at ``path``, migrating it after taking a copy.

        Raises ``LedgerError`` with a Chinese message for a file that is not a ledger,
        is damaged, comes from a newer program, or cannot be written; a refused file is
        left exactly as it was. ``read_only`` opens an existing, current ledger for
        viewing only (a file without write permission, read-only media); every change
        then raises LedgerError.
        """
        path = Path(path)
        existed = existing_file(path)
        if read_only or (existed and on_read_only_media(path)):
            return cls._open_read_only(path)
        if existed:
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
            db = LedgerDB(conn)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # Everything that can refuse the file runs before the first change to it
            # (WAL mode, migrations): a refused file is left as it was.
            pending = schema.check_version(db)
            fresh = not _is_ledger(db)
            if existed and pending and fresh and set(db.table_names()) - {"_sqlite_migrations"}:
                raise LedgerError(f"该文件不是督办台账文件：{path}。文件未作任何改动。")
            if existed and checked_at_open(path):
                quick_check(conn, path)
            _configure(conn)
            ledger = cls(db, path)
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
            raise translate(exc, path) from None
        return ledger

    @classmethod
    def _open_read_only(cls, path: Path) -> "Ledger":
        if not existing_file(path):
            raise LedgerError(f"找不到台账文件：{path}")
        # On media nothing can change (a CD, a read-only mount) a WAL ledger cannot get
        # the -shm it needs: ``immutable`` reads the file without one.
        flags = "immutable=1" if on_read_only_media(path) else "mode=ro"
        conn = None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db = LedgerDB(conn)
            if schema.check_version(db) or not _is_ledger(db):
                raise LedgerError(f"该文件不是督办台账文件，或需要先升级结构才能打开：{path}。")
            if checked_at_open(path):
                quick_check(conn, path)
        except (sqlite3.DatabaseError, TrackerError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, TrackerError):
                raise
            raise translate(exc, path) from None
        ledger = cls(db, path)
        ledger.read_only = True
        return ledger

    @classmethod
    def memory(cls) -> "Ledger":
        """A throwaway in-memory ledger (for previews and tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db = LedgerDB(conn)
        _configure(conn)
        schema.apply(db)
        ledger = cls(db, None)
        ledger.units.load_defaults()
        return ledger

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self.closed = True
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
            raise translate(exc, self.path) from None
        try:
            yield
        except BaseException as exc:
            # SQLite may already have rolled back by itself (a full disk does that).
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Names resolved inside the rolled-back transaction must not stay cached.
            self.units.invalidate()
            known = translate_known(exc, self.path) if isinstance(exc, sqlite3.DatabaseError) else None
            if known is None:
                raise
            raise known from None
        try:
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate(exc, self.path) from None

    def check(self) -> None:
        """The whole-file check (``PRAGMA quick_check``): LedgerError 台账文件已损坏 when
        any page is damaged. It reads every page, so it runs where that cost is paid
        once (before a backup, the day's first start of the app in the background),
        not on every open of a big file."""
        quick_check(self.db.conn, self.path)

    @contextmanager
    def scratch(self):
        """A transaction that is always rolled back: a read that needs derived rows (the
        recurring duties up to a far as-of date) makes them here and leaves the file as
        it was. A read never writes. On a read-only ledger it only reads."""
        conn = self.db.conn
        if self.read_only or conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise translate(exc, self.path) from None
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self.units.invalidate()

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``); LedgerError
        in Chinese when the file cannot be read (vanished, locked, damaged)."""
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise translate(exc, self.path) from None

    def changed_elsewhere(self) -> bool:
        """True once after another process committed to the file (polled by the app);
        cached look-ups are dropped so the next read sees the other process's work."""
        version = self.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.units.invalidate()
        return True

    def backup_before(self, reason: str, backup_dir: Path | None = None, **kw) -> Path | None:
        """Take a consistent copy before a risky change; returns its path (None in memory
        or when ``once_a_day`` finds today's copy; see ``tracker.backup.backup_before``)."""
        from tracker.backup import backup_before

        return backup_before(self, reason, backup_dir, **kw)

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


def _is_ledger(db: LedgerDB) -> bool:
    return "tasks" in db.table_names() and "progress_events" in db.table_names()


def now_iso() -> str:
    """Current local time as ISO text, for records made at the edges (who/when of a tick)."""
    return datetime.now().isoformat(timespec="seconds")
