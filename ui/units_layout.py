"""The units dialog's widgets and layout: the directory list with its filter and the
possible duplicates on the left, the selected unit's name, kind, aliases, merge and
members on the right. Set up on the dialog as a Designer form would be; the dialog
holds the behaviour (see :mod:`ui.units_dialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from tracker.ledger.units import KIND_ZH, KINDS
from ui.app import combo_box
from ui.unit_merge_box import DuplicatesBox


def build_units_dialog(dialog) -> None:
    """Create the widgets of ``dialog`` (a ``UnitsDialog``, whose models exist already),
    lay them out and connect them to its slots."""
    dialog.filter_edit = QLineEdit(dialog, placeholderText="查找单位名称或别名", clearButtonEnabled=True)
    dialog.filter_edit.textChanged.connect(dialog.proxy.setFilterFixedString)
    dialog.view = QTableView(dialog)
    dialog.view.setModel(dialog.proxy)
    dialog.view.setSortingEnabled(True)
    dialog.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dialog.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    dialog.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    dialog.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    dialog.view.verticalHeader().hide()
    hdr = dialog.view.horizontalHeader()
    hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    dialog.view.selectionModel().currentRowChanged.connect(lambda *_: dialog._show_selected())
    left = QWidget(dialog)
    ll = QVBoxLayout(left)
    ll.setContentsMargins(0, 0, 0, 0)
    ll.addWidget(dialog.filter_edit)
    ll.addWidget(dialog.view, 1)
    dialog.duplicates = DuplicatesBox(dialog._ledger, dialog)
    dialog.duplicates.merge_requested.connect(dialog.merge_duplicate)
    ll.addWidget(dialog.duplicates)

    dialog.name_edit = QLineEdit(dialog)
    dialog.rename_button = QPushButton("改名", dialog, clicked=dialog.rename_selected)
    dialog.kind_combo = combo_box(dialog)
    for kind in KINDS:
        dialog.kind_combo.addItem(KIND_ZH[kind], kind)
    dialog.kind_combo.activated.connect(lambda _i: dialog.set_kind(dialog.kind_combo.currentData()))
    dialog.aliases_view = QListView(dialog)
    dialog.aliases_view.setModel(dialog.aliases_model)
    dialog.aliases_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    dialog.aliases_view.setMaximumHeight(110)
    dialog.alias_edit = QLineEdit(dialog, placeholderText="另一种写法，如 市发改委")
    dialog.add_alias_button = QPushButton("添加别名", dialog, clicked=dialog.add_alias)
    dialog.remove_alias_button = QPushButton("删除所选别名", dialog, clicked=dialog.remove_alias)
    dialog.merge_combo = combo_box(dialog)
    dialog.merge_combo.setEditable(True)
    dialog.merge_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    dialog.merge_combo.lineEdit().setPlaceholderText("选择另一个写法的单位")
    dialog.merge_button = QPushButton("并入本单位", dialog, clicked=dialog.merge_into_selected)

    details = QGroupBox("所选单位", dialog)
    grid = QGridLayout(details)
    grid.addWidget(QLabel("名称"), 0, 0)
    grid.addWidget(dialog.name_edit, 0, 1)
    grid.addWidget(dialog.rename_button, 0, 2)
    grid.addWidget(QLabel("类别"), 1, 0)
    grid.addWidget(dialog.kind_combo, 1, 1, 1, 2)
    grid.addWidget(QLabel("别名"), 2, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(dialog.aliases_view, 2, 1, 1, 2)
    grid.addWidget(dialog.alias_edit, 3, 1)
    grid.addWidget(dialog.add_alias_button, 3, 2)
    grid.addWidget(dialog.remove_alias_button, 4, 2)
    grid.addWidget(QLabel("合并"), 5, 0)
    grid.addWidget(dialog.merge_combo, 5, 1)
    grid.addWidget(dialog.merge_button, 5, 2)
    hint = QLabel("合并后，另一写法成为本单位的别名，它的任务和勾选记录都归入本单位。", dialog)
    hint.setWordWrap(True)
    hint.setObjectName("sectionTitle")
    grid.addWidget(hint, 6, 1, 1, 2)

    dialog.members_box = QGroupBox("成员单位（勾选后各成员分别勾选办结）", dialog)
    dialog.members_filter = QLineEdit(dialog, placeholderText="查找", clearButtonEnabled=True)
    dialog.members_filter.textChanged.connect(dialog.members_proxy.setFilterFixedString)
    dialog.members_view = QListView(dialog)
    dialog.members_view.setModel(dialog.members_proxy)
    dialog.members_view.setMinimumHeight(160)
    dialog.save_members_button = QPushButton("保存成员", dialog, clicked=dialog.save_members)
    ml = QVBoxLayout(dialog.members_box)
    ml.addWidget(dialog.members_filter)
    ml.addWidget(dialog.members_view, 1)
    ml.addWidget(dialog.save_members_button, 0, Qt.AlignmentFlag.AlignRight)

    right = QWidget(dialog)
    rl = QVBoxLayout(right)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.addWidget(details)
    rl.addWidget(dialog.members_box, 1)

    splitter = QSplitter(dialog)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setSizes([560, 440])
    dialog.splitter = splitter
    dialog.message = QLabel(dialog)
    dialog.message.setTextFormat(Qt.TextFormat.PlainText)
    buttons = QDialogButtonBox(dialog)
    buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    bottom = QHBoxLayout()
    bottom.addWidget(dialog.message, 1)
    bottom.addWidget(buttons)
    layout.addLayout(bottom)
