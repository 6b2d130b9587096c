"""Contract-shaped sample data for ledger tests."""

from __future__ import annotations

from datetime import date

NOW = "2018-10-01T09:00:00"
AS_OF = date(2018, 12, 20)


def contract(*tasks: dict, doc_no: str = "测政发〔2018〕1号", issued: str = "2018-09-28") -> dict:
    """An extract-contract dict with one document holding ``tasks``."""
    return {
        "documents": [{"doc_no": doc_no, "title": "测试市人民政府关于印发《测试方案》的通知",
                       "issued": issued, "issuer": "测试市人民政府"}],
        "tasks": [dict(t, doc_no=t.get("doc_no", doc_no)) for t in tasks],
    }


def task(title: str, deadline: str | None = "2018-12-31", units=(("市科技局", "lead"),), **extra) -> dict:
    """One task in contract shape."""
    return {
        "title": title, "text": extra.pop("text", title + "。"),
        "units": [{"name": n, "role": r} for n, r in units],
        "deadline": deadline, "deadline_text": extra.pop("deadline_text", deadline and "2018年12月底前"),
        "recurrence": extra.pop("recurrence", None), "milestones": extra.pop("milestones", []), **extra,
    }


def import_tasks(ledger, *tasks, **kw):
    """Import ``tasks`` as one document; returns the ImportResult."""
    from tracker.ledger.importer import import_contract

    return import_contract(ledger, contract(*tasks, **kw), source_name="test.txt", sha256=None,
                           as_of=AS_OF, now=NOW, by="tester")
