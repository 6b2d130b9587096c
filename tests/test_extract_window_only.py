"""One rule for a line that only states a window (bare_lines.WINDOW_ONLY), read in both places:
the implicit stage drops such a paragraph, the window stage drops a task whose whole text is one
(invented notices)."""

from tracker.extract import extract_text
from tracker.extract.bare_lines import WINDOW_ONLY, is_bare_line, is_window_only
from tracker.extract.normalize import norm


def test_both_readers_use_the_one_rule():
    import tracker.extract.task_window as task_window
    assert task_window.is_window_only is is_window_only
    assert not hasattr(task_window, "WINDOW_LINE")
    assert WINDOW_ONLY.name == "window_only"


def test_a_labelled_window_is_no_duty_in_either_place():
    line = "申报时间：7月1日—7月31日"
    assert is_bare_line(norm(line))
    assert is_window_only("2、" + line)
    assert is_window_only("从2027年1月9日（星期一）起至2月26日（星期日）止。")
    assert is_window_only("2027年9-10月")


def test_a_label_naming_the_work_or_a_duty_after_the_window_is_kept():
    assert not is_window_only("调查时间：2027年4月15日至4月17日。")
    assert not is_bare_line(norm("调查时间：2027年4月15日至4月17日。"))
    assert not is_window_only("3月15日至4月15日完成整治。")
    assert not is_window_only("项目单位申报时间为2027年4月1日至4月30日。")


_NOTICE = """某县开展春季环境卫生整治活动的通知
各乡镇：
一、活动时间
2027年3月15日至4月15日。
二、工作要求
各乡镇要组织开展一次集中清扫活动。
某县爱卫办
2027年3月10日
"""


def test_the_window_line_is_no_task_and_binds_the_duty_after_it():
    tasks = extract_text(_NOTICE).tasks
    assert not any(is_window_only(t.text) for t in tasks)
    duty = [t for t in tasks if "集中清扫" in t.text]
    assert len(duty) == 1 and str(duty[0].deadline) == "2027-04-15"
    assert [u.name for u in duty[0].units] == ["各乡镇"]
