"""Helpers shared by the ledger commands: opening the ledger, the edges' clock, users."""

from __future__ import annotations

import getpass
import os
from datetime import date, datetime
from pathlib import Path

from tracker.errors import UsageError

MAX_ID = 2**63 - 1   # SQLite's largest integer


def open_ledger(args, *, writes: bool = True):
    """The ledger named by ``--db`` (created when missing).

    Commands that only read (``writes=False``) still work on a file the user may not
    write to: it is opened read-only instead of refused.
    """
    from tracker.ledger import Ledger

    path = Path(args.db)
    if not writes and path.is_file() and not os.access(path, os.W_OK):
        return Ledger.open(path, read_only=True)
    return Ledger.open(path)


def today() -> date:
    """The default as-of date, read here at the edge and passed into the core."""
    return date.today()


def now_iso() -> str:
    """The time recorded on events made from the command line."""
    return datetime.now().isoformat(timespec="seconds")


def user_name(explicit: str | None) -> str:
    """Who is acting: ``--by``, else the login name."""
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name: no variable, no passwd entry, no pwd module
        return ""


def task_id(ref: str) -> int:
    """A task reference on the command line: its number in the ledger (UsageError otherwise)."""
    try:
        number = int(str(ref).lstrip("#"))
    except ValueError:
        raise UsageError(f"任务编号应为数字：{ref}") from None
    if not 1 <= number <= MAX_ID:
        raise UsageError(f"任务编号超出范围：{ref}。请用 list 查看任务的编号。")
    return number
