"""Two programs on one ledger file: no lost ticks, edits on stale data refused, changes noticed."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ledger_helpers import contract, task
from tracker.ledger import Ledger
from tracker.ledger.importer import import_contract
from tracker.ledger.tasks import ConflictError

WORKER = Path(__file__).resolve().parent / "tick_worker.py"
UNITS = ("市科技局", "市教育局")
MILESTONES = [{"due": f"2018-{m:02d}-{d:02d}", "text": f"节点{m}-{d}"} for m in (10, 11) for d in (5, 10, 15, 20, 25)]


@pytest.fixture
def shared_ledger(tmp_path):
    """A ledger file with 100 tasks × 2 units × 10 milestones = 2,000 open cells."""
    path = tmp_path / "shared.sqlite3"
    tasks = [task(f"并发测试任务{i}", deadline="2018-11-25", units=((UNITS[0], "lead"), (UNITS[1], "support")),
                  milestones=MILESTONES) for i in range(100)]
    with Ledger.open(path) as led:
        import_contract(led, contract(*tasks), as_of=date(2018, 10, 1), now="2018-10-01T09:00:00")
        assert led.db.execute("SELECT COUNT(*) FROM cells").fetchone()[0] == 2000
    return path


def test_two_processes_ticking_at_once_lose_nothing(shared_ledger):
    watcher = Ledger.open(shared_ledger)
    watcher.changed_elsewhere()
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(shared_ledger), unit], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
             for unit in UNITS]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:  # start both together
        p.stdin.write("go\n")
        p.stdin.flush()
    results = [p.communicate(timeout=300) for p in procs]
    for out, err in results:
        assert out.strip() == "ticked 1000 failed 0", err
    db = watcher.db
    assert watcher.changed_elsewhere()  # what the app's poll sees
    assert db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 2000
    assert db.execute("SELECT COUNT(*) FROM cells WHERE done=1").fetchone()[0] == 2000
    for unit in UNITS:
        uid = watcher.units.find(unit)
        assert db.execute("SELECT COUNT(DISTINCT task_id || '-' || milestone_id) FROM progress_events "
                          "WHERE unit_id=?", [uid]).fetchone()[0] == 1000
    assert db.execute("SELECT SUM(cells_done) FROM tasks").fetchone()[0] == 2000
    watcher.close()


def test_edit_on_stale_task_is_refused_across_connections(shared_ledger):
    a, b = Ledger.open(shared_ledger), Ledger.open(shared_ledger)
    tid = a.tasks.ids()[0]
    seen_by_a = a.tasks.get(tid)
    seen_by_b = b.tasks.get(tid)
    b.tasks.edit(tid, title="乙改过的标题", by="乙", now="2018-10-02T09:00:00", expected_version=seen_by_b.version)
    with pytest.raises(ConflictError, match="刚被其他人") as err:
        a.tasks.edit(tid, title="甲的标题", by="甲", now="2018-10-02T09:01:00",
                     expected_version=seen_by_a.version)
    assert err.value.exit_code == 6
    with pytest.raises(ConflictError):
        a.tasks.extend(tid, date(2018, 12, 31), "甲延期", by="甲", now="2018-10-02T09:02:00",
                       expected_version=seen_by_a.version)
    with pytest.raises(ConflictError):
        a.tasks.terminate(tid, "甲终止", by="甲", now="2018-10-02T09:03:00", expected_version=seen_by_a.version)
    fresh = a.tasks.get(tid)  # b's edit is kept, nothing of a's stale attempts
    assert fresh.title == "乙改过的标题" and fresh.state == "active" and fresh.extensions == []
    assert fresh.version == seen_by_a.version + 1
    a.tasks.edit(tid, title="甲核对后的标题", by="甲", now="2018-10-02T09:04:00", expected_version=fresh.version)
    assert b.tasks.get(tid).title == "甲核对后的标题"
    a.close()
    b.close()


def test_data_version_changes_only_for_other_connections(shared_ledger):
    a, b = Ledger.open(shared_ledger), Ledger.open(shared_ledger)
    a.changed_elsewhere()
    tid = a.tasks.ids()[0]
    a.progress.tick(tid, UNITS[0], 1, now="2018-10-03T09:00:00")
    assert not a.changed_elsewhere()  # own writes do not trigger a refresh
    b.progress.tick(tid, UNITS[1], 1, now="2018-10-03T09:01:00")
    assert a.changed_elsewhere()
    assert not a.changed_elsewhere()  # reported once
    a.close()
    b.close()
