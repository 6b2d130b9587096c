"""The units dialog: canonical names, aliases, kinds, members of collectives, merging.

Every change goes through ``ledger.units`` (add_alias merges two spellings into one
unit, remove_alias, rename, set_members) and is announced with ``units_changed``
carrying the tracker ``Changes`` so that the window refreshes the cards it touched.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QSortFilterProxyModel, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView, QMessageBox, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from tracker.errors import TrackerError
from tracker.ledger.units import KIND_ZH, KINDS
from ui import settings as opts
from ui.app import combo_box
from ui.screen_fit import restore_size, restore_splitter, save_size
from ui.unit_merge_box import DuplicatesBox
from ui.units_models import ID_ROLE, SEARCH_ROLE, MembersModel, UnitsModel


def _ask(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, "请确认", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class UnitsDialog(QDialog):
    """Edit the unit directory of ``ledger``."""

    units_changed = Signal(object)

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("单位管理")
        self._ledger = ledger
        # Asked before merging two units; tests replace it.
        self.confirm = lambda text: _ask(self, text)
        self.model = UnitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.aliases_model = QStringListModel(self)
        self.members_model = MembersModel(self)
        self.members_proxy = QSortFilterProxyModel(self)
        self.members_proxy.setSourceModel(self.members_model)
        self.members_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self.reload()
        restore_size(self, 0.8, QSize(1040, 720), opts.UNITS_GEOMETRY)
        restore_splitter(self, self.splitter, opts.UNITS_SPLITTER)

    def done(self, code: int) -> None:
        """Closing remembers the size and the split the clerk chose."""
        save_size(self, opts.UNITS_GEOMETRY, {opts.UNITS_SPLITTER: self.splitter})
        super().done(code)

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit(self, placeholderText="查找单位名称或别名", clearButtonEnabled=True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        hdr = self.view.horizontalHeader()
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.filter_edit)
        ll.addWidget(self.view, 1)
        self.duplicates = DuplicatesBox(self._ledger, self)
        self.duplicates.merge_requested.connect(self.merge_duplicate)
        ll.addWidget(self.duplicates)

        self.name_edit = QLineEdit(self)
        self.rename_button = QPushButton("改名", self, clicked=self.rename_selected)
        self.kind_combo = combo_box(self)
        for kind in KINDS:
            self.kind_combo.addItem(KIND_ZH[kind], kind)
        self.kind_combo.activated.connect(lambda _i: self.set_kind(self.kind_combo.currentData()))
        self.aliases_view = QListView(self)
        self.aliases_view.setModel(self.aliases_model)
        self.aliases_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aliases_view.setMaximumHeight(110)
        self.alias_edit = QLineEdit(self, placeholderText="另一种写法，如 市发改委")
        self.add_alias_button = QPushButton("添加别名", self, clicked=self.add_alias)
        self.remove_alias_button = QPushButton("删除所选别名", self, clicked=self.remove_alias)
        self.merge_combo = combo_box(self)
        self.merge_combo.setEditable(True)
        self.merge_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.merge_combo.lineEdit().setPlaceholderText("选择另一个写法的单位")
        self.merge_button = QPushButton("并入本单位", self, clicked=self.merge_into_selected)

        details = QGroupBox("所选单位", self)
        grid = QGridLayout(details)
        grid.addWidget(QLabel("名称"), 0, 0)
        grid.addWidget(self.name_edit, 0, 1)
        grid.addWidget(self.rename_button, 0, 2)
        grid.addWidget(QLabel("类别"), 1, 0)
        grid.addWidget(self.kind_combo, 1, 1, 1, 2)
        grid.addWidget(QLabel("别名"), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.aliases_view, 2, 1, 1, 2)
        grid.addWidget(self.alias_edit, 3, 1)
        grid.addWidget(self.add_alias_button, 3, 2)
        grid.addWidget(self.remove_alias_button, 4, 2)
        grid.addWidget(QLabel("合并"), 5, 0)
        grid.addWidget(self.merge_combo, 5, 1)
        grid.addWidget(self.merge_button, 5, 2)
        hint = QLabel("合并后，另一写法成为本单位的别名，它的任务和勾选记录都归入本单位。", self)
        hint.setWordWrap(True)
        hint.setObjectName("sectionTitle")
        grid.addWidget(hint, 6, 1, 1, 2)

        self.members_box = QGroupBox("成员单位（勾选后各成员分别勾选办结）", self)
        self.members_filter = QLineEdit(self, placeholderText="查找", clearButtonEnabled=True)
        self.members_filter.textChanged.connect(self.members_proxy.setFilterFixedString)
        self.members_view = QListView(self)
        self.members_view.setModel(self.members_proxy)
        self.members_view.setMinimumHeight(160)
        self.save_members_button = QPushButton("保存成员", self, clicked=self.save_members)
        ml = QVBoxLayout(self.members_box)
        ml.addWidget(self.members_filter)
        ml.addWidget(self.members_view, 1)
        ml.addWidget(self.save_members_button, 0, Qt.AlignmentFlag.AlignRight)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(details)
        rl.addWidget(self.members_box, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        self.splitter = splitter
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(self)
        buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    # -- reading -------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the directory, keeping (or moving) the selection to ``select_id``."""
        select_id = select_id if select_id is not None else self.selected_id()
        units = self._ledger.units.all()
        counts = self._ledger.units.task_counts()
        self.model.load(units, counts)
        self.merge_combo.clear()
        for u in units:
            self.merge_combo.addItem(u.name, u.id)
        self.merge_combo.setCurrentIndex(-1)
        self.duplicates.refresh()
        row = self.model.row_of(select_id) if select_id is not None else -1
        self.select_row(row if row >= 0 else 0)

    def select_row(self, source_row: int) -> None:
        """Select a unit by its row in the (unfiltered) model."""
        if not 0 <= source_row < self.model.rowCount():
            self._show_selected()
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
        self._show_selected()

    def select_unit(self, name: str) -> None:
        """Select the unit a name or alias stands for."""
        uid = self._ledger.units.find(name)
        if uid is not None:
            self.filter_edit.clear()
            self.select_row(self.model.row_of(uid))

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self):
        row = self.model.row_of(self.selected_id()) if self.selected_id() is not None else -1
        return self.model.unit(row) if row >= 0 else None

    @Slot()
    def _show_selected(self) -> None:
        unit = self.selected()
        enabled = unit is not None
        for w in (self.name_edit, self.rename_button, self.kind_combo, self.alias_edit,
                  self.add_alias_button, self.remove_alias_button, self.merge_combo, self.merge_button):
            w.setEnabled(enabled)
        if unit is None:
            self.name_edit.clear()
            self.aliases_model.setStringList([])
            self.members_box.setVisible(False)
            return
        self.name_edit.setText(unit.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(unit.kind)))
        self.aliases_model.setStringList(unit.aliases)
        is_collective = unit.kind == "collective"
        self.members_box.setVisible(is_collective)
        if is_collective:
            candidates = [(self.model.unit(r).id, self.model.unit(r).name) for r in range(self.model.rowCount())
                          if self.model.unit(r).id != unit.id and self.model.unit(r).kind != "collective"]
            self.members_model.load(candidates, set(unit.members))

    # -- changing ------------------------------------------------------------------
    def _apply(self, action, select_id: int | None = None) -> bool:
        """Run one directory change; report it, refresh, announce the Changes."""
        try:
            changes = action()
        except TrackerError as exc:
            self.message.setText(str(exc))
            return False
        self.reload(select_id)
        self.message.setText(changes.message or "已保存。")
        self.units_changed.emit(changes)
        return True

    @Slot()
    def rename_selected(self) -> None:
        """Give the selected unit a new canonical name (the old one stays as an alias)."""
        unit, name = self.selected(), self.name_edit.text().strip()
        if unit is None or not name or name == unit.name:
            return
        other = self._ledger.units.find(name)
        if other is not None and other != unit.id:
            self.message.setText(f"“{name}”已是另一个单位（或其别名）。如是同一单位，请用“合并”。")
            return
        self._apply(lambda: _with_message(self._ledger.units.rename(unit.id, name),
                                          f"已将“{unit.name}”改名为“{name}”，原名保留为别名。"), unit.id)

    def set_kind(self, kind: str) -> None:
        """Change the selected unit's kind."""
        unit = self.selected()
        if unit is None or not kind or kind == unit.kind:
            return
        self._apply(lambda: _with_message(self._ledger.units.rename(unit.id, unit.name, kind),
                                          f"“{unit.name}”的类别改为{KIND_ZH.get(kind, kind)}。"), unit.id)

    @Slot()
    def add_alias(self) -> None:
        """Add the typed spelling as an alias of the selected unit."""
        unit, alias = self.selected(), self.alias_edit.text().strip()
        if unit is None or not alias:
            return
        other = self._ledger.units.find(alias)
        if other == unit.id:
            self.message.setText(f"“{alias}”已经是本单位的名称或别名。")
            return
        if other is not None and self._is_unit_name(alias, other):
            self.message.setText(f"“{alias}”是另一个单位的名称，请用“合并”。")
            return
        if self._apply(lambda: self._ledger.units.add_alias(alias, unit.name), unit.id):
            self.alias_edit.clear()

    def _is_unit_name(self, name: str, uid: int) -> bool:
        return self._ledger.units.get(uid).name == name

    @Slot()
    def remove_alias(self) -> None:
        """Forget the selected alias."""
        unit, index = self.selected(), self.aliases_view.currentIndex()
        if unit is None or not index.isValid():
            self.message.setText("请先在别名列表中选中一个别名。")
            return
        alias = index.data()
        self._apply(lambda: self._ledger.units.remove_alias(alias), unit.id)

    @Slot()
    def merge_into_selected(self) -> None:
        """Merge the unit chosen in the combo box into the selected one (after asking)."""
        unit = self.selected()
        other_id = self._ledger.units.find(self.merge_combo.currentText().strip())
        if unit is None or other_id is None:
            self.message.setText("请选择要并入的单位。")
            return
        if other_id == unit.id:
            self.message.setText("不能把单位并入它自己。")
            return
        other = self._ledger.units.get(other_id)
        if self.confirm(_merge_question(other.name, unit.name)):
            self._apply(lambda: self._ledger.units.add_alias(other.name, unit.name), unit.id)

    @Slot(object)
    def merge_duplicate(self, s) -> None:
        """合并 of a 可能重复的单位 pair: ``s.name`` becomes an alias of ``s.target`` (after asking)."""
        if self.confirm(_merge_question(s.name, s.target)):
            self._apply(lambda: self._ledger.units.add_alias(s.name, s.target), s.unit_id)

    @Slot()
    def save_members(self) -> None:
        """Store the ticked member units of the selected collective."""
        unit = self.selected()
        if unit is None or unit.kind != "collective":
            return
        names = self.members_model.checked_names()
        self._apply(lambda: self._ledger.units.set_members(unit.name, names), unit.id)


def _merge_question(name: str, target: str) -> str:
    return (f"把“{name}”并入“{target}”？\n“{name}”将成为别名，它的任务和勾选记录都归入“{target}”。"
            "此操作不能撤销。")


def _with_message(changes, message: str):
    changes.message = changes.message or message
    return changes
