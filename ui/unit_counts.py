"""Counting each unit's open tasks off the GUI thread, for the filter panel's unit list.

At a million tasks the count reads every cell (about 2 s): a ``QThreadPool`` worker
counts over its own read-only connection and hands the plain dict to the GUI thread,
which alone fills the list (the cards are on screen and usable meanwhile).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ui import workers

log = logging.getLogger(__name__)


class UnitCountsWorker(workers.Worker):
    """Reads ``status.open_by_unit`` from the ledger file at ``path``; its result is
    (job number, {unit id: open tasks} or None on failure)."""

    def __init__(self, path: Path, job: int):
        super().__init__()
        self.path = Path(path)
        self.job = job

    def work(self) -> tuple:
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
        return self.job, counts
