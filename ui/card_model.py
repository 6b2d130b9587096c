"""The card list as one flat model: bucket header rows, each followed by its task rows.

Rows come from ``ledger.status.rows``; the per-unit marks of a card are loaded lazily
(only for cards that get painted) in batches and cached; the search text of every task
is built on a worker after the first paint (``build_search_index``), or at once on first
use when no worker runs. After a tick only the tasks named in ``Changes`` are re-read.

No view shows this model directly: ``CardProxy`` shows the rows that pass the filters and
reads them through ``row_data`` (plain Python, no index per row).
"""

from __future__ import annotations

import bisect
import html
from itertools import compress
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal, Slot

from tracker.ledger.documents import short_title
from tracker.ledger.status import BUCKETS, DUE_SOON_DAYS, TaskStatus, bucket_title

KIND_ROLE = Qt.ItemDataRole.UserRole + 1       # "header" or "card"
TASK_ROLE = Qt.ItemDataRole.UserRole + 2       # TaskStatus (cards)
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 3     # bucket key
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 4
MARKS_ROLE = Qt.ItemDataRole.UserRole + 5      # list[UnitMark] (cards)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 6      # tasks in the bucket (headers)
DOC_ROLE = Qt.ItemDataRole.UserRole + 7        # document short name (cards)
COLLAPSED_ROLE = Qt.ItemDataRole.UserRole + 8  # header collapsed? (headers)

MARK_BATCH = 200
COLLAPSED_BY_DEFAULT = frozenset({"done", "terminated"})
_ORDER = {b: i for i, b in enumerate(BUCKETS)}


def _key(s: TaskStatus) -> tuple:
    return (_ORDER[s.bucket], s.next_due or "9999", s.id)


class CardModel(QAbstractListModel):
    """Header rows (a bucket key as ``str``) and card rows (``TaskStatus``) in one list."""

    search_index_ready = Signal()    # the search texts arrived from the worker
    changes_applied = Signal()       # apply_changes has finished (after its row signals)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ledger = None
        self._as_of = date.today()
        self._window = DUE_SOON_DAYS
        self._items: list[str | TaskStatus] = [*BUCKETS]
        self._row_of: dict[int, int] | None = None
        self._counts = dict.fromkeys(BUCKETS, 0)
        self._marks: dict[int, list] = {}
        self._hay: dict[int, str] | None = None
        self._docs: dict[int, str] = {}
        self.collapsed = set(COLLAPSED_BY_DEFAULT)
        self.revision = 0            # bumped whenever rows are added, removed or reloaded
        self._columns: tuple | None = None
        self._hay_rows: list[str] | None = None
        self._loads = 0                       # reloads so far: a worker's result must match
        self._hay_job: int | None = None      # the load a running worker builds texts for
        self._hay_dirty: set[int] = set()     # tasks changed while the worker ran
        self._indexed_at = -1                 # the revision row_of may build its dict for
        self.applying = False                 # inside apply_changes (its signals come in a row)
        self._set_columns(list(range(len(BUCKETS))))

    # -- loading -------------------------------------------------------------------------
    def reload(self, ledger, as_of: date, window: int = DUE_SOON_DAYS) -> None:
        """Read every task as of ``as_of`` (marks and search texts are re-read lazily)."""
        self.beginResetModel()
        self._ledger, self._as_of, self._window = ledger, as_of, window
        rows = ledger.status.rows(as_of, window=window) if ledger is not None else []
        items: list[str | TaskStatus] = []
        ids: list[int | None] = []
        docs: list[int | None] = []
        counts = dict.fromkeys(BUCKETS, 0)
        heads: list[int] = []
        start = 0
        # rows are in bucket order: slice it into buckets, a header before each.
        for bucket in BUCKETS:
            end = start
            while end < len(rows) and rows[end].bucket == bucket:
                end += 1
            part = rows[start:end]
            heads.append(len(items))
            items.append(bucket)
            items.extend(part)
            ids.append(None)
            ids.extend([s.id for s in part])
            docs.append(None)
            docs.extend([s.document_id for s in part])
            counts[bucket] = end - start
            start = end
        self._items, self._counts = items, counts
        self._set_columns(heads, ids, docs)
        self._row_of = None
        self.revision += 1
        self._indexed_at = self.revision
        self._marks.clear()
        self._loads += 1
        self._hay = None
        self._hay_job = None
        self._hay_dirty.clear()
        self._docs.clear()
        self.endResetModel()

    def _set_columns(self, heads: list[int], ids: list | None = None, docs: list | None = None) -> None:
        items = self._items
        ranges = [(items[h], h, (heads[k + 1] if k + 1 < len(heads) else len(items)))
                  for k, h in enumerate(heads)]
        if ids is None:
            ids = [None if type(x) is str else x.id for x in items]
            docs = [None if type(x) is str else x.document_id for x in items]
        self._columns = (ids, docs, ranges)
        self._hay_rows = None

    def _shift_columns(self, row: int, delta: int) -> None:
        """Keep the plain columns in step with one row removed (-1) or inserted (+1)."""
        self.revision += 1
        self._row_of = None   # row_of() scans the ids until the next reload
        ids, docs, ranges = self._columns
        if delta < 0:
            del ids[row], docs[row]
            if self._hay_rows is not None:
                del self._hay_rows[row]
            self._columns = (ids, docs, [(b, h - (h > row), e - (e > row)) for b, h, e in ranges])
        else:
            s = self._items[row]
            ids.insert(row, s.id)
            docs.insert(row, s.document_id)
            if self._hay_rows is not None:
                self._hay_rows.insert(row, self._hay.get(s.id, "") if self._hay is not None else "")
            self._columns = (ids, docs, [(b, h + (h >= row), e + (e >= row)) for b, h, e in ranges])

    def apply_changes(self, changes) -> None:
        """Re-read only the tasks a change touched, moving cards whose bucket changed.

        Listeners get the row signals as they happen and ``changes_applied`` once at the
        end (the proxy re-filters then, once)."""
        if self._ledger is None or not changes.tasks:
            return
        fresh = {s.id: s for s in self._ledger.status.rows_for(changes.tasks, self._as_of, window=self._window)}
        for tid in changes.tasks:
            self._marks.pop(tid, None)
        if self._hay is not None:
            texts = self._ledger.status.search_texts(changes.tasks)
            self._hay.update(texts)
        elif self._hay_job is not None:
            self._hay_dirty.update(changes.tasks)
        self.applying = True
        try:
            for tid in sorted(changes.tasks):
                old_row = self.row_of(tid)
                new = fresh.get(tid)
                if old_row is not None and new is not None and _key(self._items[old_row]) == _key(new):
                    self._items[old_row] = new
                    self._update_hay_row(old_row, tid)
                    idx = self.index(old_row)
                    self.dataChanged.emit(idx, idx)
                    continue
                if old_row is not None:
                    self._remove(old_row)
                if new is not None:
                    self._insert(new)
        finally:
            self.applying = False
        self.changes_applied.emit()

    def _update_hay_row(self, row: int, tid: int) -> None:
        if self._hay_rows is not None and self._hay is not None:
            self._hay_rows[row] = self._hay.get(tid, "")

    def _bucket_range(self, bucket: str) -> tuple[int, int]:
        return next((h, e) for b, h, e in self._columns[2] if b == bucket)

    def _remove(self, row: int) -> None:
        item = self._items[row]
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._counts[item.bucket] -= 1
        self._shift_columns(row, -1)
        self.endRemoveRows()
        self._header_changed(item.bucket)

    def _insert(self, s: TaskStatus) -> None:
        head, end = self._bucket_range(s.bucket)
        row = bisect.bisect_left(self._items, _key(s), head + 1, end, key=_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, s)
        self._counts[s.bucket] += 1
        self._shift_columns(row, +1)
        self.endInsertRows()
        self._header_changed(s.bucket)

    def _header_changed(self, bucket: str) -> None:
        idx = self.index(self._bucket_range(bucket)[0])
        self.dataChanged.emit(idx, idx)

    # -- lazy parts ----------------------------------------------------------------------
    def ensure_marks(self, task_ids) -> None:
        """Load the unit marks of these tasks (those not cached) in one query."""
        missing = [t for t in task_ids if t not in self._marks]
        if not missing or self._ledger is None:
            return
        got = self._ledger.status.unit_marks(missing)
        for tid in missing:
            self._marks[tid] = got.get(tid, [])

    def build_search_index(self) -> None:
        """Start building the search texts on a worker thread (a file ledger), so that the
        first search finds them ready; an in-memory ledger builds them at once."""
        if self._hay is not None or self._hay_job is not None or self._ledger is None:
            return
        if self._ledger.path is None:
            self.haystacks()
            return
        from ui.search_index import SearchIndexWorker

        worker = SearchIndexWorker(self._ledger.path, self._loads)
        worker.signals.built.connect(self._search_texts_built)
        self._hay_job = self._loads
        QThreadPool.globalInstance().start(worker)

    @Slot(int, object)
    def _search_texts_built(self, load: int, texts) -> None:
        if load != self._hay_job or self._hay is not None:
            return   # a reload since: a newer worker (or the GUI thread) builds them
        if self._ledger is None or self._ledger.closed:
            return   # the ledger was closed (window gone) while the worker ran
        self._hay_job = None
        if texts is None:
            return   # the worker failed: haystacks() builds them when first needed
        if self._hay_dirty:
            texts.update(self._ledger.status.search_texts(self._hay_dirty))
            self._hay_dirty.clear()
        self._hay = texts
        self._hay_rows = None
        self.hay_rows()   # aligned with the rows now, not on the first keystroke
        self.search_index_ready.emit()

    def search_index_pending(self) -> bool:
        """True while a worker builds the search texts (a search then waits for them)."""
        return self._hay is None and self._hay_job is not None

    def haystacks(self) -> dict[int, str]:
        """Task id → search text (built now unless ready, then kept up to date)."""
        if self._hay is None:
            self._hay_job = None
            self._hay_dirty.clear()
            self._hay = self._ledger.status.search_texts() if self._ledger is not None else {}
        return self._hay

    def columns(self) -> tuple[list, list, list[tuple[str, int, int]]]:
        """Per row: task id and document id (None on headers), and per bucket its header
        row and the end of its cards; plain lists for the proxy's fast pass."""
        return self._columns

    def hay_rows(self) -> list[str]:
        """The search text of every row (empty on headers), aligned with the rows."""
        if self._hay_rows is None:
            get = self.haystacks().get
            rows = [get(i, "") for i in self.columns()[0]]
            # Fresh copies laid out in row order: a search pass then reads memory in
            # order, about three times faster than over the texts as the query made them.
            joined = "\x00".join(rows)
            if joined.count("\x00") == len(rows) - 1:
                rows = joined.split("\x00")
                ids = self.columns()[0]
                # The dict keeps the copies too, so that the first texts can be freed.
                self._hay.update(zip(compress(ids, ids), compress(rows, ids)))
            self._hay_rows = rows
        return self._hay_rows

    def toggle_collapsed(self, bucket: str) -> None:
        """Fold or unfold a bucket (the proxy hides a folded bucket's cards)."""
        self.collapsed ^= {bucket}
        self._header_changed(bucket)

    # -- access --------------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        return self._as_of

    @property
    def window(self) -> int:
        return self._window

    def items(self) -> list:
        """The rows as plain data (bucket keys and TaskStatus), for the proxy's fast pass."""
        return self._items

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def row_of(self, task_id: int) -> int | None:
        """The row of a task here (None when it is not in the ledger as of now)."""
        if self._row_of is None:
            if self._loads and self.revision == self._indexed_at:
                # After a reload: a dict, built on first use (the first paint needs none).
                self._row_of = {i: r for r, i in enumerate(self._columns[0]) if i is not None}
            else:
                # After a card moved: a scan in C (about 1 ms for 100,000 rows) rather than
                # a new dict after every tick.
                try:
                    return self._columns[0].index(task_id)
                except ValueError:
                    return None
        return self._row_of.get(task_id)

    def task_count(self) -> int:
        return sum(self._counts.values())

    # -- Qt model interface --------------------------------------------------------------
    # flags() is deliberately not overridden: the default (enabled, selectable, no
    # children) is answered in C++.
    def rowCount(self, parent=QModelIndex()) -> int:
        return len(self._items) if not parent.isValid() else 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self.row_data(index.row(), role)

    def row_data(self, row: int, role: int):
        """What ``data`` answers for ``row``, without a model index (for the proxy)."""
        item = self._items[row]
        if type(item) is str:
            return self._header_data(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == KIND_ROLE:
            return "card"
        if role == TASK_ROLE:
            return item
        if role == BUCKET_ROLE:
            return item.bucket
        if role == TASK_ID_ROLE:
            return item.id
        if role == MARKS_ROLE:
            if item.id not in self._marks:
                self._prefetch_from(row)
            return self._marks.get(item.id)
        if role == DOC_ROLE:
            return self._doc_name(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip with "<…>" is shown as rich text: escape the document's words.
            return f"<p>{html.escape(item.title)}</p>"
        return None

    def _header_data(self, bucket: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return bucket_title(bucket, self._window)
        if role == KIND_ROLE:
            return "header"
        if role == BUCKET_ROLE:
            return bucket
        if role == COUNT_ROLE:
            return self._counts[bucket]
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

    def _prefetch_from(self, row: int) -> None:
        ids = [x.id for x in self._items[row:row + MARK_BATCH] if not isinstance(x, str)]
        self.ensure_marks(ids)
