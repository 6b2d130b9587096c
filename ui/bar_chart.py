"""A horizontal bar chart painted with QPainter from the rows of a table model.

One row of the model is one bar line (in the model's order, so sorting the table sorts
the chart); each series is a column whose ``SORT_ROLE`` number is drawn as a bar, several
series stacked end to end. No chart library: PySide6-Essentials ships no QtCharts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ROW_H = 24
BAR_H = 14
TOP = 30
MARGIN = 10
NAME_W_MAX = 170


@dataclass
class Series:
    """A column of the model drawn as bars: its colour (fixed, or by value) and legend."""

    column: int
    label: str
    colour: QColor | Callable[[float], QColor]

    def colour_of(self, value: float) -> QColor:
        return self.colour(value) if callable(self.colour) else self.colour


class BarChart(QWidget):
    """Bars for ``series`` of ``model`` rows; ``scale`` is the full-width value (None: the
    largest stacked total); ``value_text`` writes the figure after each bar line."""

    def __init__(self, model, name_column: int, series: list[Series], *, sort_role: int,
                 scale: float | None = None, value_text: Callable[[list[float]], str] | None = None,
                 empty_text: str = "没有可显示的数据", legend: list[tuple[QColor, str]] | None = None,
                 parent=None):
        super().__init__(parent)
        self._model, self._name_col, self.series = model, name_column, series
        self._role, self._scale = sort_role, scale
        self._value_text = value_text or (lambda vals: " / ".join(f"{v:g}" for v in vals))
        self._empty_text = empty_text
        self.legend = legend or [(s.colour_of(1.0), s.label) for s in series]
        # Fills the scroll area's height when shorter, so the white ground reaches the bottom.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setMouseTracking(True)
        for sig in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                    model.dataChanged):
            sig.connect(self._model_changed)

    # -- data --------------------------------------------------------------------------
    def bar_rows(self) -> list[tuple[str, list[float]]]:
        """(name, values per series) per model row, in the model's order (a negative value
        stands for none and draws no bar)."""
        m = self._model
        out = []
        for row in range(m.rowCount()):
            name = m.index(row, self._name_col).data() or ""
            vals = [float(m.index(row, s.column).data(self._role) or 0) for s in self.series]
            out.append((name, vals))
        return out

    def full_scale(self, rows: list[tuple[str, list[float]]]) -> float:
        if self._scale is not None:
            return self._scale
        return max((sum(max(0.0, x) for x in v) for _n, v in rows), default=0.0) or 1.0

    def _model_changed(self, *_args) -> None:
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, TOP + max(1, self._model.rowCount()) * ROW_H + MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.sizeHint().height())

    # -- painting ----------------------------------------------------------------------
    def _geometry(self, rows) -> tuple[int, int, int]:
        """(name width, bar start x, bar full width)."""
        fm = QFontMetrics(self.font())
        name_w = min(NAME_W_MAX, max((fm.horizontalAdvance(n) for n, _v in rows), default=40) + 8)
        value_w = fm.horizontalAdvance("100.0%  ") + 16
        x0 = MARGIN + name_w
        return name_w, x0, max(40, self.width() - x0 - value_w - MARGIN)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        rows = self.bar_rows()
        fm = QFontMetrics(self.font())
        self._paint_legend(p, fm)
        if not rows:
            p.setPen(QColor("#5f6368"))
            p.drawText(QRectF(0, TOP, self.width(), ROW_H * 2), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        name_w, x0, full = self._geometry(rows)
        scale = self.full_scale(rows)
        p.setPen(QPen(QColor("#dadce0"), 1))
        p.drawLine(x0, TOP - 4, x0, TOP + len(rows) * ROW_H)
        for i, (name, vals) in enumerate(rows):
            y = TOP + i * ROW_H
            p.setPen(QColor("#202124"))
            p.drawText(QRectF(MARGIN, y, name_w - 6, ROW_H), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideMiddle, name_w - 6))
            x = float(x0)
            for s, v in zip(self.series, vals):
                w = full * min(max(0.0, v), scale) / scale
                if w > 0:
                    p.fillRect(QRectF(x, y + (ROW_H - BAR_H) / 2, max(w, 1.5), BAR_H), s.colour_of(v))
                    x += w
            p.setPen(QColor("#3c4043"))
            p.drawText(QRectF(x + 6, y, self.width() - x - 6, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                       self._value_text(vals))

    def _paint_legend(self, p: QPainter, fm: QFontMetrics) -> None:
        x = MARGIN
        for colour, label in self.legend:
            p.fillRect(QRectF(x, 9, 12, 12), colour)
            p.setPen(QColor("#3c4043"))
            p.drawText(x + 16, 9 + fm.ascent() - 1, label)
            x += 16 + fm.horizontalAdvance(label) + 18

    # -- tool tips ---------------------------------------------------------------------
    def row_at(self, y: float) -> int:
        """The model row drawn at height ``y``, or -1."""
        row = int((y - TOP) // ROW_H) if y >= TOP else -1
        return row if 0 <= row < self._model.rowCount() else -1

    def event(self, ev) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            row = self.row_at(ev.pos().y())
            if row >= 0:
                name, vals = self.bar_rows()[row]
                parts = [f"{s.label}：{self._value_text([v])}" for s, v in zip(self.series, vals)]
                QToolTip.showText(ev.globalPos(), "\n".join([name, *parts]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)
