"""Rendering report HTML onto pages: PDF files, the print preview and the printer.

One renderer for all three: the HTML (from ``tracker.report.html``) is laid out by a
QTextDocument on the target device as one long page, A4 wide, in an installed CJK font.
``paginate`` then cuts it into A4 pages itself, only between blocks and on table row
lines (Qt's own pagination splits a tall row between lines), repeating a table's
``<thead>`` rows (its header row count) at the top of each continuation page and
honouring ``page-break-before``. Pages are painted band by band, each with its footer
第N页 共M页.

PDF files for the clerk (导出PDF, ``tracker report --pdf``) are written by the core
(``tracker.report.pdf``), whose text layer is exact; Qt's PDF writer maps some CJK
glyphs back to Kangxi radicals, so ``html_to_pdf`` here serves only to check the
pagination that the printer and the preview get.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QFontDatabase, QPageLayout,
                           QPageSize, QPainter, QPagedPaintDevice, QPdfWriter, QTextDocument, QTextFormat,
                           QTextTable)

from tracker.errors import OutputError
from tracker.outfile import atomic_output

# Preferred CJK families, Song-style (宋体) first for the body text offices print in.
BODY_FAMILIES = ("SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei",
                 "WenQuanYi Zen Hei", "Noto Sans CJK TC", "AR PL UMing CN", "Droid Sans Fallback")
MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_MM = 10
PDF_DPI = 300
BODY_PT = 10.5

EXIT_NO_FONT = 3
EXIT_WRITE = 4
EXIT_INPUT = 5


class ReportRenderError(Exception):
    """A problem the user must be told about in Chinese (no font, unwritable file)."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def cjk_family() -> str:
    """The first installed family of BODY_FAMILIES, else any family that writes Chinese.

    Raises ReportRenderError rather than let the report print as empty boxes.
    """
    installed = set(QFontDatabase.families())
    for fam in BODY_FAMILIES:
        if fam in installed:
            return fam
    for fam in sorted(installed):
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(fam):
            return fam
    raise ReportRenderError(
        "未找到可显示中文的字体，无法生成报表（否则中文会显示为方框）。请安装中文字体后重试，"
        "例如：Noto Sans CJK SC（Linux：apt-get install fonts-noto-cjk）、思源黑体、宋体或微软雅黑。",
        EXIT_NO_FONT)


def page_layout() -> QPageLayout:
    """A4 portrait with the report's margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def _mm_to_px(device: QPagedPaintDevice, mm: float) -> float:
    return mm / 25.4 * device.logicalDpiY()


def layout_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The HTML laid out as one long page as wide as the device's body area.

    Pagination is done by ``paginate`` rather than by Qt, whose table layout breaks a
    row between lines when it does not fit.
    """
    family = cjk_family()
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(rect.width())
    return doc


@dataclass
class Slice:
    """A horizontal band ``[top, bottom)`` of the laid-out document painted at ``dest`` on a page."""

    top: float
    bottom: float
    dest: float


@dataclass
class _Table:
    top: float
    header_line: float  # the line under the header rows
    line: float  # a border's thickness on the device


@dataclass
class _Break:
    y: float
    allowed: bool
    forced: bool
    table: _Table | None  # set on a row line: a page starting here repeats that table's header


def _breaks(doc: QTextDocument, scale: float) -> list[_Break]:
    """Where a page may end: above top-level blocks and tables, and on table row lines
    (never inside a row, never between a heading and what follows it)."""
    layout = doc.documentLayout()
    out: list[_Break] = []
    keep_next = False
    below = 0.0  # bottom of the last table: Qt misplaces the empty block that follows a table
    for it in doc.rootFrame():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            fmt = frame.format()
            rect = layout.frameBoundingRect(frame)
            top, below = rect.top(), rect.bottom()
            forced = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            out.append(_Break(top, not keep_next, forced, None))
            keep_next = False
            inset = (fmt.cellPadding() + fmt.border()) * scale
            lines = [layout.blockBoundingRect(frame.cellAt(r, 0).firstCursorPosition().block()).top() - inset
                     for r in range(frame.rows())]
            header = min(fmt.headerRowCount(), frame.rows() - 1)
            if header <= 0 or len(lines) < 2:
                table = None
            else:
                table = _Table(top, lines[header], max(1.0, fmt.border() * scale) + 1)
            # A page may end before any body row but the first, so a table's head is never alone.
            for r in range(max(header, 0) + 1, frame.rows()):
                out.append(_Break(lines[r], True, False, table))
            continue
        block = it.currentBlock()
        if not block.isValid():
            continue
        bf = block.blockFormat()
        forced = bool(bf.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        out.append(_Break(max(layout.blockBoundingRect(block).top(), below), not keep_next, forced, None))
        keep_next = bf.headingLevel() > 0
    return out


def paginate(doc: QTextDocument, page_height: float, scale: float) -> list[list[Slice]]:
    """Cut the long page into pages of ``page_height``: the latest allowed break that
    fits, a forced break (page-break-before) as soon as it comes; a page continuing a
    table starts with that table's header rows."""
    end = doc.size().height()
    breaks = sorted(_breaks(doc, scale), key=lambda b: b.y)
    pages: list[list[Slice]] = []
    y0, table = 0.0, None
    eps = 0.5
    while y0 < end - eps:
        head = (table.header_line - table.top) if table else 0.0
        limit = y0 + page_height - head
        chosen = None
        for b in breaks:
            if b.y <= y0 + eps:
                continue
            if b.y > limit:
                break
            if b.forced:
                chosen = b
                break
            if b.allowed:
                chosen = b
        if end <= limit and (chosen is None or not chosen.forced):
            chosen = _Break(end, True, False, None)
        if chosen is None:  # nothing fits whole (a block taller than a page): cut it
            chosen = _Break(limit, True, False, None)
        slices = []
        if table:
            slices.append(Slice(table.top, table.header_line + table.line, 0.0))
        extra = chosen.table.line if chosen.table else 0.0
        slices.append(Slice(y0, chosen.y + extra, head))
        pages.append(slices)
        y0, table = chosen.y, chosen.table
    return pages or [[Slice(0.0, end, 0.0)]]


def body_height(device: QPagedPaintDevice) -> float:
    """The height of a page's text area on ``device``: the printable area less the footer."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    return rect.height() - _mm_to_px(device, FOOTER_MM)


def device_pages(doc: QTextDocument, device: QPagedPaintDevice) -> list[list[Slice]]:
    """``paginate`` for the pages of ``device`` (HTML lengths are in 96-dpi pixels)."""
    return paginate(doc, body_height(device), device.logicalDpiY() / 96.0)


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paginate the laid-out ``doc`` and paint every page with its footer; returns pages."""
    width = device.pageLayout().paintRectPixels(device.logicalDpiY()).width()
    page_h = body_height(device)
    pages = device_pages(doc, device)
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(9)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportRenderError("无法写入输出文件（文件可能被占用，或没有写入权限）。", EXIT_WRITE)
    try:
        layout = doc.documentLayout()
        for i, slices in enumerate(pages):
            if i:
                device.newPage()
            for s in slices:
                height = s.bottom - s.top
                painter.save()
                painter.setClipRect(QRectF(0, s.dest, width, height))
                painter.translate(QPointF(0, s.dest - s.top))
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = QRectF(0, s.top, width, height)
                layout.draw(painter, ctx)
                painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(0, page_h, width, _mm_to_px(device, FOOTER_MM))
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             f"第{i + 1}页 共{len(pages)}页")
    except BaseException:
        painter.end()
        raise
    if not painter.end():   # the device could not be finished (a full disk, a vanished file)
        raise ReportRenderError("无法写完输出文件（磁盘可能已满），未生成完整的报表。", EXIT_WRITE)
    return len(pages)


def render_html(html: str, device: QPagedPaintDevice) -> int:
    """Lay out and paint ``html`` on a PDF writer or printer set to A4; returns pages."""
    device.setPageLayout(page_layout())
    doc = layout_document(html, device)
    return paint_pages(doc, device)


def html_to_pdf(html: str, pdf_path: str | Path, title: str = "督办报表") -> int:
    """Write ``html`` as an A4 PDF with embedded fonts; returns the page count."""
    path = Path(pdf_path)
    # Written under a temporary name and renamed once complete: a full disk leaves no
    # truncated PDF under the name the user asked for.
    try:
        with atomic_output(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PDF_DPI)
            writer.setTitle(title)
            writer.setCreator("督办台账")
            pages = render_html(html, writer)
            del writer   # closes the file
            _check_complete(tmp)
    except OutputError as exc:
        raise ReportRenderError(str(exc), EXIT_WRITE) from None
    return pages


def _check_complete(pdf: Path) -> None:
    """OSError unless ``pdf`` ends as a PDF does: Qt does not report a short write."""
    with open(pdf, "rb") as fh:
        fh.seek(max(0, pdf.stat().st_size - 1024))
        if b"%%EOF" not in fh.read():
            raise OSError(errno.ENOSPC, "PDF 未能完整写出，磁盘可能已满")
