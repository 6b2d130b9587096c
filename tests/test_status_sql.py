"""The task list in SQL: the same rows, order, counts and unit marks as a plain reading
of the tables, and query plans that use the indexes (no full scan where one serves)."""

import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import gen_ledger  # noqa: E402
from tracker.errors import TrackerError  # noqa: E402
from tracker.ledger import Ledger  # noqa: E402
from tracker.ledger.buckets import BUCKETS, classify  # noqa: E402
from tracker.ledger.marks import MARKS, MARKS_SQL  # noqa: E402


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("gen") / "gen.sqlite3"
    gen_ledger.generate(path, 2500, seed=11, quiet=True)
    led = Ledger.open(path)
    # Some ticks through the core too, so that the summary columns are the core's own.
    rnd = random.Random(3)
    for tid in rnd.sample(range(1, 2501), 150):
        task = led.tasks.get(tid)
        if task.assignments and task.state == "active":
            try:
                led.progress.tick(tid, task.assignments[0].name, now="2018-12-01T10:00:00")
            except TrackerError:  # that unit had every cell ticked already
                pass
    yield led
    led.close()


def reference(led, as_of, window=30):
    """Every task classified from its stored summary, in display order."""
    out = []
    for tid, next_due, total, done, state in led.db.execute(
            "SELECT id, next_due, cells_total, cells_done, state FROM tasks"):
        b, days = classify(state, next_due, total, done, as_of, window)
        out.append((BUCKETS.index(b), next_due is None, next_due or "", tid, b, days))
    out.sort()
    return [(tid, b, days) for *_k, tid, b, days in out]


@pytest.mark.parametrize("as_of, window", [(date(2018, 12, 20), 30), (date(2019, 3, 31), 7),
                                           (date(2018, 4, 1), 120)])
def test_rows_and_counts_match_a_plain_reading(big, as_of, window):
    ref = reference(big, as_of, window)
    got = [(r.id, r.bucket, r.days) for r in big.status.rows(as_of, window=window)]
    assert got == ref
    assert big.status.counts(as_of, window) == {b: Counter(x[1] for x in ref)[b] for b in BUCKETS}
    for bucket in BUCKETS:
        want = [x for x in ref if x[1] == bucket]
        assert [(r.id, r.bucket, r.days) for r in big.status.rows(as_of, window=window, bucket=bucket)] == want
        assert big.status.counts(as_of, window, bucket=bucket)[bucket] == len(want)
    for within in (0, 30, 45, 400):
        want = [x for x in ref if x[2] is not None and x[2] <= within and x[1] not in ("done", "terminated")]
        assert [(r.id, r.bucket, r.days) for r in big.status.rows(as_of, window=window, due_within=within)] == want
        assert sum(big.status.counts(as_of, window, due_within=within).values()) == len(want)


def test_filters_by_unit_and_document(big):
    as_of = date(2018, 12, 20)
    ref = reference(big, as_of)
    uid = big.db.execute("SELECT unit_id FROM assignments GROUP BY unit_id ORDER BY COUNT(*) DESC").fetchone()[0]
    mine = big.status.task_ids_for_unit(uid)
    assert [r.id for r in big.status.rows(as_of, unit=uid)] == [x[0] for x in ref if x[0] in mine]
    assert sum(big.status.counts(as_of, unit=uid).values()) == len(mine)
    in_doc = {r[0] for r in big.db.execute("SELECT id FROM tasks WHERE document_id=2")}
    assert [r.id for r in big.status.rows(as_of, document=2, due_within=30)] == [
        x[0] for x in ref if x[0] in in_doc and x[2] is not None and x[2] <= 30 and x[1] not in ("done", "terminated")]


def old_unit_marks(led, task_ids):
    """The marks as the many-small-queries version computed them."""
    db = led.db
    open_cells = {(t, u) for t, u in db.execute("SELECT task_id, unit_id FROM cells WHERE done=0")}
    members = {}
    for c, m in db.execute("SELECT collective_id, member_id FROM unit_members"):
        members.setdefault(c, []).append(m)
    out = {}
    for tid, uid, name, role in db.execute(
            "SELECT a.task_id, a.unit_id, u.name, a.role FROM assignments a JOIN units u ON u.id=a.unit_id "
            "ORDER BY a.task_id, CASE a.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, a.seq"):
        if tid in task_ids:
            done = not any((tid, u) in open_cells for u in members.get(uid) or [uid])
            out.setdefault(tid, []).append((uid, name, role, done))
    for tid in task_ids:
        if tid not in out and (tid, 0) in open_cells:
            out[tid] = []
    return out


def test_unit_marks_built_in_sql_match_the_old_ones(big):
    ids = list(range(1, 2501))
    got = {t: [(m.unit_id, m.name, m.role, m.done) for m in marks] for t, marks in big.status.unit_marks(ids).items()}
    want = old_unit_marks(big, set(ids))
    assert got == want
    stored = dict(big.db.execute("SELECT id, marks FROM tasks"))
    assert stored == dict(big.db.execute(f"SELECT t.id, {MARKS_SQL} FROM tasks t"))  # kept in step
    assert MARKS.startswith("COALESCE(t.marks")
    assert any(not marks for marks in got.values())           # unit-less tasks with an open cell
    assert any(m[3] for marks in got.values() for m in marks)  # done and open marks both met
    assert any(not m[3] for marks in got.values() for m in marks)


def plans(led, run):
    """(sql, plan lines) of every SELECT ``run`` issues."""
    seen = []
    led.db.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    try:
        run()
    finally:
        led.db.conn.set_trace_callback(None)
    out = []
    for sql in seen:
        # The trace shows parameters bound; EXPLAIN them as they ran.
        out.append((sql, [r[3] for r in led.db.execute("EXPLAIN QUERY PLAN " + sql)]))
    return out


def test_main_queries_use_their_indexes(big):
    as_of = date(2018, 12, 20)

    def listed():   # the command line's list (its MARKS column: below)
        return list(big.status.iter_raw(as_of, due_within=30, lean=True))

    for sql, plan in plans(big, lambda: big.status.rows(as_of, due_within=30)) + plans(big, listed):
        assert any("idx_tasks_state_next_due" in p for p in plan), (sql, plan)
        assert not any(p.startswith("SCAN t") for p in plan), (sql, plan)
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (sql, plan)   # read in display order
    for sql, plan in plans(big, lambda: big.status.rows(as_of, bucket="overdue")):
        assert any("idx_tasks_state_next_due" in p for p in plan), (sql, plan)
        assert not any(p.startswith("SCAN t") for p in plan), (sql, plan)
    # The whole list reads the whole table: one scan in storage order and SQLite's sorter
    # beat a walk through the index that would seek once per row.
    whole = plans(big, lambda: big.status.rows(as_of))
    assert len(whole) == 1 and any(p.startswith("SCAN t") for p in whole[0][1])
    counted = plans(big, lambda: big.status.counts(as_of, due_within=30))
    assert counted and all(any("COVERING INDEX idx_tasks_state_next_due" in p for p in plan) for _s, plan in counted)
    horizon = plans(big, lambda: big.tasks.extend_horizon(as_of))
    assert any("idx_tasks_horizon" in p for _s, plan in horizon for p in plan), horizon
    marks = [p for _s, plan in plans(big, lambda: big.status.unit_marks([1, 2, 3])) for p in plan]
    # (the unit directory, a few hundred rows, is read whole for the names)
    assert not any(p.startswith("SCAN") and "subquery" not in p and p != "SCAN units" for p in marks), marks
    assert MARKS_SQL.count("SELECT") >= 4


def old_list_output(led, as_of, fmt, **filters):
    """The command line's list as it was written from TaskStatus and UnitMark objects
    (the version before rows stayed plain tuples), for a byte-for-byte comparison."""
    import csv
    import io
    import json

    from tracker.ledger.buckets import bucket_title, days_text, light_of
    from tracker.outfile import spreadsheet_text

    rows = led.status.rows(as_of, **filters)
    marks = led.status.unit_marks([r.id for r in rows])

    def text(tid):
        return "、".join(("✓" if m.done else "○") + m.name
                        + ("(牵头)" if m.role == "lead" else "(配合)" if m.role == "support" else "")
                        for m in marks.get(tid, [])) or "（未指定单位）"

    title = {b: bucket_title(b) for b in BUCKETS}
    if fmt == "json":
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        items = [{"id": r.id, "bucket": r.bucket, "bucket_zh": title[r.bucket], "title": r.title, "doc_no": r.doc_no,
                  "next_due": r.next_due, "deadline": r.deadline, "deadline_text": r.deadline_text, "days": r.days,
                  "light": light_of(r.bucket), "cells_done": r.cells_done, "cells_total": r.cells_total,
                  "units": [{"name": m.name, "role": m.role, "done": m.done} for m in marks.get(r.id, [])]}
                 for r in rows]
        chunks = [encode(items[i:i + 2000])[1:-1] for i in range(0, len(items), 2000)]
        return f'{{"as_of":"{as_of.isoformat()}","tasks":[' + "".join(
            ("\n" if i == 0 else ",\n") + c for i, c in enumerate(chunks)) + "\n]}\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["编号", "分组", "任务", "文号", "下一期限", "剩余天数", "完成时限", "责任单位", "进度"])
        for r in rows:
            w.writerow([spreadsheet_text(v) for v in (
                r.id, title[r.bucket], r.title, r.doc_no or "", r.next_due or "", "" if r.days is None else r.days,
                r.deadline_text or "", text(r.id), f"{r.cells_done}/{r.cells_total}")])
        return buf.getvalue()
    counts = led.status.counts(as_of, **filters)
    out, current = [f"统计日期：{as_of.isoformat()}　共 {sum(counts.values())} 项任务\n"], None
    for r in rows:
        if r.bucket != current:
            current = r.bucket
            out.append(f"\n【{title[current]}】{counts[current]} 项\n")
        out.append(f"  #{r.id:<6} {r.next_due or '—':<10} {days_text(r.days):<8} {r.title[:36]}"
                   f"  〔{r.doc_no or '无文号'}〕  {text(r.id)}\n")
    return "".join(out)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
@pytest.mark.parametrize("args, filters", [
    ([], {}), (["--due-within", "30"], {"due_within": 30}), (["--bucket", "done"], {"bucket": "done"}),
])
def test_list_output_is_the_same_as_from_objects(big, capsys, fmt, args, filters):
    from tracker.cli import main

    as_of = date(2018, 12, 20)
    capsys.readouterr()
    assert main(["--db", str(big.path), "list", "--as-of", as_of.isoformat(), "--format", fmt, *args]) == 0
    got = capsys.readouterr().out
    assert len(got) > 2000   # tasks were listed
    if fmt == "csv":   # the csv module ends lines with \r\n on both sides
        got = got.replace("\r\n", "\n")
    assert got == old_list_output(big, as_of, fmt, **filters).replace("\r\n", "\n")


def test_list_of_one_unit_is_the_same_as_from_objects(big, capsys):
    from tracker.cli import main

    as_of = date(2018, 12, 20)
    name = big.db.execute("SELECT u.name FROM assignments a JOIN units u ON u.id=a.unit_id "
                          "GROUP BY a.unit_id ORDER BY COUNT(*) DESC").fetchone()[0]
    capsys.readouterr()
    assert main(["--db", str(big.path), "list", "--as-of", as_of.isoformat(), "--unit", name]) == 0
    assert capsys.readouterr().out == old_list_output(big, as_of, "table", unit=name)


def test_ledger_rows_units_from_marks_match_a_query_per_role(big):
    """The 台账 export's 牵头/责任/配合 columns, read from the stored marks, are those a
    query per role gives (the way they were read before)."""
    from tracker.ledger import export_rows

    def names(tid, role):
        return [n for (n,) in big.db.execute(
            "SELECT u.name FROM assignments a JOIN units u ON u.id=a.unit_id WHERE a.task_id=? AND a.role=? "
            "ORDER BY a.seq", [tid, role])]

    rows = export_rows.ledger_rows(big)
    assert len(rows) == 2500 and len({r.task_id for r in rows}) == 2500
    for r in rows:
        assert (r.lead, r.responsible, r.support) == (names(r.task_id, "lead"), names(r.task_id, "responsible"),
                                                      names(r.task_id, "support")), r.task_id
        assert r.last_done == big.db.execute(
            "SELECT MAX(COALESCE(done_on, substr(done_at, 1, 10))) FROM cells WHERE task_id=? AND done=1",
            [r.task_id]).fetchone()[0]
    assert any(r.lead and r.support for r in rows) and any(not (r.lead or r.responsible or r.support) for r in rows)
