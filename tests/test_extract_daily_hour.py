"""Daily reports whose hour is that day's or the next day's, written after what is reported (invented
notices): "每天将…，于当日16时前…报…" (report_duty.REPORT_AFTER), "把每天的…于次日上午10时前汇总至…"
(deadline_filters._DAILY_ACT). A rate with an hour ("每天洒水3次") is still no daily duty."""

from notice_helpers import task_with
from tracker.extract import extract_text

_NOTICE = """关于实行发热病例日报告制度的通知
各卫生院：
为做好冬春季传染病防控工作，现将有关事项通知如下：
一、各卫生院每天将接诊的发热病例和疑似病例，于当日17:00前以传真形式报县疾控中心（无病例的实行零报告）。
二、各监测点把每天的监测情况于次日上午9时前汇总至县卫生局。
三、各卫生院要加强预检分诊工作。
县卫生局
2027年3月2日
"""


def test_the_days_report_due_at_an_hour_of_that_day():
    task = task_with(extract_text(_NOTICE), "各卫生院每天将接诊的发热病例")
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1"
    assert str(task.deadline) == "2027-03-03"
    assert [u.name for u in task.units] == ["各卫生院"]


def test_the_days_figures_due_at_an_hour_of_the_next_day():
    task = task_with(extract_text(_NOTICE), "把每天的监测情况于次日上午9时前")
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1"
    assert str(task.deadline) == "2027-03-03"


def test_a_daily_rate_with_an_hour_is_no_daily_report():
    text = _NOTICE.replace("二、各监测点把每天的监测情况于次日上午9时前汇总至县卫生局。", "二、各卫生院院区每天消毒3次，于下午5点前完成。")
    assert not [t for t in extract_text(text).tasks if "消毒3次" in t.text and t.recurrence]
