"""The units dialog: canonical names, aliases, kinds, members of collectives, merging.

Every change goes through ``ledger.units`` (add_alias merges two spellings into one
unit, remove_alias, rename, set_members) and is announced with ``units_changed``
carrying the tracker ``Changes`` so that the window refreshes the cards it touched. The
widgets are laid out in :mod:`ui.units_layout`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QSortFilterProxyModel, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tracker.errors import TrackerError
from tracker.ledger.units import KIND_ZH
from ui import settings as opts
from ui.screen_fit import restore_size, restore_splitter, save_size
from ui.units_layout import build_units_dialog
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
        build_units_dialog(self)
        self.reload()
        restore_size(self, 0.8, QSize(1040, 720), opts.UNITS_GEOMETRY)
        restore_splitter(self, self.splitter, opts.UNITS_SPLITTER)

    def done(self, code: int) -> None:
        """Closing remembers the size and the split the clerk chose."""
        save_size(self, opts.UNITS_GEOMETRY, {opts.UNITS_SPLITTER: self.splitter})
        super().done(code)

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
