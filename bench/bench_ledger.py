"""Ledger benchmark: build ledgers of 10,000 and 100,000 tasks and time ``tracker list``.

Each task has 5 units and 1–3 milestones. Prints file size, build time, and the
whole-process time of ``python -m tracker list --due-within 30`` (median of 5).
Goal: ≤ 0.3 s at 10,000 tasks.

    python bench/bench_ledger.py [--sizes 10000 100000]
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

from tracker.ledger import Ledger  # noqa: E402
from tracker.ledger.importer import import_contract  # noqa: E402

AS_OF = date(2018, 12, 20)
UNITS = [f"市第{i}局" for i in range(1, 41)] + ["各县（市、区）政府", "市属开发区管委会"]


def make_contract(n: int, doc_index: int, rng: random.Random) -> dict:
    """One document with ``n`` synthetic tasks."""
    doc_no = f"基准发〔2018〕{doc_index}号"
    tasks = []
    for i in range(n):
        due = AS_OF + timedelta(days=rng.randint(-200, 900))
        units = rng.sample(UNITS, 5)
        miles = [{"due": (due - timedelta(days=90 * k)).isoformat(), "text": f"阶段{k}"}
                 for k in range(rng.randint(1, 3) - 1, 0, -1)]
        tasks.append({
            "doc_no": doc_no, "title": f"第{doc_index}-{i}项重点任务：推进某项工作落实", "text": "任务正文。" * 8,
            "units": [{"name": u, "role": "lead" if k == 0 else "support"} for k, u in enumerate(units)],
            "deadline": due.isoformat(), "deadline_text": f"{due.year}年{due.month}月底前",
            "recurrence": None, "milestones": miles,
        })
    return {"documents": [{"doc_no": doc_no, "title": f"关于印发基准方案{doc_index}的通知", "issued": "2018-09-01"}],
            "tasks": tasks}


def build(path: Path, n: int) -> float:
    """Build a ledger of ``n`` tasks in documents of 500 tasks; returns seconds."""
    rng = random.Random(n)
    start = time.perf_counter()
    with Ledger.open(path) as ledger:
        for d in range(0, n, 500):
            import_contract(ledger, make_contract(min(500, n - d), d // 500 + 1, rng),
                            source_name="bench", as_of=AS_OF, now="2018-10-01T09:00:00")
    return time.perf_counter() - start


def time_list(path: Path, runs: int = 5) -> float:
    """Median whole-process time of ``python -m tracker list --due-within 30``."""
    env = dict(os.environ, TRACKER_DB=str(path))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tracker", "list", "--due-within", "30", "--as-of", AS_OF.isoformat()],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"bench-{n}.sqlite3"
            secs = build(path, n)
            size = path.stat().st_size / 1e6
            listed = time_list(path)
            print(f"{n:>7} tasks: file {size:.1f} MB, build {secs:.1f} s, "
                  f"`tracker list --due-within 30` {listed * 1000:.0f} ms (median of 5)")


if __name__ == "__main__":
    main()
