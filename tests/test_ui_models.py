"""qtmodeltester over every model of the main window, and the proxy's filtering."""

from __future__ import annotations

import pytest

from ledger_helpers import AS_OF, NOW
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


@pytest.fixture
def filled(ledger):
    ids = build_ledger(ledger)
    return ledger, ids


def _model(ledger):
    from ui.card_model import CardModel

    m = CardModel()
    m.reload(ledger, AS_OF, 30)
    return m


def test_card_model_passes_modeltester(qtmodeltester, filled):
    ledger, ids = filled
    m = _model(ledger)
    qtmodeltester.check(m, force_py=True)
    # Every bucket has a header; cards follow their header.
    from ui.card_model import BUCKET_ROLE, COUNT_ROLE, KIND_ROLE

    headers = [m.index(r).data(BUCKET_ROLE) for r in range(m.rowCount()) if m.index(r).data(KIND_ROLE) == "header"]
    from tracker.ledger.buckets import BUCKETS
    assert headers == list(BUCKETS)
    counts = ledger.status.counts(AS_OF)
    for r in range(m.rowCount()):
        idx = m.index(r)
        if idx.data(KIND_ROLE) == "header":
            assert idx.data(COUNT_ROLE) == counts[idx.data(BUCKET_ROLE)]


def test_card_model_moves_a_card_after_a_change(qtmodeltester, filled):
    from ui.card_model import BUCKET_ROLE, TASK_ID_ROLE

    ledger, ids = filled
    m = _model(ledger)
    qtmodeltester.check(m, force_py=True)
    tid = ids["推进政务服务一网通办"]
    for unit in ("市行政审批服务局", "市大数据局"):
        m.apply_changes(ledger.progress.tick(tid, unit, now=NOW))
    row = m.row_of(tid)
    assert m.index(row).data(TASK_ID_ROLE) == tid and m.index(row).data(BUCKET_ROLE) == "done"
    assert m.counts()["done"] == 1 and m.counts()["overdue"] == 0
    assert [m.row_of(t) for t in ids.values()] == [m.index(m.row_of(t)).row() for t in ids.values()]


def test_proxy_passes_modeltester_and_filters(qtmodeltester, filled):
    from ui.card_model import KIND_ROLE, TASK_ID_ROLE
    from ui.card_proxy import CardProxy

    ledger, ids = filled
    m = _model(ledger)
    p = CardProxy()
    p.setSourceModel(m)
    qtmodeltester.check(p, force_py=True)

    def shown():
        return {p.index(r, 0).data(TASK_ID_ROLE) for r in range(p.rowCount()) if p.index(r, 0).data(KIND_ROLE) == "card"}

    assert shown() == set(ids.values())
    p.set_search("收费")
    assert shown() == {ids["清理涉企收费"]}
    p.set_search("市财政局")                     # unit names are searched too
    assert shown() == {ids["清理涉企收费"], ids["开展营商环境评价"]}
    p.set_search("测政发〔2018〕1号")             # and the 文号
    assert len(shown()) == len(ids)
    p.set_search("")
    p.set_unit_tasks(ledger.status.task_ids_for_unit("市财政局", lead_only=True))
    assert shown() == {ids["清理涉企收费"]}
    p.set_unit_tasks(None)
    p.set_bucket("overdue")
    assert shown() == {ids["推进政务服务一网通办"]}
    assert p.visible_count() == 1
    qtmodeltester.check(p, force_py=True)


def test_proxy_keeps_folded_bucket_headers(filled):
    from ui.card_model import BUCKET_ROLE, COUNT_ROLE, KIND_ROLE
    from ui.card_proxy import CardProxy

    ledger, ids = filled
    m = _model(ledger)
    p = CardProxy()
    p.setSourceModel(m)
    m.toggle_collapsed("overdue")
    rows = [(p.index(r, 0).data(KIND_ROLE), p.index(r, 0).data(BUCKET_ROLE)) for r in range(p.rowCount())]
    assert ("header", "overdue") in rows and ("card", "overdue") not in rows
    head = next(r for r in range(p.rowCount()) if p.index(r, 0).data(BUCKET_ROLE) == "overdue")
    assert p.index(head, 0).data(COUNT_ROLE) == 1


def test_matrix_model_passes_modeltester(qtmodeltester, filled):
    from PySide6.QtCore import Qt

    from ui.matrix_model import MatrixModel

    ledger, ids = filled
    tid = ids["开展营商环境评价"]
    t = ledger.tasks.get(tid)
    m = MatrixModel()
    m.tick = lambda uid, mid, done: ledger.progress.tick(tid, uid, mid, done=done, by="测试", now=NOW)
    m.set_matrix(t.milestones, ledger.progress.matrix(tid), AS_OF.isoformat())
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    qtmodeltester.check(m, force_py=True)
    assert m.setData(m.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    ev = ledger.progress.history(tid)[0]
    assert (ev.unit, ev.milestone, ev.done, ev.by) == ("市财政局", "制定方案", True, "测试")
    assert m.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_many_void_qt_calls_do_not_exhaust_none():
    """PySide6 6.12.0 on Python < 3.12 dropped a reference to None per void call (the
    process aborts after a few thousand); pyproject.toml excludes that release."""
    import sys

    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50


def test_card_document_line_keeps_the_doc_number_whole(qapp):
    """A narrow card shortens the document's title, not its 文号 (聊政办发〔2018〕26号 was
    cut to 聊政…)."""
    from PySide6.QtGui import QFontMetrics

    from ui.app import create_app
    from ui.card_delegate import doc_line

    create_app([])
    fm = QFontMetrics(qapp.font())
    doc, no = "加强和改进行政应诉工作的实施意见", "聊政办发〔2018〕26号"
    full = f"《{doc}》  {no}"
    assert doc_line(doc, no, fm.horizontalAdvance(full) + 4, fm) == full
    for width in (fm.horizontalAdvance(full) * 2 // 3, fm.horizontalAdvance(no) + fm.horizontalAdvance("《……》  ")):
        shown = doc_line(doc, no, width, fm)
        assert shown.endswith(f"…》  {no}") and fm.horizontalAdvance(shown) <= width, shown
    narrow = doc_line(doc, no, fm.horizontalAdvance(no) // 2, fm)
    assert narrow.startswith("聊政") and narrow.endswith("…")
    assert doc_line("", no, 400, fm) == no and doc_line("", "", 400, fm) == "（未关联文件）"
