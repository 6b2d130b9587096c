"""Statistics, the monthly 通报 and reminders, without Qt, on fresh temporary ledgers."""

from datetime import date, datetime, time

import pytest

from ledger_helpers import import_tasks, task
from tracker.errors import TrackerError
from tracker.report.stats import Period, build_stats, parse_month, period_of


def _tick(ledger, task_id, unit, at, milestone=None):
    ledger.progress.tick(task_id, unit, milestone, by="tester", now=at)


@pytest.fixture
def story(ledger):
    """Four December tasks of 市科技局 and 市财政局 and one for January, ticked on various days."""
    import_tasks(
        ledger,
        task("甲", "2018-12-05", units=(("市科技局", "lead"), ("市财政局", "support"))),
        task("乙", "2018-12-10", units=(("市科技局", "lead"),)),
        task("丙", "2018-12-28", units=(("市财政局", "lead"),)),
        task("丁", "2018-12-15", units=(("市财政局", "lead"),)),
        task("戊", "2019-01-20", units=(("市科技局", "lead"),)),
    )
    ids = {t.title: t.id for t in ledger.status.rows(date(2018, 12, 20))}
    _tick(ledger, ids["甲"], "市科技局", "2018-12-04T10:00:00")   # on time
    _tick(ledger, ids["甲"], "市财政局", "2018-12-07T10:00:00")   # late
    _tick(ledger, ids["乙"], "市科技局", "2018-12-10T18:00:00")   # on the due day: on time
    _tick(ledger, ids["丙"], "市财政局", "2018-12-26T10:00:00")   # after the as-of date of 12-20
    return ledger, ids


def _by_name(report):
    return {r.name: r for r in report.rows}


def test_periods():
    assert Period.month(2018, 12) == Period(date(2018, 12, 1), date(2018, 12, 31), "2018年12月")
    assert Period.month(2019, 2).end == date(2019, 2, 28)
    assert Period.quarter(2018, 4).start == date(2018, 10, 1) and Period.quarter(2018, 4).label == "2018年第四季度"
    assert period_of("quarter", date(2018, 5, 3)) == Period.quarter(2018, 2)
    assert period_of("year", date(2018, 5, 3)).end == date(2018, 12, 31)
    assert parse_month("2018-12") == parse_month("2018年12月") == Period.month(2018, 12)
    assert Period.month(2018, 12).spec == "2018-12"
    for bad in ("2018-13", "", "十二月", "2018-W51"):
        with pytest.raises(TrackerError, match="月份格式"):
            parse_month(bad)
    with pytest.raises(TrackerError, match="早于"):
        Period.between(date(2018, 12, 2), date(2018, 12, 1))
    assert Period.month(2018, 12).as_of_for(date(2019, 1, 5)) == date(2018, 12, 31)
    assert Period.month(2018, 12).as_of_for(date(2018, 12, 9)) == date(2018, 12, 9)


def test_unit_stats_as_of_the_20th(story):
    ledger, _ids = story
    report = build_stats(ledger, Period.month(2018, 12), date(2018, 12, 20))
    rows = _by_name(report)
    kj, cz = rows["市科技局"], rows["市财政局"]
    # 市科技局: 甲 (12-05, on time) and 乙 (12-10, on the day) due; 戊 is January's.
    assert (kj.due, kj.on_time, kj.late, kj.overdue_tasks, kj.open_tasks) == (2, 2, 0, 0, 0)
    assert kj.rate == 1.0
    # 市财政局: 甲 late, 丁 overdue; 丙 due 12-28 is open (its tick of 12-26 is after the as-of date).
    assert (cz.due, cz.on_time, cz.late, cz.overdue_tasks, cz.open_tasks) == (2, 0, 1, 1, 1)
    assert cz.rate == 0.0
    t = report.total
    assert (t.due, t.on_time, t.late, t.overdue_cells, t.open_cells) == (4, 2, 1, 1, 1)
    assert [r.name for r in report.ranked()] == ["市科技局", "市财政局"]


def test_unit_stats_at_month_end_and_for_other_periods(story):
    ledger, _ids = story
    end = build_stats(ledger, Period.month(2018, 12), date(2018, 12, 31))
    cz = _by_name(end)["市财政局"]
    assert (cz.due, cz.on_time, cz.late, cz.overdue_tasks, cz.open_tasks) == (3, 1, 1, 1, 0)
    assert cz.rate == pytest.approx(1 / 3)
    jan = build_stats(ledger, Period.month(2019, 1), date(2018, 12, 31))
    assert [(r.name, r.due, r.open_tasks) for r in jan.rows] == [("市科技局", 0, 1)]
    assert jan.rows[0].rate is None
    year = build_stats(ledger, Period.year(2018), date(2018, 12, 31))
    assert year.total.due == 5


def test_followed_units_and_document_filter(story):
    ledger, _ids = story
    only = build_stats(ledger, Period.month(2018, 12), date(2018, 12, 20), units=["市科技局", "不存在的单位"])
    assert [r.name for r in only.rows] == ["市科技局"]
    none = build_stats(ledger, Period.month(2018, 12), date(2018, 12, 20), document_id=999)
    assert none.rows == [] and none.total.rate is None


def test_terminated_tasks_and_empty_ledger(ledger):
    assert build_stats(ledger, Period.month(2018, 12), date(2018, 12, 20)).rows == []
    import_tasks(ledger, task("己", "2018-12-01"))
    tid = ledger.status.rows(date(2018, 12, 20))[0].id
    ledger.tasks.terminate(tid, "调整", by="t", now="2018-12-02T09:00:00")
    assert build_stats(ledger, Period.month(2018, 12), date(2018, 12, 20)).rows == []


def test_monthly_report_and_html(story):
    from tracker.report.monthly import build_monthly
    from tracker.report.stats_html import monthly_html

    ledger, _ids = story
    report = build_monthly(ledger, Period.month(2018, 12), date(2018, 12, 20), printed_by="督查室")
    assert report.item("due").value == "4"
    assert report.item("on_time_rate").value == "50.0%"
    assert [r.title for r in report.overdue] == ["丁"]
    assert len(report.completed) == 3   # 12-26's tick is after the as-of date
    html = monthly_html(report)
    assert "重点任务督办情况通报" in html and "2018年12月" in html and "各单位按期办结情况" in html
    assert html.index("市科技局") < html.index("市财政局")   # ranked by rate
    assert 'bgcolor="#2e7d32"' in html   # 市科技局's full green bar


def test_weekly_report_has_a_statistics_section(story):
    from tracker.report import build_weekly
    from tracker.report.html import weekly_html

    ledger, _ids = story
    report = build_weekly(ledger, date(2018, 12, 20))
    assert report.stats.period == Period.year(2018)
    assert "本年度按期办结统计" in weekly_html(report)


def test_reminders_for_followed_units(story):
    from tracker.report.reminders import due_reminders, reminder_text

    ledger, _ids = story
    every = due_reminders(ledger, date(2018, 12, 20), 7)
    assert [(r.unit, r.title, r.days) for r in every] == [("市财政局", "丁", -5)]
    # 丙 (12-28) was ticked on 12-26: a reminder looks at the ledger as it is now.
    soon = due_reminders(ledger, date(2018, 12, 20), 31)
    assert [(r.unit, r.title, r.days) for r in soon] == [("市财政局", "丁", -5), ("市科技局", "戊", 31)]
    assert [r.title for r in due_reminders(ledger, date(2018, 12, 20), 31, units=["市科技局"])] == ["戊"]
    assert due_reminders(ledger, date(2018, 12, 20), 30, units=["市科技局"]) == []
    assert due_reminders(ledger, date(2018, 12, 20), 31, units=["不存在的单位"]) == []
    title, body = reminder_text(soon, 31)
    assert title == "督办提醒：已逾期 1 项，31天内到期 1 项"
    assert "市财政局：丁（逾期5天）" in body and "市科技局：戊（31天后到期）" in body


def test_reminder_of_a_long_title_ends_at_a_pause_with_a_mark():
    from tracker.report.reminders import Reminder, reminder_text

    title = "推动新型防水材料、高端陶瓷研磨材料、橡胶助剂、水泥助磨剂、超高分子量聚乙烯等新型材料的研发升级"
    _t, body = reminder_text([Reminder("市科技局", 1, title, None, "2018-12-25", "完成", 5)], 30)
    assert body == "市科技局：推动新型防水材料、高端陶瓷研磨材料、橡胶助剂…（5天后到期）"


def test_reminder_schedule():
    from tracker.report.reminders import next_run, parse_time

    assert parse_time("08:30") == time(8, 30)
    assert parse_time("25:00") == time(9, 0) and parse_time("") == time(9, 0)
    assert next_run(datetime(2018, 12, 20, 8, 0), time(9, 0)) == datetime(2018, 12, 20, 9, 0)
    assert next_run(datetime(2018, 12, 20, 9, 0), time(9, 0)) == datetime(2018, 12, 21, 9, 0)


def test_cli_monthly_report(story, db_path, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, TRACKER_DB=str(db_path), PYTHONIOENCODING="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=root, env=env, capture_output=True,
                              text=True, encoding="utf-8")

    out = tmp_path / "通报.html"
    r = run("report", "--month", "2018-12", "--html", str(out))
    assert r.returncode == 0, r.stderr
    assert "2018年12月 督办情况通报" in r.stdout and "统计日期 2018-12-31" in r.stdout
    assert "按期办结率 60.0%" in r.stdout   # 甲 (科技局), 乙 and 丙 on time of five December cells
    assert "重点任务督办情况通报" in out.read_text("utf-8")
    r = run("report", "--month", "2018-13", "--html", str(out))
    assert r.returncode == 2 and "月份格式" in r.stderr and "Traceback" not in r.stderr
    r = run("report", "--month", "2018-12", "--week", "2018-W51", "--html", str(out))
    assert r.returncode == 2
