"""Issue 9: one file imported by two programs at once is stored once."""

import os
import subprocess
import sys
from pathlib import Path

from ledger_helpers import AS_OF, NOW, contract, import_tasks, task
from tracker.ledger import Ledger
from tracker.ledger.importer import import_contract

ROOT = Path(__file__).resolve().parent.parent


def test_import_planned_before_another_program_stored_it_is_not_stored_twice(db_path):
    """Another connection stores the file between this import's first look and its write."""
    a, b = Ledger.open(db_path), Ledger.open(db_path)
    import_tasks(a, task("已有任务"), doc_no="测发〔2018〕1号")   # so that a copy is taken first
    doc = contract(task("新任务甲"), task("新任务乙"), doc_no="测发〔2018〕2号")
    stored_by_b = []

    def b_imports_meanwhile(reason, *args, **kw):
        stored_by_b.append(import_contract(b, doc, source_name="x.txt", sha256="abc", as_of=AS_OF, now=NOW))

    a.backup_before = b_imports_meanwhile
    result = import_contract(a, doc, source_name="x.txt", sha256="abc", as_of=AS_OF, now=NOW)
    assert stored_by_b[0].tasks_added == 2
    assert result.duplicate and result.tasks_added == 0
    assert a.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert a.tasks.count() == 3
    # Without a hash (an import from JSON of another source), the 文号 says it is stored.
    doc3 = contract(task("第三个文件的任务"), doc_no="测发〔2018〕3号")
    a.backup_before = lambda reason, *args, **kw: import_contract(b, doc3, as_of=AS_OF, now=NOW)
    again = import_contract(a, doc3, as_of=AS_OF, now=NOW)
    assert again.tasks_added == 0 and a.tasks.count() == 4
    a.close()
    b.close()


def test_two_command_line_imports_at_once_store_the_file_once(tmp_path):
    src = ROOT / "data" / "sample_plan.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    for run in range(2):
        db = tmp_path / f"ledger{run}.sqlite3"
        with Ledger.open(db) as led:   # a ledger with work in it: imports take a copy first
            import_tasks(led, task("已有任务"))
        procs = [subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "import", str(src)], cwd=ROOT,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
                 for _ in range(2)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        with Ledger.open(db, read_only=True) as led:
            assert led.db.execute("SELECT COUNT(*) FROM documents WHERE source_name=?",
                                  [src.name]).fetchone()[0] == 1
        assert sum("未重复添加" in out for out, _ in outs) == 1
