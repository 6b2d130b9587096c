"""The kill loop behind ``bench/crash_loop.py`` and ``tests/test_crash.py``.

A child process (this file run with ``child DB SEED``) imports documents and ticks
cells in a loop and writes one line to stdout for every action that has committed:

    I <token> <task count>                          an import (one document)
    T <event id> <task> <unit> <milestone> <done>   a tick or an untick

The parent kills the child with SIGKILL at a random moment, then checks the file: the
integrity check is ok, every acknowledged action is there, no document holds fewer or
more tasks than it was imported with (its title says how many), and every stored cell
agrees with its latest event. The next child carries on with the same file.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ["市发展改革委", "市科技局", "市教育局", "市财政局", "市民政局", "市司法局", "市公安局"]
TITLE_COUNT = re.compile(r"（共(\d+)项）$")
AS_OF = date(2018, 12, 20)


# -- the child -----------------------------------------------------------------------
def _contract(rng: random.Random, token: str) -> tuple[dict, int]:
    """One document with 2–8 tasks, 1–3 units each, some with dated milestones."""
    n = rng.randint(2, 8)
    doc_no = f"崩测发〔2018〕{token}号"
    tasks = []
    for i in range(n):
        units = rng.sample(UNITS, rng.randint(1, 3))
        month = rng.randint(10, 12)
        t = {"doc_no": doc_no, "title": f"第{i + 1}项任务 {token}", "text": f"落实第{i + 1}项工作。",
             "units": [{"name": u, "role": "lead" if j == 0 else "support"} for j, u in enumerate(units)],
             "deadline": f"2018-{month}-28", "deadline_text": f"2018年{month}月底前", "milestones": []}
        if rng.random() < 0.4:
            t["milestones"] = [{"due": "2018-10-15", "text": "制定方案"}, {"due": t["deadline"], "text": "完成"}]
        tasks.append(t)
    doc = {"doc_no": doc_no, "title": f"崩溃测试文件{token}（共{n}项）", "issued": "2018-09-28",
           "issuer": "测试市人民政府"}
    return {"documents": [doc], "tasks": tasks}, n


def _views(db: Path) -> None:
    """What the app's search index does beside its ledger: open a read-only view on
    another thread, read every task's search text, close it; again and again."""
    from tracker.ledger import Ledger

    while True:
        try:
            view = Ledger.open(db, read_only=True)
            try:
                view.status.search_texts()
            finally:
                view.close()
        except Exception:  # noqa: BLE001 - as the app's worker: a failed view is only logged
            pass
        time.sleep(0.01)


def child(db: Path, seed: int, views: bool = False) -> None:
    """Import and tick forever, acknowledging each committed action on stdout; with
    ``views``, read-only views open and close beside it on a thread (the app's way)."""
    sys.path.insert(0, str(ROOT))
    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract

    rng = random.Random(seed)
    ledger = Ledger.open(db)
    if views:
        threading.Thread(target=_views, args=(db,), daemon=True).start()
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        n += 1
        now = f"2018-10-{rng.randint(1, 28):02d}T09:{n % 60:02d}:00"
        open_cells = ledger.db.execute("SELECT COUNT(*) FROM cells WHERE done=0").fetchone()[0]
        if open_cells < 20 or rng.random() < 0.12:
            token = f"{seed}-{n}"
            contract, count = _contract(rng, token)
            import_contract(ledger, contract, source_name=f"{token}.txt", sha256=None,
                            as_of=AS_OF, now=now, by="崩溃测试")
            out.write(f"I {token} {count}\n")
        else:
            done = rng.random() < 0.85
            row = ledger.db.execute(
                "SELECT task_id, unit_id, milestone_id FROM cells WHERE done=? "
                "ORDER BY random() LIMIT 1", [0 if done else 1]).fetchone()
            if row is None:
                continue
            changes = ledger.progress.tick(row[0], row[1], row[2], done=done, by="崩溃测试", now=now)
            out.write(f"T {changes.events[0]} {row[0]} {row[1]} {row[2]} {int(done)}\n")
        out.flush()


# -- the parent ----------------------------------------------------------------------
@dataclass
class Acked:
    """Everything the children acknowledged so far."""

    imports: dict[str, int] = field(default_factory=dict)
    events: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.imports) + len(self.events)

    def take(self, line: str) -> None:
        parts = line.split()
        if parts[0] == "I":
            self.imports[parts[1]] = int(parts[2])
        elif parts[0] == "T":
            self.events[int(parts[1])] = tuple(int(p) for p in parts[2:6])


@dataclass
class Stats:
    kills: int = 0
    actions: int = 0
    checks: int = 0
    kills_before_ready: int = 0


class CrashCheckFailed(AssertionError):
    """The file after a kill lost or half-stored something."""


def check(db: Path, acked: Acked) -> int:
    """Verify the file against what was acknowledged; returns how many facts were checked."""
    if not db.exists():
        if acked:
            raise CrashCheckFailed("acknowledged actions but the file is gone")
        return 0
    conn = sqlite3.connect(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise CrashCheckFailed(f"integrity_check: {result[:5]}")
        if "tasks" not in tables:
            if acked:
                raise CrashCheckFailed("acknowledged actions but no ledger schema")
            return 1
        checked = 1
        events = {r[0]: tuple(r[1:]) for r in conn.execute(
            "SELECT id, task_id, unit_id, milestone_id, done FROM progress_events")}
        for eid, want in acked.events.items():
            if events.get(eid) != want:
                raise CrashCheckFailed(f"acknowledged event {eid} {want} stored as {events.get(eid)}")
            checked += 1
        counts = {}
        for title, doc_no, count in conn.execute(
                "SELECT d.title, d.doc_no, (SELECT COUNT(*) FROM tasks t WHERE t.document_id=d.id) "
                "FROM documents d"):
            m = TITLE_COUNT.search(title or "")
            if m is None or int(m.group(1)) != count:
                raise CrashCheckFailed(f"half import: {title} holds {count} tasks")
            counts[doc_no] = count
            checked += 1
        for token, n in acked.imports.items():
            if counts.get(f"崩测发〔2018〕{token}号") != n:
                raise CrashCheckFailed(f"acknowledged import {token} ({n} tasks) missing")
            checked += 1
        bad = conn.execute(
            "SELECT COUNT(*) FROM cells c WHERE c.done != COALESCE((SELECT e.done FROM progress_events e "
            "WHERE e.task_id=c.task_id AND e.unit_id=c.unit_id AND e.milestone_id=c.milestone_id "
            "ORDER BY e.id DESC LIMIT 1), 0)").fetchone()[0]
        if bad:
            raise CrashCheckFailed(f"{bad} cells disagree with their latest event")
        bad = conn.execute(
            "SELECT COUNT(*) FROM tasks t WHERE cells_done != (SELECT COUNT(*) FROM cells c "
            "WHERE c.task_id=t.id AND c.done=1)").fetchone()[0]
        if bad:
            raise CrashCheckFailed(f"{bad} task summaries disagree with their cells")
        return checked + 2
    finally:
        conn.close()


def _reader(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def _visit(db: Path, seconds: float) -> None:
    """Another program opening and closing the ledger for ``seconds`` (as the command
    line does): the close of the last connection it believes it holds checkpoints and
    deletes the -wal, which is safe only while the child's locks are intact."""
    end = time.monotonic() + seconds
    while True:
        conn = sqlite3.connect(db, timeout=10)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            pass
        finally:
            conn.close()
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def run(db: Path, kills: int, *, seed: int = 1, max_delay: float = 0.35,
        progress=None, views: bool = False) -> Stats:
    """Start, kill and check ``kills`` children on ``db``; raises CrashCheckFailed.

    ``views``: the child also opens and closes read-only views on a thread, and this
    process opens and closes the file beside it until the kill."""
    rng = random.Random(seed)
    acked = Acked()
    stats = Stats()
    err_path = db.with_name(db.name + ".child-stderr.txt")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    for k in range(kills):
        with open(err_path, "wb") as err:
            proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "child", str(db),
                                     str(seed * 100_000 + k)] + (["views"] if views else []),
                                    stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8", env=env)
        lines: list[str] = []
        reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
        reader.start()
        early = rng.random() < 0.1  # now and then kill while the child is still opening the file
        if early:
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            # Wait for the first acknowledged action (not just "ready"): on a busy machine
            # a child can be killed before it does anything, and the loop tests nothing.
            deadline = time.monotonic() + 30
            while len(lines) < 2 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            delay = rng.uniform(0.0, max_delay)
            if views:
                _visit(db, delay)
            else:
                time.sleep(delay)
        if proc.poll() is not None:
            reader.join()
            raise CrashCheckFailed(f"child exited by itself ({proc.returncode}): "
                                   + err_path.read_text("utf-8", "replace")[-2000:])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
        stats.kills += 1
        if not lines or lines[0] != "ready\n":
            stats.kills_before_ready += 1
        for line in lines:
            if line.endswith("\n") and line != "ready\n":
                acked.take(line)
        stats.checks += check(db, acked)
        stats.actions = len(acked)
        if progress:
            progress(stats)
    err_path.unlink(missing_ok=True)
    return stats


if __name__ == "__main__" and len(sys.argv) in (4, 5) and sys.argv[1] == "child":
    child(Path(sys.argv[2]), int(sys.argv[3]), views=sys.argv[4:] == ["views"])
