"""The review dialog's models and editing, the welcome panel, the review screenshot."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tracker.extract import extract_text
from tracker.ledger import Ledger
from tracker.sample import render_sample
from ui.review_dialog import ReviewDialog
from ui.review_shot import render_review_dialog_png
from ui.review_models import DocumentsModel, ReviewTasksModel
from ui.review_notes import ROW_ROLE, NotesModel
from ui.welcome import WelcomePanel

AS_OF = date(2018, 12, 20)


@pytest.fixture
def dialog(qtbot):
    led = Ledger.memory()
    contract = extract_text(render_sample(AS_OF)).to_contract(full=True)
    dlg = ReviewDialog(led, contract, source_name="示例.txt", sha256=None, today=AS_OF, user_name="测试员")
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.discard()
    led.close()


def test_models_pass_modeltester(qtmodeltester, seed_contract):
    import copy

    contract = copy.deepcopy(seed_contract)
    qtmodeltester.check(DocumentsModel(contract, {"聊政发〔2018〕61号"}))
    qtmodeltester.check(ReviewTasksModel(contract))
    qtmodeltester.check(NotesModel(contract))


def test_models_after_edits_pass_modeltester(qtmodeltester, seed_contract):
    import copy

    contract = copy.deepcopy(seed_contract)
    tasks = ReviewTasksModel(contract)
    tasks.remove_rows([0, 5, 7])
    tasks.merge(0, 1)
    qtmodeltester.check(tasks)
    qtmodeltester.check(NotesModel(contract))


def test_units_cell_reads_roles_back(dialog):
    model = dialog.tasks_model
    index = model.index(0, model.UNITS)
    assert model.setData(index, "市科技局（牵头）、各县（市、区）政府(配合)、市财政局")
    assert model.tasks()[0]["units"] == [
        {"name": "市科技局", "role": "lead"}, {"name": "各县（市、区）政府", "role": "support"},
        {"name": "市财政局", "role": "responsible"}]
    assert index.data() == "市科技局(牵头)、各县（市、区）政府(配合)、市财政局"


def test_clearing_units_and_deadline_lists_the_row(qtbot, dialog):
    model, notes = dialog.tasks_model, dialog.notes_model
    before = notes.rowCount()
    assert model.setData(model.index(2, model.UNITS), "")
    assert model.setData(model.index(2, model.DEADLINE), "")
    assert notes.rowCount() == before + 2
    rows = [notes.index(i).data(ROW_ROLE) for i in range(notes.rowCount())]
    assert rows.count(2) == 2
    assert model.index(2, model.UNITS).data(Qt.ItemDataRole.BackgroundRole) is not None
    # clicking the note selects the task
    i = rows.index(2)
    dialog.notes_view.clicked.emit(notes.index(i))
    assert dialog.selected_rows() == [2]
    assert "待" not in dialog.message.text()


def test_bad_cell_text_is_refused_with_a_message(dialog):
    model = dialog.tasks_model
    old = model.tasks()[0]["deadline"]
    assert not model.setData(model.index(0, model.DEADLINE), "下个月吧")
    assert model.tasks()[0]["deadline"] == old
    assert "无法识别的日期" in dialog.message.text()
    assert model.setData(model.index(0, model.DEADLINE), "2019年3月底前")
    assert model.tasks()[0]["deadline"] == "2019-03-31"
    assert not model.setData(model.index(0, model.MILESTONES), "先做一半")
    assert not model.setData(model.index(0, model.TITLE), "  ")


def test_editing_doc_no_moves_its_tasks(dialog):
    docs, tasks = dialog.documents_model, dialog.tasks_model
    assert docs.setData(docs.index(0, 0), "示政办发〔2018〕99号")
    assert {t["doc_no"] for t in tasks.tasks()} == {"示政办发〔2018〕99号"}
    assert tasks.index(0, tasks.DOC_NO).data() == "示政办发〔2018〕99号"
    assert docs.setData(docs.index(0, 2), "2018-10-08")
    assert dialog.contract()["documents"][0]["issued"] == "2018-10-08"
    assert not docs.setData(docs.index(0, 2), "某天")


def test_edited_rows_are_what_is_saved(qtbot, dialog):
    model = dialog.tasks_model
    model.setData(model.index(0, model.TITLE), "改过的标题")
    model.setData(model.index(0, model.UNITS), "市审计局(牵头)")
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    led = dialog._ledger
    tid = min(result.changes.tasks)
    task = led.tasks.get(tid)
    assert task.title == "改过的标题"
    assert [(a.name, a.role) for a in task.assignments] == [("市审计局", "lead")]
    assert led.tasks.count() == model.rowCount()


def test_filter_and_merge_need_two_rows(qtbot, dialog):
    dialog.filter_edit.setText("一窗")
    assert 0 < dialog.proxy.rowCount() < dialog.tasks_model.rowCount()
    dialog.filter_edit.clear()
    dialog.tasks_view.selectRow(0)
    assert not dialog.merge_button.isEnabled()
    dialog.merge_selected()
    assert "两项" in dialog.message.text()


def test_no_tasks_left_disables_save(dialog):
    dialog.tasks_model.remove_rows(list(range(dialog.tasks_model.rowCount())))
    assert not dialog.save_button.isEnabled()


def test_welcome_panel_buttons(qtbot):
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    for button, signal in ((panel.import_button, panel.import_requested),
                           (panel.paste_button, panel.paste_requested),
                           (panel.sample_button, panel.sample_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.import_button.text() == "导入公文文件…"


def test_render_review_dialog_png(qapp, tmp_path):
    from PySide6.QtGui import QImage

    path = render_review_dialog_png(tmp_path / "review.png", today=AS_OF, size=(1200, 760))
    img = QImage(str(path))
    assert (img.width(), img.height()) == (1200, 760)
