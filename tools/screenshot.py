"""Render app windows offscreen to PNG files (for the README and for looking at the UI).

    python tools/screenshot.py [--out DIR] [--today YYYY-MM-DD] [--db LEDGER]

Each picture is one function taking the output directory (``main_window``; others,
such as the import review dialog, are added to ``SHOTS``). Without ``--db`` a fresh
ledger is filled with the shipped sample document, dated relative to ``--today``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZE = (1440, 900)


def sample_ledger(path: Path, today: date):
    """A ledger at ``path`` holding the sample document, imported as of ``today``."""
    from tracker.extract import extract_text
    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract
    from tracker.sample import SAMPLE_NAME, render_sample

    ledger = Ledger.open(path)
    if not ledger.tasks.count():
        contract = extract_text(render_sample(today), SAMPLE_NAME).to_contract(full=True)
        import_contract(ledger, contract, source_name=SAMPLE_NAME, sha256=None, as_of=today,
                        now=f"{today.isoformat()}T09:00:00", by="示例")
    return ledger


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def main_window(out: Path, ledger, today: date, settings_dir: Path) -> Path:
    """The main window with a task selected and one of its cells ticked."""
    from ui.app import create_app
    from ui.main_window import MainWindow
    from ui.settings import USER_NAME, Settings

    app = create_app([])
    settings = Settings.at(settings_dir / "settings.ini")
    settings.set(USER_NAME, "王晓明")
    win = MainWindow(ledger, settings, today=today, as_of=today)
    win.resize(*SIZE)
    win.show()
    _settle(app)
    rows = ledger.status.rows(today)
    pick = next((r for r in rows if r.bucket == "due_soon" and r.cells_total > 1), rows[0] if rows else None)
    if pick is not None:
        win.cards.select_task(pick.id)
        _settle(app)
        m = win.detail.matrix
        if m.rowCount() and m.columnCount():
            win.detail.matrix.setData(m.index(0, 0), 2, 10)   # Qt.CheckStateRole
        _settle(app)
    target = out / "main_window.png"
    win.grab().save(str(target))
    win.close()
    return target


def review_dialog(out: Path, ledger, today: date, settings_dir: Path) -> Path:
    """The import review dialog over the shipped sample document."""
    from ui.app import create_app
    from ui.review_shot import render_review_dialog_png

    create_app([])
    target = out / "review_dialog.png"
    render_review_dialog_png(target, today=today, size=SIZE)
    return target


def stats_view(out: Path, _ledger, today: date, settings_dir: Path) -> Path:
    """The 统计 window for the year, over a copy of the sample with a scripted record of
    ticks (some on time, some late, some missing), so that the bars differ."""
    from datetime import timedelta

    from ui.app import create_app
    from ui.settings import STATS_PERIOD, Settings
    from ui.stats_view import StatsWindow

    app = create_app([])
    ledger = sample_ledger(settings_dir / "stats.sqlite3", today)
    for task_id in ledger.tasks.ids():
        for row in ledger.progress.matrix(task_id):
            for n, cell in enumerate(row.cells):
                if not cell.due or cell.done or cell.due > today.isoformat():
                    continue
                luck = (task_id * 7 + row.unit_id * 3 + n) % 10   # deterministic, varied per unit
                if luck < 6:
                    at = date.fromisoformat(cell.due) - timedelta(days=luck)
                elif luck < 8:
                    at = min(today, date.fromisoformat(cell.due) + timedelta(days=luck))
                else:
                    continue
                ledger.progress.tick(task_id, row.unit_id, cell.milestone_id, by="示例",
                                     now=f"{at.isoformat()}T10:00:00")
    settings = Settings.at(settings_dir / "stats.ini")
    settings.set(STATS_PERIOD, "year")
    win = StatsWindow(ledger, settings, today)
    win.resize(*SIZE)
    win.show()
    from PySide6.QtCore import QDeadlineTimer, QThreadPool

    QThreadPool.globalInstance().waitForDone(QDeadlineTimer(30_000))   # the figures' worker
    _settle(app)
    target = out / "stats_view.png"
    win.grab().save(str(target))
    win.close()
    ledger.close()
    return target


SHOTS = [main_window, review_dialog, stats_view]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--today", type=date.fromisoformat, default=date.today())
    ap.add_argument("--db", type=Path)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ledger = sample_ledger(args.db or tmp / "ledger.sqlite3", args.today)
        for shot in SHOTS:
            print(shot(args.out, ledger, args.today, tmp))
        ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
