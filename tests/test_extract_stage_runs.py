"""A run-on stage list (stage_heads.STAGE_CLAUSE, cut in sentences.split_subjects), on a
minimal invented text: "第一阶段(…):X,第二阶段(…):Y,…" written in one sentence holds one duty
a stage, each due at its stage's end, not one duty with the stages as milestones."""

from datetime import date

from tracker.extract import extract_text


def test_each_stage_of_a_run_on_stage_list_is_a_task():
    r = extract_text("某中学关于开展春季校园安全检查的通知\n\n各处室：\n\n二、时间安排\n"
                     "1、第一阶段(3月1日—3月5日):隐患自查,第二阶段(3月6日—8日):交叉检查,"
                     "第三阶段(3月9日—12日):限期整改。\n\n某中学校长室\n2029年2月26日\n")
    got = [(t.text.rstrip("。,")[-4:], t.deadline) for t in r.tasks]
    assert got == [("隐患自查", date(2029, 3, 5)), ("交叉检查", date(2029, 3, 8)),
                   ("限期整改", date(2029, 3, 12))], got


def test_one_stage_with_two_dated_steps_stays_one_task():
    r = extract_text("某县关于开展道路隐患整治的通知\n\n各乡镇：\n\n"
                     "第一阶段(4月1日—4月30日):各乡镇于4月15日前完成排查,4月30日前完成整改。\n\n"
                     "某县人民政府办公室\n2029年3月20日\n")
    assert len(r.tasks) == 1, [t.text for t in r.tasks]


def test_a_stage_range_heading_over_dated_items_is_no_task_of_its_own():
    r = extract_text("某区关于开展电梯安全隐患整治的通知\n\n各街道：\n\n"
                     "（二）排查整治阶段（5月1日至6月30日）\n"
                     "1.5月31日前，区市场监管局完成全区电梯底数排查。\n"
                     "2.6月30日前，各街道督促物业企业完成隐患整改。\n\n"
                     "某区人民政府办公室\n2029年4月20日\n")
    got = [(t.title[:6], t.deadline) for t in r.tasks]
    assert got == [("区市场监管局", date(2029, 5, 31)), ("各街道督促物", date(2029, 6, 30))], got


def test_a_short_dated_step_takes_the_line_below_it_as_its_body():
    r = extract_text("某学院关于年度考核工作安排的通知\n\n各系部：\n\n二、考评阶段\n"
                     "1、听取汇报（12月17日）\n各系部班子向考核小组汇报全年工作情况。\n"
                     "2、评议打分（12月18日—20日）\n考核小组进行评议，初定分数。\n"
                     "三、反馈考核情况（12月31日前）\n\n"
                     "某学院人事处\n2029年12月1日\n")
    got = [("汇报全年工作" in t.text, "初定分数" in t.text, t.deadline) for t in r.tasks]
    assert got == [(True, False, date(2029, 12, 17)), (False, True, date(2029, 12, 20)),
                   (False, False, date(2029, 12, 31))], got


def test_a_numbered_item_opening_with_its_date_binds_the_sentences_of_other_units_after_it():
    r = extract_text("某区关于开展燃气安全排查的通知\n\n各街道：\n\n"
                     "1.5月31日前，区住建委完成全区燃气用户底数排查。各街道组织物业企业完成隐患自查。"
                     "区市场监管局组织开展对燃气经营企业的检查。\n\n"
                     "某区人民政府办公室\n2029年4月20日\n")
    got = [([u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [(["区住建委"], date(2029, 5, 31)), (["各街道"], date(2029, 5, 31)),
                   (["区市场监管局"], date(2029, 5, 31))], got


def test_an_inline_item_heading_belongs_to_the_dated_sentence_after_it():
    r = extract_text("某市2029年民生实事解读\n\n"
                     "1、优化教育布局。2029年新建小学3所。2、提升供水保障能力。2029年建成城东水厂。"
                     "完成老旧管网改造。\n")
    got = [(t.text.split("。")[0], t.deadline) for t in r.tasks]
    assert got == [("1、优化教育布局", date(2029, 12, 31)), ("2、提升供水保障能力", date(2029, 12, 31))], got


def test_a_numbered_heading_closed_by_a_colon_opens_the_dated_line_below_it():
    r = extract_text("某医院建院60周年系列活动方案\n\n三、系列主题活动\n"
                     "1、“爱心义诊”活动：\n2029年5月8日，在门诊大厅为社区居民免费义诊。\n")
    got = [(t.text.startswith("1、“爱心义诊”活动"), t.deadline) for t in r.tasks]
    assert got == [(True, date(2029, 5, 8))], got


def test_numbered_schedule_entries_opening_with_their_time_and_an_agent_after_you():
    """"（二）8月15日至25日，由X出具…": a schedule entry is due at its period's end even after
    its item number, and 由 names its agent whatever verb follows."""
    r = extract_text("某市关于评选2029年度优秀志愿者的通知\n\n各县区：\n\n三、评选日程\n"
                     "（一）7月1日至20日，各县区推荐候选人。\n"
                     "（二）8月15日至25日，由市文明办出具初审意见，并征求有关部门意见。\n"
                     "（三）10月份，由市人民政府举行表彰仪式。\n\n某市文明委\n2029年6月20日\n")
    got = [([u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [(["各县区"], date(2029, 7, 20)), (["市文明办"], date(2029, 8, 25)),
                   (["市人民政府"], date(2029, 10, 31))], got
