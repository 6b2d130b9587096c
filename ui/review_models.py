"""Table models of the import review dialog, over one editable extract contract.

The contract (``Extraction.to_contract(full=True)``, a deep copy owned by the dialog) is
the only state: the models show and edit its ``documents`` and ``tasks`` lists. Reading
and writing cell text (units with roles, dates, milestones) and merging rows are core
functions (``tracker.extract.units_text``, ``field_text``, ``tracker.review``). Every edit
goes through an undo command (``ui.review_undo``) on the model's ``undo_stack`` when it
has one; the commands call the row operations ``put_row``, ``take_rows``, ``insert_rows``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from tracker.errors import TrackerError
from tracker.review import doc_no_holders, merge_rows, rename_unit, task_notes
from tracker.extract.field_text import format_milestones, parse_date_input, parse_milestones
from tracker.extract.units_text import format_units, parse_units
from ui.review_undo import DocNoRenamed, RowEdited, RowsEdited, RowsMerged, RowsRemoved, apply
from ui.table_model import ColumnsTableModel

MISSING = QBrush(QColor("#fff4d6"))


class DocumentsModel(ColumnsTableModel):
    """The documents found: 文号, title and issue date are editable; a status column says
    whether the 文号 is already in the ledger."""

    COLUMNS = ("文号", "标题", "成文日期", "台账中")
    doc_no_renamed = Signal(object, object)
    edit_refused = Signal(str)

    def __init__(self, contract: dict, known: set[str] | None = None, parent=None, undo_stack=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._contract = contract
        self._known = known or set()

    def set_known(self, known: set[str]) -> None:
        """Which 文号 the ledger already holds (the status column follows)."""
        self._known = set(known)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 3), self.index(self.rowCount() - 1, 3))

    def _docs(self) -> list[dict]:
        return self._contract.setdefault("documents", [])

    def rows(self) -> list[dict]:
        return self._docs()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() < 3 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._docs()):
            return None
        d, col = self._docs()[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return d.get("doc_no") or ("" if role == Qt.ItemDataRole.EditRole else "（无文号）")
            if col == 1:
                return d.get("title") or ""
            if col == 2:
                return d.get("issued") or ""
            return "已在台账（重新导入）" if d.get("doc_no") in self._known else "新文件"
        if role == Qt.ItemDataRole.BackgroundRole and col == 2 and not d.get("issued"):
            return MISSING
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() > 2:
            return False
        row, col, text = index.row(), index.column(), str(value or "").strip()
        d = self._docs()[row]
        if col == 0:
            old = d.get("doc_no") or None
            new = text or None
            if new == old:
                return False
            if new and any(o is not d and o.get("doc_no") == new for o in self._docs()):
                self.edit_refused.emit(f"文号“{new}”与另一份文件重复。")
                return False
            apply(self, DocNoRenamed(self, *doc_no_holders(self._contract, old), old, new))
            return True
        edited = dict(d)
        if col == 1:
            if not text:
                self.edit_refused.emit("文件标题不能为空。")
                return False
            edited["title"] = text
        else:
            try:
                issued = parse_date_input(text)
            except TrackerError as exc:
                self.edit_refused.emit(str(exc))
                return False
            edited["issued"] = issued.isoformat() if issued else None
        if edited == d:
            return False
        apply(self, RowEdited(self, row, d, edited, f"修改第{row + 1}份文件的{self.COLUMNS[col]}"))
        return True

    def put_row(self, row: int, doc: dict) -> None:
        """Replace document ``row`` (undo commands)."""
        self._docs()[row] = doc
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_doc_nos(self, doc_rows: list[int], task_rows: list[int], old: str | None, new: str | None) -> None:
        """Give the documents and tasks at these rows the 文号 ``new`` (undo commands)."""
        tasks = self._contract.setdefault("tasks", [])
        for r in doc_rows:
            self._docs()[r]["doc_no"] = new
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        for r in task_rows:
            tasks[r]["doc_no"] = new
        self.doc_no_renamed.emit(old, new)


class ReviewTasksModel(ColumnsTableModel):
    """The tasks found, one row each, every column but 文号 editable as text."""

    COLUMNS = ("任务", "责任单位", "完成时限", "时限原文", "阶段节点", "章节", "文号")
    TITLE, UNITS, DEADLINE, PHRASE, MILESTONES, SECTION, DOC_NO = range(7)
    tasks_edited = Signal()
    edit_refused = Signal(str)

    def __init__(self, contract: dict, parent=None, undo_stack=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._contract = contract

    def tasks(self) -> list[dict]:
        """The task dicts as currently edited (owned by the contract)."""
        return self._contract.setdefault("tasks", [])

    def rows(self) -> list[dict]:
        return self.tasks()

    def vertical_header(self, section: int) -> str:
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == self.DOC_NO else base | Qt.ItemFlag.ItemIsEditable

    def _text(self, t: dict, col: int) -> str:
        if col == self.TITLE:
            return t.get("title") or ""
        if col == self.UNITS:
            return format_units(t.get("units") or [])
        if col == self.DEADLINE:
            return t.get("deadline") or ""
        if col == self.PHRASE:
            return t.get("deadline_text") or ""
        if col == self.MILESTONES:
            return format_milestones(t.get("milestones") or [])
        if col == self.SECTION:
            return " ".join(p for p in (t.get("section"), t.get("number")) if p)
        return t.get("doc_no") or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.tasks()):
            return None
        t, col = self.tasks()[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and col == self.SECTION:
                return t.get("section") or ""
            return self._text(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE:
                return t.get("text") or t.get("title") or ""
            notes = task_notes(t)
            return "；".join(notes) if notes and col in (self.UNITS, self.DEADLINE) else self._text(t, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == self.UNITS and not t.get("units"):
                return MISSING
            if col == self.DEADLINE and not t.get("deadline") and not t.get("recurrence"):
                return MISSING
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == self.DOC_NO:
            return False
        row, col, text = index.row(), index.column(), str(value or "").strip()
        old = self.tasks()[row]
        t = dict(old)
        try:
            if col == self.TITLE:
                if not text:
                    raise _Refused("任务标题不能为空。")
                t["title"] = text
            elif col == self.UNITS:
                t["units"] = parse_units(text)
            elif col == self.DEADLINE:
                due = parse_date_input(text)
                t["deadline"] = due.isoformat() if due else None
                if due is None:
                    t["recurrence"] = None
            elif col == self.PHRASE:
                t["deadline_text"] = text or None
            elif col == self.MILESTONES:
                t["milestones"] = parse_milestones(text)
            else:
                t["section"] = text or None
        except (TrackerError, _Refused) as exc:
            self.edit_refused.emit(str(exc))
            return False
        if t == old:
            return False
        apply(self, RowEdited(self, row, old, t, f"修改第{row + 1}行{self.COLUMNS[col]}"))
        return True

    def put_row(self, row: int, task: dict) -> None:
        """Replace task ``row`` (undo commands)."""
        self.put_rows([(row, task)])

    def put_rows(self, rows: list[tuple[int, dict]]) -> None:
        """Replace the tasks at these rows, announcing the edit once (undo commands)."""
        for row, task in rows:
            self.tasks()[row] = task
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.tasks_edited.emit()

    def take_rows(self, rows: list[int]) -> None:
        """Drop the tasks at ``rows`` (undo commands)."""
        for r in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), r, r)
            del self.tasks()[r]
            self.endRemoveRows()
        self.tasks_edited.emit()

    def insert_rows(self, rows: list[tuple[int, dict]]) -> None:
        """Put tasks back at their rows, given in ascending order (undo commands)."""
        for r, task in rows:
            self.beginInsertRows(QModelIndex(), r, r)
            self.tasks().insert(r, task)
            self.endInsertRows()
        self.tasks_edited.emit()

    def remove_rows(self, rows: list[int]) -> int:
        """Drop the given rows from the import; returns how many were removed."""
        rows = sorted({r for r in rows if 0 <= r < len(self.tasks())})
        if rows:
            apply(self, RowsRemoved(self, [(r, self.tasks()[r]) for r in rows]))
        return len(rows)

    def merge(self, i: int, j: int) -> int:
        """Merge rows ``i`` and ``j`` (core rule); returns the merged row. Raises TrackerError."""
        lo, hi = sorted((i, j))
        merged = merge_rows(self.tasks(), i, j)[lo]
        apply(self, RowsMerged(self, lo, hi, self.tasks()[lo], self.tasks()[hi], merged))
        return lo

    def rename_unit(self, old: str, new: str) -> int:
        """Write unit ``old`` as ``new`` in every task (core rule, one undo step); returns
        how many tasks changed."""
        copies = [dict(t) for t in self.tasks()]
        rows = rename_unit(copies, old, new)
        if rows:
            apply(self, RowsEdited(self, [(r, self.tasks()[r], copies[r]) for r in rows],
                                   f"单位“{old}”改为“{new}”"))
        return len(rows)

    def refresh_doc_nos(self) -> None:
        """Repaint the 文号 column after a document's 文号 was edited."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.DOC_NO), self.index(self.rowCount() - 1, self.DOC_NO))


class _Refused(Exception):
    pass
