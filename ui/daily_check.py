"""The day's whole-file check and backup copy, off the GUI thread at the app's start.

``PRAGMA quick_check`` and the copy both read the whole ledger (seconds at a million
tasks), so the window is painted first and a ``QThreadPool`` worker does them over its
own read-only connection; a damaged ledger or a failed copy is said in the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

_alive: set = set()  # workers between start and their last signal


class DailyCheckSignals(QObject):
    """Delivered queued to the GUI thread."""

    finished = Signal(object, str)   # the new copy's path (or None), an error message ('' when none)


class DailyCheckWorker(QRunnable):
    """Checks the ledger at ``path`` whole and takes the day's copy (``backup.on_start``)."""

    def __init__(self, path: Path, today: date):
        super().__init__()
        self.path, self.today = Path(path), today
        self.signals = DailyCheckSignals()
        _alive.add(self)

    def run(self) -> None:
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
        try:
            self.signals.finished.emit(copy, error)
        finally:
            _alive.discard(self)


def start(path: Path | None, today: date, on_finished) -> DailyCheckWorker | None:
    """Run the day's check and copy of the ledger at ``path`` on the global thread pool;
    ``on_finished(copy, error)`` is called in the GUI thread. None for an in-memory ledger."""
    if path is None:
        return None
    from PySide6.QtCore import QThreadPool

    worker = DailyCheckWorker(path, today)
    worker.signals.finished.connect(on_finished)
    QThreadPool.globalInstance().start(worker)
    return worker
