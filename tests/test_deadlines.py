"""Deadline phrases: table-driven cases for every rule, the gold file, running text."""

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cn_numerals import cn_to_int
from tracker.normtext import fold
from tracker.deadlines import (
    Deadline,
    describe_recurrence,
    find_deadlines,
    occurrences,
    parse_deadline,
)

GOLD = Path(__file__).resolve().parent / "data" / "seed" / "gazette-liaocheng-2018-09.gold.json"

ISSUED = date(2018, 9, 20)

YEARLY_1231 = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"
HALF = "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"
QUARTER = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"

# (phrase, expected date or None, precision, recurrence)
CASES = [
    # month ends
    ("2019年12月底前", "2019-12-31", "month", None),
    ("2019年12月底", "2019-12-31", "month", None),
    ("2019年12月末", "2019-12-31", "month", None),
    ("2019 年 12 月底前", "2019-12-31", "month", None),
    ("２０１９年１２月底前", "2019-12-31", "month", None),
    ("2019年2月底前", "2019-02-28", "month", None),
    ("2020年2月底前", "2020-02-29", "month", None),
    ("2018年10月底前", "2018-10-31", "month", None),
    ("2018年9月底前", "2018-09-30", "month", None),
    ("（2021年8月）", "2021-08-31", "month", None),
    ("2021年8月", "2021-08-31", "month", None),
    ("2019年6月份", "2019-06-30", "month", None),
    ("二〇一九年十二月底前", "2019-12-31", "month", None),
    ("二○一九年十一月底", "2019-11-30", "month", None),
    ("十二月底", "2018-12-31", "month", None),
    ("9月底前", "2018-09-30", "month", None),
    ("12月底前", "2018-12-31", "month", None),
    ("10月", "2018-10-31", "month", None),
    # no year written: the year of issue, even for a month already past at issue
    ("3月底前", "2018-03-31", "month", None),
    ("6月30日前", "2018-06-30", "day", None),
    # days
    ("2019年2月3日前", "2019-02-03", "day", None),
    ("2019年2月3日", "2019-02-03", "day", None),
    ("2019年2月3号前", "2019-02-03", "day", None),
    ("2019年6月30日以前", "2019-06-30", "day", None),
    ("2019年6月30日之前", "2019-06-30", "day", None),
    ("二〇一九年三月五日", "2019-03-05", "day", None),
    ("二〇一九年十二月三十一日前", "2019-12-31", "day", None),
    ("2019年二月二十八日", "2019-02-28", "day", None),
    ("12月31日前", "2018-12-31", "day", None),
    ("十月三十日", "2018-10-30", "day", None),
    ("2019年2月30日", "2019-02-28", "day", None),  # clamped
    ("2019年4月31日", "2019-04-30", "day", None),  # clamped
    ("2019年10月中旬", "2019-10-20", "day", None),
    ("2019年10月上旬", "2019-10-10", "day", None),
    ("2019年10月下旬", "2019-10-31", "day", None),
    ("2019年10月初", "2019-10-10", "day", None),  # read like 上旬
    ("2019年10月中", "2019-10-15", "day", None),
    ("11月中旬前", "2018-11-20", "day", None),
    # years
    ("2018年底前", "2018-12-31", "year", None),
    ("2018年年底前", "2018-12-31", "year", None),
    ("2019年年底前", "2019-12-31", "year", None),
    ("2018年末", "2018-12-31", "year", None),
    ("到2019年年底", "2019-12-31", "year", None),
    ("到2020年末", "2020-12-31", "year", None),
    ("力争到2020年末", "2020-12-31", "year", None),
    ("到2020年", "2020-12-31", "year", None),
    ("到2018年年底", "2018-12-31", "year", None),
    ("2022年", "2022-12-31", "year", None),
    ("2020 年", "2020-12-31", "year", None),
    ("2019年度", "2019-12-31", "year", None),
    ("2019年内", "2019-12-31", "year", None),
    ("年内", "2018-12-31", "year", None),
    ("年底前", "2018-12-31", "year", None),
    ("年底", "2018-12-31", "year", None),
    ("今年底前", "2018-12-31", "year", None),
    ("今年年底", "2018-12-31", "year", None),
    ("明年底前", "2019-12-31", "year", None),
    ("二〇二〇年", "2020-12-31", "year", None),
    ("2019年中", "2019-06-30", "half", None),
    ("2019年初", "2019-01-31", "month", None),
    ("2019年年内", "2019-12-31", "year", None),
    ("2019年年中", "2019-06-30", "half", None),
    # halves and quarters
    ("2019年上半年", "2019-06-30", "half", None),
    ("2019年下半年", "2019-12-31", "half", None),
    ("下半年", "2018-12-31", "half", None),
    ("上半年", "2018-06-30", "half", None),  # no year: the year of issue, even when past
    ("明年上半年", "2019-06-30", "half", None),
    ("第三季度", "2018-09-30", "quarter", None),
    ("第四季度", "2018-12-31", "quarter", None),
    ("四季度末", "2018-12-31", "quarter", None),
    ("2019年第一季度", "2019-03-31", "quarter", None),
    ("2019年一季度末", "2019-03-31", "quarter", None),
    ("2019年2季度", "2019-06-30", "quarter", None),
    ("一季度", "2018-03-31", "quarter", None),
    # the day of the month after a quarter; an exempt quarter names no date
    ("三季度季后10日", "2018-10-10", "day", None),
    # a day that lost its 日 before 之前 or before the hour it is due by
    ("12月20之前", "2018-12-20", "day", None),
    ("10月26中午12点之前", "2018-10-26", "day", None),
    ("11月16上午11点前", "2018-11-16", "day", None),
    ("2019年第四季度结束后15日", "2020-01-15", "day", None),
    ("一季度季后7日、二季度季后6日、三季度季后10日12:00(四季度免报)", "2018-10-10", "day", None),
    # a cell's date written with dots
    ("2021.12", "2021-12-31", "month", None),
    ("2023.01-2023.12", "2023-12-31", "month", None),
    ("2022.6.30", "2022-06-30", "day", None),
    # three days a month (a ten-day report)
    ("每月9日、19日、28日前", "2018-09-28", "day", "FREQ=MONTHLY;BYMONTHDAY=9,19,28"),
    # what is due, then its day in the next period
    ("每季度报表在下季度第一个月的15日前", "2018-10-15", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"),
    ("每月统计数据于次月5日前", "2018-10-05", "day", "FREQ=MONTHLY;BYMONTHDAY=5"),
    # a recurrence whose brackets list its months
    ("每季度末(分别在6月、9月和12月底)", "2018-09-30", "quarter", "FREQ=YEARLY;BYMONTH=6,9,12;BYMONTHDAY=-1"),
    ("每半年(即6月、12月底前)", "2018-12-31", "half", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"),
    ("每月10日(1月、2月合并)", "2018-10-10", "day", "FREQ=MONTHLY;BYMONTHDAY=10"),
    # the end of a five-year plan
    ("“十三五”末", "2020-12-31", "year", None),
    ("到十四五期末", "2025-12-31", "year", None),
    # stages and ranges
    ("2018-2019年", "2019-12-31", "year", None),
    ("2020-2022年", "2022-12-31", "year", None),
    ("2020—2022年", "2022-12-31", "year", None),
    ("2020年-2022年", "2022-12-31", "year", None),
    ("2020年至2022年", "2022-12-31", "year", None),
    ("2020～2022年", "2022-12-31", "year", None),
    ("2018年9月-12月", "2018-12-31", "month", None),
    ("2018年9—12月", "2018-12-31", "month", None),
    ("2018年9月至2019年6月", "2019-06-30", "month", None),
    # seasons
    ("2021年采暖季前", "2021-11-15", "season", None),
    ("2019年供暖季前", "2019-11-15", "season", None),
    ("采暖季前", "2018-11-15", "season", None),
    # several dates in one cell: the last one is due
    ("2018年底前启动，2019年6月底前全面完成", "2019-06-30", "month", None),
    # recurring
    ("每年12月31日前", "2018-12-31", "day", YEARLY_1231),
    ("每年", "2018-12-31", "year", YEARLY_1231),
    ("每年年底前", "2018-12-31", "year", YEARLY_1231),
    ("每年3月底前", "2019-03-31", "month", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"),
    ("每年6月30日前", "2019-06-30", "day", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"),
    ("每年1月15日前", "2019-01-15", "day", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"),
    ("每年2月底前", "2019-02-28", "month", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"),
    ("每年十二月三十一日前", "2018-12-31", "day", YEARLY_1231),
    ("每两年", "2018-12-31", "year", "FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=31"),
    ("每半年", "2018-12-31", "half", HALF),
    ("每半年通报一次", "2018-12-31", "half", HALF),
    ("每季度", "2018-09-30", "quarter", QUARTER),
    ("每季度末", "2018-09-30", "quarter", QUARTER),
    ("每个季度", "2018-09-30", "quarter", QUARTER),
    ("每季度结束后10日内", "2018-10-10", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"),
    # the day of the month after each period ends (not the period's end)
    ("每季度末次月10日前", "2018-10-10", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"),
    ("每季度结束后次月15日前", "2018-10-15", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"),
    ("每季度首月10日前", "2018-10-10", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"),
    ("每季度报表在下季度第一个月的15日前", "2018-10-15", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"),
    # the quarter ends that remain in the year, named in brackets
    ("每季度末（分别在9月和12月底）", "2018-09-30", "quarter", "FREQ=YEARLY;BYMONTH=9,12;BYMONTHDAY=-1"),
    ("每季度末后5个工作日内", "2018-10-05", "quarter", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5"),
    ("每半年结束后次月15日前", "2019-01-15", "half", "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=15"),
    ("每月结束后5日内", "2018-10-05", "day", "FREQ=MONTHLY;BYMONTHDAY=5"),
    ("每年结束后次月10日前", "2019-01-10", "day", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"),
    ("每月28日前", "2018-09-28", "day", "FREQ=MONTHLY;BYMONTHDAY=28"),
    ("每月5日前", "2018-10-05", "day", "FREQ=MONTHLY;BYMONTHDAY=5"),
    # two days a month: one rule, due on the first of them to come
    ("每月15日和30日前", "2018-09-30", "day", "FREQ=MONTHLY;BYMONTHDAY=15,30"),
    ("每月1日、16日前", "2018-10-01", "day", "FREQ=MONTHLY;BYMONTHDAY=1,16"),
    ("每月底前", "2018-09-30", "month", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("每月", "2018-09-30", "month", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("每周五", "2018-09-21", "day", "FREQ=WEEKLY;BYDAY=FR"),
    ("每周一前", "2018-09-24", "day", "FREQ=WEEKLY;BYDAY=MO"),
    # relative
    ("收到人民法院应诉通知书等手续之日起五日内", None, "relative", None),
    ("自收到通知之日起15日内", None, "relative", None),
    ("10个工作日内", None, "relative", None),
    ("十五个工作日内", None, "relative", None),
    ("三十日内", None, "relative", None),
    ("3个月内", None, "relative", None),
    ("两年内", None, "relative", None),
    # the whole year of issue (a 工作要点 cell)
    ("全年", "2018-12-31", "year", None),
    ("全年推进", "2018-12-31", "year", None),
    # no date
    ("长期坚持", None, "none", None),
    ("持续推进", None, "none", None),
]


@pytest.mark.parametrize("phrase,expected,precision,rrule", CASES)
def test_parse_deadline_table(phrase, expected, precision, rrule):
    d = parse_deadline(phrase, ISSUED)
    assert d is not None, phrase
    assert (d.date.isoformat() if d.date else None) == expected
    assert d.precision == precision
    assert d.recurrence == rrule
    assert d.text == phrase.strip()


def test_table_is_large_enough():
    assert len(CASES) >= 80


@pytest.mark.parametrize("phrase", [
    "", "   ", "无", "市科技局", "聊政发〔2018〕61号", "[2019]3号", "12.5%", "3800元",
    "按要求完成", "第9期",
])
def test_parse_deadline_without_time(phrase):
    assert parse_deadline(phrase, ISSUED) is None


def test_whole_year_is_a_value_of_its_own_not_a_phrase_in_running_text():
    assert parse_deadline("全年", None).date is None
    assert find_deadlines("全年新增就业1万人以上", ISSUED) == []


def test_parse_deadline_without_issue_date():
    assert parse_deadline("2019年12月底前", None).date == date(2019, 12, 31)
    d = parse_deadline("9月底前", None)
    assert d.date is None and d.precision == "month"
    d = parse_deadline("每半年", None)
    assert d.date is None and d.recurrence == HALF
    assert parse_deadline("年内", None).date is None


def test_first_occurrence_is_after_issue_date():
    d = parse_deadline("每年12月31日前", date(2018, 12, 31))
    assert d.date == date(2019, 12, 31)
    d = parse_deadline("每半年", date(2019, 6, 30))
    assert d.date == date(2019, 12, 31)
    d = parse_deadline("每月28日前", date(2019, 2, 28))
    assert d.date == date(2019, 3, 28)


def test_deadline_is_frozen():
    d = parse_deadline("2019年12月底前", ISSUED)
    assert isinstance(d, Deadline)
    with pytest.raises(AttributeError):
        d.date = None  # type: ignore[misc]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold file not present")
def test_gold_deadlines_and_milestones():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    issued = {d["doc_no"]: date.fromisoformat(d["issued"]) for d in gold["documents"]}
    checked = 0
    for task in gold["tasks"]:
        iss = issued.get(task["doc_no"])
        if task["deadline_text"]:
            d = parse_deadline(task["deadline_text"], iss)
            got = (d.date.isoformat() if d and d.date else None, d.recurrence if d else None)
            assert got == (task["deadline"], task["recurrence"]), task["deadline_text"]
            checked += 1
        for ms in task["milestones"]:
            found = find_deadlines(ms["text"], iss)
            assert found and found[0][2].date.isoformat() == ms["due"], ms["text"]
    assert checked > 50


# --- running text ---------------------------------------------------------------------

def _found(text, issued=date(2019, 3, 1)):
    return [(text[s:e], d.date.isoformat() if d.date else None) for s, e, d in find_deadlines(text, issued)]


@pytest.mark.parametrize("text", [
    "根据聊政发〔2018〕61号和[2019]3号文件精神",
    "按照鲁政办字［2019］12号要求",
    "按照《2018年全市重点工作规划》要求",
    "依据《建设实施纲要（2015-2020年）》",
    "增长12.5%，投资2019万元",
    "自2019年1月1日起施行",
    "自2018年起，对符合条件的给予补助",
    "2019年第3期",
    "每人每年3800元，每人每月440元",
    "占比每年提高2个百分点",
    "2018年以来，全市",
    "截至2018年底，全市已建成",
    "比2017年增长",
    "2019年度考核",
    "9月20日，市长主持召开会议",
    "连续2年位次下降的",
    "安排部署下半年重点工作任务",
    # a rate or an amount after a period word is no report, whatever words stand between
    "每月补助情况由财政局发放",
    "每年新增就业1万人,每日处理垃圾1万吨",
    "每年定期研究环境保护工作",
])
def test_find_deadlines_negatives(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("二〇一九年十二月底前完成", [("二〇一九年十二月底前", "2019-12-31")]),
    ("各县于6月底前报送", [("6月底前", "2019-06-30")]),
    ("请于10个工作日内反馈", [("10个工作日内", None)]),
    ("应当在收到通知之日起五日内报送", [("收到通知之日起五日内", None)]),
    ("每季度报送一次", [("每季度", "2019-03-31")]),
    # the report a few words after the period word: an adverb or a floor of its count, what is
    # reported, or a long receiver between them
    ("各街道每月至少报送一篇信息", [("每月", "2019-03-31")]),
    ("每月考勤情况上报办公室", [("每月", "2019-03-31")]),
    ("各小组每月要形成工作专报向街道党工委、办事处及区指挥部报告", [("每月", "2019-03-31")]),
    ("各单位每日及时向市应急办报送信息", [("每日", "2019-03-02")]),
    ("按月向省能源监测预警中心综合管理处报送数据", [("按月", "2019-03-31")]),
    ("每月5日前报送上月情况", [("每月5日前", "2019-03-05")]),
    ("在每年12月31日前将报告报送", [("每年12月31日前", "2019-12-31")]),
    ("2019年9月至12月开展集中整治", [("2019年9月至12月", "2019-12-31")]),
    ("上半年完成", [("上半年", "2019-06-30")]),
    ("力争2020年建成", [("2020年", "2020-12-31")]),
    ("年内完成", [("年内", "2019-12-31")]),
    ("在2021年供暖季前完成", [("2021年供暖季前", "2021-11-15")]),
    ("到 2019 年达到 2.5 件，到 2\n022 年达到 6 件", [("到 2019 年", "2019-12-31"), ("到 2\n022 年", "2022-12-31")]),
    ("到2019年年底，60%以上；到2020年年底，80%以上",
     [("到2019年年底", "2019-12-31"), ("到2020年年底", "2020-12-31")]),
    ("第一阶段：2018-2019年，打好基础", [("2018-2019年", "2019-12-31")]),
    ("完成时限：２０１９年１２月底前）", [("２０１９年１２月底前", "2019-12-31")]),
    ("人民政府\n2019年3月1日\n", [("2019年3月1日", "2019-03-01")]),
    ("页码 46\n2019年6月底前完成", [("2019年6月底前", "2019-06-30")]),
])
def test_find_deadlines_positives(text, expected):
    assert _found(text) == expected


def test_find_deadlines_spans_map_to_original_text():
    text = "（一）2019 年\u3000１２ 月底前，完成建设。"
    [(s, e, d)] = find_deadlines(text, date(2019, 1, 1))
    assert text[s:e] == d.text == "2019 年\u3000１２ 月底前"
    assert d.date == date(2019, 12, 31)


def test_find_deadlines_past_period_dropped_only_with_issue_date():
    text = "截止2017年底，已建成"
    assert _found(text, None) == [("2017年底", "2017-12-31")]
    assert _found(text) == []


def test_find_deadlines_on_a_megabyte():
    # Far denser in dates and numbers than real documents (about 10x); its speed is
    # printed by bench/fuzz_extract.py, not asserted here.
    chunk = ("各县（市、区）要在2019年12月底前完成建设，聊政发〔2018〕61号，"
             "每人每年3800元，增长12.5%，每半年通报一次，收到通知之日起五日内报送。\n")
    text = chunk * (1_000_000 // len(chunk))
    found = find_deadlines(text, date(2019, 1, 1))
    assert len(found) == 3 * (1_000_000 // len(chunk))


# --- recurrence helpers ---------------------------------------------------------------

def test_occurrences():
    assert occurrences(HALF, date(2018, 12, 31), date(2020, 1, 1)) == [
        date(2018, 12, 31), date(2019, 6, 30), date(2019, 12, 31)]
    assert occurrences(QUARTER, date(2019, 3, 31), date(2019, 12, 31)) == [
        date(2019, 3, 31), date(2019, 6, 30), date(2019, 9, 30), date(2019, 12, 31)]
    assert occurrences(YEARLY_1231, date(2018, 12, 31), date(2020, 12, 31)) == [
        date(2018, 12, 31), date(2019, 12, 31), date(2020, 12, 31)]
    assert occurrences("FREQ=MONTHLY;BYMONTHDAY=28", date(2019, 1, 28), date(2019, 3, 28)) == [
        date(2019, 1, 28), date(2019, 2, 28), date(2019, 3, 28)]
    assert occurrences("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", date(2019, 2, 28),
                       date(2020, 3, 1)) == [date(2019, 2, 28), date(2020, 2, 29)]
    assert occurrences("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10", date(2018, 10, 10), date(2019, 7, 31)) == [
        date(2018, 10, 10), date(2019, 1, 10), date(2019, 4, 10), date(2019, 7, 10)]
    assert occurrences(HALF, date(2019, 1, 1), date(2018, 1, 1)) == []
    assert occurrences("NONSENSE", date(2019, 1, 1), date(2020, 1, 1)) == []


@pytest.mark.parametrize("rrule,words", [
    (YEARLY_1231, "每年12月31日前"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "每年2月底前"),
    ("FREQ=YEARLY;BYMONTH=6,9,12;BYMONTHDAY=-1", "每年6月、9月、12月底前"),
    ("FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=31", "每2年12月31日前"),
    (HALF, "每半年"),
    (QUARTER, "每季度"),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10", "每季度首月10日前"),
    ("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15", "每半年首月15日前"),
    ("FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10", "每季度首月10日前"),
    ("FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=15", "每半年首月15日前"),
    ("FREQ=MONTHLY;BYMONTHDAY=28", "每月28日前"),
    ("FREQ=MONTHLY;BYMONTHDAY=15,30", "每月15日、30日前"),
    ("FREQ=MONTHLY;BYMONTHDAY=9,19,28", "每月9日、19日、28日前"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "每月月底前"),
    ("FREQ=WEEKLY;BYDAY=FR", "每周五前"),
    ("FREQ=DAILY", "每天"),
    ("garbage", "garbage"),
])
def test_describe_recurrence(rrule, words):
    assert describe_recurrence(rrule) == words


def test_every_parsed_recurrence_round_trips():
    for phrase, _, _, rrule in CASES:
        if rrule:
            d = parse_deadline(phrase, ISSUED)
            assert occurrences(rrule, d.date, d.date) == [d.date], phrase
            assert describe_recurrence(rrule).startswith("每")


# --- numerals and folding -------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("二〇一九", 2019), ("二○一九", 2019), ("十二", 12), ("十", 10), ("二十一", 21),
    ("三十", 30), ("两", 2), ("一百二十", 120), ("15", 15), ("", None), ("abc", None),
])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


def test_fold_keeps_length():
    text = "⼼２０１９年（１２月）\u3000號"
    assert len(fold(text)) == len(text)
    assert fold(text) == "心2019年(12月) 号"


def test_relative_phrase_never_reaches_into_the_previous_hit():
    # Found by the property test: the event phrase before 之日起 once overlapped a year.
    spans = [(s, e) for s, e, _ in find_deadlines("2019年2019年起五日内", None)]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_year_less_month_range_is_one_phrase_due_at_its_end():
    from tracker.deadlines import find_deadlines

    issued = date(2027, 2, 6)
    for text, phrase in [("集中攻坚(5月至10月)。", "5月至10月"), ("集中攻坚(5月—10月)。", "5月—10月")]:
        (hit,) = find_deadlines(text, issued)
        assert hit[2].text == phrase and hit[2].date == date(2027, 10, 31)
    # A range starting before the issue date still ends in the issue year.
    (hit,) = find_deadlines("1月至9月，全市完成投资", issued)
    assert hit[2].date == date(2027, 9, 30)


def test_year_less_date_is_in_the_year_of_issue_even_when_past():
    issued = date(2024, 9, 20)
    assert parse_deadline("9月30日前", issued).date == date(2024, 9, 30)
    assert parse_deadline("9月10日前", issued).date == date(2024, 9, 10)
    assert parse_deadline("3月底前", issued).date == date(2024, 3, 31)
    [(_s, _e, d)] = find_deadlines("请于9月10日前报送名单。", issued)
    assert d.date == date(2024, 9, 10)


@pytest.mark.parametrize("text, due", [
    ("2036年春节前", date(2036, 1, 27)),  # beyond any hand table: the lunar calendar
    ("2019年春节前", date(2019, 2, 4)),
])
def test_spring_festival_by_lunar_calendar(text, due):
    assert parse_deadline(text, date(2018, 9, 1)).date == due


@pytest.mark.parametrize("text, due", [
    ("“十一”前", date(2027, 9, 30)),  # 国庆, quoted; never the number 十一
    ("明年“五一”前", date(2028, 4, 30)),
    ("五一劳动节前", date(2027, 4, 30)),
    ("2027年中秋节前", date(2027, 9, 14)),  # the eve, by the lunar calendar
    ("端午节前", date(2027, 6, 8)),
])
def test_other_festivals_before_which_a_duty_is_due(text, due):
    assert parse_deadline(text, date(2027, 3, 1)).date == due


def test_eleven_unquoted_is_no_festival():
    from tracker.extract.dated import find_due

    assert find_due("全县十一前完成", date(2027, 3, 1)) == []
    [hit] = find_due("某某大道快速路“十一”前要主线通车", date(2027, 3, 1))
    assert hit.deadline.date == date(2027, 9, 30)


@pytest.mark.parametrize("text, dues", [
    ("于2028年2月和8月底前完成线上初审", [date(2028, 2, 29), date(2028, 8, 31)]),
    ("请于2028年3月、6月底前报送进展", [date(2028, 3, 31), date(2028, 6, 30)]),
    ("分别于2028年6月5日和12月5日前报送", [date(2028, 6, 5), date(2028, 12, 5)]),
])
def test_a_later_date_of_a_list_takes_the_year_written_on_the_first(text, dues):
    assert [d.date for _s, _e, d in find_deadlines(text, date(2027, 5, 1))] == dues


@pytest.mark.parametrize("text", ["每季度最后一月20日前报送季度工作情况报告", "每季度最后一个月20日前报送季度工作情况报告"])
def test_the_last_month_of_each_quarter_written_without_its_measure_word(text):
    [(_s, _e, d)] = find_deadlines(text, date(2027, 4, 1))
    assert (d.recurrence, d.date) == ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20", date(2027, 6, 20))


def test_fold_reads_traditional_characters_by_opencc_and_keeps_length():
    s = "牽頭單位：市發展和改革委員會；完成時限：二〇一九年底前"
    assert fold(s) == "牵头单位:市发展和改革委员会;完成时限:二〇一九年底前"
    assert len(fold(s)) == len(s)


def test_month_by_month_reports_recur_monthly():
    from tracker.extract.dated import find_due

    hits = find_due("各乡镇逐月报送整治进展", date(2026, 4, 1))
    assert [h.deadline.recurrence for h in hits] == ["FREQ=MONTHLY;BYMONTHDAY=-1"]
    assert find_due("补贴按月计算", date(2026, 4, 1)) == []


def test_a_recurrence_stated_from_a_later_month_is_first_due_then():
    from tracker.extract.dated import find_due

    hits = find_due("从2026年6月起,每月20日前报送进展", date(2026, 4, 1))
    assert hits[0].deadline.date == date(2026, 6, 20)


def test_report_schedule_cells_due_after_each_period_with_an_exempt_period():
    issued = date(2027, 1, 2)
    monthly = parse_deadline("月后18日前(1月免报)", issued)
    assert monthly.recurrence == "FREQ=YEARLY;BYMONTH=1,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=18"
    assert monthly.date == date(2027, 1, 18)
    assert parse_deadline("月后3日前", issued).recurrence == "FREQ=MONTHLY;BYMONTHDAY=3"
    quarterly = parse_deadline("季后7日前、第四季度免报", issued)
    assert quarterly.recurrence == "FREQ=YEARLY;BYMONTH=4,7,10;BYMONTHDAY=7"
    assert quarterly.date == date(2027, 4, 7)


def test_a_year_that_lost_its_nian_before_a_month_still_names_both():
    from tracker.deadlines import find_deadlines

    found = find_deadlines("务必于202711月底前全部竣工", date(2027, 8, 1))
    assert [(d.date, d.text) for _, _, d in found] == [(date(2027, 11, 30), "202711月底前")]
    assert find_deadlines("电话202755", date(2027, 8, 1)) == []


def test_chubu_after_a_year_is_preliminarily_not_early_in_the_year():
    from tracker.deadlines import find_deadlines

    [(_s, _e, d)] = find_deadlines("2027年初步建成300个示范集团", date(2026, 9, 1))
    assert (d.date, d.text) == (date(2027, 12, 31), "2027年")
    [(_s, _e, d)] = find_deadlines("2027年初完成", date(2026, 9, 1))
    assert d.date == date(2027, 1, 31)


def test_zhongyang_after_a_year_is_no_mid_year():
    from tracker.deadlines import find_deadlines

    found = find_deadlines("2027年中央财政补助资金共计1508万元", date(2026, 9, 1))
    assert all(d.text != "2027年中" for _, _, d in found)
    [(_s, _e, d)] = find_deadlines("2027年中完成", date(2026, 9, 1))
    assert d.date == date(2027, 6, 30)


def test_a_date_that_lost_its_yue_is_read_where_the_digits_split_into_month_and_day():
    from tracker.deadlines import find_deadlines

    issued = date(2027, 1, 9)
    [(_s, _e, d)] = find_deadlines("审定后，于129日前报送县督查室", issued)
    assert (d.date, d.text) == (date(2027, 1, 29), "129日前")  # not 12月9日: the first after issue
    found = find_deadlines("各单位须分别于630日、1220日前报送进展情况", issued)
    assert [d.date for _, _, d in found] == [date(2027, 6, 30), date(2027, 12, 20)]
    # No split is a valid month and day, or no 于/在 before the digits: no date.
    assert find_deadlines("于231日前报送", issued) == []
    assert find_deadlines("于365日前报送", issued) == []
    assert find_deadlines("共计1215日前后", issued) == []


def test_lost_month_day_prefers_the_first_date_after_issue():
    from tracker.deadline_days import lost_month_day

    assert lost_month_day("128", 2027, date(2027, 3, 1)) == date(2027, 12, 8)
    assert lost_month_day("128", 2027, None) == date(2027, 1, 28)
    assert lost_month_day("1215", 2027, date(2027, 1, 5)) == date(2027, 12, 15)
    assert lost_month_day("230", 2027, None) is None


def test_a_meeting_held_once_every_period_and_one_report_every_quarter_recur():
    from tracker.deadlines import find_deadlines

    issued = date(2027, 3, 1)
    [(_s, _e, d)] = find_deadlines("县指挥部每周召开一次例会", issued)
    assert d.recurrence.startswith("FREQ=WEEKLY")
    # Every other month with no day named: no day is invented (as the corpus's golds write it).
    [(_s, _e, d)] = find_deadlines("每2个月集中组织一次专班会议", issued)
    assert d.recurrence == "FREQ=MONTHLY;INTERVAL=2"
    [(_s, _e, d)] = find_deadlines("实行“一季度一通报”", issued)
    assert (d.date, d.recurrence) == (date(2027, 3, 31), "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1")
    # A report every month with no day is due at each month's end (a sentence that only announces
    # the report the next one dates is merged by the implicit stage); a rate, an inspection named: no date.
    [(_s, _e, d)] = find_deadlines("议题每个月报送一次", issued)
    assert d.recurrence == "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert find_deadlines("每人每年体检一次", issued) == []
    assert find_deadlines("一季度一督查情况", issued) == []


def test_a_day_with_no_month_counts_from_the_issue_date_or_the_date_before_it():
    from tracker.deadline_days import day_after

    assert day_after(24, date(2027, 2, 22)) == date(2027, 2, 24)
    assert day_after(5, date(2027, 12, 28)) == date(2028, 1, 5)
    assert day_after(31, date(2027, 2, 22)) is None
    got = [(dl.text, dl.date) for _, _, dl in find_deadlines("于9月5日召开推进会，各乡镇于10日前报送材料", date(2027, 3, 1))]
    assert got == [("9月5日", date(2027, 9, 5)), ("10日前", date(2027, 9, 10))]
    assert find_deadlines("分别于15日和30日编发", date(2027, 3, 1)) == []


def test_a_circled_step_number_never_joins_the_month_after_it():
    assert fold("①2月上旬前") == "①2月上旬前"
    got = [(dl.text, dl.date) for _, _, dl in
           find_deadlines("①2月上旬前，完成设计招标。②3月底前，完成施工图审查。", date(2027, 1, 5))]
    assert got == [("2月上旬前", date(2027, 2, 10)), ("3月底前", date(2027, 3, 31))]


def test_a_year_less_day_long_gone_at_issue_is_next_years_in_running_text():
    # A 30 December notice asking for a report "1月8日前" means the coming January; a March
    # notice's "1月20日前" stays in the year of issue (the eval README's rule), and so does a
    # cell (a progress table issued late in the year lists the year's own deadlines).
    def found(text, issued):
        return [dl.date for _, _, dl in find_deadlines(text, issued)]

    assert found("请于1月8日前报送联络员名单", date(2027, 12, 30)) == [date(2028, 1, 8)]
    assert found("请于2月底前报送", date(2027, 11, 20)) == [date(2028, 2, 29)]
    assert found("请于1月20日前报送", date(2027, 3, 11)) == [date(2027, 1, 20)]
    assert found("请于3月底前报送", date(2027, 10, 15)) == [date(2027, 3, 31)]
    assert parse_deadline("1月8日前", date(2027, 12, 30)).date == date(2027, 1, 8)


def test_a_monthly_manner_inside_a_cell_of_dated_steps_is_no_schedule():
    cell = ("2027年底前:新建公共停车位800个;2028年底前:新增错峰共享停车位500个;"
            "2029年底前:推进夜间停车按月结算优惠服务。")
    d = parse_deadline(cell, date(2027, 3, 1))
    assert (d.date, d.recurrence) == (date(2029, 12, 31), None)
    # A schedule opening its cell still wins: "每月10日前报送，2027年底前完成".
    assert parse_deadline("每月10日前报送进展，2027年底前完成", date(2027, 3, 1)).recurrence == "FREQ=MONTHLY;BYMONTHDAY=10"


def test_a_month_whose_yue_the_page_lost_before_di_is_that_months_end():
    got = [(dl.text, dl.date) for _, _, dl in find_deadlines("（三）推广阶段（2027年4底前），11底前完成", date(2027, 2, 1))]
    assert got == [("2027年4底前", date(2027, 4, 30))]


def test_the_first_of_a_list_of_days_after_each_quarter_is_a_due_day_too():
    got = [(dl.text, dl.date) for _, _, dl in
           find_deadlines("报送时间：一季度季后8日、二季度季后7日、三季度季后9日", date(2027, 1, 4))]
    assert got == [("一季度季后8日", date(2027, 4, 8)), ("二季度季后7日", date(2027, 7, 7)),
                   ("三季度季后9日", date(2027, 10, 9))]


def test_a_later_time_a_condition_allows_is_no_due_date():
    def found(text):
        return [(dl.text, dl.date) for _, _, dl in find_deadlines(text, date(2027, 2, 1))]

    assert found("原则上需在2027年年底前完成拆除，如任务量较多的，可在2028年底前完成。") == [
        ("2027年年底前", date(2027, 12, 31))]
    assert found("确有困难的，可延期至2028年6月底前完成。") == []
    # Without a condition, 可在 names the due date itself.
    assert found("各单位可在2027年6月底前报送。") == [("2027年6月底前", date(2027, 6, 30))]
