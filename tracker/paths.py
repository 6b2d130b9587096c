"""Where the ledger lives by default."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "duban-tracker"


def default_ledger_path() -> Path:
    """``TRACKER_DB`` if set, else ``ledger.sqlite3`` in the user's data directory."""
    env = os.environ.get("TRACKER_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "ledger.sqlite3"
