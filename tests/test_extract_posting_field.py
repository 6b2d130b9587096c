"""A posting field inside a byline line dates the page ("编辑: … 来源: … 发布时间: …")."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.page_dates import posted_day


def test_a_posting_field_after_other_byline_fields_gives_the_day():
    text = "某局开展安全排查\n编辑: 某某局 来源: 区民政局 发布时间: 2026-01-20 09:24\n请各单位于1月21日前报送。\n"
    assert posted_day(text) == date(2026, 1, 20)


def test_the_posting_day_not_the_issue_day_before_it_on_its_line():
    text = "标题\n发文日期:  2026年05月21日 发布日期:  2026-05-26 14:04\n正文\n"
    assert posted_day(text) == date(2026, 5, 26)


def test_a_sentence_naming_a_posting_time_is_no_byline():
    text = "某某公告\n本公告的发布时间:以网站为准，报名截止2026年5月26日。\n"
    assert posted_day(text) is None


def test_year_less_due_day_of_a_page_dated_only_by_its_byline():
    text = ("某区民政局关于开展养老机构安全排查的通知\n"
            "扫描到手机 政策 来源:某某网 发布日期:2026-01-20 16:26 字号:T|T\n"
            "各养老机构：\n请各养老机构于1月28日前，将自查报告报区民政局。\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2026, 1, 28)]
