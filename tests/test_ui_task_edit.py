"""Editing a saved task, adding one by hand and a backdated tick with a note, driven with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from ledger_helpers import AS_OF
from ui_helpers import build_ledger, type_text

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
    qtbot.waitUntil(win.is_settled)
    win.ids = ids
    return win


def _history(win) -> list[str]:
    return [win.detail.history.item(i).text() for i in range(win.detail.history.count())]


def _card_titles(win) -> list[str]:
    from ui.card_model import KIND_ROLE

    p = win.proxy
    return [p.index(r, 0).data(Qt.ItemDataRole.DisplayRole) or "" for r in range(p.rowCount())
            if p.index(r, 0).data(KIND_ROLE) == "card"]


def test_edit_a_task_from_the_detail_panel(window, qtbot, ledger):
    tid = window.ids["清理涉企收费"]
    assert window.cards.select_task(tid)
    qtbot.mouseClick(window.detail.edit_button, Qt.MouseButton.LeftButton)
    dlg = window.detail.task_dialog
    qtbot.waitExposed(dlg)
    assert dlg.title_edit.text() == "清理涉企收费" and dlg.units_edit.text() == "市财政局(牵头)"
    dlg.title_edit.selectAll()
    type_text(dlg.title_edit, "全面清理涉企收费")
    dlg.units_edit.end(False)
    type_text(dlg.units_edit, "、市市场监管局(配合)")
    dlg.deadline.edit.setDate(QDate(2019, 6, 30))
    with qtbot.waitSignal(window.detail.task_changed):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    t = ledger.tasks.get(tid)
    assert t.title == "全面清理涉企收费" and t.deadline == "2019-06-30"
    assert [(a.name, a.role) for a in t.assignments] == [("市财政局", "lead"), ("市市场监管局", "support")]
    # The history (in the panel too) keeps who, the old and the new value.
    lines = _history(window)
    assert any("王晓明" in ln and "修改完成时限：2019-03-31 → 2019-06-30" in ln for ln in lines)
    assert any("修改标题：清理涉企收费 → 全面清理涉企收费" in ln for ln in lines)
    assert window.detail.title.text() == "全面清理涉企收费"
    qtbot.waitUntil(lambda: any("全面清理涉企收费" in x for x in _card_titles(window)))


def test_edit_refuses_a_bad_value_and_keeps_the_form(window, qtbot, ledger):
    tid = window.ids["建设创新平台"]
    window.cards.select_task(tid)
    qtbot.mouseClick(window.detail.edit_button, Qt.MouseButton.LeftButton)
    dlg = window.detail.task_dialog
    qtbot.waitExposed(dlg)
    dlg.title_edit.clear()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "标题不能为空" in dlg.error.text()
    dlg.milestones_edit.setText("明年 开工")
    type_text(dlg.title_edit, "建设创新平台")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "阶段节点应以日期开头" in dlg.error.text()
    assert ledger.tasks.get(tid).title == "建设创新平台" and len(ledger.tasks.get(tid).milestones) == 1
    dlg.milestones_edit.setText("2019-03-31 完成选址")
    with qtbot.waitSignal(window.detail.task_changed):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert [(m.due, m.label) for m in ledger.tasks.get(tid).milestones] == [("2019-03-31", "完成选址"),
                                                                            ("2019-06-30", "完成")]


def test_add_a_task_by_hand(window, qtbot, ledger):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = window.task_dialog
    qtbot.waitExposed(dlg)
    assert dlg.windowTitle() == "新增任务" and dlg.source_box.currentText() == "领导批示"
    type_text(dlg.title_edit, "落实市长批示做好冬季供暖保障")
    type_text(dlg.units_edit, "市住房城乡建设局(牵头)、市发展改革委(配合)")
    qtbot.mouseClick(dlg.deadline.none_box, Qt.MouseButton.LeftButton)   # it starts as 无具体期限
    assert dlg.deadline.edit.isEnabled()
    dlg.deadline.edit.setDate(QDate(2019, 1, 15))
    type_text(dlg.case_no_edit, "督〔2018〕12号")
    type_text(dlg.leader_edit, "张副市长")
    with qtbot.waitSignal(dlg.task_saved) as sig:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    tid = next(iter(sig.args[0].tasks))
    t = ledger.tasks.get(tid)
    assert (t.title, t.deadline, t.source_kind, t.case_no, t.leader, t.origin) == (
        "落实市长批示做好冬季供暖保障", "2019-01-15", "领导批示", "督〔2018〕12号", "张副市长", "manual")
    qtbot.waitUntil(lambda: window.detail.task_id() == tid)
    assert "落实市长批示做好冬季供暖保障" in _card_titles(window)
    assert any("新增任务：落实市长批示做好冬季供暖保障" in ln for ln in _history(window))


def test_backdated_tick_with_a_note(window, qtbot, ledger):
    tid = window.ids["推进政务服务一网通办"]
    window.cards.select_task(tid)
    d = window.detail
    assert d.done_date.maximumDate() == QDate(2018, 12, 20) and d.done_date.date() == QDate(2018, 12, 20)
    d.done_date.setDate(QDate(2019, 1, 5))   # later than today: the picker stays capped
    assert d.done_date.date() == QDate(2018, 12, 20)
    d.done_date.setDate(QDate(2018, 12, 1))
    type_text(d.note, "已完成，见佐证材料")
    d.matrix_view.setFocus()
    d.matrix_view.setCurrentIndex(d.matrix.index(0, 0))
    with qtbot.waitSignal(d.task_changed):
        qtbot.keyClick(d.matrix_view, Qt.Key.Key_Space)
    cell = ledger.progress.matrix(tid)[0].cells[0]
    assert cell.done and cell.done_on == "2018-12-01"
    ev = ledger.progress.history(tid)[0]
    assert ev.done_on == "2018-12-01" and ev.note == "已完成，见佐证材料" and ev.by == "王晓明"
    assert d.matrix.index(0, 0).data() == "2018-12-01"
    assert any("办结，完成日期 2018-12-01；办理情况：已完成，见佐证材料" in ln for ln in _history(window))
    # The note and date are used once: the next tick is dated today with no note.
    assert d.note.text() == "" and d.done_date.date() == QDate(2018, 12, 20)
    # 2018-12-01 is before the 2018-12-10 due date: on time in the statistics.
    from tracker.report.stats import Period, build_stats

    rows = {r.name: r for r in build_stats(ledger, Period.month(2018, 12), AS_OF).rows}
    assert rows["市行政审批服务局"].on_time == 1
