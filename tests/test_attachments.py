"""佐证材料: copied beside the ledger, hashed, listed, in the history and in backups."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ledger_helpers import import_tasks, task
from tracker import backup, backup_restore
from tracker.errors import InputError, LedgerError, NotFoundError
from tracker.ledger import Ledger
from tracker.ledger.attachments import files_dir, safe_name

NOW = "2018-12-10T10:00:00"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tid(ledger):
    import_tasks(ledger, task("推进科技园区建设", units=(("市科技局", "lead"), ("市财政局", "support"))))
    return ledger.tasks.ids()[0]


def test_attach_copies_hashes_lists_and_dedupes(ledger, tid, tmp_path):
    src = tmp_path / "办理情况报告.pdf"
    src.write_bytes(b"%PDF-1.4 report" * 100)
    ch = ledger.attachments.add(tid, "市科技局", src, note="12月报告", by="甲", now=NOW)
    assert ch.tasks == {tid} and "办理情况报告.pdf" in ch.message
    (a,) = ledger.attachments.list(tid)
    assert a.unit == "市科技局" and a.name == "办理情况报告.pdf" and a.size == 1500
    assert a.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert a.path.parent.parent == files_dir(ledger.path) and a.path.read_bytes() == src.read_bytes()
    assert ledger.attachments.verify(a.id)
    src.unlink()  # the copy does not depend on the original
    assert a.exists
    again = tmp_path / "copy.pdf"
    again.write_bytes(b"%PDF-1.4 report" * 100)
    assert not ledger.attachments.add(tid, "市科技局", again, by="甲", now=NOW)  # same content, same unit
    ledger.attachments.add(tid, "市财政局", again, by="乙", now=NOW)
    assert len(ledger.attachments.list(tid)) == 2
    entry = ledger.history.of_task(tid)[0]
    assert entry.kind == "attachment" and "copy.pdf" in entry.text


def test_attach_refuses_bad_input(ledger, tid, tmp_path, db_path):
    with pytest.raises(InputError, match="找不到"):
        ledger.attachments.add(tid, "市科技局", tmp_path / "none.pdf", by="甲", now=NOW)
    with pytest.raises(InputError, match="台账文件本身"):
        ledger.attachments.add(tid, "市科技局", db_path, by="甲", now=NOW)
    hard = tmp_path / "看似无关.pdf"   # another name for the same file (a hard link)
    os.link(db_path, hard)
    with pytest.raises(InputError, match="台账文件本身"):
        ledger.attachments.add(tid, "市科技局", hard, by="甲", now=NOW)
    f = tmp_path / "a.txt"
    f.write_text("x")
    with pytest.raises(NotFoundError):
        ledger.attachments.add(tid, "市司法局", f, by="甲", now=NOW)
    with pytest.raises(NotFoundError):
        ledger.attachments.add(999, "市科技局", f, by="甲", now=NOW)
    assert ledger.attachments.list(tid) == []
    assert not any(p.name.startswith(".incoming") for p in files_dir(db_path).rglob("*"))
    mem = Ledger.memory()
    with pytest.raises(LedgerError):
        mem.attachments.add(1, None, f, by="甲", now=NOW)


def test_safe_name():
    assert safe_name("../a/b:c?.docx") == "b_c_.docx"
    assert safe_name("...") == "附件"
    assert len(safe_name("长" * 300 + ".pdf")) == 120


def test_backup_and_restore_carry_attachments(ledger, tid, tmp_path, db_path):
    src = tmp_path / "证明.jpg"
    src.write_bytes(os.urandom(2048))
    ledger.attachments.add(tid, "市科技局", src, by="甲", now=NOW)
    (a,) = ledger.attachments.list(tid)
    saved = backup.backup_now(ledger)
    assert (saved.parent / "attachments" / a.sha256).read_bytes() == src.read_bytes()
    ledger.close()
    a.path.unlink()
    backup_restore.restore(db_path, saved)
    assert a.path.read_bytes() == src.read_bytes()


def test_cli_attach_and_list(tmp_path):
    import json

    from ledger_helpers import contract

    db = tmp_path / "l.sqlite3"
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8")

    c = tmp_path / "c.json"
    c.write_text(json.dumps(contract(task("推进科技园区建设")), ensure_ascii=False), encoding="utf-8")
    assert run("import-json", str(c)).returncode == 0
    f = tmp_path / "报告.docx"
    f.write_bytes(b"PK report")
    r = run("attach", "1", "--unit", "市科技局", str(f))
    assert r.returncode == 0 and "已附上佐证材料" in r.stdout, r.stderr
    out = run("attachments", "1").stdout
    assert "报告.docx" in out and hashlib.sha256(b"PK report").hexdigest() in out
    assert "佐证材料 1 个" in run("show", "1").stdout
    r = run("attach", "1", "--unit", "市科技局", str(tmp_path / "none.docx"))
    assert r.returncode == 3 and "找不到文件" in r.stderr
