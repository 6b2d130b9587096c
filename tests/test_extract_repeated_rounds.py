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
