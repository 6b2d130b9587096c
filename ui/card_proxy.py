"""Filtering the card list: unit (with role), document, bucket and search words.

``CardProxy`` is the model the card view shows: the rows of ``CardModel`` that pass
the filters, in order. It is not a ``QSortFilterProxyModel``: that one asks Python
``filterAcceptsRow`` for every row, which a million tasks cannot afford. Each filter
is a set of task ids read in SQL (a unit's tasks from the main window, a document's and
the search words' from ``tracker.ledger.card_order``); the shown rows are those ids'
positions in the model's order, sorted, so a filter costs time in proportion to the
tasks it keeps, not to the ledger. With no filter the rows are whole buckets.

The row count lives in C++: the class is a ``QStringListModel`` whose (blank) strings
only count the rows (a view asks a Python ``rowCount`` once per row when it lays out),
while ``data`` answers from the source model. A change of the shown rows is one model
reset; a change inside shown rows is a ``dataChanged``.

A folded bucket keeps its header (with the count of matching tasks) and hides its
cards; empty buckets are hidden.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal, Slot

from tracker.ledger.card_order import document_task_ids, search_task_ids
from tracker.ledger.buckets import BUCKETS

from ui.card_model import COUNT_ROLE, TASK_ID_ROLE, CardModel
from ui.card_search import CardSearchMixin



class CardProxy(CardSearchMixin, QStringListModel):
    """The visible cards. Set filters with the setters; ``counts`` are after filtering."""

    filter_applied = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._source: CardModel | None = None
        self._unit_ids: set[int] | None = None   # tasks of the chosen unit, None = all
        self._document: int | None = None
        self._doc_ids: set[int] | None = None    # the chosen document's tasks (read on use)
        self._bucket: str | None = None
        self._words: list[str] = []
        self._typed: list[str] = []              # the words as typed (searched in both forms)
        self._search_ids: set[int] | None = None  # tasks matching the words (read on use)
        self._rows: list[int] = []               # the source rows shown, ascending
        self._heads: dict[str, int] = {}         # bucket → its header's row here
        self._counts = dict.fromkeys(BUCKETS, 0)
        self._search_job = 0                     # the latest search asked of a worker
        self._waiting = False                    # a worker matches the words
        self._pending_rows = False               # source rows moved during apply_changes
        self._pending_tasks: set[int] = set()    # tasks changed during apply_changes

    # -- source --------------------------------------------------------------------------
    def setSourceModel(self, model: CardModel) -> None:
        """Show the filtered rows of ``model`` (follows its resets and changes)."""
        links = [("modelReset", self._source_reset), ("rowsInserted", self._source_rows_changed),
                 ("rowsRemoved", self._source_rows_changed), ("dataChanged", self._source_data_changed),
                 ("changes_applied", self._source_changes_applied)]
        if self._source is not None:
            for signal, slot in links:
                getattr(self._source, signal).disconnect(slot)
        self._source = model
        for signal, slot in links:
            getattr(model, signal).connect(slot)
        self._source_reset()

    def sourceModel(self) -> CardModel | None:
        return self._source

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if self._source is None or not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()])

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        pos = bisect.bisect_left(self._rows, row)
        if pos < len(self._rows) and self._rows[pos] == row:
            return self.index(pos)
        return QModelIndex()

    def header_row(self, bucket: str) -> int | None:
        """The row of a bucket's header here (None when the bucket is hidden)."""
        return self._heads.get(bucket)

    # -- filters -------------------------------------------------------------------------
    def set_unit_tasks(self, task_ids: set[int] | None, refilter: bool = True) -> None:
        """Show only these tasks (a unit's, from the core); None shows all. Without
        ``refilter`` the choice waits for the next re-filter (a reload does one)."""
        self._unit_ids = task_ids
        if refilter:
            self.refilter()

    def set_document(self, document_id: int | None) -> None:
        self._document = document_id
        self._doc_ids = None
        self.refilter()

    def set_bucket(self, bucket: str | None) -> None:
        self._bucket = bucket
        self.refilter()

    def is_filtered(self) -> bool:
        return bool(self._unit_ids is not None or self._document is not None or self._bucket or self._words)

    def counts(self) -> dict[str, int]:
        """Matching tasks per bucket (folded buckets included)."""
        return dict(self._counts)

    def visible_count(self) -> int:
        return sum(self._counts.values())

    # -- computing -----------------------------------------------------------------------
    @Slot()
    def refilter(self) -> None:
        """Recompute which rows are shown and show them (one reset)."""
        rows, counts = self._compute()
        self._show(rows, counts)
        self.filter_applied.emit()

    @Slot()
    def _source_reset(self) -> None:
        # A reload: the document's tasks and the search's matches are read again.
        self._doc_ids = None
        self._drop_search()
        self.refilter()

    def _show(self, rows: list[int], counts: dict[str, int]) -> None:
        self._rows, self._counts = rows, counts
        self._heads = self._header_rows()
        # The strings only give the row count (to C++); data() answers from the source.
        self.setStringList([""] * len(rows))

    def _header_rows(self) -> dict[str, int]:
        heads = {}
        if self._source is None:
            return heads
        for bucket, head in zip(BUCKETS, self._source.header_rows()):
            pos = bisect.bisect_left(self._rows, head)
            if pos < len(self._rows) and self._rows[pos] == head:
                heads[bucket] = pos
        return heads

    def _wanted_ids(self) -> set[int] | None:
        """The tasks every id filter keeps (None: no id filter is set)."""
        model = self._source
        sets = []
        if self._unit_ids is not None:
            sets.append(self._unit_ids)
        if self._document is not None:
            if self._doc_ids is None:
                self._doc_ids = document_task_ids(model.ledger, self._document) if model.ledger else set()
            sets.append(self._doc_ids)
        if self._words:
            if self._search_ids is None and not self._search_elsewhere():
                self._search_ids = search_task_ids(model.ledger, self._typed) if model.ledger else set()
            if self._search_ids is not None:
                sets.append(self._search_ids)
        if not sets:
            return None
        sets.sort(key=len)
        return sets[0].intersection(*sets[1:])

    def _compute(self) -> tuple[list[int], dict[str, int]]:
        counts = dict.fromkeys(BUCKETS, 0)
        model = self._source
        if model is None:
            return [], counts
        bounds = model.card_order().bounds
        wanted = self._wanted_ids()
        positions = model.positions(wanted) if wanted is not None else None
        rows: list[int] = []
        for k, bucket in enumerate(BUCKETS):
            if self._bucket is not None and bucket != self._bucket:
                continue
            start, end = bounds[bucket]
            if positions is None:
                n = end - start
            else:
                lo = bisect.bisect_left(positions, start)
                hi = bisect.bisect_left(positions, end, lo)
                n = hi - lo
            counts[bucket] = n
            if not n:
                continue
            rows.append(start + k)   # the header
            if bucket in model.collapsed:
                continue
            if positions is None:
                rows.extend(range(start + k + 1, end + k + 1))
            else:
                rows.extend(map((k + 1).__add__, positions[lo:hi]))
        return rows, counts

    @Slot(int, object)
    def _search_found(self, job: int, ids) -> None:
        if job != self._search_job:
            return   # other words since, or a reload: a newer worker runs
        self._waiting = False
        ledger = self._source.ledger
        if ledger is None or ledger.closed:
            return
        self._search_ids = ids if ids is not None else search_task_ids(ledger, self._typed)
        self.refilter()

    @Slot()
    def _source_rows_changed(self, *_args) -> None:
        # A card left or joined the source (it moved to another bucket).
        if self._source.applying:
            self._pending_rows = True   # once, when the whole change has been applied
            return
        self._update(set(), moved=True)

    @Slot(QModelIndex, QModelIndex)
    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles) -> None:
        # A tick or an extension inside a bucket, a header's count, a bucket folded.
        changed = {self._source.row_data(r, TASK_ID_ROLE) for r in range(top.row(), bottom.row() + 1)} - {None}
        if self._source.applying:
            self._pending_tasks |= changed
            return
        self._update(changed)

    @Slot()
    def _source_changes_applied(self) -> None:
        changed = self._source.last_changed
        self._recheck(changed)
        if self._pending_rows or self._pending_tasks:
            self._update(self._pending_tasks, moved=self._pending_rows)
            self._pending_tasks, self._pending_rows = set(), False

    def _recheck(self, task_ids: set[int]) -> None:
        """Whether changed tasks match the search words and the document now."""
        model = self._source
        if not task_ids or model.ledger is None:
            return
        if self._search_ids is not None:
            now = search_task_ids(model.ledger, self._typed, task_ids)
            self._search_ids = (self._search_ids - task_ids) | now
        if self._doc_ids is not None:
            self._doc_ids = None   # read again (one indexed query)

    def _update(self, changed_tasks: set[int], moved: bool = False) -> None:
        # When no source row moved and the same rows pass, only the changed cards and the
        # header counts need a repaint; else one reset (the same row numbers may now be
        # other tasks).
        rows, counts = self._compute()
        if moved or rows != self._rows:
            self._show(rows, counts)
        else:
            # Row by row: a wide dataChanged makes the view re-measure every row between.
            for tid in changed_tasks:
                row = self._source.row_of(tid)
                idx = self.mapFromSource(self._source.index(row)) if row is not None else QModelIndex()
                if idx.isValid():
                    self.dataChanged.emit(idx, idx)
            self._repaint_counts(counts)
        self.filter_applied.emit()

    def _repaint_counts(self, counts: dict[str, int]) -> None:
        old, self._counts = self._counts, counts
        for bucket, row in self._heads.items():
            if old.get(bucket) != counts.get(bucket):
                self.dataChanged.emit(self.index(row), self.index(row))

    # -- Qt model interface --------------------------------------------------------------
    # rowCount and flags are QStringListModel's (C++): the view asks them once per row.
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._source is None or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == COUNT_ROLE:
            bucket = self._bucket_of_header(row)
            return self._counts.get(bucket, 0) if bucket is not None else None
        return self._source.row_data(row, role)

    def _bucket_of_header(self, row: int) -> str | None:
        heads = self._source.header_rows()
        k = bisect.bisect_right(heads, row) - 1
        return BUCKETS[k] if heads[k] == row else None

    def itemData(self, index: QModelIndex) -> dict:
        shown = self.data(index, Qt.ItemDataRole.DisplayRole)
        return {} if shown is None else {Qt.ItemDataRole.DisplayRole: shown}

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        return False   # cards are not edited in place; the detail panel changes tasks
