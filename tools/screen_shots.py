"""Screenshots of every main window and dialog at the two office screens the app must fit,
for ``docs/screens/`` and the README:

    python tools/screen_shots.py [SEED] [--out docs/screens]

Each size runs ``tests/screen_check.py`` (the same check as ``tests/test_screen_fit.py``)
in a child process on a simulated screen: 1366×768 at 100 % and 1920×1080 at 150 %
(Qt's offscreen platform with a screen of those pixels and ``QT_SCALE_FACTOR``). It
prints, per window, where it lies and whether it and its buttons are on the screen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1366x768": (1366, 768, 1.0), "1920x1080-150": (1920, 1080, 1.5)}
# The windows the README shows (task_add, paste, settings and the like are checked too).
KEEP = ("main", "main_filtered", "review", "report", "units", "backup", "extend", "terminate", "stats", "task_edit",
        "feedback_import", "feedback_export")


def shoot(seed: Path, out: Path, width: int, height: int, scale: float) -> list[dict]:
    """Run the screen check at one size, keeping the pictures of ``KEEP`` in ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        config = tmp / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "S", "x": 0, "y": 0, "width": width, "height": height,
                                                   "logicalDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        shots = tmp / "shots"
        shots.mkdir()
        proc = subprocess.run([sys.executable, str(ROOT / "tests" / "screen_check.py"), str(seed), "--shots", str(shots)],
                              env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
        if proc.returncode:
            sys.exit(proc.stderr[-3000:])
        out.mkdir(parents=True, exist_ok=True)
        for name in KEEP:
            shutil.copyfile(shots / f"{name}.png", out / f"{name}.png")
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", nargs="?", default=str(ROOT / "tests" / "data" / "seed" / "gazette-liaocheng-2018-09.txt"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    args = ap.parse_args()
    failed = 0
    for label, (w, h, scale) in SIZES.items():
        print(f"== {w}×{h} at {int(scale * 100)} %")
        for win in shoot(Path(args.seed), Path(args.out) / label, w, h, scale):
            off = [b["text"] for b in win["buttons"] if not (b["on_screen"] and b["unclipped"]) and not b["scrollable"]]
            failed += bool(off) or not win["inside"]
            print(f"{win['name']:16} {win['frame'][2]}×{win['frame'][3]} at ({win['frame'][0]},{win['frame'][1]}) "
                  f"within {win['area'][2]}×{win['area'][3]}: {'yes' if win['inside'] else 'NO'}; "
                  f"buttons {len(win['buttons'])}, off screen: {off or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
