"""统计 (查看 > 统计, Ctrl+T): per unit 按期办结率, overdue and open counts for a chosen
period and as-of date, as a sortable table and two painted bar charts.

The figures come from ``tracker.report.stats.build_stats`` (one grouped query); the
table sorts through a proxy and the charts draw the proxy's rows, so both agree. The
window around the view is :class:`ui.stats_window.StatsWindow`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from tracker.errors import TrackerError
from tracker.report.model import rate_light, rate_text
from tracker.report.stats import Period, build_stats, period_of
from ui import settings as opts
from ui import workers
from ui.app import combo_box
from ui.bar_chart import BarChart, Series
from ui.date_edit import DateEdit
from ui.stats_model import (COL_NAME, COL_OPEN, COL_OVERDUE, COL_RATE, LIGHT_COLOURS, SORT_ROLE, UNIT_ID_ROLE,
                            StatsModel, StatsProxy)
from ui.stats_worker import StatsWorker

KINDS = (("month", "月"), ("quarter", "季度"), ("year", "年"), ("custom", "自定义"))


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _rate_colour(value: float) -> QColor:
    return QColor(LIGHT_COLOURS[rate_light(value if value >= 0 else None)])


def _shift(period: Period, kind: str, step: int) -> Period:
    """The period ``step`` months/quarters/years before or after ``period``."""
    months = {"month": 1, "quarter": 3, "year": 12}[kind] * step
    index = period.start.year * 12 + period.start.month - 1 + months
    return period_of(kind, date(index // 12, index % 12 + 1, 1))


class StatsView(QWidget):
    """Period chooser, table and charts; ``refreshed`` is emitted after each computation."""

    refreshed = Signal(object)  # the StatsReport shown
    unit_activated = Signal(int)  # a unit's row double-clicked: show its tasks

    def __init__(self, ledger, settings: opts.Settings, as_of: date, parent=None):
        super().__init__(parent)
        # The main window's as-of date: the period shown is seen as of it while it runs.
        self.ledger, self.settings, self.main_as_of = ledger, settings, as_of
        self.report = None
        self._generation = 0
        self._pending = False
        self.model = StatsModel(self)
        self.proxy = StatsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.kind_box = combo_box()
        for key, label in KINDS:
            self.kind_box.addItem(label, key)
        self.prev_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.prev_button.setToolTip("上一期")
        self.next_button.setToolTip("下一期")
        for b in (self.prev_button, self.next_button):
            b.setAutoDefault(False)   # Enter in a date field must not turn the period
        self.start_edit, self.end_edit, self.as_of_edit = DateEdit(), DateEdit(), DateEdit()
        self.period_label = QLabel()
        self.period_label.setObjectName("sectionTitle")
        self.mine_box = QCheckBox("只看我的单位")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("统计期间："))
        bar.addWidget(self.kind_box)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel("至"))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(QLabel("统计日期："))
        bar.addWidget(self.as_of_edit)
        bar.addSpacing(12)
        bar.addWidget(self.mine_box)
        bar.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # The unit names whole ("各县…" names nobody); the figures share the rest.
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        head.setMinimumSectionSize(56)
        self.table.sortByColumn(COL_RATE, Qt.SortOrder.DescendingOrder)
        self.table.setToolTip("双击一个单位，在主窗口中列出它的任务")
        self.table.doubleClicked.connect(lambda idx: self.unit_activated.emit(idx.data(UNIT_ID_ROLE)))

        self.rate_chart = BarChart(self.proxy, COL_NAME, [Series(COL_RATE, "按期办结率", _rate_colour)],
                                   sort_role=SORT_ROLE, scale=1.0,
                                   value_text=lambda v: rate_text(v[0] if v[0] >= 0 else None),
                                   empty_text="统计期间内没有到期的办理节点",
                                   legend=[(QColor(LIGHT_COLOURS["green"]), "按期办结率 ≥90%"),
                                           (QColor(LIGHT_COLOURS["yellow"]), "70%–90%"),
                                           (QColor(LIGHT_COLOURS["red"]), "<70%")])
        self.count_chart = BarChart(self.proxy, COL_NAME,
                                    [Series(COL_OVERDUE, "逾期任务", QColor(LIGHT_COLOURS["red"])),
                                     Series(COL_OPEN, "在办任务", QColor("#4a86e8"))],
                                    sort_role=SORT_ROLE,
                                    value_text=lambda v: " / ".join(str(int(x)) for x in v),
                                    empty_text="统计期间内没有办理节点")
        self.charts = QTabWidget()
        for chart, title in ((self.rate_chart, "按期办结率"), (self.count_chart, "逾期与在办")):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setBackgroundRole(QPalette.ColorRole.Base)   # white below a short chart too
            scroll.setWidget(chart)
            self.charts.addTab(scroll, title)

        self.splitter = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([690, 470])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.period_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)

        kind = settings.get(opts.STATS_PERIOD)
        self._updating = True
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.mine_box.setChecked(settings.get(opts.STATS_MINE))
        self._set_period(period_of(self.kind() if self.kind() != "custom" else "month", as_of))
        self._updating = False

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.start_edit.dateChanged.connect(self._range_edited)
        self.end_edit.dateChanged.connect(self._range_edited)
        self.as_of_edit.dateChanged.connect(self.refresh)
        self.mine_box.toggled.connect(self._mine_toggled)
        self._sync_enabled()
        self.refresh()

    # -- choices -------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_box.currentData()

    def period(self) -> Period:
        """The chosen period (raises TrackerError for a range ending before it starts)."""
        start, end = pydate(self.start_edit.date()), pydate(self.end_edit.date())
        if self.kind() != "custom":
            return period_of(self.kind(), start)
        return Period.between(start, end)

    def as_of(self) -> date:
        return pydate(self.as_of_edit.date())

    def _set_period(self, period: Period) -> None:
        """Show ``period`` and move the as-of date into it (the main window's while it runs)."""
        was, self._updating = self._updating, True
        self.start_edit.setDate(qdate(period.start))
        self.end_edit.setDate(qdate(period.end))
        self.as_of_edit.setDate(qdate(period.as_of_for(self.main_as_of)))
        self._updating = was

    @Slot(object)
    def follow_as_of(self, as_of: date) -> None:
        """The main window's as-of date moved to ``as_of``: show the month, quarter or year
        containing it as of that day (a custom range is kept, its as-of date moved into it).
        The same date again changes nothing, so a period the clerk turned to stays."""
        if as_of == self.main_as_of:
            return
        self.main_as_of = as_of
        try:
            self._set_period(period_of(self.kind(), as_of) if self.kind() != "custom" else self.period())
        except TrackerError:
            pass   # a custom range ending before it starts: refresh says so
        self.refresh()

    def _sync_enabled(self) -> None:
        custom = self.kind() == "custom"
        self.end_edit.setEnabled(custom)
        self.prev_button.setEnabled(not custom)
        self.next_button.setEnabled(not custom)
        mine = self.settings.my_units()
        self.mine_box.setEnabled(bool(mine))
        self.mine_box.setToolTip("、".join(mine) if mine else "尚未设置我的单位（工具 > 提醒与我的单位）")

    @Slot()
    def _kind_changed(self) -> None:
        self.settings.set(opts.STATS_PERIOD, self.kind())
        self._sync_enabled()
        if self.kind() != "custom":   # the month, quarter or year containing the as-of date
            self._set_period(period_of(self.kind(), self.as_of()))
        self.refresh()

    @Slot()
    def _range_edited(self) -> None:
        if self._updating:
            return
        if self.kind() != "custom":
            self._set_period(period_of(self.kind(), pydate(self.start_edit.date())))
        self.refresh()

    @Slot(bool)
    def _mine_toggled(self, on: bool) -> None:
        self.settings.set(opts.STATS_MINE, on)
        self.refresh()

    @Slot(int)
    def step(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) month, quarter or year."""
        if self.kind() == "custom":
            return
        self._set_period(_shift(self.period(), self.kind(), direction))
        self.refresh()

    # -- figures -------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Recompute the figures for the current choices and show them."""
        if self._updating:
            return
        self._sync_enabled()   # my units may have been changed meanwhile
        try:
            period = self.period()
        except TrackerError as exc:
            self._generation += 1   # a result still being computed is for other choices
            self._pending = False
            self.summary.setText(str(exc))
            self.model.set_rows([])
            return
        units = self.settings.my_units() if self.mine_box.isChecked() and self.mine_box.isEnabled() else None
        self._generation += 1
        if self.ledger.path is None:   # a memory ledger has no file for a worker to open
            self._computed(self._generation, build_stats(self.ledger, period, self.as_of(), units=units))
            return
        self._pending = True
        self.summary.setText("正在统计…")
        worker = StatsWorker(self.ledger.path, self._generation, period, self.as_of(), units)
        workers.start(worker, self._computed)

    def is_ready(self) -> bool:
        """True when the figures shown are those of the current choices."""
        return not self._pending

    @Slot(int, object)
    def _computed(self, generation: int, result) -> None:
        if generation != self._generation:
            return   # a later choice is being computed
        self._pending = False
        if isinstance(result, str):
            self.summary.setText(result)
            self.model.set_rows([])
            return
        self.report = result
        period = result.period
        self.model.set_rows(self.report.rows)
        self.proxy.sort(self.table.horizontalHeader().sortIndicatorSection(),
                        self.table.horizontalHeader().sortIndicatorOrder())
        t = self.report.total
        self.period_label.setText(f"{period.label}（截至 {result.as_of.isoformat()}）")
        self.summary.setText(
            f"共 {len(self.report.rows)} 个单位：应办结节点 {t.due} 个，按期办结 {t.on_time} 个，逾期办结 {t.late} 个，"
            f"逾期未办结 {t.overdue_cells} 个；按期办结率 {rate_text(t.rate)}。点击表头可排序，图表随之排列。")
        self.refreshed.emit(self.report)

