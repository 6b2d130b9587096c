"""The check matrix of one task: rows = units (a collective's members as their own
rows), columns = milestones, a checkbox in every cell.

Ticking goes through ``tick`` (set by the detail panel), which records a progress event
in the core and returns the ``Changes``; the model then re-reads the matrix.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from tracker.ledger.tasks import ROLE_ZH


def _tip(text: str) -> str:
    """A tooltip showing ``text`` as written: Qt renders tooltips with "<…>" as rich text."""
    return f"<p>{html.escape(text)}</p>"

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_CHARS = 12   # a column header's milestone text is cut after this many characters


class MatrixModel(QAbstractTableModel):
    """One task's units × milestones; checkable cells."""

    cell_ticked = Signal(object)   # the Changes of a recorded tick

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._milestones: list = []
        self._as_of_iso = ""
        self._enabled = True
        self.tick: Callable[[int, int, bool], object] | None = None

    def set_matrix(self, milestones: list, rows: list, as_of_iso: str = "", enabled: bool = True) -> None:
        """Show a task's milestones (columns) and matrix rows (from ``ledger.progress.matrix``)."""
        self.beginResetModel()
        self._milestones, self._rows, self._as_of_iso, self._enabled = list(milestones), list(rows), as_of_iso, enabled
        self.endResetModel()

    def clear(self) -> None:
        self.set_matrix([], [])

    def update_rows(self, rows: list) -> None:
        """New cell states for the same shape (after a tick)."""
        if len(rows) != len(self._rows) or any(len(a.cells) != len(b.cells) for a, b in zip(rows, self._rows)):
            self.set_matrix(self._milestones, rows, self._as_of_iso, self._enabled)
            return
        self._rows = list(rows)
        if rows and self._milestones:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._milestones) - 1))

    def row_data(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._milestones)

    def _cell(self, index):
        row = self._rows[index.row()]
        return row.cells[index.column()] if index.column() < len(row.cells) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._cell(index) is not None:
            f |= Qt.ItemFlag.ItemIsUserCheckable
            if self._enabled:
                f |= Qt.ItemFlag.ItemIsEnabled
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cell = self._cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if cell.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (cell.done_on or cell.done_at or "")[:10] if cell.done else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.done:
                return _tip(f"完成日期 {(cell.done_on or cell.done_at or '')[:10]}；"
                            f"{cell.done_by or '（未记录）'} 于 {cell.done_at or ''} 勾选")
            return _tip(f"应于 {cell.due} 前办结" if cell.due else "未办结")
        if role == Qt.ItemDataRole.ForegroundRole and not cell.done and cell.due and self._as_of_iso \
                and cell.due < self._as_of_iso:
            from PySide6.QtGui import QColor
            return QColor("#c5221f")
        if role == CELL_ROLE:
            return cell
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.tick is None:
            return False
        cell = self._cell(index)
        if cell is None or not self._enabled:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if done == cell.done:
            return False
        changes = self.tick(cell.unit_id, cell.milestone_id, done)
        if changes is None:
            return False
        cell.done = done
        self.dataChanged.emit(index, index)
        self.cell_ticked.emit(changes)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._milestones):
                return None
            m = self._milestones[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tip(f"{m.label}（{m.due or '无期限'}）")
            # The whole date: milestones of one task often share a day of the year
            # (12-31 of 2019 and of 2022), and a column must say which one it is.
            due = m.due or "无期限"
            if m.label in (m.due, (m.due or "")[5:]):
                return due
            # A milestone's text can be a whole sentence: its column shows the start (full in the tip).
            label = m.label if len(m.label) <= HEADER_CHARS else m.label[:HEADER_CHARS - 1] + "…"
            return f"{label}\n{due}"
        if not 0 <= section < len(self._rows):
            return None
        r = self._rows[section]
        tag = ROLE_ZH.get(r.role, "")
        name = f"{r.name}（{tag}）" if tag and r.role != "responsible" else r.name
        if r.parent:
            name = f"{r.name}（{r.parent}成员）" if role == Qt.ItemDataRole.ToolTipRole else f"  └ {r.name}"
        return _tip(name) if role == Qt.ItemDataRole.ToolTipRole else name
