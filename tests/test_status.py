"""Buckets, lights and days as of a date; edges of the due-soon window."""

from datetime import date

import pytest

from ledger_helpers import NOW, import_tasks, task
from tracker.ledger.buckets import BUCKETS, classify, days_text, light_of


@pytest.mark.parametrize("due, as_of, bucket, days", [
    ("2018-12-19", date(2018, 12, 20), "overdue", -1),
    ("2018-12-20", date(2018, 12, 20), "due_soon", 0),          # due today is not late
    ("2019-01-19", date(2018, 12, 20), "due_soon", 30),         # day 30 is inside the window
    ("2019-01-20", date(2018, 12, 20), "later", 31),            # day 31 is not; next year
    ("2018-06-30", date(2018, 4, 1), "this_quarter", 90),
    ("2018-07-31", date(2018, 4, 1), "this_year", 121),
    ("2018-05-01", date(2018, 4, 1), "due_soon", 30),
    ("2018-05-02", date(2018, 4, 1), "this_quarter", 31),
    ("2020-02-29", date(2020, 1, 30), "due_soon", 30),          # leap day
    ("2020-03-01", date(2020, 1, 30), "this_quarter", 31),
    ("2019-03-01", date(2019, 1, 30), "due_soon", 30),          # short February
    ("2018-12-31", date(2018, 12, 31), "due_soon", 0),          # month end, as-of on the due date
    ("2019-01-01", date(2018, 12, 31), "due_soon", 1),
    ("2019-04-01", date(2019, 1, 1), "this_year", 90),
])
def test_classify_edges(due, as_of, bucket, days):
    assert classify("active", due, 2, 0, as_of) == (bucket, days)


def test_classify_states():
    as_of = date(2018, 12, 20)
    assert classify("terminated", "2018-01-01", 1, 0, as_of) == ("terminated", None)
    assert classify("active", None, 1, 1, as_of) == ("done", None)
    assert classify("active", None, 1, 0, as_of) == ("no_deadline", None)
    assert classify("active", "2019-01-10", 1, 0, as_of, window=7) == ("later", 21)
    assert [light_of(b) for b in ("overdue", "due_soon", "later", "done")] == ["red", "yellow", "green", "grey"]
    assert days_text(-3) == "逾期3天" and days_text(12) == "还剩12天" and days_text(0) == "今天到期"


def test_next_due_is_earliest_open_cell(ledger):
    res = import_tasks(ledger, task("分阶段", deadline="2019-12-31", units=(("市科技局", "lead"), ("市财政局", "support")),
                                    milestones=[{"due": "2018-12-31", "text": "一期"}, {"due": "2019-12-31", "text": "二期"}]))
    tid = next(iter(res.changes.tasks))
    assert ledger.status.rows(date(2018, 12, 20))[0].next_due == "2018-12-31"
    ledger.progress.tick(tid, "市科技局", 1, now=NOW)
    assert ledger.status.rows(date(2018, 12, 20))[0].next_due == "2018-12-31"  # 市财政局 still open
    ledger.progress.tick(tid, "市财政局", 1, now=NOW)
    row = ledger.status.rows(date(2018, 12, 20))[0]
    assert (row.next_due, row.bucket) == ("2019-12-31", "later")


def test_as_of_moves_every_bucket_consistently(ledger):
    import_tasks(ledger, task("A", deadline="2018-11-30"), task("B", deadline="2019-01-10"),
                 task("C", deadline="2019-03-31"), task("D", deadline=None, deadline_text=None),
                 task("E", deadline="2021-12-31"))
    before = {r.title: r.bucket for r in ledger.status.rows(date(2018, 12, 20))}
    assert before == {"A": "overdue", "B": "due_soon", "C": "later", "D": "no_deadline", "E": "later"}
    after = {r.title: r.bucket for r in ledger.status.rows(date(2019, 3, 5))}
    assert after == {"A": "overdue", "B": "overdue", "C": "due_soon", "D": "no_deadline", "E": "later"}
    counts = ledger.status.counts(date(2019, 3, 5))
    assert sum(counts.values()) == 5 and list(counts) == list(BUCKETS)


def test_filters(ledger):
    import_tasks(ledger, task("甲任务", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("乙任务", text="涉及<b>标记</b>的正文", units=(("市财政局", "lead"),)))
    as_of = date(2018, 12, 20)
    assert {r.title for r in ledger.status.rows(as_of, unit="市财政局")} == {"甲任务", "乙任务"}
    assert {r.title for r in ledger.status.rows(as_of, unit="市财政局", lead_only=True)} == {"乙任务"}
    assert {r.title for r in ledger.status.rows(as_of, search="标记")} == {"乙任务"}
    assert {r.title for r in ledger.status.rows(as_of, search="测政发")} == {"甲任务", "乙任务"}
    assert {r.title for r in ledger.status.rows(as_of, search="科技局")} == {"甲任务"}
    assert ledger.status.rows(as_of, unit="不存在的单位") == []
    overview = {u["name"]: u for u in ledger.status.unit_overview(as_of)}
    assert overview["市财政局"]["open"] == 2 and overview["市财政局"]["due_soon"] == 2
