"""The day's whole-file check and backup copy, off the GUI thread at the app's start.

``PRAGMA quick_check`` and the copy both read the whole ledger (seconds at a million
tasks), so the window is painted first and a ``QThreadPool`` worker does them over its
own read-only connection; a damaged ledger or a failed copy is said in the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ui import workers


class DailyCheckWorker(workers.Worker):
    """Checks the ledger at ``path`` whole and takes the day's copy (``backup.on_start``);
    its result is (the new copy's path or None, an error message or '')."""

    def __init__(self, path: Path, today: date):
        super().__init__()
        self.path, self.today = Path(path), today

    def work(self) -> tuple:
        from tracker.backup import on_start
        from tracker.errors import TrackerError
        from tracker.ledger import Ledger

        copy, error = None, ""
        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                copy = on_start(ledger, self.today)   # checks the file whole before copying it
            finally:
                ledger.close()
        except TrackerError as exc:
            error = str(exc)
        return copy, error


def start(path: Path | None, today: date, on_finished) -> DailyCheckWorker | None:
    """Run the day's check and copy of the ledger at ``path`` on the global thread pool;
    ``on_finished(copy, error)`` is called in the GUI thread. None for an in-memory ledger."""
    if path is None:
        return None
    worker = DailyCheckWorker(path, today)
    workers.start(worker, on_finished)
    return worker
