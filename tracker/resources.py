"""Where the files shipped with the program (``data/``, ``icons/``) are found.

From source they sit at the top of the checkout, beside ``tracker/``; in the frozen
bundle (PyInstaller) they sit in the bundle's data folder, ``sys._MEIPASS``. Every
read of a shipped file goes through :func:`resource_path` so both cases behave alike.
The ledger is never a resource: it lives in the user's data directory (``tracker.paths``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``data/`` and ``icons/``: the bundle's data folder when frozen,
    else the checkout's top folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A shipped file, e.g. ``resource_path("data", "units.json")``."""
    return resource_root().joinpath(*parts)


def is_frozen() -> bool:
    """True in the frozen bundle, where ``sys.executable`` is the program, not Python."""
    return bool(getattr(sys, "frozen", False))
