"""The app's card list as positions: every task id in display order, read in SQL.

The desktop app lists up to a million tasks; it keeps only their ids, in the order
``status.rows`` gives (bucket, then next due date, then id), as a compact array
(8 bytes a task) plus where each bucket starts. Row contents are read a page at a time
(``status.rows_for``) as the view paints them, and the filters (unit, document, search
words) are id sets read in SQL. The order does not depend on the as-of date, only the
bucket bounds do: a change of the as-of date finds them again by binary search
(``bucket_bounds``) without reading the ids again.

Segments of the order, each read through the ``(state, next_due)`` index:
open dated tasks by next due date (the five dated buckets follow each other), then
undated, done and terminated tasks. A task with a next due date has an open cell, so
it is not done; a done task has no open cell, so no next due date.
"""

from __future__ import annotations

import bisect
import unicodedata
from array import array
from datetime import date

from tracker.ledger.buckets import BUCKETS, DUE_SOON_DAYS

DATED = ("overdue", "due_soon", "this_quarter", "this_year", "later")
_DONE = "(cells_total>0 AND cells_done>=cells_total)"


def segment_of(bucket: str) -> str:
    """The segment of the order a bucket lies in."""
    return "dated" if bucket in DATED else bucket


class CardOrder:
    """Task ids in display order and each bucket's ``[start, end)`` in them."""

    def __init__(self, ids: array, bounds: dict[str, tuple[int, int]]):
        self.ids = ids
        self.bounds = bounds

    def counts(self) -> dict[str, int]:
        return {b: e - s for b, (s, e) in self.bounds.items()}


def read_order(ledger, as_of: date, window: int = DUE_SOON_DAYS) -> CardOrder:
    """Every task id in display order as of ``as_of`` (ids only; a million in about 0.5 s)."""
    db = ledger.db
    ids = array("q")
    ids.extend(r for r, in db.execute(
        "SELECT id FROM tasks WHERE state='active' AND next_due IS NOT NULL ORDER BY next_due, id"))
    dated_end = len(ids)
    done = array("q")
    for tid, is_done in db.execute(
            f"SELECT id, {_DONE} FROM tasks WHERE state='active' AND next_due IS NULL ORDER BY id"):
        (done if is_done else ids).append(tid)
    undated_end = len(ids)
    ids.extend(done)
    done_end = len(ids)
    ids.extend(r for r, in db.execute(
        "SELECT id FROM tasks WHERE state<>'active' ORDER BY next_due IS NULL, next_due, id"))
    bounds = dict.fromkeys(BUCKETS, (0, 0))
    bounds.update(bucket_bounds(ledger, ids, dated_end, as_of, window))
    bounds["no_deadline"] = (dated_end, undated_end)
    bounds["done"] = (undated_end, done_end)
    bounds["terminated"] = (done_end, len(ids))
    return CardOrder(ids, bounds)


def _quarter_end(d: date) -> date:
    last_month = (d.month - 1) // 3 * 3 + 3
    after = date(d.year + (last_month == 12), last_month % 12 + 1, 1)
    return date.fromordinal(after.toordinal() - 1)


def bucket_bounds(ledger, ids, dated_end: int, as_of: date, window: int) -> dict[str, tuple[int, int]]:
    """Where each dated bucket lies in ``ids[:dated_end]`` (sorted by next due date), by
    binary search with one indexed lookup per probe (about 80 lookups for a million)."""
    key = dated_key(ledger)
    soon = date.fromordinal(as_of.toordinal() + window)
    # Last day of each dated bucket: the buckets are consecutive ranges of next due dates
    # (``buckets.classify``), this quarter and this year only after the due-soon window.
    year_end = date(as_of.year, 12, 31)
    limits = [date.fromordinal(as_of.toordinal() - 1), soon, max(soon, _quarter_end(as_of)),
              max(soon, year_end)]
    cuts = [0]
    for last in limits:
        # The first task due after ``last``: keys compare (next_due, id), so the
        # (next_due, +inf) probe lands after every task due that day.
        cuts.append(bisect.bisect_right(ids, (last.isoformat(), float("inf")), cuts[-1], dated_end, key=key))
    cuts.append(dated_end)
    return {b: (cuts[k], cuts[k + 1]) for k, b in enumerate(DATED)}


def dated_key(ledger):
    """The sort key of a task id in the dated segment: (next due date, id)."""
    stmt = ledger.db.execute

    def key(tid: int):
        got = stmt("SELECT next_due FROM tasks WHERE id=?", [tid]).fetchone()
        return (got[0] or "", tid) if got else ("", tid)
    return key


def _terminated_key(ledger):
    stmt = ledger.db.execute

    def key(tid: int):
        got = stmt("SELECT next_due FROM tasks WHERE id=?", [tid]).fetchone()
        due = got[0] if got else None
        return (due is None, due or "", tid)
    return key


def insert_position(ledger, ids, lo: int, hi: int, segment: str, task_id: int) -> int:
    """Where ``task_id`` goes in the sorted segment ``ids[lo:hi]`` (its keys as stored now)."""
    if segment in ("no_deadline", "done"):
        return bisect.bisect_left(ids, task_id, lo, hi)
    key = dated_key(ledger) if segment == "dated" else _terminated_key(ledger)
    return bisect.bisect_left(ids, key(task_id), lo, hi, key=key)


def sort_key(ledger, segment: str, task_id: int):
    """The key the segment is sorted by, for one task (as stored now)."""
    if segment in ("no_deadline", "done"):
        return task_id
    return (dated_key(ledger) if segment == "dated" else _terminated_key(ledger))(task_id)


def document_task_ids(ledger, document_id: int) -> set[int]:
    """Ids of the tasks of one document."""
    return {r for r, in ledger.db.execute("SELECT id FROM tasks WHERE document_id=?", [document_id])}


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(column: str, word: str) -> tuple[str, str]:
    """SQL testing that ``column`` holds ``word``: ``instr`` (a byte search, several
    times faster than LIKE) unless the word has ASCII letters, which LIKE matches in
    either case."""
    if any("a" <= c.lower() <= "z" for c in word):
        return f"{column} LIKE ? ESCAPE '\\'", _like(word)
    return f"instr({column}, ?)>0", word


def _forms(word: str) -> list[str]:
    """The spellings a word is looked for in: as typed, NFKC lower case, and its ASCII
    written full width (upper and lower case), as official documents often write
    letters and digits (the search texts compare NFKC forms; the stored texts are as
    written)."""
    plain = unicodedata.normalize("NFKC", word).lower()
    forms = [word, plain]
    if any("!" <= c <= "~" for c in plain):
        wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in plain)
        forms += [wide, "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in plain.upper())]
    return list(dict.fromkeys(forms))


def _any_form(columns, forms) -> tuple[str, list]:
    conds, params = [], []
    for column in columns:
        for form in forms:
            cond, param = _contains(column, form)
            conds.append(cond)
            params.append(param)
    return " OR ".join(conds), params


def _word_condition(db, word: str) -> tuple[str, list]:
    """SQL over ``tasks t`` true when a task holds ``word``: its own texts, or its
    document's 文号 or one of its units' names (those matched first in their small
    tables, then taken by id)."""
    forms = _forms(word)
    cond, params = _any_form(("t.title", "t.text", "t.source_ref", "t.case_no"), forms)
    parts = [cond]
    doc_cond, doc_params = _any_form(("doc_no",), forms)
    docs = [r for r, in db.execute(f"SELECT id FROM documents WHERE {doc_cond}", doc_params)]
    if docs:
        parts.append(f"t.document_id IN ({','.join('?' * len(docs))})")
        params += docs
    unit_cond, unit_params = _any_form(("name",), forms)
    units = [r for r, in db.execute(f"SELECT id FROM units WHERE {unit_cond}", unit_params)]
    if units:
        parts.append(f"t.id IN (SELECT a.task_id FROM assignments a WHERE a.unit_id IN ({','.join('?' * len(units))}))")
        params += units
    return "(" + " OR ".join(parts) + ")", params


def search_task_ids(ledger, words: list[str], task_ids=None) -> set[int]:
    """Ids of the tasks whose title, text, 文号 (or own source) or a unit's name holds
    every word, in one pass over the tasks. Each word is looked for as typed, in its NFKC
    lower-case form and with its ASCII written full width (ASCII letters in either
    case); ``task_ids`` limits the answer to those tasks."""
    if not words:
        return set()
    db = ledger.db
    conds, params = [], []
    for word in words:
        cond, args = _word_condition(db, word)
        conds.append(cond)
        params += args
    sql = "SELECT t.id FROM tasks t WHERE " + " AND ".join(conds)
    if task_ids is None:
        return {r for r, in db.execute(sql, params)}
    ids, out = list(task_ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(r for r, in db.execute(f"{sql} AND t.id IN ({','.join('?' * len(chunk))})", [*params, *chunk]))
    return out


def newly_due(ledger, since: date, as_of: date, window: int = DUE_SOON_DAYS) -> list:
    """``status.newly_due`` (tasks that became overdue, or entered the due-soon window,
    after ``since``) read through the ``(state, next_due)`` index: only tasks whose next
    due date lies where their bucket changed are read, not the whole ledger."""
    if since >= as_of:
        return []
    day = date.fromordinal
    soon = day(as_of.toordinal() + window)
    # Due soon now and not due soon (nor overdue) as of ``since``: after since + window.
    soon_from = max(day(since.toordinal() + window + 1), as_of)
    sql = "SELECT id FROM tasks WHERE state='active' AND next_due>=? AND next_due<=? ORDER BY next_due, id"
    db = ledger.db
    ids = [r for r, in db.execute(sql, [since.isoformat(), day(as_of.toordinal() - 1).isoformat()])]
    ids += [r for r, in db.execute(sql, [soon_from.isoformat(), soon.isoformat()])]
    got = {s.id: s for s in ledger.status.rows_for(ids, as_of, window=window)}
    return [got[i] for i in ids if i in got and got[i].bucket in ("overdue", "due_soon")]
