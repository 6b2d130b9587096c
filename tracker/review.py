"""Reviewing an extracted contract before it is stored: merging, renumbering, review notes.

These work on the contract dicts (``Extraction.to_contract(full=True)``) so that the
review dialog and any script share one rule and the rules are tested without Qt.
"""

from __future__ import annotations

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
    for d in contract.get("documents") or []:
        if (d.get("doc_no") or None) == old:
            d["doc_no"] = new
    for t in contract.get("tasks") or []:
        if (t.get("doc_no") or None) == old:
            t["doc_no"] = new


def task_notes(task: dict) -> list[str]:
    """What a clerk should look at in one task before saving (in Chinese, empty if nothing)."""
    notes = []
    if not task.get("units"):
        notes.append("未找到责任单位")
    if not task.get("deadline") and not task.get("recurrence"):
        notes.append("未找到完成时限" if not task.get("deadline_text")
                     else f"完成时限为“{task['deadline_text']}”，没有具体日期")
    return notes


def review_notes(contract: dict) -> list[tuple[int | None, str]]:
    """Everything to check before saving: the extractor's problems (row None) and, per task
    row, missing units or deadlines (the extractor's notes saying the same are left out)."""
    # The extractor's notes about one task's missing unit or deadline are restated per
    # row below (and stay current as rows are edited), so they are left out here.
    out: list[tuple[int | None, str]] = [(None, problem_message(p)) for p in contract.get("problems") or []
                                         if problem_code(p) not in PER_TASK]
    for i, t in enumerate(contract.get("tasks") or []):
        for note in task_notes(t):
            out.append((i, f"第{i + 1}项“{_short(t.get('title'))}”：{note}"))
    return out


def _short(text: str | None, width: int = 18) -> str:
    text = (text or "").strip()
    return text if len(text) <= width else text[:width] + "…"
