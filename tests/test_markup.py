"""Markup in documents never becomes markup: reports (HTML and PDF layout), cards, tooltips, detail.

What the user sees is checked the way Qt shows it: a string Qt takes for rich text
(``Qt.mightBeRichText``, as QToolTip and QLabel's AutoText do) is rendered as HTML and
its visible text must still read ``<b>``, ``<img …>`` and ``&lt;`` literally.
"""

import pytest
from PySide6.QtCore import Qt as QtCore_Qt
from PySide6.QtGui import QTextDocument, Qt

from ledger_helpers import AS_OF, import_tasks, task

TITLE = '<b>加粗</b>任务<img src="file:///etc/passwd">&lt;不是标签&gt;'
TEXT = '正文<script>alert(1)</script><img src="file:///etc/passwd"> 以及 &lt;b&gt; 和 &amp;'
UNIT = "<i>斜体局</i>"
MILESTONE = '<font color="red">节点</font>&lt;'
LITERALS = ["<b>加粗</b>任务", '<img src="file:///etc/passwd">', "&lt;不是标签&gt;"]


def shown(text: str) -> str:
    """The text a user sees when Qt displays ``text`` with automatic format detection."""
    doc = QTextDocument()
    if Qt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def has_image(doc: QTextDocument) -> bool:
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return True
            it += 1
        block = block.next()
    return False


@pytest.fixture
def hostile(ledger):
    c_task = task(TITLE, text=TEXT, deadline="2018-12-10", units=((UNIT, "lead"), ("市财政局", "support")),
                  milestones=[{"due": "2018-11-30", "text": MILESTONE}, {"due": "2018-12-10", "text": "完成"}])
    import_tasks(ledger, c_task, task("普通任务", deadline="2018-12-25"), doc_no="<b>聊政发</b>〔2018〕1号")
    tid = next(r.id for r in ledger.status.rows(AS_OF) if r.title == TITLE)
    ledger.progress.tick(tid, UNIT, 1, by="<u>张三</u>", note="<b>备注</b>", now="2018-11-20T09:00:00")
    return ledger, tid


def test_weekly_report_html_escapes_document_text(qapp, hostile):
    from tracker.report import build_weekly
    from tracker.report.html import weekly_html

    ledger, _ = hostile
    html = weekly_html(build_weekly(ledger, AS_OF, printed_by="<b>打印人</b>"))
    assert "<b>加粗" not in html and "<img src=\"file:" not in html and "<i>斜体局" not in html
    assert "&lt;b&gt;加粗&lt;/b&gt;" in html and "&amp;lt;不是标签" in html
    doc = QTextDocument()
    doc.setHtml(html)  # what the preview and the PDF show
    plain = doc.toPlainText()
    assert "<b>加粗</b>任务" in plain and "&lt;不是标签&gt;" in plain and "<i>斜体局</i>" in plain
    assert not has_image(doc)


def test_chasing_notices_html_escapes_document_text(qapp, hostile):
    from tracker.report import build_notices
    from tracker.report.html import notices_html

    ledger, _ = hostile
    notices = build_notices(ledger, AS_OF)
    assert notices
    html = notices_html(notices)
    doc = QTextDocument()
    doc.setHtml(html)
    plain = doc.toPlainText()
    assert "<b>加粗</b>任务" in plain and "<i>斜体局</i>" in plain
    assert not has_image(doc)


def test_pdf_layout_keeps_markup_literal(qapp, hostile, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from tracker.report import build_weekly
    from tracker.report.html import weekly_html
    from ui.report_pdf import layout_document

    ledger, _ = hostile
    writer = QPdfWriter(str(tmp_path / "r.pdf"))
    doc = layout_document(weekly_html(build_weekly(ledger, AS_OF)), writer)
    assert "<b>加粗</b>任务" in doc.toPlainText() and not has_image(doc)


@pytest.fixture
def window(qtbot, hostile, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import Settings

    ledger, tid = hostile
    win = MainWindow(ledger, Settings.at(tmp_path / "settings.ini"), today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win, tid


def test_card_shows_plain_text_and_tooltip(window):
    from ui.card_model import TASK_ID_ROLE

    win, tid = window
    idx = win.model.index(win.model.row_of(tid))
    assert idx.data(TASK_ID_ROLE) == tid
    assert idx.data(QtCore_Qt.ItemDataRole.DisplayRole) == TITLE  # the delegate draws it with drawText
    tip = idx.data(QtCore_Qt.ItemDataRole.ToolTipRole)
    for literal in LITERALS:
        assert literal in shown(tip)


def test_detail_panel_shows_plain_text(window, qtbot):
    from PySide6.QtWidgets import QLabel

    win, tid = window
    assert win.cards.select_task(tid)
    qtbot.waitUntil(lambda: win.detail.task_id() == tid)
    d = win.detail
    assert d.title.textFormat() == QtCore_Qt.TextFormat.PlainText and d.title.text() == TITLE
    assert d.text.toPlainText() == TEXT
    for label in d.findChildren(QLabel):  # every label showing document text is plain or escaped
        if label.textFormat() != QtCore_Qt.TextFormat.PlainText and Qt.mightBeRichText(label.text()):
            assert "<b>加粗" not in label.text() and "<i>斜体局" not in label.text(), label.text()
    assert any("<i>斜体局</i>" in lab.text() for lab in d.findChildren(QLabel)
               if lab.textFormat() == QtCore_Qt.TextFormat.PlainText)


def test_check_matrix_headers_and_tooltips(window, qtbot):
    win, tid = window
    assert win.cards.select_task(tid)
    qtbot.waitUntil(lambda: win.detail.task_id() == tid)
    model = win.detail.matrix_view.model()
    texts = []
    for orientation, count in ((QtCore_Qt.Orientation.Horizontal, model.columnCount()),
                               (QtCore_Qt.Orientation.Vertical, model.rowCount())):
        for s in range(count):
            for role in (QtCore_Qt.ItemDataRole.DisplayRole, QtCore_Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(s, orientation, role)
                if value:
                    texts.append((role, value))
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            tip = model.index(r, c).data(QtCore_Qt.ItemDataRole.ToolTipRole)
            if tip:
                texts.append((QtCore_Qt.ItemDataRole.ToolTipRole, tip))
    tips = [shown(v) for role, v in texts if role == QtCore_Qt.ItemDataRole.ToolTipRole]
    assert any(MILESTONE in t for t in tips), tips
    assert any("<i>斜体局</i>" in t for t in tips) or any("<i>斜体局</i>" in v for _, v in texts)
    assert any("<u>张三</u>" in t for t in tips), tips
