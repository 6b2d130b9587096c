"""A task as the ledger gives it to the views (``ledger.tasks.get``): its document, text,
deadline and state, the units named on it and its milestones."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Milestone:
    """One dated step of a task (the last one, ``is_final``, is its completion)."""

    id: int
    seq: int
    due: str | None
    label: str
    is_final: bool


@dataclass
class Assignment:
    """A unit named on a task in a role; a collective's member units in ``members``."""

    unit_id: int
    name: str
    role: str
    members: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Task:
    """A task with everything the detail view shows."""

    id: int
    document_id: int | None
    doc_no: str | None
    doc_title: str | None
    section: str | None
    number: str | None
    title: str
    text: str
    kind: str | None
    deadline: str | None
    original_deadline: str | None
    deadline_text: str | None
    recurrence: str | None
    state: str
    state_reason: str | None
    version: int
    assignments: list[Assignment]
    milestones: list[Milestone]
    extensions: list[dict]
    origin: str | None = None  # "manual" for a task added by hand, None when imported
    source_kind: str | None = None  # 文件 / 领导批示 / 会议 / 督办件 / 其他 (tasks added by hand)
    source_date: str | None = None
    source_ref: str | None = None  # the 文号 written for a task added by hand
    case_no: str | None = None  # 督办件编号
    leader: str | None = None  # 牵头领导
