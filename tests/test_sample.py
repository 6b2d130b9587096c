"""The first-run sample document: rendered relative to today, its cards fill every bucket."""

import calendar
from datetime import date

import pytest

from tracker.extract import extract_text
from tracker.ledger import Ledger
from tracker.ledger.importer import import_contract
from tracker.sample import render_sample

ACTIVE = ("overdue", "due_soon", "this_quarter", "this_year", "later", "no_deadline")


def reachable(today: date) -> set[str]:
    """Buckets a date can fall in on ``today`` (late in a quarter or in Q4 some cannot)."""
    q = (today.month - 1) // 3
    q_end = date(today.year, q * 3 + 3, calendar.monthrange(today.year, q * 3 + 3)[1])
    out = set(ACTIVE)
    if (q_end - today).days <= 30:
        out.discard("this_quarter")
    if q == 3:
        out.discard("this_year")
    return out


@pytest.mark.parametrize("today", [date.today(), date(2025, 1, 10), date(2025, 3, 20), date(2025, 5, 1),
                                   date(2025, 9, 29), date(2024, 12, 31), date(2028, 2, 29)])
def test_sample_fills_every_reachable_bucket(today):
    text = render_sample(today)
    assert "${" not in text
    ex = extract_text(text, source_name="sample.txt")
    assert len(ex.documents) == 1
    assert ex.documents[0].doc_no == f"示政办发〔{ex.documents[0].issued.year}〕12号"
    assert 15 <= len(ex.tasks) <= 20
    led = Ledger.memory()
    import_contract(led, ex.to_contract(full=True), source_name="sample.txt", sha256=None,
                    as_of=today, now="2025-01-01T09:00:00", by="测试")
    counts = led.status.counts(today)
    filled = {b for b in ACTIVE if counts[b]}
    assert filled == reachable(today), counts
    assert counts["overdue"] >= 2 and counts["due_soon"] >= 2


def test_sample_has_the_usual_shapes():
    ex = extract_text(render_sample(date(2025, 5, 1)))
    kinds = {t.kind for t in ex.tasks}
    assert {"table", "annotated"} <= kinds
    roles = {u.role for t in ex.tasks for u in t.units}
    assert {"lead", "support", "responsible"} <= roles
    assert any(t.recurrence and t.recurrence.startswith("FREQ=YEARLY") for t in ex.tasks)
    assert any(t.recurrence and "INTERVAL=3" in t.recurrence for t in ex.tasks)
    assert any(len(t.milestones) >= 2 for t in ex.tasks)
    assert any(t.section is None and t.number is not None for t in ex.tasks)
