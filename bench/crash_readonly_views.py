"""Issue 9's sequence: a long-lived ledger (as the app holds it) opening and closing
read-only views, another process ticking through the command line, SIGKILL of the
long-lived one after each round; counts the acknowledged ticks lost.

    .venv/bin/python bench/crash_readonly_views.py [--rounds 3] [--ticks 25] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import views_harness  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--ticks", type=int, default=25, help="ticks each side per round")
    ap.add_argument("--keep", type=Path, default=None, help="folder for the ledger (default: a temporary one)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crash-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "ledger.sqlite3"
    db.unlink(missing_ok=True)
    start = time.perf_counter()

    def progress(r):
        print(f"  round {r.rounds}: A acknowledged {len(r.acked_a)}, B acknowledged {len(r.acked_b)}, "
              f"lost so far A {len(r.lost_a)} B {len(r.lost_b)}, integrity {r.integrity[-1]}", flush=True)

    r = views_harness.run(db, args.rounds, args.ticks, progress=progress)
    lost = len(r.lost_a) + len(r.lost_b)
    print(f"acknowledged ticks: long-lived process {len(r.acked_a)}, command line {len(r.acked_b)}")
    print(f"acknowledged ticks lost: {lost} (long-lived {len(r.lost_a)}, command line {len(r.lost_b)})")
    print(f"integrity_check after each kill: {', '.join(r.integrity)}")
    if r.view_errors:
        print(f"read-only views that failed: {len(r.view_errors)}, e.g. {r.view_errors[0]}")
    for err in r.errors:
        print(f"the long-lived process failed by itself: {err}")
    print(f"time: {time.perf_counter() - start:.1f} s; ledger: {db}")
    return 0 if lost == 0 and not r.errors and not r.view_errors and set(r.integrity) == {"ok"} else 1


if __name__ == "__main__":
    raise SystemExit(main())
