"""The review dialog's notes: marking 已核对 (Space, menu action), counts, hiding the checked
ones, marks remembered in the ledger, and jumping from a note to its task row."""

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from ui.review_dialog import ReviewDialog
from ui.review_notes import NOTE_ROLE, NotesModel

AS_OF = date(2018, 12, 20)
SHA = "5" * 64


@pytest.fixture
def open_dialog(qtbot, ledger, seed_contract):
    opened = []

    def make(sha=SHA, contract=seed_contract):
        dlg = ReviewDialog(ledger, contract, source_name="公报.txt", sha256=sha, today=AS_OF, user_name="测试员")
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow)
        opened.append(dlg)
        return dlg

    yield make
    for dlg in opened:
        if dlg.isVisible():
            dlg.discard()


def click_note(qtbot, dialog, proxy_row):
    view = dialog.notes_view
    index = view.model().index(proxy_row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return index.data(NOTE_ROLE)


def selected_task(dialog):
    rows = dialog.selected_rows()
    assert len(rows) == 1
    return rows[0]


def test_seed_notes_marked_by_space_and_counted(qtbot, qtmodeltester, open_dialog, ledger):
    dialog = open_dialog()
    total = dialog.notes_model.rowCount()
    assert total == 88
    panel = dialog.notes_panel
    assert panel.counts_label.text() == f"需留意 {total} 处，已核对 0 处"
    click_note(qtbot, dialog, 3)
    qtbot.keyClick(dialog.notes_view, Qt.Key.Key_Space)
    index = dialog.notes_view.model().index(3, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data().startswith("✓ ")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.counts_label.text() == f"需留意 {total} 处，已核对 1 处"
    assert f"需留意 {total} 处，已核对 1 处" in dialog.summary.text()
    assert ledger.review_checks.count() == 1
    # Space again takes the mark off, in the ledger too
    qtbot.keyClick(dialog.notes_view, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert ledger.review_checks.count() == 0
    qtmodeltester.check(dialog.notes_model)
    qtmodeltester.check(panel.proxy)


def test_menu_action_marks_several_and_hide_checked(qtbot, open_dialog):
    dialog = open_dialog()
    view, panel = dialog.notes_view, dialog.notes_panel
    sel = view.selectionModel()
    for r in (0, 1, 2, 5):
        sel.select(view.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert dialog.notes_model.counts()[1] == 4
    qtbot.mouseClick(panel.hide_checked, Qt.MouseButton.LeftButton)
    assert view.model().rowCount() == dialog.notes_model.rowCount() - 4
    assert all(view.model().index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
               for r in range(view.model().rowCount()))
    # marking one more while hidden takes it out of the list at once
    click_note(qtbot, dialog, 0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.model().rowCount() == dialog.notes_model.rowCount() - 5
    qtbot.mouseClick(panel.hide_checked, Qt.MouseButton.LeftButton)
    assert view.model().rowCount() == dialog.notes_model.rowCount()


def test_marks_come_back_for_the_same_file_and_the_same_doc_no(qtbot, open_dialog, ledger):
    first = open_dialog()
    notes = first.notes_model.notes()
    assert notes[0].doc_no is None    # a note about the whole gazette: found by the file only
    first.notes_model.mark([0, 10, 40], True)
    keys = {n.key for n in first.notes_model.checked_notes()}
    first.discard()
    assert ledger.tasks.count() == 0 and ledger.review_checks.count() == 3
    again = open_dialog()
    assert {n.key for n in again.notes_model.checked_notes()} == keys
    assert again.notes_panel.counts_label.text().endswith("已核对 3 处")
    again.discard()
    reissued = open_dialog(sha="6" * 64)   # other bytes, same 文号
    assert {n.key for n in reissued.notes_model.checked_notes()} == keys - {notes[0].key}


def test_saving_writes_marks_under_the_edited_doc_no(qtbot, open_dialog, ledger, seed_contract):
    dialog = open_dialog(sha=None)    # pasted text without a hash: only the 文号 finds marks
    docs = dialog.documents_model
    old_no = docs.index(0, 0).data()
    row = next(n.row for n in dialog.notes_model.notes() if n.doc_no == old_no and n.row is not None)
    assert docs.setData(docs.index(0, 0), "测政发〔2099〕1号")
    rows = [i for i, n in enumerate(dialog.notes_model.notes()) if n.row == row]
    assert {dialog.notes_model.notes()[i].doc_no for i in rows} == {"测政发〔2099〕1号"}
    dialog.notes_model.mark(rows, True)
    # undoing the rename keeps the marks on the notes, under the old 文号 again
    qtbot.mouseClick(dialog.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert {n.doc_no for n in dialog.notes_model.checked_notes()} == {old_no}
    qtbot.mouseClick(dialog.undo_bar.redo_button, Qt.MouseButton.LeftButton)
    assert len(dialog.notes_model.checked_notes()) == len(rows)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    renamed = [dict(t, doc_no="测政发〔2099〕1号") if t.get("doc_no") == old_no else t for t in seed_contract["tasks"]]
    model = NotesModel({"tasks": renamed})
    found = ledger.review_checks.checked("7" * 64, model.notes())
    assert len(found) == len(rows) and {k[0] for k in found} == {"测政发〔2099〕1号"}


def test_click_and_enter_jump_to_the_row_also_after_removal_and_undo(qtbot, open_dialog):
    dialog = open_dialog()
    tasks = dialog.tasks_model
    row_notes = [(i, n) for i, n in enumerate(dialog.notes_model.notes()) if n.row is not None and n.row > 5]
    i, note = row_notes[0]
    text = tasks.tasks()[note.row]["text"]
    assert click_note(qtbot, dialog, i) == note
    assert selected_task(dialog) == note.row
    column = tasks.UNITS if note.code == "task_without_unit" else tasks.DEADLINE
    assert dialog.tasks_view.currentIndex().column() == column
    # a filter hiding the row is cleared by the jump
    dialog.filter_edit.setText("不会有这样的任务")
    dialog.notes_view.setCurrentIndex(dialog.notes_view.model().index(i, 0))
    qtbot.keyClick(dialog.notes_view, Qt.Key.Key_Return)
    assert dialog.filter_edit.text() == "" and selected_task(dialog) == note.row
    # remove two rows above it: the same note now jumps two rows up, to the same task
    dialog.tasks_view.clearSelection()
    sel = dialog.tasks_view.selectionModel()
    for r in (0, 1):
        sel.select(dialog.proxy.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    moved = next(k for k, n in enumerate(dialog.notes_model.notes()) if n.key == note.key)
    dialog.notes_view.setCurrentIndex(dialog.notes_view.model().index(moved, 0))
    qtbot.keyClick(dialog.notes_view, Qt.Key.Key_Enter)
    assert tasks.tasks()[selected_task(dialog)]["text"] == text
    assert selected_task(dialog) == note.row - 2
    # undo puts the rows back: the jump finds the original row again
    qtbot.mouseClick(dialog.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    again = next(k for k, n in enumerate(dialog.notes_model.notes()) if n.key == note.key)
    click_note(qtbot, dialog, again)
    assert selected_task(dialog) == note.row
    assert tasks.tasks()[note.row]["text"] == text
