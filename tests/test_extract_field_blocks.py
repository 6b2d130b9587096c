"""Field blocks (field_blocks.py), on minimal invented texts: an item heading whose lines
below are labelled fields ("1.活动时间：…" "2.活动内容：…" "3.组织单位：…") is one task keyed
on the heading, due by its time field, done by its unit field (a bracketed 参加单位 as
support) or by the units a staffing field names ("X、Y各安排1名…"); fields whose values are
duty sentences stay with the sentence stages."""

from datetime import date

from tracker.extract import extract_text

HEAD = ("戊县安全生产委员会办公室\n关于开展2029年安全生产月活动的通知\n\n各乡镇人民政府，县直有关部门：\n\n"
        "现将2029年安全生产月活动安排通知如下。\n\n")
TAIL = "\n\n戊县安全生产委员会办公室\n2029年5月20日\n"


def run(body: str):
    return extract_text(HEAD + body + TAIL)


def test_each_heading_over_fields_is_one_task_with_its_fields_units_and_time():
    r = run("四、活动安排\n（一）开展消防宣传周活动\n1.活动时间：6月1日至6月7日。\n"
            "2.活动内容：各乡镇组织企业职工观看警示教育片，开展应急疏散演练。\n"
            "3.组织单位：各乡镇人民政府、县消防救援大队。\n"
            "（二）开展安全咨询日活动\n1.活动时间：6月16日。\n2.活动内容：设立咨询台，发放宣传资料。\n"
            "3.组织单位：县安委办、县应急管理局。（参加单位：县住建局、县交通局。）\n")
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline) for t in r.tasks]
    assert got == [
        ("开展消防宣传周活动", [("各乡镇人民政府", "responsible"), ("县消防救援大队", "responsible")],
         date(2029, 6, 7)),
        ("开展安全咨询日活动", [("县安委办", "responsible"), ("县应急管理局", "responsible"),
                               ("县住建局", "support"), ("县交通局", "support")], date(2029, 6, 16))], got


def test_a_staffing_field_names_the_units_and_the_inspected_are_none():
    r = run("（三）重点项目建设进展情况\n1、督查时间：2029年7月中旬。\n2、督查对象：各重点项目建设单位。\n"
            "3、人员安排：县发改局、县财政局各安排1名副局长，县住建局各安排1名科长，组成督查组。\n"
            "4、督查要求：到现场检查工程进展情况。\n")
    got = [(t.title, [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [("重点项目建设进展情况", ["县发改局", "县财政局", "县住建局"], date(2029, 7, 20))], got


def test_a_time_line_right_under_a_short_item_makes_it_a_task():
    r = run("三、主要活动\n（一）召开动员大会，启用倒计时牌：\n时间：2029年6月1日\n邀请新闻单位参加。\n")
    got = [(t.title, "倒计时牌" in t.text, t.deadline) for t in r.tasks]
    assert got == [("召开动员大会", True, date(2029, 6, 1))], got


def test_fields_holding_duty_sentences_are_left_to_the_sentences():
    r = run("（一）期末统一考试\n1、考试课程：见附件。\n"
            "2、交卷时间：任课教师务必于6月14日前将试卷交教务处。\n3、监考安排：教务处统一安排。\n")
    titles = [t.title for t in r.tasks]
    assert titles and all("期末统一考试" != t for t in titles), titles
    assert any("试卷交教务处" in t.text for t in r.tasks), titles


def test_a_time_with_its_lunar_day_and_clock_time_and_a_group_heading_over_blocks():
    r = run("（五）2029年新春广场文化活动\n1.舞龙舞狮表演\n时间：2029年2月13日（农历正月初一）上午9:30。\n"
            "地点：县文化广场。\n组织单位：县文旅局、各乡（镇）人民政府。\n"
            "2.迎春晚会\n时间：2029年2月9日（农历2028年12月27日）晚上7:30。\n地点：县影剧院。\n"
            "组织单位：县委宣传部。\n")
    got = [(t.title, [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [("舞龙舞狮表演", ["县文旅局", "各乡（镇）人民政府"], date(2029, 2, 13)),
                   ("迎春晚会", ["县委宣传部"], date(2029, 2, 9))], got
