"""Schedules written as tables: a time column beside the work of each step (invented
schedules of the shapes met in real documents)."""

from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.table_model import read_header, tokens_of

HEAD = "某市人民政府办公室关于印发2027年度评审工作安排的通知\n2027年1月5日\n\n"


def _tokens(text):
    lines = text.split("\n")
    return tokens_of(lines, [norm(ln) for ln in lines], 0, len(lines))


def test_time_and_work_columns_make_a_schedule_header():
    cols, end = read_header(_tokens("时间 |\n工作日程 |\n3-4月 |\n受理申报材料 |"), 0)
    assert [c.role for c in cols] == ["deadline", "title"]
    assert _tokens("时间 |\n工作日程 |\n3-4月 |\n受理申报材料 |")[end].norm == "3-4月"


def test_bare_time_and_content_is_no_schedule_header():
    # A meeting's agenda ("时间 / 内容") holds no duty.
    assert read_header(_tokens("时间\n内容\n9:00\n开幕式"), 0) is None


def test_flattened_two_column_schedule_gives_a_task_per_row():
    text = HEAD + "附件\n评审工作日程安排\n时间 |\n工作日程 |\n1-2月 |\n开展评审政策调研 |\n" \
        "3-4月 |\n受理申报材料 |\n6月 |\n组织专家评审并公示结果 |\n"
    tasks = extract_text(text).tasks
    assert [t.title for t in tasks] == ["开展评审政策调研", "受理申报材料", "组织专家评审并公示结果"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-02-28", "2027-04-30", "2027-06-30"]
