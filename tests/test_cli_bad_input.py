"""``tracker import`` on bad input: a Chinese message, exit code 3, the ledger untouched."""

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _docx_without_tables(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("这是一份没有表格、也没有任何任务安排的普通文字材料。")
    doc.save(path)


def _truncated_docx(path: Path) -> None:
    buf = io.BytesIO()
    from docx import Document

    doc = Document()
    doc.add_paragraph("关于做好某项工作的通知")
    doc.save(buf)
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])


def _scanned_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(595, 842)
    with open(path, "wb") as fh:
        w.write(fh)


BAD = {
    "empty.txt": lambda p: p.write_bytes(b""),
    "binary.txt": lambda p: p.write_bytes(bytes(range(256)) * 64),
    "novel.txt": lambda p: p.write_text("春天来了，河边的柳树发了新芽，孩子们在田野里放风筝。\n" * 50, encoding="utf-8"),
    "plain.docx": _docx_without_tables,
    "broken.docx": _truncated_docx,
    "scanned.pdf": _scanned_pdf,
    "picture.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
}


@pytest.fixture(scope="module")
def ledger_with_a_task(tmp_path_factory):
    from ledger_helpers import import_tasks, task
    from tracker.ledger import Ledger

    path = tmp_path_factory.mktemp("bad") / "ledger.sqlite3"
    with Ledger.open(path) as led:
        import_tasks(led, task("已有任务"))
    return path


def _digest(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT COUNT(*) FROM tasks").fetchone(), conn.execute(
        "SELECT COUNT(*) FROM documents").fetchone(), conn.execute("SELECT COUNT(*) FROM progress_events").fetchone()
    conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gets_a_message_and_leaves_the_ledger(name, tmp_path, ledger_with_a_task):
    bad = tmp_path / name
    BAD[name](bad)
    before = _digest(ledger_with_a_task)
    env = dict(os.environ, TRACKER_DB=str(ledger_with_a_task), PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-m", "tracker", "import", str(bad)], cwd=ROOT, env=env,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert r.stderr.startswith("错误：") and "Traceback" not in r.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in r.stderr[3:])
    assert _digest(ledger_with_a_task) == before
