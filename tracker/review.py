"""Reviewing an extracted contract before it is stored: merging, renumbering, review notes.

These work on the contract dicts (``Extraction.to_contract(full=True)``) so that the
review dialog and any script share one rule and the rules are tested without Qt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from tracker.errors import InputError
from tracker.extract.problems import PER_TASK, problem_code, problem_message
from tracker.extract.units_text import ROLE_RANK


def merge_tasks(first: dict, second: dict) -> dict:
    """One task from two: titles and texts joined, units united, the earlier deadline kept.

    ``first`` gives the section, number and kind. A unit named in both keeps the
    stronger role (牵头 over 责任 over 配合). Milestones are united by due date and text.
    Raises InputError when the tasks come from different documents.
    """
    if (first.get("doc_no") or None) != (second.get("doc_no") or None):
        raise InputError("只能合并同一文件中的任务。")
    merged = dict(first)
    merged["title"] = _join(first.get("title"), second.get("title"), "；")
    merged["text"] = _join(first.get("text"), second.get("text"), "\n")
    merged["units"] = unite_units(first.get("units") or [], second.get("units") or [])
    merged.update(_earlier_deadline(first, second))
    miles, seen = [], set()
    for m in list(first.get("milestones") or []) + list(second.get("milestones") or []):
        key = (m.get("due"), m.get("text"))
        if key not in seen:
            seen.add(key)
            miles.append(dict(m))
    merged["milestones"] = sorted(miles, key=lambda m: m.get("due") or "9999")
    return merged


def _join(a: str | None, b: str | None, sep: str) -> str:
    a, b = (a or "").strip(), (b or "").strip()
    if not a or a == b:
        return b
    return f"{a}{sep}{b}" if b else a


def unite_units(a: list[dict], b: list[dict]) -> list[dict]:
    """Units of ``a`` then the new ones of ``b``; a unit in both keeps its stronger role."""
    out: list[dict] = []
    index: dict[str, dict] = {}
    for u in list(a) + list(b):
        name = (u.get("name") or "").strip()
        role = u.get("role") or "responsible"
        if not name:
            continue
        if name in index:
            if ROLE_RANK.get(role, 1) < ROLE_RANK.get(index[name]["role"], 1):
                index[name]["role"] = role
            continue
        index[name] = {"name": name, "role": role}
        out.append(index[name])
    return out


def _earlier_deadline(a: dict, b: dict) -> dict:
    """deadline, its phrase and its recurrence from whichever task is due first."""
    keys = ("deadline", "deadline_text", "recurrence")
    if a.get("deadline") and b.get("deadline"):
        src = a if a["deadline"] <= b["deadline"] else b
    elif a.get("deadline") or b.get("deadline"):
        src = a if a.get("deadline") else b
    else:
        src = a if (a.get("deadline_text") or a.get("recurrence")) else b
    return {k: src.get(k) for k in keys}


def merge_rows(tasks: list[dict], i: int, j: int) -> list[dict]:
    """A new task list with rows ``i`` and ``j`` merged into the place of the earlier one."""
    if i == j:
        raise InputError("请选择两个不同的任务进行合并。")
    lo, hi = sorted((i, j))
    merged = merge_tasks(tasks[lo], tasks[hi])
    return [merged if k == lo else t for k, t in enumerate(tasks) if k != hi]


def rename_unit(tasks: list[dict], old: str, new: str) -> list[int]:
    """Write unit ``old`` as ``new`` in every task (a task naming both keeps one, with the
    stronger role); returns the rows changed."""
    old, new = (old or "").strip(), (new or "").strip()
    if not old or not new:
        raise InputError("单位名称不能为空。")
    rows = []
    for i, t in enumerate(tasks):
        units = t.get("units") or []
        if any((u.get("name") or "").strip() == old for u in units):
            renamed = [dict(u, name=new) if (u.get("name") or "").strip() == old else u for u in units]
            t["units"] = unite_units(renamed, [])
            rows.append(i)
    return rows


def rename_doc_no(contract: dict, old: str | None, new: str | None) -> None:
    """Change a document's 文号 in place, and the 文号 of the tasks that belong to it."""
    new = (new or "").strip() or None
    doc_rows, task_rows = doc_no_holders(contract, old)
    for r in doc_rows:
        contract["documents"][r]["doc_no"] = new
    for r in task_rows:
        contract["tasks"][r]["doc_no"] = new


def doc_no_holders(contract: dict, doc_no: str | None) -> tuple[list[int], list[int]]:
    """The rows of the documents and of the tasks whose 文号 is ``doc_no``."""
    def rows(items):
        return [i for i, x in enumerate(items or []) if (x.get("doc_no") or None) == doc_no]
    return rows(contract.get("documents")), rows(contract.get("tasks"))


def task_notes(task: dict) -> list[str]:
    """What a clerk should look at in one task before saving (in Chinese, empty if nothing)."""
    return [text for _code, text in task_notes_coded(task)]


def task_notes_coded(task: dict) -> list[tuple[str, str]]:
    """``task_notes`` with each note's problem code."""
    notes = []
    if not task.get("units"):
        notes.append(("task_without_unit", "未找到责任单位"))
    if not task.get("deadline") and not task.get("recurrence"):
        notes.append(("task_without_deadline", "未找到完成时限" if not task.get("deadline_text")
                      else f"完成时限为“{task['deadline_text']}”，没有具体日期"))
    return notes


@dataclass(frozen=True)
class ReviewNote:
    """One thing to check before saving, identified without its row number.

    ``row`` is the task row it is about (None for a note about the whole input); ``code``
    is the problem code (``task_without_unit``/``task_without_deadline`` for the per-row
    notes); ``subject`` hashes what the note is about (the task's source text, which title
    edits leave alone, or the message of a document-wide problem). ``key`` (document,
    code, subject) is how a note marked 已核对 is found again in a later review.
    """

    row: int | None
    text: str
    code: str
    doc_no: str | None
    subject: str

    @property
    def key(self) -> tuple[str, str, str]:
        """(文号 or "", code, subject): the note's identity across reviews."""
        return (self.doc_no or "", self.code, self.subject)


def subject_hash(text: str | None) -> str:
    """A short, stable hash of a text, blind to width forms and whitespace."""
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


def review_notes(contract: dict) -> list[ReviewNote]:
    """Everything to check before saving: the extractor's problems (row None) and, per task
    row, missing units or deadlines (the extractor's notes saying the same are left out)."""
    # The extractor's notes about one task's missing unit or deadline are restated per
    # row below (and stay current as rows are edited), so they are left out here.
    out: list[ReviewNote] = []
    for p in contract.get("problems") or []:
        code = problem_code(p)
        if code in PER_TASK:
            continue
        message = problem_message(p)
        out.append(ReviewNote(None, message, code or "note", _problem_doc_no(contract, p), subject_hash(message)))
    for i, t in enumerate(contract.get("tasks") or []):
        subject = subject_hash(t.get("text") or t.get("title"))
        for code, note in task_notes_coded(t):
            out.append(ReviewNote(i, f"第{i + 1}项“{_short(t.get('title'))}”：{note}", code,
                                  t.get("doc_no") or None, subject))
    return out


def _problem_doc_no(contract: dict, problem) -> str | None:
    """The 文号 of the document a problem names (by 文号 or title), or of the only document."""
    docs = contract.get("documents") or []
    named = (problem.get("args") or {}).get("doc") if isinstance(problem, dict) else None
    for d in docs:
        if named and named in (d.get("doc_no"), d.get("title")):
            return d.get("doc_no") or None
    return (docs[0].get("doc_no") or None) if len(docs) == 1 else None


def _short(text: str | None, width: int = 18) -> str:
    text = (text or "").strip()
    return text if len(text) <= width else text[:width] + "…"


def describe_plan(result) -> str:
    """What saving would change for documents already in the ledger, in Chinese lines
    (``result``: the ``ImportResult`` of ``plan_import``)."""
    lines = []
    for d in result.documents:
        if d.existing_id is None:
            continue
        name = d.doc_no or d.title
        if not (d.added or d.removed or d.moved):
            lines.append(f"{name} 已在台账中，任务没有变化（{len(d.unchanged)} 项）。")
            continue
        lines.append(f"{name} 已在台账中，本次为重新印发：")
        if d.added:
            lines.append(f"  新增 {len(d.added)} 项：" + "；".join(_short(t.get("title"), 20) for t in d.added))
        if d.removed:
            lines.append(f"  新文件中已无 {len(d.removed)} 项（保存后将终止）：" +
                         "；".join(_short(title, 20) for _, title in d.removed))
        for _tid, title, old, new in d.moved:
            lines.append(f"  调整时限：{_short(title, 20)}：{old or '无'} → {new or '无'}")
        lines.append(f"  未变 {len(d.unchanged)} 项（已有进度保留）。")
    return "\n".join(lines)
