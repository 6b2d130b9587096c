"""The card list as one flat model over the ledger: bucket header rows, each followed by
its task rows, read on demand.

The model keeps only the task ids in display order (``tracker.ledger.card_order``: a
compact array, 8 bytes a task, and each bucket's bounds); what a card shows is read a
page at a time from SQLite when the view asks for it, and kept in a bounded cache. A
change of the as-of date only moves the bucket bounds (the order does not depend on the
date). After a tick only the tasks named in ``Changes`` are re-read (``ui.card_moves``).

No view shows this model directly: ``CardProxy`` shows the rows that pass the filters and
reads them through ``row_data`` (no model index per row).
"""

from __future__ import annotations

import bisect
import html
from array import array
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from tracker.ledger.card_order import DATED, CardOrder, bucket_bounds, read_order
from tracker.ledger.documents import short_title
from tracker.ledger.buckets import BUCKETS, DUE_SOON_DAYS, bucket_title
from tracker.ledger.status import TaskStatus

from ui.card_moves import CardMovesMixin

KIND_ROLE = Qt.ItemDataRole.UserRole + 1       # "header" or "card"
TASK_ROLE = Qt.ItemDataRole.UserRole + 2       # TaskStatus (cards)
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 3     # bucket key
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 4
MARKS_ROLE = Qt.ItemDataRole.UserRole + 5      # list[UnitMark] (cards)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 6      # tasks in the bucket (headers)
DOC_ROLE = Qt.ItemDataRole.UserRole + 7        # document short name (cards)
COLLAPSED_ROLE = Qt.ItemDataRole.UserRole + 8  # header collapsed? (headers)

PAGE = 200            # cards read in one query when the view reaches an unread one
CACHE_LIMIT = 20_000  # cards (and their unit marks) kept read; beyond, the cache starts again
POSITIONS_DELAY_MS = 400   # after a reload or a move, the position index is built this much later
COLLAPSED_BY_DEFAULT = frozenset({"done", "terminated"})


def _empty_order() -> CardOrder:
    return CardOrder(array("q"), dict.fromkeys(BUCKETS, (0, 0)))


class CardModel(CardMovesMixin, QAbstractListModel):
    """Header rows (a bucket key) and card rows (a task id, its ``TaskStatus`` read on demand)."""

    changes_applied = Signal()       # apply_changes has finished (after its row signals)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ledger = None
        self._as_of = date.today()
        self._window = DUE_SOON_DAYS
        self._order = _empty_order()
        self._heads: list[int] = list(range(len(BUCKETS)))   # header rows, in bucket order
        self._pos: array | None = None        # task id → position in the order (built on use)
        self._cache: dict[int, TaskStatus] = {}
        self._marks: dict[int, list] = {}
        self._docs: dict[int, str] = {}
        self.collapsed = set(COLLAPSED_BY_DEFAULT)
        self.revision = 0            # bumped whenever rows are added, removed or reloaded
        self.last_changed: set[int] = set()   # the tasks of the last apply_changes
        self.applying = False                 # inside apply_changes (its signals come in a row)
        self._pos_timer = QTimer(self, singleShot=True, interval=POSITIONS_DELAY_MS)
        self._pos_timer.timeout.connect(self._positions)

    # -- loading -------------------------------------------------------------------------
    def reload(self, ledger, as_of: date, window: int = DUE_SOON_DAYS) -> None:
        """Read every task id in display order as of ``as_of`` (cards are read when shown)."""
        self.beginResetModel()
        self._ledger, self._as_of, self._window = ledger, as_of, window
        self._order = read_order(ledger, as_of, window) if ledger is not None else _empty_order()
        self._reset_derived()
        self.endResetModel()

    def set_as_of(self, as_of: date, window: int = DUE_SOON_DAYS) -> None:
        """Another as-of date (or window) over the same tasks: only the bucket bounds move."""
        if self._ledger is None:
            self._as_of, self._window = as_of, window
            return
        self.beginResetModel()
        self._as_of, self._window = as_of, window
        bounds = self._order.bounds
        dated_end = bounds[DATED[-1]][1]
        bounds.update(bucket_bounds(self._ledger, self._order.ids, dated_end, as_of, window))
        self._reset_derived()
        self.endResetModel()

    def _reset_derived(self) -> None:
        self._set_heads()
        self._pos = None
        self._positions_later()
        self._cache.clear()
        self._marks.clear()
        self._docs.clear()
        self.revision += 1

    def _set_heads(self) -> None:
        self._heads = [self._order.bounds[b][0] + k for k, b in enumerate(BUCKETS)]

    # -- positions -----------------------------------------------------------------------
    def card_order(self) -> CardOrder:
        """The ids in display order and each bucket's bounds in them (for the proxy)."""
        return self._order

    def header_rows(self) -> list[int]:
        """The row of each bucket's header, in bucket order."""
        return self._heads

    def positions(self, task_ids) -> list[int]:
        """Positions in the order of these tasks (those listed), ascending."""
        pos = self._positions()
        try:
            got = sorted(map(pos.__getitem__, task_ids))   # in C: 50,000 tasks in a few ms
        except IndexError:   # an id above every listed one: not listed
            n = len(pos)
            got = sorted(pos[i] for i in task_ids if 0 <= i < n)
        return got[bisect.bisect_left(got, 0):]           # -1: not listed

    def _positions(self) -> array:
        if self._pos is None:
            ids = self._order.ids
            # 4 bytes a task: half the memory a filter's lookups range over.
            pos = array("i", [-1]) * ((max(ids) + 1) if ids else 1)
            for p, tid in enumerate(ids):
                pos[tid] = p
            self._pos = pos
        return self._pos

    def _positions_later(self) -> None:
        # The next filter by unit, document or words needs every task's position: build it
        # when the window is idle after a reload or a move, not on that filter's click.
        self._pos_timer.start()

    def position_of(self, task_id: int) -> int | None:
        if self._pos is not None:
            return self._pos[task_id] if 0 <= task_id < len(self._pos) and self._pos[task_id] >= 0 else None
        try:
            return self._order.ids.index(task_id)   # a scan in C: no index rebuilt per tick
        except ValueError:
            return None

    def _bucket_index(self, pos: int) -> int:
        """The bucket of a position (the last bucket starting at or before it, non-empty)."""
        for k, b in enumerate(BUCKETS):
            start, end = self._order.bounds[b]
            if start <= pos < end:
                return k
        raise IndexError(pos)

    def row_of(self, task_id: int) -> int | None:
        """The row of a task here (None when it is not in the ledger as of now)."""
        pos = self.position_of(task_id)
        return None if pos is None else pos + self._bucket_index(pos) + 1

    def _header_changed(self, bucket: str) -> None:
        idx = self.index(self._heads[BUCKETS.index(bucket)])
        self.dataChanged.emit(idx, idx)

    def toggle_collapsed(self, bucket: str) -> None:
        """Fold or unfold a bucket (the proxy hides a folded bucket's cards)."""
        self.collapsed ^= {bucket}
        self._header_changed(bucket)

    # -- reading cards -------------------------------------------------------------------
    def _status(self, pos: int) -> TaskStatus | None:
        ids = self._order.ids
        tid = ids[pos]
        got = self._cache.get(tid)
        if got is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            page = [t for t in ids[max(0, pos - PAGE // 4):pos + PAGE] if t not in self._cache]
            for s in self._ledger.status.rows_for(page, self._as_of, window=self._window):
                self._cache[s.id] = s
            got = self._cache.get(tid)
        return got

    def ensure_marks(self, task_ids) -> None:
        """Load the unit marks of these tasks (those not cached) in one query."""
        missing = [t for t in task_ids if t not in self._marks]
        if not missing or self._ledger is None:
            return
        if len(self._marks) > CACHE_LIMIT:
            self._marks.clear()
        got = self._ledger.status.unit_marks(missing)
        for tid in missing:
            self._marks[tid] = got.get(tid, [])

    # -- access --------------------------------------------------------------------------
    @property
    def ledger(self):
        return self._ledger

    @property
    def as_of(self) -> date:
        return self._as_of

    @property
    def window(self) -> int:
        return self._window

    def counts(self) -> dict[str, int]:
        return self._order.counts()

    def task_count(self) -> int:
        return len(self._order.ids)

    # -- Qt model interface --------------------------------------------------------------
    # flags() is deliberately not overridden: the default (enabled, selectable, no
    # children) is answered in C++.
    def rowCount(self, parent=QModelIndex()) -> int:
        return len(self._order.ids) + len(BUCKETS) if not parent.isValid() else 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        return self.row_data(index.row(), role)

    def row_data(self, row: int, role: int):
        """What ``data`` answers for ``row``, without a model index (for the proxy)."""
        k = bisect.bisect_right(self._heads, row) - 1
        if row == self._heads[k]:
            return self._header_data(BUCKETS[k], role)
        pos = row - k - 1
        if role == KIND_ROLE:
            return "card"
        if role == TASK_ID_ROLE:
            return self._order.ids[pos]
        if role == BUCKET_ROLE:
            return BUCKETS[k]
        if role not in (Qt.ItemDataRole.DisplayRole, TASK_ROLE, MARKS_ROLE, DOC_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._status(pos)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == TASK_ROLE:
            return item
        if role == MARKS_ROLE:
            if item.id not in self._marks:
                self.ensure_marks(self._order.ids[pos:pos + PAGE])
            return self._marks.get(item.id)
        if role == DOC_ROLE:
            return self._doc_name(item)
        # A tooltip with "<…>" is shown as rich text: escape the document's words.
        return f"<p>{html.escape(item.title)}</p>"

    def _header_data(self, bucket: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return bucket_title(bucket, self._window)
        if role == KIND_ROLE:
            return "header"
        if role == BUCKET_ROLE:
            return bucket
        if role == COUNT_ROLE:
            start, end = self._order.bounds[bucket]
            return end - start
        if role == COLLAPSED_ROLE:
            return bucket in self.collapsed
        return None

    def _doc_name(self, s: TaskStatus) -> str:
        if s.document_id is None:
            return ""
        name = self._docs.get(s.document_id)
        if name is None:
            name = self._docs[s.document_id] = short_title(s.doc_title or "")
        return name
