"""Read official documents and find every task with its units, deadline and milestones.

``extract_text(text)`` works on text already read; ``extract_path(path)`` reads a file
first (``tracker.extract.readers.read_path``: UTF-8/GB18030 text, .docx, text-layer PDF).
Neither raises on odd text: an input with no documents or no tasks gives an
``Extraction`` with a note in ``problems``. Only unreadable input raises
``tracker.errors.InputError`` (from the reader).
"""

from __future__ import annotations

from pathlib import Path

from tracker.extract.problems import Problem
from tracker.extract.model import (
    ExtractedDocument,
    ExtractedMilestone,
    ExtractedTask,
    ExtractedUnit,
    Extraction,
)

__all__ = [
    "extract_text", "extract_path", "Extraction", "ExtractedDocument", "ExtractedTask",
    "ExtractedUnit", "ExtractedMilestone", "Problem",
]


def extract_text(text: str, source_name: str | None = None) -> Extraction:
    """Documents and tasks found in ``text`` (plain text, a gazette, pasted text)."""
    from tracker.extract.documents import split_documents
    from tracker.extract.tasks import DocumentTasks

    result = Extraction(source_name=source_name)
    if not text or not text.strip():
        result.problems.append(Problem("empty_input"))
        return result
    problems = result.problems
    for block in split_documents(text, problems):
        doc = ExtractedDocument(block.doc_no, block.title, block.issuer, block.issued)
        # A task with nothing to call it by (a bare number, a note alone) says no duty.
        tasks = [t for t in DocumentTasks(block, problems).run() if t.title and t.title.strip()]
        if not tasks and not block.doc_no and not block.title:
            continue
        result.documents.append(doc)
        result.tasks.extend(tasks)
        label = block.doc_no or block.title or "（无文号）"
        if block.issued is None:
            problems.append(Problem("no_issue_date", {"doc": label}))
        for t in tasks:
            if not t.units:
                problems.append(Problem("task_without_unit", {"doc": label, "title": t.title[:20]}))
            if t.deadline is None and not t.deadline_text:
                problems.append(Problem("task_without_deadline", {"doc": label, "title": t.title[:20]}))
    if not result.documents:
        result.problems.append(Problem("no_documents"))
    elif not result.tasks:
        result.problems.append(Problem("no_tasks"))
    return result


def extract_path(path) -> Extraction:
    """Read the file at ``path`` and extract its documents and tasks."""
    path = Path(path)
    try:
        from tracker.extract.readers import read_path
    except ImportError:
        read_path = None
    if read_path is not None:
        text = read_path(path)
    else:
        from tracker.errors import InputError

        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"无法读取文件：{path}（{exc}）") from exc
    return extract_text(text, source_name=path.name)
