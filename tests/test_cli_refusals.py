"""Issue 9's hostile command lines: huge numbers and dates, refusals, CSV formulas, full
disks, outputs named like the ledger. A message and a documented exit code, never a
traceback, and a read never writes."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest

from ledger_helpers import import_tasks, task
from tracker.cli import main
from tracker.ledger import Ledger

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(db_path):
    with Ledger.open(db_path) as led:
        import_tasks(led, task("=HYPERLINK(\"http://x\",\"点我\")", deadline="2018-12-31",
                               units=(("市科技局", "lead"), ("市财政局", "support"))),
                     task("+1+1 推进工作", deadline="2018-11-30", units=(("市司法局", "responsible"),)),
                     task("@SUM(A1) 完善制度", deadline="2018-12-10", units=(("市教育局", "lead"),)),
                     task("-2 每年报告", deadline="2018-12-31", recurrence="FREQ=MONTHLY;BYMONTHDAY=28",
                          deadline_text="每月28日前", units=(("市民政局", "lead"),)),
                     doc_no="=cmd|' /C calc'!A0")
    return db_path


def cli(capsys, db, *args) -> tuple[int, str, str]:
    """Run the command line in this process: (exit code, stdout, stderr); argparse's own
    refusals (SystemExit) count as their exit code."""
    try:
        code = main(["--db", str(db), *args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def documented_exit_codes() -> set[int]:
    text = (ROOT / "README.md").read_text("utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("退出码："))
    return {int(n) for n in re.findall(r"(\d+) ", line)}


@pytest.mark.parametrize("args", [
    ["show", "99999999999999999999"], ["tick", "99999999999999999999"], ["history", "99999999999999999999"],
    ["extend", "99999999999999999999", "--to", "2019-01-01", "--reason", "理由"], ["show", "0"], ["show", "-3"],
    ["list", "--as-of", "9999-12-31"], ["report", "--week", "9999-W52", "--html", "x.html"],
    ["report", "--month", "9999-12", "--html", "x.html"], ["list", "--window", "99999999999"],
    ["tick", "1", "--milestone", "99999999999999999999"], ["extend", "1", "--to", "9999-12-31", "--reason", "x"],
])
def test_huge_numbers_and_dates_are_argument_errors(capsys, db, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, db, *args)
    assert code == 2 and ("超出" in err or "范围" in err), err
    assert not (tmp_path / "x.html").exists()


def test_refusals_have_their_own_documented_codes(capsys, db):
    codes = documented_exit_codes()
    with Ledger.open(db) as led:
        tid = led.tasks.ids()[1]   # one unit, one milestone
        two_units = led.tasks.ids()[0]
    code, _, _ = cli(capsys, db, "tick", str(tid))
    assert code == 0
    code, _, err = cli(capsys, db, "tick", str(tid))
    assert code == 8 and "都已办结" in err
    code, _, err = cli(capsys, db, "tick", str(two_units))
    assert code == 2 and "--unit" in err
    code, _, err = cli(capsys, db, "extend", str(tid), "--to", "2019-01-31", "--reason", "  ")
    assert code == 2 and "理由" in err
    code, _, err = cli(capsys, db, "terminate", str(tid), "--reason", "")
    assert code == 2 and "理由" in err
    code, _, err = cli(capsys, db, "report", "--week", "2018-W60", "--html", "a.html")
    assert code == 2 and "周次" in err
    code, _, err = cli(capsys, db, "terminate", str(tid), "--reason", "机构调整")
    assert code == 0
    code, _, err = cli(capsys, db, "tick", str(tid), "--undo")
    assert code == 8 and "已终止" in err
    code, _, err = cli(capsys, db, "show", "4711")
    assert code == 5
    assert {0, 2, 5, 8} <= codes and 1 in codes   # 1 is documented, for the program's own faults


def test_every_error_class_has_a_documented_code_and_none_is_raised_bare():
    import pkgutil

    import tracker
    from tracker.errors import TrackerError

    for m in pkgutil.walk_packages(tracker.__path__, "tracker."):
        if m.name != "tracker.__main__":
            __import__(m.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    codes = documented_exit_codes()
    for cls in subclasses(TrackerError):
        assert cls.exit_code in codes and cls.exit_code != 1, cls
    bare = [str(p) for p in (ROOT / "tracker").rglob("*.py") if "raise TrackerError(" in p.read_text("utf-8")]
    assert bare == []   # a bare TrackerError would exit 1, the code of the program's own faults


def test_csv_fields_never_start_like_a_formula(capsys, db):
    code, out, _ = cli(capsys, db, "list", "--as-of", "2018-12-20", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 5
    starts = ("=", "+", "-", "@", "\t", "\r")
    for row in rows:
        for field in row:
            # Numbers (days overdue are negative) stay numbers: no spreadsheet runs them.
            assert not field.startswith(starts) or re.fullmatch(r"-\d+", field), field
    titles = {r[2] for r in rows[1:]}
    assert "'=HYPERLINK(\"http://x\",\"点我\")" in titles and "'+1+1 推进工作" in titles
    assert "'@SUM(A1) 完善制度" in titles and "'-2 每年报告" in titles
    assert {r[3] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}


def test_list_far_ahead_does_not_write(capsys, db):
    with Ledger.open(db) as watcher:
        milestones = watcher.db.execute("SELECT COUNT(*) FROM milestones").fetchone()[0]
        watcher.changed_elsewhere()
        code, out, _ = cli(capsys, db, "list", "--as-of", "2200-01-01")
        assert code == 0 and "共 4 项任务" in out
        code, _, _ = cli(capsys, db, "report", "--as-of", "2200-01-01", "--html", str(db.parent / "r.html"))
        assert code == 0
        assert not watcher.changed_elsewhere()   # no other connection committed anything
        assert watcher.db.execute("SELECT COUNT(*) FROM milestones").fetchone()[0] == milestones


def test_list_far_ahead_counts_the_recurring_duties_due_by_then(capsys, db):
    import json

    with Ledger.open(db, read_only=True) as led:
        stored = led.db.execute("SELECT COUNT(*) FROM milestones m JOIN tasks t ON t.id=m.task_id "
                                "WHERE t.recurrence IS NOT NULL").fetchone()[0]
    code, out, _ = cli(capsys, db, "list", "--as-of", "2200-01-01", "--format", "json")
    rows = {t["title"]: t for t in json.loads(out)["tasks"]}
    # Derived for this read (a monthly duty up to 2201), then rolled back: not stored.
    assert rows["-2 每年报告"]["cells_total"] > 12 * 180 > stored


@pytest.mark.parametrize("flag", ["--xlsx", "--pdf", "--html"])
def test_output_named_like_the_ledger_is_refused(capsys, db, flag):
    for target in (db, Path(f"{db}-wal")):
        args = ["export", "--xlsx", str(target)] if flag == "--xlsx" else ["report", flag, str(target)]
        before = db.read_bytes() if target == db else None
        code, _, err = cli(capsys, db, *args)
        assert code == 2 and "台账文件本身" in err
        if before is not None:
            assert db.read_bytes() == before


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")   # nothing complains at exit
def test_export_to_a_full_disk_leaves_no_file(capsys, db, tmp_path, monkeypatch):
    import errno

    from tracker.report.xlsx_writer import Sheet

    real = Sheet.append

    def full(self, values, styles=()):   # the disk fills while rows are being written
        real(self, values, styles)
        if self.rows > 3:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Sheet, "append", full)
    target = tmp_path / "out" / "台账.xlsx"
    target.parent.mkdir()
    code, out, err = cli(capsys, db, "export", "--xlsx", str(target))
    assert code == 7 and "无法写入文件" in err and "No space left" in err and "已导出" not in out
    assert list(target.parent.iterdir()) == []   # neither the file nor a temporary part
    import gc

    gc.collect()   # a half-open zip would complain here when collected
    assert "Exception ignored" not in capsys.readouterr().err


def test_export_keeps_an_existing_file_when_the_write_fails(capsys, db, tmp_path, monkeypatch):
    from tracker.report.xlsx_writer import Workbook

    target = tmp_path / "台账.xlsx"
    assert cli(capsys, db, "export", "--xlsx", str(target))[0] == 0
    good = target.read_bytes()
    monkeypatch.setattr(Workbook, "close", lambda self: (_ for _ in ()).throw(OSError(28, "No space")))
    assert cli(capsys, db, "export", "--xlsx", str(target))[0] == 7
    assert target.read_bytes() == good
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_internal_fault_is_a_message_with_code_1(capsys, db, monkeypatch):
    from tracker.ledger.progress import ProgressPart

    monkeypatch.setattr(ProgressPart, "history", lambda self, tid: 1 / 0)
    code, _, err = cli(capsys, db, "history", "1")
    assert code == 1 and "程序内部错误" in err and "ZeroDivisionError" in err and "Traceback" not in err
    log = Path(os.environ["TRACKER_LOG"])   # the traceback is kept for the maintainers, and the message says where
    assert f"详细信息已记入：{log}" in err
    text = log.read_text(encoding="utf-8")
    assert "tracker --db" in text and "Traceback" in text and "ZeroDivisionError" in text


def test_internal_fault_with_an_unwritable_log_is_still_a_message(capsys, db, monkeypatch, tmp_path):
    from tracker.ledger.progress import ProgressPart

    blocker = tmp_path / "不是文件夹"
    blocker.write_text("")
    monkeypatch.setenv("TRACKER_LOG", str(blocker / "errors.log"))
    monkeypatch.setattr(ProgressPart, "history", lambda self, tid: 1 / 0)
    code, _, err = cli(capsys, db, "history", "1")
    assert code == 1 and "详细信息未能记入日志" in err and "Traceback" not in err


def test_no_login_name_is_an_empty_name(monkeypatch):
    import getpass

    from tracker.cli.common import user_name

    def no_name():
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_name)
    assert user_name(None) == "" and user_name("甲") == "甲"
    monkeypatch.setattr(getpass, "getuser", lambda: 1 / 0)   # a fault of the program is not hidden
    with pytest.raises(ZeroDivisionError):
        user_name(None)
