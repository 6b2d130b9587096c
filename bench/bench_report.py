"""Time to build and render the weekly report for a 10,000-task ledger to PDF (goal ≤ 3 s).

Usage: python bench/bench_report.py [TASKS]

Builds a ledger in a temporary directory: 20 documents, 40 units, deadlines spread over
2018–2020 (a few hundred overdue and due soon as of 2018-12-20, as in a busy office),
some ticks this week, some extensions. Prints the time of each step; the figure that
counts is build + HTML + PDF.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AS_OF = date(2018, 12, 20)


def build_ledger(path: Path, n_tasks: int):
    """A ledger of ``n_tasks`` tasks with realistic spread; returns it open."""
    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract

    rnd = random.Random(5)
    ledger = Ledger.open(path)
    units = [f"市第{i}局" for i in range(1, 41)]
    per_doc = n_tasks // 20
    for d in range(20):
        doc_no = f"测政办发〔2018〕{d + 1}号"
        tasks = []
        for i in range(per_doc):
            # Mostly later deadlines; ~4% overdue, ~4% due within 30 days.
            r = rnd.random()
            if r < 0.04:
                due = AS_OF - timedelta(days=rnd.randint(1, 90))
            elif r < 0.08:
                due = AS_OF + timedelta(days=rnd.randint(0, 30))
            else:
                due = AS_OF + timedelta(days=rnd.randint(31, 700))
            picked = rnd.sample(units, rnd.randint(1, 3))
            tasks.append({"title": f"第{d + 1}号文件第{i + 1}项任务：推进重点工作落实并按期报送进展情况",
                          "text": "推进重点工作。", "doc_no": doc_no, "deadline": due.isoformat(),
                          "deadline_text": f"{due.year}年{due.month}月底前",
                          "units": [{"name": u, "role": "lead" if k == 0 else "support"}
                                    for k, u in enumerate(picked)], "milestones": []})
        contract = {"documents": [{"doc_no": doc_no, "title": f"测试市人民政府办公室关于印发第{d + 1}号方案的通知",
                                   "issued": "2018-09-01"}], "tasks": tasks}
        import_contract(ledger, contract, source_name=f"{d}.txt", sha256=None, as_of=AS_OF,
                        now="2018-09-01T09:00:00", by="bench")
    ids = ledger.tasks.ids()
    with ledger.transaction():
        for tid in rnd.sample(ids, n_tasks // 20):
            for row in ledger.progress.matrix(tid):
                at = f"2018-12-{rnd.randint(10, 20):02d}T10:00:00"
                ledger.progress.tick(tid, row.unit_id, None, by="科员", now=at)
        for tid in rnd.sample(ids, 30):
            ledger.tasks.extend(tid, AS_OF + timedelta(days=200), "工作量大，申请延期", by="主任",
                                now="2018-12-18T09:00:00")
    return ledger


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from tracker.report import build_weekly
    from tracker.report.html import weekly_html
    from tracker.report.pdf import weekly_pdf

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        ledger = build_ledger(Path(tmp) / "bench.sqlite3", n)
        print(f"ledger of {ledger.tasks.count()} tasks built in {time.perf_counter() - t0:.1f} s (setup, not timed)")
        t0 = time.perf_counter()
        report = build_weekly(ledger, AS_OF, printed_by="bench", printed_at="2018-12-20 10:00")
        t1 = time.perf_counter()
        weekly_html(report)
        t2 = time.perf_counter()
        pages = weekly_pdf(report, Path(tmp) / "weekly.pdf")
        t3 = time.perf_counter()
        size = (Path(tmp) / "weekly.pdf").stat().st_size
        ledger.close()
    print(f"report: {len(report.overdue)} overdue, {len(report.due_soon)} due soon, "
          f"{len(report.completed)} ticks this week, {len(report.units)} units; {pages} pages, {size // 1024} KiB")
    print(f"build model {t1 - t0:.2f} s, HTML (print preview) {t2 - t1:.2f} s, PDF (core writer) {t3 - t2:.2f} s")
    print(f"TOTAL build + render to PDF: {t3 - t0:.2f} s (goal ≤ 3 s)")


if __name__ == "__main__":
    main()
