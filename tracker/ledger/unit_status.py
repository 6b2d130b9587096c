"""``ledger.unit_status``: the per-unit side of ``ledger.status``.

Which tasks a unit has and how far along it is (marks, overview, open counts), and the
search texts the app filters on as one types. Mixed into
:class:`tracker.ledger.status.StatusPart`, so these are read as ``ledger.status.…``.
"""

from __future__ import annotations

from datetime import date

from tracker.ledger.buckets import DUE_SOON_DAYS
from tracker.ledger.marks import MARKS, UnitMark, unpack_marks


class UnitStatus:
    """Per-unit marks, overview and task sets of the ledger at ``self._ledger`` (set by StatusPart)."""

    def unit_marks(self, task_ids: list[int]) -> dict[int, list[UnitMark]]:
        """Per task, its units in role order with done = every cell of theirs ticked.

        A collective with members counts as done when all its members are. Read from
        the stored ``tasks.marks`` (``MARKS``), one query per 500 tasks.
        """
        db = self._ledger.db
        names = self._ledger.units.names()
        out: dict[int, list[UnitMark]] = {}
        for chunk_start in range(0, len(task_ids), 500):
            chunk = task_ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for tid, packed in db.execute(f"SELECT t.id, {MARKS} FROM tasks t WHERE t.id IN ({marks})", chunk):
                if packed != "~":
                    out[tid] = unpack_marks(packed, names)
        return out

    def unit_overview(self, as_of: date, window: int = DUE_SOON_DAYS) -> list[dict]:
        """Per unit: open tasks, overdue cells, due-soon cells (for the filter list and reports)."""
        db = self._ledger.db
        soon = date.fromordinal(as_of.toordinal() + window).isoformat()
        today = as_of.isoformat()
        rows = db.execute(
            "SELECT u.id, u.name, u.kind, COUNT(DISTINCT c.task_id), "
            "COUNT(DISTINCT CASE WHEN c.done=0 THEN c.task_id END), "
            "COUNT(DISTINCT CASE WHEN c.done=0 AND c.due<? THEN c.task_id END), "
            "COUNT(DISTINCT CASE WHEN c.done=0 AND c.due>=? AND c.due<=? THEN c.task_id END) "
            "FROM units u LEFT JOIN cells c ON c.unit_id=u.id "
            "LEFT JOIN tasks t ON t.id=c.task_id AND t.state='active' "
            "WHERE c.task_id IS NULL OR t.id IS NOT NULL GROUP BY u.id ORDER BY u.name",
            [today, today, soon])
        return [dict(zip(("id", "name", "kind", "tasks", "open", "overdue", "due_soon"), r)) for r in rows]

    def task_ids_for_unit(self, unit: int | str, *, lead_only: bool = False) -> set[int]:
        """Ids of the tasks a unit is assigned (directly or as a member of a collective)."""
        uid = unit if isinstance(unit, int) else self._ledger.units.find(unit)
        if uid is None:
            return set()
        roles = " AND a.role='lead'" if lead_only else ""
        db = self._ledger.db
        ids = {r[0] for r in db.execute(f"SELECT a.task_id FROM assignments a WHERE a.unit_id=?{roles}", [uid])}
        ids |= {r[0] for r in db.execute(
            f"SELECT a.task_id FROM assignments a JOIN unit_members m ON m.collective_id=a.unit_id "
            f"WHERE m.member_id=?{roles}", [uid])}
        return ids

    def search_texts(self, task_ids=None) -> dict[int, str]:
        """Per task, one lower-case NFKC string of its title, text, 文号 and unit names.

        The app keeps these in memory so that filtering as one types needs no query.
        """
        import unicodedata

        db = self._ledger.db
        where, params = "", []
        if task_ids is not None:
            ids = list(task_ids)
            if not ids:
                return {}
            if len(ids) > 900:
                out: dict[int, str] = {}
                for start in range(0, len(ids), 900):
                    out.update(self.search_texts(ids[start:start + 900]))
                return out
            where, params = f" WHERE t.id IN ({','.join('?' * len(ids))})", ids
        units: dict[int, str] = {}
        for tid, names in db.execute(
                "SELECT a.task_id, GROUP_CONCAT(u.name, ' ') FROM assignments a JOIN units u ON u.id=a.unit_id"
                + where.replace("t.id", "a.task_id") + " GROUP BY a.task_id", params):
            units[tid] = names
        out = {}
        for tid, title, text, doc_no in db.execute(
                "SELECT t.id, t.title, t.text, COALESCE(d.doc_no, t.source_ref, t.case_no) FROM tasks t "
                "LEFT JOIN documents d ON d.id=t.document_id"
                + where, params):
            hay = f"{title or ''}\n{text or ''}\n{doc_no or ''}\n{units.get(tid, '')}"
            out[tid] = unicodedata.normalize("NFKC", hay).lower()
        return out

    def open_by_unit(self) -> dict[int, int]:
        """Per unit id, how many active tasks it still has an open cell in (members of a
        collective count under their own id); one scan of the cells."""
        db = self._ledger.db
        counts = dict(db.execute("SELECT unit_id, COUNT(DISTINCT task_id) FROM cells WHERE done=0 GROUP BY unit_id"))
        for uid, n in db.execute(
                "SELECT c.unit_id, COUNT(DISTINCT c.task_id) FROM cells c JOIN tasks t ON t.id=c.task_id "
                "WHERE t.state!='active' AND c.done=0 GROUP BY c.unit_id"):
            counts[uid] = counts.get(uid, 0) - n
        return {u: n for u, n in counts.items() if n > 0}
