"""The app's card order read in SQL (ids in display order, bucket bounds by binary
search) and the search words matched in SQL: the same answers as ``status.rows`` and
the search texts, through the indexes."""

import unicodedata
from datetime import date

from ledger_helpers import NOW, import_tasks, task
from tracker.ledger.card_order import insert_position, read_order, search_task_ids, segment_of
from tracker.ledger.buckets import BUCKETS


def _many(ledger):
    import_tasks(ledger, task("甲", deadline="2018-12-10"),
                 task("乙", deadline="2019-01-05", units=(("市财政局", "lead"), ("市科技局", "support"))),
                 task("丙", deadline="2019-06-30", units=(("市财政局", "lead"),), text="丙的正文含关键字ＡＢＣ"),
                 task("丁", deadline=None, deadline_text=None), task("戊", deadline="2018-12-10"),
                 task("己", deadline="2018-12-31"), task("庚", deadline="2020-03-01", text="Smart City 建设"),
                 task("辛", deadline="2019-03-31"), task("壬", deadline="2018-12-20"))
    ids = {r.title: r.id for r in ledger.status.rows(date(2018, 12, 20))}
    ledger.progress.tick(ids["甲"], "市科技局", now=NOW)
    ledger.tasks.terminate(ids["丙"], "不再需要", by="t", now=NOW)
    return ids


def test_order_and_bounds_match_status_rows_on_any_date(ledger):
    _many(ledger)
    for as_of in (date(2018, 12, 20), date(2018, 12, 31), date(2019, 2, 15), date(2017, 1, 1), date(2030, 1, 1)):
        for window in (0, 7, 30, 120):
            rows = ledger.status.rows(as_of, window=window)
            order = read_order(ledger, as_of, window)
            assert list(order.ids) == [r.id for r in rows], (as_of, window)
            for bucket in BUCKETS:
                start, end = order.bounds[bucket]
                assert [r.id for r in rows if r.bucket == bucket] == list(order.ids[start:end]), (as_of, window, bucket)


def test_insert_position_finds_a_moved_task_place(ledger):
    ids = _many(ledger)
    as_of = date(2018, 12, 20)
    ledger.tasks.extend(ids["戊"], date(2019, 2, 28), "测试", by="t", now=NOW)
    order = read_order(ledger, as_of, 30)
    full = list(order.ids)
    pos = full.index(ids["戊"])
    ids_left = order.ids[:pos] + order.ids[pos + 1:]
    bucket = next(b for b, (s, e) in order.bounds.items() if s <= pos < e)
    lo, hi = order.bounds["overdue"][0], order.bounds["later"][1] - 1
    assert segment_of(bucket) == "dated"
    assert insert_position(ledger, ids_left, lo, hi, "dated", ids["戊"]) == pos


def test_order_queries_read_the_state_next_due_index(ledger):
    _many(ledger)
    plan = " ".join(r[3] for r in ledger.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE state='active' AND next_due IS NOT NULL ORDER BY next_due, id"))
    assert "idx_tasks_state_next_due" in plan and "TEMP B-TREE" not in plan
    plan = " ".join(r[3] for r in ledger.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE state='active' AND next_due IS NULL ORDER BY id"))
    assert "idx_tasks_state_next_due" in plan and "TEMP B-TREE" not in plan


def test_search_matches_what_the_search_texts_hold(ledger):
    ids = _many(ledger)
    texts = ledger.status.search_texts()
    for words in (["乙"], ["市财政局"], ["测政发〔2018〕1号"], ["abc"], ["ＡＢＣ"], ["smart", "city"], ["SMART"],
                  ["市财政局", "丙"], ["关键字", "没有"], ["%"], ["_"]):
        wanted = {tid for tid, hay in texts.items() if all(unicodedata.normalize("NFKC", w).lower() in hay
                                                            for w in words)}
        assert search_task_ids(ledger, words) == wanted, words
    assert search_task_ids(ledger, ["市财政局"], [ids["乙"], ids["甲"]]) == {ids["乙"]}
    assert search_task_ids(ledger, []) == set()


def test_a_units_tasks_are_read_from_an_index_alone(ledger):
    _many(ledger)
    plan = " ".join(r[3] for r in ledger.db.execute(
        "EXPLAIN QUERY PLAN SELECT a.task_id FROM assignments a WHERE a.unit_id=?", [1]))
    assert "COVERING INDEX idx_assignments_unit_task" in plan


def test_newly_due_by_index_matches_the_status_answer(ledger):
    from tracker.ledger.card_order import newly_due

    _many(ledger)
    for since, as_of in ((date(2018, 12, 1), date(2018, 12, 20)), (date(2018, 12, 15), date(2018, 12, 20)),
                         (date(2018, 12, 20), date(2018, 12, 20)), (date(2017, 1, 1), date(2019, 3, 1)),
                         (date(2018, 12, 19), date(2019, 1, 6))):
        for window in (0, 7, 30):
            expected = ledger.status.newly_due(since, as_of, window=window)
            assert newly_due(ledger, since, as_of, window) == expected, (since, as_of, window)
