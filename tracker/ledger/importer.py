"""Storing extracted documents and tasks: one transaction per import.

Input is the extract contract (``Extraction.to_contract(full=True)`` or a JSON file
of that shape). Importing the same source twice adds nothing; a re-issued document
(same 文号) is compared task by task so that progress on unchanged tasks is kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from tracker.errors import InputError
from tracker.ledger.changes import Changes

REMOVED_REASON = "重新导入的文件中已无此任务"
# Fields whose manual edits a re-import never overwrites (a moved deadline is then not applied).
_SCHEDULE_FIELDS = {"deadline", "recurrence", "milestones"}
MOVED_REASON = "文件重新印发，完成时限调整"


def task_key(t: dict) -> str:
    """What identifies a task within its document across re-issues: its normalized title."""
    text = t.get("title") or t.get("text") or ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))[:80]


@dataclass
class DocumentDiff:
    """What a (re-)import of one document changes."""

    doc_no: str | None
    title: str
    existing_id: int | None
    added: list[dict] = field(default_factory=list)
    removed: list[tuple[int, str]] = field(default_factory=list)
    moved: list[tuple[int, str, str | None, str | None]] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    # Matched tasks edited by hand: (id, title, the edited fields in Chinese); kept as edited.
    kept: list[tuple[int, str, list[str]]] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import did, with a Chinese summary for the user."""

    duplicate: bool = False
    documents: list[DocumentDiff] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def tasks_added(self) -> int:
        return sum(len(d.added) for d in self.documents)

    def summary(self) -> str:
        """One paragraph in Chinese saying what was (or would be) stored."""
        if self.duplicate:
            return "该文件已导入过，台账中已有相同内容，未重复添加。"
        lines = []
        for d in self.documents:
            name = d.doc_no or d.title
            if d.existing_id is None:
                lines.append(f"新增文件 {name}：{len(d.added)} 项任务。")
            elif not (d.added or d.removed or d.moved):
                lines.append(f"{name} 已在台账中，内容未变化。")
            else:
                lines.append(f"{name} 为重新印发：新增 {len(d.added)} 项，删除 {len(d.removed)} 项，"
                             f"调整时限 {len(d.moved)} 项，{len(d.unchanged)} 项未变（已有进度保留）。")
            if d.existing_id is not None and d.kept:
                lines.append(f"{name} 中有 {len(d.kept)} 项任务经过人工修改，已保留人工修改的内容（"
                             + "；".join(f"#{tid} {'、'.join(what)}" for tid, _t, what in d.kept[:10])
                             + ("……" if len(d.kept) > 10 else "") + "）。")
        return "\n".join(lines) or "没有可导入的任务。"


def _group(contract: dict, source_name: str | None) -> list[tuple[dict, list[dict]]]:
    docs = list(contract.get("documents") or [])
    by_no = {d.get("doc_no"): d for d in docs if d.get("doc_no")}
    groups: dict[int, tuple[dict, list[dict]]] = {id(d): (d, []) for d in docs}
    orphan: dict | None = None
    for t in contract.get("tasks") or []:
        d = by_no.get(t.get("doc_no"))
        if d is None and len(docs) == 1 and not t.get("doc_no"):
            d = docs[0]
        if d is None:
            if orphan is None:
                orphan = {"doc_no": t.get("doc_no"), "title": source_name or "未命名文件", "issued": None}
                groups[id(orphan)] = (orphan, [])
            d = orphan
        groups[id(d)][1].append(t)
    return [g for g in groups.values() if g[1] or g[0].get("doc_no")]


def _validate(contract) -> None:
    if not isinstance(contract, dict) or not isinstance(contract.get("tasks", []), list):
        raise InputError("导入数据的格式不对：应为包含 documents 和 tasks 的 JSON 对象。")
    for t in contract.get("tasks") or []:
        if not isinstance(t, dict) or not (t.get("title") or t.get("text")):
            raise InputError("导入数据中有任务缺少标题或正文。")
        for key in ("deadline",):
            if t.get(key):
                try:
                    date.fromisoformat(t[key])
                except (TypeError, ValueError):
                    raise InputError(f"任务“{t.get('title', '')[:20]}”的完成时限不是有效日期：{t[key]}") from None


def plan_import(ledger, contract: dict, *, source_name: str | None = None,
                sha256: str | None = None) -> ImportResult:
    """What importing ``contract`` would do, without writing anything."""
    _validate(contract)
    if sha256 and ledger.documents.by_sha256(sha256):
        return ImportResult(duplicate=True)
    result = ImportResult()
    db = ledger.db
    for doc, tasks in _group(contract, source_name):
        existing = ledger.documents.by_doc_no(doc["doc_no"]) if doc.get("doc_no") else None
        diff = DocumentDiff(doc.get("doc_no"), doc.get("title") or "", existing.id if existing else None)
        if existing is None:
            diff.added = tasks
        else:
            from tracker.ledger.task_edit import FIELD_ZH, edited_fields

            old = {}
            # Tasks added by hand are no part of the document's text: never matched or removed.
            for tid, title, text, deadline, key in db.execute(
                    "SELECT id, title, text, deadline, import_key FROM tasks WHERE document_id=? "
                    "AND state='active' AND origin IS NOT 'manual'", [existing.id]):
                old.setdefault(key or task_key({"title": title, "text": text}), (tid, title, deadline))
            seen = set()
            for t in tasks:
                k = task_key(t)
                if k in old and k not in seen:
                    seen.add(k)
                    tid, title, deadline = old[k]
                    edited = edited_fields(ledger, tid)
                    what = [FIELD_ZH.get(f, f) for f in sorted(edited)]
                    if db.execute("SELECT 1 FROM extensions WHERE task_id=? AND reason<>? LIMIT 1",
                                  [tid, MOVED_REASON]).fetchone():
                        edited.add("deadline")  # a 延期 decided by the office stands too
                        what.append("延期")
                    if what:
                        diff.kept.append((tid, title, what))
                    if (t.get("deadline") or None) != deadline and not (edited & _SCHEDULE_FIELDS):
                        diff.moved.append((tid, t.get("title") or "", deadline, t.get("deadline")))
                    else:
                        diff.unchanged.append(tid)
                else:
                    diff.added.append(t)
            diff.removed = [(tid, title) for k, (tid, title, _) in old.items() if k not in seen]
        result.documents.append(diff)
    return result


def _stamp(now: str) -> datetime:
    try:
        return datetime.fromisoformat(now)
    except (TypeError, ValueError):
        return datetime.now()


def import_contract(ledger, contract: dict, *, source_name: str | None = None, sha256: str | None = None,
                    as_of: date, now: str, by: str = "", review_checks=()) -> ImportResult:
    """Store ``contract`` in one transaction; returns what changed. The day's first import
    into a non-empty ledger takes a backup copy first. ``review_checks`` are the review
    notes (``tracker.review.ReviewNote``) the clerk marked 已核对, remembered in the same
    transaction (``tracker/ledger/review_checks.py``).

    The plan (duplicate check, re-issue diff) is made again inside the write
    transaction: two programs importing one file at once then store it once.
    """
    first = plan_import(ledger, contract, source_name=source_name, sha256=sha256)
    if first.duplicate or not first.documents:
        return first
    if ledger.tasks.count():
        # One copy a day, not one per document: the import is one transaction already,
        # and copying a big ledger for every document made building one quadratic.
        ledger.backup_before("import", once_a_day=True, now=_stamp(now))
    groups = {id(d): d for d, _ in _group(contract, source_name)}
    docs = list(groups.values())
    db = ledger.db
    with ledger.transaction():
        # BEGIN IMMEDIATE holds the write lock: what another program stored meanwhile is
        # seen here, and nothing can be stored between this look and the writes below.
        result = plan_import(ledger, contract, source_name=source_name, sha256=sha256)
        if result.duplicate or not result.documents:
            return result
        for doc, diff in zip(docs, result.documents):
            row = {"doc_no": doc.get("doc_no"), "title": doc.get("title") or source_name or "未命名文件",
                   "issuer": doc.get("issuer"), "issued": doc.get("issued"), "source_name": source_name,
                   "source_sha256": sha256, "imported_at": now}
            if diff.existing_id is None:
                doc_id = db["documents"].insert(row).last_pk
                seq0 = 0
            else:
                doc_id = diff.existing_id
                db["documents"].update(doc_id, row)
                seq0 = db.execute("SELECT COALESCE(MAX(seq), 0) FROM tasks WHERE document_id=?",
                                  [doc_id]).fetchone()[0]
            result.changes.documents.add(doc_id)
            for i, t in enumerate(diff.added, seq0 + 1):
                result.changes.tasks.add(ledger.tasks.insert(doc_id, t, seq=i, as_of=as_of, now=now))
            for tid, _title in diff.removed:
                result.changes.merge(ledger.tasks.terminate(tid, REMOVED_REASON, by=by, now=now))
            for tid, _title, _old, new in diff.moved:
                if new:
                    result.changes.merge(ledger.tasks.extend(tid, date.fromisoformat(new), MOVED_REASON,
                                                             by=by, now=now))
        if review_checks:
            ledger.review_checks.mark(review_checks, True, sha256=sha256, at=now, by=by)
    result.changes.message = result.summary()
    return result
