"""Phrasing families met in documents written apart from the extractor, each on a
minimal text invented for the test (other places, offices and dates than any test
document): unbracketed notes closing a numbered item, 科室 labels, time limits with
an object in a note, collective units, tables split by a page break, phases whose
roles are in the sentence, and sentences with subjects of their own.
"""

from tracker.extract import extract_text

HEAD = ("乙政办发〔2027〕8号\n\n乙县人民政府办公室关于做好若干工作的通知\n\n各镇人民政府：\n\n"
        "现将有关事项通知如下。\n\n乙县人民政府办公室\n2027年2月6日\n\n")


def run(body: str):
    return extract_text(HEAD + body)


def units(task):
    return [(u.name, u.role) for u in task.units]


# -- unbracketed notes closing an item ----------------------------------------------------

def test_inline_labelled_note_closes_its_item_and_is_no_task_of_its_own():
    r = run("1．清理河道垃圾。组织沿线村组逐段清理漂浮物，建立巡河台账。责任单位：县水务局、县环保局，"
            "各镇（街道）；完成时限：2027年6月15日。\n\n"
            "2．修复护岸设施。对冲毁护岸登记造册并限期修复。牵头单位：县水务局；配合单位：县财政局、"
            "县交通局；完成时限：长期坚持。\n\n"
            "3．完善管护制度。制定河道管护办法。责任单位：县水务局；配合单位：县司法局。\n")
    assert len(r.tasks) == 3, [(t.title, t.text) for t in r.tasks]
    first, second, third = r.tasks
    assert "巡河台账" in first.text and "责任单位" not in first.text
    assert units(first) == [("县水务局", "responsible"), ("县环保局", "responsible"),
                            ("各镇（街道）", "responsible")]
    assert first.deadline.isoformat() == "2027-06-15" and first.kind == "annotated"
    assert units(second) == [("县水务局", "lead"), ("县财政局", "support"), ("县交通局", "support")]
    assert second.deadline is None and second.deadline_text == "长期坚持"
    assert units(third) == [("县水务局", "responsible"), ("县司法局", "support")]
    assert third.deadline is None


def test_section_labels_name_the_responsible_section():
    r = run("（一）整治摊点秩序。规范早市摊点设置。\n（责任科室：执法一科；配合单位：各社区）\n\n"
            "（二）更新公厕标识。更换破损标识牌。\n（牵头科室：环卫科）\n")
    assert [units(t) for t in r.tasks] == [
        [("执法一科", "responsible"), ("各社区", "support")], [("环卫科", "lead")]]


# -- time limits with an object, collectives ---------------------------------------------

def test_bracketed_note_ending_in_a_time_limit_with_its_object():
    r = run("（一）推行明码标价。督促农贸市场经营户统一价签。（县市场监管局负责，2027年8月底前完成价签更换）\n\n"
            "（二）整治占道经营。清理主干道占道摊点。（县城管局牵头，县公安局、县交通局等按职责分工负责，"
            "2027年10月底前完成集中整治）\n")
    assert len(r.tasks) == 2, [(t.title, t.text) for t in r.tasks]
    first, second = r.tasks
    assert units(first) == [("县市场监管局", "responsible")]
    assert first.deadline.isoformat() == "2027-08-31"
    assert units(second) == [("县城管局", "lead"), ("县公安局", "responsible"), ("县交通局", "responsible")]
    assert second.deadline.isoformat() == "2027-10-31"


def test_collectives_of_administrative_levels_stay_one_unit():
    r = run("（一）建设乡村驿站。每个行政村建设一处驿站。（省农业厅牵头，省财政厅、各市、县（区）人民政府等"
            "按职责分工负责）\n\n"
            "（二）上报建设情况。各地要于每年3月底前将驿站建设情况报省农业厅。各街道(镇)要于2027年5月10日前"
            "制定实施方案。\n")
    assert units(r.tasks[0]) == [("省农业厅", "lead"), ("省财政厅", "responsible"),
                                 ("各市、县（区）人民政府", "responsible")]
    by_title = {t.title: t for t in r.tasks[1:]}
    assert [units(t) for t in r.tasks[1:]] == [[("各地", "responsible")], [("各街道(镇)", "responsible")]], by_title


def test_levels_listed_under_one_ge_stay_one_collective_with_county_level_cities_and_banners():
    r = run("（一）培育创业园区。新建一批创业孵化基地。（牵头单位：县人社局，配合单位：县财政局，各区、县级市）\n\n"
            "（二）引进技能人才。落实人才安居补贴。（牵头单位：县住建局，配合单位：各有关区、县级市）\n\n"
            "（三）推广牧区保险。扩大牧业保险覆盖面。（各县、旗政府负责）\n")
    assert [units(t) for t in r.tasks] == [
        [("县人社局", "lead"), ("县财政局", "support"), ("各区、县级市", "support")],
        [("县住建局", "lead"), ("各有关区、县级市", "support")],
        [("各县、旗政府", "responsible")]]


# -- tables split by a page break, steps before a note's deadline ------------------------

TABLE = """附件

重点任务分工表

| 序号 | 任务内容 | 责任单位 | 时间节点 |
|---|---|---|---|
| 1 | 完成城区供水管网改造，更换老旧管道 | 县水务局（牵头）、县财政局、 | 2027年9月底前 |

- 7 -

| 序号 | 任务内容 | 责任单位 | 时间节点 |
|---|---|---|---|
| | 45公里，同步安装智能水表 | 县住建局、各镇政府 | |
| 2 | 建设智慧水务平台 | 县水务局（牵头）、县大数据中心 | 2027年5月底前完成方案，2027年11月底前完成建设 |
"""


def test_a_table_row_cut_by_a_page_break_is_one_task():
    r = run(TABLE)
    assert len(r.tasks) == 2, [(t.title, t.text) for t in r.tasks]
    first, second = r.tasks
    assert "老旧管道45公里" in first.text
    assert units(first) == [("县水务局", "lead"), ("县财政局", "responsible"), ("县住建局", "responsible"),
                            ("各镇政府", "responsible")]
    assert first.deadline.isoformat() == "2027-09-30"
    assert second.deadline.isoformat() == "2027-11-30"
    assert [m.due.isoformat() for m in second.milestones] == ["2027-05-31", "2027-11-30"]


def test_a_sub_row_with_its_own_deadline_stays_a_task_after_a_page_break():
    r = run(TABLE.replace("| | 45公里，同步安装智能水表 | 县住建局、各镇政府 | |",
                          "| | 同步安装智能水表 | 县住建局、各镇政府 | 2027年10月底前 |")
            .replace("县财政局、 |", "县财政局 |"))
    assert len(r.tasks) == 3


def test_earlier_dates_in_the_text_are_steps_before_the_notes_deadline():
    r = run("1．推进厂房建设。一期厂房要于8月31日前封顶。责任单位：县工信局；完成时限：2027年12月底前全部投产。\n")
    (t,) = r.tasks
    assert t.deadline.isoformat() == "2027-12-31"
    assert [m.due.isoformat() for m in t.milestones] == ["2027-08-31", "2027-12-31"]


# -- phases and sentences with subjects of their own ---------------------------------------

PHASES = """三、实施步骤

（一）摸底调查阶段（2027年5月—6月）。由县住建局牵头，各镇配合，对全县危房开展拉网式排查，建立危房台账。

（二）集中整治阶段（2027年7月—10月）。各镇按照台账逐户落实整治措施，县住建局负责技术指导，县财政局、县民政局配合做好资金保障。9月10日前，各镇报送整治进度，县住建局适时开展抽查。

（三）验收总结阶段（2027年11月）。县住建局组织专家对整治情况进行验收，形成总结报县政府。
"""


def test_phases_take_the_roles_their_sentences_give():
    r = run(PHASES)
    by_due = {t.deadline.isoformat(): t for t in r.tasks}
    assert units(by_due["2027-06-30"]) == [("县住建局", "lead"), ("各镇", "support")]
    assert units(by_due["2027-10-31"]) == [("各镇", "responsible"), ("县住建局", "responsible"),
                                           ("县财政局", "support"), ("县民政局", "support")]
    assert units(by_due["2027-09-10"]) == [("各镇", "responsible")]
    assert units(by_due["2027-11-30"]) == [("县住建局", "responsible")]


def test_a_person_in_charge_is_no_role_clause():
    r = run("（一）建立通报制度。各镇要于2027年6月底前建立台账，每半年通报一次各村负责人履职情况。\n")
    assert all(("各村", "responsible") not in units(t) for t in r.tasks)
    assert units(r.tasks[0]) == [("各镇", "responsible")]


def test_inline_note_in_two_label_sentences_and_other_label_orders():
    r = run("（一）改造农贸市场。完成城东农贸市场提升改造。牵头单位：县商务局；责任单位：城关镇；"
            "完成时间：2027年底。\n\n"
            "（二）规范收费行为。清理规范市场收费项目。责任部门：县发改局。时间要求：2027年6月底前。\n")
    assert len(r.tasks) == 2, [(t.title, t.text) for t in r.tasks]
    first, second = r.tasks
    assert units(first) == [("县商务局", "lead"), ("城关镇", "responsible")]
    assert first.deadline.isoformat() == "2027-12-31"
    assert units(second) == [("县发改局", "responsible")]
    assert second.deadline.isoformat() == "2027-06-30"


def test_stage_headings_year_less_ranges_trailing_agents_and_square_notes():
    r = run("三、实施步骤\n\n"
            "第一阶段：动员部署（2027年3月—4月）。由县文旅局牵头，各镇配合，制定实施方案。\n\n"
            "第二阶段：集中攻坚（5月至10月）。各景区对照问题清单逐项整改，县文旅局负责督导。\n\n"
            "（三）总结提升阶段：2027年11月—12月。县文旅局对整改情况进行验收。\n\n"
            "四、保障措施\n\n"
            "（一）建设平台。2027年6月底前完成平台建设，由县大数据中心负责。\n\n"
            "（二）加强宣传。【责任单位：县委宣传部；完成时限：2027年9月底前】\n")
    got = [(t.deadline.isoformat(), units(t)) for t in r.tasks]
    assert got == [
        ("2027-04-30", [("县文旅局", "lead"), ("各镇", "support")]),
        ("2027-10-31", [("各景区", "responsible"), ("县文旅局", "responsible")]),
        ("2027-12-31", [("县文旅局", "responsible")]),
        ("2027-06-30", [("县大数据中心", "responsible")]),
        ("2027-09-30", [("县委宣传部", "responsible")]),
    ]
    assert r.tasks[1].deadline_text == "5月至10月"


def test_table_columns_named_by_section_and_measure_words():
    r = run("| 序号 | 重点工作 | 工作举措 | 责任科室 | 配合科室 | 完成时限 |\n|---|---|---|---|---|---|\n"
            "| 1 | 档案数字化 | 完成馆藏档案扫描 | 档案科 | 信息科 | 2027年9月底前 |\n")
    (t,) = r.tasks
    assert units(t) == [("档案科", "responsible"), ("信息科", "support")]
    assert "馆藏档案扫描" in t.text and t.deadline.isoformat() == "2027-09-30"


# -- 会同 partners, duties named after 负责, notes after a numbered item ---------------------

def test_a_unit_acting_with_partners_leads_and_the_partners_support():
    r = run("（一）完善扶持政策。县农业局要会同县财政局于2027年7月底前制定补贴细则。\n\n"
            "（二）规范农机管理。县农机中心会同县公安局、县应急局研究制定农机安全办法，2027年9月底前印发。\n\n"
            "（三）建立联席机制。由县民政局会同县卫健局负责，2027年5月底前建立联席会议制度。\n\n"
            "（四）开展技能培训。组织农民参加技能培训。（县人社局会同县农业局负责，2027年10月底前完成）\n\n"
            "（五）健全考核办法。县委组织部研究制定乡镇考核办法，2027年8月底前印发。\n\n"
            "（六）管好补助资金。县财政局负责资金拨付，县审计局会同县纪委监委开展专项监督，"
            "2027年12月底前完成。\n")
    assert [(t.deadline.isoformat(), units(t)) for t in r.tasks] == [
        ("2027-07-31", [("县农业局", "lead"), ("县财政局", "support")]),
        ("2027-09-30", [("县农机中心", "lead"), ("县公安局", "support"), ("县应急局", "support")]),
        ("2027-05-31", [("县民政局", "lead"), ("县卫健局", "support")]),
        ("2027-10-31", [("县人社局", "lead"), ("县农业局", "support")]),
        ("2027-08-31", [("县委组织部", "responsible")]),
        ("2027-12-31", [("县财政局", "responsible"), ("县审计局", "lead"), ("县纪委监委", "support")]),
    ]


def test_what_a_unit_is_responsible_for_is_no_unit():
    r = run("（一）推进智慧养老。县民政局负责搭建县级智慧养老服务平台，归集老年人信息，力争2028年上半年"
            "投入使用。\n\n"
            "（二）改善出行条件。县交通局负责组织实施农村公路提档升级工程，2027年底前完成。\n\n"
            "（三）扩大就业。县人社局会同有关部门组织企业参加招聘会，2027年4月底前完成。\n\n"
            "（四）拓宽销路。组织合作社参加农产品展销会，2027年5月底前完成。\n")
    assert [units(t) for t in r.tasks] == [[("县民政局", "responsible")], [("县交通局", "responsible")],
                                           [("县人社局", "lead"), ("有关部门", "support")], []]
    assert r.tasks[0].deadline.isoformat() == "2028-06-30"


def test_a_note_after_a_numbered_items_full_stop_in_either_bracket_width():
    r = run("15.加强干部轮训，年内举办专题轮训不少于3期。（县委组织部牵头，县委党校参与）\n\n"
            "16.做好档案移交。2027年6月底前完成移交。(县档案馆负责，县财政局参加)\n")
    assert len(r.tasks) == 2, [(t.title, t.text) for t in r.tasks]
    first, second = r.tasks
    assert units(first) == [("县委组织部", "lead"), ("县委党校", "support")]
    assert first.kind == "annotated" and first.deadline.isoformat() == "2027-12-31"
    assert units(second) == [("县档案馆", "responsible"), ("县财政局", "support")]
    assert second.kind == "annotated" and second.deadline.isoformat() == "2027-06-30"
    assert all("(" not in u.name and "（" not in u.name for t in r.tasks for u in t.units)


# -- validity clauses, 工作要点 brackets, Chinese-numeral issue dates ------------------------

def test_validity_clauses_are_no_tasks_but_duties_counted_from_an_event_are():
    r = run("（一）清理闲置用地。2027年9月底前完成闲置用地处置。（县自然资源局负责）\n\n"
            "（二）提高审批效率。县行政审批局自受理申请之日起三个工作日内办结。\n\n"
            "本意见自印发之日起施行，有效期至二〇三〇年十二月三十一日。\n\n"
            "本通知自发布之日起实施，有效期5年。本办法有效期到2031年6月30日。"
            "本政策执行期限为2028年1月1日至2029年12月31日。\n")
    assert len(r.tasks) == 2, [(t.title, t.deadline) for t in r.tasks]
    relative = r.tasks[1]
    assert relative.deadline is None and "之日起三个工作日内" in relative.deadline_text
    assert units(relative) == [("县行政审批局", "responsible")]
    assert not any("有效期" in t.text or "施行" in t.text for t in r.tasks)


def test_duties_near_a_validity_word_keep_their_dates():
    r = run("（一）做好证照延续。许可证有效期满后，各经营户要于2027年9月底前重新申领。\n\n"
            "（二）办理延续申请。县市场监管局在营业执照有效期届满前30日内办理延续。\n")
    first, second = r.tasks
    assert first.deadline.isoformat() == "2027-09-30"
    assert second.deadline is None and "30日内" in second.deadline_text


def test_work_points_with_unit_and_date_in_one_bracket():
    r = run("一、优化营商环境\n\n1.推行企业开办一日办结（县市场监管局，4月底前）\n"
            "2.开展涉企收费清理。（县发改局、县财政局，9月底前）\n"
            "3.建设政务服务驿站（10月底前，各镇）\n"
            "4.推行告知承诺制（县司法局牵头，县行政审批局配合，第三季度）\n"
            "5.开展惠企政策宣讲（县工信局，全年）\n"
            "6.举办项目推介会（县投促局，5月份）\n"
            "7.清理证明事项（县司法局 8月底前）\n")
    assert [(t.deadline.isoformat(), units(t)) for t in r.tasks] == [
        ("2027-04-30", [("县市场监管局", "responsible")]),
        ("2027-09-30", [("县发改局", "responsible"), ("县财政局", "responsible")]),
        ("2027-10-31", [("各镇", "responsible")]),
        ("2027-09-30", [("县司法局", "lead"), ("县行政审批局", "support")]),
        ("2027-12-31", [("县工信局", "responsible")]),
        ("2027-05-31", [("县投促局", "responsible")]),
        ("2027-08-31", [("县司法局", "responsible")]),
    ]
    assert all(t.kind == "annotated" and "(" not in t.title and "（" not in t.title for t in r.tasks)


def test_issue_date_in_chinese_numerals_sets_the_year_of_year_less_dates():
    doc = ("丁政发〔2028〕11号\n\n丁市人民政府关于加强耕地保护的意见\n\n各区人民政府，市政府各部门：\n\n"
           "为加强耕地保护，现提出如下意见。\n\n一、开展耕地核查。6月底前完成耕地现状核查。（市自然资源局负责）\n\n"
           "丁市人民政府\nDATE\n\n（此件公开发布）\n")
    for written, issued in [("二〇二八年三月十日", "2028-03-10"), ("二○二八年三月二十一日", "2028-03-21"),
                            ("二O二八年三月十日", "2028-03-10"), ("二零二八年三月三十日", "2028-03-30")]:
        r = extract_text(doc.replace("DATE", written))
        (d,) = r.documents
        assert d.issued.isoformat() == issued, written
        (t,) = r.tasks
        assert t.deadline.isoformat() == "2028-06-30", written


# -- section rows, 配合X, 明电 form lines, annexed forms, page chrome, bare organs ---------

def test_table_section_rows_head_the_rows_below_and_are_no_tasks():
    r = run("| 序号 | 行动内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 一 | 源头治理 |  |  |\n"
            "| 1 | 排查沿河排污口，建立清单 | 县环保局（牵头），县水务局，各镇 | 2027年5月 |\n"
            "| 二 | 长效管护 |  |  |\n"
            "| 2 | 落实河长巡河制度 | 各镇 | 持续推进 |\n")
    assert [(t.title, units(t)) for t in r.tasks] == [
        ("排查沿河排污口", [("县环保局", "lead"), ("县水务局", "responsible"), ("各镇", "responsible")]),
        ("落实河长巡河制度", [("各镇", "responsible")]),
    ]
    assert r.tasks[0].deadline.isoformat() == "2027-05-31" and r.tasks[1].deadline is None


def test_units_supporting_a_named_unit_and_organs_sharing_a_place():
    r = run("（一）县文旅局、县公安局配合县消防大队，于2027年4月30日前完成景区消防检查。\n\n"
            "（二）各乡镇党委和政府要于2027年6月底前完成自查。\n\n"
            "（三）建立统计制度，各地州每年11月20日前将推进情况报送县农业局。\n")
    assert [units(t) for t in r.tasks] == [
        [("县文旅局", "support"), ("县公安局", "support"), ("县消防大队", "lead")],
        [("各乡镇党委和政府", "responsible")],
        [("各地州", "responsible")],
    ]


def test_a_period_of_action_is_no_due_date():
    r = run("县政府决定自2027年3月至10月在全县开展集中整治行动。\n\n"
            "县住建局要于2027年9月底前完成老旧管网改造。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-30"]


def test_telegram_form_with_the_doc_no_at_the_end_of_a_field_line():
    text = ("丙市人民政府办公室\n明 传 电 报\n\n发电单位：丙市人民政府办公室          签发人：某某\n"
            "等    级：特急                      丙政办明电〔2027〕4号\n\n丙市人民政府办公室\n"
            "关于做好防汛工作的通知\n\n各县人民政府：\n\n市水利局要于2027年5月31日前完成水库巡查。\n\n"
            "丙市人民政府办公室\n2027年4月2日\n")
    r = extract_text(text)
    (d,) = r.documents
    assert (d.doc_no, d.title, d.issued.isoformat()) == (
        "丙政办明电〔2027〕4号", "丙市人民政府办公室关于做好防汛工作的通知", "2027-04-02")
    assert [units(t) for t in r.tasks] == [[("市水利局", "responsible")]]


def test_annex_list_and_annexed_blank_forms_hold_no_tasks():
    r = run("各县要在每月10日前将上月巡查情况报市水利局。\n\n"
            "附件：1．巡查情况月报表（2027年3月—6月）\n      2．联络员名单\n\n"
            "附件1\n\n巡查情况月报表（2027年3月—6月）\n\n"
            "| 县别 | 巡查次数 | 发现问题数 |\n| --- | --- | --- |\n|  |  |  |\n\n"
            "注：本表每月10日前报市水利局。\n")
    (t,) = r.tasks
    assert t.recurrence == "FREQ=MONTHLY;BYMONTHDAY=10" and units(t) == [("各县", "responsible")]


def test_a_website_footer_is_no_unit():
    r = run("各学校要于2027年3月10日前将名单报县教育局。\n\n【打印本页】　　【关闭窗口】\n\n"
            "主办单位：乙县教育局　　网站标识码：略　　备案号：略\n")
    assert [units(t) for t in r.tasks] == [[("各学校", "responsible")]]


def test_a_unit_named_as_the_party_responsible_is_the_subject_of_the_next_clause():
    r = run("（二）压实责任。各县人民政府是本地区治理工作的责任主体，要于2027年5月底前制定实施方案，"
            "报市水利局备案。\n")
    assert [units(t) for t in r.tasks] == [[("各县人民政府", "responsible")]]


# -- items labelled with their units, 落实 notes, recurring table rows ---------------------

def test_an_item_labelled_with_its_units_assigns_them_its_duties():
    r = run("1. 县水务局：组织排查山塘水库，3月20日前完成隐患登记；配合县农业局开展培训。\n\n"
            "2. 县林业局、县消防大队：开展林区巡查，4月1日前完成防火通道清理。\n\n"
            "3. 县文旅局：会同县商务局对景区开展检查，5月10日前完成首轮检查。\n\n"
            "4. 县气象局：牵头建立预警会商机制，县水务局、县自然资源局配合，6月1日前建成。\n")
    got = {t.deadline.isoformat(): units(t) for t in r.tasks if t.deadline}
    assert got["2027-03-20"] == [("县水务局", "responsible")]
    assert got["2027-04-01"] == [("县林业局", "responsible"), ("县消防大队", "responsible")]
    assert got["2027-05-10"] == [("县文旅局", "lead"), ("县商务局", "support")]
    assert got["2027-06-01"] == [("县气象局", "lead"), ("县水务局", "support"),
                                 ("县自然资源局", "support")]


def test_a_unit_that_carries_out_the_duty_in_a_note_is_responsible():
    r = run("1. 推广电子证照。2027年9月底前实现高频证照电子化应用。（县数据局牵头，各镇人民政府落实）\n")
    assert len(r.tasks) == 1
    assert units(r.tasks[0]) == [("县数据局", "lead"), ("各镇人民政府", "responsible")]


def test_the_subject_with_its_own_modal_before_the_date_binds_the_dated_duty():
    r = run("（一）加强协调。县农业局负责日常调度，各镇要明确一名联络员，于3月5日前报县农业局。\n")
    assert [units(t) for t in r.tasks] == [[("各镇", "responsible")]]


def test_a_task_table_with_a_requirements_column_and_quarterly_rows():
    r = run("| 序号 | 工作事项 | 具体要求 | 责任处室 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 开展资金评估 | 对各地资金拨付情况开展分析评估 | 财务科 | 按季度 |\n")
    assert len(r.tasks) == 1
    t = r.tasks[0]
    assert "分析评估" in t.text and units(t) == [("财务科", "responsible")]
    assert t.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"
    assert t.deadline.isoformat() == "2027-03-31"


def test_an_undated_item_labelled_with_its_units_is_a_task():
    r = run("1. 县水务局：开展河湖巡查，3月20日前完成隐患登记。\n\n"
            "2. 团县委、县妇联：开展防溺水主题教育活动，每学期不少于2次。\n\n"
            "3. 加强宣传引导。县融媒体中心要广泛宣传。\n")
    undated = [t for t in r.tasks if t.deadline is None]
    assert [units(t) for t in undated] == [[("团县委", "responsible"), ("县妇联", "responsible")]]
    assert "每学期不少于2次" in undated[0].text and undated[0].recurrence is None


def test_duties_under_a_heading_of_units_are_theirs_and_year_comes_from_the_text():
    from tracker.extract import extract_text

    text = ("关于开展春季卫生大扫除的通知\n各乡镇：\n一、活动时间\n2026年3月1日至3月20日。\n二、工作安排\n"
            "1、各机关、企业、事业单位：\n3月10日前，搞好本单位庭院、办公区域卫生大扫除。\n"
            "2、各乡镇：\n3月20日前组织村组、农户开展卫生大扫除活动。\n")
    tasks = {t.title: t for t in extract_text(text).tasks}
    first = tasks["搞好本单位庭院、办公区域卫生大扫除"]
    assert [u.name for u in first.units] == ["各机关", "企业", "事业单位"]
    assert first.deadline.isoformat() == "2026-03-10"
    assert [u.name for u in tasks["组织村组、农户开展卫生大扫除活动"].units] == ["各乡镇"]


def test_web_page_furniture_and_pinyin_glosses_are_no_text():
    from tracker.extract import extract_text

    text = ("当前位置：首页 > 政务公开 > 通知公告\n听全文\n分享到：\n发布时间：2026-02-03 来源：区政府办 浏览量：321\n"
            "关於做好防汛準(zhǔn)備工作的通知\n各街道：\n"
            "各街道要於(yú)2026年5月31日前完成隱患排查。\n")
    r = extract_text(text)
    assert [t.text for t in r.tasks] == ["各街道要於2026年5月31日前完成隱患排查。"]
    assert [u.name for u in r.tasks[0].units] == ["各街道"]
    assert r.documents[0].title == "关於做好防汛準備工作的通知"


def test_a_table_flattened_one_cell_per_line_is_read_as_a_table():
    from tracker.extract import extract_text

    text = ("某市人民政府办公室关于印发2026年重点工作任务分工方案的通知\n某政办发〔2026〕3号\n"
            "各县区人民政府，市政府各部门：\n现将分工方案印发给你们，请认真贯彻落实。\n2026年2月1日\n"
            "序号\n重点工作\n市政府分管领导\n牵头单位\n配合单位\n备注\n"
            "1\n新建城区污水管网50公里\n张某某\n市住建局\n市财政局、市自然资源局\n"
            "2\n完成老旧小区改造40个\n李某某\n市住建局牵头落实\n各县区政府\n")
    tasks = [t for t in extract_text(text).tasks if t.kind == "table"]
    assert [t.title for t in tasks] == ["新建城区污水管网50公里", "完成老旧小区改造40个"]
    assert [(u.name, u.role) for u in tasks[1].units] == [("市住建局", "lead"), ("各县区政府", "support")]


def test_units_that_share_a_duty_with_fen_bie_are_each_responsible():
    from tracker.extract import extract_text

    text = ("某市人民政府办公室关于做好排查工作的通知\n某政办发〔2026〕3号\n各县区人民政府：\n"
            "一、市农业农村局、市水利局分别负责各县区的排查工作，2026年5月底前完成。\n2026年2月1日\n")
    (task,) = extract_text(text).tasks
    assert [u.name for u in task.units] == ["市农业农村局", "市水利局"]


# -- a period counted from a start stated once, an item heading before its dated sentence --

def test_lengths_count_from_the_start_the_document_states_once():
    r = run("一、总体目标\n1.目标。2027年起3年内，建成一批人才驿站。\n\n二、重点项目\n"
            "2.技能人才项目。3年内评选资助100名技能人才。（牵头单位：乙县人社局）\n\n"
            "3.创业资助项目。自资助之日起2年内完成项目验收。（牵头单位：乙县科技局）\n")
    by_number = {t.text[:2]: t for t in r.tasks}
    goal, skills, startup = by_number["1."], by_number["2."], by_number["3."]
    assert goal.text.startswith("1.目标。") and goal.deadline.isoformat() == "2029-12-31"
    assert skills.deadline.isoformat() == "2029-12-31"
    assert startup.deadline is None  # counted from an event, not from the stated start


def test_without_a_stated_start_a_length_stays_relative():
    r = run("1.技能人才项目。3年内评选资助100名技能人才。（牵头单位：乙县人社局）\n")
    assert r.tasks[0].deadline is None and r.tasks[0].deadline_text


# -- a campaign period stated once, dates listed after one marker ---------------------------

def test_a_campaign_period_binds_the_undated_duties_and_is_no_task_itself():
    r = run("一、检查整改时间\n2027年4月6日-4月12日\n二、分组情况\n"
            "(一)第一检查组;\n责任单位:乙县应急局、乙县消防大队\n检查范围:加油站、液化气站。\n"
            "(二)第二检查组;\n责任单位:乙县住建局\n检查范围:在建工地。\n")
    assert [(t.deadline.isoformat(), t.deadline_text) for t in r.tasks] == [
        ("2027-04-12", "2027年4月6日-4月12日")] * 2
    assert [units(t) for t in r.tasks] == [[("乙县应急局", "responsible"), ("乙县消防大队", "responsible")],
                                           [("乙县住建局", "responsible")]]


def test_a_period_opening_the_preamble_binds_the_undated_duties():
    r = run("乙区2027年燃气安全专项检查实施方案\n根据上级要求，从现在起至2027年11月底，本区集中开展燃气安全专项检查工作。\n"
            "一、工作任务\n1.开展燃气企业检查。（责任单位：乙区应急局）\n2.开展餐饮场所检查。（责任单位：乙区市场监管局）\n"
            "3.9月底前完成排查清单。（责任单位：乙区住建委）\n")
    due = {t.title: t.deadline.isoformat() for t in r.tasks if t.units}
    assert due == {"开展燃气企业检查": "2027-11-30", "开展餐饮场所检查": "2027-11-30", "完成排查清单": "2027-09-30"}


def test_a_period_of_an_act_in_a_sentence_binds_nothing():
    r = run("乙区2027年排查方案\n自2027年6月至12月在全区开展排查。\n1.开展燃气企业检查。（责任单位：乙区应急局）\n")
    assert [t.deadline for t in r.tasks if t.units] == [None]


def test_an_implementation_time_column_gives_the_rows_their_due_dates():
    r = run("乙市2027年度本部门双随机抽查工作计划\n序号 | 抽查任务名称 | 检查对象 | 抽查比例 | 实施 时间 | 实施单位 |\n"
            "1 | 2027年燃气经营企业抽查 | 燃气经营企业 | 5% | 2027年9月 | 乙市住建局 |\n"
            "2 | 2027年加油站抽查 | 加油站 | 10% | 2027年5月-6月 | 乙市商务局 |\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-30", "2027-06-30"]


def test_a_time_cell_holding_a_bare_year_is_due_at_its_end():
    r = run("乙县2027年民生实事项目清单\n序号 | 项目名称 | 建设地点 | 完成时间 | 建设内容 | 责任单位 |\n"
            "1 | 城北小学门前道路建设项目 | 某街道 | 2027 | 建成道路1公里。 | 乙县住建局 |\n")
    assert [(t.deadline.isoformat(), t.deadline_text) for t in r.tasks] == [("2027-12-31", "2027")]


def test_a_report_time_heading_is_no_campaign_period():
    r = run("一、报表报送时间\n2027年4月6日-4月12日\n二、工作要求\n"
            "1.清理台账。责任单位:乙县统计局\n")
    assert [t.deadline for t in r.tasks if "清理台账" in t.text] == [None]


def test_dates_listed_after_one_marker_are_all_steps():
    r = run("（一）开展义务清扫。各机关要于3月17日和4月17日组织干部职工参与义务清扫。\n\n"
            "（二）报送自查情况。各单位要分别于6月27日、9月30日、2028年1月5日前报送自查情况。\n")
    first, second = r.tasks
    assert first.deadline.isoformat() == "2027-04-17" and [m.due.isoformat() for m in first.milestones] == [
        "2027-03-17", "2027-04-17"]
    assert second.deadline.isoformat() == "2028-01-05" and len(second.milestones) == 3


def test_flattened_cells_may_keep_their_closing_pipe():
    r = run("附件\n2027年重点工作目标任务分解表\n序号 |\n目标与任务 |\n分管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "12 |\n新增托位数300个以上，公办园在园幼儿占比达到六成。\n王 某 |\n乙县教育局 |\n乙县各有关单位 |\n"
            "13 |\n完成乡镇卫生院改扩建4所。\n赵 某 |\n乙县卫健委 |\n各乡镇 |\n")
    tasks = [t for t in r.tasks if t.kind == "table"]
    assert [units(t) for t in tasks] == [[("乙县教育局", "lead"), ("乙县各有关单位", "responsible")],
                                         [("乙县卫健委", "lead"), ("各乡镇", "responsible")]]


def test_a_flattened_schedule_with_numbered_first_cells_and_no_number_column():
    r = run("一、年报\n报表名称\n表号\n上报日期\n1、调查单位基本情况\n101-1表\n2月28号以前\n"
            "2、 从业人员及工资总额\n102-1表\n1月26日前\n二、定报\n")
    tasks = [t for t in r.tasks if t.kind == "table"]
    assert [(t.title, t.deadline.isoformat()) for t in tasks] == [
        ("1、调查单位基本情况", "2027-02-28"), ("2、 从业人员及工资总额", "2027-01-26")]


def test_a_pipe_table_written_without_its_opening_pipe():
    r = run("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
            "1 | 新建城北学校，增加义务教育学位3000个。 | 钱某 | 乙县教体局 | 已开工。 |\n"
            "2 | 完成县医院门诊楼主体工程。 | 孙某 | 乙县卫健委 | |\n")
    tasks = [t for t in r.tasks if t.kind == "table"]
    assert [units(t) for t in tasks] == [[("乙县教体局", "responsible")], [("乙县卫健委", "responsible")]]


def test_a_signature_that_lost_its_year_character_still_dates_the_document():
    text = HEAD.replace("2027年2月6日", "20271月6日")
    r = extract_text(text + "（一）清理台账。各镇要于3月底前完成。\n")
    assert r.documents[0].issued.isoformat() == "2027-01-06"


# -- several dated duties in one sentence, quarterly days, the year of a headerless page ---

def test_clauses_with_their_own_subject_or_condition_and_date_are_tasks_of_their_own():
    r = run("（一）办理建议提案。会办单位应在5月底前向主办单位函告会办意见，主办单位应在6月底前将答复意见送达代表。\n\n"
            "（二）整改污水设施。对管网不配套的，2027年8月底以前必须制订具体方案；对挤占污水处理费的，"
            "2027年10月底前必须纠正；各乡镇要于7月底前提交专项检查报告。\n\n"
            "（三）推进项目建设。到2027年6月底，完成主体工程；到2027年底，全面建成投用。\n")
    got = [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks]
    assert got[:2] == [("2027-05-31", ["会办单位"]), ("2027-06-30", ["主办单位"])]
    assert [d for d, _ in got[2:5]] == ["2027-08-31", "2027-10-31", "2027-07-31"]
    assert got[4][1] == ["各乡镇"]
    assert len(r.tasks) == 6 and len(r.tasks[5].milestones) == 2  # parallel targets stay milestones


def test_a_day_in_the_first_or_last_month_of_each_quarter_from_a_stated_quarter():
    r = run("三、从2027年第二季度起，各牵头单位要在每个季度第1个月的20日前报送进展。\n\n"
            "四、各责任单位要在每季度最后一个月的30日前报送本季度进展情况。\n")
    first, last = r.tasks
    assert (first.deadline.isoformat(), first.recurrence) == ("2027-04-20", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=20")
    assert (last.deadline.isoformat(), last.recurrence) == ("2027-03-30", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=30")


def test_a_page_with_no_header_reads_year_less_dates_in_the_year_its_dated_duties_name():
    r = extract_text("各地区、各有关部门要于9月底前提交专项检查报告。\n\n对管网不配套的，2026年8月底以前必须制订具体方案。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2026-09-30", "2026-08-31"]


# -- a cover notice above the plan's title, two repeated duties, remarks after a unit --------

def test_the_cover_notice_above_a_plans_title_keeps_its_duties():
    text = ("政策解读:乙县安全生产三年行动方案(2027—2029年)\n各乡镇，县级有关部门，乙县经济开发区管委会:\n"
            "现将《乙县安全生产三年行动方案(2027—2029年)》印发你们，请认真抓好贯彻落实。各乡镇、乙县经济开发区"
            "和县安委会有关成员单位(详见任务分工)要制定本地工作方案，于2027年3月15日前报县安办备案。"
            "三年行动过程中，每季度报送一次工作进展情况，每半年报送一次阶段性工作总结。\n"
            "乙县安全生产委员会\n2027年3月7日\n乙县安全生产三年行动方案\n(2027—2029年)\n"
            "为夯实安全生产基础，结合实际，制定本方案。\n")
    r = extract_text(text)
    assert r.documents[0].title == "乙县安全生产三年行动方案"
    plan, quarterly, half_yearly = r.tasks
    assert [(u.name, u.role) for u in plan.units] == [
        ("各乡镇", "responsible"), ("乙县经济开发区", "responsible"), ("县安委会有关成员单位", "responsible")]
    assert plan.deadline.isoformat() == "2027-03-15"
    assert quarterly.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"
    assert half_yearly.recurrence == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"


def test_label_lines_with_people_between_are_one_note():
    r = run("1.新增优质学位1.2万个。\n主管领导:王某\n责任单位:乙县教育局\n主要责任人:赵某\n"
            "进度安排:6月底前基本完成基建任务;12月底前全部落实。\n"
            "2.新建改扩建中小学校8所。\n主管领导:王某\n责任单位:乙县教育局\n主要责任人:赵某\n"
            "进度安排:12月底前全部开工。\n")
    assert [(t.title, [u.name for u in t.units], t.deadline.isoformat()) for t in r.tasks] == [
        ("新增优质学位1.2万个", ["乙县教育局"], "2027-12-31"), ("新建改扩建中小学校8所", ["乙县教育局"], "2027-12-31")]


# -- subjects with an adverbial or after 要求, Chinese years written with digit zeros ---------

def test_a_subject_keeps_its_duty_across_an_adverbial_and_after_yao_qiu():
    r = run("3、各督查组在督查结束后应于4月8日前写出本组的督查工作总结。\n\n"
            "（三）督查要求。要求各责任单位分别于6月27日、9月30日前报送自查情况。\n")
    assert [([u.name for u in t.units], t.deadline.isoformat()) for t in r.tasks] == [
        (["各督查组"], "2027-04-08"), (["各责任单位"], "2027-09-30")]


def test_a_signature_year_with_digit_zeros_and_the_first_quarters_of_a_year():
    text = HEAD.replace("2027年2月6日", "二00九年三月二十五日")
    r = extract_text(text + "一、报送内容\n2008—2009年度前三季度各级机关的水、电消耗数量。\n"
                            "二、各填报单位于11月10日前报送统计表。\n")
    assert r.documents[0].issued.isoformat() == "2009-03-25"
    assert [t.deadline.isoformat() for t in r.tasks] == ["2009-11-10"]


def test_a_stage_heading_with_its_date_binds_the_whole_stage_paragraph():
    r = run("动员部署阶段(2027年3月中旬):召开联席会议第一次会议。各地各部门研究制定实施方案，"
            "把实施方案和联络员名单上报联席会议办公室。\n\n"
            "上报审核阶段(2027年4月):召开审核会议。各镇于2027年4月10日前填妥附件表格。各地汇总审核后上报。\n")
    first, second, third = r.tasks
    assert first.deadline.isoformat() == "2027-03-20" and "联络员名单上报" in first.text
    assert second.deadline.isoformat() == "2027-04-30" and "填妥附件表格" not in second.text
    assert third.deadline.isoformat() == "2027-04-10" and [u.name for u in third.units] == ["各镇"]


def test_a_page_with_no_year_reads_dates_in_the_year_of_the_document_it_implements():
    r = extract_text("为落实《某市人民政府关于促进投资的若干措施》(某政发〔2026〕13号)，特制定如下措施。\n"
                     "一、精简审批手续。5月底前完成事项清理。(区政务服务局牵头，区发改局配合)\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2026-05-31"]


def test_a_day_that_lost_its_ri_and_a_duty_on_data():
    r = run("三、报送时间\n能耗数据于11月10前必须报送县节能办。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-11-10"]


def test_a_sentence_with_no_subject_goes_on_with_the_subject_of_the_sentence_before():
    r = run("一、各乡镇、县安委会有关成员单位(详见任务分工)要制定工作方案，于2027年3月15日前报县安办备案。"
            "行动过程中，每季度报送一次工作进展情况。\n\n"
            "二、县安委会将适时督查。对整改不力的，2027年10月底前必须约谈。\n\n"
            "三、各镇要加强宣传。未达标的单位，要于2027年5月22日前整改。\n")
    got = [[u.name for u in t.units] for t in r.tasks]
    assert got[:2] == [["各乡镇", "县安委会有关成员单位"]] * 2
    # A condition carries nothing; a subject defined by a condition is its own (not 各镇).
    assert got[2:] == [[], ["未达标的单位"]]


def test_a_note_whose_time_is_this_year_ongoing_and_an_item_numbered_with_a_full_stop():
    r = extract_text("总体要求和主要预期目标\n\n1。全面做好2027年政府工作，实现规划圆满收官。(市政府各部门分别负责,年内持续推进)\n")
    (task,) = r.tasks
    assert task.text.startswith("1。全面做好") and task.number == "1。"
    assert [(u.name, u.role) for u in task.units] == [("市政府各部门", "responsible")]
    assert (task.deadline.isoformat(), task.deadline_text) == ("2027-12-31", "年内持续推进")


def test_first_listed_unit_leads_when_the_document_says_so_once():
    r = run("（一）支持企业发展。减轻企业负担。\n责任单位:乙县经信局、乙县财政局、乙县税务局(列第一位者为工作牵头单位或汇总单位，下同)\n\n"
            "（二）稳定就业。新增城镇就业3000人。\n责任单位:乙县人社局、乙县财政局\n\n"
            "（三）扩大投资。\n牵头单位:乙县发改局；配合单位:乙县财政局\n")
    assert [units(t) for t in r.tasks] == [
        [("乙县经信局", "lead"), ("乙县财政局", "responsible"), ("乙县税务局", "responsible")],
        [("乙县人社局", "lead"), ("乙县财政局", "responsible")],
        [("乙县发改局", "lead"), ("乙县财政局", "support")]]


def test_levels_sharing_an_organ_after_another_unit_stay_one_collective():
    r = run("（二）自查摸底阶段(7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题进行深入检查。\n")
    assert units(r.tasks[0]) == [("各行署", "responsible"), ("市、县政府", "responsible")]
    r = run("（一）清理台账。市发改委、市财政局要于2027年5月底前完成。\n")
    assert units(r.tasks[0]) == [("市发改委", "responsible"), ("市财政局", "responsible")]


def test_a_year_heading_a_report_of_its_work_is_no_due_date():
    r = run("2026年，全县各级公共机构认真落实节能工作部署，扎实推进各项任务，取得了积极进展。\n\n"
            "2027年，各乡镇要全面完成节能改造任务。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-31"]


def test_a_page_with_no_issue_date_keeps_a_recurring_duty_undated_and_a_reported_month_is_past():
    r = extract_text("二、督查方式:1.自查。各牵头单位、责任单位遵照职责分工,按季度对相关工作的完成情况进行逐项自查。\n\n"
                     "三、2027年5月上旬,县政府督查室对建议提案见面情况进行了专项督查。各承办单位要于2027年6月底前全部办结。\n")
    quarterly, closing = r.tasks
    assert quarterly.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" and quarterly.deadline is None
    assert [u.name for u in quarterly.units] == ["各牵头单位", "责任单位"]
    assert closing.deadline.isoformat() == "2027-06-30" and not closing.milestones


def test_raw_markup_left_in_a_page_is_no_text():
    r = extract_text('<p class="ql-block"><span style="font-size: 18px;">一、清理河道。各镇要于2027年5月底前完成清理。'
                     '</span></p><p class="ql-block"><span>二、修复护岸。县水务局要于2027年6月底前完成修复。</span></p>'
                     '<p style="text-align:right;">乙县人民政府&nbsp;办公室</p>\n')
    assert [(t.text, t.deadline.isoformat()) for t in r.tasks] == [
        ("一、清理河道。各镇要于2027年5月底前完成清理。", "2027-05-31"),
        ("二、修复护岸。县水务局要于2027年6月底前完成修复。", "2027-06-30")]


def test_a_stages_duties_belong_to_the_subject_named_after_its_heading():
    r = run("动员部署阶段(2027年3月中旬):召开联席会议第一次会议。各地各部门学习相关文件，研究制定实施方案。\n\n"
            "自查自纠阶段(2027年3月下旬):召开政策培训会。各乡镇通过发放登记表等方法，全面收集情况。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["各地各部门"], ["各乡镇"]]


def test_a_days_remark_and_clock_time_are_no_part_of_the_title():
    r = run("一、团拜活动\n（一）2027年2月9日（农历腊月初三，星期二）9时，在县文化中心召开迎新春茶话会。\n"
            "（二）2027年2月12日（周五）前报送参会名单。\n")
    assert [(t.title, t.deadline.isoformat()) for t in r.tasks] == [
        ("在县文化中心召开迎新春茶话会", "2027-02-09"), ("报送参会名单", "2027-02-12")]


def test_a_policys_period_inside_a_measure_is_no_deadline():
    r = run("（三）减轻企业负担。继续按不高于上年标准征收残疾人就业保障金，小微企业暂免征收，"
            "实施期限至2028年12月31日。（县残联、县财政局负责）\n")
    assert len(r.tasks) == 1 and r.tasks[0].deadline is None, [(t.title, t.deadline) for t in r.tasks]
    assert units(r.tasks[0]) == [("县残联", "responsible"), ("县财政局", "responsible")]
