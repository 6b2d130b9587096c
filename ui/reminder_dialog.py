"""工具 > 提醒与我的单位: the clerk's units (a checkable, searchable list remembered in the
settings), whether and when to remind each day, and how many days ahead."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView,
                               QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from tracker.report.reminders import parse_time
from ui import settings as opts


class UnitsCheckModel(QAbstractListModel):
    """Unit names with a check box each; the checked ones are "my units"."""

    checks_changed = Signal()

    def __init__(self, names: list[str], checked, parent=None):
        super().__init__(parent)
        checked = list(checked)
        # A followed unit missing from this ledger stays listed, so it is not dropped silently.
        self._names = list(dict.fromkeys([*names, *(n for n in checked if n not in names)]))
        self._checked = set(checked)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._names)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if name in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        name = self._names[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._checked.add if on else self._checked.discard)(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def checked_names(self) -> list[str]:
        """The checked names in list order."""
        return [n for n in self._names if n in self._checked]


class ReminderDialog(QDialog):
    """Edit the reminder settings and "my units"; 立即提醒 shows the reminder now."""

    def __init__(self, unit_names: list[str], settings: opts.Settings, service=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.service = settings, service
        self.setWindowTitle("提醒与我的单位")
        self.enabled_box = QCheckBox("启动时和每天定时提醒")
        self.enabled_box.setChecked(settings.get(opts.REMIND_ENABLED))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        t = parse_time(settings.get(opts.REMIND_TIME))
        self.time_edit.setTime(QTime(t.hour, t.minute))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 365)
        self.days_spin.setSuffix(" 天内到期")
        self.days_spin.setValue(settings.remind_days())

        self.model = UnitsCheckModel(unit_names, settings.my_units(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText("查找单位")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.units_view = QListView()
        self.units_view.setModel(self.proxy)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.model.checks_changed.connect(self._update_chosen)
        self._update_chosen()

        form = QFormLayout()
        form.addRow(self.enabled_box)
        form.addRow("每天提醒时间：", self.time_edit)
        form.addRow("提醒范围：", self.days_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.now_button = QPushButton("立即提醒")
        self.now_button.setEnabled(service is not None)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.now_button.clicked.connect(self.remind_now)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("我的单位（提醒和统计只看这些单位；都不选则提醒全部单位）："))
        layout.addWidget(self.search)
        layout.addWidget(self.units_view, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(buttons)
        self.resize(420, 560)

    @Slot()
    def _update_chosen(self) -> None:
        names = self.model.checked_names()
        self.chosen.setText(f"已选 {len(names)} 个：" + "、".join(names) if names else "未选单位：提醒全部单位。")

    def save(self) -> None:
        """Write the choices to the settings and re-arm the daily timer."""
        s = self.settings
        s.set(opts.REMIND_ENABLED, self.enabled_box.isChecked())
        s.set(opts.REMIND_TIME, self.time_edit.time().toString("HH:mm"))
        s.set(opts.REMIND_DAYS, self.days_spin.value())
        s.set_my_units(self.model.checked_names())
        s.sync()
        if self.service is not None:
            self.service.schedule()

    @Slot()
    def remind_now(self) -> list:
        """Save, then show the reminder as it would appear (even when nothing is due)."""
        self.save()
        return self.service.remind(even_if_empty=True) if self.service is not None else []

    def accept(self) -> None:
        self.save()
        super().accept()
