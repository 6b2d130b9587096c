"""The 台账 export's rows: every task with its document, units by role, progress and
extensions, read in one query per document and streamed."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.ledger.reporting import DONE_DAY
from tracker.ledger.marks import MARKS, MarkPieces


@dataclass(slots=True)
class LedgerRow:
    """One task as a line of the clerk's 台账."""

    task_id: int
    document_id: int | None
    doc_no: str | None
    doc_title: str | None
    seq: int
    title: str
    text: str
    lead: list[str]
    support: list[str]
    deadline: str | None
    original_deadline: str | None
    deadline_text: str | None
    recurrence: str | None
    next_due: str | None
    state: str
    state_reason: str | None
    cells_total: int
    cells_done: int
    last_done: str | None
    extensions: list[tuple[str | None, str, str]]  # (old, new, reason)
    responsible: list[str] = field(default_factory=list)   # 责任单位 (``lead`` holds the 牵头单位 only)


_LEDGER_ROW = (
    "SELECT t.id, t.document_id, d.doc_no, d.title, t.seq, t.title, t.text, t.deadline, t.original_deadline, "
    "t.deadline_text, t.recurrence, t.next_due, t.state, t.state_reason, t.cells_total, t.cells_done, "
    f"{MARKS}, "
    f"(SELECT MAX({DONE_DAY}) FROM cells c WHERE c.task_id=t.id AND c.done=1), "
    "(SELECT group_concat(x, char(30)) FROM (SELECT COALESCE(e.old_deadline, '') || char(31) || e.new_deadline "
    "|| char(31) || COALESCE(e.reason, '') AS x FROM extensions e WHERE e.task_id=t.id ORDER BY e.id)) "
    "FROM tasks t LEFT JOIN documents d ON d.id=t.document_id "
)


def _unit_roles(names: dict[int, str]):
    """A function of a task's ``MARKS`` string: (牵头, 责任, 配合) unit names, each in the
    document's order. The stored marks list the units in role order then the document's,
    so no query per role is needed; each distinct mark is read once."""
    def parse(item: str) -> tuple[str, str]:
        role, uid = item[1:].split(":")
        return role, names.get(int(uid), "")

    pieces = MarkPieces(parse)

    def roles(packed: str | None) -> tuple[list[str], list[str], list[str]]:
        lead: list[str] = []
        responsible: list[str] = []
        support: list[str] = []
        if packed and packed != "~":
            by_role = {"lead": lead, "responsible": responsible, "support": support}
            for item in packed.split("\x1e"):
                role, name = pieces[item]
                if role in by_role:
                    by_role[role].append(name)
        return lead, responsible, support
    return roles


def iter_ledger_rows(ledger, *, document_id: int | None = None):
    """``ledger_rows`` streamed: document by document (by issue date), each document's
    tasks in order through the (document_id, seq) index, units, last tick and extensions
    of each task in the same query; nothing is held but the current row."""
    db = ledger.db
    roles = _unit_roles(ledger.units.names())
    if document_id is not None:
        groups = [document_id]
    else:
        groups = [None] + [r[0] for r in db.execute("SELECT id FROM documents ORDER BY issued, id")]
    for doc in groups:
        where = "t.document_id IS NULL" if doc is None else "t.document_id=?"
        for r in db.execute(_LEDGER_ROW + f"WHERE {where} ORDER BY t.seq, t.id", [] if doc is None else [doc]):
            exts = []
            if r[18]:
                for item in r[18].split("\x1e"):
                    old, new, reason = item.split("\x1f")
                    exts.append((old or None, new, reason))
            lead, responsible, support = roles(r[16])
            yield LedgerRow(*r[:7], lead, support, *r[7:16], r[17], exts, responsible)


def ledger_rows(ledger, *, document_id: int | None = None) -> list[LedgerRow]:
    """Every task with its units split into 牵头/责任 and 配合, in document order."""
    return list(iter_ledger_rows(ledger, document_id=document_id))
