"""Matching search words in SQL off the GUI thread, for a large ledger.

At a million tasks one search reads every task (about half a second): a ``QThreadPool``
worker runs ``card_order.search_task_ids`` over its own read-only connection and hands
the id set to the GUI thread, which alone touches the card models; the window keeps
answering the user (and typing) meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ui import workers

log = logging.getLogger(__name__)


class SearchWorker(workers.Worker):
    """The ids of the tasks holding every word, read from the ledger file at ``path``; its
    result is (job number, set of task ids or None on failure)."""

    def __init__(self, path: Path, words: list[str], job: int):
        super().__init__()
        self.path, self.words, self.job = Path(path), list(words), job

    def work(self) -> tuple:
        from tracker.ledger import Ledger
        from tracker.ledger.card_order import search_task_ids

        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                ids = search_task_ids(ledger, self.words)
            finally:
                ledger.close()
        except Exception:  # noqa: BLE001 - the GUI thread then searches itself
            log.exception("searching %s failed", self.path)
            ids = None
        return self.job, ids
