"""Qt's own dialogs speak Chinese, and a drop-down's highlighted item stays readable."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui.app import combo_box, create_app


def test_standard_buttons_read_chinese(qtbot):
    create_app([])
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = [b.text().replace("(&Y)", "").replace("(&N)", "").replace("&", "") for b in box.buttons()]
    assert sorted(texts) == sorted(["确定", "取消", "是", "否"])
    msg = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(msg)
    assert msg.button(QMessageBox.StandardButton.Yes).text().startswith("是")
    assert msg.button(QMessageBox.StandardButton.No).text().startswith("否")


def _english(widget) -> set[str]:
    """Texts of ``widget`` and its children (labels, buttons, group boxes, drop-down items,
    header sections, actions) holding an English word."""
    import re

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QWidget

    words = re.compile(r"[A-Za-z]{3,}")
    texts = set()
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        if isinstance(w, QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QHeaderView) and w.model() is not None:
            texts |= {str(w.model().headerData(i, w.orientation())) for i in range(w.count())}
        texts.add(w.toolTip())
    texts |= {a.text() for a in widget.findChildren(QAction)}
    # A file filter's pattern, a path and the paper names (JIS B5, 10 x 11 in; Qt's Chinese
    # names keep the English one in brackets) are not words to translate.
    return {t for t in texts if not re.search("[\u4e00-\u9fff]", t)
            and words.search(re.sub(r"\(\*[^)]*\)|/\S*|PDF|JIS|ANSI|\bin\b", "", t))}


@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")   # its widgets are built
def test_file_print_and_page_dialogs_read_chinese(qtbot, tmp_path):
    """Qt's Chinese catalogues lack a few strings Qt 6 shows ("&Look in:", "Files of
    &type:", the type "Folder"): the app supplies them."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog, QFileIconProvider

    create_app([])
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "导入公文", str(tmp_path), "公文 (*.txt *.docx *.pdf);;所有文件 (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        assert not _english(dialog), _english(dialog)
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"
    printer = QPrinter()
    for dialog in (QPrintDialog(printer), QPrintPreviewDialog(printer), QPageSetupDialog(printer)):
        qtbot.addWidget(dialog)
        assert not _english(dialog), _english(dialog)


def _dark_pixels(image, rect) -> int:
    n = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            c = image.pixelColor(x, y)
            if c.lightness() < 110:
                n += 1
    return n


def _assert_highlight_readable(qtbot, combo, row: int = 1) -> None:
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.viewport().width() > 50)
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index).intersected(image.rect())
    # The highlighted row has a coloured background, and its text is drawn dark on it.
    tinted = sum(1 for y in range(rect.top(), rect.bottom()) for x in range(rect.left(), rect.right())
                 if image.pixelColor(x, y).lightness() < 250)
    assert tinted > rect.width() * rect.height() // 2, combo.itemText(row)
    assert _dark_pixels(image, rect) > 20, combo.itemText(row)
    combo.hidePopup()


def test_combo_highlighted_item_is_readable(qtbot):
    create_app([])
    combo = combo_box()
    combo.addItems(["全部单位", "市科技局市科技局", "市财政局"])
    qtbot.addWidget(combo)
    combo.show()
    _assert_highlight_readable(qtbot, combo)


def test_every_drop_down_of_the_app_highlights_readably(qtbot, ledger, tmp_path):
    """Each window's drop-downs (filters, 打印周报, 单位目录, 统计, 新增任务, 导出反馈表) are
    made by ``combo_box``: its delegate follows the style sheet's highlight."""
    from PySide6.QtCore import QDeadlineTimer, QThreadPool
    from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

    from ledger_helpers import AS_OF
    from ui.feedback_dialog import FeedbackExportDialog
    from ui.main_window import MainWindow
    from ui.report_dialog import ReportDialog
    from ui.settings import Settings
    from ui.stats_window import StatsWindow
    from ui.task_dialog import TaskDialog
    from ui.units_dialog import UnitsDialog
    from ui_helpers import build_ledger

    create_app([])
    build_ledger(ledger)
    settings = Settings.at(tmp_path / "settings.ini")
    win = MainWindow(ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    qtbot.waitUntil(win.is_settled)   # its deferred reading done before the ledger closes
    windows = [win, ReportDialog(ledger, AS_OF, "", win), UnitsDialog(ledger, win),
               StatsWindow(ledger, settings, AS_OF, win), TaskDialog(ledger, "", None, AS_OF, win),
               FeedbackExportDialog(ledger, AS_OF, "", win)]
    QThreadPool.globalInstance().waitForDone(QDeadlineTimer(30_000))   # 统计's worker
    combos = [c for w in windows for c in w.findChildren(QComboBox)]
    assert len(combos) >= 9
    for combo in combos:
        assert type(combo.view().itemDelegate()) is QStyledItemDelegate, combo.parent()
    for w in windows[1:]:
        w.show()
        qtbot.waitExposed(w)
        for combo in w.findChildren(QComboBox):
            if combo.count() > 1 and combo.isEnabled():
                _assert_highlight_readable(qtbot, combo)
        w.close()
