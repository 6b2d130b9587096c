"""Every top-level window and dialog fits the screen it opens on, buttons visible.

Each size runs ``tests/screen_check.py`` in a child process on a simulated screen: the
offscreen platform's screen of the given pixels, and ``QT_SCALE_FACTOR`` as a 150 %
display setting gives (1920×1080 at 1.5 is 1280×720 logical pixels).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
WINDOWS = {"main", "review", "report", "units", "backup", "extend", "terminate", "settings", "paste", "stats",
           "task_edit", "task_add", "feedback_export", "feedback_import", "reminders", "report_settings", "notice"}
# Each dialog's button that Enter presses (the main window and 统计 have none).
DEFAULTS = {"review": "保存到台账", "extend": "确定延期", "terminate": "终止任务", "task_edit": "保存", "task_add": "保存",
            "settings": "保存", "paste": "识别任务", "reminders": "保存", "report_settings": "保存", "notice": "知道了"}


def check_screen(tmp_path: Path, seed: Path, width: int, height: int, scale: float) -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "S", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
               PYTHONPATH=os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, str(HERE / "screen_check.py"), str(seed)], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width,height,scale", [(1366, 768, 1.0), (1920, 1080, 1.5)])
def test_every_window_fits_the_screen(tmp_path, seed_path, width, height, scale):
    windows = check_screen(tmp_path, seed_path, width, height, scale)
    assert {w["name"] for w in windows} == WINDOWS
    logical = [round(width / scale), round(height / scale)]
    for w in windows:
        assert w["area"][2:] == logical, w
        assert w["dpr"] == scale
        assert w["inside"], f"{w['name']} at {w['frame']} is not within {w['area']}"
        assert w["buttons"], w["name"]
        for b in w["buttons"]:
            if b["default"] or b["button_box"]:
                assert not b["scrollable"], f"{w['name']}: {b['text']} must not need scrolling"
            assert (b["on_screen"] and b["unclipped"]) or b["scrollable"], \
                f"{w['name']}: button {b['text']} at {b['rect']}"
    by_name = {w["name"]: w for w in windows}
    for name, text in DEFAULTS.items():
        shown = [b for b in by_name[name]["buttons"] if b["default"]]
        assert [b["text"] for b in shown] == [text], (name, shown)
        assert shown[0]["on_screen"] and shown[0]["unclipped"], (name, shown)
    assert not any(b["default"] for b in by_name["stats"]["buttons"]), "Enter in 统计 must not turn the period"
    assert by_name["feedback_import"]["buttons"] and any(b["text"].startswith("保存到台账") and b["default"]
                                                         for b in by_name["feedback_import"]["buttons"])
    assert by_name["review"]["tasks"] == 166
    texts = {b["text"] for b in by_name["review"]["buttons"]}
    assert {"保存到台账", "取消"} <= texts
    # The large windows use the screen rather than a fixed size.
    for name in ("main", "review", "stats"):
        assert by_name[name]["geometry"][2] >= 0.8 * logical[0], name
