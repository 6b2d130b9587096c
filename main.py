"""Start the desktop app: ``python main.py [--db PATH] [--as-of YYYY-MM-DD]``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="main.py", description="督办台账桌面程序")
    ap.add_argument("--db", type=Path, help="台账文件（默认：设置中的台账，或用户数据目录下的 ledger.sqlite3）")
    ap.add_argument("--as-of", type=date.fromisoformat, help="截至日期 YYYY-MM-DD（默认今天）")
    ap.add_argument("--no-notice", action="store_true", help="启动时不显示到期提醒")
    ap.add_argument("--quit-after-start", action="store_true",
                    help="显示并绘制主窗口后立即退出（退出码 0），用于检查安装是否完好")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Open the user's ledger in the main window and run the event loop."""
    args = _parse(sys.argv[1:] if argv is None else argv)
    from tracker import errorlog
    from tracker.paths import default_ledger_path
    from ui import settings as opts
    from ui.app import create_app
    from ui.main_window import MainWindow

    errorlog.install()   # a worker's failure keeps its traceback in the error log (a window has no console)
    settings = opts.Settings()
    app = create_app(sys.argv[:1], settings.get(opts.FONT_SIZE))
    path = args.db or Path(settings.get(opts.LEDGER_PATH) or default_ledger_path())
    ledger = _open_or_recover(path, explicit=args.db is not None)
    if ledger is None:
        return 4
    window = MainWindow(ledger, settings, as_of=args.as_of)
    window.restore_layout()
    window.show()
    _daily_backup(window)
    if args.quit_after_start:
        _quit_once_painted(window, app)
    elif not args.no_notice:
        _once_painted(window, lambda: (window.start_reminders(), window.start_notice()))
    code = app.exec()
    _wait_for_workers()
    window.ledger.close()
    return code


def _open_or_recover(path: Path, *, explicit: bool):
    """Open ``path``; when it cannot be opened, say why and offer the backups, then the
    default ledger. Returns None when the user gives up (nothing was changed)."""
    from PySide6.QtWidgets import QMessageBox

    from tracker.backup import backup_dir_for
    from tracker.errors import LedgerError
    from tracker.ledger import Ledger
    from tracker.paths import default_ledger_path

    try:
        return Ledger.open(path)
    except LedgerError as exc:
        error = exc
    if backup_dir_for(path).is_dir():
        answer = QMessageBox.question(None, "无法打开台账", f"{error}\n\n是否从备份恢复这个台账？")
        if answer == QMessageBox.StandardButton.Yes:
            from ui.backup_dialog import BackupDialog

            dialog = BackupDialog(path)
            restored: list = []
            dialog.restored.connect(restored.append)
            dialog.exec()
            if restored:
                try:
                    return Ledger.open(path)
                except LedgerError as exc:
                    error = exc
    fallback = default_ledger_path()
    if explicit or path == fallback:
        QMessageBox.critical(None, "无法打开台账", f"{error}\n\n文件未作任何改动。")
        return None
    QMessageBox.warning(None, "无法打开台账", f"{error}\n\n将改为打开默认台账：{fallback}")
    try:
        return Ledger.open(fallback)
    except LedgerError as exc:
        QMessageBox.critical(None, "无法打开台账", str(exc))
        return None


def _once_painted(window, action) -> None:
    """Run ``action`` once, after the cards have first been painted, so that the start
    notice (a query over every task) never delays the first window the user sees."""
    from PySide6.QtCore import QTimer

    def fire() -> None:
        window.cards.painted.disconnect(fire)
        QTimer.singleShot(0, action)

    window.cards.painted.connect(fire)


def _wait_for_workers() -> None:
    """Let background workers (the search texts) finish before the window and their
    signal objects are destroyed, so leaving early never ends in a worker's traceback."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    pool.clear()        # queued, not started: drop
    pool.waitForDone()


def _quit_once_painted(window, app) -> None:
    """Exit with 0 once the main window has first been painted (welcome page or cards),
    printing ``first-paint EPOCH_SECONDS`` when there is a console, for smoke tests and
    the bundle's start-up bench."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, done)   # after the rest of this paint pass (children)
            return False

    def done() -> None:
        if sys.stdout is not None:
            print(f"first-paint {time.time():.6f}", flush=True)
        app.exit(0)

    window._paint_watch = PaintWatch(window)
    window.installEventFilter(window._paint_watch)


def _daily_backup(window) -> None:
    """The day's whole-file check and backup copy (at most one a day) on a worker once the
    window shows; a damaged ledger or a failed copy is reported, not fatal."""
    from PySide6.QtWidgets import QMessageBox

    from ui import daily_check

    def finished(_copy, error: str) -> None:
        if error:
            QMessageBox.warning(window, "台账检查或备份未完成", error)

    daily_check.start(window.ledger.path, date.today(), finished)


if __name__ == "__main__":
    sys.exit(main())
