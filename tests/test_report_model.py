"""The weekly report and chasing notices computed from the seed ledger as of 2018-12-20."""

import json
from datetime import date

import pytest

from ledger_helpers import NOW, import_tasks, task
from report_helpers import AS_OF
from tracker.errors import NotFoundError, TrackerError
from tracker.report import build_notice, build_notices, build_weekly, parse_week, week_of
from tracker.report.model import rate_light
from tracker.report.weeks import default_as_of


@pytest.fixture(scope="module")
def weekly(seeded):
    led, _, _ = seeded
    return build_weekly(led, AS_OF, week=parse_week("2018-W51"), printed_by="督查室", printed_at="2018-12-20 10:00")


def test_week_spec_and_title():
    w = parse_week("2018-W51")
    assert (w.monday, w.sunday) == (date(2018, 12, 17), date(2018, 12, 23))
    assert w.title == "2018年第51周（12月17日—12月23日）"
    assert week_of(date(2018, 12, 20)) == w and parse_week("2018w51") == w
    assert parse_week("2019-W01").title == "2019年第1周（12月31日—2019年1月6日）"
    for bad in ("2018-W54", "51", "2018-51", ""):
        with pytest.raises(TrackerError, match="周次格式"):
            parse_week(bad)
    assert default_as_of(w, date(2018, 12, 20)) == date(2018, 12, 20)
    assert default_as_of(w, date(2019, 3, 1)) == date(2018, 12, 23)


def test_heading(weekly, seeded):
    h = weekly.heading
    assert h.title == "重点任务督办周报" and h.week.spec == "2018-W51"
    assert h.ledger_name == "seed" and h.printed_by == "督查室" and h.as_of == AS_OF


def test_summary_agrees_with_status_counts_and_tracker_list(weekly, seeded, capsys):
    led, _, path = seeded
    counts = led.status.counts(AS_OF)
    c = weekly.counts
    assert c["total"] == sum(counts.values()) == led.tasks.count()
    assert c["done"] == counts["done"] and c["overdue"] == counts["overdue"]
    assert c["due_soon"] == counts["due_soon"] and c["terminated"] == counts["terminated"] == 1
    assert c["in_progress"] == c["total"] - c["done"] - c["overdue"] - c["terminated"]
    assert weekly.item("overdue").value == str(counts["overdue"]) and weekly.item("overdue").light == "red"
    from tracker.cli import main

    assert main(["--db", str(path), "list", "--as-of", "2018-12-20", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)["tasks"]
    by_bucket = {}
    for t in listed:
        by_bucket.setdefault(t["bucket"], []).append(t["id"])
    assert [r.task_id for r in weekly.overdue] == sorted(
        by_bucket["overdue"], key=lambda i: (next(t["days"] for t in listed if t["id"] == i), i))
    assert sorted(r.task_id for r in weekly.due_soon) == sorted(by_bucket["due_soon"])
    assert len(by_bucket["done"]) == c["done"] == 5


def test_sections_follow_the_story(weekly, seeded):
    led, story, _ = seeded
    # Overdue worst first; due soon soonest first; open units name the lead first.
    assert [r.days for r in weekly.overdue] == sorted(r.days for r in weekly.overdue)
    assert all(r.days < 0 for r in weekly.overdue) and all(0 <= r.days <= 30 for r in weekly.due_soon)
    assert [r.days for r in weekly.due_soon] == sorted(r.days for r in weekly.due_soon)
    assert story["extended"][0] not in {r.task_id for r in weekly.overdue}
    for r in weekly.overdue + weekly.due_soon:
        leads = [u for u in r.open_units if u.endswith("（牵头）")]
        assert not leads or r.open_units[0] == leads[0]
    # 本周完成: the late tick and the two on-time ones, plus the partial tick; not October's.
    ticked = {c.task_id for c in weekly.completed}
    assert ticked == set(story["late_this_week"] + story["this_week"] + story["partial"])
    late = [c for c in weekly.completed if c.task_id in story["late_this_week"]]
    assert late and all(c.on_time is False and c.done_by == "李科员" for c in late)
    assert all(c.on_time for c in weekly.completed if c.task_id in story["this_week"])
    assert weekly.counts["done_this_week"] == 3  # the partial task is not finished
    # 延期与终止 with their reasons.
    kinds = {(c.kind, c.task_id): c for c in weekly.changes}
    assert kinds[("extension", story["extended"][0])].new_deadline == "2019-03-31"
    assert "征地" in kinds[("extension", story["extended"][0])].reason
    assert kinds[("termination", story["terminated"][0])].reason == "上级政策调整，不再实施"


def test_unit_ranking_most_overdue_first(weekly, seeded):
    led, _, _ = seeded
    overdue = [u.overdue for u in weekly.units]
    assert overdue == sorted(overdue, reverse=True) and overdue[0] > 0
    overview = {u["name"]: u for u in led.status.unit_overview(AS_OF)}
    for u in weekly.units:
        assert u.overdue == overview[u.name]["overdue"]
        assert u.due_soon == overview[u.name]["due_soon"]
        assert 0 <= u.cells_done <= u.cells


def test_unit_and_document_filters(seeded):
    led, _, _ = seeded
    unit = "市政务服务中心管理办"
    r = build_weekly(led, AS_OF, unit=unit)
    assert r.heading.unit == unit
    assert r.counts["total"] == sum(led.status.counts(AS_OF, unit=unit).values())
    assert [u.name for u in r.units] == [unit]
    doc = led.documents.find("聊政办字〔2018〕76号")
    r = build_weekly(led, AS_OF, document="聊政办字〔2018〕76号")
    assert r.heading.document == "聊政办字〔2018〕76号"
    assert r.counts["total"] == doc.task_count
    assert all(row.doc_no == "聊政办字〔2018〕76号" for row in r.overdue + r.due_soon)
    with pytest.raises(NotFoundError, match="没有单位"):
        build_weekly(led, AS_OF, unit="市不存在局")


def test_notices_for_late_units(seeded):
    led, _, _ = seeded
    notices = build_notices(led, AS_OF, printed_by="督查室")
    assert notices and all(n.overdue for n in notices)
    assert [len(n.overdue) for n in notices] == sorted((len(n.overdue) for n in notices), reverse=True)
    assert notices[0].number.endswith("-001") and len({n.number for n in notices}) == len(notices)
    overview = {u["name"]: u for u in led.status.unit_overview(AS_OF)}
    for n in notices:
        assert len(n.overdue) == overview[n.unit]["overdue"]
        assert [i.days for i in n.items] == sorted(i.days for i in n.items)
        assert n.reply_by > AS_OF
    late_units = {name for name, u in overview.items() if u["overdue"]}
    assert {n.unit for n in notices} == late_units


def test_notice_for_one_unit_and_for_a_unit_with_nothing_due(seeded):
    led, _, _ = seeded
    n = build_notice(led, "市政务服务中心管理办", AS_OF, seq=3)
    assert n.number == "2018年第51周-003" and n.overdue and n.due_soon
    assert all(i.doc_no for i in n.items)
    empty = build_notice(led, "市财政局", date(2010, 1, 1))
    assert empty.unit == "市财政局" and empty.items == []


def test_on_time_rate_arithmetic(ledger):
    import_tasks(ledger,
                 task("甲", "2018-11-30", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("乙", "2018-12-10"),
                 task("丙", "2019-03-31"),
                 task("丁", "2018-12-01"))
    ids = ledger.tasks.ids()
    a, b, c, d = ids
    ledger.progress.tick(a, "市科技局", by="x", now="2018-11-30T17:00:00")  # on the due day: on time
    ledger.progress.tick(a, "市财政局", by="x", now="2018-12-02T09:00:00")  # late
    ledger.progress.tick(b, by="x", now="2018-12-05T09:00:00")  # early
    ledger.progress.tick(c, by="x", now="2018-12-05T09:00:00")  # not yet due: not counted
    # 丁 is due and open: counts as due, not on time.
    r = build_weekly(ledger, AS_OF)
    item = r.item("on_time_rate")
    assert item.value == "50.0%" and "2 / 已到期 4" in item.note and item.light == "red"
    ledger.tasks.terminate(d, "取消", by="x", now=NOW)
    assert build_weekly(ledger, AS_OF).item("on_time_rate").value == "66.7%"  # terminated tasks drop out
    by_unit = {u.name: u.rate for u in build_weekly(ledger, AS_OF).units}
    assert by_unit["市财政局"] == 0.0 and by_unit["市科技局"] == 1.0
    assert rate_light(None) == "grey" and rate_light(0.9) == "green" and rate_light(0.7) == "yellow"


def test_empty_ledger_report(ledger):
    r = build_weekly(ledger, AS_OF)
    assert r.counts["total"] == 0 and r.item("on_time_rate").value == "—"
    assert r.overdue == r.due_soon == r.completed == r.changes == [] and build_notices(ledger, AS_OF) == []


def test_a_report_too_big_to_print_is_refused_with_its_size_and_the_filters(seeded, monkeypatch):
    """The size guard lives in the core model: the CLI and the app refuse alike, exit 7,
    before any task is read; a filter by unit brings the report under the limit."""
    from tracker.report import model

    led = seeded[0] if isinstance(seeded, tuple) else seeded
    pages, counts = model.estimate_pages(led, AS_OF)
    assert pages >= 2 and counts["overdue"] >= 1
    monkeypatch.setattr(model, "MAX_PAGES", 1)
    with pytest.raises(model.ReportTooLargeError, match=r"周报约 \d+ 页.*--unit.*--document") as err:
        model.build_weekly(led, AS_OF)
    assert err.value.exit_code == 7
    monkeypatch.setattr(model, "MAX_PAGES", pages)
    assert model.build_weekly(led, AS_OF).counts["overdue"] == counts["overdue"]


def test_notices_and_the_monthly_report_too_big_to_print_are_refused_alike(seeded, monkeypatch):
    """Chasing notices and the monthly 通报 have the weekly report's size guard (exit 7, the
    filters named, before any item is read): at a million tasks they ran to 25,000 pages."""
    from tracker.report import model
    from tracker.report.monthly import build_monthly
    from tracker.report.notice import check_notices_size
    from tracker.report.stats import Period

    led = seeded[0] if isinstance(seeded, tuple) else seeded
    notices = build_notices(led, AS_OF)
    pages = check_notices_size(led, AS_OF, 30, None, None, late_only=True)
    assert pages >= len(notices) >= 1
    monkeypatch.setattr(model, "MAX_PAGES", pages - 1)
    with pytest.raises(model.ReportTooLargeError, match=r"催办通知单约 \d+ 页（\d+ 个单位.*--unit.*--document") as err:
        build_notices(led, AS_OF)
    assert err.value.exit_code == 7
    one = notices[0].unit
    assert build_notice(led, one, AS_OF).items  # one unit's notice is under the limit
    monkeypatch.setattr(model, "MAX_PAGES", 1)
    with pytest.raises(model.ReportTooLargeError, match=r"月度通报约 \d+ 页（逾期未完成 \d+ 项）.*--unit"):
        build_monthly(led, Period.month(2018, 12), AS_OF)
    monkeypatch.setattr(model, "MAX_PAGES", pages)
    assert [n.unit for n in build_notices(led, AS_OF)] == [n.unit for n in notices]
