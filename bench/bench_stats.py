"""Statistics benchmark: per-unit 按期办结率 for a month and a year on ledgers of 10,000 and
100,000 tasks (the ledgers of ``bench_ledger.py``, with a third of the cells past due ticked).

Prints the median in-process time of ``build_stats`` (what the 统计 view's worker and the
monthly 通报 run) and of the whole ``tracker report --month`` process writing HTML.

    python bench/bench_stats.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ledger import AS_OF, build  # noqa: E402

from tracker.ledger import Ledger  # noqa: E402
from tracker.report.stats import Period, build_stats  # noqa: E402


def tick_some(path: Path) -> int:
    """Tick a third of the cells due by AS_OF, some on time and some late, in one transaction."""
    rng = random.Random(7)
    n = 0
    with Ledger.open(path) as ledger:
        cells = ledger.db.execute("SELECT task_id, unit_id, milestone_id, due FROM cells WHERE due<=? AND done=0",
                                  [AS_OF.isoformat()]).fetchall()
        with ledger.transaction():
            for tid, uid, mid, due in cells:
                if rng.random() < 1 / 3:
                    day = min(AS_OF, date.fromisoformat(due) + timedelta(days=rng.randint(-10, 10)))
                    ledger.progress.tick(tid, uid, mid, by="bench", now=f"{AS_OF.isoformat()}T09:00:00",
                                         done_on=day)
                    n += 1
    return n


def time_stats(path: Path, period: Period, runs: int = 5) -> tuple[float, int]:
    with Ledger.open(path, read_only=True) as ledger:
        times, rows = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = len(build_stats(ledger, period, AS_OF).rows)
            times.append(time.perf_counter() - t0)
    return statistics.median(times), rows


def time_report(path: Path, out: Path, runs: int = 3) -> float:
    env = dict(os.environ, TRACKER_DB=str(path))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tracker", "report", "--month", "2018-12", "--as-of",
                        AS_OF.isoformat(), "--html", str(out)], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"ledger-{n}.sqlite3"
            build(path, n)
            ticked = tick_some(path)
            month, units = time_stats(path, Period.month(2018, 12))
            year, _ = time_stats(path, Period.year(2018))
            report = time_report(path, Path(tmp) / "report.html")
            print(f"{n:>7} tasks, {ticked} cells ticked, {units} units: build_stats month {month * 1000:.0f} ms, "
                  f"year {year * 1000:.0f} ms; `tracker report --month` process {report:.2f} s")


if __name__ == "__main__":
    main()
