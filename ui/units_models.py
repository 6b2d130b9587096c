"""Models of the units dialog: the unit directory, and the members of one collective."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from tracker.ledger.units import KIND_ZH
from ui.table_model import ColumnsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class UnitsModel(ColumnsTableModel):
    """Every unit of the directory: name, kind, aliases, number of tasks assigned."""

    COLUMNS = ("单位名称", "类别", "别名", "任务数")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._units: list = []
        self._tasks: dict[int, int] = {}

    def load(self, units: list, task_counts: dict[int, int]) -> None:
        """Show ``units`` (``tracker.ledger.units.Unit``) with their task counts."""
        self.beginResetModel()
        self._units = list(units)
        self._tasks = dict(task_counts)
        self.endResetModel()

    def unit(self, row: int):
        return self._units[row]

    def rows(self) -> list:
        return self._units

    def row_of(self, unit_id: int) -> int:
        """The row of a unit id, or -1."""
        return next((i for i, u in enumerate(self._units) if u.id == unit_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        u, col = self._units[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return u.name
            if col == 1:
                kind = KIND_ZH.get(u.kind, u.kind)
                return f"{kind}（{len(u.members)}个成员）" if u.kind == "collective" and u.members else kind
            if col == 2:
                return "、".join(u.aliases)
            return self._tasks.get(u.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and u.aliases:
            return "\n".join(u.aliases)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return u.id
        if role == SEARCH_ROLE:
            return " ".join([u.name, *u.aliases, KIND_ZH.get(u.kind, "")])
        return None


class MembersModel(QAbstractListModel):
    """Candidate member units of one collective, each with a check box."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def load(self, candidates: list[tuple[int, str]], members: set[int]) -> None:
        """``candidates`` as (id, name); ``members`` the ids ticked now."""
        self.beginResetModel()
        self._names = list(candidates)
        self._checked = set(members) & {i for i, _ in candidates}
        self.endResetModel()

    def checked_names(self) -> list[str]:
        """Names of the ticked units, in list order."""
        return [n for i, n in self._names if i in self._checked]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._names)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        uid, name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if uid in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return uid
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        uid = self._names[index.row()][0]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._checked.add(uid)
        else:
            self._checked.discard(uid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
