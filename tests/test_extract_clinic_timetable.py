"""A holiday notice's clinic timetable says which weekday's roster a day keeps ("门诊按周日排班",
"全天开诊,按周三排班"): that weekday names a pattern, not a day, so the numbered rows are no
week's plan and their weekdays date nothing. A list whose items name their own weekdays still is."""

import tempfile
from pathlib import Path

from tracker.extract import extract_path
from tracker.extract.normalize import norm
from tracker.extract.week_plans import weekday_week

_TIMETABLE = (
    "关于2028年春节放假安排的通知\n我院2028年春节放假安排如下:\n"
    "(一)1月26日~2月1日(初一至初七)放假7天。\n"
    "(二)春节放假期间,门诊具体安排如下:\n"
    "1、1月26日~1月28日(初一至初三)全天停诊;\n"
    "2、1月29日~30日(初四至初五)门诊按周日排班;\n"
    "3、1月31日~2月1日(初六至初七)门诊按周六排班;\n"
    "4、1月22日(周六)全天开诊,按周三排班;\n"
    "5、2月2日(初八)照星期四作息。\n"
)


def _paras(text: str) -> tuple[str, list[tuple[int, int]]]:
    text_norm = str(norm(text))
    spans, a = [], 0
    for line in text_norm.split("\n"):
        spans.append((a, a + len(line)))
        a += len(line) + 1
    return text_norm, spans


def test_a_weekday_after_a_roster_word_makes_no_week():
    text_norm, spans = _paras("1、1月29日门诊按周日排班;\n2、1月31日门诊按周六排班;\n3、2月2日照星期四作息;\n4、2月3日按周三排班。")
    assert weekday_week(text_norm, spans, [0, 1, 2, 3]) is None


def test_items_naming_their_weekdays_still_make_a_week():
    text_norm, spans = _paras("1、3月6日(周一)召开例会;\n2、周三前各班上交计划;\n3、周四开展消防演练;\n4、周五进行卫生检查。")
    week = weekday_week(text_norm, spans, [0, 1, 2, 3])
    assert week is not None and week.first == (None, 3, 6) and week.weekday == 0


def test_clinic_rows_are_no_tasks():
    path = Path(tempfile.mkdtemp()) / "clinic.txt"
    path.write_text(_TIMETABLE, encoding="utf-8")
    titles = [t.title for t in extract_path(path).tasks]
    assert not [t for t in titles if "诊" in t or "排班" in t or "作息" in t], titles
