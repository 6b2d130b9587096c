"""Filtering the card list: unit (with role), document, bucket and search text.

The accept/reject decision for every source row is computed in one Python pass over
plain data when a filter changes (``filterAcceptsRow`` then only looks it up), so a
change over 100,000 tasks stays well under 100 ms. A folded bucket keeps its header
(with the count of matching tasks) and hides its cards; empty buckets are hidden.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal

from tracker.ledger.status import BUCKETS

from ui.card_model import BUCKET_ROLE, COUNT_ROLE, CardModel


def normalize_query(text: str) -> list[str]:
    """Search words: NFKC, lower case, split on spaces (every word must match)."""
    return unicodedata.normalize("NFKC", text or "").lower().split()


class CardProxy(QSortFilterProxyModel):
    """The visible cards. Set filters with the setters; ``counts`` are after filtering."""

    filter_applied = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._unit_ids: set[int] | None = None   # tasks of the chosen unit, None = all
        self._document: int | None = None
        self._bucket: str | None = None
        self._words: list[str] = []
        self._accept: list[bool] = []
        self._counts = dict.fromkeys(BUCKETS, 0)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: CardModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for sig in (old.modelReset, old.rowsInserted, old.rowsRemoved, old.dataChanged):
                sig.disconnect(self._on_source_rows)
                sig.disconnect(self._on_source_changed)
        self._recompute(model)
        # Ours first, so that Qt's own handling of the change already sees fresh decisions.
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            sig.connect(self._on_source_rows)
        super().setSourceModel(model)
        for sig in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            sig.connect(self._on_source_changed)

    # -- filters -------------------------------------------------------------------------
    def set_unit_tasks(self, task_ids: set[int] | None) -> None:
        """Show only these tasks (a unit's, from the core); None shows all."""
        self._unit_ids = task_ids
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

    def counts(self) -> dict[str, int]:
        """Matching tasks per bucket (folded buckets included)."""
        return dict(self._counts)

    def visible_count(self) -> int:
        return sum(self._counts.values())

    # -- computing -----------------------------------------------------------------------
    def refilter(self) -> None:
        """Recompute which rows are shown and tell the view."""
        self.beginFilterChange()
        self._recompute(self.sourceModel())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit()

    def _recompute(self, model: CardModel | None) -> None:
        counts = dict.fromkeys(BUCKETS, 0)
        if model is None:
            self._accept, self._counts = [], counts
            return
        items = model.items()
        unit_ids, doc, bucket, words = self._unit_ids, self._document, self._bucket, self._words
        hay = model.haystacks() if words else None
        accept = [False] * len(items)
        for row, s in enumerate(items):
            if isinstance(s, str):
                continue
            if unit_ids is not None and s.id not in unit_ids:
                continue
            if doc is not None and s.document_id != doc:
                continue
            if bucket is not None and s.bucket != bucket:
                continue
            if words:
                h = hay.get(s.id, "")
                if not all(w in h for w in words):
                    continue
            accept[row] = True
            counts[s.bucket] += 1
        collapsed = model.collapsed
        for row, s in enumerate(items):
            if isinstance(s, str):
                accept[row] = counts[s] > 0
            elif accept[row] and s.bucket in collapsed:
                accept[row] = False
        self._accept, self._counts = accept, counts

    def _on_source_rows(self, *args) -> None:
        # Rows moved or a bucket folded: the precomputed list must follow the source rows.
        self._recompute(self.sourceModel())

    def _on_source_changed(self, *args) -> None:
        # A header may appear/disappear or a bucket fold: re-map the rows.
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if source_parent.isValid():
            return False
        return source_row < len(self._accept) and self._accept[source_row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == COUNT_ROLE and index.isValid():
            if super().data(index, COUNT_ROLE) is not None:   # a header row
                return self._counts.get(super().data(index, BUCKET_ROLE), 0)
        return super().data(index, role)
