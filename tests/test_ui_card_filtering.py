"""The card list's shown-rows model: resets only when the shown rows change, search words
read in SQL (following edits and reloads), folding, header rows."""

from __future__ import annotations

import pytest

from ledger_helpers import AS_OF, NOW
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


@pytest.fixture
def shown(ledger):
    from ui.card_model import CardModel
    from ui.card_proxy import CardProxy

    ids = build_ledger(ledger)
    model = CardModel()
    model.reload(ledger, AS_OF, 30)
    proxy = CardProxy()
    proxy.setSourceModel(model)
    return ledger, ids, model, proxy


def _task_ids(proxy) -> list[int]:
    from ui.card_model import TASK_ID_ROLE

    return [t for t in (proxy.index(r, 0).data(TASK_ID_ROLE) for r in range(proxy.rowCount())) if t is not None]


def _resets(proxy) -> list:
    seen: list = []
    proxy.modelReset.connect(lambda: seen.append("reset"))
    return seen


def test_a_tick_inside_a_bucket_repaints_one_card_without_a_reset(shown, qtmodeltester):
    from ui.card_model import MARKS_ROLE

    ledger, ids, model, proxy = shown
    tid = ids["开展营商环境评价"]   # two milestones: one tick keeps it in its bucket
    resets, changed = _resets(proxy), []
    proxy.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    before = _task_ids(proxy)
    model.apply_changes(ledger.progress.tick(tid, "市财政局", 1, now=NOW))
    assert resets == [] and _task_ids(proxy) == before
    row = proxy.mapFromSource(model.index(model.row_of(tid))).row()
    assert (row, row) in changed and all(a == b for a, b in changed)   # never a wide range
    assert [m.name for m in proxy.index(row, 0).data(MARKS_ROLE)] == ["市发展改革委", "市财政局"]
    qtmodeltester.check(proxy, force_py=True)


def test_a_card_leaving_for_a_folded_bucket_resets_once_and_maps_back(shown):
    from ui.card_model import BUCKET_ROLE, COUNT_ROLE

    ledger, ids, model, proxy = shown
    tid = ids["建设创新平台"]
    resets = _resets(proxy)
    model.apply_changes(ledger.progress.tick(tid, "市科技局", now=NOW))
    assert resets and tid not in _task_ids(proxy)
    head = proxy.header_row("done")
    assert proxy.index(head, 0).data(BUCKET_ROLE) == "done" and proxy.index(head, 0).data(COUNT_ROLE) == 1
    for r in range(proxy.rowCount()):   # every shown row maps to its source row and back
        src = proxy.mapToSource(proxy.index(r, 0))
        assert proxy.mapFromSource(src).row() == r
    assert not proxy.mapFromSource(model.index(model.row_of(tid))).isValid()


def test_unfolding_shows_the_bucket_and_counts_follow_filters(shown):
    ledger, ids, model, proxy = shown
    tid = ids["建设创新平台"]
    model.apply_changes(ledger.progress.tick(tid, "市科技局", now=NOW))
    model.toggle_collapsed("done")
    assert tid in _task_ids(proxy)
    proxy.set_search("不存在的词")
    assert _task_ids(proxy) == [] and proxy.rowCount() == 0 and proxy.header_row("done") is None
    proxy.set_search("创新")
    assert _task_ids(proxy) == [tid] and proxy.counts()["done"] == 1 and proxy.visible_count() == 1


def test_search_is_read_in_sql_and_combines_with_the_other_filters(shown):
    ledger, ids, model, proxy = shown
    proxy.set_search("收费")
    assert _task_ids(proxy) == [ids["清理涉企收费"]]
    proxy.set_search("收费 市财政局")                  # every word: title and a unit's name
    assert _task_ids(proxy) == [ids["清理涉企收费"]]
    proxy.set_unit_tasks(ledger.status.task_ids_for_unit("市科技局"))
    assert _task_ids(proxy) == [] and proxy.visible_count() == 0
    proxy.set_unit_tasks(None)
    proxy.set_search("100%")                         # LIKE's wildcards are plain characters
    assert _task_ids(proxy) == []


def test_an_edit_reaches_the_search(shown):
    ledger, ids, model, proxy = shown
    tid = ids["完善考核办法"]
    proxy.set_search("绩效")
    assert _task_ids(proxy) == []
    model.apply_changes(ledger.tasks.edit(tid, title="完善绩效考核办法", by="测试", now=NOW))
    assert _task_ids(proxy) == [tid]
    model.apply_changes(ledger.tasks.edit(tid, title="完善考核办法", by="测试", now=NOW))
    assert _task_ids(proxy) == []


def test_a_reload_reads_what_another_connection_wrote(shown):
    from tracker.ledger import Ledger

    ledger, ids, model, proxy = shown
    tid = ids["完善考核办法"]
    proxy.set_search("ＡＢＣ办法")
    assert _task_ids(proxy) == []
    other = Ledger.open(ledger.path)
    try:
        other.tasks.edit(tid, title="完善ＡＢＣ办法", by="测试", now=NOW)
    finally:
        other.close()
    ledger.changed_elsewhere()
    model.reload(ledger, AS_OF, 30)
    assert _task_ids(proxy) == [tid]


def test_after_moves_the_model_and_proxy_match_a_fresh_load(shown):
    from ui.card_model import CardModel
    from ui.card_proxy import CardProxy

    ledger, ids, model, proxy = shown
    proxy.set_search("市")                       # a search active while cards move
    model.toggle_collapsed("done")
    for title, unit in (("建设创新平台", "市科技局"), ("清理涉企收费", "市财政局"), ("推进政务服务一网通办", "市大数据局")):
        model.apply_changes(ledger.progress.tick(ids[title], unit, now=NOW))
    from datetime import date

    model.apply_changes(ledger.tasks.extend(ids["建设创新平台"], date(2019, 9, 30), "测试", by="测试", now=NOW))
    model.apply_changes(ledger.tasks.extend(ids["开展营商环境评价"], date(2019, 2, 28), "测试", by="测试", now=NOW))
    fresh = CardModel()
    fresh.collapsed = set(model.collapsed)
    fresh.reload(ledger, AS_OF, 30)
    fresh_proxy = CardProxy()
    fresh_proxy.setSourceModel(fresh)
    fresh_proxy.set_search("市")
    assert model.card_order().ids == fresh.card_order().ids
    assert model.card_order().bounds == fresh.card_order().bounds and model.header_rows() == fresh.header_rows()
    assert model.counts() == fresh.counts()
    for tid in ids.values():
        assert model.row_of(tid) == fresh.row_of(tid)
    assert _task_ids(proxy) == _task_ids(fresh_proxy) and proxy.counts() == fresh_proxy.counts()


def test_many_changes_at_once_read_the_order_again(shown, monkeypatch):
    import ui.card_moves
    from ui.card_model import CardModel

    ledger, ids, model, proxy = shown
    monkeypatch.setattr(ui.card_moves, "BULK_CHANGES", 1)
    resets = _resets(model)
    proxy.set_search("市")
    changes = ledger.progress.tick(ids["建设创新平台"], "市科技局", now=NOW)
    changes.merge(ledger.progress.tick(ids["清理涉企收费"], "市财政局", now=NOW))
    model.apply_changes(changes)
    assert resets == ["reset"]
    fresh = CardModel()
    fresh.reload(ledger, AS_OF, 30)
    assert model.card_order().ids == fresh.card_order().ids and model.counts() == fresh.counts()
    assert ids["建设创新平台"] not in _task_ids(proxy)   # into the folded 已完成


def test_a_large_ledgers_search_runs_on_a_worker(shown, qtbot, monkeypatch):
    import ui.card_search

    ledger, ids, model, proxy = shown
    monkeypatch.setattr(ui.card_search, "SEARCH_ON_WORKER_TASKS", 0)
    before = _task_ids(proxy)
    with qtbot.waitSignal(proxy.filter_applied, timeout=10000):
        proxy.set_search("收费")
    # The rows shown stay while the worker matches the words.
    assert proxy.search_waiting() and _task_ids(proxy) == before
    qtbot.waitUntil(lambda: not proxy.search_waiting(), timeout=10000)
    assert _task_ids(proxy) == [ids["清理涉企收费"]]
    # Words typed again before the answer: only the last words' answer is shown.
    proxy.set_search("创新")
    proxy.set_search("考核")
    qtbot.waitUntil(lambda: not proxy.search_waiting(), timeout=10000)
    assert _task_ids(proxy) == [ids["完善考核办法"]]
    # An edit reaches the matches without a worker (only the changed task is looked at).
    proxy.set_search("绩效")
    qtbot.waitUntil(lambda: not proxy.search_waiting(), timeout=10000)
    assert _task_ids(proxy) == []
    tid = ids["完善考核办法"]
    model.apply_changes(ledger.tasks.edit(tid, title="完善绩效考核办法", by="测试", now=NOW))
    assert _task_ids(proxy) == [tid] and not proxy.search_waiting()
