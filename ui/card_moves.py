"""Keeping the card model in step with a change, without reading the order again.

After a tick only the tasks named in ``Changes`` are re-read: a card that keeps its place
is repainted, one that moves is removed and inserted where the stored order puts it (a
binary search over the ids with one indexed lookup per probe). Many changed tasks at once
read the whole order again instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from tracker.ledger.card_order import DATED, insert_position, segment_of, sort_key
from tracker.ledger.buckets import BUCKETS
from tracker.ledger.status import TaskStatus

BULK_CHANGES = 200    # more changed tasks than this: the order is read again (one reset)


class CardMovesMixin:
    """Part of ``CardModel``: needs its order, bounds, caches, row signals and ``reload``."""

    def apply_changes(self, changes) -> None:
        """Re-read only the tasks a change touched, moving cards whose place changed.

        Listeners get the row signals as they happen and ``changes_applied`` once at the
        end (the proxy re-filters then, once)."""
        if self._ledger is None or not changes.tasks:
            return
        if len(changes.tasks) > BULK_CHANGES:
            # Many tasks at once (recurring duties stored for a later horizon): reading the
            # order again costs less than finding each card's place.
            self.last_changed = set()
            self.reload(self._ledger, self._as_of, self._window)
            self.changes_applied.emit()
            return
        tids = sorted(changes.tasks)
        fresh = {s.id: s for s in self._ledger.status.rows_for(tids, self._as_of, window=self._window)}
        for tid in tids:
            self._cache.pop(tid, None)
            self._marks.pop(tid, None)
        where = {tid: p for tid in tids if (p := self.position_of(tid)) is not None}
        taken = set(where.values())
        stay, move = [], []
        for tid in tids:
            pos, s = where.get(tid), fresh.get(tid)
            if pos is not None and s is not None and BUCKETS[self._bucket_index(pos)] == s.bucket \
                    and self._in_place(pos, s, taken):
                stay.append(tid)
            elif pos is not None or s is not None:
                move.append(tid)
        self.last_changed = set(tids)
        self.applying = True
        try:
            for tid in stay:
                self._cache[tid] = fresh[tid]
                idx = self.index(self.row_of(tid))
                self.dataChanged.emit(idx, idx)
            for pos in sorted((where[t] for t in move if t in where), reverse=True):
                self._remove_at(pos)
            # Every card left now is in order: each one inserted finds its place by search.
            for tid in move:
                if tid in fresh:
                    self._insert(fresh[tid])
        finally:
            self.applying = False
        self.changes_applied.emit()

    def _segment_range(self, segment: str) -> tuple[int, int]:
        buckets = DATED if segment == "dated" else (segment,)
        return self._order.bounds[buckets[0]][0], self._order.bounds[buckets[-1]][1]

    def _in_place(self, pos: int, s: TaskStatus, taken: set[int]) -> bool:
        """Whether a changed task still sorts between its neighbours (none of them changed)."""
        segment = segment_of(s.bucket)
        lo, hi = self._segment_range(segment)
        ids = self._order.ids
        key = sort_key(self._ledger, segment, s.id)
        if pos - 1 >= lo and (pos - 1 in taken or sort_key(self._ledger, segment, ids[pos - 1]) > key):
            return False
        if pos + 1 < hi and (pos + 1 in taken or sort_key(self._ledger, segment, ids[pos + 1]) < key):
            return False
        return True

    def _shift(self, k: int, delta: int) -> None:
        bounds = self._order.bounds
        start, end = bounds[BUCKETS[k]]
        bounds[BUCKETS[k]] = (start, end + delta)
        for b in BUCKETS[k + 1:]:
            start, end = bounds[b]
            bounds[b] = (start + delta, end + delta)
        self._set_heads()
        self._pos = None
        self._positions_later()
        self.revision += 1

    def _remove_at(self, pos: int) -> None:
        k = self._bucket_index(pos)
        row = pos + k + 1
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._order.ids[pos]
        self._shift(k, -1)
        self.endRemoveRows()
        self._header_changed(BUCKETS[k])

    def _insert(self, s: TaskStatus) -> None:
        k = BUCKETS.index(s.bucket)
        lo, hi = self._segment_range(segment_of(s.bucket))
        pos = insert_position(self._ledger, self._order.ids, lo, hi, segment_of(s.bucket), s.id)
        start, end = self._order.bounds[s.bucket]
        pos = min(max(pos, start), end)   # the order and the bucket bounds agree; never leave the bucket
        row = pos + k + 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._order.ids.insert(pos, s.id)
        self._shift(k, +1)
        self._cache[s.id] = s
        self.endInsertRows()
        self._header_changed(s.bucket)
