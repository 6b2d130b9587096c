"""Merge suggestions for near-duplicate unit names in the review dialog and the units dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ledger_helpers import AS_OF, contract, import_tasks, task
from tracker.unit_match import Suggestion
from ui.review_dialog import ReviewDialog
from ui.settings import NOT_SAME_UNITS, Settings
from ui.unit_merge_box import SuggestionsModel
from ui.units_dialog import UnitsDialog


def _click(qtbot, box, name: str, button: int) -> None:
    """Click 合并 (0) or 不是 (1) on the suggestion for ``name``."""
    rows = [box.model.suggestion(r).name for r in range(box.model.rowCount())]
    index = box.model.index(rows.index(name), 0)
    box.view.scrollTo(index)
    rect = box.delegate.button_rects(box.view.visualRect(index))[button]
    qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown(box) -> list[tuple[str, str]]:
    return [(box.model.suggestion(r).name, box.model.suggestion(r).target) for r in range(box.model.rowCount())]


def _review(qtbot, ledger, parent=None):
    c = contract(task("甲", units=(("市食药局", "lead"), ("市财政局", "support"))),
                 task("乙", units=(("东昌府区政府", "lead"),)),
                 task("丙", units=(("东昌府区人民政府", "lead"), ("市食药局", "support"))),
                 task("丁", units=(("东昌府区政府", "responsible"),)),
                 task("戊", units=(("市体育局", "lead"),)))
    dlg = ReviewDialog(ledger, c, source_name="测试.txt", sha256=None, today=AS_OF, user_name="测试员",
                       parent=parent)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_suggestions_model_passes_modeltester(qtmodeltester):
    model = SuggestionsModel()
    model.set_suggestions([Suggestion("市食药局", "市食品药品监管局", 1, 80, "简称"),
                           Suggestion("东昌府区人民政府", "东昌府区政府", None, 100, "写法不同")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "市食药局 → 市食品药品监管局"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "写法不同"


def test_review_merge_then_save_adds_alias_and_merges_counts(qtbot, ledger):
    import_tasks(ledger, task("已有", units=(("市食品药品监管局", "lead"),)), doc_no="测政发〔2018〕9号")
    dlg = _review(qtbot, ledger)
    box = dlg.unit_merges
    assert box.isVisible()
    assert _shown(box) == [("市食药局", "市食品药品监管局"), ("东昌府区人民政府", "东昌府区政府")]
    _click(qtbot, box, "市食药局", 0)
    units = dlg.tasks_model.index(0, dlg.tasks_model.UNITS).data()
    assert "市食品药品监管局" in units and "市食药局" not in units
    assert "2 项任务" in box.status.text()
    _click(qtbot, box, "东昌府区人民政府", 0)
    assert not box.isVisible()
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    uid = ledger.units.find("市食品药品监管局")
    assert ledger.units.find("市食药局") == uid and "市食药局" in ledger.units.get(uid).aliases
    assert ledger.units.task_counts()[uid] == 3
    district = ledger.units.find("东昌府区政府")
    assert ledger.units.find("东昌府区人民政府") == district
    assert ledger.units.task_counts()[district] == 3
    assert "市食药局" in dlg.result.changes.message


def test_review_dismiss_is_remembered_in_settings(qtbot, ledger, tmp_path):
    window = QWidget()
    window.settings = Settings.at(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    dlg = _review(qtbot, ledger, parent=window)
    box = dlg.unit_merges
    _click(qtbot, box, "市食药局", 1)
    assert _shown(box) == [("东昌府区人民政府", "东昌府区政府")]
    assert "不是同一单位" in box.status.text()
    assert "市食药局" in window.settings.get(NOT_SAME_UNITS)
    dlg.reject()
    again = _review(qtbot, ledger, parent=window)
    assert _shown(again.unit_merges) == [("东昌府区人民政府", "东昌府区政府")]
    with qtbot.waitSignal(again.saved):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert ledger.units.find("市食药局") != ledger.units.find("市食品药品监管局")   # nothing merged


def test_review_enter_merges_and_manual_edit_updates_suggestions(qtbot, ledger):
    dlg = _review(qtbot, ledger)
    box = dlg.unit_merges
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0, 0))
    qtbot.keyClick(box.view, Qt.Key.Key_Return)
    assert box.merges == [("市食药局", "市食品药品监管局")]
    box.view.setCurrentIndex(box.model.index(0, 0))
    qtbot.keyClick(box.view, Qt.Key.Key_Delete)      # 不是 from the keyboard
    assert not box.isVisible() and box.merges == [("市食药局", "市食品药品监管局")]
    # the clerk writes a spelling by hand: the suggestions follow the tasks
    model = dlg.tasks_model
    model.setData(model.index(4, model.UNITS), "市食药局(牵头)")
    assert _shown(box) == [("市食药局", "市食品药品监管局")]


@pytest.fixture
def split(ledger):
    import_tasks(ledger, task("甲", units=(("市食药局", "lead"),)), task("乙", units=(("市食药局", "lead"),)),
                 task("丙", units=(("市食品药品监管局", "lead"), ("市财政局", "support"))))
    return ledger


def test_units_dialog_merges_near_duplicates(qtbot, split):
    dlg = UnitsDialog(split)
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.duplicates
    assert ("市食品药品监管局", "市食药局") in _shown(box)     # the more used spelling is kept
    asked = []
    dlg.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(dlg.units_changed):
        _click(qtbot, box, "市食品药品监管局", 0)
    assert asked and "市食品药品监管局" in asked[0]
    uid = split.units.find("市食药局")
    assert split.units.find("市食品药品监管局") == uid
    assert split.units.task_counts()[uid] == 3
    assert ("市食品药品监管局", "市食药局") not in _shown(box)
    row = dlg.model.row_of(uid)
    assert dlg.model.index(row, 3).data() == 3


def test_units_dialog_refused_and_dismissed(qtbot, split):
    dlg = UnitsDialog(split)
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.duplicates
    dlg.confirm = lambda text: False
    with qtbot.assertNotEmitted(dlg.units_changed, wait=0):
        _click(qtbot, box, "市食品药品监管局", 0)
    assert split.units.find("市食品药品监管局") != split.units.find("市食药局")
    _click(qtbot, box, "市食品药品监管局", 1)
    assert ("市食品药品监管局", "市食药局") not in _shown(box)
    assert split.units.find("市食品药品监管局") != split.units.find("市食药局")


def test_review_name_written_back_is_not_stored_as_alias(qtbot, ledger):
    dlg = _review(qtbot, ledger)
    box = dlg.unit_merges
    _click(qtbot, box, "市食药局", 0)
    model = dlg.tasks_model
    model.setData(model.index(4, model.UNITS), "市食药局(牵头)")     # used again, on purpose
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert ledger.units.find("市食药局") != ledger.units.find("市食品药品监管局")
    assert ledger.units.task_counts()[ledger.units.find("市食品药品监管局")] == 2


def test_review_merge_is_one_undo_step(qtbot, ledger):
    dlg = _review(qtbot, ledger)
    box = dlg.unit_merges
    _click(qtbot, box, "市食药局", 0)
    assert dlg.undo_bar.undo_button.text() == "撤销：单位“市食药局”改为“市食品药品监管局”"
    qtbot.mouseClick(dlg.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert "市食药局" in dlg.tasks_model.index(0, dlg.tasks_model.UNITS).data()
    assert ("市食药局", "市食品药品监管局") in _shown(box)        # suggested again
    with qtbot.waitSignal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert ledger.units.find("市食药局") != ledger.units.find("市食品药品监管局")   # undone: no alias
