"""The 反馈表 round trip: export a unit's open items, fill the sheet, import it once."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ledger_helpers import import_tasks, task
from tracker import feedback
from tracker.errors import InputError, NotFoundError, ValueRefusedError

NOW = "2018-12-20T10:00:00"
TODAY = date(2018, 12, 20)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def loaded(ledger):
    import_tasks(ledger,
                 task("推进科技园区建设", deadline="2018-12-31", units=(("市科技局", "lead"), ("市财政局", "support")),
                      milestones=[{"due": "2018-11-30", "text": "制定方案"}]),
                 task("完善绩效考核办法", deadline="2019-03-31", units=(("市科技局", "responsible"),)),
                 task("每年报告", deadline="2018-12-31", recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
                      units=(("市科技局", "responsible"),)))
    return ledger


def _fill(path, rows: dict):
    wb = load_workbook(path)
    ws = wb["反馈表"]
    for row, (note, when, done) in rows.items():
        ws[f"H{row}"], ws[f"I{row}"], ws[f"J{row}"] = note, when, done
    wb.save(path)


def test_export_layout_protection_and_keys(loaded, tmp_path):
    out = feedback.export_unit(loaded, "市科技局", tmp_path / "f.xlsx", as_of=TODAY, by="甲", now=NOW)
    # 2 milestones of the first task, 1 of the second, the recurring task's current occurrence only
    assert out.rows == 4 and out.unit == "市科技局"
    ws = load_workbook(out.path)["反馈表"]
    assert [c.value for c in ws[3]][:10] == list(feedback.sheet.HEADERS)
    assert ws.protection.sheet and ws.column_dimensions["K"].hidden
    assert [ws.cell(4, c).protection.locked for c in range(1, 11)] == [True] * 7 + [False] * 3
    assert ws["K4"].value.startswith("fb1|") and ws["K1"].value.startswith("fbsheet1|")
    assert [ws.cell(r, 5).value for r in range(4, 8)] == ["制定方案", "完成", "2018-12-31", "完成"]
    with pytest.raises(NotFoundError):
        feedback.export_unit(loaded, "不存在的局", tmp_path / "x.xlsx", as_of=TODAY, by="甲", now=NOW)
    loaded.units.set_members("各县（市、区）政府", ["东昌府区政府", "临清市政府"])
    with pytest.raises(ValueRefusedError, match="成员单位"):
        feedback.export_unit(loaded, "各县（市、区）政府", tmp_path / "x.xlsx", as_of=TODAY, by="甲", now=NOW)


def test_import_applies_once_and_refuses_broken_rows(loaded, tmp_path):
    out = feedback.export_unit(loaded, "市科技局", tmp_path / "f.xlsx", as_of=TODAY, by="甲", now=NOW)
    _fill(out.path, {4: ("方案已印发", date(2018, 11, 28), "是"), 6: ("初稿已完成", None, "否"),
                     7: ("已报送", "2018年12月18日", "是")})
    wb = load_workbook(out.path)
    ws = wb["反馈表"]
    ws["K5"] = ws["K5"].value[:-1] + ("0" if ws["K5"].value[-1] != "0" else "1")
    ws["J5"], ws["I5"] = "是", "2018-12-01"
    wb.save(out.path)
    planned = feedback.plan(loaded, out.path, today=TODAY)
    assert [(c.row, c.action, c.done_on) for c in planned.changes] == [
        (4, "done", "2018-11-28"), (6, "note", None), (7, "done", "2018-12-18")]
    assert [r for r, _ in planned.refused] == [5] and "第5行" in planned.summary()
    assert loaded.progress.history() == []  # planning writes nothing
    ch = feedback.apply(loaded, planned, by="甲", now=NOW)
    assert len(ch.events) == 3
    tid = loaded.tasks.ids()[0]
    cell = next(c for r in loaded.progress.matrix(tid) if r.name == "市科技局" for c in r.cells)
    assert cell.done and cell.done_on == "2018-11-28"
    ev = next(e for e in loaded.progress.history(tid) if e.kind == "done")
    assert ev.note == "方案已印发" and ev.at == NOW
    note = loaded.progress.history(loaded.tasks.ids()[2])[0]
    assert note.kind == "note" and note.note == "初稿已完成"
    # the same file again: nothing changes, and it says so
    again = feedback.plan(loaded, out.path, today=TODAY)
    assert again.already and "未作任何改动" in again.summary()
    before = len(loaded.progress.history())
    assert not feedback.apply(loaded, again, by="甲", now=NOW)
    assert len(loaded.progress.history()) == before


def test_resaved_sheet_only_applies_what_changed(loaded, tmp_path):
    out = feedback.export_unit(loaded, "市科技局", tmp_path / "f.xlsx", as_of=TODAY, by="甲", now=NOW)
    _fill(out.path, {4: ("方案已印发", "2018-11-28", "是")})
    feedback.apply(loaded, feedback.plan(loaded, out.path, today=TODAY), by="甲", now=NOW)
    _fill(out.path, {6: ("初稿已完成", None, None)})  # the unit adds a line and sends it again
    second = feedback.plan(loaded, out.path, today=TODAY)
    assert second.sheet_seen and [c.row for c in second.changes] == [6] and (4, "台账中已办结") in second.skipped


def test_bad_dates_and_foreign_files_are_refused(loaded, tmp_path):
    out = feedback.export_unit(loaded, "市科技局", tmp_path / "f.xlsx", as_of=TODAY, by="甲", now=NOW)
    _fill(out.path, {4: ("", "2019-01-05", "是"), 5: ("", None, "是"), 6: ("", "上周五", "是"), 7: ("x", None, "也许")})
    planned = feedback.plan(loaded, out.path, today=TODAY)
    reasons = dict(planned.refused)
    assert "晚于今天" in reasons[4] and "没有填写完成日期" in reasons[5] and "无法识别" in reasons[6]
    assert "是" in reasons[7] and not planned.changes
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    with pytest.raises(InputError, match="不是本程序导出的反馈表"):
        feedback.plan(loaded, other, today=TODAY)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="无法读取"):
        feedback.plan(loaded, junk, today=TODAY)


def test_sheet_from_another_ledger_is_refused(loaded, tmp_path):
    from tracker.ledger import Ledger

    out = feedback.export_unit(loaded, "市科技局", tmp_path / "f.xlsx", as_of=TODAY, by="甲", now=NOW)
    with Ledger.open(tmp_path / "other.sqlite3") as other:
        import_tasks(other, task("推进科技园区建设"))
        with pytest.raises(InputError, match="不是从本台账导出"):
            feedback.plan(other, out.path, today=TODAY)


def test_export_all_one_file_per_unit(loaded, tmp_path):
    done = feedback.export_all(loaded, tmp_path / "out", as_of=TODAY, by="甲", now=NOW)
    assert sorted(e.unit for e in done) == ["市科技局", "市财政局"]
    assert all(e.path.exists() and e.path.parent == tmp_path / "out" for e in done)


def run(db, *args):
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")


def test_cli_round_trip_on_the_seed(tmp_path):
    from conftest import SEED

    if not SEED.exists():
        pytest.skip("seed not present")
    db = tmp_path / "l.sqlite3"
    assert run(db, "import", str(SEED)).returncode == 0
    f = tmp_path / "f.xlsx"
    r = run(db, "feedback", "export", "--unit", "市科技局", "--xlsx", str(f))
    assert r.returncode == 0 and "市科技局" in r.stdout, r.stderr
    wb = load_workbook(f)
    ws = wb["反馈表"]
    keys = [ws[f"K{i}"].value for i in (4, 5)]
    tasks = [ws[f"B{i}"].value for i in (4, 5)]
    ws["H4"], ws["I4"], ws["J4"] = "方案已印发", date(2018, 12, 1), "是"
    ws["H5"], ws["I5"], ws["J5"] = "已报送市政府", "2018-12-15", "是"
    ws["K6"] = "fb1|1|2|3|000000000000"
    ws["H6"], ws["I6"], ws["J6"] = "x", "2018-12-02", "是"
    wb.save(f)
    dry = run(db, "feedback", "import", str(f), "--dry-run")
    assert dry.returncode == 0 and "试运行" in dry.stdout and "第6行" in dry.stdout
    r = run(db, "feedback", "import", str(f))
    assert r.returncode == 0, r.stderr
    assert "办结 2 个节点" in r.stdout and "第6行　拒收" in r.stdout and "第 6 行未导入" in r.stderr
    for tid, key, day, note in zip(tasks, keys, ("2018-12-01", "2018-12-15"), ("方案已印发", "已报送市政府")):
        history = run(db, "history", str(tid)).stdout
        assert f"完成日期 {day}" in history and note in history, (key, history)
    r = run(db, "feedback", "import", str(f))
    assert r.returncode == 0 and "已于" in r.stdout and "未作任何改动" in r.stdout
    assert "市科技局 | ✓2018-12-01" in run(db, "show", str(tasks[0])).stdout
    r = run(db, "feedback", "export", "--all", "--dir", str(tmp_path / "all"))
    assert r.returncode == 0 and len(list((tmp_path / "all").glob("*.xlsx"))) > 10
    r = run(db, "feedback", "import", str(tmp_path / "none.xlsx"))
    assert r.returncode == 3 and "无法读取" in r.stderr
