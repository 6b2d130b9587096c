"""The main window's filters: applying them to the cards, the chips that show and
clear them, the counts in the status bar and the empty-list hint, and each unit's count
of open tasks in the unit list (counted on a worker)."""

from __future__ import annotations

from PySide6.QtCore import Slot

from tracker.filters import active_filters

from ui import workers
from ui.card_model import TASK_ID_ROLE
from ui.filter_panel import MY_UNITS


class FiltersMixin:
    """Part of ``MainWindow``: needs ``filters``, ``proxy``, ``model``, ``cards``,
    ``card_area``, ``count_label``, ``ledger``, ``settings``, ``detail``, ``toolbar``, ``as_of()``
    and the unit count's state (``_counts_job``, ``_counts_pending``, ``_count_again``,
    ``_counts_of``, ``_unit_counts``) that ``MainWindow.__init__`` sets."""

    def _connect_filters(self) -> None:
        f = self.filters
        f.search_changed.connect(self.proxy.set_search)
        f.unit_chosen.connect(lambda _u: self._apply_unit_filter())
        f.lead_only_changed.connect(lambda _b: self._apply_unit_filter())
        f.document_chosen.connect(self.proxy.set_document)
        f.bucket_chosen.connect(self.proxy.set_bucket)
        self.proxy.filter_applied.connect(self._filter_applied)
        self.card_area.bar.filter_cleared.connect(self.filters.clear)
        self.card_area.bar.all_cleared.connect(self.filters.clear_all)

    def _apply_unit_filter(self, refilter: bool = True) -> None:
        uid, lead = self.filters.unit_id(), self.filters.lead_only()
        if uid == MY_UNITS:   # the union of the followed units' tasks (a collective brings its members)
            from tracker.report.stats import followed_unit_ids

            ids = set()
            for unit in followed_unit_ids(self.ledger, self.settings.my_units()):
                ids |= self.ledger.status.task_ids_for_unit(unit, lead_only=lead)
        else:
            ids = None if uid is None else self.ledger.status.task_ids_for_unit(uid, lead_only=lead)
        self.proxy.set_unit_tasks(ids, refilter=refilter)

    @Slot()
    def _filter_applied(self) -> None:
        # A re-filter re-maps the rows: keep the shown task selected when it is still listed.
        self._update_counts()
        tid = self.detail.task_id()
        if tid is not None and self.cards.currentIndex().data(TASK_ID_ROLE) != tid:
            self.cards.quiet = True
            try:
                self.cards.select_task(tid)
            finally:
                self.cards.quiet = False

    def active_filters(self) -> list:
        """The filters in force, as the chips show them."""
        f = self.filters
        # 仅牵头 filters only together with a unit (the role is the unit's).
        return active_filters(search=f.search.text(), bucket=f.bucket_name(), document=f.document_name(),
                              unit=f.unit_name(), lead_only=f.lead_only() and f.unit_id() is not None)

    @Slot()
    def _update_counts(self) -> None:
        counts = self.model.counts()
        self.toolbar.set_counts(counts["overdue"], counts["due_soon"])
        total, shown = self.model.task_count(), self.proxy.visible_count()
        waiting = self.proxy.search_waiting()   # a large ledger's words are matched on a worker
        if waiting:
            self.count_label.setText(f"共 {total} 项任务，正在搜索…")
        else:
            self.count_label.setText(f"共 {total} 项任务" + (f"，筛选出 {shown} 项" if self.proxy.is_filtered() else ""))
        self.card_area.show_state(self.active_filters(), total, shown, waiting)
        self.statusBar().refit()

    def _show_bucket(self, bucket: str) -> None:
        pos = self.filters.bucket.findData(bucket)
        self.filters.bucket.setCurrentIndex(pos)

    @Slot()
    def _recount_units(self) -> None:
        """Count each unit's open tasks (on a worker for a ledger file), then fill the filters.
        While a count runs, one more is started when it ends (quick ticks: one count)."""
        if self._counts_pending:
            self._count_again = True
            return
        self._counts_job += 1
        if self.ledger.path is None:
            self._unit_counts_ready(self._counts_job, self.ledger.status.open_by_unit())
            return
        from ui.unit_counts import UnitCountsWorker

        worker = UnitCountsWorker(self.ledger.path, self._counts_job)
        self._counts_pending, self._counts_of = True, self.ledger
        workers.start(worker, self._unit_counts_ready)

    @Slot(int, object)
    def _unit_counts_ready(self, job: int, counts) -> None:
        if job != self._counts_job:
            return
        self._counts_pending = False
        if self._count_again or (self.ledger.path is not None and self._counts_of is not self.ledger):
            self._count_again = False   # changed (or another ledger) since the count began
            self._recount_units()
            return
        if self.ledger.closed:
            return
        self._unit_counts = counts if counts is not None else self.ledger.status.open_by_unit()
        self._populate_filters()

    @Slot()
    def _populate_filters(self) -> None:
        """Fill the filters with the units' last counts (counted again after changes)."""
        self.filters.populate(self.ledger, self.as_of(), self.settings.window(),
                              my_units=bool(self.settings.my_units()), open_counts=self._unit_counts)
