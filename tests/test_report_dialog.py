"""The report dialog offscreen: preview opens and paints, exports write files, xlsx export."""

from datetime import date

import pytest

from ledger_helpers import import_tasks, task
from report_helpers import AS_OF

pytest.importorskip("PySide6.QtPrintSupport")


@pytest.fixture
def small_ledger(ledger):
    import_tasks(ledger, task("逾期<b>任务</b>", "2018-12-01", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("临期任务", "2018-12-28", units=(("市财政局", "lead"),)), doc_no="测政发〔2018〕9号")
    return ledger


@pytest.fixture
def dialog(qtbot, small_ledger):
    from ui.report_dialog import ReportDialog

    dlg = ReportDialog(small_ledger, AS_OF, "督查室", None)
    qtbot.addWidget(dlg)
    return dlg


def _has_cjk_font() -> bool:
    from ui.report_pdf import ReportRenderError, cjk_family

    try:
        cjk_family()
        return True
    except ReportRenderError:
        return False


def test_choices_and_labels(dialog, qtbot):
    from PySide6.QtCore import QDate

    assert dialog.week().spec == "2018-W51" and "2018年第51周" in dialog.week_label.text()
    assert dialog.as_of() == AS_OF
    dialog.week_edit.setDate(QDate(2018, 12, 5))
    assert dialog.week().spec == "2018-W49" and dialog.as_of() == date(2018, 12, 9)
    assert "2018-12-09" in dialog.week_label.text()
    dialog.kind_box.setCurrentIndex(1)
    assert dialog.kind() == "notice" and dialog.unit_box.itemText(0) == "全部逾期单位"
    assert dialog.unit_box.findText("市财政局") > 0 and dialog.doc_box.count() == 2


def test_weekly_html_for_one_unit_and_document(dialog):
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findText("市财政局"))
    dialog.doc_box.setCurrentIndex(1)
    html = dialog.build_html()
    assert "责任单位：市财政局" in html and "文件：测政发〔2018〕9号" in html
    assert "逾期&lt;b&gt;任务&lt;/b&gt;" in html and "共 2 项任务" in dialog.summary.text()


def test_print_preview_opens_offscreen_and_paints(dialog, qtbot, monkeypatch):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    painted = []
    from ui import report_dialog

    real = report_dialog.render_html

    def spy(html, printer):
        painted.append(real(html, printer))
        return painted[-1]

    monkeypatch.setattr(report_dialog, "render_html", spy)
    preview = dialog.preview(modal=False)
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    assert preview.isVisible() and painted[0] >= 1
    preview.close()
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_notice_preview_for_all_late_units(dialog, qtbot):
    dialog.kind_box.setCurrentIndex(1)
    html = dialog.build_html()
    assert html.count("催办通知单</h1>") == 2 and "市科技局" in html and "市财政局" in html
    assert "催办通知单 2 份" in dialog.summary.text()


def test_export_pdf_and_html_buttons(dialog, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    html_path = tmp_path / "周报"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(html_path), "")))
    with qtbot.waitSignal(dialog.report_exported) as sig:
        dialog.html_button.click()
    assert sig.args[0].endswith("周报.html") and "重点任务督办周报" in (tmp_path / "周报.html").read_text("utf-8")
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    pdf = tmp_path / "周报.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    with qtbot.waitSignal(dialog.report_exported):
        dialog.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF") and "已导出 PDF" in dialog.summary.text()


def test_export_cancelled_writes_nothing(dialog, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert dialog.export_pdf() is False and dialog.export_html() is False


def test_export_xlsx_interactive(qtbot, small_ledger, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.ledger_export import export_xlsx_interactive

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(("info", a[2]))))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(("error", a[2]))))
    target = tmp_path / "台账"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    path = export_xlsx_interactive(None, small_ledger, AS_OF)
    assert path.endswith("台账.xlsx") and shown[-1][0] == "info" and "已导出 2 项任务" in shown[-1][1]
    ws = load_workbook(path)["全部任务"]
    state_col = [c.value for c in ws[1]].index("办理状态") + 1
    assert ws.max_row == 3 and ws.cell(2, state_col).value == "已逾期"
    assert export_xlsx_interactive(None, small_ledger, AS_OF, str(tmp_path / "no" / "x.xlsx")) is None
    assert shown[-1][0] == "error" and "无法写入文件" in shown[-1][1]


def test_report_identity_is_asked_once_at_the_first_report(qtbot, small_ledger, tmp_path, monkeypatch):
    """The office, printing person, contact and phone are asked at the first 打印周报 (even
    when the clerk cancels, not again), kept for the app and the command line, and printed."""
    from tracker.report.identity import load_identity
    from ui.main_window import MainWindow
    from ui.report_dialog import ReportDialog
    from ui.report_settings import ReportSettingsDialog
    from ui.settings import USER_NAME, Settings

    asked, reports = [], []

    def answer(dlg):
        asked.append(dlg.printed_by.text())
        if len(asked) == 1:   # the first time the clerk just closes it
            return 0
        dlg.organisation.setText("市政府督查室")
        dlg.contact.setText("李娜")
        dlg.phone.setText("0635-8241234")
        dlg.accept()
        return 1

    def report(dlg):
        reports.append(dlg.build_html())
        return 0

    monkeypatch.setattr(ReportSettingsDialog, "exec", answer)
    monkeypatch.setattr(ReportDialog, "exec", report)
    settings = Settings.at(tmp_path / "settings.ini")
    settings.set(USER_NAME, "王晓明")
    win = MainWindow(small_ledger, settings, today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(win)
    qtbot.waitUntil(win.is_settled)
    win.print_report()
    assert asked == ["王晓明"] and len(reports) == 1 and not load_identity().is_set()
    win.print_report()
    assert len(asked) == 1 and len(reports) == 2   # asked once only
    win.edit_report_identity()                     # 报表设置… changes it at any time
    assert load_identity().organisation == "市政府督查室" and load_identity().phone == "0635-8241234"
    win.print_report()
    assert len(asked) == 2 and "市政府督查室" in reports[-1] and "0635-8241234" in reports[-1]
    # Another start of the app does not ask again either.
    other = MainWindow(small_ledger, Settings.at(tmp_path / "settings.ini"), today=AS_OF, as_of=AS_OF)
    qtbot.addWidget(other)
    qtbot.waitUntil(other.is_settled)
    other.print_report()
    assert len(asked) == 2 and len(reports) == 4
