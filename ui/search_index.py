"""Building the card list's search texts off the GUI thread.

For 100,000 tasks the texts (title, text, 文号 and unit names, NFKC and lower case) take
about a second to build, mostly Unicode normalisation: a ``QThreadPool`` worker builds
them as plain data over its own read-only connection right after the first paint, and
hands the dict to the GUI thread, which alone touches the card model.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)
SWITCH_INTERVAL_S = 0.0005
_NORMAL_INTERVAL_S = sys.getswitchinterval()
_running = 0
_running_lock = threading.Lock()
_alive: set = set()   # workers between start and their last signal (their signals object too)


def _switch_often(start: bool) -> None:
    """A short GIL switch interval while any worker runs, the usual one after."""
    global _running
    with _running_lock:
        _running += 1 if start else -1
        sys.setswitchinterval(SWITCH_INTERVAL_S if _running else _NORMAL_INTERVAL_S)


class SearchIndexSignals(QObject):
    """Signals of one worker (a QRunnable cannot emit); delivered queued to the GUI thread."""

    built = Signal(int, object)     # generation, {task id: search text} or None on failure


class SearchIndexWorker(QRunnable):
    """Reads every task's search text from the ledger file at ``path``."""

    def __init__(self, path: Path, generation: int):
        super().__init__()
        self.path = Path(path)
        self.generation = generation
        self.signals = SearchIndexSignals()
        _alive.add(self)

    def run(self) -> None:
        from tracker.ledger import Ledger

        # While this thread holds the GIL, every call from Qt into Python on the GUI
        # thread (a row's data, a paint) waits for it to switch: switch more often.
        _switch_often(True)
        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                texts = ledger.status.search_texts()
            finally:
                ledger.close()
        except Exception:  # noqa: BLE001 - the GUI thread then builds the texts itself
            log.exception("building the search texts failed for %s", self.path)
            texts = None
        finally:
            _switch_often(False)
        try:
            self.signals.built.emit(self.generation, texts)
        finally:
            _alive.discard(self)
