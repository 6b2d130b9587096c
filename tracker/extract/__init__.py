"""Read official documents and find every task with its units, deadline and milestones.

``extract_text(text)`` works on text already read; ``extract_path(path)`` reads a file
first (``tracker.extract.readers.read_path``: UTF-8/GB18030 text, .docx, text-layer PDF).
Neither raises on odd text: an input with no documents or no tasks gives an
``Extraction`` with a note in ``problems``. Only unreadable input raises
``tracker.errors.InputError`` (from the reader).
"""

from __future__ import annotations

from pathlib import Path

from tracker.extract.model import (
    ExtractedDocument,
    ExtractedMilestone,
    ExtractedTask,
    ExtractedUnit,
    Extraction,
)

__all__ = [
    "extract_text", "extract_path", "Extraction", "ExtractedDocument", "ExtractedTask",
    "ExtractedUnit", "ExtractedMilestone",
]


def extract_text(text: str, source_name: str | None = None) -> Extraction:
    """Documents and tasks found in ``text`` (plain text, a gazette, pasted text)."""
    from tracker.extract.documents import split_documents
    from tracker.extract.tasks import DocumentTasks

    result = Extraction(source_name=source_name)
    if not text or not text.strip():
        result.problems.append("输入为空，没有可读取的公文内容。")
        return result
    problems = result.problems
    for block in split_documents(text, problems):
        doc = ExtractedDocument(block.doc_no, block.title, block.issuer, block.issued)
        tasks = DocumentTasks(block, problems).run()
        if not tasks and not block.doc_no and not block.title:
            continue
        result.documents.append(doc)
        result.tasks.extend(tasks)
        label = block.doc_no or block.title or "（无文号）"
        if block.issued is None:
            problems.append(f"{label}：未找到成文日期，无年份的期限按不确定处理。")
        for t in tasks:
            if not t.units:
                problems.append(f"{label}：任务“{t.title[:20]}”未写明责任单位。")
            if t.deadline is None and not t.deadline_text:
                problems.append(f"{label}：任务“{t.title[:20]}”没有完成时限。")
    if not result.documents:
        result.problems.append("未识别出公文（没有文号、标题或任务），请确认输入内容。")
    elif not result.tasks:
        result.problems.append("公文中未找到带责任单位或期限的任务。")
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
