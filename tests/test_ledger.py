"""The ledger: round trips, migrations, ticks and history, extensions, imports."""

import sqlite3
from datetime import date

import pytest

from ledger_helpers import AS_OF, NOW, contract, import_tasks, task
from tracker.errors import LedgerError, NotFoundError, TrackerError
from tracker.ledger import Ledger, schema
from tracker.ledger.importer import import_contract


def test_fresh_ledger_has_schema_and_default_units(ledger):
    names = set(ledger.db.table_names())
    assert {"documents", "tasks", "units", "assignments", "milestones", "progress_events", "extensions"} <= names
    assert ledger.units.find("市发改委") == ledger.units.find("市发展改革委") is not None
    assert ledger.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ledger.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_apply_twice_is_noop(db_path):
    Ledger.open(db_path).close()
    led = Ledger.open(db_path)
    assert schema.check_version(led.db) == []
    assert led.units.find("市科技局") is not None
    assert led.db.execute("SELECT COUNT(*) FROM units WHERE name='市科技局'").fetchone()[0] == 1
    led.close()


def test_newer_ledger_is_refused_untouched(db_path):
    Ledger.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [schema.MIGRATION_SET, "m999_future", "2030-01-01"])
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(LedgerError, match="更新版本"):
        Ledger.open(db_path)
    assert db_path.read_bytes() == before


def test_not_a_ledger_file_is_refused(tmp_path):
    p = tmp_path / "notes.sqlite3"
    p.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(LedgerError, match="不是督办台账"):
        Ledger.open(p)
    assert p.read_text(encoding="utf-8") == "这不是数据库"


def test_other_sqlite_database_is_refused(tmp_path):
    p = tmp_path / "other.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerError, match="不是督办台账"):
        Ledger.open(p)
    assert sqlite3.connect(p).execute("SELECT name FROM sqlite_master").fetchall() == [("songs",)]


def test_task_round_trip(ledger):
    res = import_tasks(ledger, task("推进高新区建设", units=(("市科技局", "lead"), ("市财政局", "support"),
                                                          ("新设立的某某中心", "responsible")),
                                    section="一、总体要求", number="3"))
    assert res.tasks_added == 1
    tid, = res.changes.tasks
    t = ledger.tasks.get(tid)
    assert (t.title, t.deadline, t.section, t.number, t.doc_no) == \
        ("推进高新区建设", "2018-12-31", "一、总体要求", "3", "测政发〔2018〕1号")
    assert [(a.name, a.role) for a in t.assignments] == \
        [("市科技局", "lead"), ("市财政局", "support"), ("新设立的某某中心", "responsible")]
    assert [(m.label, m.due, m.is_final) for m in t.milestones] == [("完成", "2018-12-31", True)]
    assert ledger.units.find("新设立的某某中心") is not None  # unknown names are added, never dropped
    doc = ledger.documents.get(t.document_id)
    assert doc.issued == "2018-09-28" and doc.task_count == 1 and doc.short_name == "测试方案"


def test_dated_milestones_become_columns(ledger):
    res = import_tasks(ledger, task("覆盖率提升", deadline="2019-12-31", milestones=[
        {"due": "2018-12-31", "text": "到2018年年底，60%以上"}, {"due": "2019-12-31", "text": "到2019年年底，80%以上"}]))
    t = ledger.tasks.get(next(iter(res.changes.tasks)))
    assert [(m.due, m.is_final) for m in t.milestones] == [("2018-12-31", False), ("2019-12-31", True)]


def test_recurring_task_gets_occurrences_to_horizon_and_extends(ledger):
    res = import_tasks(ledger, task("报告行政诉讼案件", recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
                                    deadline_text="每年12月31日前"))
    tid = next(iter(res.changes.tasks))
    dues = [m.due for m in ledger.tasks.get(tid).milestones]
    assert dues == ["2018-12-31"]  # horizon: as-of 2018-12-20 + 12 months = 2019-12-20
    ledger.tasks.extend_horizon(date(2021, 3, 1))
    dues = [m.due for m in ledger.tasks.get(tid).milestones]
    assert dues == ["2018-12-31", "2019-12-31", "2020-12-31", "2021-12-31"]
    assert ledger.tasks.extend_horizon(date(2021, 3, 1)).tasks == set()


def test_tick_undo_is_append_only(ledger):
    tid = next(iter(import_tasks(ledger, task("任务甲", units=(("市科技局", "lead"), ("市财政局", "support"))))
                    .changes.tasks))
    ch = ledger.progress.tick(tid, "市科技局", by="张三", note="已报送", now="2018-12-01T10:00:00")
    assert ch.tasks == {tid} and "已办结" in ch.message
    assert ledger.tasks.get(tid).milestones[0].due == "2018-12-31"
    row = ledger.db.execute("SELECT cells_done, cells_total FROM tasks WHERE id=?", [tid]).fetchone()
    assert row == (1, 2)
    ledger.progress.undo_last(by="张三", now="2018-12-01T10:05:00")
    events = ledger.progress.history(tid)
    assert [(e.unit, e.done, e.by) for e in events] == [("市科技局", False, "张三"), ("市科技局", True, "张三")]
    assert events[1].note == "已报送"
    assert ledger.db.execute("SELECT cells_done FROM tasks WHERE id=?", [tid]).fetchone()[0] == 0
    assert ledger.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 2


def test_tick_by_alias_and_errors(ledger):
    tid = next(iter(import_tasks(ledger, task("任务乙", units=(("市发展改革委", "lead"), ("市财政局", "support"))))
                    .changes.tasks))
    ledger.progress.tick(tid, "市发改委", by="李四", now=NOW)
    with pytest.raises(TrackerError, match="都已办结"):
        ledger.progress.tick(tid, "市发改委", by="李四", now=NOW)
    with pytest.raises(NotFoundError):
        ledger.progress.tick(tid, "市公安局", by="李四", now=NOW)
    with pytest.raises(TrackerError, match="多个责任单位"):
        ledger.progress.tick(tid, None, now=NOW)
    with pytest.raises(NotFoundError):
        ledger.progress.tick(9999, "市财政局", now=NOW)


def test_collective_members_tick_separately(ledger):
    tid = next(iter(import_tasks(ledger, task("各县推进", units=(("各县（市、区）政府", "responsible"),)))
                    .changes.tasks))
    ch = ledger.units.set_members("各县（市、区）政府", ["甲县政府", "乙县政府"])
    assert tid in ch.tasks
    rows = ledger.progress.matrix(tid)
    assert [(r.name, r.parent) for r in rows] == [("甲县政府", "各县（市、区）政府"), ("乙县政府", "各县（市、区）政府")]
    ledger.progress.tick(tid, "甲县政府", now=NOW)
    marks = ledger.status.unit_marks([tid])[tid]
    assert [(m.name, m.done) for m in marks] == [("各县（市、区）政府", False)]
    ledger.progress.tick(tid, "乙县政府", now=NOW)
    assert ledger.status.unit_marks([tid])[tid][0].done
    assert ledger.status.rows(AS_OF, unit="甲县政府")[0].id == tid


def test_alias_merges_a_unit_and_keeps_ticks(ledger):
    tid = next(iter(import_tasks(ledger, task("任务丙", units=(("市科技局局", "lead"),))).changes.tasks))
    ledger.progress.tick(tid, "市科技局局", now=NOW)
    ledger.units.add_alias("市科技局局", "市科技局")
    t = ledger.tasks.get(tid)
    assert [a.name for a in t.assignments] == ["市科技局"]
    assert ledger.progress.matrix(tid)[0].cells[0].done
    assert ledger.units.find("市科技局局") == ledger.units.find("市科技局")


def test_extension_keeps_original_and_terminate(ledger):
    tid = next(iter(import_tasks(ledger, task("任务丁")).changes.tasks))
    v = ledger.tasks.get(tid).version
    ledger.tasks.extend(tid, date(2019, 3, 31), "资金未到位", by="王五", now=NOW, expected_version=v)
    t = ledger.tasks.get(tid)
    assert (t.deadline, t.original_deadline) == ("2019-03-31", "2018-12-31")
    assert t.milestones[-1].due == "2019-03-31"
    assert t.extensions[0]["reason"] == "资金未到位"
    from tracker.ledger.tasks import ConflictError
    with pytest.raises(ConflictError):
        ledger.tasks.terminate(tid, "撤销", by="x", now=NOW, expected_version=v)
    with pytest.raises(TrackerError, match="理由"):
        ledger.tasks.terminate(tid, "  ", by="x", now=NOW)
    ledger.tasks.terminate(tid, "机构调整", by="x", now=NOW)
    assert ledger.status.rows(AS_OF)[0].bucket == "terminated"


def test_same_source_twice_adds_nothing(ledger):
    from tracker.ledger.importer import import_contract
    c = contract(task("任务戊"))
    first = import_contract(ledger, c, source_name="a.txt", sha256="abc", as_of=AS_OF, now=NOW)
    second = import_contract(ledger, c, source_name="a.txt", sha256="abc", as_of=AS_OF, now=NOW)
    assert first.tasks_added == 1 and second.duplicate and "已导入过" in second.summary()
    assert ledger.tasks.count() == 1


def test_reissue_reports_changes_and_keeps_progress(ledger):
    c1 = contract(task("保留任务"), task("删除任务"), task("改期任务"))
    r1 = import_contract(ledger, c1, source_name="v1.txt", sha256="v1", as_of=AS_OF, now=NOW)
    keep = next(t for t in r1.changes.tasks if ledger.tasks.get(t).title == "保留任务")
    ledger.progress.tick(keep, "市科技局", now=NOW)
    c2 = contract(task("保留任务"), task("改期任务", deadline="2019-06-30"), task("新增任务"))
    r2 = import_contract(ledger, c2, source_name="v2.txt", sha256="v2", as_of=AS_OF, now=NOW)
    d, = r2.documents
    assert (len(d.added), len(d.removed), len(d.moved), len(d.unchanged)) == (1, 1, 1, 1)
    assert "重新印发" in r2.summary()
    assert ledger.progress.matrix(keep)[0].cells[0].done
    states = {ledger.tasks.get(t).title: ledger.tasks.get(t).state for t in ledger.tasks.ids()}
    assert states == {"保留任务": "active", "删除任务": "terminated", "改期任务": "active", "新增任务": "active"}


def test_bad_contract_is_refused_without_writing(ledger):
    from tracker.errors import InputError
    with pytest.raises(InputError):
        import_contract(ledger, {"tasks": [{"title": "x", "deadline": "2018-13-45"}]}, as_of=AS_OF, now=NOW)
    with pytest.raises(InputError):
        import_contract(ledger, ["not", "a", "dict"], as_of=AS_OF, now=NOW)
    assert ledger.tasks.count() == 0


def test_import_is_one_transaction(ledger, monkeypatch):
    calls = {"n": 0}
    real_add = ledger.tasks.insert

    def failing_add(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("boom")
        return real_add(*a, **kw)

    monkeypatch.setattr(ledger.tasks, "insert", failing_add)
    with pytest.raises(RuntimeError):
        import_tasks(ledger, task("一"), task("二"), task("三"))
    assert ledger.tasks.count() == 0
    assert ledger.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_terminated_task_cannot_be_ticked(ledger):
    tid = next(iter(import_tasks(ledger, task("任务己")).changes.tasks))
    ledger.tasks.terminate(tid, "撤并", by="x", now=NOW)
    with pytest.raises(TrackerError, match="已终止"):
        ledger.progress.tick(tid, "市科技局", now=NOW)


def test_rolled_back_import_leaves_no_cached_unit(ledger, monkeypatch):
    real_add = ledger.tasks.insert

    def add_then_fail(*a, **kw):
        real_add(*a, **kw)
        raise RuntimeError("boom")

    monkeypatch.setattr(ledger.tasks, "insert", add_then_fail)
    with pytest.raises(RuntimeError):
        import_tasks(ledger, task("任务庚", units=(("全新的单位甲", "lead"),)))
    monkeypatch.undo()
    res = import_tasks(ledger, task("任务庚", units=(("全新的单位甲", "lead"),)))
    assert [a.name for a in ledger.tasks.get(next(iter(res.changes.tasks))).assignments] == ["全新的单位甲"]


def test_changed_elsewhere_sees_other_connection(db_path):
    a, b = Ledger.open(db_path), Ledger.open(db_path)
    a.changed_elsewhere()
    assert not a.changed_elsewhere()
    import_tasks(b, task("别处导入", units=(("另一进程新单位", "lead"),)))
    assert a.changed_elsewhere() and a.units.find("另一进程新单位") is not None
    assert not a.changed_elsewhere()
    a.close()
    b.close()
