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


def test_a_header_run_with_the_issuer_s_date_is_no_task():
    tasks = _tasks([
        "某县人民政府督查室           2027年8月19关于印发2027年《政府工作报告》主要任务上半年落实情况的通报"
        "各乡镇人民政府,县政府各部门:", "",
        "为推动工作落实,现将有关情况通报如下。", "",
        "请各乡镇于2027年9月10日前报送整改情况。",
    ])
    assert [t.deadline for t in tasks] == [date(2027, 9, 10)]


def test_a_reply_s_number_issuer_and_date_and_a_bracketed_date_with_its_number_are_no_tasks():
    tasks = _tasks([
        "某院关于同意设立某某市的批复 某函〔2027〕82号 某某国务院 2027年9月17日 |",
        "某市人民政府关于印发2027年实事项目的通知",
        "(2027年3月19日 某府办发[2027]4号)",
        "各区要于2027年12月底前完成实事项目。",
    ])
    assert [t.deadline for t in tasks] == [date(2027, 12, 31)]
