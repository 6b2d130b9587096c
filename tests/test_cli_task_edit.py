"""Issue 12 acceptance on the command line: dated ticks with notes, edit, add, history."""

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(db, *args):
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    from conftest import SEED

    if not SEED.exists():
        pytest.skip("shared seed gazette not present")
    db = tmp_path_factory.mktemp("cli12") / "ledger.sqlite3"
    r = run(db, "import", str(SEED))
    assert r.returncode == 0, r.stderr
    return db


def _task_of(db, unit):
    j = json.loads(run(db, "list", "--unit", unit, "--format", "json").stdout)
    return next(t["id"] for t in j["tasks"] if not t["title"].startswith("每"))


def test_backdated_tick_with_note_is_in_history(seed_db):
    tid = _task_of(seed_db, "市科技局")
    r = run(seed_db, "tick", str(tid), "--unit", "市科技局", "--date", "2018-12-01", "--note", "已完成", "--by", "张三")
    assert r.returncode == 0, r.stderr
    assert "完成日期 2018-12-01" in r.stdout
    h = run(seed_db, "history", str(tid)).stdout
    line = next(x for x in h.splitlines() if "办结" in x)
    assert "完成日期 2018-12-01" in line and "已完成" in line and "张三" in line
    assert line.startswith(date.today().isoformat())  # when it was entered


def test_tick_after_today_is_refused(seed_db):
    tid = _task_of(seed_db, "市科技局")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    r = run(seed_db, "tick", str(tid), "--unit", "市发展改革委", "--date", tomorrow)
    assert r.returncode == 2 and "晚于今天" in r.stderr and "Traceback" not in r.stderr
    r = run(seed_db, "tick", str(tid), "--unit", "市发展改革委", "--date", "2018-13-01")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr


def test_edit_deadline_shows_in_show_and_history(seed_db):
    tid = _task_of(seed_db, "市科技局")
    r = run(seed_db, "edit", str(tid), "--deadline", "2019-06-30", "--by", "李四")
    assert r.returncode == 0 and "完成时限" in r.stdout, r.stderr
    assert "2019-06-30" in run(seed_db, "show", str(tid)).stdout
    h = run(seed_db, "history", str(tid)).stdout
    assert any("修改完成时限" in x and "→ 2019-06-30" in x and "李四" in x for x in h.splitlines())
    r = run(seed_db, "edit", str(tid), "--unit", "市科技局:boss")
    assert r.returncode == 2 and "职责" in r.stderr
    assert run(seed_db, "edit", "999999", "--title", "x").returncode == 5
    r = run(seed_db, "edit", str(tid), "--title", "新标题", "--expect-version", "1")
    assert r.returncode == 6 and "修改过" in r.stderr


def test_add_appears_in_list(seed_db):
    r = run(seed_db, "add", "--title", "落实市长批示推进科技成果转化", "--unit", "市科技局", "--deadline", "2019-03-31",
            "--source", "领导批示", "--source-date", "2018-11-20", "--case-no", "DB2018-07", "--leader", "张副市长")
    assert r.returncode == 0, r.stderr
    tid = int(r.stdout.split("#")[1].split("：")[0])
    listed = run(seed_db, "list", "--unit", "市科技局", "--as-of", "2019-01-01").stdout
    assert f"#{tid}" in listed and "落实市长批示推进科技成果转化" in listed
    show = run(seed_db, "show", str(tid)).stdout
    assert "领导批示" in show and "DB2018-07" in show and "张副市长" in show
    assert "新增任务" in run(seed_db, "history", str(tid)).stdout
    r = run(seed_db, "add", "--unit", "市科技局")
    assert r.returncode == 2 and "标题" in r.stderr


def test_refused_ticks_use_the_documented_exit_code(seed_db):
    j = json.loads(run(seed_db, "list", "--unit", "市财政局", "--format", "json").stdout)
    tid = next(t["id"] for t in j["tasks"] if len(t["units"]) > 1)
    r = run(seed_db, "tick", str(tid))  # several units: which one?
    assert r.returncode == 2 and "--unit" in r.stderr
    r = run(seed_db, "extend", str(tid), "--to", "2020-01-01", "--reason", " ")
    assert r.returncode == 2 and "理由" in r.stderr


def test_show_shortens_a_long_edited_text_at_a_pause(seed_db):
    tid = _task_of(seed_db, "市财政局")
    text = "完善财政科技投入机制、优化财政科研项目管理、落实科研经费使用自主权、开展绩效评价并公开结果"
    r = run(seed_db, "edit", str(tid), "--text", text, "--by", "李四")
    assert r.returncode == 0, r.stderr
    assert text in run(seed_db, "history", str(tid)).stdout   # the history keeps it whole
    line = next(x for x in run(seed_db, "show", str(tid)).stdout.splitlines() if "人工修改正文" in x)
    assert "→ 完善财政科技投入机制、优化财政科研项目管理、落实科研经费使用自主权…（李四 " in line
