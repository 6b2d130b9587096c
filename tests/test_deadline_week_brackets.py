"""A school week's date in brackets, closed by its due word after the bracket ("在15周(12月13日)
之前完成出卷"): the date is the deadline (invented exam notice)."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.dated import find_due
from tracker.extract.normalize import norm


def test_a_bracketed_week_date_closed_by_its_due_word_is_due_that_day():
    for text in ("所有科目均要在15周(12月13日)之前完成出卷任务。", "第18周(6月21日)前交教务处。"):
        assert [h.deadline.date.month for h in find_due(norm(text), date(2027, 11, 26))] in ([12], [6]), text
    # A week's date in brackets with no due word after it names when the week falls.
    assert find_due(norm("第18周(6月21日)举行期末考试。"), date(2027, 11, 26)) == []


def test_exam_notice_label_paragraphs_with_week_dates():
    text = "\n".join([
        "2027-2028学年第一学期期末考试安排通知", "各学院:",
        "命题:所有科目均要在15周(12月13日)之前按照A/B卷完成出卷任务。",
        "审批:试卷均须填写审批表。15周(12月13日)之前要审核完成。",
        "教务处", "2027年11月26日",
    ])
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 12, 13), date(2027, 12, 13)]


def test_a_bracketed_date_after_a_weekday_closed_by_its_due_word_is_due_that_day():
    """"于第三周周二(9月19日)前组织完成", "周五(9月22日)前录入成绩": the weekday's date, due then."""
    for text, day in (("原则上所有考试于第三周周二(9月19日)前组织完成。", 19), ("周五(9月22日)前学院录入成绩。", 22),
                      ("请于星期三(9月20日)之前交教务处。", 20)):
        assert [h.deadline.date.day for h in find_due(norm(text), date(2027, 9, 1))] == [day], text
    # A weekday's date in brackets with no due word after it names when the day falls.
    assert find_due(norm("周五(9月22日)举行开学典礼。"), date(2027, 9, 1)) == []
