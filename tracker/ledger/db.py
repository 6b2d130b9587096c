"""The ledger's connection, with sqlite-utils loaded only when its table helpers are used.

``import sqlite_utils`` and ``Database(conn)`` cost tens of milliseconds (click, pluggy,
the date parser, a scan of installed packages' entry points), more than a command
about one task needs in all. Reads go straight to ``sqlite3``; ``db["table"]`` and
anything else of sqlite-utils' ``Database`` build it on first use.
"""

from __future__ import annotations

import sqlite3


class LedgerDB:
    """``execute`` and ``conn`` directly; the rest of sqlite-utils' ``Database`` on demand."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """Run one statement (as ``Database.execute``)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def insert(self, table: str, record: dict) -> int:
        """Insert one row (``{column: value}``) into ``table``; returns its rowid. The
        one write of a tick needs no sqlite-utils."""
        cols = ", ".join(f"[{c}]" for c in record)
        marks = ", ".join("?" * len(record))
        return self.conn.execute(f"INSERT INTO [{table}] ({cols}) VALUES ({marks})", list(record.values())).lastrowid

    def table_names(self) -> list[str]:
        """Names of the tables in the file."""
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]

    @property
    def utils(self):
        """The sqlite-utils ``Database`` over the same connection (made once, when needed)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def __getitem__(self, name: str):
        return self.utils[name]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.utils, name)
