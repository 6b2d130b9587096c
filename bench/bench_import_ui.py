"""How the import flow behaves on a large file: the window keeps responding, 取消 is quick.

    python bench/bench_import_ui.py [--mb 50]

Builds a text file of about N MB from the seed gazette, starts ``ImportController.import_files``
and, while the worker extracts, measures the longest gap between ticks of a 10 ms GUI timer
(how long the window could not repaint). After 2 s it presses 取消 and reports how soon the
progress dialog closed, then waits for the discarded worker to end. Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "tests" / "data" / "seed" / "gazette-liaocheng-2018-09.txt"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    args = ap.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from tracker.ledger import Ledger
    from ui.import_flow import ImportController

    app = QApplication([])
    tmp = Path(tempfile.mkdtemp())
    seed = SEED.read_text("utf-8")
    big = tmp / "big.txt"
    big.write_text(seed * max(1, int(args.mb * 1024 * 1024 / len(seed.encode("utf-8")))), "utf-8")
    ledger = Ledger.open(tmp / "ledger.sqlite3")
    win = QWidget()
    win.show()
    ctrl = ImportController(win, lambda: ledger, lambda: "bench", lambda: date(2018, 12, 20))

    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append((now - last[0], now - t0))
        last[0] = now

    timer = QTimer(interval=10, timeout=tick)
    timer.start()
    t0 = time.perf_counter()
    ctrl.import_files([big])
    shown_at = None
    while time.perf_counter() - t0 < 2.0:
        app.processEvents()
        time.sleep(0.002)
        if shown_at is None and ctrl.progress is not None and ctrl.progress.isVisible():
            shown_at = time.perf_counter() - t0
    from PySide6.QtWidgets import QPushButton

    cancel = ctrl.progress.findChild(QPushButton)
    t1 = time.perf_counter()
    cancel.click()
    closed = time.perf_counter() - t1
    while ctrl._workers:
        app.processEvents()
        time.sleep(0.005)
    worker_total = time.perf_counter() - t0
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    timer.stop()
    print(f"file size: {big.stat().st_size / 1024 / 1024:.1f} MB")
    print(f"progress dialog shown after: {shown_at * 1000:.0f} ms" if shown_at else "progress dialog: not shown")
    longest, at = max(gaps)
    print(f"longest GUI pause: {longest * 1000:.0f} ms, ending {at:.1f} s after the start "
          f"(median tick {sorted(gaps)[len(gaps) // 2][0] * 1000:.1f} ms, {len(gaps)} ticks)")
    print(f"取消 -> progress closed: {closed * 1000:.1f} ms; ledger tasks after cancel: {ledger.tasks.count()}")
    print(f"discarded worker finished after: {worker_total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
