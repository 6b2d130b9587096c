"""A round of checks or a campaign held every period ("每周开展联合执法检查", "每月对所在楼栋开展
巡查", "督查组每周汇总…") is a recurring duty; a weekly one that names no weekday has no first
date a clerk could tell."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.normalize import norm

HEAD = "某区人民政府办公室关于开展市容环境整治的通知\n某府办发〔2027〕9号\n各街道办事处，区各有关部门：\n"
SIGN = "\n某区人民政府办公室\n2027年3月2日\n"


def _tasks(body: str):
    return extract_text(HEAD + body + SIGN).tasks


def _rules(text: str) -> list[str]:
    return [d.recurrence for _, _, d in find_deadlines(norm(text), date(2027, 3, 2)) if d.recurrence]


def test_a_round_of_checks_or_a_campaign_every_period_is_recurring():
    assert _rules("区城管执法局每周开展联合执法检查，形成高压态势。") == ["FREQ=WEEKLY;INTERVAL=1"]
    assert _rules("各街道每月对辖区农贸市场开展巡查。") == ["FREQ=MONTHLY;BYMONTHDAY=-1"]
    assert _rules("各社区每周开展“爱国卫生”清洁活动。") == ["FREQ=WEEKLY;INTERVAL=1"]
    assert _rules("督查组每周汇总各街道整治进展。") == ["FREQ=WEEKLY;INTERVAL=1"]


def test_an_amount_or_a_practice_every_period_is_no_duty():
    assert _rules("全区每年开展培训2000人次以上。") == []
    assert _rules("每周开展的志愿服务深受群众欢迎。") == []


def test_a_weekly_duty_with_no_weekday_has_no_first_date():
    (task,) = _tasks("各街道办事处每周开展一次市容环境联合检查。")
    assert task.recurrence == "FREQ=WEEKLY;INTERVAL=1"
    assert task.deadline is None
    (task,) = _tasks("各街道办事处每周五开展一次市容环境联合检查。")
    assert task.recurrence == "FREQ=WEEKLY;BYDAY=FR" and task.deadline == date(2027, 3, 5)


def test_a_round_of_assessment_every_period_is_recurring():
    # the object named between 对 and 进行, as "每月对…进行通报"
    assert _rules("区城管执法局每年对各街道市容工作进行考核。") == ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]
    assert _rules("各街道每季度对整治成效进行评估。") == ["FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"]
    assert _rules("各街道每年考核奖励5000元。") == []  # the word alone: an amount


def test_a_daily_round_of_checks_or_an_hour_in_characters_is_daily():
    assert _rules("各社区每日开展巡查。") == ["FREQ=DAILY;INTERVAL=1"]
    assert _rules("各街道每天对责任区开展自查。") == ["FREQ=DAILY;INTERVAL=1"]
    assert _rules("各街道每天下午四点以前把当日整治情况报区城管执法局。") == ["FREQ=DAILY;INTERVAL=1"]
    assert _rules("各街道每天洒水3次。") == []  # a routine's rate, no duty to track
    assert _rules("各社区每日开展宣传活动。") == []


def test_a_rate_the_duty_must_reach_is_no_second_duty():
    (task,) = _tasks("各街道巡查人员每日开展巡查，同时负责巡查背街小巷，确保每月全覆盖一次。")
    assert task.recurrence == "FREQ=DAILY;INTERVAL=1"
    tasks = _tasks("各街道每季度报送一次进展，每半年报送一次总结。")
    assert [t.recurrence for t in tasks] == ["FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"]
