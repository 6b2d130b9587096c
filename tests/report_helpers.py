"""A ledger built from the seed gazette with scripted ticks, for the report tests.

The seed is read with ``tracker.extract.extract_path`` when the extractor produces
tasks; until then the seed's gold annotation (the same documents and tasks, as a clerk
would enter them) is imported instead, so the reports are tested on real content.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

AS_OF = date(2018, 12, 20)
NOW = "2018-10-08T09:00:00"


def seed_contract(seed_path: Path) -> dict:
    """The seed as an extract contract: from the extractor, else from the gold file."""
    try:
        from tracker.extract import extract_path

        contract = extract_path(seed_path).to_contract(full=True)
        if contract.get("tasks"):
            return contract
    except ImportError:
        pass
    gold = json.loads(seed_path.with_name(seed_path.stem + ".gold.json").read_text("utf-8"))
    tasks = [dict(t, title=t["key"], text=t["key"] + "。") for t in gold["tasks"]]
    return {"documents": gold["documents"], "tasks": tasks}


def build_seed_ledger(ledger, seed_path: Path) -> dict:
    """Import the seed and script a supervision history up to 2018-12-20.

    Returns what the script did (task ids by role in the story) for the tests to check.
    """
    from tracker.ledger.importer import import_contract

    import_contract(ledger, seed_contract(seed_path), source_name=seed_path.name, sha256=None,
                    as_of=AS_OF, now=NOW, by="录入员")
    rows = ledger.status.rows(AS_OF)
    dated = [r for r in rows if r.next_due and not r.recurrence]
    past = [r for r in dated if r.next_due < "2018-12-17"]
    soon = [r for r in dated if "2018-12-17" <= r.next_due <= "2019-01-19"]
    later = [r for r in dated if r.next_due > "2019-06-30"]
    story: dict[str, list[int]] = {"on_time": [], "late_this_week": [], "this_week": [], "extended": [],
                                   "terminated": []}

    def tick_all(task_id: int, at: str, by: str) -> None:
        for row in ledger.progress.matrix(task_id):
            for cell in row.cells:
                if not cell.done:
                    ledger.progress.tick(task_id, row.unit_id, cell.milestone_id, by=by, now=at)

    # Two past-due tasks done on time in October; one done late, this week.
    for r in past[:2]:
        tick_all(r.id, "2018-09-25T10:00:00", "张科员")
        story["on_time"].append(r.id)
    tick_all(past[2].id, "2018-12-18T15:30:00", "李科员")
    story["late_this_week"].append(past[2].id)
    # Two tasks due soon finished this week (on time).
    for r in soon[:2]:
        tick_all(r.id, "2018-12-19T11:00:00", "王科员")
        story["this_week"].append(r.id)
    # One unit of a multi-unit task due soon ticks its part this week.
    multi = next(r for r in soon[2:] if len(ledger.progress.matrix(r.id)) > 1)
    first = ledger.progress.matrix(multi.id)[0]
    ledger.progress.tick(multi.id, first.unit_id, first.cells[0].milestone_id, by="王科员",
                         now="2018-12-17T09:30:00")
    story["partial"] = [multi.id]
    # An extension and a termination this week, with reasons.
    ext = past[3]
    ledger.tasks.extend(ext.id, date(2019, 3, 31), "受征地手续影响，申请延期<至一季度>", by="赵主任",
                        now="2018-12-18T09:00:00")
    story["extended"].append(ext.id)
    term = later[0]
    ledger.tasks.terminate(term.id, "上级政策调整，不再实施", by="赵主任", now="2018-12-19T16:00:00")
    story["terminated"].append(term.id)
    return story

