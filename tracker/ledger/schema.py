"""The ledger's schema as sqlite-utils migrations, and the rules around applying them.

A file written by a newer program (it has migrations this one does not know) is refused
rather than guessed at; a copy of the file is taken before any migration touches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.errors import LedgerError

if TYPE_CHECKING:  # only for annotations: a current ledger opens without importing sqlite-utils
    from sqlite_utils import Database

MIGRATION_SET = "duban-ledger"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations
_KNOWN: list = []


def _migration(fn):
    """Register ``fn`` as the next migration (sqlite-utils ``Migrations`` is built from
    these only when one has to be applied, so opening a current ledger never imports it)."""
    _KNOWN.append(fn)
    return fn


@_migration
def m001_initial(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": int, "doc_no": str, "title": str, "issuer": str, "issued": str,
            "source_name": str, "source_sha256": str, "imported_at": str,
        },
        pk="id",
    )
    db["units"].create({"id": int, "name": str, "kind": str}, pk="id", not_null={"name", "kind"})
    db["unit_aliases"].create(
        {"alias": str, "unit_id": int}, pk="alias", foreign_keys=[("unit_id", "units", "id")]
    )
    db["unit_members"].create(
        {"collective_id": int, "member_id": int},
        pk=("collective_id", "member_id"),
        foreign_keys=[("collective_id", "units", "id"), ("member_id", "units", "id")],
    )
    db["tasks"].create(
        {
            "id": int, "document_id": int, "seq": int, "section": str, "number": str,
            "title": str, "text": str, "kind": str,
            "deadline": str, "original_deadline": str, "deadline_text": str,
            "recurrence": str, "horizon": str,
            "state": str, "state_reason": str, "state_changed_at": str, "state_changed_by": str,
            "created_at": str, "updated_at": str, "version": int,
            # Summary of the task's cells, kept in step with every change so that
            # listing 100,000 tasks is one indexed scan, not a join over the events.
            "next_due": str, "cells_total": int, "cells_done": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        defaults={"state": "active", "version": 1, "cells_total": 0, "cells_done": 0},
    )
    db["assignments"].create(
        {"task_id": int, "unit_id": int, "role": str, "seq": int},
        pk=("task_id", "unit_id"),
        foreign_keys=[("task_id", "tasks", "id"), ("unit_id", "units", "id")],
    )
    db["milestones"].create(
        {"id": int, "task_id": int, "seq": int, "due": str, "label": str, "is_final": int},
        pk="id",
        foreign_keys=[("task_id", "tasks", "id")],
    )
    db["progress_events"].create(
        {
            "id": int, "task_id": int, "unit_id": int, "milestone_id": int,
            "done": int, "at": str, "by": str, "note": str,
        },
        pk="id",
        foreign_keys=[("task_id", "tasks", "id"), ("milestone_id", "milestones", "id")],
    )
    # The current state of each (task, unit, milestone) cell: derived from the events
    # (rebuild_cells() recomputes it), stored so that reads never replay history.
    db["cells"].create(
        {
            "task_id": int, "unit_id": int, "milestone_id": int, "due": str,
            "done": int, "done_at": str, "done_by": str,
        },
        pk=("task_id", "unit_id", "milestone_id"),
        foreign_keys=[("task_id", "tasks", "id"), ("milestone_id", "milestones", "id")],
        defaults={"done": 0},
    )
    db["extensions"].create(
        {
            "id": int, "task_id": int, "old_deadline": str, "new_deadline": str,
            "reason": str, "by": str, "at": str,
        },
        pk="id",
        foreign_keys=[("task_id", "tasks", "id")],
    )
    db["tasks"].create_index(["document_id", "seq"])
    db["tasks"].create_index(["state", "next_due"])
    db["assignments"].create_index(["unit_id"])
    db["milestones"].create_index(["task_id", "seq"])
    db["progress_events"].create_index(["task_id", "id"])
    db["progress_events"].create_index(["at"])
    db["extensions"].create_index(["task_id"])
    db["extensions"].create_index(["at"])
    db["documents"].create_index(["doc_no"])
    db["documents"].create_index(["source_sha256"])
    db["unit_members"].create_index(["member_id"])


@_migration
def m002_task_history_dated_ticks(db: Database) -> None:
    """Manual edits and tasks added by hand (with their source), and ticks with a real date.

    ``task_events`` records every change of a task's fields (old and new value as text);
    ``done_on`` is the completion date a unit gives, which may be earlier than the day the
    tick was entered (``at``); ``kind`` tells done/undone ticks from progress notes.
    """
    from tracker.ledger.importer import task_key

    tasks = db["tasks"]
    for col in ("origin", "source_kind", "source_date", "source_ref", "case_no", "leader", "import_key"):
        tasks.add_column(col, str)
    for tid, title, text in db.execute("SELECT id, title, text FROM tasks").fetchall():
        db.execute("UPDATE tasks SET import_key=? WHERE id=?", [task_key({"title": title, "text": text}), tid])
    db["task_events"].create(
        {"id": int, "task_id": int, "field": str, "old": str, "new": str, "at": str, "by": str, "note": str},
        pk="id", foreign_keys=[("task_id", "tasks", "id")],
    )
    db["task_events"].create_index(["task_id", "id"])
    db["task_events"].create_index(["at"])
    db["progress_events"].add_column("done_on", str)
    db["progress_events"].add_column("kind", str)
    db["cells"].add_column("done_on", str)
    db.execute("UPDATE progress_events SET kind=CASE done WHEN 1 THEN 'done' ELSE 'undone' END, "
               "done_on=CASE done WHEN 1 THEN substr(at, 1, 10) END")
    db.execute("UPDATE cells SET done_on=substr(done_at, 1, 10) WHERE done=1")


@_migration
def m003_attachments(db: Database) -> None:
    """佐证材料: files attached to a unit's feedback on a task, stored beside the ledger."""
    db["attachments"].create(
        {
            "id": int, "task_id": int, "unit_id": int, "milestone_id": int, "name": str, "stored": str,
            "sha256": str, "size": int, "added_at": str, "added_by": str, "note": str,
        },
        pk="id", foreign_keys=[("task_id", "tasks", "id"), ("milestone_id", "milestones", "id")],
    )
    db["attachments"].create_index(["task_id", "id"])
    db["attachments"].create_index(["sha256"])


@_migration
def m004_feedback_sheets(db: Database) -> None:
    """反馈表: the sheets sent to units and the filled sheets read back (never applied twice).

    ``meta.ledger_id`` is a random id of this ledger, part of each row key's checksum so a
    sheet from another ledger is recognised.
    """
    import uuid

    db["meta"].insert({"key": "ledger_id", "value": uuid.uuid4().hex}, replace=True)
    db["feedback_sheets"].create(
        {"id": str, "unit_id": int, "as_of": str, "rows": int, "exported_at": str, "exported_by": str,
         "file_name": str},
        pk="id",
    )
    db["feedback_imports"].create(
        {"id": int, "sheet_id": str, "sha256": str, "file_name": str, "imported_at": str, "imported_by": str,
         "applied": int, "refused": int},
        pk="id",
    )
    db["feedback_imports"].create_index(["sha256"])
    db["feedback_imports"].create_index(["sheet_id"])


@_migration
def m005_cells_done_on_index(db) -> None:
    """Finding the cells completed after a past as-of date (reports of past weeks) by index."""
    db["cells"].create_index(["done_on"])


@_migration
def m006_scale_indexes(db: Database) -> None:
    """The recurring-task check behind every list, report and app load reads only the
    recurring tasks (a partial index: no entry for the rest)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_tasks_horizon ON tasks(horizon) WHERE horizon IS NOT NULL")


@_migration
def m007_task_marks(db: Database) -> None:
    """Each task's unit marks stored with its summary (``marks.MARKS_SQL``), so a list
    of a million tasks reads one column instead of joining units and cells per task."""
    from tracker.ledger.marks import MARKS_SQL

    db.execute("ALTER TABLE tasks ADD COLUMN marks TEXT")
    db.execute(f"UPDATE tasks AS t SET marks={MARKS_SQL}")


@_migration
def m008_unit_tasks_index(db: Database) -> None:
    """A unit's tasks read from the index alone (the app's unit filter at a million
    tasks: about half the time of a lookup of each assignment row); it replaces the
    index on the unit alone."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_assignments_unit_task ON assignments(unit_id, task_id)")
    db.execute("DROP INDEX IF EXISTS idx_assignments_unit_id")


@_migration
def m009_review_checks(db: Database) -> None:
    """Review notes the clerk marked 已核对 (``tracker/ledger/review_checks.py``), found again
    by the imported file's SHA-256 or by the document's 文号, the note's code and subject."""
    db["review_checks"].create(
        {"sha256": str, "doc_no": str, "code": str, "subject": str, "checked_at": str, "checked_by": str},
        pk=("sha256", "doc_no", "code", "subject"),
        not_null={"sha256", "doc_no", "code", "subject"},
        defaults={"sha256": "", "doc_no": ""},
    )
    db["review_checks"].create_index(["doc_no"])


def _applied(db) -> set[str]:
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [MIGRATIONS_TABLE]).fetchone():
        return set()
    return {r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set=?",
                                     [MIGRATION_SET])}


def check_version(db) -> list[str]:
    """Names of pending migrations; raises LedgerError for a file from a newer program."""
    applied = _applied(db)
    unknown = applied - {fn.__name__ for fn in _KNOWN}
    if unknown:
        raise LedgerError(
            "该台账文件由更新版本的程序创建（含未知的结构版本："
            + "、".join(sorted(unknown))
            + "），本程序无法安全打开。请升级程序后再打开；文件未作任何改动。"
        )
    return [fn.__name__ for fn in _KNOWN if fn.__name__ not in applied]


def migrations():
    """The sqlite-utils ``Migrations`` set of this schema."""
    from sqlite_utils import Migrations

    out = Migrations(MIGRATION_SET)
    for fn in _KNOWN:
        out()(fn)
    return out


def apply(db) -> None:
    """Apply pending migrations, each in its own transaction."""
    migrations().apply(getattr(db, "utils", db))
