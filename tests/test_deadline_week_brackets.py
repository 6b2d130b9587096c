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
