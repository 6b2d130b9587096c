"""A window stated once in its own section binds the duties of the later sections (invented
notices): under the heading "时间安排" when its line is a window alone, and with a blank line
between a 活动时间 heading and its window; the issuer's own step inside the window is no duty."""

from datetime import date

from tracker.extract import extract_text

_PLAN = """某乡城乡环境整治攻坚月工作方案
为巩固整治成效，结合我乡实际，利用一个月时间开展集中整治。现制定方案如下：
一、时间安排

2027年10月25日至2027年11月25日。

二、工作内容
（一）各村要对辖区主干道沿线的违章搭建进行集中拆除。
（二）乡市场监管所要对集镇占道经营行为进行集中整治。
（三）市级督查。我局组织人员对整治情况进行现场督查。
某乡人民政府
"""


def _task(tasks, words):
    found = [t for t in tasks if words in t.text]
    assert len(found) == 1, [t.text for t in tasks]
    return found[0]


def test_a_window_under_its_time_heading_binds_the_later_duties():
    tasks = extract_text(_PLAN).tasks
    for words, unit in (("违章搭建", "各村"), ("占道经营", "乡市场监管所")):
        task = _task(tasks, words)
        assert task.deadline == date(2027, 11, 25)
        assert [u.name for u in task.units] == [unit]


def test_the_issuer_own_step_and_the_window_line_are_no_tasks():
    tasks = extract_text(_PLAN).tasks
    assert not any("我局组织人员" in t.text for t in tasks)
    assert not any(t.text.strip().startswith("2027年10月25日") for t in tasks)


def test_a_list_of_stages_under_the_time_heading_is_no_window_for_the_whole():
    text = _PLAN.replace("2027年10月25日至2027年11月25日。",
                         "（一）动员部署阶段（2027年10月25日至10月31日）。")
    tasks = extract_text(text).tasks
    assert not any(t.deadline == date(2027, 10, 31) and "占道经营" in t.text for t in tasks)
