"""Correcting saved tasks, adding tasks by hand, dated ticks with notes, and the history."""

from datetime import date

import pytest

from ledger_helpers import AS_OF, NOW, import_tasks, task
from tracker.errors import NotFoundError, ValueRefusedError
from tracker.ledger import activity, export_rows, reporting
from tracker.ledger.tasks import ConflictError

LATER = "2018-12-10T10:00:00"


def _one(ledger, title="推进科技园区建设", **kw):
    import_tasks(ledger, task(title, units=(("市科技局", "lead"), ("市财政局", "support")), **kw))
    return ledger.tasks.ids()[-1]


def test_edit_every_field_records_old_and_new(ledger):
    tid = _one(ledger)
    ch = ledger.tasks.edit(tid, {"title": "推进高新区建设", "text": "新的正文。", "deadline": "2019-06-30",
                                 "units": ["市科技局:lead", "市工信局:牵头", ("市财政局", "support")],
                                 "case_no": "DB-1", "leader": "李副市长"}, by="甲", now=LATER)
    assert ch.tasks == {tid} and "标题" in ch.message and "完成时限" in ch.message
    t = ledger.tasks.get(tid)
    assert (t.title, t.text, t.deadline, t.case_no, t.leader) == ("推进高新区建设", "新的正文。", "2019-06-30",
                                                                   "DB-1", "李副市长")
    # 市工信局 is an alias: stored under the directory's name
    assert [(a.name, a.role) for a in t.assignments] == [("市科技局", "lead"), ("市经济和信息化委", "lead"),
                                                          ("市财政局", "support")]
    assert t.milestones[-1].due == "2019-06-30" and t.original_deadline == "2019-06-30"
    events = {e.field: e for e in ledger.tasks.events(tid)}
    assert events["title"].old == "推进科技园区建设" and events["title"].new == "推进高新区建设"
    assert events["deadline"].old == "2018-12-31" and events["deadline"].new == "2019-06-30"
    assert events["deadline_text"].old == "2018年12月底前"  # the stale phrase is cleared, on record
    assert "市经济和信息化委(牵头)" in events["units"].new and events["units"].by == "甲" and events["units"].at == LATER
    history = ledger.history.of_task(tid)
    assert any(e.kind == "edit" and "2018-12-31 → 2019-06-30" in e.text for e in history)
    # the new unit owns cells
    assert {r.name for r in ledger.progress.matrix(tid)} == {"市科技局", "市经济和信息化委", "市财政局"}


def test_edit_nothing_changed_and_bad_values(ledger):
    tid = _one(ledger)
    version = ledger.tasks.get(tid).version
    ch = ledger.tasks.edit(tid, {"title": "推进科技园区建设"}, by="甲", now=LATER)
    assert not ch and "没有需要修改" in ch.message and ledger.tasks.get(tid).version == version
    with pytest.raises(ValueRefusedError, match="职责"):
        ledger.tasks.edit(tid, {"units": ["市科技局:boss"]}, by="甲", now=LATER)
    with pytest.raises(ValueRefusedError, match="YYYY-MM-DD"):
        ledger.tasks.edit(tid, {"deadline": "明年"}, by="甲", now=LATER)
    with pytest.raises(ValueRefusedError, match="标题"):
        ledger.tasks.edit(tid, {"title": " "}, by="甲", now=LATER)
    with pytest.raises(ValueRefusedError, match="不能修改"):
        ledger.tasks.edit(tid, {"state": "done"}, by="甲", now=LATER)
    with pytest.raises(NotFoundError):
        ledger.tasks.edit(9999, {"title": "x"}, by="甲", now=LATER)
    with pytest.raises(ConflictError):
        ledger.tasks.edit(tid, {"title": "别人改的"}, by="甲", now=LATER, expected_version=version - 1)
    assert ledger.tasks.events(tid) == []


def test_edit_milestones_keeps_ticks_and_refuses_removing_ticked(ledger):
    tid = _one(ledger, milestones=[{"due": "2018-10-31", "text": "制定方案"}])
    first = ledger.tasks.get(tid).milestones[0]
    ledger.progress.tick(tid, "市科技局", first.id, by="甲", now=LATER, done_on="2018-10-30")
    ledger.tasks.edit(tid, {"milestones": [{"id": first.id, "due": "2018-11-15", "label": "制定实施方案"},
                                           "2018-12-15:中期评估"]}, by="甲", now=LATER)
    t = ledger.tasks.get(tid)
    assert [(m.due, m.label, m.is_final) for m in t.milestones] == [
        ("2018-11-15", "制定实施方案", False), ("2018-12-15", "中期评估", False), ("2018-12-31", "完成", True)]
    cell = next(c for r in ledger.progress.matrix(tid) if r.name == "市科技局" for c in r.cells
                if c.milestone_id == first.id)
    assert cell.done and cell.done_on == "2018-10-30" and cell.due == "2018-11-15"
    with pytest.raises(ValueRefusedError, match="已有办理记录"):
        ledger.tasks.edit(tid, {"milestones": ["2018-12-15:中期评估"]}, by="甲", now=LATER)
    assert len(ledger.tasks.get(tid).milestones) == 3


def test_edit_recurrence_regenerates_occurrences(ledger):
    tid = _one(ledger, title="每年报告")
    ledger.tasks.edit(tid, {"recurrence": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"}, by="甲", now=NOW)
    ledger.tasks.extend_horizon(date(2020, 1, 1))
    dues = [m.due for m in ledger.tasks.get(tid).milestones]
    assert dues[0] == "2018-12-31" and "2019-12-31" in dues
    with pytest.raises(ValueRefusedError, match="周期"):
        ledger.tasks.edit(tid, {"recurrence": "每年"}, by="甲", now=NOW)
    ledger.tasks.edit(tid, {"recurrence": None}, by="甲", now=NOW)
    assert [m.due for m in ledger.tasks.get(tid).milestones] == ["2018-12-31"]


def test_add_by_hand_with_source(ledger):
    ch = ledger.tasks.add({"title": "落实市长批示加快成果转化", "units": ["市科技局:牵头", "市财政局:配合"],
                           "deadline": date(2019, 3, 31), "source_kind": "领导批示", "source_date": "2018-11-20",
                           "case_no": "DB2018-07", "leader": "张副市长"}, by="甲", now=LATER)
    (tid,) = ch.tasks
    t = ledger.tasks.get(tid)
    assert t.origin == "manual" and t.source_kind == "领导批示" and t.case_no == "DB2018-07"
    assert t.document_id is None and t.deadline == "2019-03-31" and t.milestones[-1].due == "2019-03-31"
    assert [r.id for r in ledger.status.rows(AS_OF, unit="市科技局")] == [tid]
    assert ledger.history.of_task(tid)[0].kind == "created"
    with pytest.raises(ValueRefusedError, match="来源"):
        ledger.tasks.add({"title": "x", "source_kind": "传闻"}, by="甲", now=LATER)
    with pytest.raises(ValueRefusedError, match="标题"):
        ledger.tasks.add({"units": ["市科技局"]}, by="甲", now=LATER)


def test_reimport_keeps_manual_edits_and_says_so(ledger):
    import_tasks(ledger, task("甲任务"), task("乙任务", deadline="2018-11-30"))
    a, b = ledger.tasks.ids()
    ledger.tasks.edit(a, {"title": "甲任务（已更正）"}, by="甲", now=LATER)
    ledger.tasks.edit(b, {"deadline": "2019-01-31"}, by="甲", now=LATER)
    added = ledger.tasks.add({"title": "会议议定事项", "doc_no": "测政发〔2018〕1号", "units": ["市科技局"]},
                             by="甲", now=LATER)
    (manual,) = added.tasks
    assert ledger.tasks.get(manual).document_id == ledger.tasks.get(a).document_id
    # re-issued: 乙's deadline moved by the document, but it was corrected by hand
    res = import_tasks(ledger, task("甲任务"), task("乙任务", deadline="2018-12-15"))
    summary = res.summary()
    assert "人工修改" in summary and "已保留" in summary
    assert ledger.tasks.get(a).title == "甲任务（已更正）" and ledger.tasks.get(a).state == "active"
    assert ledger.tasks.get(b).deadline == "2019-01-31"
    assert ledger.tasks.get(manual).state == "active"
    assert ledger.tasks.count() == 3


def test_dated_tick_note_and_future_refused(ledger):
    tid = _one(ledger)
    ch = ledger.progress.tick(tid, "市科技局", by="甲", note="已完成", now=LATER, done_on=date(2018, 12, 1))
    assert "完成日期 2018-12-01" in ch.message
    ev = ledger.progress.history(tid)[0]
    assert (ev.done_on, ev.at, ev.note) == ("2018-12-01", LATER, "已完成")
    with pytest.raises(ValueRefusedError, match="晚于今天"):
        ledger.progress.tick(tid, "市财政局", by="甲", now=LATER, done_on="2018-12-11")
    entry = ledger.history.of_task(tid)[0]
    assert "完成日期 2018-12-01" in entry.text and "已完成" in entry.text and entry.at == LATER
    ledger.progress.note(tid, "市财政局", None, "资金已拨付一半", by="乙", now=LATER)
    assert ledger.history.of_task(tid)[0].kind == "note"
    assert not next(r for r in ledger.progress.matrix(tid) if r.name == "市财政局").cells[0].done
    # undo skips the note and reverts the last tick
    ledger.progress.undo_last(now=LATER)
    assert not ledger.progress.matrix(tid)[0].cells[0].done


def test_reports_count_the_completion_date_given(ledger):
    import_tasks(ledger, task("按期任务", deadline="2018-11-30", units=(("市科技局", "lead"),)))
    tid = ledger.tasks.ids()[-1]
    # entered on 12-10 (late), finished on 11-28 (on time)
    ledger.progress.tick(tid, "市科技局", by="甲", now=LATER, done_on="2018-11-28")
    assert reporting.on_time(ledger, AS_OF).rate == 1.0
    done = activity.done_between(ledger, date(2018, 11, 26), date(2018, 12, 2))
    assert [c.done_day for c in done] == ["2018-11-28"] and done[0].on_time
    assert activity.done_between(ledger, date(2018, 12, 10), date(2018, 12, 16)) == []
    assert activity.completed_tasks_between(ledger, date(2018, 11, 26), date(2018, 12, 2)) == {tid}
    assert export_rows.ledger_rows(ledger)[0].last_done == "2018-11-28"


def test_tick_on_recurring_task_takes_the_occurrence_due_as_of_the_date(ledger):
    import_tasks(ledger, task("每年报告", deadline="2018-12-31", recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
                              units=(("市司法局", "responsible"),)))
    tid = ledger.tasks.ids()[-1]
    ledger.tasks.extend_horizon(date(2021, 6, 1))
    ledger.progress.tick(tid, "市司法局", by="甲", now="2021-06-01T09:00:00")
    ledger.progress.tick(tid, "市司法局", by="甲", now="2021-06-01T09:01:00", done_on="2019-12-20")
    done = {c.due: c.done_on for c in ledger.progress.matrix(tid)[0].cells if c.done}
    assert done == {"2021-12-31": "2021-06-01", "2019-12-31": "2019-12-20"}


def test_a_report_of_a_past_day_counts_later_completions_as_open(ledger):
    import_tasks(ledger, task("按期任务", deadline="2018-11-30", units=(("市科技局", "lead"),)))
    tid = ledger.tasks.ids()[-1]
    ledger.progress.tick(tid, "市科技局", by="甲", now=LATER, done_on="2018-12-05")
    assert [s.bucket for s in ledger.status.rows(date(2018, 12, 10), completed_as_of=True)] == ["done"]
    (past,) = ledger.status.rows(date(2018, 12, 3), completed_as_of=True)
    assert past.bucket == "overdue" and past.cells_done == 0 and past.days == -3
    assert ledger.status.rows_for([tid], date(2018, 12, 3), completed_as_of=True)[0].bucket == "overdue"
    # the cards and `list` follow the ticks as they are now
    assert ledger.status.rows(date(2018, 12, 3))[0].bucket == "done"
    from tracker.report.model import build_weekly

    report = build_weekly(ledger, date(2018, 12, 3))
    assert report.counts["overdue"] == 1 and report.counts["done"] == 0
    (u,) = reporting.unit_progress(ledger, date(2018, 12, 3))
    assert (u.cells_done, u.overdue) == (0, 1)
    # chasing notices and reminders look at the ledger as it is now
    assert reporting.open_items(ledger, date(2018, 12, 3)) == []
    assert reporting.on_time(ledger, date(2018, 12, 10)).rate == 0.0  # done after its due date


def test_history_merges_every_kind_of_record_newest_first(ledger):
    tid = _one(ledger)
    ledger.progress.tick(tid, "市科技局", by="甲", note="已完成", now="2018-12-01T09:00:00", done_on="2018-11-30")
    ledger.tasks.edit(tid, {"leader": "李副市长"}, by="乙", now="2018-12-02T09:00:00")
    ledger.tasks.extend(tid, date(2019, 3, 31), "资金未到位", by="丙", now="2018-12-03T09:00:00")
    ledger.progress.note(tid, "市财政局", None, "资金拨付中", by="丁", now="2018-12-04T09:00:00")
    ledger.tasks.terminate(tid, "机构调整", by="戊", now="2018-12-05T09:00:00")
    entries = ledger.history.of_task(tid)
    assert [e.kind for e in entries] == ["termination", "note", "extension", "edit", "done"]
    assert [e.by for e in entries] == ["戊", "丁", "丙", "乙", "甲"]
    assert entries[-1].done_on == "2018-11-30" and entries[-1].at == "2018-12-01T09:00:00"
    assert "李副市长" in entries[3].text and "资金未到位" in entries[2].text
    with pytest.raises(NotFoundError):
        ledger.history.of_task(999)
