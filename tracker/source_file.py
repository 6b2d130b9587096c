"""A document file handed in for import: refused when it is the ledger, else hashed.

The ledger file (and its -wal/-shm/-journal) is touched only through SQLite: reading it
with ``open()`` in a process that has it open would close a descriptor of it and drop
that process's POSIX locks. So the check comes first and uses ``stat`` alone; only a
file that is not the ledger is ever opened.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.errors import InputError

_CHUNK = 1 << 20


def refuse_ledger_as_source(path: str | Path, ledger_path: str | Path | None) -> None:
    """InputError when ``path`` is the ledger at ``ledger_path`` or one of its side files,
    under any spelling of the path (relative, ``..``, a symlink, a hard link)."""
    from tracker.ledger import is_ledger_file

    path = Path(path)
    if is_ledger_file(path, ledger_path):
        raise InputError(f"这是正在使用的台账文件本身，不是公文：{path.name}。请选择要导入的公文文件。")


def source_sha256(path: str | Path, ledger_path: str | Path | None) -> str:
    """The SHA-256 (hex) of the document file at ``path``, read in chunks; refuses the
    ledger before anything is opened, InputError when the file cannot be read."""
    path = Path(path)
    refuse_ledger_as_source(path, ledger_path)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise InputError(f"无法读取文件：{path.name}（{exc.strerror or exc}）") from None
    return digest.hexdigest()


def text_sha256(text: str) -> str:
    """The SHA-256 (hex) of pasted text, as UTF-8: the same text is found again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
