"""Pipe tables whose name column carries no known header word: a monthly arrangement of a
town (one trade a month, its time and unit columns named), invented."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.tables import header_map

PLAN = "\n".join([
    "各村、镇直各单位:",
    "现将《某镇2027年度消防安全专项检查计划》印发给你们,请认真执行。",
    "某镇人民政府",
    "2027年1月10日",
    "一、专项检查安排表",
    "检查行业 | 时间安排 | 负责单位 |",
    "商场超市 | 2月份 | 市场监管所 |",
    "敬老院 | 3月份 | 民政办 |",
    "小作坊 | 4月份 | 市场监管所 派出所 |",
    "二、工作要求",
])


def test_first_unnamed_column_left_of_a_time_and_a_unit_column_names_the_rows():
    assert header_map(["检查行业", "时间安排", "负责单位", ""]) == {
        "deadline": 1, "responsible": 2, "title": 0}
    assert header_map(["序号", "检查对象", "完成时限", "责任单位"])["title"] == 1


def test_a_header_with_a_time_but_no_unit_column_stays_no_task_table():
    assert header_map(["检查行业", "时间安排", "备注"]) is None
    assert header_map(["序号", "时间安排", "责任单位"]) is None


def test_each_month_row_is_a_task_due_at_the_month_end_with_its_units():
    got = [(t.title, t.text, [u.name for u in t.units], t.deadline) for t in extract_text(PLAN).tasks]
    assert got == [
        ("商场超市", "商场超市 | 2月份 | 市场监管所", ["市场监管所"], date(2027, 2, 28)),
        # A unit-like name ("敬老院") filling its own time and unit cells is the row's work.
        ("敬老院", "敬老院 | 3月份 | 民政办", ["民政办"], date(2027, 3, 31)),
        ("小作坊", "小作坊 | 4月份 | 市场监管所 派出所", ["市场监管所", "派出所"], date(2027, 4, 30)),
    ]
