"""The 统计 table: one row per unit (按期办结率, overdue and open counts), sortable by any
column through ``StatsProxy``, which the bar charts read in the same order."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from tracker.report.model import rate_light, rate_text
from ui.table_model import ColumnsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1   # the number behind a cell (a rate of None is -1)
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_DUE, COL_ON_TIME, COL_LATE, COL_OVERDUE, COL_OPEN, COL_RATE = range(7)
LIGHT_COLOURS = {"red": "#d93025", "yellow": "#e8a100", "green": "#1e8e3e", "grey": "#9aa0a6"}

_TIPS = {
    COL_DUE: "时限在统计期间内、截至统计日期已到期的办理节点",
    COL_ON_TIME: "在时限当日或之前办结的节点",
    COL_LATE: "超过时限后才办结的节点",
    COL_OVERDUE: "截至统计日期已过时限、仍未办结的任务",
    COL_OPEN: "时限在统计期间内、尚未到期也未办结的任务",
    COL_RATE: "按期办结的节点 / 已到期的节点",
}


class StatsModel(ColumnsTableModel):
    """Rows of ``tracker.ledger.stats.UnitStats``."""

    COLUMNS = ("责任单位", "应办结节点", "按期办结", "逾期办结", "逾期任务", "在办任务", "按期办结率")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rows(self) -> list:
        return self._rows

    def set_rows(self, rows: list) -> None:
        """Show ``rows`` (UnitStats), replacing what was shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _value(self, r, col: int):
        return (r.name, r.due, r.on_time, r.late, r.overdue_tasks, r.open_tasks,
                -1.0 if r.rate is None else r.rate)[col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return rate_text(r.rate) if col == COL_RATE else str(self._value(r, col))
        if role == SORT_ROLE:
            return self._value(r, col)
        if role == UNIT_ID_ROLE:
            return r.unit_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_RATE:
                return QColor(LIGHT_COLOURS[rate_light(r.rate)])
            if col == COL_OVERDUE and r.overdue_tasks:
                return QColor(LIGHT_COLOURS["red"])
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_RATE:
            return f"按期办结 {r.on_time} / 已到期 {r.due} 个节点" if r.due else "统计期间内尚无到期节点"
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return _TIPS.get(section)
        return super().headerData(section, orientation, role)


class StatsProxy(QSortFilterProxyModel):
    """Sorts the units by the number behind a column (not by its text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
