"""The error log: where the program's own faults are written down with their traceback.

The user sees a short Chinese message and never a traceback; the traceback goes to this
file so that the maintainers can be sent it. ``TRACKER_LOG`` names the file (tests set
it); else ``errors.log`` in the user's log directory.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import datetime
from pathlib import Path

from tracker.paths import APP_DIR_NAME

ENV = "TRACKER_LOG"
MAX_BYTES = 1 << 20   # the log is started afresh (one old copy kept) past this size
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    """``TRACKER_LOG`` if set, else ``errors.log`` in the user's log directory."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR_NAME, appauthor=False)) / "errors.log"


def record(exc: BaseException, what: str) -> Path | None:
    """Append ``exc`` with its traceback under the heading ``what``; the log's path, or
    None when the log cannot be written (the message to the user is shown regardless)."""
    path = log_path()
    text = "".join(traceback.format_exception(exc))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now().isoformat(timespec='seconds')} {what}\n{text}\n")
    except OSError:
        return None
    return path


def install() -> Path | None:
    """Send warnings and errors logged anywhere in this process (a worker's failure with
    its traceback) to the error log; called once by the desktop app at start."""
    from logging.handlers import RotatingFileHandler

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logging.getLogger().addHandler(handler)
    return path


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass
