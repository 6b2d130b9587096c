"""Writing an output file (report, export) so that a failure leaves nothing half-written.

The file is written under a temporary name in the same folder and renamed over the
target only once it is complete: a full disk or a crash leaves the old file (or none),
never a truncated one, and the temporary file is removed.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from tracker.errors import OutputError, UsageError


def refuse_ledger_as_output(target: Path, ledger_path: Path | None) -> None:
    """UsageError when ``target`` is the ledger file (or its -wal/-shm): writing there would
    destroy it, and even opening it would drop the locks of this process's connection."""
    from tracker.ledger import is_ledger_file

    if is_ledger_file(target, ledger_path):
        raise UsageError(f"输出文件不能是台账文件本身：{target}。请另选一个文件名。")


@contextmanager
def atomic_output(target: str | Path):
    """Yield a temporary path beside ``target``; rename it over ``target`` when the block
    ends normally, remove it otherwise. OutputError (exit 7) when it cannot be made."""
    target = Path(target)
    if target.is_dir():
        raise OutputError(f"这是一个文件夹，不能作为输出文件：{target}")
    import secrets  # (hashlib, random: not for every command that only imports this module)

    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        # Created as any new file would be (mode 0666 less the umask), not mkstemp's 0600.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise OutputError(f"无法写入文件：{target}（{exc.strerror}）") from None
    try:
        yield tmp
        if tmp.stat().st_size == 0:
            raise OutputError(f"无法写入文件：{target}（写出的内容为空，磁盘可能已满）。")
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"无法写入文件：{target}（{exc.strerror}）。未留下不完整的文件。") from None
    finally:
        tmp.unlink(missing_ok=True)


# Text a spreadsheet program would run as a formula (=HYPERLINK(…), =cmd|…) when it starts so.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """``value`` for a CSV field: text starting like a formula gets a leading ``'`` so that
    Excel and WPS show it as text (as the xlsx export stores such text as text); numbers
    are left as they are (a negative number of days is a number, never a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
