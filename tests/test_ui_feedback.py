"""文件 > 反馈表 in the app: export, then a filled sheet's import review before saving."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ledger_helpers import AS_OF, import_tasks, task

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

    import_tasks(ledger,
                 task("推进科技园区建设", "2018-12-31", units=(("市科技局", "lead"), ("市财政局", "support")),
                      milestones=[{"due": "2018-11-30", "text": "制定方案"}]),
                 task("完善绩效考核办法", "2019-03-31", units=(("市科技局", "responsible"),)))
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    return win


def _export(window, qtbot, tmp_path, unit="市科技局"):
    dlg = window.export_feedback()
    qtbot.waitExposed(dlg)
    dlg.unit_box.setCurrentIndex(dlg.unit_box.findText(unit))
    path = tmp_path / "反馈表.xlsx"
    out = dlg.export(str(path))
    assert [e.rows for e in out] == [3] and f"{unit}：3 行" in dlg.result.toPlainText()
    dlg.close()
    return path


def _fill(path, rows: dict) -> None:
    wb = load_workbook(path)
    ws = wb["反馈表"]
    for row, values in rows.items():
        for col, value in zip("HIJK", values):
            if value is not None:
                ws[f"{col}{row}"] = value
    wb.save(path)


def test_plan_model_passes_modeltester(qtmodeltester, window, qtbot, tmp_path, ledger):
    from tracker import feedback
    from ui.feedback_dialog import PlanModel

    path = _export(window, qtbot, tmp_path)
    _fill(path, {4: ("方案已印发", "2018-11-28", "是"), 5: ("正在推进", None, None), 6: (None, "2019-01-02", "是")})
    model = PlanModel()
    model.set_plan(feedback.plan(ledger, path, today=AS_OF))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_import_review_then_save(window, qtbot, tmp_path, ledger):
    from ui.feedback_dialog import KIND_ROLE

    path = _export(window, qtbot, tmp_path)
    ws = load_workbook(path)["反馈表"]
    assert ws["E4"].value == "制定方案"
    # Row 4 done with a date and a note, row 5 a note only, row 6 with its hidden key broken.
    _fill(path, {4: ("方案已印发", "2018-11-28", "是"), 5: ("正在推进", None, None),
                 6: ("已完成", "2018-12-02", "是", "broken-key")})
    dlg = window.import_feedback(str(path))
    qtbot.waitExposed(dlg)
    kinds = [dlg.model.index(r, 0).data(KIND_ROLE) for r in range(dlg.model.rowCount())]
    assert kinds == ["done", "note", "refused"]
    assert dlg.model.index(0, 4).data() == "2018-11-28" and dlg.model.index(0, 5).data() == "方案已印发"
    assert "行标识" in dlg.model.index(2, 5).data() and dlg.model.index(2, 0).data() == "6"
    assert "将办结 1 个节点，记录办理情况 1 条；拒收 1 行" in dlg.summary.text()
    # Nothing is saved before 保存.
    tid = next(t.id for t in ledger.status.rows(AS_OF) if t.title == "推进科技园区建设")
    assert not any(c.done for r in ledger.progress.matrix(tid) for c in r.cells)
    with qtbot.waitSignal(dlg.feedback_applied) as sig:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert tid in sig.args[0].tasks
    kj = next(r for r in ledger.progress.matrix(tid) if r.name == "市科技局")
    assert kj.cells[0].done and kj.cells[0].done_on == "2018-11-28"
    assert {e.note for e in ledger.progress.history(tid)} == {"方案已印发", "正在推进"}
    qtbot.waitUntil(lambda: "反馈表" in window.statusBar().currentMessage())

    # The same file again: the review says so and offers nothing to save.
    again = window.import_feedback(str(path))
    qtbot.waitExposed(again)
    assert "已于" in again.summary.text() and "导入过" in again.summary.text()
    assert not again.save_button.isEnabled()
    again.reject()


def test_a_file_that_is_no_feedback_sheet_is_refused_with_a_message(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    bad = tmp_path / "随便.xlsx"
    bad.write_bytes(b"not a workbook")
    assert window.import_feedback(str(bad)) is None
    assert said and "Traceback" not in said[0]


def test_cancel_saves_nothing(window, qtbot, tmp_path, ledger):
    path = _export(window, qtbot, tmp_path)
    _fill(path, {4: ("方案已印发", "2018-11-28", "是")})
    dlg = window.import_feedback(str(path))
    qtbot.waitExposed(dlg)
    dlg.reject()
    assert not ledger.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0]
    assert not ledger.db.execute("SELECT COUNT(*) FROM feedback_imports").fetchone()[0]
