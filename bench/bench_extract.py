"""Extraction speed on the seed gazette, on many copies of it, and on one long document.

Prints, in-process (median and best of several runs of ``extract_text``):
- the seed (goal: <= 30 ms);
- the seed concatenated 1x, 10x and 50x (goal: time grows no worse than linearly);
- one document of 64, 256 and 1,024 tasks: the seed's first document's body repeated
  under its one header (goal: 1,024 tasks <= 200 ms, time per task at 1,024 at most
  1.5x that at 64 — no step compares every passage with every table row);
then the whole-process times of ``python -m tracker extract SEED --json`` and of
``python -m tracker import SEED`` into a new ledger (start-up, imports and reading
included). Run from the project root:

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
DEFAULT_SEED = ROOT / "tests" / "data" / "seed" / "gazette-liaocheng-2018-09.txt"


def _timed(fn, text: str, runs: int):
    """(median s, best s, result) of ``runs`` calls of ``fn(text)``."""
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times), result


def long_document(text: str, copies: int) -> str:
    """The first document of ``text``: its 文号 and title lines, then its body ``copies``
    times (one document whose task table has ``copies`` times the rows)."""
    from tracker.extract.documents import split_documents

    first = split_documents(text, [])[0]
    return f"{first.doc_no}\n{first.title}\n" + "\n".join(first.lines * copies)


def main() -> None:
    """Run the benchmark and print its figures."""
    sys.path.insert(0, str(ROOT))
    from tracker.extract import extract_text

    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED
    text = seed.read_text(encoding="utf-8-sig")
    extract_text(text)  # warm-up: imports and compiled patterns
    med, best, result = _timed(extract_text, text, 20)
    print(f"seed, extract_text in-process: median {med * 1000:.1f} ms, best {best * 1000:.1f} ms "
          f"of 20 ({len(result.documents)} documents, {len(result.tasks)} tasks)")
    base = None
    for copies in (1, 10, 50):
        med, best, result = _timed(extract_text, "\n".join([text] * copies), 5 if copies < 50 else 3)
        base = base or med
        print(f"seed x{copies}: median {med * 1000:.0f} ms, best {best * 1000:.0f} ms "
              f"({len(result.tasks)} tasks; {med / base / copies:.2f}x the time per copy of x1)")
    per_task64 = None
    for copies in (1, 4, 16):
        med, best, result = _timed(extract_text, long_document(text, copies), 7 if copies < 16 else 5)
        n = len(result.tasks)
        per_task = med / n
        per_task64 = per_task64 or per_task
        print(f"one document of {n} tasks: median {med * 1000:.0f} ms, best {best * 1000:.0f} ms, "
              f"{per_task * 1e6:.0f} us per task ({per_task / per_task64:.2f}x that at 64 tasks)")
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
