"""A page that lost its line breaks: the signature in Chinese numerals run into the text is the
issue date (recurring duties count from it) and no task of its own. Invented pages."""

from datetime import date

from tracker.extract import extract_text
from tracker.recurrence import first_after


def test_a_signature_run_into_the_text_dates_the_page():
    text = ("各镇人民政府：为加快集贸市场改造，现将有关事项通知如下。各镇每3天向县政府督查室报告工作进展情况，"
            "并在每月30日前报送书面材料。特此通知。 二○二七年九月一日 附件：集贸市场改造安排表（略）")
    r = extract_text(text)
    assert r.documents[0].issued == date(2027, 9, 1)
    dues = sorted((t.deadline, t.recurrence) for t in r.tasks)
    assert dues == [(date(2027, 9, 4), "FREQ=DAILY;INTERVAL=3"), (date(2027, 9, 30), "FREQ=MONTHLY;BYMONTHDAY=30")]


def test_a_signature_day_in_chinese_numerals_is_no_task():
    text = ("各镇人民政府：各镇要于2027年9月30日前完成集贸市场改造。 附件：集贸市场改造安排表（略） 二○二七年九月一日")
    r = extract_text(text)
    assert [t.deadline for t in r.tasks] == [date(2027, 9, 30)], [t.title for t in r.tasks]


def test_every_n_days_counts_from_the_issue_day():
    assert first_after("FREQ=DAILY;INTERVAL=3", date(2027, 9, 1)) == date(2027, 9, 4)
    assert first_after("FREQ=DAILY;INTERVAL=1", date(2027, 9, 1)) == date(2027, 9, 2)
