"""``ledger.attachments``: 佐证材料, files a unit sends with its feedback on a task.

Each file is copied into a folder beside the ledger (``<ledger stem>-佐证材料/``), under a
sub-folder named by the start of its SHA-256 so that the clerk's file name is kept and
the same content is stored once; the ledger records the task, unit, optional milestone,
original name, hash, size, who and when. The ledger file itself is never opened here
(only SQLite touches it). Backups take a copy of each file by hash
(``backups/attachments/<sha256>``, see ``backup_files``/``restore_files``).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import InputError, LedgerError, NotFoundError
from tracker.ledger.changes import Changes
from tracker.ledger.file_checks import is_ledger_file

MAX_BYTES = 512 * 1024 * 1024
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
BACKUP_SUBDIR = "attachments"


def files_dir(ledger_path: Path) -> Path:
    """The folder beside a ledger file that holds its attachments."""
    ledger_path = Path(ledger_path)
    return ledger_path.parent / f"{ledger_path.stem}-佐证材料"


def safe_name(name: str) -> str:
    """A file name safe on Windows and Linux, keeping the extension, at most 120 characters."""
    name = _UNSAFE.sub("_", Path(name).name).strip(" .") or "附件"
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    stem = stem[:120 - len(ext) - 1] if ext else name[:120]
    return f"{stem}.{ext}" if ext else stem


@dataclass
class Attachment:
    """One attached file as listed."""

    id: int
    task_id: int
    unit_id: int
    unit: str
    milestone_id: int | None
    name: str
    stored: str  # path relative to the attachments folder
    sha256: str
    size: int
    added_at: str
    added_by: str | None
    note: str | None
    path: Path | None = None  # absolute path of the stored copy (None in a memory ledger)

    @property
    def exists(self) -> bool:
        """Whether the stored copy is still there."""
        return self.path is not None and self.path.is_file()


def _copy_hashed(source: Path, folder: Path) -> tuple[str, int, Path]:
    """Copy ``source`` into ``folder`` as a temporary file while hashing it."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".incoming-{os.getpid()}-{id(source)}"
    digest = hashlib.sha256()
    size = 0
    try:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InputError(f"文件太大（超过 {MAX_BYTES // (1024 * 1024)} MB），未附上：{source.name}")
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"无法读取或复制文件：{source}（{exc.strerror}）") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size, tmp


class AttachmentsPart:
    """Attaching, listing and opening 佐证材料."""

    def __init__(self, ledger):
        self._ledger = ledger

    @property
    def folder(self) -> Path | None:
        """Where this ledger's attachments are stored (None for a memory ledger)."""
        return files_dir(self._ledger.path) if self._ledger.path else None

    def add(self, task_id: int, unit: int | str | None, source: str | Path, *, milestone: int | None = None,
            note: str = "", by: str = "", now: str) -> Changes:
        """Attach the file ``source`` to ``unit``'s feedback on a task (optionally a milestone).

        The file is copied and hashed (SHA-256); the same content attached twice to the
        same task and unit is recorded once. Raises InputError (exit 3) for a missing,
        unreadable or too large file, NotFoundError (exit 5) for an unknown task, unit or
        milestone, LedgerError for a memory ledger or the ledger file itself.
        """
        if self.folder is None:
            raise LedgerError("内存中的台账没有文件夹，不能保存佐证材料。")
        source = Path(source)
        if not source.is_file():
            raise InputError(f"找不到文件：{source}")
        if is_ledger_file(source, self._ledger.path) or source.resolve().is_relative_to(self.folder.resolve()):
            raise InputError("不能把台账文件本身或已保存的佐证材料作为附件。")
        db = self._ledger.db
        if db.execute("SELECT 1 FROM tasks WHERE id=?", [task_id]).fetchone() is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        uid = self._ledger.progress._unit_id(task_id, unit)
        mid = self._ledger.progress._milestone_id(task_id, uid, milestone, True, None, False) \
            if milestone is not None else None
        sha, size, tmp = _copy_hashed(source, self.folder)
        name = safe_name(source.name)
        stored = f"{sha[:16]}/{name}"
        target = self.folder / stored
        created = False
        try:
            dup = db.execute("SELECT id FROM attachments WHERE task_id=? AND unit_id=? AND sha256=?",
                             [task_id, uid, sha]).fetchone()
            if dup:
                return Changes(message=f"该文件已作为佐证材料附上（编号 {dup[0]}），未重复保存。")
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
                created = True
            with self._ledger.transaction():
                aid = db["attachments"].insert({
                    "task_id": task_id, "unit_id": uid, "milestone_id": mid, "name": source.name,
                    "stored": stored, "sha256": sha, "size": size, "added_at": now, "added_by": by or None,
                    "note": note or None}).last_pk
        except BaseException:
            if created:
                target.unlink(missing_ok=True)
            raise
        finally:
            tmp.unlink(missing_ok=True)
        unit_name = self._ledger.progress._unit_name(uid)
        return Changes(tasks={task_id}, units={uid},
                       message=f"已附上佐证材料（编号 {aid}）：{unit_name} · {source.name}，{_size_text(size)}")

    def list(self, task_id: int) -> list[Attachment]:
        """The task's attachments, oldest first, with the absolute path of each copy."""
        from tracker.ledger.progress import NO_UNIT_NAME

        if self._ledger.db.execute("SELECT 1 FROM tasks WHERE id=?", [task_id]).fetchone() is None:
            raise NotFoundError(f"没有这项任务：{task_id}")
        rows = self._ledger.db.execute(
            "SELECT a.id, a.task_id, a.unit_id, COALESCE(u.name, ?), a.milestone_id, a.name, a.stored, a.sha256, "
            "a.size, a.added_at, a.added_by, a.note FROM attachments a LEFT JOIN units u ON u.id=a.unit_id "
            "WHERE a.task_id=? ORDER BY a.id", [NO_UNIT_NAME, task_id])
        folder = self.folder
        return [Attachment(*r, path=folder / r[6] if folder else None) for r in rows]

    def get(self, attachment_id: int) -> Attachment:
        """One attachment by its number; raises NotFoundError."""
        row = self._ledger.db.execute("SELECT task_id FROM attachments WHERE id=?", [attachment_id]).fetchone()
        if row is None:
            raise NotFoundError(f"没有编号为 {attachment_id} 的佐证材料。")
        return next(a for a in self.list(row[0]) if a.id == attachment_id)

    def verify(self, attachment_id: int) -> bool:
        """True when the stored copy exists and still has its recorded SHA-256."""
        import hashlib

        a = self.get(attachment_id)
        if not a.exists:
            return False
        digest = hashlib.sha256()
        with open(a.path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == a.sha256


def open_with_system_viewer(path: Path) -> None:
    """Open a file with the program the desktop associates with it (no waiting)."""
    import subprocess

    path = Path(path)
    if not path.is_file():
        raise InputError(f"佐证材料文件不见了：{path}")
    try:
        if sys.platform.startswith("win"):
            os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
        elif sys.platform == "darwin":
            subprocess.Popen(["open", str(path)])
        else:
            subprocess.Popen(["xdg-open", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise InputError(f"无法打开文件：{path}（{exc.strerror}）") from None


def _size_text(size: int) -> str:
    return f"{size} 字节" if size < 1024 else f"{size / 1024:.1f} KB" if size < 1024 * 1024 \
        else f"{size / 1024 / 1024:.1f} MB"


def _stored_rows(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    try:
        return conn.execute("SELECT DISTINCT stored, sha256 FROM attachments").fetchall()
    except sqlite3.OperationalError:  # a ledger from before attachments existed
        return []


def backup_files(conn: sqlite3.Connection, ledger_path: Path, backup_file: Path) -> int:
    """Copy every attachment of the ledger into ``attachments/`` beside ``backup_file``,
    named by SHA-256 (a file already there is not copied again); returns how many were
    copied. A stored file that has gone missing is skipped (``attachments`` lists it)."""
    src_dir = files_dir(ledger_path)
    dst_dir = Path(backup_file).parent / BACKUP_SUBDIR
    copied = 0
    for stored, sha in _stored_rows(conn):
        target = dst_dir / sha
        source = src_dir / stored
        if target.exists() or not source.is_file():
            continue
        dst_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        try:
            with open(source, "rb") as fi, open(tmp, "wb") as fo:
                while chunk := fi.read(_CHUNK):
                    fo.write(chunk)
            os.replace(tmp, target)
            copied += 1
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise LedgerError(f"无法备份佐证材料 {source.name}（{exc.strerror}）。台账本身未受影响。") from None
    return copied


def restore_files(backup_file: Path, ledger_path: Path) -> int:
    """After a restore: bring back attachments the restored ledger lists but the folder
    lacks, from ``attachments/`` beside ``backup_file``; returns how many."""
    backup_file = Path(backup_file)
    conn = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = _stored_rows(conn)
    finally:
        conn.close()
    src_dir = backup_file.parent / BACKUP_SUBDIR
    dst_dir = files_dir(ledger_path)
    restored = 0
    for stored, sha in rows:
        target, source = dst_dir / stored, src_dir / sha
        if target.exists() or not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(source, "rb") as fi, open(target, "wb") as fo:
                while chunk := fi.read(_CHUNK):
                    fo.write(chunk)
            restored += 1
        except OSError as exc:
            raise LedgerError(f"台账已恢复，但无法恢复佐证材料 {target.name}（{exc.strerror}）。") from None
    return restored
