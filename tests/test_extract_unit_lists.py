"""Unit lists in the language of official documents: names cut right, roles read right."""

from tracker.extract.normalize import NText
from tracker.extract.units import parse_unit_list


def names_roles(text):
    nt = NText(text)
    return [(u.name, u.role) for u in parse_unit_list(nt, 0, len(nt.norm))]


def test_conjunction_after_deng_opens_the_collective():
    # "X、Y等和各省级人民政府负责": 和 joins the collective to the list, it is no part of its name.
    assert names_roles("市民政局、市财政局等和各县级人民政府负责") == [
        ("市民政局", "responsible"), ("市财政局", "responsible"), ("各县级人民政府", "responsible")]
    assert names_roles("省教育厅等以及各有关市政府负责")[-1] == ("各有关市政府", "responsible")


def test_unit_list_cell_may_close_with_a_full_stop():
    from tracker.extract.table_model import cell_kind
    assert cell_kind("市政府各部门、各直属机构。") == "unit"
    assert cell_kind("开工建设老年大学。") != "unit"  # one name-like phrase with a stop: a duty
    assert names_roles("市政府各部门、各直属机构。") == [("市政府各部门", "responsible"), ("各直属机构", "responsible")]


def test_coordinating_unit_column_supports():
    # A flattened table: "协同责任单位" is a support column, not the responsible one
    # its ending "责任单位" would make it; the lead header is cut in two lines.
    from tracker.extract import extract_text
    text = "\n".join(["序号", "督查内容", "牵头责任", "单位", "协同责任单位", "落实情况",
                      "1", "全年粮食产量稳定在二十万吨以上。", "市农业农村局", "市发改委、市统计局。", "已完成",
                      "2", "新增城镇就业一万人以上。", "市人社局", "市政府各部门、各直属机构。", "已完成"])
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("市农业农村局", "lead"), ("市发改委", "support"), ("市统计局", "support")],
        [("市人社局", "lead"), ("市政府各部门", "support"), ("各直属机构", "support")]]


def test_remark_role_words_name_no_unit():
    # The remark's 牵头 is no role of the list: the units before 牵头 lead, the rest answer.
    got = names_roles("省农业农村厅、省水利厅牵头，省林业局、省气象局（除标注“牵头”单位外，列第一位的为牵头或汇总单位，下同）")
    assert got == [("省农业农村厅", "lead"), ("省水利厅", "lead"), ("省林业局", "responsible"), ("省气象局", "responsible")]


def test_prefecture_and_city_levels_share_one_organ():
    # "各州、市政府": 州 is an administrative level like 市, one collective unit.
    assert names_roles("省民政厅，各州、市政府") == [("省民政厅", "responsible"), ("各州、市政府", "responsible")]


def test_town_and_province_collectives_are_units():
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("各镇街") and looks_like_unit("各省份") and looks_like_unit("各有关镇街")
    assert not looks_like_unit("镇街道路") and not looks_like_unit("省份")


def test_first_listed_leads_when_one_unit_heads_others():
    # Under "列第一位者为牵头单位，下同", "X等有关部门和单位负责" names one unit of many: X leads.
    from tracker.extract import extract_text
    text = ("一、重点任务\n（一）加强技能培训。扩大培训规模。（市人社局、市财政局负责。列第一位者为牵头单位，下同）\n"
            "（二）扩大见习范围。提高见习补贴标准。（市人社局等有关部门和单位负责）\n"
            "（三）做好困难群众保障。落实临时救助政策。（市民政局负责）\n")
    units = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert units == [[("市人社局", "lead"), ("市财政局", "responsible")], [("市人社局", "lead")],
                     [("市民政局", "responsible")]]


def test_lead_responsible_unit_is_a_name_and_semicolon_clause_names_its_subject():
    # "各牵头责任单位" is one name (牵头 before 责任单位 is no role word); after a semicolon
    # "各协同单位要…，于…前将…" names the subject of its own dated clause.
    from tracker.extract import extract_text
    text = ("通知要求，各牵头责任单位要切实履行职责，于每季度结束后12日内将落实情况汇总后报市政府督查室；"
            "各协同单位要密切配合，于每季度结束后10日内将相关落实情况报各牵头责任单位。")
    units = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert units == [[("各牵头责任单位", "responsible")], [("各协同单位", "responsible")]]
    assert names_roles("各牵头责任单位") == [("各牵头责任单位", "responsible")]


def test_name_broken_over_lines_is_one_name():
    # A narrow column breaks a name a few characters a line: the pieces are one name.
    assert names_roles("市政\n府办\n公厅") == [("市政府办公厅", "responsible")]
    assert names_roles("市\n监\n察\n局") == [("市监察局", "responsible")]
    assert names_roles("新区\n建设\n管委会") == [("新区建设管委会", "responsible")]
    # Whole names one a line stay apart.
    assert names_roles("县教育局\n县财政局") == [("县教育局", "responsible"), ("县财政局", "responsible")]


def test_flat_table_cell_broken_over_lines_leads():
    # A flattened table: the lead cell is broken two characters a line; a cell closed by
    # its pipe ("张某某 |", a leader's name) is never joined to the next one.
    from tracker.extract import extract_text
    text = "\n".join(["牵头单位", "| 目 标 任 务", "| 责 任 单 位", "|",
                      "市政", "府办", "公厅", "| 优质高效办理人大代表建议和政协提案,按期答复办结", "| 市直各单位、各区县市", "|"])
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [
        ("市政府办公厅", "lead"), ("市直各单位", "responsible"), ("各区县市", "responsible")]
    text = "\n".join(["序号 |", "主要任务 |", "分管领导 |", "牵头单位 |", "责任单位 |",
                      "1 |", "优化提升背街后巷交通组织。 |", "张某某 |", "城管局 |", "市政局、相关街道 |"])
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [
        ("城管局", "lead"), ("市政局", "responsible"), ("相关街道", "responsible")]


def test_subject_after_time_phrase_with_a_verb_of_its_own():
    # "N月底前，X推行…": the unit right after the time phrase is the subject, whatever its verb.
    from tracker.extract import extract_text
    text = ("2023年3月1日\n（二）统一编码。2023年6月底前，省卫生健康委推行全省统一的疾病分类编码。\n"
            "（三）完善平台。2023年9月底前，全省二级公立医院全部纳入满意度调查平台。\n")
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("省卫生健康委", "responsible")], [("全省二级公立医院", "responsible")]]


def test_coordinator_line_names_a_person_not_a_unit():
    # "协调人：" names people like "责任人：": the 责任单位 line after both still gives the units.
    from tracker.extract import extract_text
    text = ("一、加强基础设施建设\n1. 坚持科学规划城市。高起点编制各城区的分区规划。\n"
            "责任人：某某副市长\n协调人：某某副秘书长\n责任单位：市规划局。\n"
            "2. 加快城市道路建设。完成南环公路建设。\n责任人：某某副市长\n协调人：某某副秘书长\n"
            "责任单位：市建委、交通局和有关县区。\n")
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("市规划局", "responsible")],
        [("市建委", "responsible"), ("交通局", "responsible"), ("有关县区", "responsible")]]


def test_verb_ending_in_hang_is_no_bank():
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("一并贯彻执行") and not looks_like_unit("全面推行")
    assert looks_like_unit("人民银行") and looks_like_unit("农发行")


def test_levels_a_duty_concerns_without_ge():
    # "有关县区", "相关市、县政府": collectives named without 各.
    assert names_roles("省发改委、相关市、县政府") == [("省发改委", "responsible"), ("相关市、县政府", "responsible")]
    assert names_roles("国土局和有关县区") == [("国土局", "responsible"), ("有关县区", "responsible")]


def test_column_word_in_brackets_after_a_collective_is_a_remark():
    # "各牵头单位（责任单位）": where there is no lead the 责任单位 stands in; one collective.
    assert names_roles("各责任事项牵头单位（责任单位）") == [("各责任事项牵头单位", "responsible")]


def test_host_units_under_a_named_lead_are_responsible():
    # "牵头单位：X；主办单位：Y": with a lead of its own named, 主办单位 carries the work out.
    from tracker.extract import extract_text
    text = ("21、完善乡村文化设施，发展农村特色文化。（牵头领导：某某；牵头单位：市文化局；主办单位：市广电局、各县（市）及相关区政府）\n"
            "22、加强社区卫生服务。（主办单位：市卫生局；协办单位：市财政局）\n")
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("市文化局", "lead"), ("市广电局", "responsible"), ("各县（市）及相关区政府", "responsible")],
        [("市卫生局", "lead"), ("市财政局", "support")]]


def test_subject_after_a_stage_name_and_its_time():
    # "1.宣传发动阶段(5月2日-7日)，X对…，5月7日前…": the stage's name opens the item, X is the subject.
    from tracker.extract import extract_text
    text = "2017年5月1日\n四、整治步骤1.宣传发动阶段(5月2日-7日)，各有关乡镇对本区域内乱堆现象摸底造册，5月7日前交县创卫办。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("各有关乡镇", "responsible")]


def test_adverb_between_subject_and_verb_after_a_time_phrase():
    # "请于…前，由X正式向Y报送": 正式 is no part of X, and Y (after 向) receives.
    from tracker.extract import extract_text
    text = "2023年2月1日\n三、申报时间\n请于2023年2月16日前，由市级农业农村局正式向省农业农村厅报送推荐材料。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("市级农业农村局", "responsible")]


def test_pilot_places_are_a_collective():
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("试点地区") and looks_like_unit("各试点城市")
    assert not looks_like_unit("试点工作") and not looks_like_unit("试点")


def test_subject_before_a_preposition_in_a_dated_rule():
    # "X向Y提出…的截止时间为每年的5月30日": X opens the clause, Y (after 向) receives.
    from tracker.extract import extract_text
    text = "2010年11月17日\n3.申报时间。设区市环保局向省环保厅提出复核申请的截止时间为每年的5月30日。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("设区市环保局", "responsible")]


def test_levels_sharing_one_office_kind_are_one_collective():
    # "各辖市、区统计局": the statistics bureaus of each level, one collective unit.
    assert names_roles("各辖市、区统计局") == [("各辖市、区统计局", "responsible")]
    assert names_roles("各市、县（区）教育局") == [("各市、县（区）教育局", "responsible")]
    assert names_roles("市财政局、县统计局") == [("市财政局", "responsible"), ("县统计局", "responsible")]
    # Levels under 各 and the zones after them sharing one kind of office ("各县区、高新区财政局");
    # a zone's own 管委会 is no office the levels have.
    assert names_roles("各县区、高新区财政局") == [("各县区、高新区财政局", "responsible")]
    assert names_roles("各县市区、开发区管委会") == [("各县市区", "responsible"), ("开发区管委会", "responsible")]


def test_level_with_its_bracketed_levels_heads_a_collective():
    # "各县（市）、区政府": the first level carries in brackets the levels it stands for; the list
    # still ends in the one organ all levels share, one collective unit.
    assert names_roles("各县（市）、区政府") == [("各县（市）、区政府", "responsible")]
    assert names_roles("市水利局、有关市（县）、区政府") == [("市水利局", "responsible"),
                                                       ("有关市（县）、区政府", "responsible")]
    assert names_roles("各县（市）、区农业局") == [("各县（市）、区农业局", "responsible")]
    # A bracket that names no level is no part of the levels' head.
    assert names_roles("市交通局（牵头）、区政府") == [("市交通局", "lead"), ("区政府", "responsible")]


def test_levels_run_together_share_the_organ_that_closes_the_list():
    # "县区、乡镇（街道）政府": levels written run together, then the organ they all have.
    assert names_roles("县区、乡镇（街道）政府") == [("县区、乡镇（街道）政府", "responsible")]
    assert names_roles("市财政局、县市、乡镇政府") == [("市财政局", "responsible"), ("县市、乡镇政府", "responsible")]
    # With no organ to close them, run-together levels under 各 stay two collectives.
    assert names_roles("各乡镇、街道") == [("各乡镇", "responsible"), ("街道", "responsible")]


def test_glued_words_around_a_collective_are_no_part_of_its_name():
    # The whole area before 各 says which; the collective is 各X.
    assert names_roles("全县各卫生院") == [("各卫生院", "responsible")]
    assert names_roles("全区各社区、区直各部门") == [("各社区", "responsible"), ("区直各部门", "responsible")]
    # 自行 ("on their own") belongs to the verb after the unit.
    assert names_roles("各幼儿园自行") == [("各幼儿园", "responsible")]
    # When, before 由 and its unit: no part of the name.
    assert names_roles("月底前由区档案馆") == [("区档案馆", "responsible")]
    assert names_roles("活动结束后由团委、学生会") == [("团委", "responsible"), ("学生会", "responsible")]
    # The writer's own area before 各 ("我市", "本县") and 涉及 before the units: no part of a name,
    # and the list still splits on 和 after them.
    assert names_roles("我县各乡镇和各驻村工作队") == [("各乡镇", "responsible"), ("各驻村工作队", "responsible")]
    assert names_roles("本区各街道") == [("各街道", "responsible")]
    assert names_roles("涉及相关街道办事处") == [("相关街道办事处", "responsible")]
    # The part of the work before 由 and its unit, an aside in brackets too ("建筑工地由X负责").
    assert names_roles("建筑工地由区住建局") == [("区住建局", "responsible")]
    assert names_roles("公共场所（含广场、绿地）由区城管局") == [("区城管局", "responsible")]
    assert names_roles("办公室已明确由区督查室") == [("区督查室", "responsible")]
    # A school's departments: 院系 ends a name.
    assert names_roles("各院系") == [("各院系", "responsible")]


def test_subject_acting_on_receipt_after_a_label_carries_to_the_dated_sentence():
    # "时间安排及报送要求：X接通知后根据…组织…。于6月8日前，将…": X, after a label, acts on receipt.
    from tracker.extract import extract_text
    text = ("二〇〇九年五月三十一日\n时间安排及报送要求：各辖市、区统计局接通知后根据调查方案组织开展调查工作，进行资料审核。"
            "于6月8日前，将审核后的资料上报市局。\n")
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("各辖市、区统计局", "responsible")]


def test_places_and_levels_sharing_one_organ_are_one_collective():
    # "相关市、县政府": levels under 相关 without 各; "甲城、乙河、丙山市政府": places under the
    # organ of the last one. A bare place name is no unit of its own.
    assert names_roles("县发改委、相关市、县政府负责") == [
        ("县发改委", "responsible"), ("相关市、县政府", "responsible")]
    assert names_roles("机场指挥部、甲城、乙河、丙山市政府、省农垦局负责") == [
        ("机场指挥部", "responsible"), ("甲城、乙河、丙山市政府", "responsible"), ("省农垦局", "responsible")]
    # Sectors are no places: they join only as fields sharing their kind of body (see below).
    assert names_roles("农业、林业、水利部门负责") == [("农业、林业、水利部门", "responsible")]


def test_the_youth_league_centre_is_a_unit():
    from tracker.extract.units import unit_list_text
    assert unit_list_text("全国工商联、民政部、共青团中央、全国妇联等和各省级人民政府负责")

def test_backing_units_label_is_support():
    # "（牵头单位：X，支撑单位：Y）": 支撑单位 back the lead, like 配合单位.
    from tracker.extract import extract_text
    text = "1.推进5个“美丽街区”建设。（牵头单位：区绿化市容局，支撑单位：相关街镇、区建设管理委）\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [
        ("区绿化市容局", "lead"), ("相关街镇", "support"), ("区建设管理委", "support")]


def test_heading_naming_the_lead_of_the_work_under_it():
    # "（二）X牵头的工作" over items whose notes name only 协同单位: X leads them.
    from tracker.extract import extract_text
    text = ("一、某某省长负责的工作\n（一）省监察厅牵头的工作\n加强行政监察工作。\n协同单位：省直各部门。\n"
            "（二）省审计厅牵头的工作\n全面加强审计工作。\n协同单位：省直各部门和各市人民政府。\n")
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("省监察厅", "lead"), ("省直各部门", "support")],
        [("省审计厅", "lead"), ("省直各部门", "support"), ("各市人民政府", "support")]]


def test_progress_table_units_stay_on_their_rows():
    # A flattened progress table (序号 / 项目内容 / 当前进度 / 牵头单位 / 备注): 项目内容 is the
    # work, 当前进度 a progress cell; each row keeps its own lead unit.
    from tracker.extract import extract_text
    cells = ["序号", "项目内容", "当前进度", "牵头单位", "备注",
             "1", "新建公办幼儿园5所。", "80%(个别进度滞后)", "县教育局", "市民生实事",
             "2", "建设农村公路55公里。", "95%", "县交通局", "县民生实事",
             "3", "建成投用卫生院8家。", "98%", "县卫健局", "县民生实事"]
    tasks = extract_text("\n\n".join(cells)).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [
        [("县教育局", "lead")], [("县交通局", "lead")], [("县卫健局", "lead")]]




def test_cited_titles_and_remarks_name_no_unit():
    # A cited title broken into a unit cell, a bracket alone, a sentence run on: no units.
    assert names_roles("区建设管理委、《本市系统化全域推进海绵\n城市建设的实施意见》") == [("区建设管理委", "responsible")]
    assert names_roles("居民区、（含菜场）") == [("居民区", "responsible")]
    # "…按职责分工负责，下同。以下各项任务均涉及…，不再列出": what follows 下同 is a remark.
    assert names_roles("自治区发展改革委、财政厅，四市人民政府按职责分工负责，下同。以下各项任务均涉及四市人民政府，不再列出") == [
        ("自治区发展改革委", "responsible"), ("财政厅", "responsible"), ("四市人民政府", "responsible")]



def test_implementing_body_column_is_responsible():
    # 实施主体 names who carries the work out: responsible (beside 牵头部门 and 配合部门).
    from tracker.extract import extract_text
    text = ("| 序号 | 重点任务 | 牵头部门 | 配合部门 | 实施主体 | 完成时限 |\n|---|---|---|---|---|---|\n"
            "| 1 | 建设精品道路300条。 | 设施养护处 | 各相关部门和单位 | 各行业主管部门、各区 | 2026年底前 |\n")
    tasks = extract_text(text).tasks
    assert sorted((u.name, u.role) for u in tasks[0].units) == [
        ("各区", "responsible"), ("各相关部门和单位", "support"), ("各行业主管部门", "responsible"), ("设施养护处", "lead")]


def test_subject_naming_its_contact_before_a_dated_report():
    # "X明确1名联系人，每月15日前报送…": X opens the sentence with 明确, it reports.
    from tracker.extract import extract_text
    text = "2023年9月4日\n(四)加强工作报送。各养老服务机构明确1名联系人，每月15日前报送整治进展情况。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("各养老服务机构", "responsible")]



def test_unit_in_two_columns_keeps_both_roles():
    # 市道运中心 both backs the lead (配合部门) and carries the work out (实施主体).
    from tracker.extract import extract_text
    text = ("| 序号 | 重点任务 | 牵头部门 | 配合部门 | 实施主体 | 完成时限 |\n|---|---|---|---|---|---|\n"
            "| 1 | 优化出租汽车候客站点。 | 设施养护处 | 市道运中心 | 市道运中心 | 2026年底前 |\n")
    tasks = extract_text(text).tasks
    assert sorted((u.name, u.role) for u in tasks[0].units) == [
        ("市道运中心", "responsible"), ("市道运中心", "support"), ("设施养护处", "lead")]


def test_partners_after_a_semicolon_belong_to_another_duty():
    # "X要…，于…前…；X要会同A、B…": the 会同 clause after the semicolon is a duty of its own,
    # its partners no support units of the dated one.
    from tracker.extract import extract_text
    text = ("2024年5月1日\n（二）提升消纳处置能力。市规划资源局要出台指导意见，于2024年11月底前落实一批区级消纳场所；"
            "市规划资源局要会同市水务局、相关区政府加快研究并落实市级消纳场所。\n")
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("市规划资源局", "responsible")]


def test_determiner_before_a_list_is_no_part_of_a_name():
    # "由所涉及的X、Y等省级主管部门牵头": 所涉及的 says which units, X is the name.
    assert names_roles("所涉及的省政府办公厅、住房城乡建设厅") == [
        ("省政府办公厅", "responsible"), ("住房城乡建设厅", "responsible")]


def test_condition_after_the_dated_duty_opens_another():
    # "X要在…前，实现…，…不能实现…的，由A、B协助…": the condition's agents help in another case,
    # no support units of X's dated duty.
    from tracker.extract import extract_text
    text = ("2024年5月1日\n（三）各郊区要在2025年底前，实现土方消纳区内平衡，工程项目土方消纳不能实现所在区内平衡的，"
            "由市绿化市容局、市住房城乡建设管理委协助有关责任主体统筹消纳。\n")
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("各郊区", "responsible")]


def test_collective_with_its_other_organ_in_brackets():
    # "各区、县（市）政府（管委会）": the levels' governments (or, in zones, their 管委会), one collective.
    assert names_roles("市发改委、市商务局，各区、县（市）政府（管委会）") == [
        ("市发改委", "responsible"), ("市商务局", "responsible"), ("各区、县（市）政府（管委会）", "responsible")]


def test_places_sharing_one_office_are_one_collective():
    # "海东市、兰州市、临夏州发展改革部门": the three places' offices of one kind, one collective;
    # bare places with no shared office stay apart, and so does a zone's own 管委会.
    assert names_roles("海东市、兰州市、临夏州发展改革部门") == [("海东市、兰州市、临夏州发展改革部门", "responsible")]
    assert names_roles("省交通运输厅，银川市、石嘴山市、吴忠市政府") == [
        ("省交通运输厅", "responsible"), ("银川市、石嘴山市、吴忠市政府", "responsible")]
    assert [n for n, _ in names_roles("七台河市、双鸭山市、哈尔滨市")] == ["七台河市", "双鸭山市", "哈尔滨市"]
    assert [n for n, _ in names_roles("岳麓区、高新区管委会")] == ["岳麓区", "高新区管委会"]


def test_places_named_bare_after_a_time_phrase_are_the_subject():
    # "N月N日前，A市、B市、C地区制定…": each place (its government) is responsible.
    from tracker.extract import extract_text
    text = "三、整改措施：\n1.2022年6月21日前，甲城市、乙城市、丙山地区制定完成项目建设计划，明确建设任务。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [
        ("甲城市", "responsible"), ("乙城市", "responsible"), ("丙山地区", "responsible")]
    from tracker.extract.unit_levels import place_list
    assert not place_list("甲城市") and not place_list("全市、本市")


def test_short_first_sentence_with_a_duty_is_no_heading():
    # "(一)X收到…后，要…。如发现…，要在…10日内…": the first sentence gives X a duty, it is
    # no heading; the dated sentence (a condition) takes its subject.
    from tracker.extract import extract_text
    text = ("2008年3月1日\n四、几个具体问题\n（一）承办单位收到建议、提案后，要逐件清点、核对、签收。"
            "如发现不属于本单位办理的建议、提案，要在2008年3月20日前与市政府督查室联系。\n")
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("承办单位", "responsible")]


def test_level_list_running_on_with_a_conjunction():
    # "各区、县（市）政府及开发区管委会": the levels' governments are one collective, the unit
    # after 及 another; "各省辖市、县（市）政府": 省辖市 is a level too.
    assert names_roles("市财政局,各区、县(市)政府及开发区管委会") == [
        ("市财政局", "responsible"), ("各区、县(市)政府", "responsible"), ("开发区管委会", "responsible")]
    assert names_roles("各区、县(市)政府和市政府有关部门") == [
        ("各区、县(市)政府", "responsible"), ("市政府有关部门", "responsible")]
    assert names_roles("各省辖市、县(市)政府") == [("各省辖市、县(市)政府", "responsible")]
    # The levels and the zones share the organ word 教育局: one collective, as the eval rule and
    # the hand-written gold of a 2018 转发 notice read it (a zone's 管委会 stays apart, see above).
    assert [n for n, _ in names_roles("各县区、开发区教育局")] == ["各县区、开发区教育局"]


def test_verb_acting_on_a_collective_is_no_name():
    # "一是充分肯定各乡镇在…": praise, urging or guidance given to a collective is a clause.
    from tracker.extract.unit_names import looks_like_unit
    for phrase in ("充分肯定各乡镇", "督促各部门", "表扬各有关单位", "指导各县区"):
        assert not looks_like_unit(phrase)
    assert looks_like_unit("县政府各部门") and looks_like_unit("指导组") and looks_like_unit("各乡镇")


def test_township_named_bare_after_a_time_phrase_is_the_subject():
    # "从12月12日起至明年1月12日，X镇在全镇范围内开展…": the township acts.
    from tracker.extract import extract_text
    text = "2019年12月10日\n从12月12日起至2020年1月12日，甲乙镇在全镇范围内开展为期1个月的人居环境整治专项行动。\n"
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("甲乙镇", "responsible")]


def test_requested_units_before_a_verb_of_no_list():
    # "要求各村、外包公司调配足够的人力，力求1周内完成…": the longest list after 要求 acts;
    # "要求A区、B园区、C区于…前": places named bare among units are requested too.
    from tracker.extract import extract_text
    text = "2019年12月10日\n要求各村、外包公司调配足够的人力，力求12月20日前完成河道的水面大清理。\n"
    assert [(u.name, u.role) for u in extract_text(text).tasks[0].units] == [
        ("各村", "responsible"), ("外包公司", "responsible")]
    text = "2011年11月25日\n市政府召开会议进行了部署，要求各县（市）区、高新区、甲乙园区于12月15日前完成墓地复耕还田任务。\n"
    assert [u.name for u in extract_text(text).tasks[0].units] == ["各县（市）区", "高新区", "甲乙园区"]
    from tracker.extract.subject_carry import request_end
    assert request_end("请及时与生态办联系", 1) is None


def test_places_counted_under_their_level_are_one_collective():
    # "乐山、遂宁、…、眉山等6市应在…": places named bare and counted, one collective; a unit
    # before them stays apart, and "X、Y等3个部门" still names X and Y.
    assert names_roles("甲山、乙宁、丙元、丁安等4市") == [("甲山、乙宁、丙元、丁安等4市", "responsible")]
    assert names_roles("市发改委、甲山、乙宁等2市") == [("市发改委", "responsible"), ("甲山、乙宁等2市", "responsible")]
    assert names_roles("甲贤、乙山等6个乡镇") == [("甲贤、乙山等6个乡镇", "responsible")]
    assert names_roles("市发改委、市财政局等3个部门") == [("市发改委", "responsible"), ("市财政局", "responsible")]
    from tracker.extract import extract_text
    text = ("2021年9月1日\n按照省督察工作领导小组统一要求，甲山、乙宁、丙元等3市应在2021年10月31日前制定整改任务清单。\n")
    assert [(u.name, u.role) for u in extract_text(text).tasks[0].units] == [("甲山、乙宁、丙元等3市", "responsible")]


def test_provinces_offices_of_one_kind_are_one_collective():
    # A ministry's addressees: "各省、自治区、直辖市X厅" and "…直辖市及新疆生产建设兵团X主管部门"
    # are one collective each; "相关省、市级X主管部门" (the provinces' and cities' offices) too.
    assert names_roles("各省、自治区、直辖市商务主管部门") == [("各省、自治区、直辖市商务主管部门", "responsible")]
    assert names_roles("各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门") == [
        ("各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门", "responsible")]
    assert names_roles("相关省、市级交通运输主管部门") == [("相关省、市级交通运输主管部门", "responsible")]
    assert [n for n, _ in names_roles("各街道、区直各部门")] == ["各街道", "区直各部门"]


def test_office_with_its_other_kind_in_brackets_is_a_unit():
    # "生态环境厅（局）": one office, a 厅 or in some provinces a 局; the request "请你厅（局）…"
    # binds the addressees.
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("市生态环境厅(局)") and not looks_like_unit("生态环境(局)")
    from tracker.extract import extract_text
    text = ("2021年12月1日\n各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局：\n"
            "请你厅（局）组织编写总结报告，于2022年2月25日前反馈。\n")
    assert [u.name for u in extract_text(text).tasks[0].units] == [
        "各省、自治区、直辖市生态环境厅（局）", "新疆生产建设兵团生态环境局"]


def test_a_document_issued_is_no_office():
    # "领导批示、会议召开、文件出台3日内报告": 出台 is issuing, not a 台 (电视台).
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("文件出台") and looks_like_unit("县电视台")


def test_place_named_bare_before_a_conjunction_is_a_unit_of_its_own():
    # "岳麓区和市直相关单位", "园区及市直行业部门": a place (its government) and the offices after
    # 和/及 are two units.
    assert names_roles("甲麓区和市直相关单位") == [("甲麓区", "responsible"), ("市直相关单位", "responsible")]
    assert names_roles("各县(市)区、园区及市直行业部门") == [
        ("各县(市)区", "responsible"), ("园区", "responsible"), ("市直行业部门", "responsible")]
    # A township named bare before 和 too ("石桥镇、柳林乡和相关部门"); 城乡 is no township.
    assert names_roles("石桥镇、柳林乡和相关部门") == [
        ("石桥镇", "responsible"), ("柳林乡", "responsible"), ("相关部门", "responsible")]
    assert names_roles("城乡和住房建设局") == [("城乡和住房建设局", "responsible")]


def test_meetings_and_deployed_decisions_are_no_units():
    # "区委、政府重大决策部署落实情况", "区政府常务会、区长办公会等会议决策事项": what is reported on.
    from tracker.extract.unit_names import looks_like_unit
    for phrase in ("政府重大决策部署", "区政府常务会", "区长办公会"):
        assert not looks_like_unit(phrase)
    assert looks_like_unit("海关总署") and looks_like_unit("区政府办公室")


def test_later_subject_with_its_own_duty_before_the_date():
    # "X要…，并…送市编办，市编办负责审核汇总…，于…前报市政府": the date is the 编办's.
    from tracker.extract import extract_text
    text = ("2015年5月1日\n各县（市、区）人民政府和市直有关单位要认真开展清查登记工作，并如实填写情况表送市编办，"
            "市编办负责审核汇总我市情况，于2015年5月18日前报市政府。\n")
    assert [(u.name, u.role) for u in extract_text(text).tasks[0].units] == [("市编办", "responsible")]


def test_subject_after_a_time_with_a_bracketed_aside():
    # "午季:5月20日至5月24日(秋季:9月20至9月24日),各村结合实际,制定…": the other season's
    # dates in brackets stand between the time and the subject.
    from tracker.extract import extract_text
    text = ("2025年5月1日\n（一）集中宣传发动阶段。午季：5月20日至5月24日（秋季：9月20至9月24日），各村结合实际，"
            "制定切实可行的工作措施。\n")
    assert [(u.name, u.role) for u in extract_text(text).tasks[0].units] == [("各村", "responsible")]


def test_units_line_after_a_dated_item():
    # "2.到2015年，基本实现…的目标。" then a line of its own "X、Y政府负责落实。": X carries it out.
    from tracker.extract import extract_text
    text = ("2012年5月1日\n2.到2015年，基本实现每个县（市）至少有一个地震监测台的目标。\n"
            "各省辖市、县（市）政府负责落实。\n")
    assert [(u.name, u.role) for u in extract_text(text).tasks[0].units] == [("各省辖市、县（市）政府", "responsible")]


def test_yiji_joins_two_units():
    # "…国有企业和智库以及其他承担科研任务的单位": 以及 joins two units like 和/及/与; 智库 is a body.
    assert names_roles("国有企业和智库以及其他承担科研任务的单位") == [
        ("国有企业", "responsible"), ("智库", "responsible"), ("其他承担科研任务的单位", "responsible")]


def test_nearer_subject_wins_over_the_items_first():
    # "二、X要…。…，Y要每月研究…。各项任务进展情况，按季度报…": the duty goes on with Y.
    from tracker.extract import extract_text
    text = ("2025年3月1日\n二、加强督促检查。各县市各部门要将民生实事作为年度重点工作。十件民生实事已纳入重点督办事项，"
            "各责任单位要每月研究工作落实情况。各项民生实事任务进展情况，每季度末报自治州人民政府督查室。\n")
    tasks = [t for t in extract_text(text).tasks if "每季度" in t.text]
    assert [(u.name, u.role) for u in tasks[0].units] == [("各责任单位", "responsible")]


def test_addressees_after_the_document_number_on_one_line():
    # A page printed on one line: "…的通知 X发〔2008〕59号 各县、区人民政府，市级有关部门：《…》…请你们…"
    from tracker.extract import extract_text
    text = ("某市人民政府办公室关于分解下达目标任务的通知 某府办发〔2008〕59号 各县、区人民政府,市级有关部门: "
            "《目标》经市人民政府常务会议审定通过。现分解下达给你们,请你们认真组织实施,于2008年12月20日前报送完成情况。")
    assert [u.name for u in extract_text(text).tasks[0].units] == ["各县、区人民政府", "市级有关部门"]


def test_progress_note_run_into_a_unit_cell_names_no_units():
    # A flattened progress table whose unit cell runs on into a progress note
    # ("X：目前项目竣工手续完备，…。"): the note names no units.
    from tracker.extract import extract_text
    cells = ["序号", "主要任务", "进展情况", "责任单位",
             "1", "重点打造总部大厦特色楼宇。", "区投促局:已开始重点推介。", "区投促局、", "某某街道办事处",
             "某某街道办事处:目前项目竣工手续完备,已具备开业条件。楼内有4家公司正在签约中。",
             "2", "重点打造时代广场特色楼宇。", "区投促局:已开始重点推介。", "区投促局、", "某某街道办事处"]
    tasks = extract_text("\n\n".join(cells)).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [("区投促局", "responsible"), ("某某街道办事处", "responsible")]
    assert names_roles("区投促局、某某街道办事处:已联合区投促局") == [("区投促局", "responsible")]


def test_fields_sharing_one_kind_of_body_are_one_collective():
    # "X、Y部门": fields of work (or places' parts) named bare before the kind of body they
    # share are one collective, as levels sharing one organ are ("各区、县政府").
    assert names_roles("各区卫生、消防部门") == [("各区卫生、消防部门", "responsible")]
    assert names_roles("市发改委、财政、税务部门") == [("市发改委", "responsible"), ("财政、税务部门", "responsible")]
    assert names_roles("组织、人事、民政等部门负责") == [("组织、人事、民政等部门", "responsible")]
    assert names_roles("东湖、西湖管理区") == [("东湖、西湖管理区", "responsible")]
    assert names_roles("城北、城南派出所") == [("城北、城南派出所", "responsible")]
    # Kinds of office under one 各 ("各有关委、办、局"); a bare kind closing a collective's list.
    assert names_roles("各有关委、办、局") == [("各有关委、办、局", "responsible")]
    assert names_roles("各属地街道、单位") == [("各属地街道、单位", "responsible")]
    # Units of their own stay apart: an office before the last, a last part with its own level,
    # 各 over three kinds, a clause before a department.
    assert names_roles("区城投、区住建局") == [("区城投", "responsible"), ("区住建局", "responsible")]
    assert names_roles("市发改委、市财政局等有关部门") == [("市发改委", "responsible"), ("市财政局", "responsible")]
    assert [n for n, _ in names_roles("各地区、部门、单位")] == ["各地区", "部门", "单位"]
    assert [n for n, _ in names_roles("加强宣传、教育部门")] == ["加强宣传", "教育部门"]


def test_the_work_given_and_its_agent_word_are_no_part_of_a_name():
    # "由X、Y负责落实" on a line of its own, "此项工作由X负责": 由 and the work it hands out
    # open the list, no unit's name; a name holding 由 further on stays whole.
    assert names_roles("由市交通局,各县区政府负责落实") == [("市交通局", "responsible"), ("各县区政府", "responsible")]
    assert names_roles("此项工作由市人社局负责") == [("市人社局", "responsible")]
    assert names_roles("上述项目由区文旅局牵头负责") == [("区文旅局", "lead")]
    assert names_roles("自由贸易试验区管委会负责") == [("自由贸易试验区管委会", "responsible")]


def test_office_and_its_own_branch_joined_by_jiqi():
    # "X及其Y部门": 及其 is "and its"; the branch's name holds no 其. 及其他 is "and other".
    assert names_roles("各县人民政府及其林业部门") == [("各县人民政府", "responsible"), ("林业部门", "responsible")]
    assert names_roles("清水区政府及其有关部门") == [("清水区政府", "responsible"), ("有关部门", "responsible")]
    assert names_roles("市教育局及其他有关部门")[-1] == ("其他有关部门", "responsible")


def test_collective_with_a_report_topic_after_it_is_no_name():
    # "请各县（市、区）成立专班情况于…报": the topic of the report runs on after the collective.
    from tracker.extract import extract_text
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("各县(市、区)成立专班情况")
    assert not looks_like_unit("各乡(镇)整改情况")
    assert looks_like_unit("各县(市、区)政府")
    tasks = extract_text("2022年3月1日\n请各乡(镇)成立工作组情况于2022年3月15日前报县应急管理局。").tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [[("各乡(镇)", "responsible")]]


def test_the_local_authority_shuudi_is_a_unit_of_its_list():
    # "由属地和县公安局负责落实": 属地 (the authority where the matter lies) is one unit, so 和
    # joins two units instead of running into one false name.
    assert names_roles("属地和县公安局") == [("属地", "responsible"), ("县公安局", "responsible")]
    assert names_roles("县团委和属地") == [("县团委", "responsible"), ("属地", "responsible")]
    assert names_roles("属地乡镇") == [("属地乡镇", "responsible")]


def test_a_levels_list_under_ge_after_a_conjunction_is_one_collective():
    # "X和各乡、镇、街道配合": the unit before 和 stands apart, the levels under 各 stay one collective.
    assert names_roles("县水务局牵头，县住建局和各乡、镇、街道配合") == [
        ("县水务局", "lead"), ("县住建局", "support"), ("各乡、镇、街道", "support")]
    assert names_roles("市交通局及各区、县（市）政府") == [
        ("市交通局", "responsible"), ("各区、县（市）政府", "responsible")]


def test_subject_after_time_phrase_before_jiu():
    # "N日前，X、Y就…讨论": 就 ("on the matter of") opens the predicate; 就业 stays in a name.
    from tracker.extract import extract_text
    text = ("2025年2月10日\n1.2025年3月6日前，化学学院、法学院就改革方案广泛讨论，形成正式稿。\n"
            "2.2025年3月9日前，县人社局就业服务中心完成登记。\n")
    tasks = extract_text(text).tasks
    assert [[u.name for u in t.units] for t in tasks] == [["化学学院", "法学院"], ["县人社局就业服务中心"]]


def test_a_lead_named_again_among_the_responsible_units_is_the_lead_once():
    # "牵头单位：X。责任单位：X、Y、Z。": X leads; its second mention adds no unit of another role.
    from tracker.extract import extract_text
    text = ("丙省人民政府关于印发规划目标任务分工的通知\n一、主要目标和任务分工\n"
            "（1）单位生产总值能耗降低15%。\n牵头单位：省发展改革委。\n责任单位：省发展改革委、省统计局、省电力公司。\n"
            "（2）森林覆盖率提高到40%。\n责任单位：省林业局。\n")
    tasks = extract_text(text).tasks
    assert [(u.name, u.role) for u in tasks[0].units] == [
        ("省发展改革委", "lead"), ("省统计局", "responsible"), ("省电力公司", "responsible")]


def test_a_remark_saying_no_further_division_and_a_helping_verb_name_no_unit():
    # "〔责任单位：X、Y按职责分工负责。具体任务均涉及…，不再做分工，下同。〕": the remark is no unit.
    assert "不再做分工" not in [n for n, _ in names_roles("省发展改革委、商务厅按职责分工负责。不再做分工")]
    # "配合人社部门在…前办结": 配合 is the verb before the unit helped; 配合单位 stays a name.
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("配合人社部门") and not looks_like_unit("协助县公安局")
    assert looks_like_unit("配合单位") and looks_like_unit("配合部门")


def test_a_header_cell_with_a_measure_in_brackets_is_no_unit():
    # A flattened table's header ("农村标准（元/月）", "达标小区累计（个）") names a figure.
    assert names_roles("县民政局、农村标准（元/月）") == [("县民政局", "responsible")]
    assert names_roles("达标小区累计（个）") == []
    assert names_roles("区公安分局（交管）") == [("区公安分局（交管）", "responsible")]


def test_levels_counted_before_their_shared_organ_are_one_collective():
    # "市、县两级政府", "省、市、县三级财政部门": one collective (it was cut to "县两级政府").
    assert names_roles("市、县两级政府") == [("市、县两级政府", "responsible")]
    assert names_roles("省、市、县三级财政部门") == [("省、市、县三级财政部门", "responsible")]


def test_papers_after_a_bracketed_level_are_no_office():
    # "4月13日前各镇（街道）招生方案报区教育局备案": the levels hand in papers; the name is 各镇（街道）.
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("各镇(街道)招生方案") and not looks_like_unit("各镇(街道)招生方案报区教育局")
    assert looks_like_unit("各县(市)区") and looks_like_unit("各县(市、区)政府") and looks_like_unit("各区(县)教育局")
    from tracker.extract import extract_text
    tasks = extract_text("关于做好招生工作的通知\n2025年4月1日\n（四）4月13日前各镇（街道）招生方案报区教育局备案。\n").tasks
    assert [[u.name for u in t.units] for t in tasks] == [["各镇（街道）"]]


def test_units_a_cell_separates_by_spaces_are_units_each():
    # "市发改委 市财政局 市统计局" (a table cell spaced, no 、): three units, not one glued name;
    # a name a line broke ("县委 组织部") stays one.
    assert names_roles("市发改委 市财政局 市统计局") == [
        ("市发改委", "responsible"), ("市财政局", "responsible"), ("市统计局", "responsible")]
    assert names_roles("县委 组织部") == [("县委组织部", "responsible")]


def test_lianhe_between_two_offices_is_a_verb_not_part_of_a_name():
    # "市商务局联合市市场监管局于…开展…": no glued name; 联合会/联合社 stay names.
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("县商务局联合县市场监管局")
    assert looks_like_unit("县供销合作社联合社") and looks_like_unit("县工商业联合会")


def test_member_list_in_brackets_after_a_body_is_a_remark():
    # "X领导小组（成员单位：A、B）": the members say who the body is; the unit is the body.
    assert names_roles("县创建工作领导小组（成员单位：县发改局、县财政局）") == [("县创建工作领导小组", "responsible")]
    assert names_roles("县防指（成员单位：县水利局、县应急局）、县气象局") == [
        ("县防指", "responsible"), ("县气象局", "responsible")]


def test_spaced_cell_piece_naming_a_whole_body_is_a_unit_of_its_own():
    # A cell's units spaced with no 、: a piece ending in 政府/管委会 names a body of its own,
    # whatever it opens with; a section after its office stays one name.
    assert names_roles("市发改委 五县五区政府 开发区管委会") == [
        ("市发改委", "responsible"), ("五县五区政府", "responsible"), ("开发区管委会", "responsible")]
    assert names_roles("市教育局 基础教育科") == [("市教育局基础教育科", "responsible")]


def test_two_bare_collectives_glued_are_two_units():
    # "各单位各部门要…": two collectives of a kind with no separator; "各地各部门" (an area
    # before the kind) stays one collective.
    assert names_roles("各单位各部门") == [("各单位", "responsible"), ("各部门", "responsible")]
    assert names_roles("各地各部门") == [("各地各部门", "responsible")]


def test_levels_with_a_bracketed_level_and_a_zone_office():
    # "各县（市）、区": 各 over both levels, one collective; with the zones' office of one kind
    # after them ("…、开发区商务主管部门") the whole list names that office.
    assert names_roles("各县（市）、区") == [("各县（市）、区", "responsible")]
    assert names_roles("各县（市）、区、开发区商务主管部门") == [("各县（市）、区、开发区商务主管部门", "responsible")]
    assert names_roles("各县、区、开发区管委会") == [("各县、区", "responsible"), ("开发区管委会", "responsible")]


def test_kinds_of_office_under_one_ge():
    # "各系、院", "各部、处、室、馆、中心": 各 over a body's own kinds of office, one collective each.
    assert names_roles("各系、院") == [("各系、院", "responsible")]
    assert names_roles("各部、处、室、馆、中心，各教学单位") == [
        ("各部、处、室、馆、中心", "responsible"), ("各教学单位", "responsible")]
    # "各县（市、区）、开发区（管理区）科技管理部门": the levels' and the zones' office of one kind.
    assert names_roles("各县（市、区）、开发区（管理区）科技管理部门、有关单位") == [
        ("各县（市、区）、开发区（管理区）科技管理部门", "responsible"), ("有关单位", "responsible")]


def test_fields_sharing_one_association():
    # "书法、美术协会": two fields sharing the kind of body after them, one collective.
    assert names_roles("县文联、书法、美术协会") == [("县文联", "responsible"), ("书法、美术协会", "responsible")]


def test_higher_and_secondary_schools_keep_their_deng():
    # 高等/中等/初等 are part of a school's kind, not the 等 that closes a list ("X、Y等单位").
    assert names_roles("各高等学校") == [("各高等学校", "responsible")]
    assert names_roles("各中等职业学校、各高等院校") == [("各中等职业学校", "responsible"), ("各高等院校", "responsible")]
    assert names_roles("市教育局、市财政局等有关部门") == [("市教育局", "responsible"), ("市财政局", "responsible")]


def test_an_industrial_park_is_a_unit():
    # "各乡镇及某某工业园区负责…": a park acts through its administration, like a 开发区.
    assert names_roles("各乡镇及丙县工业园区") == [("各乡镇", "responsible"), ("丙县工业园区", "responsible")]


def test_a_verb_of_asking_before_the_units_is_no_part_of_their_name():
    # "希望园区各企业按要求…", "指导、督促市相关部门在…前…": the units asked, without the verb.
    assert names_roles("希望园区各企业") == [("园区各企业", "responsible")]
    assert names_roles("督促市相关部门") == [("市相关部门", "responsible")]
    assert names_roles("并督促各村民委员会") == [("各村民委员会", "responsible")]
    # A body named for its work keeps it: "督促检查组" is one group.
    assert names_roles("督促检查组") == [("督促检查组", "responsible")]
