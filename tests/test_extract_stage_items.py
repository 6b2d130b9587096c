"""Undated items under a dated stage heading: each a task due when the stage ends."""

from datetime import date

from notice_helpers import run, titles


def test_numbered_items_under_a_stage_heading_are_due_at_its_end_and_name_their_units():
    r = run("四、工作步骤\n\n（三）巩固提高阶段（11月1日至11月30日）\n\n"
            "1.县协调小组将成立检查组，对整治工作进行检查验收。\n\n"
            "2.制定2028年、2029年改造项目计划，并按时报送市消防局。县公安局和县消防大队要列出拒不整改单位清单。\n\n"
            "五、工作要求\n\n（一）加强领导。各部门要高度重视。\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 11, 30)] * 3, titles(r)
    assert [[u.name for u in t.units] for t in r.tasks] == [["县协调小组"], [], ["县公安局", "县消防大队"]]
    assert not any(t.title.startswith("巩固提高阶段") for t in r.tasks)


def test_counted_items_after_a_stage_heading_split_at_each_subject():
    r = run("（一）动员部署阶段（2027年3月10日至3月17日）。一是召开全县动员部署大会。各乡镇建立健全组织机构，制定工作方案。\n\n"
            "二是调查摸底，建立台帐。各乡镇要对辖区突出问题进行拉网式排查，建立整治台帐。\n\n"
            "三是加强宣传。各乡镇要在重点区域设置宣传站。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [[], ["各乡镇"], ["各乡镇"], [], ["各乡镇"]], titles(r)
    assert all(t.deadline == date(2027, 3, 17) for t in r.tasks)
    assert r.tasks[0].text.startswith("(一)动员部署阶段") or r.tasks[0].text.startswith("（一）动员部署阶段")


def test_a_stage_whose_items_have_their_own_dates_is_left_to_them():
    r = run("（二）排查整治阶段（3月1日至5月31日）\n\n1.3月31日前，各乡镇完成底数排查。\n\n"
            "2.5月31日前，县住建局完成整改。\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 3, 31), date(2027, 5, 31)], titles(r)


def test_sentences_under_a_stage_heading_split_at_each_doer():
    r = run("（二）集中整治阶段（6月1日至9月30日）\n\n"
            "县整治办将组织开展河道、集镇、道路等专项检查。各乡镇要结合实际组织开展自查，及时整改发现的问题。\n\n"
            "（三）总结验收阶段（10月1日至10月20日）\n\n各乡镇认真总结整治工作，形成书面总结。\n\n"
            "县整治办对各乡镇整治情况进行考核验收。\n")
    assert [([u.name for u in t.units], t.deadline) for t in r.tasks] == [
        (["县整治办"], date(2027, 9, 30)), (["各乡镇"], date(2027, 9, 30)),
        (["各乡镇"], date(2027, 10, 20)), (["县整治办"], date(2027, 10, 20))], titles(r)
    assert r.tasks[0].text.startswith(("(二)集中整治阶段", "（二）集中整治阶段"))


def test_a_stage_body_with_one_doer_and_a_sentence_opening_with_its_modal_stays_one_task():
    r = run("三、工作步骤\n\n（一）集中攻坚阶段（3月1日至5月31日）\n\n"
            "各乡镇要细化实施方案。要部署和督促相关企业开展自查自改。县整治办将对工作情况开展督导检查。\n\n"
            "（二）总结阶段（6月1日至6月30日）\n\n各乡镇认真总结整治工作。\n")
    assert [([u.name for u in t.units], t.deadline) for t in r.tasks][:1] == [(["各乡镇"], date(2027, 5, 31))], titles(r)
    assert not any(t.units and t.units[0].name.startswith("要") for t in r.tasks), titles(r)


def test_undated_items_of_a_stage_are_due_at_its_end_and_a_dated_one_at_its_own_date():
    r = run("四、工作步骤\n\n2.达标冲刺阶段（2027年5月至2027年6月）。\n\n"
            "（1）县创建办与各成员单位整理创建档案资料，做好迎检准备。\n\n"
            "（2）县创建办按照创建标准开展模拟检查，逐项查漏补缺。\n\n"
            "（3）2027年6月10日前，以县政府名义向市住建局提出验收申请。\n\n"
            "五、工作要求\n\n（一）加强领导。各部门要高度重视。\n")
    assert sorted(t.deadline for t in r.tasks) == [date(2027, 6, 10), date(2027, 6, 30), date(2027, 6, 30)], titles(r)
    assert not any(t.title.startswith("达标冲刺阶段") for t in r.tasks), titles(r)


def test_a_stage_of_one_month_over_dated_items_is_no_task_of_its_own():
    r = run("四、工作步骤\n\n（一）动员部署阶段（2027年3月）。\n\n1.2027年3月成立县创建工作小组。\n\n"
            "2.2027年3月召开创建动员大会，签订目标责任书。\n\n"
            "五、工作要求\n\n（一）加强领导。各部门要高度重视。\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 3, 31)] * 2, titles(r)
    assert not any(t.title.startswith("动员部署阶段") for t in r.tasks), titles(r)


def test_a_stage_run_on_after_its_heading_splits_at_each_doer_but_not_at_a_next_step():
    r = run("三、时间安排\n\n（一）自查自纠阶段（6月1日—7月10日）。各行业主管部门牵头，制定本行业检查方案。"
            "各生产经营单位开展全面深入的安全生产自查，建立隐患清单。\n\n"
            "（二）验收阶段（7月11日—8月31日）。各乡镇组织场所开展自查自评，达标后申报验收。县应急局将组织验收确认。\n")
    got = [([(u.name, u.role) for u in t.units], t.deadline) for t in r.tasks]
    assert got == [([("各行业主管部门", "lead")], date(2027, 7, 10)), ([("各生产经营单位", "responsible")], date(2027, 7, 10)),
                   ([("各乡镇", "responsible")], date(2027, 8, 31))], titles(r)


def test_undated_paragraphs_under_a_stage_heading_are_due_at_its_end_beside_its_dated_ones():
    r = run("四、行动步骤\n\n（一）准备阶段（2027年5月1日—6月30日）\n\n"
            "县政府成立专项整治领导小组，并进行专项部署。\n\n"
            "县自然资源局于2027年5月20日前完成违法用地台账梳理。\n\n"
            "各乡镇按照工作要求制定整治计划，逐一明确处置措施。\n\n"
            "（二）巩固提高阶段（2028年1月至11月）\n\n"
            "保持严管严治态势，落实长效管理措施，巩固整治成果。\n\n"
            "2028年10月对各地整治工作进行全面考核。\n\n"
            "五、保障措施\n\n（一）加强领导。各部门要高度重视。\n")
    got = sorted(([u.name for u in t.units], t.deadline) for t in r.tasks)
    assert got == sorted([
        (["县政府"], date(2027, 6, 30)), (["县自然资源局"], date(2027, 5, 20)), (["各乡镇"], date(2027, 6, 30)),
        ([], date(2028, 11, 30)), ([], date(2028, 10, 31))]), titles(r)
    assert not any(t.title.startswith(("准备阶段", "巩固提高阶段")) for t in r.tasks), titles(r)


def test_a_step_named_by_its_work_with_its_period_alone_on_its_line_heads_its_items():
    r = run("四、实施步骤\n\n（一）排查摸底（2027年3月1日至3月31日）\n\n"
            "各村要对辖区场所逐一进行排查，建立隐患台账。\n\n镇安监办汇总排查情况，形成排查报告。\n\n"
            "（二）组织实施，全面推进（2027年4月1日至9月30日）\n\n"
            "主要做好以下几方面工作：一是组织调研组对全镇消防安全状况进行调研，研究制订整治分方案。"
            "二是整治办公室组织召开有关场所消防安全责任人会议。三是利用各类媒体对整治工作情况进行及时报道。\n\n"
            "五、工作要求\n\n（一）加强领导。各部门要高度重视。\n")
    got = [([u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [(["各村"], date(2027, 3, 31)), (["镇安监办"], date(2027, 3, 31)), ([], date(2027, 9, 30)),
                   (["整治办公室"], date(2027, 9, 30)), ([], date(2027, 9, 30))], titles(r)
    assert not any(t.text.startswith(("(二)组织实施", "（二）组织实施")) for t in r.tasks), titles(r)

