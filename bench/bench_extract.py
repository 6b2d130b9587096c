"""Extraction speed on the seed gazette.

Prints the in-process median of 20 runs of ``extract_text`` (goal: <= 100 ms) and the
whole-process times of ``python -m tracker extract SEED --json`` and of
``python -m tracker import SEED`` into a new ledger (interpreter start-up, imports and
reading included). Run from the project root:

    .venv/bin/python bench/bench_extract.py [SEED]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = ROOT.parent / "shared" / "seed" / "gazette-liaocheng-2018-09.txt"


def main() -> None:
    """Run the benchmark and print its figures."""
    sys.path.insert(0, str(ROOT))
    from tracker.extract import extract_text

    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED
    text = seed.read_text(encoding="utf-8-sig")
    extract_text(text)  # warm-up: imports and compiled patterns
    runs = []
    for _ in range(20):
        t0 = time.perf_counter()
        result = extract_text(text)
        runs.append(time.perf_counter() - t0)
    print(f"extract_text in-process: median {statistics.median(runs) * 1000:.1f} ms of 20 "
          f"({len(result.documents)} documents, {len(result.tasks)} tasks)")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tracker", "extract", str(seed), "--json"],
                          cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - t0
    print(f"python -m tracker extract --json: {elapsed * 1000:.0f} ms whole process (exit {proc.returncode})")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TRACKER_DB=str(Path(tmp) / "bench.sqlite3"))
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "tracker", "import", str(seed)],
                              cwd=ROOT, capture_output=True, env=env)
        elapsed = time.perf_counter() - t0
    print(f"python -m tracker import (new ledger): {elapsed * 1000:.0f} ms whole process (exit {proc.returncode})")


if __name__ == "__main__":
    main()
