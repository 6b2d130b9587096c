"""Qt's own dialogs speak Chinese, and a drop-down's highlighted item stays readable."""

from __future__ import annotations

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


def _dark_pixels(image, rect) -> int:
    n = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            c = image.pixelColor(x, y)
            if c.lightness() < 110:
                n += 1
    return n


def test_combo_highlighted_item_is_readable(qtbot):
    create_app([])
    combo = combo_box()
    combo.addItems(["全部单位", "市科技局市科技局", "市财政局"])
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.viewport().width() > 50)
    index = view.model().index(1, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index).intersected(image.rect())
    # The highlighted row has a coloured background, and its text is drawn dark on it.
    tinted = sum(1 for y in range(rect.top(), rect.bottom()) for x in range(rect.left(), rect.right())
                 if image.pixelColor(x, y).lightness() < 250)
    assert tinted > rect.width() * rect.height() // 2
    assert _dark_pixels(image, rect) > 20
    combo.hidePopup()
