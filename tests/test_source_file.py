"""A document handed in for import is refused, unopened, when it is the ledger itself or one
of its side files under any spelling (relative, ``..``, a symlink, a hard link); any other
file is hashed. The command line's ``import`` and ``import-json`` refuse it the same way."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import tracker.source_file as source_file
from ledger_helpers import import_tasks, task
from tracker.cli import main
from tracker.errors import InputError
from tracker.ledger import Ledger


@pytest.fixture
def opened(monkeypatch):
    """Every open() made by the hashing code, recorded before it happens."""
    calls = []
    real = open

    def recording_open(path, *args, **kwargs):
        calls.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(source_file, "open", recording_open, raising=False)
    return calls


@pytest.fixture
def live(db_path):
    """An open ledger in WAL mode with a committed write, so -wal and -shm exist."""
    with Ledger.open(db_path) as led:
        import_tasks(led, task("推进示例工作", deadline="2026-12-31", units=(("甲单位", "lead"),)))
        assert Path(f"{db_path}-wal").exists() and Path(f"{db_path}-shm").exists()
        yield db_path


def _spellings(db_path: Path, tmp_path: Path, suffix: str) -> list[Path]:
    target = Path(f"{db_path}{suffix}")
    link = tmp_path / f"别名{suffix or '.sqlite3'}"
    link.symlink_to(target)
    spellings = [target, link, db_path.parent / "x" / ".." / target.name]
    if target.exists():
        hard = tmp_path / f"硬链接{suffix or '.sqlite3'}"
        os.link(target, hard)
        spellings.append(hard)
    return spellings


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_ledger_and_its_side_files_are_refused_before_any_open(live, tmp_path, opened, suffix):
    (live.parent / "x").mkdir(exist_ok=True)
    for path in _spellings(live, tmp_path, suffix):
        with pytest.raises(InputError, match="台账文件本身"):
            source_file.source_sha256(path, live)
    assert opened == []


def test_a_relative_spelling_from_the_working_folder_is_refused(live, monkeypatch, opened):
    monkeypatch.chdir(live.parent)
    with pytest.raises(InputError, match="台账文件本身"):
        source_file.source_sha256(Path(live.name), live)
    with pytest.raises(InputError, match="台账文件本身"):   # the ledger given relative, the file absolute
        source_file.source_sha256(live, Path(live.name))
    assert opened == []


def test_another_file_is_hashed_and_an_unreadable_one_refused_in_chinese(live, tmp_path, opened):
    doc = tmp_path / "通知.txt"
    doc.write_bytes("各单位：请于2026年12月31日前报送。".encode("utf-8") * 100_000)
    assert source_file.source_sha256(doc, live) == hashlib.sha256(doc.read_bytes()).hexdigest()
    assert opened == [doc]
    with pytest.raises(InputError, match="无法读取文件：不存在.txt"):
        source_file.source_sha256(tmp_path / "不存在.txt", live)
    assert source_file.source_sha256(doc, None) == hashlib.sha256(doc.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", ["import", "import-json"])
@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_command_line_refuses_the_ledger_as_a_document(live, tmp_path, capsys, opened, command, suffix):
    link = tmp_path / "文件.docx"
    link.symlink_to(Path(f"{live}{suffix}"))
    before = Path(live).stat().st_size
    assert main(["--db", str(live), command, str(link)]) == 3
    err = capsys.readouterr().err
    assert "台账文件本身" in err and "Traceback" not in err
    assert opened == [] and Path(live).stat().st_size == before
