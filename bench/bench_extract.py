"""Extraction speed on the seed gazette, on many copies of it, and on one long document.

Prints, in-process (median and best of several runs of ``extract_text``; wall-clock time and,
in brackets, the process's CPU time, the fairer figure on a machine shared with other work):
- the seed (goal: <= 30 ms);
- the seed concatenated 1x, 10x and 50x (goal: time grows no worse than linearly);
- one document of 64, 256 and 1,024 tasks: the seed's first document's body repeated
  under its one header (goal: 1,024 tasks <= 200 ms, time per task at 1,024 at most
  1.5x that at 64 — no step compares every passage with every table row);
then the whole-process times of ``python -m tracker extract SEED --json`` and of
``python -m tracker import SEED`` into a new ledger (start-up, imports and reading
included). The load average is printed before and after. Run from the project root:

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
    """(median s, best s, median CPU s, result) of ``runs`` calls of ``fn(text)``."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn(text)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), min(times), statistics.median(cpu), result


def _load() -> str:
    """The 1-, 5- and 15-minute load averages (the machine may be shared)."""
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


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
    print(f"before: {_load()}")
    extract_text(text)  # warm-up: imports and compiled patterns
    med, best, cpu, result = _timed(extract_text, text, 20)
    print(f"seed, extract_text in-process: median {med * 1000:.1f} ms (CPU {cpu * 1000:.1f} ms), "
          f"best {best * 1000:.1f} ms of 20 ({len(result.documents)} documents, {len(result.tasks)} tasks)")
    base = None
    for copies in (1, 10, 50):
        med, best, cpu, result = _timed(extract_text, "\n".join([text] * copies), 5 if copies < 50 else 3)
        base = base or cpu
        print(f"seed x{copies}: median {med * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), best {best * 1000:.0f} ms "
              f"({len(result.tasks)} tasks; CPU per copy {cpu / base / copies:.2f}x that of x1)")
    per_task64 = None
    for copies in (1, 4, 16):
        med, best, cpu, result = _timed(extract_text, long_document(text, copies), 9)
        n = len(result.tasks)
        per_task, cpu_task = med / n, cpu / n
        per_task64 = per_task64 or (per_task, cpu_task)
        print(f"one document of {n} tasks: median {med * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), "
              f"best {best * 1000:.0f} ms; per task {per_task * 1e6:.0f} us (CPU {cpu_task * 1e6:.0f} us), "
              f"{per_task / per_task64[0]:.2f}x (CPU {cpu_task / per_task64[1]:.2f}x) that at 64 tasks")
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
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
