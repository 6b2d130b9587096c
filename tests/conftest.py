"""Shared fixtures. Qt runs headless in every test."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The seed gazette and its gold, copied from the shared steering folder (tests/data/seed/SOURCE.md).
SEED_DIR = ROOT / "tests" / "data" / "seed"
SEED = SEED_DIR / "gazette-liaocheng-2018-09.txt"
SEED_GOLD = SEED_DIR / "gazette-liaocheng-2018-09.gold.json"


@pytest.fixture(autouse=True)
def _own_report_settings(tmp_path, monkeypatch):
    """Every test reads and writes its own 报表设置 file, never the user's."""
    monkeypatch.setenv("TRACKER_CONFIG", str(tmp_path / "report-settings.ini"))
    monkeypatch.setenv("TRACKER_LOG", str(tmp_path / "errors.log"))   # and its own error log


@pytest.fixture
def db_path(tmp_path):
    """Path of a fresh, not yet created ledger file."""
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def ledger(db_path):
    """A fresh ledger in a temporary directory."""
    from tracker.ledger import Ledger

    led = Ledger.open(db_path)
    yield led
    led.close()


@pytest.fixture(scope="module")
def seed_contract():
    """The seed gazette as the extractor reads it (full contract), once per test module."""
    if not SEED.exists():
        pytest.skip("shared seed gazette not present")
    from tracker.extract import extract_text

    return extract_text(SEED.read_text("utf-8"), source_name=SEED.name).to_contract(full=True)


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip("shared seed gazette not present")
    return SEED


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A ledger built from the seed gazette with the reports' scripted story of ticks,
    an extension and a termination: (ledger, story, path). One per test module."""
    from report_helpers import build_seed_ledger
    from tracker.ledger import Ledger

    if not SEED.exists():
        pytest.skip("shared seed gazette not present")
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite3"
    led = Ledger.open(path)
    story = build_seed_ledger(led, SEED)
    yield led, story, path
    led.close()
