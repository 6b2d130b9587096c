"""A base for the app's fixed-column table models: rows from ``rows()``, headers from
``COLUMNS``; subclasses supply ``data`` (and ``flags``/``setData`` when editable)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class ColumnsTableModel(QAbstractTableModel):
    """Row count from ``rows()``, column count and horizontal headers from ``COLUMNS``."""

    COLUMNS: Sequence[str] = ()

    def rows(self) -> Sequence:
        """The current rows (whatever the subclass keeps)."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section] if 0 <= section < len(self.COLUMNS) else None
        return self.vertical_header(section)

    def vertical_header(self, section: int):
        """Row headers: none unless a subclass numbers its rows."""
        return None
