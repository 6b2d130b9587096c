"""Duties grouped under a heading naming their lead unit ("（一）X牵头的工作",
"一、X牵头工作（N项）"), on a minimal invented text: every item under the heading is a
task of that unit, a "协同单位：" line gives its units to the items before it, and a
heading naming a person gives nothing."""

from datetime import date

from tracker.extract import extract_text

HEAD = ("丁政发〔2029〕3号\n\n丁县人民政府关于印发2029年县政府工作目标责任分解的通知\n\n各乡镇人民政府，县直各单位：\n\n"
        "现将2029年县政府工作目标责任分解如下。\n\n")
TAIL = "\n\n丁县人民政府\n2029年2月1日\n"


def run(body: str):
    return extract_text(HEAD + body + TAIL)


def test_each_item_under_a_lead_heading_is_a_task_of_that_unit():
    r = run("一、王某县长负责的工作\n全面负责县政府工作任务的落实。\n"
            "（一）县统计局牵头的工作\n完善统计调查制度。\n协同单位：县直各部门和各乡镇人民政府。\n"
            "（二）县水务局牵头的工作\n1.加快农村饮水工程建设。\n2.推进河道综合治理，9月底前完成清淤。\n"
            "协同单位：县财政局、县农业局。\n"
            "二、县交通局牵头工作（2项）\n1.改造农村公路30公里。\n2.新建公交站亭20个。\n")
    got = [(t.title[:8], [(u.name, u.role) for u in t.units], t.deadline) for t in r.tasks]
    assert got == [
        ("完善统计调查制度", [("县统计局", "lead"), ("县直各部门", "support"), ("各乡镇人民政府", "support")], None),
        ("加快农村饮水工程", [("县水务局", "lead"), ("县财政局", "support"), ("县农业局", "support")], None),
        ("推进河道综合治理", [("县水务局", "lead"), ("县财政局", "support"), ("县农业局", "support")],
         date(2029, 9, 30)),
        ("改造农村公路30", [("县交通局", "lead")], None),
        ("新建公交站亭20", [("县交通局", "lead")], None)], got


def test_a_closing_line_gives_its_lead_to_the_items_before_it():
    r = run("【便民设施】\n三、完善社区便民设施。新建菜市场2家，改建公厕10座。\n"
            "新建菜市场2家。项目具体实施进度为：第一季度选址，第二季度开工。\n"
            "改建公厕10座。项目具体实施进度为：第一季度设计，第二季度施工。\n"
            "上述项目由区商务委牵头负责。\n"
            "新建健身步道5条。项目具体实施进度为：第一季度设计，第三季度建成。\n"
            "上述项目由区体育局牵头负责。\n")
    got = [(t.title[:7], [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [("新建菜市场2家", [("区商务委", "lead")]), ("改建公厕10座", [("区商务委", "lead")]),
                   ("新建健身步道5", [("区体育局", "lead")])], got


def test_an_items_unbracketed_role_sentence_is_its_note():
    r = run("1、县城污水管网改造项目\n由李副县长负责，县住建局牵头，县财政局、县发改局配合，尽快完成项目前期工作。\n"
            "2、全县农村公路提升项目\n由李副县长负责，县交通局牵头，相关部门配合，按程序上报审批。\n"
            "3.农业增加值增长4%以上。\n分管县领导：王某\n部门分工：县农业局牵头，各乡镇配合。\n")
    got = [(t.title[:6], [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [
        ("县城污水管网", [("县住建局", "lead"), ("县财政局", "support"), ("县发改局", "support")]),
        ("全县农村公路", [("县交通局", "lead"), ("相关部门", "support")]),
        ("农业增加值增", [("县农业局", "lead"), ("各乡镇", "support")])], got


def test_a_line_of_units_and_their_role_closes_the_paragraph_before_it():
    # A table flattened one cell per line: 主要内容 then 责任单位 ("X牵头落实", "X、Y分别牵头落实").
    r = run("主要内容\n责任单位\n(一)加强政策解读\n围绕全县经济政策执行情况，通过新闻发布会、媒体采访等形式及时宣传解读。\n"
            "县发改局牵头落实\n围绕货币政策、融资结构和信贷结构等信贷政策，加强金融政策信息公开，通过政策通报会、银企对接会等方式加大宣传。\n"
            "县金融办、县农商银行分别牵头落实\n加强财政政策信息公开，解读财政收支增减变化情况。\n县财政局牵头落实\n")
    got = [(t.title[:6], [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [("加强政策解读", [("县发改局", "lead")]),
                   ("围绕货币政策", [("县金融办", "lead"), ("县农商银行", "lead")]),
                   ("加强财政政策", [("县财政局", "lead")])], got


def test_paragraphs_run_together_on_one_line_split_at_their_numbers():
    # A page that lost its line breaks keeps a space where each paragraph began.
    line = ("政府工作报告2029年重点工作责任分解 一、县长牵头重点工作 1.全县生产总值增长6%左右;一般公共预算收入增长7%。"
            " 责任单位:县发改局、县财政局 2.落实过紧日子的要求,严控“三公”经费和会议费、培训费,努力降低行政运行成本。"
            " 责任单位:县财政局 3.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估,提高决策科学化水平。"
            " 责任单位:县司法局 4.推进数字政府建设,深化“一网通办”改革,提升政务服务事项网上可办率。 责任单位:县大数据局")
    r = run(line + "\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("全县生产总值", ["县发改局", "县财政局"]), ("落实过紧日子", ["县财政局"]),
                   ("坚持县政府常", ["县司法局"]), ("推进数字政府", ["县大数据局"])], got


def test_project_label_lines_give_units_and_period():
    r = run("1.丁县2029年甲乡种植基地配套建设项目:投资300万元。建设内容:新建灌溉渠道2公里。\n"
            "项目责任领导:张某(副县长)\n项目责任单位:甲乡、县水利局\n项目责任人:李某、王某\n"
            "项目实施时间:2029年3月-2029年10月\n")
    got = [(t.title[:8], [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [("丁县2029年甲", ["甲乡", "县水利局"], date(2029, 10, 31))], got


def test_a_host_label_beside_a_lead_label_is_responsible():
    r = run("5、完善乡村文化设施，启动农村电影放映工程。(牵头领导:张某;牵头单位:县文化局;主办单位:县广电局、各乡镇)\n"
            "6、加强农村卫生工作。(主办单位:县卫生局;协办单位:县财政局)\n")
    got = [[(u.name, u.role) for u in t.units] for t in r.tasks]
    assert got == [[("县文化局", "lead"), ("县广电局", "responsible"), ("各乡镇", "responsible")],
                   [("县卫生局", "lead"), ("县财政局", "support")]], got


def test_a_note_on_its_own_line_after_sub_points_closes_their_parent_item():
    r = run("(一)预案建设\n1.完善应急预案体系\n(1)加强应急预案管理,规范预案编制和备案。\n"
            "(2)推进部门预案精编化,及时修订现有预案。\n(3)加强预案演练,完善演练管理制度。\n"
            "(责任单位:县应急局、各乡镇人民政府)\n2.加强应急队伍建设。(责任单位:县应急局)\n")
    got = [(t.title[:8], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("完善应急预案体系", ["县应急局", "各乡镇人民政府"]), ("加强应急队伍建设", ["县应急局"])], got
    assert "(3)加强预案演练" in r.tasks[0].text.replace("（", "(").replace("）", ")")


def test_a_unit_heading_under_a_division_of_duties_heads_its_duty():
    r = run("四、职责分工\n（一）县住建局\n牵头协调督促全县海绵城市建设工作落实，统筹推进规划建设。\n"
            "（二）县发改委\n负责在项目立项阶段审核海绵城市建设内容。\n"
            "（三）县水务局\n负责排水设施运行维护，2029年6月底前完成管网排查。\n五、组织保障\n（一）加强组织领导。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got[:2] == [("牵头协调督促", ["县住建局"], None), ("负责在项目立", ["县发改委"], None)], got
    assert len(got) == 3 and got[2][2] == date(2029, 6, 30)  # a dated duty stays the implicit stage's


def test_a_sentence_opening_with_its_units_under_a_division_of_duties_is_their_duty():
    r = run("三、职责分工\n县绿化市容局负责全县装修垃圾处理的全面管理和指导工作。\n"
            "县城管执法局依法对违反规定的行为实施行政处罚。\n全县上下要形成合力。\n四、保障措施\n"
            "县财政局负责落实经费保障。\n")
    got = [(t.title[:8], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("县绿化市容局负责", ["县绿化市容局"]), ("县城管执法局依法", ["县城管执法局"])], got


def test_units_standing_as_the_label_of_their_duties_under_a_division_of_duties():
    r = run("五、职责分工\n按照属地负责的原则，各部门各司其职。\n"
            "县卫生健康委：负责指导医疗机构做好应急救治;负责编制本系统年度计划。\n"
            "县商务局（县口岸办）：负责协调口岸单位落实防控措施。\n"
            "1.乡镇综合办。牵头收集各村上报的信息，建立工作台账。\n"
            "2.派出所。配合开展入户走访，负责隐患的确认。\n"
            "六、工作要求\n县财政局：负责落实经费。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [("负责指导医疗", ["县卫生健康委"], None), ("负责协调口岸", ["县商务局（县口岸办）"], None),
                   ("牵头收集各村", ["乡镇综合办"], None), ("配合开展入户", ["派出所"], None)], got


def test_clauses_each_opening_with_their_units_are_their_duties():
    r = run("三、职责分工\n本项目建设主体为县应急局。县消防救援大队负责技术把关，参加联合验收;"
            "县财政局负责落实项目所需经费。各乡镇负责排摸辖区场所底数，配合开展施工。\n"
            "本意见所称场所，是指各类公共活动场所，其管理单位由县政府指定并向社会公布，接受群众监督。"
            "管理单位负责日常巡查工作。县住建局要加强指导。\n四、工作要求\n")
    got = [(t.text, [u.name for u in t.units]) for t in r.tasks]
    assert got == [("县消防救援大队负责技术把关，参加联合验收;", ["县消防救援大队"]),
                   ("县财政局负责落实项目所需经费。", ["县财政局"]),
                   ("各乡镇负责排摸辖区场所底数，配合开展施工。", ["各乡镇"])], got


def test_a_division_of_campaign_duties_is_due_when_the_last_stage_ends():
    r = run("三、职责分工\n（一）县城管局\n开展行业部署和宣传，与运输企业签订承诺书。\n四、时间安排\n"
            "（一）动员部署阶段（4月底前）：全面部署任务。\n（二）巩固提升阶段（8-9月）：总结经验做法。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got[0] == ("开展行业部署", ["县城管局"], date(2029, 9, 30)), got


def test_a_page_starting_inside_a_division_of_duties_keeps_its_unit_labelled_items():
    # The second page of a split plan: its section title is on the first page; a run of
    # numbered items each labelled by its units, and items whose label says 职责.
    r = run("（八）县市场监管部门职责：依法查处无照经营行为，配合交通部门调查取证。\n"
            "（九）各乡镇政府和园区管委会。落实属地责任，制定整治方案。\n"
            "（十）县纪委监委、县政府督查室。负责对整治行动开展专项督查。\n"
            "三、保障措施\n（一）加强组织领导。各单位要明确专人负责。\n"
            "（二）县财政局。负责落实整治经费。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("依法查处无照", ["县市场监管部门"]), ("落实属地责任", ["各乡镇政府", "园区管委会"]),
                   ("负责对整治行", ["县纪委监委", "县政府督查室"])], got


def test_unit_labelled_items_under_a_section_of_another_kind_are_no_division():
    r = run("一、组织形式\n1.监督组。负责对采购工作进行监督，受理相关投诉。\n"
            "2.专家组。负责提供相关政策咨询和技术支持。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_a_run_together_division_of_duties_splits_at_its_unit_labels():
    # A page that lost its line breaks keeps a space before each unit's label.
    r = run("四、职责分工 县住建部门：一是负责整治工作的日常协调，筹备相关会议，组织协调专项整治有关工作。"
            "二是制订重点区域专项整治方案，组织联合执法力量，开展专项整治行动。三是科学合理调整运力，保障群众正常出行。"
            " 县公安部门：一是参与整治行动方案的制订，组织警力开展联合执法。二是强化重点路段的交通管控。"
            " 县财政部门：负责整治工作的专项经费保障工作。 五、工作要求 各单位要加强协作，形成整治合力，"
            "确保整治工作取得实效，并及时总结经验做法，建立长效管理机制。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("一是负责整治", ["县住建部门"]), ("一是参与整治", ["县公安部门"]),
                   ("负责整治工作", ["县财政部门"])], got


def test_a_closing_line_with_a_label_gives_its_units_to_the_items_it_counts():
    r = run("一、年度目标\n（一）发展目标。包括5项。\n1.地区生产总值增长8%;\n2.固定资产投资增长10%;\n"
            "2项目标的责任单位均为县发改委。\n3.一般公共预算收入增长6%;\n该目标责任单位为县财政局。\n"
            "4.社会消费品零售总额增长9%;\n5.实际利用外资达到1亿美元;\n上述目标的牵头单位为县商务局。\n")
    got = [(t.title[:8], [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [("地区生产总值增长", [("县发改委", "responsible")]), ("固定资产投资增长", [("县发改委", "responsible")]),
                   ("一般公共预算收入", [("县财政局", "responsible")]), ("社会消费品零售总", [("县商务局", "lead")]),
                   ("实际利用外资达到", [("县商务局", "lead")])], got


def test_a_closing_line_right_after_a_numbered_item_closes_that_item():
    r = run("三、整治道路秩序\n"
            "（一）清理占道经营的摊点，规范沿街店铺的经营行为。\n以上工作由县城管局负责，各乡镇配合。\n"
            "（二）查处无证营运的车辆，严禁其在城区揽客。\n以上工作由县交通局负责。\n")
    got = [(t.title[:6], [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [("清理占道经营", [("县城管局", "responsible"), ("各乡镇", "support")]),
                   ("查处无证营运", [("县交通局", "responsible")])], got


def test_unit_sentences_labelling_duties_inside_one_paragraph_divide_them():
    # A page that lost its line breaks: each unit stands as a sentence of its own before its duty.
    r = run("三、组织领导及职责分工为加强领导，县政府成立工作领导小组。各成员单位职责如下:县林业局。负责林区防火的"
            "统一监督，承担领导小组办公室的日常工作。县交通局、县公路中心。负责公路两侧的巡查，依法查处违规行为。"
            "县气象局。负责火险天气的预报和发布。四、工作要求各单位要加强协作。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.kind) for t in r.tasks]
    assert got == [("负责林区防火", ["县林业局"], "table"), ("负责公路两侧", ["县交通局", "县公路中心"], "table"),
                   ("负责火险天气", ["县气象局"], "table")], got
    assert "工作要求" not in r.tasks[-1].text


def test_sibling_unit_headings_under_a_section_of_the_work_are_one_row_each():
    r = run("三、时间安排\n7月10日至7月16日。\n四、活动内容及安排\n（一）县委宣传部\n1、在县电视台开设专栏，宣传活动的意义。\n"
            "2、在政府网站上刊发宣传稿件。\n（二）县卫健局\n组织医务人员开展义诊咨询。\n（三）县教育局、县文化馆\n"
            "1、组织各学校开展主题班会。\n2、举办一场文艺演出。\n五、工作要求\n（一）加强领导。各单位要高度重视。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.deadline) for t in r.tasks]
    # The window stated once under "三、时间安排" binds the duties of the later sections at its end
    # (the corpus gold rule since session 26).
    end = date(2029, 7, 16)
    assert got == [("在县电视台开", ["县委宣传部"], end), ("组织医务人员", ["县卫健局"], end),
                   ("组织各学校开", ["县教育局", "县文化馆"], end)], got
    assert "举办一场文艺演出" in r.tasks[2].text


def test_unit_headings_under_a_section_of_forms_to_report_are_no_division():
    r = run("一、填报内容\n（一）各县市区统计局。\n1.本地区基本情况表(附件1);\n2.本地区汇总表(附件2)。\n"
            "（二）县直各部门。\n1.本单位基本情况表(附件3)。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_units_alone_on_their_lines_under_a_division_heading_head_their_duties():
    r = run("职责分工\n\n县公安局\n\n维护考点周边治安秩序，保障试卷运送安全。\n\n县教育局\n\n"
            "负责考试的具体组织实施;做好考务人员的培训。\n\n办公室:\n1、起草活动通知。\n2、做好会务保障。\n\n"
            "相关依据\n\n《某某考试管理办法》。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.kind) for t in r.tasks]
    assert got == [("维护考点周边", ["县公安局"], "table"), ("负责考试的具", ["县教育局"], "table"),
                   ("起草活动通知", ["办公室"], "table")], got


def test_unit_lines_with_no_division_heading_above_them_are_no_duties():
    # An addressee line and a signature: units alone on a line, no division of work.
    r = run("县教育局\n\n请认真做好考试保障工作。\n\n县公安局\n\n请加强考点周边巡查。\n")
    assert [t for t in r.tasks if t.kind == "table"] == [], [t.title for t in r.tasks]


def test_unit_labelled_topic_lines_under_a_division_are_their_shares():
    # Each section of the bureau takes one report: the label gives the unit, the topic its share.
    r = run("二、责任分工\n（一）局机关有关科室负责撰写系列专题分析。具体内容如下:\n"
            "综合科:全县经济社会发展成就综述\n工业科:工业经济发展(特别是制造业发展)情况\n"
            "投资科:固定资产投资情况\n三、报送要求\n联系人:张某\n电话:1234567\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("全县经济社会", ["综合科"]), ("工业经济发展", ["工业科"]), ("固定资产投资", ["投资科"])], got


def test_numbered_unit_lines_after_a_sentence_introducing_them_under_a_division_heading():
    r = run("职责分工\n为做好防汛工作，各成员单位职责如下：\n1.县水利局\n负责水利工程的调度和巡查。\n"
            "2.县气象局\n负责天气预报和预警信息发布。\n三、工作要求\n各单位要加强值守。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("负责水利工程", ["县水利局"]), ("负责天气预报", ["县气象局"])], got


def test_point_numbers_are_no_part_of_the_units_opening_a_divided_duty():
    r = run("三、职责分工\n一是县教育局负责考点的组织实施;二是县公安局负责考点周边的治安维护;"
            "三是县卫健局负责考点医疗保障。\n四、工作要求\n各单位要加强值守。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("一是县教育局", ["县教育局"]), ("二是县公安局", ["县公安局"]), ("三是县卫健局", ["县卫健局"])], got


def test_a_division_title_is_read_in_its_normalized_form():
    # A page in traditional characters: "職責分工" is the section dividing duties.
    r = run("三、職責分工\n縣教育局：負責考點的組織實施。\n縣公安局：負責考點周邊的治安維護。\n"
            "四、工作要求\n各單位要加強值守。\n")
    got = [[u.name for u in t.units] for t in r.tasks]
    assert got == [["縣教育局"], ["縣公安局"]], got


def test_collective_headings_over_exhortations_under_a_section_of_tasks_are_no_division():
    r = run("三、工作任务\n（一）各乡镇\n要高度重视，加强领导。\n（二）县直各部门\n要密切配合，形成合力。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_unit_lines_under_a_section_of_standing_remits_are_no_tasks():
    r = run("三、工作职责\n区公安分局\n维护辖区治安秩序。\n区教育局\n负责全区教育管理工作。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_unit_label_lines_right_under_a_section_of_the_work_head_their_items():
    r = run("四、活动内容及安排\n区委宣传部：\n1、在区电视台开设专栏。\n2、在政府网站刊发稿件。\n"
            "区卫健局：\n1、组织医务人员开展义诊咨询。\n五、工作要求\n各单位要高度重视。\n")
    got = [(t.title[:6], [u.name for u in t.units], t.kind) for t in r.tasks]
    assert got == [("在区电视台开", ["区委宣传部"], "table"), ("组织医务人员", ["区卫健局"], "table")], got
    assert "刊发稿件" in r.tasks[0].text


def test_units_labelling_their_duties_under_a_section_dividing_the_tasks():
    r = run("五、任务分工\n县财政局：负责落实工作经费保障。\n县教育局：负责组织学校开展宣传教育。\n"
            "县卫健局负责开展义诊咨询活动。\n各乡镇、各部门要加强协作，确保各项任务按期完成。\n六、工作要求\n各单位要加强值守。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("负责落实工作", ["县财政局"]), ("负责组织学校", ["县教育局"]), ("县卫健局负责", ["县卫健局"])], got


def test_unit_sentences_labelling_remits_in_a_section_of_standing_remits_are_no_tasks():
    r = run("三、工作职责\n各成员单位的职责如下:县林业局。负责全县林业资源的保护和管理。县气象局。负责气象监测和预报预警。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_sibling_unit_headings_saying_their_duties_under_a_section_of_the_work():
    r = run("四、活动内容及安排\n（一）县委宣传部职责\n1、在县电视台开设专栏。\n2、在政府网站刊发稿件。\n"
            "（二）县卫健局职责\n1、组织医务人员开展义诊咨询。\n2、发放健康宣传资料。\n五、工作要求\n各单位要高度重视。\n")
    got = [(t.title[:6], [u.name for u in t.units]) for t in r.tasks]
    assert got == [("在县电视台开", ["县委宣传部"]), ("组织医务人员", ["县卫健局"])], got
