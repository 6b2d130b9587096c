"""A period's tally of work done is no task; a target of the same look stays. Invented texts."""

from notice_helpers import run, titles


def test_a_month_s_tally_of_handled_work_is_no_task():
    r = run("2027年1月，运用督办系统交办工作任务48项，按期办结48项，按期办结率100%。\n\n"
            "1月至10月救助各类困难对象5120人次，支出助困金额312.5万元。\n\n"
            "请各单位于2027年2月20日前报送整改情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-20"], titles(r)


def test_a_target_with_figures_stays_a_task():
    r = run("2027年，全县完成农村危房改造300项以上。\n\n2027年，全县交办任务办结率达到95%以上。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-31", "2027-12-31"], titles(r)
