"""A signature run into the last paragraph is the page's date, not a due date: a day after a
ministry's name, a month (or a day the copy cut short) after an archive's or a bureau's name
(invented notices)."""

from datetime import date

from tracker.extract import extract_text


def _tasks(lines):
    return extract_text("\n".join(lines)).tasks


def test_a_ministry_signature_day_closing_the_annex_list_is_no_due_date():
    tasks = _tasks([
        "关于做好示范社监测工作的通知", "各省农业厅:",
        "一、请各省于2027年8月10日前将监测材料报送至办公室。",
        "二、严格工作程序,认真执行监测工作纪律。附件:1.监测表 某某部 2027年4月22日",
    ])
    assert [t.deadline for t in tasks] == [date(2027, 8, 10)]


def test_a_signature_month_after_the_contact_line_is_no_due_month():
    tasks = _tasks([
        "各单位:", "请各部门将2026年的文件材料整理好后于2027年3月20日前移交档案室。",
        "联系人:张某 电话:12345678 档案馆 2027年2月",
    ])
    assert [t.deadline for t in tasks] == [date(2027, 3, 20)]
    cut = _tasks([
        "各单位:", "请各单位于2027年10月25日前提交申报材料。",
        "某区市场监督管理局某区财政局2027年9月20",
    ])
    assert [t.deadline for t in cut] == [date(2027, 10, 25)]
