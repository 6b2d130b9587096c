"""Ledger benchmark: whole-process times of the command line on ledgers of 1k–1M tasks,
beside the ``sqlite3`` shell running the same query (the floor) and Taskwarrior.

    python bench/bench_ledger.py [--sizes 1000 100000 1000000] [--runs 5] [--xlsx-max 100000]
                                 [--tw-max 10000]

Ledgers come from ``bench/gen_ledger.py`` (built once under /tmp and reused). Each
figure is the median of ``--runs`` whole processes (wall time; CPU time user+sys in
brackets, which says more on a loaded machine); peak memory is the largest max RSS.
``tick`` alternates a tick and its undo so the ledger stays as it was. Taskwarrior (if
installed) gets the same number of pending tasks with due dates, imported once into
/tmp/duban-tw-N. Goals (issues 14, 15): show/tick ≤ 0.1 s at 1k and ≤ 0.15 s at 1M,
list on an empty ledger ≤ 60 ms, ``list --due-within 30`` ≤ 0.4 s at 100k and ≤ 2 s at 1M,
``list`` ≤ 1 s at 100k and ≤ 10 s at 1M, xlsx export ≤ 8 s and ≤ 300 MB at 100k.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gen_ledger  # noqa: E402

AS_OF = gen_ledger.AS_OF
PY = sys.executable
# Byte-compiled modules as an installed program has them (this machine's shells may set
# PYTHONDONTWRITEBYTECODE, which would time the compiler instead).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = str(ROOT)


def timed(cmd: list[str], runs: int, *, cwd=ROOT, env=ENV, stdin=None) -> tuple[float, float, float]:
    """(median wall s, median CPU s, peak max-RSS MB) of ``runs`` runs of ``cmd``."""
    walls, cpus, peak = [], [], 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=stdin)
        # This process's own figures (RUSAGE_CHILDREN would give the largest of every child so far).
        _pid, _status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        proc.returncode = 0   # reaped above
        cpus.append(usage.ru_utime + usage.ru_stime)
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(walls), statistics.median(cpus), peak


def fmt(t: tuple[float, float, float] | None) -> str:
    if t is None:
        return "—"
    wall, cpu, _ = t
    return f"{wall:.3f} s ({cpu:.3f})"


def tracker(db: Path, *args: str) -> list[str]:
    return [PY, "-m", "tracker", "--db", str(db), *args]


def pick_task(db: Path) -> tuple[int, str]:
    """A task in the middle of the ledger with a unit that has an open cell."""
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT MAX(id) FROM tasks").fetchone()[0]
    row = conn.execute("SELECT c.task_id, u.name FROM cells c JOIN units u ON u.id=c.unit_id JOIN tasks t "
                       "ON t.id=c.task_id WHERE c.task_id>=? AND c.done=0 AND t.state='active' LIMIT 1",
                       [n // 2]).fetchone()
    conn.close()
    return row


def taskwarrior(n: int) -> Path | None:
    """A Taskwarrior data folder with ``n`` pending tasks with due dates (built once)."""
    if not shutil.which("task"):
        return None
    folder = Path(f"/tmp/duban-tw-{n}")
    rc = folder / "taskrc"
    if not (folder / "pending.data").exists():
        folder.mkdir(exist_ok=True)
        rc.write_text(f"data.location={folder}\nverbose=nothing\nconfirmation=off\ngc=off\n"
                      "recurrence=off\nhooks=off\n", "utf-8")
        rnd = random.Random(n)
        tasks = [{"description": f"推进重点任务（第{i}项）", "status": "pending", "entry": "20181001T090000Z",
                  "due": (AS_OF + timedelta(days=rnd.randint(-200, 900))).strftime("%Y%m%dT000000Z"),
                  "project": f"doc{i // 1000}", "tags": ["unit" + str(rnd.randint(1, 40))]} for i in range(n)]
        src = folder / "import.json"
        src.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
        print(f"  importing {n:,} tasks into Taskwarrior (once) …", flush=True)
        subprocess.run(["task", f"rc:{rc}", "import", str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return rc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000, 1_000_000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--xlsx-max", type=int, default=100_000, help="largest ledger to export to xlsx")
    ap.add_argument("--tw-max", type=int, default=10_000, help="largest Taskwarrior data set to build")
    args = ap.parse_args()
    runs = args.runs
    soon = (AS_OF + timedelta(days=30)).isoformat()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"figures: median wall time of {runs} whole processes (CPU user+sys)")
    print(f"floor `python -c pass`: {fmt(timed([PY, '-c', 'pass'], runs))}")
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        subprocess.run(tracker(empty, "list"), env=ENV, stdout=subprocess.DEVNULL, check=True)
        print(f"`list` on an empty ledger: {fmt(timed(tracker(empty, 'list'), runs))}  goal ≤ 0.060 s")
    for n in args.sizes:
        db = gen_ledger.ensure(n)
        subprocess.run(tracker(db, "show", "1"), env=ENV, stdout=subprocess.DEVNULL)  # migrations, horizon
        tid, unit = pick_task(db)
        size = db.stat().st_size / 1e6
        print(f"\n== {n:,} tasks ({size:.0f} MB) ==")
        rows = []
        rows.append(("show ID", timed(tracker(db, "show", str(tid)), runs), None, None))
        tick_walls = []
        for k in range(runs):
            extra = ["--undo"] if k % 2 else []
            tick_walls.append(timed(tracker(db, "tick", str(tid), "--unit", unit, *extra), 1))
        tick = (statistics.median(t[0] for t in tick_walls), statistics.median(t[1] for t in tick_walls),
                max(t[2] for t in tick_walls))
        if runs % 2:  # leave the task as it was
            subprocess.run(tracker(db, "tick", str(tid), "--unit", unit, "--undo"), env=ENV,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows.append(("tick ID", tick, None, None))
        rows.append(("history ID", timed(tracker(db, "history", str(tid)), runs), None, None))
        due_sql = ("SELECT t.id, t.next_due, t.title, d.doc_no, t.marks FROM tasks t LEFT JOIN documents d ON "
                   f"d.id=t.document_id WHERE t.state='active' AND t.next_due<='{soon}' ORDER BY t.next_due, t.id")
        all_sql = ("SELECT t.id, t.next_due, t.title, d.doc_no, t.marks FROM tasks t LEFT JOIN documents d ON "
                   "d.id=t.document_id ORDER BY t.next_due IS NULL, t.next_due, t.id")
        rc = taskwarrior(n) if shutil.which("task") and n <= args.tw_max else None
        tw = (lambda *a: ["task", f"rc:{rc}", *a]) if rc else None
        rows.append(("list --due-within 30", timed(tracker(db, "list", "--due-within", "30", "--as-of",
                                                             AS_OF.isoformat()), runs),
                     timed(["sqlite3", str(db), due_sql], runs) if shutil.which("sqlite3") else None,
                     timed(tw("due.before:" + soon, "list"), runs) if tw else None))
        rows.append(("list", timed(tracker(db, "list", "--as-of", AS_OF.isoformat()), max(1, runs // 2)),
                     timed(["sqlite3", str(db), all_sql], max(1, runs // 2)) if shutil.which("sqlite3") else None,
                     timed(tw("list"), max(1, runs // 2)) if tw else None))
        rows.append(("list --format json", timed(tracker(db, "list", "--format", "json", "--as-of",
                                                           AS_OF.isoformat()), max(1, runs // 2)),
                     None, timed(tw("export"), max(1, runs // 2)) if tw else None))
        rows.append(("report --week (weekly report)", timed(tracker(db, "report", "--week", "2018-W51", "--html",
                                                                      "/tmp/duban-bench-report.html"), 1),
                     None, None))
        if n <= args.xlsx_max:
            rows.append(("export --xlsx", timed(tracker(db, "export", "--xlsx", "/tmp/duban-bench.xlsx", "--as-of",
                                                        AS_OF.isoformat()), 1), None, None))
        print(f"  {'command':<32}{'tracker':>22}{'sqlite3 shell (floor)':>24}"
              f"{'Taskwarrior' if rc else 'Taskwarrior (not run)':>24}  peak MB")
        for name, ours, floor, theirs in rows:
            print(f"  {name:<32}{fmt(ours):>22}{fmt(floor):>24}{fmt(theirs):>24}  {ours[2]:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
