"""Open every top-level window and dialog of the app on the screen Qt reports and print,
as JSON, where each lies and whether its buttons are fully visible on the screen.

Run by ``tests/test_screen_fit.py`` in a child process with a simulated screen (the
offscreen platform's ``configfile``) and ``QT_SCALE_FACTOR``; also usable under Xvfb:

    python tests/screen_check.py SEED_PATH [--shots DIR]
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

AS_OF = date(2018, 12, 20)


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _settle(app) -> None:
    for _ in range(6):
        app.processEvents()


def describe(name: str, widget, app) -> dict:
    """Where ``widget`` lies, the available area, and each push button's visibility."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QDialogButtonBox, QPushButton

    _settle(app)
    area = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    buttons = []
    for b in widget.findChildren(QPushButton):
        if not b.isVisibleTo(widget) or b.window() is not widget:
            continue
        top_left = b.mapToGlobal(b.rect().topLeft())
        glob = QRect(top_left, b.size())
        shown = b.visibleRegion().boundingRect()
        # A button inside a scroll area (the detail panel) is reached by scrolling.
        parent, scrollable, in_box = b.parentWidget(), False, False
        while parent is not None and parent is not widget:
            scrollable = scrollable or isinstance(parent, QAbstractScrollArea)
            in_box = in_box or isinstance(parent, QDialogButtonBox)
            parent = parent.parentWidget()
        buttons.append({"text": b.text(), "default": b.isDefault(), "rect": _rect(glob),
                        "scrollable": scrollable, "button_box": in_box,
                        "on_screen": area.contains(glob),
                        "unclipped": shown.width() >= b.width() and shown.height() >= b.height()})
    return {"name": name, "frame": _rect(frame), "geometry": _rect(widget.geometry()), "area": _rect(area),
            "inside": area.contains(frame), "dpr": widget.devicePixelRatioF(), "buttons": buttons}


def filled_feedback(ledger, folder: Path):
    """The plan of a 反馈表 exported for the unit with most open cells and filled in:
    every row done on the as-of date with a note."""
    from openpyxl import load_workbook

    from tracker import feedback
    from tracker.feedback.export import units_with_open_cells
    from tracker.feedback.sheet import FIRST_ROW, HEADERS

    unit = max(units_with_open_cells(ledger), key=lambda u: len(ledger.status.task_ids_for_unit(u[0])))
    path = folder / "反馈表.xlsx"
    feedback.export_unit(ledger, unit[0], path, as_of=AS_OF, by="", now=f"{AS_OF.isoformat()}T09:00:00")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    cols = {name: HEADERS.index(name) + 1 for name in ("办理情况", "完成日期", "是否办结")}
    for row in range(FIRST_ROW, ws.max_row + 1):
        ws.cell(row, cols["办理情况"], "已按要求完成，材料已报送。")
        ws.cell(row, cols["完成日期"], AS_OF.isoformat())
        ws.cell(row, cols["是否办结"], "是")
    wb.save(path)
    return feedback.plan(ledger, path, today=AS_OF)


def run(seed: Path, shots: Path | None) -> list[dict]:
    from report_helpers import build_seed_ledger, seed_contract

    from PySide6.QtCore import QDeadlineTimer, QThreadPool

    from tracker.ledger import Ledger
    from ui.app import create_app
    from ui.backup_dialog import BackupDialog
    from ui.dialogs import ExtendDialog, NoticeDialog, SettingsDialog, TerminateDialog
    from ui.feedback_dialog import FeedbackExportDialog, FeedbackImportDialog
    from ui.reminder_dialog import ReminderDialog
    from ui.report_settings import ReportSettingsDialog
    from ui.stats_window import StatsWindow
    from ui.task_dialog import TaskDialog
    from ui.main_window import MainWindow
    from ui.paste_dialog import PasteDialog
    from ui.report_dialog import ReportDialog
    from ui.review_dialog import ReviewDialog
    from ui.settings import Settings
    from ui.units_dialog import UnitsDialog

    app = create_app([])
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ledger = Ledger.open(tmp / "ledger.sqlite3")
        build_seed_ledger(ledger, seed)
        settings = Settings.at(tmp / "settings.ini")
        win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
        win.restore_layout()
        win.show()
        rows = ledger.status.rows(AS_OF)
        win.cards.select_task(rows[0].id)
        out.append(describe("main", win, app))
        if shots:
            win.grab().save(str(shots / "main.png"))
            # The same with filters that leave nothing: the chips and the empty-list hint.
            win.filters.choose_unit(ledger.units.find("市财政局"))
            win.filters.role_lead.setChecked(True)
            win.filters.search.setText("没有这个词")
            win.proxy.set_search("没有这个词")
            _settle(app)
            win.grab().save(str(shots / "main_filtered.png"))
            win.filters.clear_all()
            _settle(app)
        contract = seed_contract(seed)
        dialogs = {
            "review": lambda: ReviewDialog(Ledger.memory(), contract, source_name=seed.name, sha256=None,
                                           today=AS_OF, user_name="", parent=win),
            "report": lambda: ReportDialog(ledger, AS_OF, "", win),
            "units": lambda: UnitsDialog(ledger, win),
            "backup": lambda: BackupDialog(tmp / "ledger.sqlite3", win),
            "extend": lambda: ExtendDialog(rows[0].title, AS_OF, win),
            "terminate": lambda: TerminateDialog(rows[0].title, win),
            "settings": lambda: SettingsDialog("", 30, 10, win),
            "paste": lambda: PasteDialog(win),
            "stats": lambda: StatsWindow(ledger, settings, AS_OF, win),
            "task_edit": lambda: TaskDialog(ledger, "", ledger.tasks.get(rows[0].id), AS_OF, win),
            "task_add": lambda: TaskDialog(ledger, "", None, AS_OF, win),
            "feedback_export": lambda: FeedbackExportDialog(ledger, AS_OF, "", win),
            "feedback_import": lambda: FeedbackImportDialog(ledger, filled_feedback(ledger, tmp), "", win),
            "reminders": lambda: ReminderDialog([u.name for u in ledger.units.all()], settings, None, win),
            "report_settings": lambda: ReportSettingsDialog(win, ""),
            "notice": lambda: NoticeDialog(rows[:40], date(2018, 11, 1), win),
        }
        for name, make in dialogs.items():
            dlg = make()
            dlg.show()
            QThreadPool.globalInstance().waitForDone(QDeadlineTimer(30_000))   # 统计's worker
            info = describe(name, dlg, app)
            if name == "review":
                info["tasks"] = dlg.tasks_model.rowCount()
            out.append(info)
            if shots:
                dlg.grab().save(str(shots / f"{name}.png"))
            dlg.reject()
            dlg.deleteLater()
            _settle(app)
        win.close()
        ledger.close()
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    shots_dir = Path(args[args.index("--shots") + 1]) if "--shots" in args else None
    print(json.dumps(run(Path(args[0]), shots_dir), ensure_ascii=False))
