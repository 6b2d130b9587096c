"""The sequence of issue 9 behind ``bench/crash_readonly_views.py`` and ``tests/test_crash_views.py``.

A long-lived process A holds the ledger open as the app does (this file run with
``child DB``) and answers commands on stdin, one line each:

    tick TASK UNIT   tick the first open cell of UNIT on TASK; answers ``T <event id> TASK``
    view             open and close a read-only view (as the app's search index does),
                     reading every task's search text; answers ``V <task count>``, or
                     ``E <message>`` when the view failed (A carries on, as the app does)

The parent runs rounds of: A ticks, A opens and closes a read-only view, process B
ticks through the command line (``python -m tracker tick``), and so on; at the end of a
round A is killed with SIGKILL. After each kill every tick either side acknowledged
must be in the file, and ``integrity_check`` must be ok. The next round starts a new A
on the same file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNIT_A = "市科技局"   # ticked by the long-lived process
UNIT_B = "市教育局"   # ticked by the command line


# -- the long-lived child --------------------------------------------------------------
def child(db: Path) -> None:
    """Hold the ledger open and obey tick/view commands until killed."""
    sys.path.insert(0, str(ROOT))
    from tracker.ledger import Ledger

    ledger = Ledger.open(db)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for line in sys.stdin:
        parts = line.split()
        if parts[0] == "tick":
            changes = ledger.progress.tick(int(parts[1]), parts[2], None, by="A", now="2018-10-02T09:00:00")
            out.write(f"T {changes.events[0]} {parts[1]}\n")
        elif parts[0] == "view":
            # As the app's search index: a view that fails is logged and the app goes on.
            try:
                view = Ledger.open(db, read_only=True)
                try:
                    n = len(view.status.search_texts())
                finally:
                    view.close()
                out.write(f"V {n}\n")
            except Exception as exc:  # noqa: BLE001 - reported to the parent, A carries on
                out.write(f"E {type(exc).__name__}: {exc}\n")
        out.flush()


# -- the parent ------------------------------------------------------------------------
class ViewsCheckFailed(AssertionError):
    """An acknowledged tick is missing, or the file is damaged."""


@dataclass
class Result:
    rounds: int = 0
    acked_a: list[tuple[int, int]] = field(default_factory=list)  # (event id, task id) A acknowledged
    acked_b: list[int] = field(default_factory=list)    # task ids B's command line ticked (exit 0)
    lost_a: list[int] = field(default_factory=list)
    lost_b: list[int] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)  # integrity_check result after each kill
    errors: list[str] = field(default_factory=list)     # A's last error when it failed on its own
    view_errors: list[str] = field(default_factory=list)  # read-only views that failed to open


def make_ledger(db: Path, tasks: int) -> None:
    """A fresh ledger with ``tasks`` tasks, each assigned to UNIT_A and UNIT_B."""
    sys.path.insert(0, str(ROOT))
    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract

    doc_no = "视测发〔2018〕1号"
    contract = {"documents": [{"doc_no": doc_no, "title": "只读视图测试文件", "issued": "2018-09-28",
                               "issuer": "测试市人民政府"}],
                "tasks": [{"doc_no": doc_no, "title": f"第{i + 1}项任务", "text": f"落实第{i + 1}项工作。",
                           "units": [{"name": UNIT_A, "role": "lead"}, {"name": UNIT_B, "role": "support"}],
                           "deadline": "2018-12-28", "deadline_text": "2018年12月底前", "milestones": []}
                          for i in range(tasks)]}
    with Ledger.open(db) as led:
        import_contract(led, contract, as_of=date(2018, 10, 1), now="2018-10-01T09:00:00")


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")


def _ask(proc: subprocess.Popen, command: str) -> str:
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    answer = proc.stdout.readline()
    if not answer:
        raise ViewsCheckFailed(f"process A died on {command!r}: {proc.stderr.read()[-2000:]}")
    return answer


def _view(proc: subprocess.Popen, result: "Result") -> None:
    answer = _ask(proc, "view")
    if answer.startswith("E "):
        result.view_errors.append(answer[2:].strip())


def _cli_tick(db: Path, task_id: int) -> bool:
    r = subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), "tick", str(task_id), "--unit", UNIT_B,
                        "--by", "B"], cwd=ROOT, env=_env(), capture_output=True, text=True, encoding="utf-8")
    return r.returncode == 0


def check(db: Path, result: Result) -> None:
    """Record what is missing from the file and its integrity after a kill."""
    conn = sqlite3.connect(db)
    try:
        result.integrity.append(conn.execute("PRAGMA integrity_check").fetchone()[0])
        # An event id alone proves nothing: a lost event's id is handed out again.
        events = set(conn.execute("SELECT e.id, e.task_id FROM progress_events e JOIN units u ON u.id=e.unit_id "
                                  "WHERE u.name=? AND e.done=1", [UNIT_A]).fetchall())
        result.lost_a = [e for e in result.acked_a if e not in events]
        done_b = {r[0] for r in conn.execute(
            "SELECT c.task_id FROM cells c JOIN units u ON u.id=c.unit_id WHERE u.name=? AND c.done=1", [UNIT_B])}
        result.lost_b = [t for t in result.acked_b if t not in done_b]
    finally:
        conn.close()


def run(db: Path, rounds: int, ticks: int, progress=None) -> Result:
    """``rounds`` rounds of ``ticks`` ticks each side on a fresh ledger at ``db``."""
    make_ledger(db, rounds * ticks)
    result = Result()
    next_task = 1
    for _ in range(rounds):
        a = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "child", str(db)], cwd=ROOT,
                             env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, encoding="utf-8")
        try:
            if a.stdout.readline() != "ready\n":
                raise ViewsCheckFailed(f"process A did not start: {a.stderr.read()[-2000:]}")
            try:
                for _ in range(ticks):
                    answer = _ask(a, f"tick {next_task} {UNIT_A}")
                    result.acked_a.append((int(answer.split()[1]), int(answer.split()[2])))
                    _view(a, result)
                    if _cli_tick(db, next_task):
                        result.acked_b.append(next_task)
                    next_task += 1
                _view(a, result)
            except ViewsCheckFailed as exc:  # A failed by itself: count what it lost all the same
                result.errors.append(str(exc).strip().splitlines()[-1])
                next_task = (result.rounds + 1) * ticks + 1
        finally:
            a.send_signal(signal.SIGKILL)
            a.wait()
            a.stdin.close()
            a.stdout.close()
            a.stderr.close()
        result.rounds += 1
        check(db, result)
        if progress:
            progress(result)
    return result


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "child":
    child(Path(sys.argv[2]))
