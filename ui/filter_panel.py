"""The left panel: search box, bucket and role filters, responsible units, documents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QRadioButton, QTreeView, QVBoxLayout)

from ui.app import combo_box
from tracker.filters import KEYS
from tracker.ledger.buckets import BUCKETS, bucket_title

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 60   # a pause in typing: filtering itself takes ~25 ms for 100,000 tasks


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


MY_UNITS = -1   # the unit id standing for "my units" in the tree (no unit has it)


class FilterPanel(QFrame):
    """Emits a signal per filter; the main window applies them to the card proxy."""

    search_changed = Signal(str)
    unit_chosen = Signal(object)        # unit id or None
    lead_only_changed = Signal(bool)
    document_chosen = Signal(object)    # document id or None
    bucket_chosen = Signal(object)      # bucket key or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(6)

        self.search = QLineEdit()
        # The hint fits the narrow column (with "（Ctrl+F）" it ended "文号（Ctrl+…"); the key is in the tip.
        self.search.setPlaceholderText("搜索标题、正文、单位、文号")
        self.search.setToolTip("按标题、正文、责任单位和文号即时筛选（Ctrl+F）")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        lay.addWidget(self.search)

        lay.addWidget(_section("办理状态"))
        self.bucket = combo_box()
        self.bucket.addItem("全部", None)
        for b in BUCKETS:
            self.bucket.addItem(bucket_title(b), b)
        self.bucket.currentIndexChanged.connect(lambda _: self.bucket_chosen.emit(self.bucket.currentData()))
        lay.addWidget(self.bucket)

        lay.addWidget(_section("公文"))
        self.document = combo_box()
        self.document.addItem("全部公文", None)
        self.document.currentIndexChanged.connect(lambda _: self.document_chosen.emit(self.document.currentData()))
        lay.addWidget(self.document)

        lay.addWidget(_section("责任单位"))
        roles = QHBoxLayout()
        self.role_all = QRadioButton("全部角色")
        self.role_lead = QRadioButton("仅牵头")
        self.role_all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.role_all)
        group.addButton(self.role_lead)
        self.role_lead.toggled.connect(self.lead_only_changed)
        roles.addWidget(self.role_all)
        roles.addWidget(self.role_lead)
        roles.addStretch()
        lay.addLayout(roles)
        self.unit_search = QLineEdit()
        self.unit_search.setPlaceholderText("查找单位")
        self.unit_search.setClearButtonEnabled(True)
        lay.addWidget(self.unit_search)

        self.units = QStandardItemModel(0, 2, self)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.units)
        self.unit_proxy.setRecursiveFilteringEnabled(True)
        self.unit_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit_search.textChanged.connect(self.unit_proxy.setFilterFixedString)
        self.unit_view = QTreeView()
        self.unit_view.setModel(self.unit_proxy)
        self.unit_view.setHeaderHidden(True)
        self.unit_view.setIndentation(14)
        self.unit_view.setUniformRowHeights(True)
        self.unit_view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.unit_view.header().setStretchLastSection(False)
        self.unit_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.unit_view.selectionModel().currentChanged.connect(self._unit_current_changed)
        lay.addWidget(self.unit_view, 1)
        self._unit_id = None

    # -- filling -------------------------------------------------------------------------
    def populate(self, ledger, as_of, window: int, *, my_units: bool = False,
                 open_counts: dict[int, int] | None = None) -> None:
        """Fill the unit tree (open-task counts as of ``as_of``) and the document list;
        ``my_units`` adds the entry 我的单位 (the units chosen in 提醒与我的单位);
        ``open_counts``: each unit's open tasks when already counted (on a worker)."""
        chosen = self._unit_id
        self.units.removeRows(0, self.units.rowCount())
        if open_counts is None:
            open_counts = ledger.status.open_by_unit()
        self._append(None, "全部单位", None, "")
        if my_units:
            self._append(None, "我的单位", MY_UNITS, "")
        units = ledger.units.all()
        names = {u.id: u.name for u in units}
        for u in units:
            members = [m for m in u.members if open_counts.get(m)]
            if not open_counts.get(u.id) and not members:
                continue
            parent = self._append(None, u.name, u.id, str(open_counts.get(u.id, "")))
            for m in members:
                self._append(parent, names.get(m, ""), m, str(open_counts[m]))
        self.unit_view.expandAll()
        self._select_unit(chosen)

        doc = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem("全部公文", None)
        for d in ledger.documents.all():
            label = f"{d.doc_no}  {d.short_name}" if d.doc_no else d.short_name
            self.document.addItem(f"{label}（{d.task_count}项）", d.id)
            self.document.setItemData(self.document.count() - 1, d.title, Qt.ItemDataRole.ToolTipRole)
        pos = self.document.findData(doc)
        self.document.setCurrentIndex(max(0, pos))
        self.document.blockSignals(False)
        if pos < 0 and doc is not None:
            self.document_chosen.emit(None)

    def _append(self, parent, name: str, uid, count: str):
        item = QStandardItem(name)
        item.setData(uid, UNIT_ID_ROLE)
        item.setToolTip(name)
        num = QStandardItem(count)
        num.setData(uid, UNIT_ID_ROLE)
        num.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        num.setToolTip("未办结任务数")
        (parent or self.units.invisibleRootItem()).appendRow([item, num])
        return item

    def _select_unit(self, uid) -> None:
        matches = self.units.match(self.units.index(0, 0), UNIT_ID_ROLE, uid, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if uid is not None and matches:
            self.unit_view.setCurrentIndex(self.unit_proxy.mapFromSource(matches[0]))
        elif uid is not None:
            self._unit_id = None
            self.unit_chosen.emit(None)

    # -- reacting ------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _unit_current_changed(self, current, _previous) -> None:
        uid = current.data(UNIT_ID_ROLE) if current.isValid() else None
        if uid != self._unit_id:
            self._unit_id = uid
            self.unit_chosen.emit(uid)

    def choose_unit(self, uid) -> None:
        """Select a unit by id (None: all units, even when 查找单位 hides 全部单位)."""
        if uid is None:
            every = self.unit_proxy.mapFromSource(self.units.index(0, 0))
            if every.isValid():
                self.unit_view.setCurrentIndex(every)
            else:
                self.unit_view.selectionModel().clearCurrentIndex()
                self.unit_view.clearSelection()
                self._unit_current_changed(every, every)
        else:
            self._select_unit(uid)

    def unit_name(self) -> str | None:
        """The chosen unit's name (我的单位 for the followed units), None for all units."""
        if self._unit_id is None:
            return None
        matches = self.units.match(self.units.index(0, 0), UNIT_ID_ROLE, self._unit_id, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return matches[0].data() if matches else None

    def document_name(self) -> str | None:
        """The chosen document as listed, without its task count; None for all documents."""
        if self.document.currentData() is None:
            return None
        return self.document.currentText().rsplit("（", 1)[0].strip()

    def bucket_name(self) -> str | None:
        return self.bucket.currentText() if self.bucket.currentData() is not None else None

    def clear(self, key: str) -> None:
        """Clear one filter (a key of ``tracker.filters.KEYS``); its signal follows."""
        if key == "search":
            self.search.clear()
        elif key == "bucket":
            self.bucket.setCurrentIndex(0)
        elif key == "document":
            self.document.setCurrentIndex(0)
        elif key == "unit":
            self.unit_search.clear()
            self.choose_unit(None)
        elif key == "lead_only":
            self.role_all.setChecked(True)

    def clear_all(self) -> None:
        """Clear every filter."""
        for key in KEYS:
            self.clear(key)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def lead_only(self) -> bool:
        return self.role_lead.isChecked()

    def unit_id(self):
        return self._unit_id
