"""Damaged copies (invented texts): a full date that lost 年 and 月 and splits two ways, read by
the one split due within three months of the issue date; a lost 月 whose clock lost its colon
too; a hand-in's data cut-off named as such."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text


def _dates(text: str, issued: date | None):
    return [(dl.text, dl.date) for _, _, dl in find_deadlines(text, issued)]


def test_a_two_way_split_takes_the_one_due_soon_after_the_issue_date():
    # 1月15日 or 11月5日: a notice of 3 January asks for 15 January.
    assert _dates("汇总后于2028115日前发送至邮箱。", date(2028, 1, 3)) == [("2028115日前", date(2028, 1, 15))]
    # both splits far from a notice of 9 March, or neither after it: no date is invented.
    assert _dates("请于2028111日前报送。", date(2028, 3, 9)) == []
    # a date told as past (no 前) stays unread.
    assert _dates("2028115日,检查组进驻。", date(2028, 1, 3)) == []


def test_a_lost_month_with_a_clock_that_lost_its_colon():
    # 16 September 2028 is a Saturday: the weekday confirms the split.
    assert _dates("并于916日(周六)1200前发送至邮箱。", date(2028, 9, 1)) == [("916日(周六)", date(2028, 9, 16))]


def test_a_data_cut_off_of_a_hand_in_is_due_but_a_figures_cut_off_is_not():
    text = "\n".join([
        "关于报送新生学籍的通知", "各院系:",
        "一、各院系要做好新生学籍报送工作,电子版发送至邮箱,报送数据截止时间:2028年9月1日。",
        "教务处", "2028年8月27日",
    ])
    tasks = extract_text(text).tasks
    assert len(tasks) == 1 and tasks[0].deadline == date(2028, 9, 1)
    assert [u.name for u in tasks[0].units] == ["各院系"]
    figures = text.replace("报送数据截止时间", "统计数据截止时间")
    assert not any(t.deadline == date(2028, 9, 1) for t in extract_text(figures).tasks)
