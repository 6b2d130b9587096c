"""佐证材料 in the detail panel: attach for the selected unit, list, open with the system viewer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from ledger_helpers import AS_OF
from ui_helpers import build_ledger

pytest.importorskip("pytestqt")


class Viewer(QObject):
    """Stands in for the desktop's file viewer: records the URLs it is asked to open."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show_url(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def viewer():
    v = Viewer()
    QDesktopServices.setUrlHandler("file", v, "show_url")
    yield v
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(qtbot, ledger, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import USER_NAME, Settings

    settings = Settings.at(tmp_path / "settings.ini")
    settings.set(USER_NAME, "王晓明")
    ids = build_ledger(ledger)
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_settled)
    win.ids = ids
    return win


def test_model_passes_modeltester(qtmodeltester, ledger, tmp_path):
    from ui.attachments_box import AttachmentsModel

    ids = build_ledger(ledger)
    src = tmp_path / "报告.pdf"
    src.write_bytes(b"%PDF-1.4 test")
    ledger.attachments.add(ids["清理涉企收费"], "市财政局", src, by="t", now="2018-12-20T10:00:00")
    model = AttachmentsModel()
    model.set_items(ledger.attachments.list(ids["清理涉企收费"]))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_attach_for_the_selected_unit_and_open(window, qtbot, ledger, tmp_path, viewer):
    tid = window.ids["开展营商环境评价"]
    window.cards.select_task(tid)
    d = window.detail
    box = d.attachments
    assert box.add_button.isEnabled() and not box.open_button.isEnabled()
    # 市财政局's row, second milestone (完成评价).
    row = next(r for r in range(d.matrix.rowCount()) if d.matrix.row_data(r).name == "市财政局")
    d.matrix_view.setCurrentIndex(d.matrix.index(row, 1))
    src = tmp_path / "评价报告.docx"
    src.write_bytes(b"PK\x03\x04 not really a docx")
    with qtbot.waitSignal(d.task_changed):
        changes = box.add_file(str(src))
    assert "市财政局" in changes.message
    (a,) = ledger.attachments.list(tid)
    assert (a.unit, a.name, a.milestone_id) == ("市财政局", "评价报告.docx", d.matrix.row_data(row).cells[1].milestone_id)
    assert box.model.rowCount() == 1 and "市财政局 · 评价报告.docx" in box.model.index(0).data()
    assert any("佐证材料：评价报告.docx" in d.history.item(i).text() for i in range(d.history.count()))
    # Double-click opens the stored copy (not the original) with the system viewer.
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert viewer.opened == [str(a.path)] and a.path != src and a.path.read_bytes() == src.read_bytes()
    # The same file again is recorded once.
    box.add_file(str(src))
    assert len(ledger.attachments.list(tid)) == 1 and "未重复保存" in box.message.text()


def test_missing_file_and_stored_copy_gone(window, qtbot, ledger, tmp_path, viewer):
    tid = window.ids["清理涉企收费"]
    window.cards.select_task(tid)
    box = window.detail.attachments
    assert box.add_file(str(tmp_path / "不存在.pdf")) is None and "找不到文件" in box.message.text()
    src = tmp_path / "清单.xlsx"
    src.write_bytes(b"x" * 10)
    box.add_file(str(src))   # one unit: no cell needs to be selected
    (a,) = ledger.attachments.list(tid)
    a.path.unlink()
    window.cards.select_task(window.ids["建设创新平台"])
    window.cards.select_task(tid)
    assert "文件已不在" in box.model.index(0).data()
    assert not box.open_index(box.model.index(0)) and viewer.opened == []
    assert "备份" in box.message.text()
