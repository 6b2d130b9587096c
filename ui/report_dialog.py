"""打印周报 (Ctrl+P): pick the week, scope and kind, then preview, print or export.

The report's content comes from the core (``tracker.report``) as HTML; ``ui.report_pdf``
paints it on the printer, the preview and PDF files alike.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from tracker.errors import TrackerError
from tracker.report import build_notice, build_notices, build_weekly, week_of
from tracker.report.html import notices_html, weekly_html
from tracker.report.identity import load_identity
from tracker.report.weeks import default_as_of
from tracker.report.monthly import MonthlyReport, build_monthly
from tracker.report.pdf import monthly_pdf, notices_pdf, weekly_pdf
from tracker.report.stats import period_of
from tracker.report.stats_html import monthly_html
from ui import settings as opts
from ui.app import combo_box, wait_cursor
from ui.screen_fit import fit_window, restore_size, save_size
from ui.report_pdf import ReportRenderError, page_layout, render_html
from ui.date_edit import DateEdit

KIND_WEEKLY, KIND_NOTICE, KIND_MONTHLY = "weekly", "notice", "monthly"


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _html_of(model) -> str:
    """The HTML of a report model: notices, a monthly 通报 or a weekly report."""
    if isinstance(model, list):
        return notices_html(model)
    return monthly_html(model) if isinstance(model, MonthlyReport) else weekly_html(model)


class ReportDialog(QDialog):
    """The report dialog: 周报 or 催办通知单 for a week, all units or one, all documents or one."""

    report_exported = Signal(object)  # the path of a written PDF or HTML file

    def __init__(self, ledger, as_of: date, user_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger, self.today, self.user_name = ledger, as_of, user_name
        self.setWindowTitle("打印周报")
        self.setMinimumWidth(460)
        self._preview: QPrintPreviewDialog | None = None

        form = QFormLayout()
        self.kind_box = combo_box()
        self.kind_box.addItem("督办周报", KIND_WEEKLY)
        self.kind_box.addItem("催办通知单", KIND_NOTICE)
        self.kind_box.addItem("月度通报", KIND_MONTHLY)
        form.addRow("报表类型：", self.kind_box)
        self.week_edit = DateEdit(QDate(as_of.year, as_of.month, as_of.day))
        self.week_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.week_edit)
        row.addWidget(self.week_label, 1)
        form.addRow("周次（选该周任一天）：", row)
        self.week_caption = form.labelForField(row)
        self.unit_box = combo_box()
        self.unit_box.addItem("全部单位", None)
        for unit in ledger.units.all():
            self.unit_box.addItem(unit.name, unit.name)
        self.unit_box.setEditable(False)
        form.addRow("责任单位：", self.unit_box)
        self.doc_box = combo_box()
        self.doc_box.addItem("全部文件", None)
        for doc in ledger.documents.all():
            label = f"{doc.doc_no}　{doc.short_name}" if doc.doc_no else doc.short_name
            self.doc_box.addItem(label[:60], str(doc.id))
        form.addRow("文件：", self.doc_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton("打印预览")
        self.print_button = QPushButton("打印")
        self.pdf_button = QPushButton("导出PDF")
        self.html_button = QPushButton("导出HTML")
        close = QPushButton("关闭")
        self.identity_button = QPushButton("报表设置…")
        self.identity_button.setToolTip("编制单位、打印人、联系人和电话（打印在报表和催办通知单的落款）")
        self.identity_button.clicked.connect(self.edit_identity)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.html_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.identity_button)
        buttons.addWidget(close)
        self.preview_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.html_button.clicked.connect(self.export_html)
        close.clicked.connect(self.reject)
        self.week_edit.dateChanged.connect(self._update_labels)
        self.kind_box.currentIndexChanged.connect(self._update_labels)
        self._update_labels()
        restore_size(self, 0.5, QSize(620, 300), opts.REPORT_GEOMETRY)

    def done(self, code: int) -> None:
        """Closing remembers the size the clerk chose."""
        save_size(self, opts.REPORT_GEOMETRY)
        super().done(code)

    # -- choices -------------------------------------------------------------------
    def week(self):
        """The ISO week picked."""
        return week_of(_to_date(self.week_edit.date()))

    def month(self):
        """The month picked (for 月度通报): the one containing the picked day."""
        return period_of("month", _to_date(self.week_edit.date()))

    def as_of(self) -> date:
        """Today while the picked week (month, for 月度通报) runs, else its last (or first) day."""
        if self.kind() == KIND_MONTHLY:
            return self.month().as_of_for(self.today)
        return default_as_of(self.week(), self.today)

    def kind(self) -> str:
        return self.kind_box.currentData()

    @Slot()
    def _update_labels(self) -> None:
        monthly = self.kind() == KIND_MONTHLY
        span = self.month().label if monthly else self.week().title
        self.week_label.setText(f"{span}，统计日期 {self.as_of().isoformat()}")
        if self.week_caption is not None:
            self.week_caption.setText("月份（选该月任一天）：" if monthly else "周次（选该周任一天）：")
        self.unit_box.setItemText(0, "全部逾期单位" if self.kind() == KIND_NOTICE else "全部单位")

    @Slot()
    def edit_identity(self) -> bool:
        """报表设置…: edit the 落款 (saved for the app and the command line)."""
        from ui.report_settings import ReportSettingsDialog

        return bool(ReportSettingsDialog(self).exec())

    def build_model(self):
        """The chosen report: a WeeklyReport, or a list of ChasingNotice (raises TrackerError
        for a bad choice). The 落款 comes from the 报表设置 (``tracker.report.identity``)."""
        week, as_of = self.week(), self.as_of()
        unit, document = self.unit_box.currentData(), self.doc_box.currentData()
        identity = load_identity()
        common = dict(week=week, document=document, printed_by=identity.printed_by or self.user_name,
                      printed_at=datetime.now().strftime("%Y-%m-%d %H:%M"), identity=identity)
        self.ledger.tasks.extend_horizon(as_of)
        if self.kind() == KIND_NOTICE:
            notices = [build_notice(self.ledger, unit, as_of, **common)] if unit else \
                build_notices(self.ledger, as_of, **common)
            self.summary.setText(f"催办通知单 {len(notices)} 份。" if notices else "没有逾期未完成的单位，无需催办。")
            return notices
        if self.kind() == KIND_MONTHLY:
            del common["week"]
            identity = common.pop("identity")
            monthly = build_monthly(self.ledger, self.month(), as_of, unit=unit, **common)
            h = monthly.heading
            h.organisation, h.contact, h.phone = identity.organisation, identity.contact, identity.phone
            self.summary.setText(f"{monthly.heading.period.label}：应办结节点 {monthly.stats.total.due} 个，"
                                 f"按期办结率 {monthly.item('on_time_rate').value}，逾期未完成 {len(monthly.overdue)} 项。")
            return monthly
        report = build_weekly(self.ledger, as_of, unit=unit, **common)
        c = report.counts
        self.summary.setText(f"共 {c['total']} 项任务：逾期 {c['overdue']} 项，{report.window}天内到期 "
                             f"{c['due_soon']} 项，本周办结 {c['done_this_week']} 项。")
        return report

    def build_html(self) -> str:
        """The chosen report as HTML (raises TrackerError for a bad choice)."""
        return _html_of(self.build_model())

    def _model_or_warn(self):
        try:
            with wait_cursor():
                return self.build_model()
        except TrackerError as exc:
            QMessageBox.warning(self, "打印周报", str(exc))
            return None

    def _html_or_warn(self) -> str | None:
        model = self._model_or_warn()
        return None if model is None else _html_of(model)

    def _default_name(self, suffix: str) -> str:
        if self.kind() == KIND_MONTHLY:
            return f"督办通报_{self.month().spec}{suffix}"
        kind = "催办通知单" if self.kind() == KIND_NOTICE else "督办周报"
        return f"{kind}_{self.week().spec}{suffix}"

    # -- outputs -------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(self._default_name(""))
        return printer

    def _paint(self, html: str, printer: QPrinter) -> None:
        try:
            with wait_cursor():
                render_html(html, printer)
        except ReportRenderError as exc:
            QMessageBox.critical(self, "打印周报", str(exc))

    @Slot()
    def preview(self, modal: bool = True) -> QPrintPreviewDialog | None:
        """打印预览 with the report renderer; non-modal when ``modal`` is False (tests)."""
        html = self._html_or_warn()
        if html is None:
            return None
        printer = self._printer()
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setWindowTitle("打印预览")
        fit_window(dlg, 0.9, QSize(1100, 1000))
        dlg.paintRequested.connect(lambda p: self._paint(html, p))
        self._preview = dlg
        if modal:
            dlg.exec()
        else:
            dlg.show()
        return dlg

    @Slot()
    def print_report(self) -> None:
        """打印: the system print dialog, then the report on the chosen printer."""
        html = self._html_or_warn()
        if html is None:
            return
        printer = self._printer()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._paint(html, printer)

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / self._default_name(suffix)),
                                              filter_text)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    @Slot()
    def export_pdf(self, path: str | None = None) -> bool:
        """导出PDF to ``path`` (asked for when None); True when written."""
        path = path or self._ask_path("导出PDF", ".pdf", "PDF 文件 (*.pdf)")
        model = self._model_or_warn() if path else None
        if model is None:
            return False
        try:
            with wait_cursor():
                if isinstance(model, list):
                    pages = notices_pdf(model, path)
                elif isinstance(model, MonthlyReport):
                    pages = monthly_pdf(model, path)
                else:
                    pages = weekly_pdf(model, path)
        except TrackerError as exc:
            QMessageBox.critical(self, "导出PDF", str(exc))
            return False
        self.summary.setText(f"{self.summary.text()}\n已导出 PDF（{pages} 页）：{path}")
        self.report_exported.emit(path)
        return True

    @Slot()
    def export_html(self, path: str | None = None) -> bool:
        """导出HTML to ``path`` (asked for when None); True when written."""
        path = path or self._ask_path("导出HTML", ".html", "网页文件 (*.html)")
        html = self._html_or_warn() if path else None
        if html is None:
            return False
        try:
            Path(path).write_text(html, "utf-8")
        except OSError as exc:
            QMessageBox.critical(self, "导出HTML", f"无法写入文件：{path}（{exc.strerror}）")
            return False
        self.summary.setText(f"{self.summary.text()}\n已导出 HTML：{path}")
        self.report_exported.emit(path)
        return True

