"""Import flow in the desktop app: worker, review dialog, save, cancel, bad input, duplicates."""

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from tracker.ledger.buckets import classify
from tracker.sample import render_sample
from ui.import_flow import ImportController

AS_OF = date(2018, 12, 20)


@pytest.fixture
def window(qtbot):
    w = QWidget()
    w.resize(800, 600)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def controller(window, ledger):
    ctrl = ImportController(window, lambda: ledger, lambda: "测试员", lambda: AS_OF)
    yield ctrl
    ctrl.wait_for_workers()


def open_review(qtbot, ctrl, start, timeout=30000):
    """Run ``start()`` and return the review dialog the controller opens."""
    with qtbot.waitSignal(ctrl.review_opened, timeout=timeout) as blocker:
        start()
    dialog = blocker.args[0]
    assert dialog.isVisible()
    return dialog


def select_rows(dialog, rows):
    sel = dialog.tasks_view.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(dialog.proxy.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def expected_buckets(tasks, as_of):
    """Buckets computed from the saved rows themselves (next due = earliest dated checkpoint)."""
    counts = {}
    for t in tasks:
        dues = [m["due"] for m in t.get("milestones") or [] if m.get("due")]
        if t.get("deadline"):
            dues.append(t["deadline"])
        bucket, _ = classify("active", min(dues) if dues else None, 1, 0, as_of)
        counts[bucket] = counts.get(bucket, 0) + 1
    return counts


def test_seed_import_with_review_edits(qtbot, controller, ledger, seed_path):
    dialog = open_review(qtbot, controller, lambda: controller.import_files([seed_path]))
    n0 = dialog.tasks_model.rowCount()
    assert n0 > 100
    assert dialog.documents_model.rowCount() == 9

    removed_title = dialog.tasks_model.tasks()[0]["title"]
    select_rows(dialog, [0])
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.tasks_model.rowCount() == n0 - 1
    assert all(t["title"] != removed_title for t in dialog.tasks_model.tasks())

    tasks = dialog.tasks_model.tasks()
    i = next(k for k in range(len(tasks) - 1) if tasks[k]["doc_no"] == tasks[k + 1]["doc_no"])
    a, b = tasks[i], tasks[i + 1]
    select_rows(dialog, [i, i + 1])
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.tasks_model.rowCount() == n0 - 2
    merged = dialog.tasks_model.tasks()[i]
    assert merged["title"].startswith(a["title"]) and merged["title"].endswith(b["title"])
    dated = [d for d in (a.get("deadline"), b.get("deadline")) if d]
    assert merged["deadline"] == (min(dated) if dated else None)

    saved_rows = [dict(t) for t in dialog.tasks_model.tasks()]
    with qtbot.waitSignal(controller.imported, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    changes = blocker.args[0]
    assert len(changes.tasks) == n0 - 2
    assert ledger.tasks.count() == n0 - 2
    counts = ledger.status.counts(AS_OF)
    assert sum(counts.values()) == n0 - 2
    assert {b: n for b, n in counts.items() if n} == expected_buckets(saved_rows, AS_OF)
    assert len(ledger.documents.all()) == 9
    qtbot.waitUntil(lambda: not controller.busy())


def test_cancel_review_stores_nothing(qtbot, controller, ledger):
    dialog = open_review(qtbot, controller, controller.load_sample)
    with qtbot.assertNotEmitted(controller.imported):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.busy())
    assert ledger.tasks.count() == 0
    assert ledger.documents.all() == []


def test_cancel_while_extracting_discards_result(qtbot, controller, ledger, tmp_path, seed_path):
    big = tmp_path / "大文件.txt"
    big.write_text(seed_path.read_text("utf-8") * 15, "utf-8")
    with qtbot.assertNotEmitted(controller.review_opened, wait=0):
        controller.import_files([big])
        qtbot.waitUntil(lambda: controller.progress is not None and controller.progress.isVisible(),
                        timeout=10000)
        # the GUI thread kept running (the dialog painted) while the worker still reads
        assert controller._workers
        cancel = controller.progress.findChild(QPushButton)
        assert cancel.text() == "取消"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not controller.busy()
        qtbot.waitUntil(lambda: not controller._workers, timeout=60000)
    assert controller.review_dialog is None
    assert ledger.tasks.count() == 0


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100])
def test_bad_file_shows_message_and_keeps_ledger(qtbot, controller, ledger, tmp_path, content):
    from tests.ledger_helpers import import_tasks, task

    import_tasks(ledger, task("已有任务"))
    before = (ledger.tasks.count(), len(ledger.documents.all()), ledger.data_version())
    bad = tmp_path / "坏文件.txt"
    bad.write_bytes(content)
    with qtbot.assertNotEmitted(controller.review_opened, wait=0):
        with qtbot.waitSignal(controller.message_shown, timeout=10000) as blocker:
            controller.import_files([bad])
    assert "坏文件.txt" in blocker.args[0] and "台账未作任何改动" in blocker.args[0]
    box = controller.message_box
    assert box is not None and box.isVisible()
    box.accept()
    qtbot.waitUntil(lambda: not controller.busy())
    assert (ledger.tasks.count(), len(ledger.documents.all())) == before[:2]


def test_files_run_one_after_another(qtbot, controller, tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    sample = tmp_path / "示例.txt"
    sample.write_text(render_sample(AS_OF), "utf-8")
    with qtbot.waitSignal(controller.message_shown, timeout=10000):
        controller.import_files([empty, sample])
    assert controller.busy() and controller.review_dialog is None
    with qtbot.waitSignal(controller.review_opened, timeout=10000):
        controller.message_box.accept()
    controller.review_dialog.reject()
    qtbot.waitUntil(lambda: not controller.busy())


def test_same_file_twice_adds_nothing(qtbot, controller, ledger, tmp_path):
    path = tmp_path / "实施方案.txt"
    path.write_text(render_sample(AS_OF), "utf-8")
    dialog = open_review(qtbot, controller, lambda: controller.import_files([path]))
    with qtbot.waitSignal(controller.imported):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.busy())
    count = ledger.tasks.count()
    assert count > 0
    with qtbot.assertNotEmitted(controller.review_opened, wait=0):
        with qtbot.waitSignal(controller.message_shown, timeout=10000) as blocker:
            controller.import_files([path])
    assert "已导入过" in blocker.args[0]
    controller.message_box.accept()
    assert ledger.tasks.count() == count


def test_sample_loads(qtbot, window, ledger):
    today = date.today()
    ctrl = ImportController(window, lambda: ledger, lambda: "测试员", lambda: today)
    dialog = open_review(qtbot, ctrl, ctrl.load_sample)
    n = dialog.tasks_model.rowCount()
    assert 15 <= n <= 20
    with qtbot.waitSignal(ctrl.imported):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    counts = ledger.status.counts(today)
    assert sum(counts.values()) == n
    assert counts["overdue"] and counts["due_soon"] and counts["later"] and counts["no_deadline"]
    ctrl.wait_for_workers()


def test_paste_dialog_runs_the_flow(qtbot, controller, ledger):
    controller.import_text()
    paste = controller.paste_dialog
    assert paste.isVisible() and not paste.ok_button.isEnabled()
    paste.editor.setPlainText(render_sample(AS_OF))
    assert paste.ok_button.isEnabled()
    dialog = open_review(qtbot, controller, lambda: qtbot.mouseClick(paste.ok_button, Qt.MouseButton.LeftButton))
    assert dialog.documents_model.index(0, 0).data().startswith("示政办发")
    dialog.reject()


def test_pasted_text_without_tasks_says_so(qtbot, controller, ledger):
    with qtbot.waitSignal(controller.message_shown, timeout=10000) as blocker:
        controller.import_pasted("今天天气很好。")
    assert "没有找到可导入的任务" in blocker.args[0]
    controller.message_box.accept()
    assert ledger.tasks.count() == 0


def test_reimport_shows_what_changed(qtbot, controller, ledger):
    from tracker.extract import extract_text
    from tracker.ledger.importer import import_contract

    contract = extract_text(render_sample(AS_OF)).to_contract(full=True)
    old = dict(contract, tasks=[dict(t) for t in contract["tasks"][1:]])
    old["tasks"][0]["deadline"] = "2030-01-31"
    import_contract(ledger, old, source_name="旧版.txt", sha256=None, as_of=AS_OF, now="2018-10-01T09:00:00")
    dialog = open_review(qtbot, controller, controller.load_sample)
    assert dialog.documents_model.index(0, 3).data() == "已在台账（重新导入）"
    plan = dialog.plan_view.toPlainText()
    assert "新增 1 项" in plan and "调整时限" in plan and "2030-01-31" in plan
    assert dialog.plan_view.isVisible()
    dialog.reject()
