"""The 统计 figures computed off the GUI thread (a worker with its own read-only
connection; only the GUI thread touches models)."""

from __future__ import annotations

import logging
from datetime import date

from tracker.errors import TrackerError
from tracker.report.stats import Period, build_stats
from ui import workers

log = logging.getLogger(__name__)


class StatsWorker(workers.Worker):
    """Computes a StatsReport over its own read-only connection to the ledger file, so a
    ledger of 100,000 tasks never freezes the window; only the GUI thread touches models.
    Its result is (generation, StatsReport or the Chinese error text)."""

    def __init__(self, path, generation: int, period: Period, as_of: date, units):
        super().__init__()
        self.path, self.generation, self.period, self.as_of, self.units = path, generation, period, as_of, units

    def work(self) -> tuple:
        from tracker.ledger import Ledger

        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                result = build_stats(ledger, self.period, self.as_of, units=self.units)
            finally:
                ledger.close()
        except TrackerError as exc:
            result = str(exc)
        except Exception as exc:  # noqa: BLE001 - the worker's last line of defence: logged, shown as a message
            log.exception("statistics of %s failed", self.path)
            result = f"统计失败（{type(exc).__name__}：{exc}）"
        return self.generation, result
