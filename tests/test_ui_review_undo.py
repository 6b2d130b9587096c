"""The review dialog's undo/redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, the buttons) and the
question before edits are discarded (Esc, 取消, the window's close button)."""

import copy
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tracker.extract import extract_text
from tracker.sample import render_sample
from ui.review_dialog import ReviewDialog
from ui_helpers import type_text

AS_OF = date(2018, 12, 20)


@pytest.fixture
def dialog(qtbot, ledger):
    contract = extract_text(render_sample(AS_OF)).to_contract(full=True)
    dlg = ReviewDialog(ledger, contract, source_name="示例.txt", sha256="f" * 64, today=AS_OF, user_name="测试员")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.original = copy.deepcopy(dlg.contract())
    yield dlg
    if dlg.isVisible():
        dlg.discard()


def edit_cell(qtbot, view, row, col, text):
    """Type ``text`` into a cell as the clerk does: F2, select all, type, Enter."""
    index = view.model().index(row, col)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)


def undo_keys(qtbot, dialog):
    qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo_keys(qtbot, dialog, with_y=False):
    if with_y:
        qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_cell_edit_undone_and_redone_by_keys(qtbot, qtmodeltester, dialog):
    model = dialog.tasks_model
    assert not dialog.undo_bar.undo_button.isEnabled()
    edit_cell(qtbot, dialog.tasks_view, 2, model.DEADLINE, "2030-06-30")
    assert model.tasks()[2]["deadline"] == "2030-06-30"
    assert dialog.undo_bar.undo_button.text() == "撤销：修改第3行完成时限"
    undo_keys(qtbot, dialog)
    assert model.tasks()[2] == dialog.original["tasks"][2]
    assert model.index(2, model.DEADLINE).data() == dialog.original["tasks"][2]["deadline"]
    assert dialog.undo_bar.redo_button.text() == "重做：修改第3行完成时限"
    assert not dialog.undo_bar.undo_button.isEnabled()
    redo_keys(qtbot, dialog)
    assert model.tasks()[2]["deadline"] == "2030-06-30"
    undo_keys(qtbot, dialog)
    redo_keys(qtbot, dialog, with_y=True)
    assert model.tasks()[2]["deadline"] == "2030-06-30"
    qtmodeltester.check(model)


def test_undo_button_and_notes_follow(qtbot, dialog):
    model, notes = dialog.tasks_model, dialog.notes_model
    before = notes.rowCount()
    edit_cell(qtbot, dialog.tasks_view, 1, model.UNITS, "")
    assert notes.rowCount() == before + 1
    assert any(n.row == 1 and n.code == "task_without_unit" for n in notes.notes())
    qtbot.mouseClick(dialog.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert notes.rowCount() == before
    assert model.tasks()[1]["units"] == dialog.original["tasks"][1]["units"]
    qtbot.mouseClick(dialog.undo_bar.redo_button, Qt.MouseButton.LeftButton)
    assert notes.rowCount() == before + 1


def test_remove_and_merge_undone(qtbot, qtmodeltester, dialog):
    model = dialog.tasks_model
    n = model.rowCount()
    sel = dialog.tasks_view.selectionModel()
    for r in (0, 3):
        sel.select(dialog.proxy.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog.tasks_view.setFocus()
    qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Delete)
    assert model.rowCount() == n - 2
    assert dialog.undo_bar.undo_button.text() == "撤销：删除2项任务"
    dialog.tasks_view.clearSelection()
    for r in (4, 5):
        sel.select(dialog.proxy.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == n - 3
    assert dialog.undo_bar.undo_button.text() == "撤销：合并第5、6行"
    qtmodeltester.check(model)
    undo_keys(qtbot, dialog)
    assert model.rowCount() == n - 2
    undo_keys(qtbot, dialog)
    assert model.tasks() == dialog.original["tasks"]
    qtmodeltester.check(model)
    redo_keys(qtbot, dialog)
    redo_keys(qtbot, dialog)
    assert model.rowCount() == n - 3
    qtmodeltester.check(model)


def test_doc_no_rename_undone_with_its_tasks(qtbot, dialog):
    docs, tasks = dialog.documents_model, dialog.tasks_model
    edit_cell(qtbot, dialog.documents_view, 0, 0, "示政办发〔2018〕99号")
    assert {t["doc_no"] for t in tasks.tasks()} == {"示政办发〔2018〕99号"}
    assert dialog.undo_bar.undo_button.text().startswith("撤销：修改文号为“示政办发〔2018〕99号")
    edit_cell(qtbot, dialog.documents_view, 0, 2, "2018-10-08")
    undo_keys(qtbot, dialog)
    undo_keys(qtbot, dialog)
    assert dialog.contract() == dialog.original
    assert docs.index(0, 0).data() == dialog.original["documents"][0]["doc_no"]


def test_escape_without_edits_closes_at_once(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_edits_asks_and_keep_checking_is_default(qtbot, dialog, ledger):
    edit_cell(qtbot, dialog.tasks_view, 0, dialog.tasks_model.TITLE, "改过的标题")
    qtbot.keyClick(dialog.tasks_view, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box.isVisible() and box.text() == "放弃对导入结果的修改？"
    assert box.defaultButton() is box.keep_button and box.keep_button.text() == "继续核对"
    qtbot.mouseClick(box.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tasks_model.tasks()[0]["title"] == "改过的标题"
    # 取消 asks too; 放弃修改 closes and stores nothing
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    box = dialog.discard_box
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(box.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ledger.tasks.count() == 0


def test_close_button_asks_and_escape_on_the_question_keeps_checking(qtbot, dialog):
    edit_cell(qtbot, dialog.tasks_view, 0, dialog.tasks_model.TITLE, "改过的标题")
    dialog.close()   # what the window's close button does
    box = dialog.discard_box
    assert box.isVisible() and dialog.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()


def test_edits_undone_to_the_start_close_without_asking(qtbot, dialog):
    edit_cell(qtbot, dialog.tasks_view, 0, dialog.tasks_model.TITLE, "改过的标题")
    undo_keys(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_save_with_edits_never_asks(qtbot, dialog, ledger):
    edit_cell(qtbot, dialog.tasks_view, 0, dialog.tasks_model.TITLE, "改过的标题")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not hasattr(dialog, "discard_box")
    assert "改过的标题" in {r.title for r in ledger.status.rows(AS_OF)}


def test_unit_merge_is_one_undo_step_and_an_undone_merge_stores_no_alias(qtbot, ledger):
    from test_ui_unit_merge import _click, _review, _shown
    from tests.ledger_helpers import import_tasks, task

    import_tasks(ledger, task("已有", units=(("市食品药品监管局", "lead"),)), doc_no="测政发〔2018〕9号")
    dlg = _review(qtbot, ledger)
    before = [dict(t) for t in dlg.tasks_model.tasks()]
    _click(qtbot, dlg.unit_merges, "市食药局", 0)
    assert dlg.undo_bar.undo_button.text().startswith("撤销：单位“市食药局”改为")
    qtbot.mouseClick(dlg.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert dlg.tasks_model.tasks() == before
    assert ("市食药局", "市食品药品监管局") in _shown(dlg.unit_merges)
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert ledger.units.find("市食药局") != ledger.units.find("市食品药品监管局")


def test_enter_in_the_lists_never_saves(qtbot, dialog, ledger):
    """Enter edits a cell, jumps from a note, leaves the filter; only 保存到台账 saves."""
    view = dialog.tasks_view
    view.setCurrentIndex(dialog.proxy.index(0, dialog.tasks_model.TITLE))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == dialog.original["tasks"][0]["title"]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    dialog.documents_view.setCurrentIndex(dialog.documents_model.index(0, 1))
    dialog.documents_view.setFocus()
    qtbot.keyClick(dialog.documents_view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    dialog.filter_edit.setFocus()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view
    notes = dialog.notes_view
    notes.setCurrentIndex(notes.model().index(0, 0))
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert dialog.isVisible() and ledger.tasks.count() == 0
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
