"""Who a duty binds when no responsibility note says it: requests (请X…), subjects carried
from an earlier sentence, units defined by a condition; and collective unit names."""

import pytest

from tracker.extract import extract_text
from tracker.extract.normalize import NText
from tracker.extract.subject_carry import request_end
from tracker.extract.unit_names import looks_like_unit
from tracker.extract.units import parse_unit_list

HEAD = ("丙教发〔2025〕3号\n\n丙市教育局关于报送年度工作总结的通知\n\n各学校：\n\n"
        "现将有关事项通知如下。\n\n丙市教育局\n2025年3月1日\n\n")


def units_of(body):
    r = extract_text(HEAD + body)
    assert len(r.tasks) == 1, [t.title for t in r.tasks]
    return [(u.name, u.role) for u in r.tasks[0].units]


def names(text):
    nt = NText(text)
    return [u.name for u in parse_unit_list(nt, 0, len(nt.norm))]


@pytest.mark.parametrize("body, expected", [
    # A request names its subject after 请, whatever verb or adverb follows.
    ("请各街道接通知后立即部署，于4月10日前完成自查。", [("各街道", "responsible")]),
    ("请各县、各部门“一把手”亲自过问，于4月10日前报送方案。",
     [("各县", "responsible"), ("各部门", "responsible")]),
    ("季度报表请各单位于4月10日前在系统中完成填报。", [("各单位", "responsible")]),
    ("请各地区林业主管部门（林改办）务必于4月10日前报送进展。",
     [("各地区林业主管部门（林改办）", "responsible")]),
    # 要求 after the short topic that asks ("此次督查要求X…", "会议要求X…"): X is required to act.
    ("此次督查要求各燃气经营单位要全面排查管道隐患，确保4月10日前整改到位。",
     [("各燃气经营单位", "responsible")]),
    ("会议要求各乡镇于4月10日前完成春季造林。", [("各乡镇", "responsible")]),
    # "X要求Y于…": a unit that asks is no doer; the units asked are ("要求" is no "要").
    ("市防汛指挥部要求各乡镇在4月10日前完成一次隐患排查。", [("各乡镇", "responsible")]),
    ("县政府办公室要求各县直部门于4月10日前报送自查报告。", [("各县直部门", "responsible")]),
    # A time adverbial opening the sentence ("在收到…后，X…"): the subject follows it and carries
    # to the next sentence, which names none.
    ("在收到检查组交办的问题清单后，我县各乡镇和各责任单位将立行立改。整改情况需在4月10日前反馈到县督查室。",
     [("各乡镇", "responsible"), ("各责任单位", "responsible")]),
    # "X要在…前牵头组织…": 牵头 after the modal and a time makes X lead; not when X supports
    # another's lead ("配合Y牵头的检查").
    ("县安委办要在4月10日前牵头组织一次安全生产大检查。", [("县安委办", "lead")]),
    ("各乡镇要积极配合县应急局牵头的检查，于4月10日前完成自查。", [("各乡镇", "responsible")]),
    # "X将组织…": 组 after the verb opens 组织, it does not carry the name on ("…组" of 工作组).
    ("区工程管理处将组织施工单位加快进度，争取在4月10日前完成施工任务。", [("区工程管理处", "responsible")]),
    # "X，每3天向Y报告…": a subject set off by a comma before a reporting period.
    ("各包干责任单位，每3天向区督查室报告工作进展情况，首次于4月10日前报送。", [("各包干责任单位", "responsible")]),
    # "二是要各学校要在…": a point's modal said twice around its subject; the subject is 各学校.
    ("一是要加强宣传；二是要各学校要在4月10日前印发一份告家长书。", [("各学校", "responsible")]),
    # "X下发督办函，要求Y于…": a later clause hands the duty over to Y.
    ("县督查室向各街道下发督办函，要求各街道于4月10日前报送整改结果。", [("各街道", "responsible")]),
    # A subject running on into its clause is cut at the clause: 负责人 is no "X负责…", a
    # recurrence word or 动员 opens the predicate.
    ("各区卫生、消防部门每年共同组织一次托育机构负责人培训，首次培训于4月10日前完成。",
     [("各区卫生、消防部门", "responsible")]),
    ("各区文旅部门动员组织辖区内的景区开展安全评估，于4月10日前完成。", [("各区文旅部门", "responsible")]),
    # 务 (务必) between the subject and its date: "X务于…前报送".
    ("望各县、市直各部门认真落实。同时，各责任单位务于4月10日前报送落实情况。",
     [("各责任单位", "responsible")]),
    # "X作为…的主体，要…" after "会议要求，": X, named as the body in charge, acts.
    ("会议要求，各区水务局作为工程实施的主体，要加强组织领导，确保4月10日前全面完工。",
     [("各区水务局", "responsible")]),
])
def test_request_names_the_subject(body, expected):
    assert units_of(body) == expected


def test_a_subject_with_its_clause_is_no_name():
    assert not looks_like_unit("消防部门每年共同组织一次养老服务机构")
    assert not looks_like_unit("我局将委托第三方机构")
    assert not looks_like_unit("各区教育部门动员组织辖区内的培训机构")
    assert looks_like_unit("市委组织部") and looks_like_unit("每个乡镇")
    # a clause glued onto a name: a letter's words, an act on others, a manner
    assert not looks_like_unit("恳请贵局批准我局延期办结")
    assert not looks_like_unit("各学院梳理各实践队")
    assert not looks_like_unit("要督促设计公司")
    assert not looks_like_unit("开发区经信部门联合同级财政部门")
    assert not looks_like_unit("严格查处")
    assert looks_like_unit("同级财政部门") and looks_like_unit("区督查室")


def test_the_noun_requirement_is_no_request():
    # "符合要求的单位于…": 要求 before 的 names what is required; "的单位" is no unit.
    r = extract_text(HEAD + "符合要求的单位于4月10日前提交申报材料。\n")
    assert all(u.name != "的单位" for t in r.tasks for u in t.units)


def test_request_without_units_names_none():
    assert request_end("请认真贯彻执行", 1) is None
    # A preposition opening the predicate ("请针对该报告所提问题…"): 所 there ends no office's name.
    assert request_end("请针对该报告所提问题认真研究办理", 1) is None
    assert request_end("请围绕年度目标抓好落实", 1) is None
    assert request_end("请各学校结合实际执行", 1) == 4


def test_subject_carried_from_an_earlier_sentence_of_the_paragraph():
    body = ("二、报送年度报告\n各县、各院校要认真总结本年度工作，提出意见建议。报告须经分管领导签字。"
            "请于4月10日前将报告报送至市教育局。\n")
    assert units_of(body) == [("各县", "responsible"), ("各院校", "responsible")]


def test_a_subject_defined_by_a_condition_is_not_replaced_by_the_carried_one():
    body = "各镇要于4月10日前完成排查，5月10日前完成复查。排查进度靠后的单位，要于6月10日前说明原因。\n"
    r = extract_text(HEAD + body)
    assert [[u.name for u in t.units] for t in r.tasks] == [["各镇"], ["排查进度靠后的单位"]]


@pytest.mark.parametrize("body, expected", [
    ("尚未建立台账的村（社区）原则上到4月底要完成建档。", [("尚未建立台账的村（社区）", "responsible")]),
    ("考核排名靠后的单位，要于4月10日前提交整改报告。", [("考核排名靠后的单位", "responsible")]),
    ("已列入第一批试点的各县，要于4月10日前报送实施方案。", [("各县", "responsible")]),
])
def test_units_defined_by_a_condition(body, expected):
    assert units_of(body) == expected


def test_subject_before_an_adverbial_of_time_place_or_manner():
    assert units_of("各乡镇以村为单位开展排查，该项工作于4月底前完成。\n") == [("各乡镇", "responsible")]
    assert units_of("各单位在自查的基础上填写报表。报表于4月10日前报送。\n") == [("各单位", "responsible")]


def test_a_description_before_an_adverbial_is_no_subject():
    assert units_of("示范类的乡镇以完成提升为目标，于4月底前完成验收。\n") == []


@pytest.mark.parametrize("name", ["各校", "各高校", "各院校", "各中小学校", "各地区林业主管部门(林改办)"])
def test_collective_and_aliased_names(name):
    assert looks_like_unit(name)


def test_a_word_in_brackets_is_no_alias():
    assert not looks_like_unit("市场(超市)")


def test_list_names():
    # 单位 after 和 shares the qualifier of 各有关部门: one collective.
    assert names("各有关部门和单位") == ["各有关部门和单位"]
    # 等 closes the list; a collective after it is a unit of its own, a generic word is not.
    assert names("市教育局、市团委等市直各部门") == ["市教育局", "市团委", "市直各部门"]
    assert names("市教育局、市团委等有关部门") == ["市教育局", "市团委"]
    # A closing bracket left over from a stage heading opens no name.
    assert names(")各县(市、区)领导小组") == ["各县(市、区)领导小组"]


def test_a_later_clause_of_the_sentence_keeps_its_subject():
    body = "五、各县要于每月5日前报送进度；2025年12月底前，报送年度总结。\n"
    r = extract_text(HEAD + body)
    assert [[u.name for u in t.units] for t in r.tasks] == [["各县"], ["各县"]]


def test_a_semicolon_gives_the_dated_part_its_own_subject():
    body = "甲局要主动与乙局沟通；乙局应积极配合，于4月10日前函告甲局。\n"
    assert units_of(body) == [("乙局", "responsible")]


def test_the_owner_of_the_papers_reports_them():
    assert units_of("各县、各部门的季度报表于4月10日前报市统计局。\n") == [
        ("各县", "responsible"), ("各部门", "responsible")]
    assert units_of("各镇的每季度报表在下季度第一个月的10日前报县统计局。\n") == [("各镇", "responsible")]


def test_subjects_repeating_the_verb_are_all_subjects():
    body = "三、市直各单位填报《甲表》，各镇人民政府填报《乙表》，于4月10日前报送市统计局。\n"
    assert units_of(body) == [("市直各单位", "responsible"), ("各镇人民政府", "responsible")]


def test_a_reporting_verb_opens_no_name():
    assert not looks_like_unit("报送市政府")


def test_the_second_person_of_a_request_is_the_addressees():
    text = ("丙教发〔2025〕4号\n\n丙市教育局关于下达改造任务的通知\n\n各镇人民政府，市直各学校：\n\n"
            "现将改造任务下达给你们。请你们精心组织，确保在4月底前完成改造。\n\n丙市教育局\n2025年3月1日\n")
    r = extract_text(text)
    assert [[u.name for u in t.units] for t in r.tasks] == [["各镇人民政府", "市直各学校"]]


def test_a_request_introducing_numbered_items_gives_them_its_subject():
    body = ("请各校按以下要求做好统计。\n1.统计时间：上一学年。\n"
            "2.填好登记表，并于4月10日前发送至指定邮箱。\n")
    assert units_of(body) == [("各校", "responsible")]


def test_a_subject_acting_after_an_event_then_a_modal():
    body = "1.承办单位收到交办件后，要逐件登记，于4月10日前办结。\n"
    assert units_of(body) == [("承办单位", "responsible")]


def test_project_owners_are_units():
    assert units_of("三、各县政府及重点项目业主确定一名联络员。联络员名单于4月10日前报送市发改委。\n") == [
        ("各县政府", "responsible"), ("重点项目业主", "responsible")]


def test_kinds_of_office_after_one_ge_are_one_collective():
    assert names("各镇人民政府，县人民政府各委、局、办") == ["各镇人民政府", "县人民政府各委、局、办"]


def test_a_pronoun_is_no_name():
    assert not looks_like_unit("你单位")
    assert not looks_like_unit("本单位")


def test_a_subject_that_acts_first_then_meets_the_date():
    body = "各县的项目清单于4月10日前报送市发改委，市发改委汇总后于4月20日前报省发改委。\n"
    r = extract_text(HEAD + body)
    assert [[u.name for u in t.units] for t in r.tasks] == [["各县"], ["市发改委"]]


def test_a_stage_name_and_time_before_the_subject():
    body = "（三）检查阶段（5月-6月） 市农业局组成若干检查组，分别对各县开展检查。\n"
    assert units_of(body) == [("市农业局", "responsible")]


def test_a_level_without_its_organ_shares_the_organ_after_ji():
    assert names("各县（市）及相关区政府、市文化局") == ["各县（市）及相关区政府", "市文化局"]
    assert names("各乡镇和县直部门") == ["各乡镇", "县直部门"]


def test_a_description_before_a_working_verb_is_no_subject():
    assert units_of("坚持统一的中小学编制标准，于4月底前完成核定。\n") == []


def test_a_short_label_before_the_subject_and_the_owner_of_reports():
    body = "四、报送时间：各县、各部门的季度报表在每季度首月10日前报市统计局。年度报表在次年1月20日前报市统计局。\n"
    r = extract_text(HEAD + body)
    assert [[u.name for u in t.units] for t in r.tasks] == [["各县", "各部门"]] * 2


def test_year_word_before_the_subject_is_no_part_of_it():
    # "今年我局将于…": the year opens the sentence, the subject follows it.
    from tracker.extract import extract_text
    for text, unit in (("今年我局将于2025年6月底前完成林地评估。", "我局"), ("明年各区要于2026年3月底前完成改造。", "各区")):
        tasks = extract_text("关于林地评估工作的通知\n" + text).tasks
        assert [[(u.name, u.role) for u in t.units] for t in tasks] == [[(unit, "responsible")]]
    done = extract_text("今年以来,市水务局于2025年3月完成验收。").tasks  # a review opener: unchanged
    assert all(u.name != "以来" for t in done for u in t.units)


def test_a_later_clause_opening_with_huitong_gives_the_subject_partners():
    # "X要…，会同Y…" in the dated sentence, no subject between: X leads, Y supports.
    assert units_of("各街道要加快违建分类处置，对符合规划的项目，应按照政策要求，会同区城管局等部门，"
                    "年内完成手续补办。\n") == [("各街道", "lead"), ("区城管局", "support")]
    assert units_of("县卫健局动员辖区内医疗机构开展自查，并会同县消防救援大队开展指导，"
                    "2025年5月底前完成首批验收。\n") == [("县卫健局", "lead"), ("县消防救援大队", "support")]
    # Another subject with its own modal verb between: 会同 is that one's, nothing is added.
    assert units_of("县卫健局要加强统筹，县财政局要做好保障，会同县审计局于2025年5月底前完成检查。\n") \
        == [("县财政局", "responsible")]


def test_a_subject_before_an_yi_adverbial():
    # "X按…（编制…，于…前…）": 按 ("according to") opens the predicate after the subject;
    # 按期/按时/按月… are no such phrase start ("X按期完成" stays as it was read).
    assert units_of("各镇政府、街道办事处按区下达的目标任务，编制实施计划，2026年底前完成总目标的60%。\n") \
        == [("各镇政府", "responsible"), ("街道办事处", "responsible")]
    assert units_of("各县按新制度规定的表式于2025年7月5日前向市住建局报送半年报。\n") == [("各县", "responsible")]


def test_a_subject_set_off_by_a_comma_before_its_modal_verb():
    # "X、Y，对以上各项工作，要…，于…前…": the unit list alone in its clause is the subject.
    assert units_of("二、几点要求\n1.县直有关部门、各街道，对以上各项工作，要主动认领，于8月20日前将落实情况报县政府督查室。\n") \
        == [("县直有关部门", "responsible"), ("各街道", "responsible")]
    assert units_of("各社区，要于2025年6月底前完成排查。\n") == [("各社区", "responsible")]
    # A description or a condition before the comma names no subject.
    assert units_of("对排查发现隐患的经营单位，要于2025年6月底前完成整改。\n") == []


def test_a_remark_in_brackets_after_the_subject_commas_and_all():
    # "X（以下简称…）要…", "X（无…的，…即为…，下同）…后，于…前…": the remark is no part of the name,
    # and its commas do not cut the subject's clause.
    assert units_of("各区（县）人民政府（以下简称各区）要于2026年3月底前完成排查。\n") \
        == [("各区（县）人民政府", "responsible")]
    assert units_of("各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）细化任务清单形成后，"
                    "于2026年1月15日前报市政府办公室备案。\n") == [("各牵头单位", "responsible")]
    assert units_of("各省（含自治区、直辖市，下同）要于2026年4月15日前提交成果。\n") == [("各省", "responsible")]
    # "X收到通知后，于…前…": X acts; a described thing before 后 ("…的方案经X审核后") does not: the
    # hand-in then names no sender, and the notice's addressees ("各学校：") send it.
    assert units_of("县农业局收到通知后，于2026年4月15日前提交成果。\n") == [("县农业局", "responsible")]
    assert units_of("修改后的方案经省级主管部门审核同意后，于2026年4月15日前报送。\n") == [("各学校", "responsible")]


def test_the_next_link_of_a_reporting_chain_has_its_own_subject():
    # "各县…在15日前报市统计局，市统计局汇总全市报表并于20日前报省统计局": the second date is 市统计局's.
    r = extract_text(HEAD + "四、报送时间：各县、各部门的每季度报表在下季度第一个月的15日前报市统计局，"
                     "市统计局汇总全市报表并于20日前报省统计局。\n")
    assert [[u.name for u in t.units] for t in r.tasks][-1] == ["市统计局"]


def test_two_collectives_each_with_its_modal_share_the_dated_clause():
    # "各牵头单位要…，各责任单位要…，于3月10日前将…报市政府": both classes of addressees owe it.
    assert units_of("各牵头单位要切实履行牵头责任，各责任单位要根据职责分工抓好落实，"
                    "于3月10日前将落实措施报市政府。\n") == [("各牵头单位", "responsible"), ("各责任单位", "responsible")]
    # A named office and a collective: the date binds the nearest subject, as before.
    assert units_of("市教育局要加强指导，各学校要认真组织，于3月10日前报送总结。\n") == [("各学校", "responsible")]


def test_a_remark_in_brackets_opening_the_sentence_is_skipped_before_the_subject():
    # "（具体任务见附表）各社区必须在…前…": the remark points to an annex; the subject follows it.
    assert units_of("三、目标要求：按在册人口征收。（具体任务见附件2）各社区必须在11月30日前将资料报街道办。\n") \
        == [("各社区", "responsible")]


def test_townships_named_by_their_places_as_the_subject_before_a_time_phrase():
    # "城关镇、河西乡于…前完成…": several townships, each a unit (one alone already was).
    assert units_of("城关镇、河西乡于2025年5月底前完成人居环境整治。\n") == [
        ("城关镇", "responsible"), ("河西乡", "responsible")]
    assert units_of("2025年5月底前，城关镇、河西乡完成人居环境整治。\n") == [
        ("城关镇", "responsible"), ("河西乡", "responsible")]


def test_you_x_qiantou_after_the_time_phrase_leads():
    # "N月底前，由X牵头，Y、Z协助完成…": X leads (it was read as responsible).
    assert units_of("2025年6月底前，由区教育局牵头，区财政局、区人社局协助完成教师招聘。\n") == [
        ("区教育局", "lead"), ("区财政局", "support"), ("区人社局", "support")]


def test_an_office_of_statistics_before_its_date_is_no_data_cut_off():
    # "请各省级统计机构于…前报送…": 统计 names the office; "统计数据截至…" stays a cut-off.
    assert units_of("请各省级统计机构于2025年3月15日前报送年报数据。\n") == [("各省级统计机构", "responsible")]
    assert units_of("县统计局于2025年3月15日前报送年报。\n") == [("县统计局", "responsible")]
    assert extract_text(HEAD + "统计数据截至2025年3月15日。\n").tasks == []


def test_school_and_county_section_subjects_before_their_time_phrase():
    # "最迟于"/"不迟于" stand between a subject and its date as "务必于" does; kindergartens
    # (各幼儿园) are a collective as 各校 are; a county bureau's section ends in 股.
    assert units_of("各学校最迟于8月28日前完成校舍安全排查。\n") == [("各学校", "responsible")]
    assert units_of("各幼儿园须在8月30日前上报晨检制度落实情况。\n") == [("各幼儿园", "responsible")]
    assert units_of("县教体局安全股不迟于9月5日完成督查。\n") == [("县教体局安全股", "responsible")]


def test_lead_named_then_partners_after_huitong_and_fuze_qiantou():
    # "由X牵头，会同Y、Z于…前完成…": Y and Z support X.
    assert units_of("由县民政局牵头，会同县财政局、县残联于2025年8月底前完成补贴核查。\n") == [
        ("县民政局", "lead"), ("县财政局", "support"), ("县残联", "support")]
    # "X负责牵头，Y配合": 负责牵头 is a lead's word; 牵头 alone is never a unit's name.
    assert units_of("县文旅局负责牵头，县公安局配合，2025年5月1日前完成景区安全检查。\n") == [
        ("县文旅局", "lead"), ("县公安局", "support")]


def test_a_request_whose_predicate_opens_with_tiqian_names_its_units_alone():
    r = extract_text("三、相关要求\n\n1.请一至三院提前安排好本学院的活动方案表，2027年10月11日前报校庆办。")
    assert [[u.name for u in t.units] for t in r.tasks] == [["一至三院"]], [t.title for t in r.tasks]


def test_second_person_subject_is_the_addressees():
    # "你们要…", "你市…要…": the second person as a subject names the notice's addressees.
    assert units_of("你们要于4月10日前报送年度工作总结。") == [("各学校", "responsible")]
    r = extract_text("丙省人民政府关于丙市部分行政区划调整的批复\n丙政文〔2025〕12号\n丙市人民政府：\n"
                     "你市《关于调整部分行政区划的请示》收悉。经研究，同意撤销甲镇，设立甲街道。\n"
                     "你市有关各级政府要认真组织实施上述调整，妥善处理机构设置等问题。"
                     "上述调整应在2025年12月31日前完成。\n丙省人民政府\n2025年3月1日\n")
    assert [[(u.name, u.role) for u in t.units] for t in r.tasks] == [[("丙市人民政府", "responsible")]]


def test_sentence_naming_role_labels_after_wei_gives_the_item_its_units():
    # "X为责任单位，Y为协办单位。" closing an item: each list takes the role its label names.
    assert units_of("（一）2025年4月10日前，对辖区内的违法广告进行全面清理，做到随时发现、随时清理。"
                    "各街道办事处为责任单位，区城管局、区市场监管局为协办单位。\n") == [
        ("各街道办事处", "responsible"), ("区城管局", "support"), ("区市场监管局", "support")]
    # The label may say what it covers ("为沿线路段的责任单位").
    assert units_of("（二）2025年5月底前，完成主要道路沿线的环境整治。区交通局为沿线路段的责任单位，"
                    "各街道为协办单位。\n") == [("区交通局", "responsible"), ("各街道", "support")]
    # A sentence of parts of the work each "由X负责" (a part may carry an aside): all are responsible.
    r = extract_text(HEAD + "（三）从2025年5月起，每季度对公共场所统一消杀一次，年底前把病媒密度控制在标准以内。"
                     "区属公共场所（包括广场、绿地等公共区域）由区城管局负责；建筑工地由区住建局负责；"
                     "河道、排水管网分别由区水务局、区排水公司负责。\n")
    assert [(u.name, u.role) for u in r.tasks[0].units] == [
        ("区城管局", "responsible"), ("区住建局", "responsible"), ("区水务局", "responsible"), ("区排水公司", "responsible")]


def test_period_opening_the_sentence_keeps_its_subject_for_the_second_duty():
    # "专项行动期间，X于每月…前报送…，10月14日前报送总结": the period opening the sentence is no
    # subject; X, after it, is the subject of both duties the sentence holds.
    r = extract_text("丙市市场监管局关于开展专项检查的通知\n\n各县市场监管局：\n\n"
                     "专项检查期间，各县市场监管局于每月20日前向市局报送进展情况，11月10日前报送检查总结。\n\n"
                     "丙市市场监管局\n2025年3月1日\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["各县市场监管局"], ["各县市场监管局"]]


def test_applicants_named_by_their_application_are_units():
    # "申请企业", "拟申请单位", "申请认定企业": 申请 qualifies the applicants, no request (请);
    # "申请市财政局…" is the verb before an office.
    assert looks_like_unit("申请企业") and looks_like_unit("拟申请单位") and looks_like_unit("申请认定企业")
    assert not looks_like_unit("申请市财政局")
    assert not looks_like_unit("请各区县教育局")


def test_units_opening_their_window_are_its_subject():
    # "项目单位申报时间为…至…", "申报单位填报申请书的受理时间为：…至…", "参评企业网络申报截止时间为…":
    # the units before the window's act are the subject of the task its close is due for.
    body = ("一、时间安排\n\n（一）项目单位申报时间为2025年4月1日至4月30日。\n\n"
            "（二）申报单位网上填报申请书的受理时间为：2025年5月6日9:00至5月20日17:00。\n\n"
            "（三）参评企业网络申报截止时间为2025年6月10日，逾期不予受理。\n\n")
    r = extract_text(HEAD.replace("现将有关事项通知如下。\n\n", "现将有关事项通知如下。\n\n" + body))
    got = {t.deadline.isoformat(): [u.name for u in t.units] for t in r.tasks}
    assert got == {"2025-04-30": ["项目单位"], "2025-05-20": ["申报单位"], "2025-06-10": ["参评企业"]}


def test_window_owner_needs_the_act_and_a_unit_before_it():
    from tracker.extract.asked import window_owner
    assert window_owner("项目单位申报时间为") == 4
    assert window_owner("各县区报送时间为") == 3
    assert window_owner("县环保局向市环保局提出申请的截止时间为") == 4  # the one who asks, not whom
    assert window_owner("申报截止时间为") is None and window_owner("开网时间为") is None
    assert window_owner("市科技局审查时间为") is None  # a review is no hand-in window


def test_papers_due_with_no_sender_are_asked_of_the_addressees():
    # "三、盖章版纸质材料于…前报送至…": papers due, no sender named in the item: the addressees send them.
    r = extract_text("丙市农业局关于推荐示范农场的通知\n\n各县农业局：\n\n一、请认真组织推荐工作。\n\n"
                     "二、盖章版纸质材料于2025年4月20日前报送至市农业局科教科。\n\n丙市农业局\n2025年3月1日\n")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [("2025-04-20", ["各县农业局"])]


def test_a_request_to_organise_binds_the_addressees():
    # "请组织属地企业于…前完成申报", "请组织…认真讨论，提出意见，并于…前报…": the addressees organise.
    r = extract_text("丙市工信局关于推荐设计中心的通知\n\n各区县工信局：\n\n"
                     "请组织辖区内重点企业于2025年4月22日前完成申报工作。\n\n丙市工信局\n2025年3月1日\n")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [("2025-04-22", ["各区县工信局"])]


def test_associations_and_social_organisations_are_units():
    # "社会团体", "各全国性社会团体", "社会组织" name the bodies a 年检 binds; "…报送我部" is papers sent.
    assert looks_like_unit("社会团体") and looks_like_unit("各全国性社会团体") and looks_like_unit("区级社会组织")
    assert not looks_like_unit("直接将年检材料报送我部") and not looks_like_unit("将材料报送我局")


def test_papers_handed_to_the_local_office_are_no_unit():
    # "会同相关资料报所在地X部门": papers sent to an office, no partner's name.
    assert not looks_like_unit("相关建设资料报所在地交通管理部门")
    assert not looks_like_unit("申请材料报所属区商务部门")


def test_a_request_to_log_in_names_its_doers_before_the_login():
    # "请符合条件的企业登录某平台完成注册后，…": the enterprises, not "…企业登录某平台".
    r = extract_text(HEAD.replace("现将有关事项通知如下。\n\n", "现将有关事项通知如下。\n\n"
                                  "请符合条件的企业登录丙市惠企服务平台完成注册后，于2025年4月28日前在线填报申请表。\n\n"))
    assert [[u.name for u in t.units] for t in r.tasks] == [["符合条件的企业"]]


def test_other_papers_due_in_the_next_sentence_are_a_duty_of_their_own():
    # "…于4月15日前报送实施方案。项目结算申请于9月5日前报市农业局。": two hand-ins, two tasks.
    r = extract_text(HEAD.replace("现将有关事项通知如下。\n\n", "现将有关事项通知如下。\n\n"
                                  "各学校要制定实施方案，于2025年4月15日前报送市教育局。项目结算申请于2025年9月5日前报市教育局。\n\n"))
    assert [t.deadline.isoformat() for t in r.tasks] == ["2025-04-15", "2025-09-05"]


def test_a_later_clause_with_its_own_subject_and_need_modal_is_a_duty_of_its_own():
    # "…，X需在…前…": 需 is a modal like 须; X's own dated duty after the first one's.
    r = extract_text(HEAD.replace("现将有关事项通知如下。\n\n", "现将有关事项通知如下。\n\n"
                                  "申报企业网上申报截止时间为2025年4月4日，各区教育局需在4月6日前向市教育局推荐。\n\n"))
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [
        ("2025-04-04", ["申报企业"]), ("2025-04-06", ["各区教育局"])]


def test_a_hand_in_time_label_with_no_sender_is_asked_of_the_addressees():
    # "2、报表交报的时间：…": the hand-in's time, no sender named: the addressees hand in.
    r = extract_text("丙省教育厅关于召开统计工作会议的通知\n\n各高等学校：\n\n一、会议时间：另行通知。\n\n"
                     "二、报表交报的时间：2025年3月31日。\n\n丙省教育厅\n2025年3月1日\n")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [("2025-03-31", ["各高等学校"])]
