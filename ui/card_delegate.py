"""Painting a card (and a bucket header) directly with QPainter: no widget per card.

Card: a coloured left edge for the light, the title on at most two lines, the
document's short name and 文号, the lead unit then the others each with a done/open
mark, and on the right the next due date, days left/overdue and a progress bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from tracker.ledger.buckets import days_text
from tracker.unit_line import GAP as UNIT_GAP
from tracker.unit_line import TAIL_GAP, fit_units

from ui.card_model import BUCKET_ROLE, COLLAPSED_ROLE, COUNT_ROLE, DOC_ROLE, KIND_ROLE, MARKS_ROLE, TASK_ROLE

LIGHT = {"red": QColor("#d93025"), "yellow": QColor("#f29900"), "green": QColor("#1e8e3e"),
         "grey": QColor("#9aa0a6")}
HEADER_COLOUR = {"overdue": "#c5221f", "due_soon": "#b06000", "done": "#5f6368", "terminated": "#5f6368"}
INK, MUTED, FAINT = QColor("#202124"), QColor("#5f6368"), QColor("#9aa0a6")
DONE_INK, OPEN_INK = QColor("#137333"), QColor("#80868b")
CARD_BG, CARD_SEL, CARD_BORDER, SEL_BORDER = QColor("#ffffff"), QColor("#e8f0fe"), QColor("#e1e5eb"), QColor("#1a73e8")
ROLE_TAG = {"lead": "牵头", "support": "配合"}
MARGIN_X, MARGIN_Y, PAD, RIGHT_W, EDGE = 10, 4, 10, 128, 5


def doc_line(doc: str, doc_no: str, width: int, fm: QFontMetrics) -> str:
    """"《short title》  文号" in ``width`` px: the title is shortened first, so the 文号 (how
    a clerk names a document) stays whole while there is room for it."""
    if not (doc and doc_no):
        line = f"《{doc}》" if doc else doc_no or "（未关联文件）"
        return fm.elidedText(line, Qt.TextElideMode.ElideRight, width)
    tail = f"  {doc_no}"
    room = width - fm.horizontalAdvance(tail) - fm.horizontalAdvance("《》")
    if room < fm.horizontalAdvance("……"):
        return fm.elidedText(doc_no, Qt.TextElideMode.ElideRight, width)
    return f"《{fm.elidedText(doc, Qt.TextElideMode.ElideRight, room)}》{tail}"


class CardDelegate(QStyledItemDelegate):
    """Paints header rows and card rows of ``CardModel`` (through any proxy)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._title_cache: dict[tuple, tuple[str, str]] = {}
        self._fonts_for: QFont | None = None

    # -- fonts and sizes -----------------------------------------------------------------
    def _fonts(self, base: QFont):
        if self._fonts_for != base:
            self._fonts_for = QFont(base)
            self.base = QFont(base)
            self.title = QFont(base)
            self.title.setBold(True)
            self.title.setPointSizeF(base.pointSizeF() * 1.08)
            self.small = QFont(base)
            self.small.setPointSizeF(base.pointSizeF() * 0.92)
            self.small_bold = QFont(self.small)
            self.small_bold.setBold(True)
            self.fm_title, self.fm, self.fm_small = QFontMetrics(self.title), QFontMetrics(base), QFontMetrics(self.small)
            self._title_cache.clear()
        return self

    def card_height(self, base: QFont) -> int:
        f = self._fonts(base)
        return 2 * MARGIN_Y + 2 * PAD + 2 * f.fm_title.lineSpacing() + 2 * f.fm_small.lineSpacing() + 10

    def header_height(self, base: QFont) -> int:
        return self._fonts(base).fm.height() + 18

    def sizeHint(self, option, index) -> QSize:
        if index.data(KIND_ROLE) == "header":
            return QSize(200, self.header_height(option.font))
        return QSize(200, self.card_height(option.font))

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        f = self._fonts(option.font)
        if index.data(KIND_ROLE) == "header":
            self._paint_header(painter, option.rect, index, f)
        else:
            self._paint_card(painter, option, index, f)
        painter.restore()

    def _paint_header(self, p: QPainter, rect: QRect, index, f) -> None:
        bucket_title = index.data(Qt.ItemDataRole.DisplayRole)
        bucket = index.data(BUCKET_ROLE)
        count = index.data(COUNT_ROLE) or 0
        collapsed = index.data(COLLAPSED_ROLE)
        r = rect.adjusted(MARGIN_X, 6, -MARGIN_X, -2)
        colour = QColor(HEADER_COLOUR.get(bucket, "#1a73e8"))
        p.setPen(colour)
        p.setFont(f.title)
        arrow = "▸ " if collapsed else "▾ "
        text = f"{arrow}{bucket_title}"
        p.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x = r.left() + f.fm_title.horizontalAdvance(text) + 8
        label = str(count)
        w = f.fm_small.horizontalAdvance(label) + 14
        pill = QRectF(x, r.center().y() - f.fm_small.height() / 2 - 1, w, f.fm_small.height() + 2)
        bg = QColor(colour)
        bg.setAlpha(30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(colour)
        p.setFont(f.small_bold)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(QPen(QColor("#dfe3ea"), 1))
        line_x = pill.right() + 10
        if line_x < r.right():
            p.drawLine(QPointF(line_x, r.center().y()), QPointF(r.right(), r.center().y()))

    def _paint_card(self, p: QPainter, option, index, f) -> None:
        s = index.data(TASK_ROLE)
        if s is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = QRectF(option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))
        p.setPen(QPen(SEL_BORDER if selected else CARD_BORDER, 1.2 if selected else 1))
        p.setBrush(CARD_SEL if selected else CARD_BG)
        p.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        # The light as a coloured left edge.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LIGHT.get(s.light, FAINT))
        p.drawRoundedRect(QRectF(card.left(), card.top(), EDGE + 4, card.height()), 5, 5)
        p.setBrush(CARD_SEL if selected else CARD_BG)
        p.drawRect(QRectF(card.left() + EDGE, card.top() + 1, 5, card.height() - 2))

        left = int(card.left()) + EDGE + PAD
        right_col = int(card.right()) - PAD - RIGHT_W
        text_w = max(40, right_col - left - PAD)
        y = int(card.top()) + PAD
        # Title: two lines at most, the second elided.
        line1, line2 = self._title_lines(s.id, s.title, text_w, f)
        p.setFont(f.title)
        p.setPen(FAINT if s.state == "terminated" else INK)
        lh = f.fm_title.lineSpacing()
        p.drawText(QRect(left, y, text_w, lh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line1)
        if line2:
            p.drawText(QRect(left, y + lh, text_w, lh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line2)
        y += 2 * lh + 4
        # Document short name and 文号.
        sh = f.fm_small.lineSpacing()
        p.setFont(f.small)
        p.setPen(MUTED)
        p.drawText(QRect(left, y, text_w, sh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   doc_line(index.data(DOC_ROLE) or "", s.doc_no or "", text_w, f.fm_small))
        y += sh + 6
        self._paint_units(p, index.data(MARKS_ROLE), left, y, text_w, sh, f)
        self._paint_due(p, s, right_col, int(card.top()) + PAD, RIGHT_W, f)

    def _title_lines(self, tid: int, title: str, width: int, f) -> tuple[str, str]:
        key = (tid, width, title)
        got = self._title_cache.get(key)
        if got is not None:
            return got
        layout = QTextLayout(title, f.title)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        first = layout.createLine()
        first.setLineWidth(width)
        cut = first.textLength()
        layout.endLayout()
        line1, rest = title[:cut], title[cut:]
        line2 = f.fm_title.elidedText(rest, Qt.TextElideMode.ElideRight, width) if rest else ""
        if len(self._title_cache) > 5000:
            self._title_cache.clear()
        self._title_cache[key] = (line1, line2)
        return line1, line2

    def _paint_units(self, p: QPainter, marks, x: int, y: int, width: int, h: int, f) -> None:
        if marks is None:
            return
        if not marks:
            p.setFont(f.small)
            p.setPen(FAINT)
            p.drawText(QRect(x, y, width, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "（未指定责任单位）")
            return
        fonts = {False: (f.small, f.fm_small), True: (f.small_bold, QFontMetrics(f.small_bold))}
        labels = [(("✓" if m.done else "○") + f" {m.name}" + (f"（{ROLE_TAG.get(m.role, '')}）" if m.role == "lead" else ""),
                   m.role == "lead") for m in marks]
        shown, tail = fit_units(labels, width, lambda t, b: fonts[b][1].horizontalAdvance(t),
                                lambda t, b, room: fonts[b][1].elidedText(t, Qt.TextElideMode.ElideRight, room))
        end = x + width
        for i, text in shown:
            bold = labels[i][1]
            w = fonts[bold][1].horizontalAdvance(text)
            self._paint_mark(p, fonts[bold][0], marks[i], text, x, y, w, h)
            x += w + UNIT_GAP
        if tail:
            x -= UNIT_GAP - TAIL_GAP if shown else 0
            p.setFont(f.small)
            p.setPen(MUTED)
            p.drawText(QRect(x, y, max(0, end - x), h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tail)

    @staticmethod
    def _paint_mark(p: QPainter, font, m, label: str, x: int, y: int, w: int, h: int) -> None:
        p.setFont(font)
        p.setPen(DONE_INK if m.done else (INK if m.role == "lead" else OPEN_INK))
        p.drawText(QRect(x, y, w + 2, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_due(self, p: QPainter, s, x: int, y: int, w: int, f) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        lh = f.fm.lineSpacing()
        p.setFont(f.base)
        p.setPen(MUTED)
        p.drawText(QRect(x, y, w, lh), right, s.next_due or "无期限")
        y += lh + 2
        if s.state == "terminated":
            label, colour = "已终止", FAINT
        elif s.bucket == "done":
            label, colour = "已完成", DONE_INK
        else:
            label = days_text(s.days) or "—"
            colour = LIGHT["red"] if s.bucket == "overdue" else LIGHT["yellow"] if s.bucket == "due_soon" else MUTED
        p.setFont(f.small_bold)
        p.setPen(colour)
        p.drawText(QRect(x, y, w, lh), right, label)
        y += lh + 8
        # Progress: cells done / all.
        total, done = s.cells_total or 0, s.cells_done or 0
        label = f"{done}/{total}"
        lw = f.fm_small.horizontalAdvance(label) + 6
        bar = QRectF(x + 8, y + 3, w - 8 - lw, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e8eaed"))
        p.drawRoundedRect(bar, 3, 3)
        if total and done:
            filled = QRectF(bar.left(), bar.top(), bar.width() * done / total, bar.height())
            p.setBrush(DONE_INK if done >= total else QColor("#1a73e8"))
            p.drawRoundedRect(filled, 3, 3)
        p.setFont(f.small)
        p.setPen(MUTED)
        p.drawText(QRect(int(bar.right()) + 4, y - 3, lw, 18), right, label)
