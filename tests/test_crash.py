"""Crash safety: SIGKILL a process writing the ledger; nothing acknowledged is lost.

The full 200-kill run is ``bench/crash_loop.py``; this is the same loop, shorter.
"""

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import crash_harness  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def test_kill_loop_loses_nothing_acknowledged(tmp_path):
    db = tmp_path / "ledger.sqlite3"
    stats = crash_harness.run(db, 15, seed=7)
    assert stats.kills == 15
    # Every child not killed while opening the file acknowledged work before its kill.
    assert stats.actions >= stats.kills - stats.kills_before_ready
    assert crash_harness.check(db, crash_harness.Acked()) > 0


def test_kill_loop_with_read_only_views_beside_the_victim(tmp_path):
    """Issue 9: the victim keeps read-only views opening and closing on a thread while
    another process opens and closes the file; still nothing acknowledged is lost."""
    db = tmp_path / "ledger.sqlite3"
    stats = crash_harness.run(db, 10, seed=11, views=True)
    assert stats.kills == 10
    assert stats.actions >= stats.kills - stats.kills_before_ready


def test_check_notices_a_lost_tick(tmp_path):
    """The checker is not vacuous: a missing acknowledged event or a half import fails it."""
    import random

    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract

    db = tmp_path / "ledger.sqlite3"
    with Ledger.open(db) as led:
        for token in ("a", "b"):
            contract, _ = crash_harness._contract(random.Random(token), token)
            import_contract(led, contract, as_of=crash_harness.AS_OF, now="2018-10-01T09:00:00")
    assert crash_harness.check(db, crash_harness.Acked()) > 2
    acked = crash_harness.Acked()
    acked.take("T 999999 1 1 1 1\n")
    with pytest.raises(crash_harness.CrashCheckFailed, match="event 999999"):
        crash_harness.check(db, acked)
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM cells WHERE task_id=(SELECT MAX(id) FROM tasks)")
    conn.execute("DELETE FROM milestones WHERE task_id=(SELECT MAX(id) FROM tasks)")
    conn.execute("DELETE FROM assignments WHERE task_id=(SELECT MAX(id) FROM tasks)")
    conn.execute("DELETE FROM progress_events WHERE task_id=(SELECT MAX(id) FROM tasks)")
    conn.execute("DELETE FROM tasks WHERE id=(SELECT MAX(id) FROM tasks)")
    conn.commit()
    conn.close()
    with pytest.raises(crash_harness.CrashCheckFailed, match="half import"):
        crash_harness.check(db, crash_harness.Acked())
