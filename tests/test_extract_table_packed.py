"""Pipe tables whose merged cells the converter dropped, packing each line's cells to the
left and padding it with empty cells (invented school calendar), and the school term that
dates a calendar with no issue date."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.periods import reference_date
from tracker.extract.table_packed import packed_width, right_aligned

CALENDAR = "\n".join([
    "某某中学2027-2028学年第二学期工作行事历",
    "起止日期 | 工作内容 | 负责部门 | |",
    "开学前 | 2月20日 | 全体教师返校会议 | 校长室 |",
    "2月21日 | 新生报到注册 | 学生处 | |",
    "第一周 | 2月22日-2月28日 | 开学典礼 | 学生处、团委 |",
    "校园消防设施检查 | 保卫科 | ||",
    "教研组长工作会议 | 教务处 | ||",
    "第二周 | 3月1日-3月7日 | 春季运动会筹备 | 体育组 |",
    "家长委员会换届 | 办公室 | ||",
])


def test_packed_table_is_read_from_its_right_end():
    got = [(t.title, [u.name for u in t.units], t.deadline) for t in extract_text(CALENDAR).tasks]
    assert got == [
        ("全体教师返校会议", ["校长室"], date(2028, 2, 20)),
        ("新生报到注册", ["学生处"], date(2028, 2, 21)),
        ("开学典礼", ["学生处", "团委"], date(2028, 2, 28)),
        ("校园消防设施检查", ["保卫科"], date(2028, 2, 28)),
        ("教研组长工作会议", ["教务处"], date(2028, 2, 28)),
        ("春季运动会筹备", ["体育组"], date(2028, 3, 7)),
        ("家长委员会换届", ["办公室"], date(2028, 3, 7)),
    ]


def test_only_a_header_ending_in_empty_cells_under_wider_rows_is_packed():
    header = ["起止日期", "工作内容", "负责部门", ""]
    assert packed_width(header, [["第一周", "2月22日-2月28日", "开学典礼", "学生处"]]) == 4
    # Rows no wider than the header's names: an ordinary table with an empty last column.
    assert packed_width(header, [["2月21日", "新生报到注册", "学生处", ""]]) == 0
    assert packed_width(["起止日期", "工作内容", "负责部门"], [["2月21日", "新生报到注册", "学生处"]]) == 0
    assert right_aligned(["校园消防设施检查", "保卫科", "", ""], 4) == ["", "", "校园消防设施检查", "保卫科"]


def test_school_term_dates_a_calendar_with_no_issue_date():
    assert reference_date(norm("某中学2027-2028学年第二学期校历\n2027年度先进表彰")) == date(2028, 1, 1)
    assert reference_date(norm("某中学2027—2028学年度第一学期工作计划")) == date(2027, 1, 1)
