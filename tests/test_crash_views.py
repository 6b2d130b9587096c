"""Issue 9: a long-lived ledger with read-only views opened and closed beside it, another
process ticking through the command line, then SIGKILL: nothing acknowledged is lost.

The full 3 × 25 run is ``bench/crash_readonly_views.py``; this is the same sequence, shorter.
"""

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import views_harness  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def test_views_beside_a_long_lived_ledger_lose_no_tick(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    result = views_harness.run(db, rounds=2, ticks=4)
    assert result.lost_a == [] and result.lost_b == []
    assert result.errors == [] and result.view_errors == []
    assert len(result.acked_a) == 8 and len(result.acked_b) == 8  # both sides did their work
    assert result.integrity == ["ok", "ok"]
    from tracker.ledger import Ledger

    with Ledger.open(db, read_only=True) as led:  # and the file is a healthy ledger
        assert led.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 16


def test_check_notices_a_lost_tick(tmp_path):
    """The checker is not vacuous: an acknowledged event or CLI tick missing from the file is reported."""
    db = tmp_path / "ledger.sqlite3"
    views_harness.make_ledger(db, 3)
    from tracker.ledger import Ledger

    with Ledger.open(db) as led:
        assert led.progress.tick(1, views_harness.UNIT_A, None, now="2018-10-02T09:00:00").events == [1]
    result = views_harness.Result(acked_a=[(1, 1), (12345, 1)], acked_b=[2])
    views_harness.check(db, result)
    assert result.lost_a == [(12345, 1)] and result.lost_b == [2] and result.integrity == ["ok"]
