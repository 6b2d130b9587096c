"""A 分工 list giving each share a line of its own: "- 区域：由X负责…" is a task of X."""

from notice_helpers import run, titles


def test_each_line_of_a_share_list_is_a_task_of_the_units_it_names():
    r = run("一、大扫除安排\n\n1. 时间安排\n\n大扫除定于2月10日至2月14日进行。\n\n2. 具体分工\n\n"
            "- 办公区域：由各科室自行负责，包括办公桌椅、文件柜的清理。\n\n"
            "- 公共区域：由办公室统一组织，重点清洁会议室、卫生间。\n\n"
            "- 院落及外墙：由物业公司负责，确保外墙干净。\n")
    assert [[(u.name, u.role) for u in t.units] for t in r.tasks] == [
        [("各科室", "responsible")], [("办公室", "responsible")], [("物业公司", "responsible")]], titles(r)
    assert not any("定于" in t.text for t in r.tasks)


def test_a_rectification_line_under_each_problem_names_its_doer():
    r = run("1、河边堤岸沿线有垃圾死角。\n\n整改要求：由县环卫站负责清除上述垃圾。\n\n"
            "2、迎宾大道围墙上有野广告。\n\n整改要求：由包片单位县气象局负责清除。\n\n"
            "3、沿线居户旱厕外露。\n\n整改要求：由城关镇负责拆除旱厕或改建无害化厕所。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["县环卫站"], ["县气象局"], ["城关镇"]], titles(r)


def test_a_lone_labelled_line_is_left_alone():
    r = run("一、工作职责\n\n日常管理：由办公室负责抓好综合协调工作。\n")
    assert r.tasks == [], titles(r)


def test_an_event_fixed_for_a_day_keeps_the_request_that_follows_it():
    from datetime import date

    r = run("会议定于3月5日在县政府召开，请各镇于3月1日前将参会人员名单报县政府办公室。\n")
    assert [(t.deadline, [u.name for u in t.units]) for t in r.tasks] == [(date(2027, 3, 1), ["各镇"])], titles(r)
