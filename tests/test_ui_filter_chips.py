"""Every active filter is shown as a chip that clears it; a blank list says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ledger_helpers import AS_OF
from ui_helpers import build_ledger, type_text

pytest.importorskip("pytestqt")


@pytest.fixture
def window(qtbot, ledger, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import Settings

    ids = build_ledger(ledger)
    win = MainWindow(ledger, Settings.at(tmp_path / "settings.ini"), today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    win.ids = ids
    return win


def _shown_tasks(win) -> set[int]:
    from ui.card_model import KIND_ROLE, TASK_ID_ROLE

    p = win.proxy
    return {p.index(r, 0).data(TASK_ID_ROLE) for r in range(p.rowCount()) if p.index(r, 0).data(KIND_ROLE) == "card"}


def _click_unit(win, qtbot, name: str) -> None:
    view = win.filters.unit_view
    matches = view.model().match(view.model().index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert matches, name
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(matches[0]).center())


def test_unit_found_through_unit_search_stays_visible_as_a_chip(window, qtbot):
    f, bar = window.filters, window.card_area.bar
    assert not bar.isVisible()
    type_text(f.unit_search, "财政")
    qtbot.waitUntil(lambda: window.filters.unit_proxy.rowCount() >= 1)
    _click_unit(window, qtbot, "市财政局")
    mine = {window.ids["清理涉企收费"], window.ids["开展营商环境评价"]}
    qtbot.waitUntil(lambda: _shown_tasks(window) == mine)
    f.unit_search.selectAll()
    qtbot.keyClick(f.unit_search, Qt.Key.Key_Delete)
    assert f.unit_search.text() == ""
    # The unit still filters, and says so where it can be seen and cleared.
    assert _shown_tasks(window) == mine
    assert bar.isVisible() and set(bar.chips) == {"unit"}
    assert "市财政局" in bar.chips["unit"].text() and bar.chips["unit"].isVisible()
    qtbot.mouseClick(bar.chips["unit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_tasks(window) == set(window.ids.values()))
    assert f.unit_id() is None and not bar.isVisible()


def test_blank_list_names_the_filters_that_hide_tasks_and_clear_all_brings_them_back(window, qtbot):
    f, area = window.filters, window.card_area
    f.choose_unit(window.ledger.units.find("市财政局"))
    qtbot.mouseClick(f.role_lead, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_tasks(window) == {window.ids["清理涉企收费"]})
    assert set(area.bar.chips) == {"unit", "lead_only"}
    f.search.setFocus()
    type_text(f.search, "没有这个词")
    qtbot.waitUntil(area.is_empty_hint_shown)
    text = area.hint.text()
    assert text.startswith("没有符合条件的任务")
    for label in ("搜索：没有这个词", "单位：市财政局", "仅牵头"):
        assert f"“{label}”" in text
    assert area.hint.isVisible() and not window.cards.isVisible()
    assert set(area.bar.chips) == {"search", "unit", "lead_only"}
    # One chip cleared: the search text goes, the unit stays.
    qtbot.mouseClick(area.bar.chips["search"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not area.is_empty_hint_shown())
    assert f.search.text() == "" and _shown_tasks(window) == {window.ids["清理涉企收费"]}
    qtbot.mouseClick(area.bar.clear_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_tasks(window) == set(window.ids.values()))
    assert not area.bar.isVisible() and not f.lead_only() and window.cards.isVisible()


def test_bucket_and_document_filters_show_chips(window, qtbot):
    f, bar = window.filters, window.card_area.bar
    f.bucket.setCurrentIndex(f.bucket.findData("overdue"))
    qtbot.waitUntil(lambda: "bucket" in bar.chips)
    assert bar.chips["bucket"].text().startswith("状态：已逾期")
    f.document.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "document" in bar.chips)
    assert bar.chips["document"].toolTip().startswith("公文：") and "项）" not in bar.chips["document"].toolTip()
    qtbot.mouseClick(bar.chips["bucket"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bucket" not in bar.chips)
    assert f.bucket.currentData() is None and set(bar.chips) == {"document"}


def test_many_chips_wrap_whole_and_visible_in_a_narrow_list(window, qtbot):
    f, bar = window.filters, window.card_area.bar
    window.splitter.setSizes([260, 360, 660])
    f.choose_unit(window.ledger.units.find("市财政局"))
    f.role_lead.setChecked(True)
    f.bucket.setCurrentIndex(f.bucket.findData("later"))
    f.document.setCurrentIndex(1)
    f.search.setFocus()
    type_text(f.search, "清理")
    qtbot.waitUntil(lambda: len(bar.chips) == 5)
    qtbot.waitUntil(lambda: all(c.isVisible() for c in bar.chips.values()))
    chips = list(bar.chips.values())
    inside = bar.rect()
    for i, chip in enumerate(chips):
        box = chip.geometry().translated(chip.parentWidget().mapTo(bar, chip.parentWidget().rect().topLeft()))
        assert inside.contains(box), (chip.text(), box, inside)
        assert chip.width() == chip.sizeHint().width()   # whole, not squeezed
        for other in chips[i + 1:]:
            assert not chip.geometry().intersects(other.geometry()), (chip.text(), other.text())
    assert len({c.y() for c in chips}) > 1   # wrapped onto a second line


def test_search_hint_fits_the_filter_column(window, qtbot):
    """At the column's width on a 1366×768 screen the search field's hint is whole (it was
    cut to "…文号（Ctrl+…"); the shortcut is in its tool tip."""
    search = window.filters.search
    window.splitter.setSizes([250, 600, 430])
    qtbot.waitUntil(lambda: window.filters.width() <= 252)
    hint = search.placeholderText()
    room = search.width() - 2 * search.style().pixelMetric(search.style().PixelMetric.PM_DefaultFrameWidth) - 16
    assert search.fontMetrics().horizontalAdvance(hint) <= room, (hint, room)
    assert "Ctrl+F" in search.toolTip()
    # Likewise the 办理情况 hint beside the 完成日期 in the detail panel.
    window.cards.select_task(window.ids["清理涉企收费"])
    window.splitter.setSizes([250, 600, 430])
    note = window.detail.note
    qtbot.waitUntil(lambda: note.isVisible() and window.detail.width() <= 432)
    assert note.fontMetrics().horizontalAdvance(note.placeholderText()) <= note.width() - 16
    assert "随下一次勾选一起记录" in note.toolTip()
