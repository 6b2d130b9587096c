"""Deadlines in running text: the year of a term's January, a working day's end, a hand-in
on a morning, and a reviewer's own dated step after a hand-in (invented examples)."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.stated_days import autumn_term


def _due(text: str) -> list:
    return [(t.deadline, t.units and [u.name for u in t.units]) for t in extract_text(text).tasks]


def test_an_autumn_term_names_the_year_its_january_falls_in():
    text = ("关于2027年秋学期期末考试工作安排的通知\n各处室、系部:\n"
            "1.请各任课教师于1月6日前出好试卷,交教务处审核。\n"
            "2.请各系部于12月20日前将考试安排表报教务处。\n")
    assert sorted(t.deadline for t in extract_text(text).tasks) == [date(2027, 12, 20), date(2028, 1, 6)]


def test_a_school_year_first_term_and_a_spring_term():
    assert autumn_term(norm("现将2027-2028学年第一学期期末考试安排通知如下")) == 2027
    assert autumn_term(norm("某中学2027-2028学年第二学期校历")) is None
    assert autumn_term(norm("2027年春季学期开学工作")) is None


def test_a_dated_page_keeps_its_own_reading():
    text = ("关于2027年秋学期期末考试工作安排的通知\n各系部:\n"
            "请各系部于1月6日前将考试安排表报教务处。\n教务处\n2027年12月20日\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2028, 1, 6)]


def test_the_end_of_the_working_day_is_a_due_word():
    found = find_deadlines(norm("各单位要严格执行报备制度,3月10日下班前向值班室报备值班表。"), date(2027, 3, 8))
    assert [d.date for _, _, d in found] == [date(2027, 3, 10)]


def test_a_hand_in_on_a_morning_is_due_then_but_a_meeting_on_an_afternoon_is_not():
    text = "某某通知\n各系:\n请各系于3月9日上午报教务处考试安排表。\n教务处\n2027年3月1日\n"
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 3, 9)]
    news = "某县新闻\n2027年3月9日下午,县长主持召开常务会议,研究春耕工作。\n"
    assert extract_text(news).tasks == []


def test_a_reviewer_step_after_a_hand_in_is_a_task_of_its_own():
    text = ("关于期末考试的通知\n各教研室:\n"
            "1.任课教师于12月8日之前将试卷(附答案)上交至各教研室审核汇总后,于12月10日上午报系办公室。\n"
            "系办公室\n2027年12月1日\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 12, 8), date(2027, 12, 10)]
    assert tasks[1].text.startswith("将试卷(附答案)上交至各教研室审核汇总后")
