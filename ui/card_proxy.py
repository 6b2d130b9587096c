"""Filtering the card list: unit (with role), document, bucket and search text.

``CardProxy`` is the model the card view shows: the rows of ``CardModel`` that pass
the filters, in order. It is not a ``QSortFilterProxyModel``: that one asks Python
``filterAcceptsRow`` for every row, and a view over any Python model asks its Python
``rowCount`` once per row whenever it lays out again, about 0.2 s for 100,000 tasks.
Here the accept/reject decision is one pass over plain lists when a filter changes,
the shown rows are a list of source rows, and the row count lives in C++: the class
is a ``QStringListModel`` whose (blank) strings only count the rows, while ``data``
answers from the source model. A change of the shown rows is one model reset (about
10 ms for the view); a change inside shown rows is a ``dataChanged``.

A folded bucket keeps its header (with the count of matching tasks) and hides its
cards; empty buckets are hidden.
"""

from __future__ import annotations

import bisect
import unicodedata
from itertools import compress

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal, Slot

from tracker.ledger.status import BUCKETS

from ui.card_model import COUNT_ROLE, CardModel


def normalize_query(text: str) -> list[str]:
    """Search words: NFKC, lower case, split on spaces (every word must match)."""
    return unicodedata.normalize("NFKC", text or "").lower().split()


class CardProxy(QStringListModel):
    """The visible cards. Set filters with the setters; ``counts`` are after filtering."""

    filter_applied = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._source: CardModel | None = None
        self._unit_ids: set[int] | None = None   # tasks of the chosen unit, None = all
        self._document: int | None = None
        self._bucket: str | None = None
        self._words: list[str] = []
        self._rows: list[int] = []               # the source rows shown, ascending
        self._heads: dict[str, int] = {}         # bucket → its header's row here
        self._counts = dict.fromkeys(BUCKETS, 0)
        self._waiting = False                    # a search waits for the search texts
        self._pending_rows = False               # source rows moved during apply_changes
        self._pending_tasks: set[int] = set()    # tasks changed during apply_changes

    # -- source --------------------------------------------------------------------------
    def setSourceModel(self, model: CardModel) -> None:
        """Show the filtered rows of ``model`` (follows its resets and changes)."""
        links = [("modelReset", self.refilter), ("rowsInserted", self._source_rows_changed),
                 ("rowsRemoved", self._source_rows_changed), ("dataChanged", self._source_data_changed),
                 ("search_index_ready", self._search_index_ready),
                 ("changes_applied", self._source_changes_applied)]
        if self._source is not None:
            for signal, slot in links:
                getattr(self._source, signal).disconnect(slot)
        self._source = model
        for signal, slot in links:
            getattr(model, signal).connect(slot)
        self.refilter()

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
        self.refilter()

    def set_bucket(self, bucket: str | None) -> None:
        self._bucket = bucket
        self.refilter()

    def set_search(self, text: str) -> None:
        words = normalize_query(text)
        if words != self._words:
            self._words = words
            self.refilter()

    def is_filtered(self) -> bool:
        return bool(self._unit_ids is not None or self._document is not None or self._bucket or self._words)

    def search_waiting(self) -> bool:
        """True while a typed search waits for the search texts (built on a worker)."""
        return self._waiting

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

    def _show(self, rows: list[int], counts: dict[str, int]) -> None:
        self._rows, self._counts = rows, counts
        self._heads = self._header_rows()
        # The strings only give the row count (to C++); data() answers from the source.
        self.setStringList([""] * len(rows))

    def _header_rows(self) -> dict[str, int]:
        ranges = self._source.columns()[2] if self._source is not None else []
        heads = {}
        for bucket, head, _end in ranges:
            pos = bisect.bisect_left(self._rows, head)
            if pos < len(self._rows) and self._rows[pos] == head:
                heads[bucket] = pos
        return heads

    def _compute(self) -> tuple[list[int], dict[str, int]]:
        counts = dict.fromkeys(BUCKETS, 0)
        model = self._source
        if model is None:
            return [], counts
        # Whole-list passes (comprehensions over plain lists) instead of a per-row function:
        # about 10 ms per condition for 100,000 rows.
        ids, docs, ranges = model.columns()
        accept = [i is not None for i in ids]
        if self._unit_ids is not None:
            wanted = self._unit_ids
            accept = [a and i in wanted for a, i in zip(accept, ids)]
        if self._document is not None:
            doc = self._document
            accept = [a and d == doc for a, d in zip(accept, docs)]
        # While the worker builds the search texts, the other filters apply alone.
        self._waiting = bool(self._words) and model.search_index_pending()
        if self._words and not self._waiting:
            hay = model.hay_rows()
            for word in self._words:
                accept = [a and word in h for a, h in zip(accept, hay)]
        for bucket, head, end in ranges:
            if self._bucket is not None and bucket != self._bucket:
                accept[head + 1:end] = [False] * (end - head - 1)
            counts[bucket] = n = accept[head + 1:end].count(True)
            if bucket in model.collapsed:
                accept[head + 1:end] = [False] * (end - head - 1)
            accept[head] = n > 0
        return list(compress(range(len(accept)), accept)), counts

    @Slot()
    def _search_index_ready(self) -> None:
        if self._words:
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
        ids = self._source.columns()[0]
        changed = {ids[r] for r in range(top.row(), bottom.row() + 1)} - {None}
        if self._source.applying:
            self._pending_tasks |= changed
            return
        self._update(changed)

    @Slot()
    def _source_changes_applied(self) -> None:
        if self._pending_rows or self._pending_tasks:
            self._update(self._pending_tasks, moved=self._pending_rows)
            self._pending_tasks, self._pending_rows = set(), False

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
            item = self._source.items()[row]
            return self._counts.get(item, 0) if type(item) is str else None
        return self._source.row_data(row, role)

    def itemData(self, index: QModelIndex) -> dict:
        shown = self.data(index, Qt.ItemDataRole.DisplayRole)
        return {} if shown is None else {Qt.ItemDataRole.DisplayRole: shown}

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        return False   # cards are not edited in place; the detail panel changes tasks

