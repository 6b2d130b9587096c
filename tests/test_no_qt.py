"""The core stays Qt-free: importing all of ``tracker`` loads no PySide6 module."""

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_all_of_tracker_loads_no_pyside6():
    import tracker

    names = [m.name for m in pkgutil.walk_packages(tracker.__path__, "tracker.") if m.name != "tracker.__main__"]
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(len(bad)); print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == "0", out.stdout
    assert len(names) > 10
