"""Core helpers the desktop app uses: rows_for, newly_due, task_ids_for_unit, search_texts."""

from datetime import date

from ledger_helpers import NOW, import_tasks, task
from tracker.ledger.buckets import BUCKETS, classify


def _three(ledger):
    import_tasks(ledger, task("甲", deadline="2018-12-10"),
                 task("乙", deadline="2019-01-05", units=(("市财政局", "lead"), ("市科技局", "support"))),
                 task("丙", deadline="2019-06-30", units=(("市财政局", "lead"),), text="丙的正文含关键字ＡＢＣ"))
    return {r.title: r.id for r in ledger.status.rows(date(2018, 12, 20))}


def test_rows_for_matches_rows(ledger):
    ids = _three(ledger)
    full = {r.id: r for r in ledger.status.rows(date(2018, 12, 20))}
    part = ledger.status.rows_for([ids["乙"], 9999], date(2018, 12, 20))
    assert part == [full[ids["乙"]]]


def test_newly_due_lists_only_new_entries(ledger):
    _three(ledger)
    # Since 12-01: 甲 became overdue (was due soon), 乙 entered the window; 丙 is far away.
    assert {s.title for s in ledger.status.newly_due(date(2018, 12, 1), date(2018, 12, 20))} == {"甲", "乙"}
    # Since 12-15: 甲 already overdue then, 乙 already due soon then.
    assert ledger.status.newly_due(date(2018, 12, 15), date(2018, 12, 20)) == []
    assert ledger.status.newly_due(date(2018, 12, 20), date(2018, 12, 20)) == []


def test_newly_due_skips_done_tasks(ledger):
    ids = _three(ledger)
    ledger.progress.tick(ids["甲"], "市科技局", now=NOW)
    assert {s.title for s in ledger.status.newly_due(date(2018, 12, 1), date(2018, 12, 20))} == {"乙"}


def test_task_ids_for_unit_and_lead_only(ledger):
    ids = _three(ledger)
    assert ledger.status.task_ids_for_unit("市科技局") == {ids["甲"], ids["乙"]}
    assert ledger.status.task_ids_for_unit("市科技局", lead_only=True) == {ids["甲"]}
    assert ledger.status.task_ids_for_unit("没有的单位") == set()


def test_task_ids_for_unit_through_collective(ledger):
    import_tasks(ledger, task("全体", units=(("各县（市、区）政府", "lead"),)))
    ledger.units.set_members("各县（市、区）政府", ["东昌府区政府", "临清市政府"])
    (tid,) = ledger.tasks.ids()
    assert ledger.status.task_ids_for_unit("临清市政府") == {tid}


def test_search_texts_hold_title_text_units_and_doc_no(ledger):
    ids = _three(ledger)
    hay = ledger.status.search_texts()
    assert "丙" in hay[ids["丙"]] and "abc" in hay[ids["丙"]]      # NFKC + lower case
    assert "市财政局" in hay[ids["乙"]] and "测政发〔2018〕1号" in hay[ids["乙"]]
    assert set(ledger.status.search_texts([ids["甲"]])) == {ids["甲"]}


def test_rows_match_a_plain_classification_in_every_state(ledger):
    ids = _three(ledger)
    import_tasks(ledger, task("丁", deadline=None, deadline_text=None), task("戊", deadline="2018-12-10"),
                 doc_no="测政发〔2018〕2号")
    ledger.progress.tick(ids["甲"], "市科技局", now=NOW)
    ledger.tasks.terminate(ids["丙"], "不再需要", by="t", now=NOW)
    for as_of in (date(2018, 12, 20), date(2019, 3, 1), date(2017, 1, 1)):
        for window in (7, 30):
            rows = ledger.status.rows(as_of, window=window)
            expected = sorted(((classify(r.state, r.next_due, r.cells_total, r.cells_done, as_of, window), r)
                               for r in rows), key=lambda x: (BUCKETS.index(x[0][0]), x[1].next_due or "9999", x[1].id))
            assert [(r.id, r.bucket, r.days) for r in rows] == [(r.id, b, d) for (b, d), r in expected]
            some = [r.id for r in rows][::2]
            assert ledger.status.rows_for(some, as_of, window=window) == [r for r in rows if r.id in set(some)]


def test_open_by_unit_matches_unit_overview(ledger):
    ids = _three(ledger)
    ledger.progress.tick(ids["甲"], "市科技局", now=NOW)
    ledger.tasks.terminate(ids["丙"], "不再需要", by="t", now=NOW)
    overview = {u["id"]: u["open"] for u in ledger.status.unit_overview(date(2018, 12, 20)) if u["open"]}
    assert ledger.status.open_by_unit() == overview
    assert ledger.status.open_by_unit() == {ledger.units.find("市科技局"): 1, ledger.units.find("市财政局"): 1}
