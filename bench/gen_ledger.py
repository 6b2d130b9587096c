"""Fast generator of big ledgers for the benchmarks (direct SQL, one transaction).

    python bench/gen_ledger.py 1000000            # → /tmp/duban-gen-1000000.sqlite3 (kept, reused)

The schema and the unit directory come from ``Ledger.open`` (so the file is a real,
current ledger); tasks, assignments, milestones, cells and ticks are then inserted with
``executemany`` in one transaction, with each task's summary (next open due date, cells
done/total) computed as the core computes it. About 5% of tasks have no unit, 5% no
deadline, 30% a stage milestone, 0.5% recur monthly, 25% of cells are ticked, 1% of tasks
are terminated. Documents hold 1,000 tasks each. Importing through the core instead
takes hours at a million tasks.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AS_OF = date(2018, 12, 20)
PER_DOC = 1000
NO_UNIT = 0
VERBS = ["推进", "完善", "建立", "落实", "开展", "加快", "深化", "健全", "优化", "强化"]
THINGS = ["政务服务一网通办", "涉企收费清理", "营商环境评价", "工程建设项目审批改革", "不动产登记便利化",
          "中小企业融资服务", "企业开办全程电子化", "信用体系建设", "招标投标监管", "知识产权保护",
          "人才引进政策", "科技创新平台", "农村人居环境整治", "河湖长制", "安全生产专项整治"]
NOW = "2018-10-01T09:00:00"


def default_path(n: int) -> Path:
    """Where the ledger of ``n`` tasks is kept between runs."""
    return Path("/tmp") / f"duban-gen-{n}.sqlite3"


def ensure(n: int, path: Path | None = None, *, quiet: bool = False) -> Path:
    """The generated ledger of ``n`` tasks, built once."""
    path = path or default_path(n)
    if not path.exists():
        generate(path, n, quiet=quiet)
    return path


def _monthly(start: date, until: date) -> list[date]:
    out, d = [], start
    while d <= until:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, min(d.day, 28))
    return out


def generate(path: Path, n: int, *, seed: int = 4, quiet: bool = False) -> None:
    """Write a ledger of ``n`` tasks at ``path`` (which must not exist)."""
    from tracker.ledger import Ledger

    t0 = time.perf_counter()
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    Ledger.open(tmp).close()
    conn = sqlite3.connect(str(tmp), isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    members: dict[int, list[int]] = {}
    for c, m in conn.execute("SELECT collective_id, member_id FROM unit_members"):
        members.setdefault(c, []).append(m)
    units = [r[0] for r in conn.execute("SELECT id FROM units ORDER BY id")]
    rnd = random.Random(seed)
    horizon = date(AS_OF.year + 1, AS_OF.month, AS_OF.day)
    conn.execute("BEGIN")
    docs, tasks, assigns, miles, cells, events = [], [], [], [], [], []
    mid = eid = 0

    def flush():
        conn.executemany("INSERT INTO documents (id, doc_no, title, issuer, issued, source_name, imported_at) "
                         "VALUES (?,?,?,?,?,?,?)", docs)
        conn.executemany(
            "INSERT INTO tasks (id, document_id, seq, section, number, title, text, kind, deadline, "
            "original_deadline, deadline_text, recurrence, horizon, state, state_reason, state_changed_at, "
            "state_changed_by, created_at, updated_at, version, next_due, cells_total, cells_done) "
            "VALUES (?,?,?,NULL,?,?,?,'task',?,?,?,?,?,?,?,?,?,?,?,1,?,?,?)", tasks)
        conn.executemany("INSERT INTO assignments (task_id, unit_id, role, seq) VALUES (?,?,?,?)", assigns)
        conn.executemany("INSERT INTO milestones (id, task_id, seq, due, label, is_final) VALUES (?,?,?,?,?,?)",
                         miles)
        conn.executemany("INSERT INTO cells (task_id, unit_id, milestone_id, due, done, done_at, done_by, done_on) "
                         "VALUES (?,?,?,?,?,?,?,?)", cells)
        conn.executemany("INSERT INTO progress_events (id, task_id, unit_id, milestone_id, done, at, by, note, "
                         "done_on, kind) VALUES (?,?,?,?,1,?,'bench',NULL,?,'done')", events)
        for lst in (docs, tasks, assigns, miles, cells, events):
            lst.clear()

    for tid in range(1, n + 1):
        d_index = (tid - 1) // PER_DOC + 1
        seq = (tid - 1) % PER_DOC + 1
        doc_no = f"测政发〔2018〕{d_index}号"
        if seq == 1:
            docs.append((d_index, doc_no, f"测试市人民政府关于印发《测试方案{d_index}》的通知", "测试市人民政府",
                         "2018-09-28", f"bench-{d_index}.txt", NOW))
        due = AS_OF + timedelta(days=rnd.randint(-200, 900))
        picked = [] if rnd.random() < 0.05 else rnd.sample(units, rnd.randint(1, 4))
        title = f"{rnd.choice(VERBS)}{rnd.choice(THINGS)}（第{tid}项）"
        recurring = rnd.random() < 0.005
        deadline = None if (not recurring and rnd.random() < 0.05) else due.isoformat()
        for j, u in enumerate(picked):
            assigns.append((tid, u, "lead" if j == 0 else "support", j))
        cell_units: list[int] = []
        for u in picked:
            for m in members.get(u) or [u]:
                if m not in cell_units:
                    cell_units.append(m)
        cell_units = cell_units or [NO_UNIT]
        if recurring:
            dues = [(d.isoformat(), d.isoformat(), 1) for d in _monthly(due - timedelta(days=300), horizon)]
        else:
            dues = []
            if rnd.random() < 0.3 and deadline:
                stage = (due - timedelta(days=60)).isoformat()
                dues.append((stage, "阶段目标", 0))
            dues.append((deadline, "完成", 1))
        total = done_n = 0
        next_due = None
        for k, (mdue, label, final) in enumerate(dues, 1):
            mid += 1
            miles.append((mid, tid, k, mdue, label, final))
            for u in cell_units:
                total += 1
                if rnd.random() < 0.25:
                    done_n += 1
                    eid += 1
                    at = f"2018-{rnd.randint(10, 12):02d}-{rnd.randint(1, 19):02d}T10:00:00"
                    cells.append((tid, u, mid, mdue, 1, at, "bench", at[:10]))
                    events.append((eid, tid, u, mid, at, at[:10]))
                else:
                    cells.append((tid, u, mid, mdue, 0, None, None, None))
                    if mdue and (next_due is None or mdue < next_due):
                        next_due = mdue
        state, reason, changed = ("terminated", "机构调整", NOW) if rnd.random() < 0.01 else ("active", None, None)
        tasks.append((tid, d_index, seq, str(seq), title, f"{title}。各责任单位要按照职责分工抓好落实，按时报送进展情况。",
                      deadline, deadline, f"{due.year}年{due.month}月底前" if deadline else None,
                      "FREQ=MONTHLY;BYMONTHDAY=28" if recurring else None,
                      horizon.isoformat() if recurring else None, state, reason, changed,
                      "bench" if changed else None, NOW, NOW, next_due, total, done_n))
        if tid % 50_000 == 0:
            flush()
            if not quiet:
                print(f"  generated {tid:,} tasks ({time.perf_counter() - t0:.0f} s)", end="\r", flush=True)
    flush()
    from tracker.ledger.marks import MARKS_SQL

    conn.execute(f"UPDATE tasks AS t SET marks={MARKS_SQL}")  # as refresh_summary stores it
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.replace(path)
    if not quiet:
        print(f"generated {n:,} tasks at {path} in {time.perf_counter() - t0:.0f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tasks", type=int, nargs="+")
    ap.add_argument("--force", action="store_true", help="build again even if the file exists")
    args = ap.parse_args()
    for n in args.tasks:
        path = default_path(n)
        if args.force:
            path.unlink(missing_ok=True)
        ensure(n, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
