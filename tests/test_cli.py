"""The command line end to end on a temporary ledger, in a real process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ledger_helpers import contract, task

ROOT = Path(__file__).resolve().parent.parent


def run(db, *args, input=None):
    env = dict(os.environ, TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", input=input)


@pytest.fixture
def loaded(tmp_path, db_path):
    c = contract(task("推进科技园区建设", deadline="2018-12-31", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("每年报告诉讼案件", deadline="2018-12-31", recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
                      deadline_text="每年12月31日前", units=(("各级行政机关", "responsible"),)),
                 task("完善制度", deadline="2018-11-30", units=(("市司法局", "responsible"),)))
    f = tmp_path / "c.json"
    f.write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
    r = run(db_path, "import-json", str(f))
    assert r.returncode == 0, r.stderr
    assert "新增文件" in r.stdout and "3 项任务" in r.stdout
    return db_path


def test_list_groups_by_bucket(loaded):
    r = run(loaded, "list", "--as-of", "2018-12-20")
    assert r.returncode == 0, r.stderr
    assert "【已逾期】1 项" in r.stdout and "【30天内到期】2 项" in r.stdout
    assert "逾期20天" in r.stdout and "○市科技局(牵头)" in r.stdout
    j = json.loads(run(loaded, "list", "--as-of", "2018-12-20", "--format", "json").stdout)
    assert [t["bucket"] for t in j["tasks"]] == ["overdue", "due_soon", "due_soon"]
    r = run(loaded, "list", "--as-of", "2018-12-20", "--unit", "市财政局", "--format", "csv")
    assert r.stdout.count("\n") == 2 and "推进科技园区建设" in r.stdout


def test_tick_show_history_extend_terminate(loaded):
    j = json.loads(run(loaded, "list", "--as-of", "2018-12-20", "--format", "json").stdout)
    tid = next(t["id"] for t in j["tasks"] if t["title"] == "推进科技园区建设")
    r = run(loaded, "tick", str(tid), "--unit", "市科技局", "--by", "张三", "--note", "已完成")
    assert r.returncode == 0 and "已办结" in r.stdout
    r = run(loaded, "tick", str(tid), "--unit", "市科技局", "--undo", "--by", "张三")
    assert "撤销" in r.stdout
    h = run(loaded, "history", str(tid)).stdout
    assert h.count("张三") == 2
    assert run(loaded, "extend", str(tid), "--to", "2019-03-31", "--reason", "资金未到位").returncode == 0
    show = run(loaded, "show", str(tid)).stdout
    assert "原定 2018-12-31" in show and "资金未到位" in show and "市财政局" in show
    assert run(loaded, "terminate", str(tid), "--reason", "机构调整").returncode == 0
    j = json.loads(run(loaded, "list", "--as-of", "2018-12-20", "--bucket", "terminated", "--format", "json").stdout)
    assert [t["id"] for t in j["tasks"]] == [tid]


def test_due_within_and_units(loaded):
    j = json.loads(run(loaded, "list", "--as-of", "2018-12-20", "--due-within", "30", "--format", "json").stdout)
    assert len(j["tasks"]) == 3
    r = run(loaded, "units", "--add-alias", "市科技局局", "市科技局")
    assert r.returncode == 0
    r = run(loaded, "units", "--members", "各级行政机关", "甲县政府,乙县政府")
    assert "2 个成员" in r.stdout
    assert "甲县政府" in run(loaded, "units").stdout


def test_units_similar_lists_near_duplicates(loaded):
    run(loaded, "units", "--members", "各级行政机关", "市食药局,甲区发改局,甲区发展和改革局,乙区发改局")
    run(loaded, "units", "--members", "有关部门", "乙区发展和改革局")
    r = run(loaded, "units", "--similar")
    assert r.returncode == 0
    assert "市食药局 → 市食品药品监管局：简称" in r.stdout
    assert "乙区发展和改革局 → 乙区发改局" in r.stdout     # neither has tasks: the older name is kept
    assert "甲区发改局" not in r.stdout          # two members of one collective: listed apart on purpose
    run(loaded, "units", "--add-alias", "市食药局", "市食品药品监管局")
    assert "市食药局 →" not in run(loaded, "units", "--similar").stdout


def test_errors_are_chinese_with_exit_codes(loaded, tmp_path):
    r = run(loaded, "show", "9999")
    assert r.returncode == 5 and "没有这项任务" in r.stderr and "Traceback" not in r.stderr
    r = run(loaded, "list", "--as-of", "2018-13-01")
    assert r.returncode == 2 and "日期格式" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    r = run(loaded, "import-json", str(bad))
    assert r.returncode == 3 and "JSON" in r.stderr
    notdb = tmp_path / "x.sqlite3"
    notdb.write_text("hello", encoding="utf-8")
    r = run(notdb, "list")
    assert r.returncode == 4 and "不是督办台账" in r.stderr


def test_reading_commands_work_on_a_file_one_may_not_write(loaded, monkeypatch, capsys):
    """A read-only ledger (simulated: tests run as root, where chmod does not stop writes)."""
    import tracker.cli.common as common
    from tracker.cli import main

    real_access = os.access
    monkeypatch.setattr(common.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    assert main(["--db", str(loaded), "list", "--as-of", "2018-12-20"]) == 0
    assert "【已逾期】1 项" in capsys.readouterr().out
    monkeypatch.setattr("tracker.ledger.os.access", lambda p, mode: False)
    assert main(["--db", str(loaded), "tick", "1", "--unit", "市科技局"]) == 4
    assert "只读" in capsys.readouterr().err


def test_each_command_parses_with_only_its_module():
    """Running one command builds only its module's parsers: every command the map names
    exists and is registered by the module it names (a command not in the map builds
    the whole parser, so it still works, only slower)."""
    import argparse

    from tracker.cli import COMMAND_MODULES, build_parser

    def commands(parser):
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return set(action.choices)

    every = commands(build_parser())
    assert set(COMMAND_MODULES) <= every
    for word in COMMAND_MODULES:
        alone = commands(build_parser(["--db", "x.sqlite3", word]))
        assert word in alone and alone < every
