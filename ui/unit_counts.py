"""Counting each unit's open tasks off the GUI thread, for the filter panel's unit list.

At a million tasks the count reads every cell (about 2 s): a ``QThreadPool`` worker
counts over its own read-only connection and hands the plain dict to the GUI thread,
which alone fills the list (the cards are on screen and usable meanwhile).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)
_alive: set = set()   # workers between start and their signal (their signals object too)


class UnitCountsSignals(QObject):
    """Signals of one worker (a QRunnable cannot emit); delivered queued to the GUI thread."""

    counted = Signal(int, object)     # job number, {unit id: open tasks} or None on failure


class UnitCountsWorker(QRunnable):
    """Reads ``status.open_by_unit`` from the ledger file at ``path``."""

    def __init__(self, path: Path, job: int):
        super().__init__()
        self.path = Path(path)
        self.job = job
        self.signals = UnitCountsSignals()
        _alive.add(self)

    def run(self) -> None:
        from tracker.ledger import Ledger

        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                counts = ledger.status.open_by_unit()
            finally:
                ledger.close()
        except Exception:  # noqa: BLE001 - the GUI thread then counts itself
            log.exception("counting the units' open tasks failed for %s", self.path)
            counts = None
        try:
            self.signals.counted.emit(self.job, counts)
        except RuntimeError:
            pass   # the app is closing: its signals object is gone, no one waits for the answer
        finally:
            _alive.discard(self)
