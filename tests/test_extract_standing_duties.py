"""Standing duties and field lines: a section on what each office does as a rule, and the
unit or object line of an item written as fields, are no tasks of their own. Each on a minimal
text invented for the test."""

from notice_helpers import run, titles


def test_the_offices_standing_remits_are_no_tasks():
    r = run("一、目标任务\n（一）2027年10月底前完成老旧小区改造30个。（责任单位：县住建局）\n"
            "二、工作职责\n（一）县发改局：负责项目立项审批工作。\n（二）县财政局：负责落实项目资金。\n"
            "（三）各镇：负责本镇范围内项目的用地协调工作。\n")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [("2027-10-31", ["县住建局"])], titles(r)


def test_a_section_dividing_the_work_keeps_its_items():
    r = run("一、工作目标\n全面提升农村人居环境。\n三、职责分工\n（一）县发改局：负责项目立项审批工作。\n"
            "（二）县财政局：负责落实项目资金。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["县发改局"], ["县财政局"]], titles(r)


def test_a_dated_duty_in_a_remit_section_stays():
    r = run("二、工作职责\n（一）县统计局：负责每月5日前汇总报送进度情况。\n")
    assert [t.deadline_text for t in r.tasks] == ["每月5日前"], titles(r)


def test_an_items_unit_field_names_the_items_unit():
    r = run("一、活动安排\n（一）新春篮球赛\n1、比赛时间：正月初一、初二\n2、比赛地点：镇文体中心\n"
            "3、负责单位：甲村\n（二）元宵灯谜会\n1、活动时间：正月十五晚\n2、活动地点：镇文化站\n"
            "3、负责单位：乙村、丙村承办\n")
    assert [(t.title, [u.name for u in t.units]) for t in r.tasks] == [
        ("新春篮球赛", ["甲村"]), ("元宵灯谜会", ["乙村", "丙村"])], titles(r)


def test_an_object_line_is_no_task():
    r = run("一、督查安排\n1、督查时间：2027年7月中旬\n2、督办对象：各镇。\n"
            "3、请各镇于2027年7月10日前报送自查报告。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-07-10"], titles(r)


def test_a_contact_office_line_is_no_task():
    r = run("三、请各镇于2027年4月1日前报送调查表。\n（四）联系单位：县林业局森防站。电话：1234567。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-01"], titles(r)


def test_a_line_announcing_the_items_below_is_no_task():
    r = run("二、工作安排\n寒假将于2027年1月8日开始，为做好假期管理工作，现将离校有关事项通知如下：\n"
            "1、各学院于2027年1月5日前报送留校学生名单。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-01-05"], titles(r)


def test_a_body_heading_its_own_list_of_duties_is_one_row():
    r = run("一、目标任务\n（一）2027年10月底前完成老旧小区改造30个。（责任单位：县住建局）\n"
            "二、工作职责\n（一）街道消防委\n1.统筹本街道消防工作经费和人员保障;\n2.组织开展消防安全检查;\n"
            "（二）县消防大队职责\n1.指导街道开展消防宣传培训;\n2.督促社会单位落实消防安全责任。\n")
    assert [([u.name for u in t.units], t.deadline) for t in r.tasks][1:] == [
        (["街道消防委"], None), (["县消防大队"], None)], titles(r)


def test_a_body_heading_with_a_sentence_introducing_its_duties_is_one_row():
    r = run("三、分工与职责\n（一）县城管局\n县城管局是本县市容执法部门，主要履行以下职责：\n"
            "1.查处违法运输行为；\n2.开展联合执法检查。\n（二）县住建局\n县住建局主要履行以下职责：\n"
            "1.督促施工单位按规定申报；\n2.开展工地日常检查。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["县城管局"], ["县住建局"]], titles(r)
