"""Two programs importing one file at the same moment, N times: how often is it stored once?

    .venv/bin/python bench/import_race.py [--runs 10] [--file data/sample_plan.txt]

Each run: a fresh ledger with one task in it, then two ``python -m tracker import FILE``
started together; counts the documents stored from FILE afterwards.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_JSON = ('{"documents": [{"doc_no": "基测发〔2018〕1号", "title": "已有文件", "issued": "2018-09-28"}], '
             '"tasks": [{"doc_no": "基测发〔2018〕1号", "title": "已有任务", "text": "已有任务。", '
             '"units": [{"name": "市科技局", "role": "lead"}], "deadline": "2018-12-31"}]}')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--file", type=Path, default=ROOT / "data" / "sample_plan.txt")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="import-race-"))
    seed = folder / "seed.json"
    seed.write_text(SEED_JSON, "utf-8")
    once = 0
    start = time.perf_counter()
    for run in range(args.runs):
        db = folder / f"ledger{run}.sqlite3"
        subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), "import-json", str(seed)], cwd=ROOT,
                       env=env, capture_output=True, check=True)
        procs = [subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "import", str(args.file)],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(2)]
        codes = [p.wait(timeout=300) for p in procs]
        conn = sqlite3.connect(db)
        stored = conn.execute("SELECT COUNT(*) FROM documents WHERE source_name=?", [args.file.name]).fetchone()[0]
        conn.close()
        once += stored == 1
        print(f"  run {run + 1}: exit codes {codes}, stored {stored} time(s)", flush=True)
    print(f"stored once: {once} / {args.runs} runs ({time.perf_counter() - start:.1f} s)")
    return 0 if once == args.runs else 1


if __name__ == "__main__":
    raise SystemExit(main())
