"""Unit directory edits the units dialog relies on (core, no Qt)."""

import pytest

from tests.ledger_helpers import AS_OF, import_tasks, task
from tracker.errors import NotFoundError


def test_remove_alias(ledger):
    ledger.units.resolve("市甲局")
    ledger.units.add_alias("甲局", "市甲局")
    assert ledger.units.find("甲局") == ledger.units.find("市甲局")
    changes = ledger.units.remove_alias("甲局")
    assert changes.units == {ledger.units.find("市甲局")}
    assert ledger.units.find("甲局") is None
    assert "甲局" not in ledger.units.get("市甲局").aliases
    with pytest.raises(NotFoundError):
        ledger.units.remove_alias("甲局")


def test_merge_two_spellings_moves_tasks(ledger):
    import_tasks(ledger, task("甲", units=(("市工管局", "lead"),)), task("乙", units=(("市科技局", "lead"),)))
    ledger.units.add_alias("市工管局", "市科技局")
    assert ledger.units.find("市工管局") == ledger.units.find("市科技局")
    assert len(ledger.status.rows(AS_OF, unit="市科技局")) == 2



def test_task_counts(ledger):
    import_tasks(ledger, task("甲", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("乙", units=(("市科技局", "lead"),)))
    counts = ledger.units.task_counts()
    assert counts[ledger.units.find("市科技局")] == 2
    assert counts[ledger.units.find("市财政局")] == 1
    assert ledger.units.find("市商务局") not in counts
