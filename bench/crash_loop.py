"""Kill a ledger-writing process 200 times with SIGKILL and check nothing acknowledged is lost.

    .venv/bin/python bench/crash_loop.py [--kills 200] [--seed 1] [--keep DIR] [--views]

``--views``: the victim is a long-lived process with read-only views opening and
closing beside it (as the app's search index), and another process opens and closes
the file meanwhile (issue 9).

Prints the kills survived and the actions checked (see ``bench/crash_harness.py``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crash_harness  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--views", action="store_true", help="read-only views beside the victim, another process visiting")
    ap.add_argument("--keep", type=Path, default=None, help="folder for the ledger (default: a temporary one)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crash-loop-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "ledger.sqlite3"
    start = time.perf_counter()

    def progress(stats):
        if stats.kills % 20 == 0:
            print(f"  {stats.kills} kills, {stats.actions} acknowledged actions", flush=True)

    try:
        stats = crash_harness.run(db, args.kills, seed=args.seed, progress=progress, views=args.views)
    except crash_harness.CrashCheckFailed as exc:
        print(f"FAILED: {exc} (ledger kept in {folder})")
        return 1
    elapsed = time.perf_counter() - start
    print(f"kills survived: {stats.kills} / {args.kills} "
          f"({stats.kills_before_ready} while the child was still opening the file)")
    print(f"actions acknowledged and checked after every kill: {stats.actions} "
          f"({stats.checks} checks in all)")
    print(f"time: {elapsed:.1f} s; ledger: {db}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
