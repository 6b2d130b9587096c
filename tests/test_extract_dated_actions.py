"""Dated actions in a passage with no note (topic_clauses.new_dated_action, new_dated_sentence), on
minimal invented texts: different actions each with its own date are tasks of their own; rising
figures of one thing, a finish, a step carried further or a report on the work stay milestones."""

from datetime import date

import pytest

from tracker.extract import extract_text

HEAD = "某县关于做好燃气安全工作的通知\n\n各乡镇：\n\n"
TAIL = "\n\n某县人民政府办公室\n2029年3月20日\n"


def _tasks(body):
    r = extract_text(HEAD + body + TAIL)
    return [(t.deadline, [m.due for m in t.milestones]) for t in r.tasks]


@pytest.mark.parametrize("body, expected", [
    ("各乡镇要确保8月底前完成网格员选聘，10月底完成网格员培训。",
     [(date(2029, 8, 31), []), (date(2029, 10, 31), [])]),
    ("各乡镇9月26日前完成餐饮用户排查，年底前全面完成居民用户入户安检。",
     [(date(2029, 9, 26), []), (date(2029, 12, 31), [])]),
    ("各乡镇要在8月底完成散煤治理任务，改造老旧小区30个。9月底完成供热管网互联互通6公里，11月底新建道路6条。",
     [(date(2029, 8, 31), []), (date(2029, 9, 30), []), (date(2029, 11, 30), [])]),
])
def test_different_dated_actions_are_separate_tasks(body, expected):
    assert _tasks(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("各乡镇要在6月10日前上传电子台账，盖章原件于6月20日前寄送县应急局。",
     [(date(2029, 6, 10), []), (date(2029, 6, 20), [])]),
    ("各乡镇须在9月30日前办结群众来信，其中重点来信应在9月15日前办结。",
     [(date(2029, 9, 30), []), (date(2029, 9, 15), [])]),
])
def test_a_later_clause_with_its_own_subject_and_date_is_a_task(body, expected):
    """A subject of its own (a thing, a part of the work, no unit) before its own date: another duty."""
    assert _tasks(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("各乡镇5月底前完成整改任务的60%，全部任务须于8月底前完成。",
     [(date(2029, 8, 31), [date(2029, 5, 31), date(2029, 8, 31)])]),
])
def test_the_whole_task_named_as_subject_stays_a_milestone(body, expected):
    assert _tasks(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("2029年底前，全县网上可办率不低于50%；2030年底前，全县网上可办率不低于70%。",
     [(date(2030, 12, 31), [date(2029, 12, 31), date(2030, 12, 31)])]),
    ("各乡镇5月底前完成整改任务的60%，8月底前全部完成。",
     [(date(2029, 8, 31), [date(2029, 5, 31), date(2029, 8, 31)])]),
    ("各乡镇3月底前开工建设安置房，年底前全部搬进新居。",
     [(date(2029, 12, 31), [date(2029, 3, 31), date(2029, 12, 31)])]),
    ("各乡镇5月底前完成隐患整改，6月10日前将整改情况报县应急局。",
     [(date(2029, 6, 10), [date(2029, 5, 31), date(2029, 6, 10)])]),
])
def test_steps_of_one_work_stay_milestones(body, expected):
    assert _tasks(body) == expected
