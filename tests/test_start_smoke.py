"""``main.py --quit-after-start``: the app starts from source, paints its main window and
exits 0 (the same check the frozen bundle's smoke test runs), and shipped files are
found through one resource path."""

import os
import subprocess
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(tmp_path, db):
    # A private HOME/XDG so the user's QSettings and ledger are never touched.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    env.pop("TRACKER_DB", None)
    return subprocess.run([sys.executable, "main.py", "--quit-after-start", "--db", str(db)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_quit_after_start_on_a_new_ledger_paints_the_welcome_page(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    proc = start(tmp_path, db)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("first-paint "), proc.stdout
    assert float(proc.stdout.split()[1]) > 0
    assert db.exists()


def test_quit_after_start_with_tasks_paints_the_cards(tmp_path):
    from tracker.ledger import Ledger
    from tracker.sample import SAMPLE_NAME, render_sample

    doc = tmp_path / SAMPLE_NAME
    doc.write_text(render_sample(date.today()), "utf-8")
    db = tmp_path / "ledger.sqlite3"
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    imported = subprocess.run([sys.executable, "-m", "tracker", "import", str(doc)], cwd=ROOT, env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert imported.returncode == 0, imported.stderr
    led = Ledger.open(db)
    try:
        assert led.tasks.count() > 0
    finally:
        led.close()
    proc = start(tmp_path, db)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("first-paint ")
    assert "Traceback" not in proc.stderr     # leaving while the search texts build is clean


def test_shipped_files_come_from_the_resource_root(monkeypatch, tmp_path):
    from tracker import resources

    assert resources.resource_path("data", "units.json").is_file()
    assert resources.resource_path("data", "sample_plan.txt").is_file()
    assert resources.resource_path("icons", "app.svg").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "app.svg") == tmp_path / "icons" / "app.svg"
