"""Duties counted from an undated event, and classes of cases each with its own time."""

from test_extract_clauses import tasks_of


def test_a_duty_after_an_undated_event_keeps_its_phrase():
    got = tasks_of("一、考试结束后，各学校要将成绩统计表报县教育局。\n二、选民名单要在选举日的20天前张榜公布。")
    assert [(g[1], g[2]) for g in got] == [(None, "考试结束后"), (None, "选举日的20天前")]
    assert got[0][0] == [("各学校", "responsible")]


def test_the_event_phrase_is_no_task_without_a_duty_or_beside_a_date():
    assert tasks_of("一、本次活动结束后，公司将予以表彰。") == []
    got = tasks_of("一、考试结束后，各学校于2025年7月10日前将成绩报县教育局。")
    assert [g[2] for g in got] == ["2025年7月10日前"]


def test_each_class_of_cases_is_a_task_with_its_own_time():
    got = tasks_of("一、对督查发现的问题，属于立行立改的，2025年6月底前整改到位；限期整改的，2025年底前完成整改；"
                   "持续整改的，2027年底前取得明显成效。")
    assert [g[1] for g in got] == ["2025-06-30", "2025-12-31", "2027-12-31"]
