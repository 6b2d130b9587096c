"""Dates as damaged web copies give them, each on a minimal invented text: a full date that lost its
年 and 月 ("2028415日前"), a 月 lost after a written year, a lost 月 confirmed by the weekday written
after it, a span of days that lost its 月 and its dash, a signature of bare digits before 日, and years
masked by a template site ("20xx年", "201*年", "**年", or left out: "于年2月7日")."""

from datetime import date

from tracker.deadline_days import split_month_day
from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.header_lines import parse_date_line
from tracker.extract.page_dates import masks_years

ISSUED = date(2028, 3, 9)


def _dates(text: str, issued: date | None = ISSUED):
    return [(dl.text, dl.date) for _, _, dl in find_deadlines(text, issued)]


def test_a_full_date_that_lost_its_year_and_month_characters_is_read_where_it_splits_one_way():
    assert _dates("各乡镇务必于2028415日前完成摸底。") == [("2028415日前", date(2028, 4, 15))]
    assert _dates("报名截止时间:2028629日。") == [("2028629日", date(2028, 6, 29))]
    assert _dates("请于20281106日前报送。") == [("20281106日前", date(2028, 11, 6))]
    # 1月11日 or 11月1日: no date is invented.
    assert _dates("请于2028111日前报送。") == []


def test_a_month_lost_after_a_written_year_is_a_day_not_the_years_end():
    assert _dates("请于2028年415日前报送。") == [("2028年415日前", date(2028, 4, 15))]


def test_a_weekday_after_a_lost_month_picks_the_split_it_agrees_with():
    # 2028-07-11 is a Tuesday; a weekday that agrees with no split gives no date.
    assert _dates("请各村于711日(星期二)前报送。") == [("711日(星期二)前", date(2028, 7, 11))]
    assert _dates("请各村于711日(星期五)前报送。") == []
    assert split_month_day("111", 2028, "二") == date(2028, 1, 11)  # 11月1日 2028 is a Wednesday
    # Without 前 a weekday alone makes no due date: a holiday notice's working day.
    assert _dates("926日(星期二)正常上班。") == []


def test_a_clock_between_a_lost_month_day_and_its_due_word_keeps_the_day():
    assert _dates("请于78日17:00前报送。") == [("78日", date(2028, 7, 8))]


def test_a_span_of_days_that_lost_its_month_and_dash_is_due_on_its_last_day_only_when_no_day_fits():
    assert _dates("2028137日完成补考工作。") == [("2028137日", date(2028, 1, 7))]
    assert split_month_day("92829", 2028, ranged=True) == date(2028, 9, 29)
    assert split_month_day("1112", 2028, ranged=True) == date(2028, 11, 12)  # a day reads first


def test_a_signature_of_digits_before_its_day_character_is_the_issue_date():
    assert parse_date_line("2028920日") == date(2028, 9, 20)
    assert parse_date_line("2028年1130日") == date(2028, 11, 30)
    assert parse_date_line("2028111日") is None
    r = extract_text("己县农业局关于报送春播进度的通知\n\n各乡镇：\n\n请各乡镇于4月15日前报送春播进度。\n\n"
                     "己县农业局\n2028920日\n")
    assert r.documents[0].issued == date(2028, 9, 20)
    assert [t.title for t in r.tasks if "2028920" in t.title] == []


def test_a_masked_year_keeps_the_phrase_and_gives_no_date():
    assert _dates("请于201*年1月16日前报送。") == [("1月16日前", None)]
    assert _dates("各社区于20xx年底前达到创建标准。") == [("年底前", None)]
    assert _dates("要于年2月7日上午10点前报送总结。") == [("2月7日", None)]
    assert _dates("请于年底前完成。") == [("年底前", date(2028, 12, 31))]
    assert _dates("去年3月底前已完成。", None) == [("3月底前", None)]


def test_a_range_after_a_masked_year_has_no_date_either():
    # The closing part names no year, and the opening part's year is masked.
    assert _dates("一、准备阶段(**年3月~6月中旬)，完成规划编制。") == [("6月中旬", None)]
    assert _dates("二、实施阶段(**年6月下旬~9月)，全面铺开。") == [("6月下旬~9月", None)]
    assert _dates("三、201x年5月2日至5月31日，集中整治。") == [("至5月31日", None)]
    assert _dates("四、准备阶段(3月~6月中旬)，完成规划编制。") == [("3月~6月中旬", date(2028, 6, 20))]

def test_a_page_that_masks_its_years_is_not_dated_by_its_posting_day():
    assert masks_years("严格执行**年度安全生产责任制") and not masks_years("请于年底前完成")
    r = extract_text("安全大检查通知\n\n时间:2031-08-27 09:05:00\n\n各企业:\n\n"
                     "为落实**年度安全生产责任制,现通知如下:\n\n"
                     "一、各企业要于5月8日前完成自查,并将自查报告报总公司。\n")
    assert r.tasks and all(t.deadline is None for t in r.tasks)


def test_a_speech_byline_date_is_no_due_date():
    r = extract_text("关于某某项目完成情况的督办报告\n\n——2028年11月30日在某县人大常委会第九次会议上\n\n"
                     "各位委员:\n\n现将督办情况报告如下。请县政府于12月20日前报送整改情况。\n")
    assert all(t.deadline != date(2028, 11, 30) for t in r.tasks)
