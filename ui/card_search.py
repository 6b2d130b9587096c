"""The card proxy's search words: matched in SQL (``card_order.search_task_ids``), at once
for a small ledger, on a worker (``ui.search_worker``) for a ledger file of over
``SEARCH_ON_WORKER_TASKS`` tasks, while the window keeps answering."""

from __future__ import annotations

import unicodedata

from ui import workers

# Above this many tasks (in a ledger file) the words are matched on a worker: the window
# keeps answering meanwhile and shows the other filters' rows until the matches arrive.
SEARCH_ON_WORKER_TASKS = 200_000


def normalize_query(text: str) -> list[str]:
    """Search words: NFKC, lower case, split on spaces (every word must match)."""
    return unicodedata.normalize("NFKC", text or "").lower().split()


class CardSearchMixin:
    """Part of ``CardProxy``: needs ``_source``, ``_words``, ``_typed``, ``_search_ids``,
    ``_search_job``, ``_waiting``, ``refilter``, ``filter_applied`` and the slot
    ``_search_found`` (a slot of the QObject itself: the worker's answer crosses threads)."""

    def set_search(self, text: str) -> None:
        words = normalize_query(text)
        if words != self._words or (text or "").split() != self._typed:
            self._words, self._typed = words, (text or "").split()
            self._drop_search()
            if self._words and self._search_elsewhere():
                # The rows shown stay until the matches arrive (then one re-filter).
                self.filter_applied.emit()
                return
            self.refilter()

    def search_waiting(self) -> bool:
        """True while a worker matches the words (the other filters apply meanwhile)."""
        return self._waiting

    def _search_elsewhere(self) -> bool:
        """Start (or keep) a worker matching the words for a large ledger file; False
        when the words are matched here and now."""
        ledger = self._source.ledger
        if ledger is None or ledger.path is None or self._source.task_count() <= SEARCH_ON_WORKER_TASKS:
            return False
        if not self._waiting:
            from ui.search_worker import SearchWorker

            self._search_job += 1
            self._waiting = True
            worker = SearchWorker(ledger.path, self._typed, self._search_job)
            workers.start(worker, self._search_found)
        return True

    def _drop_search(self) -> None:
        """The words' matches are out of date (new words, a reload): a running worker's
        answer is ignored."""
        self._search_ids = None
        self._search_job += 1
        self._waiting = False
