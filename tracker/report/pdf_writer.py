"""The page writer under the PDF reports: an A4 fpdf2 document in the CJK font found at
run time, with page numbers, paragraphs, headings and ruled tables that never cut a row,
written to its file whole or not at all. The reports' layouts are in :mod:`tracker.report.pdf`."""

from __future__ import annotations

import logging
from pathlib import Path

from tracker.errors import OutputError
from tracker.report.fonts import CjkFonts, find_cjk_fonts

log = logging.getLogger(__name__)

MARGIN_MM = (20, 18, 20)   # left, top, right
BOTTOM_MM = 16
BODY_PT = 10.5
TABLE_PT = 9.5
SMALL_PT = 8.5
TABLE_LINE_MM = TABLE_PT * 0.5
CELL_PAD_MM = 1.2
COLOURS = {"red": (192, 0, 0), "yellow": (200, 130, 0), "green": (46, 125, 50), "grey": (110, 110, 110)}
BLACK, GREY = (0, 0, 0), (80, 80, 80)
SEAL_MM = 42   # room left above the 落款 for the office's seal


class ReportPdfError(OutputError):
    """The PDF could not be written (no CJK font, unwritable file); the message is Chinese."""


NO_FONT = ("未找到可显示中文的字体，无法生成 PDF（否则中文会显示为方框）。请安装中文字体后重试，例如："
           "宋体、微软雅黑、思源黑体或 Noto Sans CJK SC（Linux：apt-get install fonts-noto-cjk）。")


def new_pdf(title: str, fonts: CjkFonts | None = None):
    """An A4 fpdf2 document titled ``title`` in ``fonts`` (found on the machine when not
    given), numbered 第N页 共M页; ReportPdfError with a Chinese message when no usable
    CJK font is found."""
    from fpdf import FPDF

    fonts = fonts or find_cjk_fonts()
    if fonts is None:
        raise ReportPdfError(NO_FONT)

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("cjk", size=9)
            self.set_text_color(*BLACK)
            self.cell(0, 6, f"第{self.page_no()}页 共{{nb}}页", align="C")

    pdf = _Pdf(orientation="P", unit="mm", format="A4")
    try:
        pdf.add_font("cjk", "", str(fonts.regular.path), collection_font_number=fonts.regular.index)
        pdf.add_font("cjk", "B", str(fonts.bold.path), collection_font_number=fonts.bold.index)
    except Exception as exc:  # noqa: BLE001 - a font file on the machine is foreign input: fpdf2 and fontTools
        # raise many kinds (OSError, TTLibError, struct.error, KeyError, AssertionError) for a damaged one.
        log.info("font %s is unusable", fonts.regular.path, exc_info=True)
        raise ReportPdfError(f"中文字体无法使用：{fonts.regular.path}（{exc}）。") from None
    pdf.set_margins(*MARGIN_MM)
    pdf.set_auto_page_break(True, BOTTOM_MM)
    pdf.set_title(title)
    pdf.set_creator("督办台账")
    pdf.set_lang("zh-CN")
    return pdf


class PageWriter:
    """Small layout helpers over one FPDF document."""

    def __init__(self, pdf):
        self.pdf = pdf
        self._widths: dict[tuple[str, bool], float] = {}   # (character, bold) → width in mm

    def text(self, text: str, size: float = BODY_PT, bold: bool = False, align: str = "L",
             colour=BLACK, before: float = 0.0, after: float = 1.0, indent: float = 0.0) -> None:
        pdf = self.pdf
        pdf.set_font("cjk", "B" if bold else "", size)
        pdf.set_text_color(*colour)
        pdf.ln(before)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT",
                       wrapmode=_char_wrap())
        pdf.ln(after)

    def heading(self, text: str) -> None:
        # Keep a heading with the first lines under it.
        if self.pdf.will_page_break(30):
            self.pdf.add_page()
        self.text(text, size=13, bold=True, before=3, after=2)

    def table(self, columns: list[tuple[str, float]], rows: list[list], keep_last_with: float = 0.0) -> None:
        """A ruled table; ``columns`` are (label, relative width); a cell is text or
        (text, colour name, align). The header row repeats on every page the table runs
        onto; a row is never cut across pages; the last row goes onto a new page unless
        ``keep_last_with`` mm (what follows, e.g. a 落款) fit below it.

        Drawn here rather than by fpdf2's ``table``: that one breaks every cell's lines
        by measuring the text again for each character added (about 1 ms a cell, 9 s for
        a report of 10,000 tasks); here each character's width is measured once per
        font and a line is broken by adding widths."""
        pdf = self.pdf
        scale = pdf.epw / sum(w for _, w in columns)
        widths = [w * scale for _, w in columns]
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        head = [(label, None, "C") for label, _ in columns]
        if rows:
            cells = [v if isinstance(v, tuple) else (v, None, None) for v in rows[0]]
            # The header never stands alone at the foot of a page.
            if not self._fits(widths, cells, self._row_height(widths, head, bold=True)[0]):
                pdf.add_page()
        self._table_row(widths, head, header=True)
        for n, values in enumerate(rows, 1):
            cells = [value if isinstance(value, tuple) else (value, None, None) for value in values]
            if not self._fits(widths, cells, below=keep_last_with if n == len(rows) else 0.0):
                pdf.add_page()
                self._table_row(widths, head, header=True)
            self._table_row(widths, cells)
        pdf.set_xy(pdf.l_margin, pdf.get_y() + 2)

    def _char_width(self, ch: str, bold: bool) -> float:
        key = (ch, bold)
        got = self._widths.get(key)
        if got is None:
            got = self._widths[key] = self.pdf.get_string_width(ch)
        return got

    def _lines(self, text: str, room: float, bold: bool) -> list[str]:
        """``text`` broken into lines of at most ``room`` mm, at any character (as
        Chinese is set), and at its own line ends."""
        out = []
        for para in str(text).split("\n"):
            line, used = [], 0.0
            for ch in para:
                w = self._char_width(ch, bold)
                if line and used + w > room:
                    out.append("".join(line))
                    line, used = [], 0.0
                line.append(ch)
                used += w
            out.append("".join(line))
        return out

    def _row_height(self, widths, cells, bold: bool = False) -> tuple[float, list[list[str]]]:
        self.pdf.set_font("cjk", "B" if bold else "", TABLE_PT)
        lines = [self._lines(text, w - 2 * CELL_PAD_MM, bold) for w, (text, _c, _a) in zip(widths, cells)]
        return max(len(x) for x in lines) * TABLE_LINE_MM + 2 * CELL_PAD_MM, lines

    def _fits(self, widths, cells, above: float = 0.0, below: float = 0.0) -> bool:
        """Whether a row (after ``above`` mm more, with ``below`` mm after it) fits on this
        page; a row taller than a page is set at a page's top anyway."""
        height, _ = self._row_height(widths, cells)
        pdf = self.pdf
        return pdf.get_y() + above + height + below <= pdf.page_break_trigger or pdf.get_y() <= pdf.t_margin + 1

    def _table_row(self, widths, cells, header: bool = False) -> None:
        pdf = self.pdf
        height, lines = self._row_height(widths, cells, bold=header)
        x, y = pdf.l_margin, pdf.get_y()
        font_mm = TABLE_PT * 25.4 / 72
        # The baseline of a line: centred in its line box as fpdf2 sets a cell's text.
        drop = (TABLE_LINE_MM - font_mm) / 2 + font_mm * 0.8
        if header:
            pdf.set_fill_color(232, 232, 232)
        for w, (_text, colour, align), cell_lines in zip(widths, cells, lines):
            pdf.rect(x, y, w, height, style="DF" if header else "D")
            pdf.set_text_color(*(COLOURS[colour] if colour else BLACK))
            for n, line in enumerate(cell_lines):
                if not line:
                    continue
                if align in ("C", "R"):
                    used = sum(self._char_width(ch, header) for ch in line)
                    left = x + (w - used) / 2 if align == "C" else x + w - CELL_PAD_MM - used
                else:
                    left = x + CELL_PAD_MM
                pdf.text(left, y + CELL_PAD_MM + n * TABLE_LINE_MM + drop, line)
            x += w
        pdf.set_text_color(*BLACK)
        pdf.set_xy(pdf.l_margin, y + height)


def _char_wrap():
    from fpdf.enums import WrapMode

    return WrapMode.CHAR


def save(pdf, path: Path) -> int:
    """Write the PDF whole under a temporary name, then rename it: a failure leaves no
    half-written file under the name asked for."""
    from tracker.outfile import atomic_output

    data = pdf.output()
    with atomic_output(path) as tmp:
        try:
            tmp.write_bytes(bytes(data))
        except OSError as exc:
            raise ReportPdfError(f"无法写入文件：{path}（{exc.strerror}）") from None
    return pdf.pages_count
