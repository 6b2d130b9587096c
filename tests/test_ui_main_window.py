"""The main window driven like a clerk would: buckets, ticking, undo, as-of, search, keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ledger_helpers import AS_OF, NOW
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


@pytest.fixture
def settings(tmp_path):
    from ui.settings import USER_NAME, Settings

    s = Settings.at(tmp_path / "settings.ini")
    s.set(USER_NAME, "王晓明")
    return s


@pytest.fixture
def window(qtbot, ledger, settings):
    from ui.main_window import MainWindow

    ids = build_ledger(ledger)
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)   # the unit list is filled after the first paint
    win.ids = ids
    return win


def _cards(win) -> dict[str, list[int]]:
    """Visible card task ids per bucket, and header counts."""
    from ui.card_model import BUCKET_ROLE, KIND_ROLE, TASK_ID_ROLE

    out: dict[str, list[int]] = {}
    p = win.proxy
    for r in range(p.rowCount()):
        idx = p.index(r, 0)
        if idx.data(KIND_ROLE) == "card":
            out.setdefault(idx.data(BUCKET_ROLE), []).append(idx.data(TASK_ID_ROLE))
    return out


def _header_counts(win) -> dict[str, int]:
    from ui.card_model import BUCKET_ROLE, COUNT_ROLE, KIND_ROLE

    p = win.proxy
    return {p.index(r, 0).data(BUCKET_ROLE): p.index(r, 0).data(COUNT_ROLE)
            for r in range(p.rowCount()) if p.index(r, 0).data(KIND_ROLE) == "header"}


def _expected(ledger, as_of=AS_OF):
    return {b: n for b, n in ledger.status.counts(as_of).items() if n}


def test_cards_per_bucket_match_the_core(window, ledger):
    assert _header_counts(window) == _expected(ledger)
    shown = {b: len(v) for b, v in _cards(window).items()}
    assert shown == {b: n for b, n in _expected(ledger).items() if b not in ("done", "terminated")}
    assert window.badge_overdue.text() == f"逾期 {_expected(ledger)['overdue']}"
    assert not window.not_today_action.isVisible()


def _select(win, qtbot, tid):
    assert win.cards.select_task(tid)
    qtbot.waitUntil(lambda: win.detail.task_id() == tid)


def _click_check(qtbot, view, index):
    opt = QStyleOptionViewItem()
    opt.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(opt, index)
    check = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check.center())


def _mark(win, tid, unit):
    from ui.card_model import MARKS_ROLE

    src = win.model.index(win.model.row_of(tid))
    return next(m.done for m in src.data(MARKS_ROLE) if m.name == unit)


def test_click_tick_records_event_and_updates_card_then_undo(window, ledger, qtbot):
    tid = window.ids["开展营商环境评价"]
    _select(window, qtbot, tid)
    view, model = window.detail.matrix_view, window.detail.matrix
    row = next(r for r in range(model.rowCount()) if model.row_data(r).name == "市财政局")
    window.detail.note.setText("已报送方案")
    _click_check(qtbot, view, model.index(row, 0))
    ev = ledger.progress.history(tid)[0]
    assert (ev.unit, ev.milestone, ev.done, ev.by, ev.note) == ("市财政局", "制定方案", True, "王晓明", "已报送方案")
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "王晓明" in window.detail.history.item(0).text()
    assert window.detail.task_id() == tid
    # Second cell of the same unit still open: the unit's mark is open; tick it and it is done.
    _click_check(qtbot, view, model.index(row, 1))
    assert _mark(window, tid, "市财政局") is True
    assert _mark(window, tid, "市发展改革委") is False

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ev = ledger.progress.history(tid)[0]
    assert (ev.done, ev.note, ev.milestone) == (False, "撤销", "完成评价")
    assert model.index(row, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert _mark(window, tid, "市财政局") is False


def test_ticking_every_cell_moves_the_card_to_done(window, ledger, qtbot):
    tid = window.ids["推进政务服务一网通办"]
    _select(window, qtbot, tid)
    view, model = window.detail.matrix_view, window.detail.matrix
    for r in range(model.rowCount()):
        _click_check(qtbot, view, model.index(r, 0))
    assert window.model.index(window.model.row_of(tid)).data(Qt.ItemDataRole.UserRole + 3) == "done"
    assert tid not in _cards(window).get("overdue", [])
    assert _header_counts(window).get("done") == 1
    assert window.detail.task_id() == tid
    assert window.badge_overdue.text() == "逾期 0"


def test_space_ticks_the_focused_cell(window, ledger, qtbot):
    tid = window.ids["清理涉企收费"]
    _select(window, qtbot, tid)
    view, model = window.detail.matrix_view, window.detail.matrix
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ledger.progress.history(tid)[0].done is True
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ledger.progress.history(tid)[0].done is False
    assert len(ledger.progress.history(tid)) == 2


def test_changing_as_of_moves_buckets(window, ledger, qtbot):
    tid = window.ids["清理涉企收费"]
    assert tid in _cards(window)["later"]
    window.as_of_edit.setDate(QDate(2019, 3, 10))
    assert tid in _cards(window)["due_soon"]
    assert _header_counts(window) == _expected(ledger, date(2019, 3, 10))
    assert window.not_today_action.isVisible()
    window.back_today.click()
    assert window.as_of() == AS_OF and tid in _cards(window)["later"]


def test_detail_of_the_selected_task_follows_the_as_of_date(window, qtbot):
    tid = window.ids["清理涉企收费"]   # due 2019-03-31
    window.cards.select_task(tid)
    qtbot.waitUntil(lambda: window.detail.task_id() == tid)
    assert "还剩101天" in window.detail.status.text()
    window.as_of_edit.setDate(QDate(2019, 3, 10))
    assert window.detail.task_id() == tid
    assert "30天内到期" in window.detail.status.text() and "还剩21天" in window.detail.status.text()
    window.as_of_edit.setDate(QDate(2019, 4, 2))
    assert "已逾期" in window.detail.status.text() and "逾期2天" in window.detail.status.text()


def _type(widget, text):
    """Type text key by key (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_typing_in_search_filters_cards(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    _type(window.filters.search, "收费")
    qtbot.waitUntil(lambda: sum(map(len, _cards(window).values())) == 1)
    assert _cards(window) == {"later": [window.ids["清理涉企收费"]]}
    assert "筛选出 1 项" in window.count_label.text()
    window.filters.search.clear()
    qtbot.waitUntil(lambda: sum(map(len, _cards(window).values())) == len(window.ids))


def test_unit_filter_and_lead_only(window, ledger, qtbot):
    uid = ledger.units.find("市财政局")
    window.filters.choose_unit(uid)
    assert set(sum(_cards(window).values(), [])) == {window.ids["清理涉企收费"], window.ids["开展营商环境评价"]}
    window.filters.role_lead.setChecked(True)
    assert set(sum(_cards(window).values(), [])) == {window.ids["清理涉企收费"]}
    window.filters.choose_unit(None)
    assert len(sum(_cards(window).values(), [])) == len(window.ids)


def test_delete_asks_and_changes_nothing(window, ledger, qtbot, monkeypatch):
    from ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[1]) or False)
    tid = window.ids["建设创新平台"]
    _select(window, qtbot, tid)
    window.cards.setFocus()
    qtbot.keyClick(window.cards, Qt.Key.Key_Delete)
    assert asked == ["删除任务"]
    assert ledger.tasks.get(tid).state == "active" and ledger.tasks.count() == len(window.ids)


def test_header_click_folds_a_bucket(window, qtbot):
    from ui.card_model import BUCKET_ROLE

    p = window.proxy
    head = next(r for r in range(p.rowCount()) if p.index(r, 0).data(BUCKET_ROLE) == "later")
    rect = window.cards.visualRect(p.index(head, 0))
    qtbot.mouseClick(window.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "later" not in _cards(window) and _header_counts(window)["later"] == 2


def test_another_process_change_is_picked_up(window, ledger, db_path, qtbot):
    from tracker.ledger import Ledger

    tid = window.ids["建设创新平台"]
    with Ledger.open(db_path) as other:
        other.progress.tick(tid, "市科技局", now=NOW, by="他人")
    window.poll_ledger()
    assert tid in _cards(window).get("done", []) or _header_counts(window).get("done") == 1


def test_start_notice_lists_newly_due(window, settings, ledger):
    from ui.settings import LAST_START_DATE

    settings.set(LAST_START_DATE, "2018-11-01")
    rows = window.start_notice(show=False)
    assert {r.title for r in rows} == {"推进政务服务一网通办", "开展营商环境评价", "编制年度报告"}
    assert settings.get(LAST_START_DATE) == AS_OF.isoformat()
    assert window.start_notice(show=False) == []


def test_opening_a_bad_file_keeps_the_ledger(window, ledger, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "not-a-ledger.sqlite3"
    bad.write_bytes(b"hello, this is not a database at all")
    assert window.open_ledger(bad) is False
    assert shown and "不是督办台账文件" in shown[0]
    assert window.ledger is ledger and window.model.task_count() == len(window.ids)


def test_open_another_ledger_and_welcome_when_empty(window, tmp_path, settings):
    from ui.settings import LEDGER_PATH

    new = tmp_path / "other" / "new.sqlite3"
    assert window.open_ledger(new)
    assert window.model.task_count() == 0
    assert window.centre.currentWidget() is window.welcome
    assert settings.get(LEDGER_PATH) == str(new)


def test_seed_imported_window_matches_core_counts(qtbot, ledger, settings, seed_path):
    extract = pytest.importorskip("tracker.extract")
    from tracker.ledger.importer import import_contract
    from ui.main_window import MainWindow

    contract = extract.extract_path(seed_path).to_contract(full=True)
    import_contract(ledger, contract, source_name=seed_path.name, sha256=None, as_of=AS_OF, now=NOW, by="测试")
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    assert ledger.tasks.count() > 0
    assert _header_counts(win) == _expected(ledger)
    shown = {b: len(v) for b, v in _cards(win).items()}
    assert shown == {b: n for b, n in _expected(ledger).items() if b not in ("done", "terminated")}


def test_bad_file_dropped_on_the_window_shows_a_message_and_changes_nothing(window, qtbot, ledger, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    bad = tmp_path / "扫描件.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    before = (ledger.tasks.count(), len(ledger.documents.all()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    controller = window._controller()
    with qtbot.waitSignal(controller.message_shown, timeout=10000) as shown:
        event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        window.dropEvent(event)
    assert "二进制" in shown.args[0]
    assert controller.message_box is not None and controller.message_box.isVisible()
    controller.message_box.close()
    assert (ledger.tasks.count(), len(ledger.documents.all())) == before


def test_another_ledger_is_checked_and_copied_off_the_gui_thread(window, tmp_path, qtbot, monkeypatch):
    import threading

    import tracker.backup
    from tracker.ledger import Ledger

    seen = []
    real = tracker.backup.on_start

    def on_start(ledger, today):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(ledger, today)

    monkeypatch.setattr(tracker.backup, "on_start", on_start)
    path = tmp_path / "other" / "second.sqlite3"
    Ledger.open(path).close()
    assert window.open_ledger(path)
    qtbot.waitUntil(lambda: bool(seen) and (tracker.backup.backup_dir_for(path) / f"daily-{AS_OF:%Y%m%d}.sqlite3").exists())
    assert seen == [False]
