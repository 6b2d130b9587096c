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
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Open the user's ledger in the main window and run the event loop."""
    args = _parse(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QMessageBox

    from tracker.errors import LedgerError
    from tracker.ledger import Ledger
    from tracker.paths import default_ledger_path
    from ui import settings as opts
    from ui.app import create_app
    from ui.main_window import MainWindow

    settings = opts.Settings()
    app = create_app(sys.argv[:1], settings.get(opts.FONT_SIZE))
    path = args.db or Path(settings.get(opts.LEDGER_PATH) or default_ledger_path())
    try:
        ledger = Ledger.open(path)
    except LedgerError as exc:
        fallback = default_ledger_path()
        if args.db is not None or path == fallback:
            QMessageBox.critical(None, "无法打开台账", str(exc))
            return 4
        QMessageBox.warning(None, "无法打开台账", f"{exc}\n\n将改为打开默认台账：{fallback}")
        ledger = Ledger.open(fallback)
    window = MainWindow(ledger, settings, as_of=args.as_of)
    window.restore_layout()
    window.show()
    if not args.no_notice:
        window.start_notice()
    code = app.exec()
    ledger.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
