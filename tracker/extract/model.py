"""What the extractor returns: documents, tasks, units, milestones and review notes.

``Extraction.to_contract()`` renders exactly the output contract of
``python -m tracker extract FILE --json`` (see ``../shared/eval/README.md``); with
``full=True`` it adds the fields the ledger importer needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.extract.problems import Problem

ROLES = ("lead", "support", "responsible")
KINDS = ("table", "annotated", "implicit")


@dataclass
class ExtractedUnit:
    """One responsible office as the document writes it, with its role."""

    name: str
    role: str = "responsible"


@dataclass
class ExtractedMilestone:
    """A dated checkpoint inside one task."""

    due: date
    text: str


@dataclass
class ExtractedTask:
    """One obligation to track."""

    doc_no: str | None
    title: str
    text: str
    units: list[ExtractedUnit] = field(default_factory=list)
    deadline: date | None = None
    deadline_text: str | None = None
    recurrence: str | None = None
    milestones: list[ExtractedMilestone] = field(default_factory=list)
    section: str | None = None
    number: str | None = None
    kind: str = "implicit"


@dataclass
class ExtractedDocument:
    """One official document found in the input."""

    doc_no: str | None
    title: str
    issuer: str | None = None
    issued: date | None = None


@dataclass
class Extraction:
    """Everything read from one input: its documents, their tasks, and notes for review."""

    documents: list[ExtractedDocument] = field(default_factory=list)
    tasks: list[ExtractedTask] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    source_name: str | None = None

    def to_contract(self, full: bool = False) -> dict:
        """The output contract as a JSON-ready dict (dates as ISO strings)."""
        docs = []
        for d in self.documents:
            item = {"doc_no": d.doc_no, "title": d.title, "issued": _iso(d.issued)}
            if full:
                item["issuer"] = d.issuer
            docs.append(item)
        tasks = []
        for t in self.tasks:
            item = {
                "doc_no": t.doc_no,
                "title": t.title,
                "text": t.text,
                "units": [{"name": u.name, "role": u.role} for u in t.units],
                "deadline": _iso(t.deadline),
                "deadline_text": t.deadline_text,
                "recurrence": t.recurrence,
                "milestones": [{"due": _iso(m.due), "text": m.text} for m in t.milestones],
            }
            if full:
                item.update(section=t.section, number=t.number, kind=t.kind)
            tasks.append(item)
        out = {"documents": docs, "tasks": tasks}
        if full:
            out["problems"] = [p.to_contract() for p in self.problems]
            out["source_name"] = self.source_name
        return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
