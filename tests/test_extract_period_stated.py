"""A sentence that only states when a named period begins and ends (bare_lines.PERIOD_STATED) is no
task: the window stage drops it, and the duties of named doers beside it stay (invented texts)."""

from tracker.extract import extract_text
from tracker.extract.bare_lines import PERIOD_STATED, is_window_only


def test_a_period_statement_is_no_duty():
    assert is_window_only("2027年的春运从2月2日开始，至3月13日结束，历时40天。")
    assert is_window_only("（三）本届科技活动周从**年5月17日开始至5月22日结束。")
    assert is_window_only("这次作品征集的时间到11月30日结束。")
    assert PERIOD_STATED.name == "period_stated"


def test_work_labels_duties_and_open_ends_are_kept():
    assert not is_window_only("整治时间从8月15日起，到11月30日结束。")
    assert not is_window_only("各乡镇要从5月1日开始，至5月31日结束。")
    assert not is_window_only("活动从5月1日开始至5月31日结束，各单位要组织好。")
    assert not is_window_only("征集时间到11月30日。")


_NEWS = """某县召开2027年春运工作会议
2027年的春运从2月2日开始，至3月13日结束，历时40天。
会议要求，县交通运输局要于2月1日前完成客运车辆安全检查。
"""


def test_the_statement_goes_and_the_dated_duty_stays():
    tasks = extract_text(_NEWS).tasks
    assert not any("历时40天" in t.text for t in tasks)
    duty = [t for t in tasks if "安全检查" in t.text]
    assert len(duty) == 1 and str(duty[0].deadline) == "2027-02-01"
    assert [u.name for u in duty[0].units] == ["县交通运输局"]
