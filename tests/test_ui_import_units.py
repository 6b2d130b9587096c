"""The units dialog: list with filter, rename, kind, aliases, merging spellings, members."""

import pytest
from PySide6.QtCore import Qt

from tests.ledger_helpers import AS_OF, import_tasks, task
from ui.units_dialog import UnitsDialog
from ui.units_models import MembersModel, UnitsModel


@pytest.fixture
def filled(ledger):
    import_tasks(ledger, task("甲", units=(("市工管局", "lead"), ("市财政局", "support"))),
                 task("乙", units=(("市科技局", "lead"), ("各县（市、区）政府", "responsible"))))
    return ledger


@pytest.fixture
def dialog(qtbot, filled):
    dlg = UnitsDialog(filled)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_models_pass_modeltester(qtmodeltester, filled):
    units = UnitsModel()
    units.load(filled.units.all(), filled.units.task_counts())
    qtmodeltester.check(units)
    members = MembersModel()
    members.load([(u.id, u.name) for u in filled.units.all()[:10]], {filled.units.all()[0].id})
    qtmodeltester.check(members)


def test_filter_finds_by_alias(qtbot, dialog):
    total = dialog.proxy.rowCount()
    dialog.filter_edit.setText("发改委")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "市发展改革委"
    dialog.filter_edit.clear()
    assert dialog.proxy.rowCount() == total


def test_merge_two_spellings(qtbot, dialog, filled):
    dialog.select_unit("市科技局")
    assert dialog.name_edit.text() == "市科技局"
    dialog.merge_combo.setCurrentText("市工管局")
    asked = []
    dialog.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(dialog.units_changed) as blocker:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked and "市工管局" in asked[0]
    assert filled.units.find("市工管局") == filled.units.find("市科技局")
    assert "市工管局" in dialog.aliases_model.stringList()
    assert blocker.args[0].tasks
    assert len(filled.status.rows(AS_OF, unit="市科技局")) == 2
    row = dialog.model.row_of(filled.units.find("市科技局"))
    assert dialog.model.index(row, 3).data() == 2


def test_merge_refused_when_not_confirmed(qtbot, dialog, filled):
    dialog.select_unit("市科技局")
    dialog.merge_combo.setCurrentText("市工管局")
    dialog.confirm = lambda text: False
    with qtbot.assertNotEmitted(dialog.units_changed, wait=0):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert filled.units.find("市工管局") != filled.units.find("市科技局")


def test_rename_keeps_old_name_as_alias(qtbot, dialog, filled):
    dialog.select_unit("市工管局")
    dialog.name_edit.setText("市城市管理局工管处")
    with qtbot.waitSignal(dialog.units_changed):
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    uid = filled.units.find("市工管局")
    assert filled.units.get(uid).name == "市城市管理局工管处"
    assert dialog.name_edit.text() == "市城市管理局工管处"
    # a name that is another unit is refused with a hint to merge
    dialog.name_edit.setText("市财政局")
    with qtbot.assertNotEmitted(dialog.units_changed, wait=0):
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert "合并" in dialog.message.text()


def test_aliases_add_and_remove(qtbot, dialog, filled):
    dialog.select_unit("市财政局")
    dialog.alias_edit.setText("财政局")
    qtbot.mouseClick(dialog.add_alias_button, Qt.MouseButton.LeftButton)
    assert filled.units.find("财政局") == filled.units.find("市财政局")
    row = dialog.aliases_model.stringList().index("财政局")
    dialog.aliases_view.setCurrentIndex(dialog.aliases_model.index(row))
    qtbot.mouseClick(dialog.remove_alias_button, Qt.MouseButton.LeftButton)
    assert filled.units.find("财政局") is None
    # another unit's name cannot become an alias here
    dialog.alias_edit.setText("市科技局")
    qtbot.mouseClick(dialog.add_alias_button, Qt.MouseButton.LeftButton)
    assert filled.units.find("市科技局") != filled.units.find("市财政局")


def test_kind_and_members(qtbot, dialog, filled):
    dialog.select_unit("各县（市、区）政府")
    assert dialog.kind_combo.currentData() == "collective"
    assert dialog.members_box.isVisible()
    names = {"东昌府区政府", "临清市政府"}
    for n in names:
        filled.units.resolve(n)
    dialog.reload()
    model = dialog.members_model
    for r in range(model.rowCount()):
        if model.index(r).data() in names:
            model.setData(model.index(r), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(dialog.units_changed):
        qtbot.mouseClick(dialog.save_members_button, Qt.MouseButton.LeftButton)
    cid = filled.units.find("各县（市、区）政府")
    assert {filled.units.get(m).name for m in filled.units.members_of(cid)} == names
    assert len(filled.status.rows(AS_OF, unit="临清市政府")) == 1

    dialog.select_unit("市财政局")
    assert not dialog.members_box.isVisible()
    with qtbot.waitSignal(dialog.units_changed):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("other"))
        dialog.kind_combo.activated.emit(dialog.kind_combo.currentIndex())
    assert filled.units.get("市财政局").kind == "other"
