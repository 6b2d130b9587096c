"""Who does a passage's work when its closing note names only a time, and other doers
named by the structure of a sentence rather than by a role note."""

from tracker.extract import extract_text

HEAD = "丁市农业局关于印发林地管护工作方案的通知\n\n丁市农业局\n2025年3月1日\n\n"


def units(body):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(HEAD + body).tasks]


def test_time_only_note_takes_the_doer_of_the_passage_under_its_heading():
    # "完成时限：…" closes the item; the units are the subject of its first sentence,
    # under a heading standing on a line of its own.
    body = ("三、实施步骤\n\n（一）明确交接节点\n\n区级林业部门与各街镇做好交接对接。对已立项的项目做好验收。\n\n"
            "完成时限：2025年12月。\n\n（二）实施抚育项目\n\n区级林业部门会同各街镇制定年度计划，做好进度上报。\n\n"
            "完成时限：2026年6月。\n\n（三）加强资金保障\n\n加强沟通，研究制定新一轮扶持政策。\n\n完成时限：2026年1月。\n")
    assert units(body) == [
        [("区级林业部门", "responsible"), ("各街镇", "responsible")],
        [("区级林业部门", "lead"), ("各街镇", "support")],
        []]


def test_forwarding_verb_ends_the_requested_unit():
    # "请X转发Y司的通知": 转发 opens the predicate, the office it forwards from is no part of X.
    body = "一、请各市教育行政部门转发教育部办公厅关于开展课后服务调查的通知，组织学校于9月16日前完成填报。\n"
    assert units(body) == [[("各市教育行政部门", "responsible")]]


def test_supplying_papers_to_an_office_is_no_unit():
    # "请提供相关材料报送县级教育局": a verb with its object and the office it goes to, no name.
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("提供相关材料报送县级教育局")
    assert not looks_like_unit("各市教育行政部门转发教育部办公厅")
    assert looks_like_unit("各市教育行政部门")


def test_or_joins_two_units_as_and_does():
    # "X或Y负责…": either body answers; both are units ("或" is in no office's name).
    from tracker.extract.normalize import NText
    from tracker.extract.units import parse_unit_list
    nt = NText("公共停车场(库)经营企业或充电设施运营建设单位")
    assert [u.name for u in parse_unit_list(nt, 0, len(nt.norm))] == ["公共停车场(库)经营企业", "充电设施运营建设单位"]
    nt = NText("区建设局或区水务局")
    assert [u.name for u in parse_unit_list(nt, 0, len(nt.norm))] == ["区建设局", "区水务局"]


def test_levels_offices_ending_in_station_or_centre_are_one_collective():
    # "各市、州X站（中心）": the levels' offices of one kind, as "各市、县统计局".
    from tracker.extract.normalize import NText
    from tracker.extract.units import parse_unit_list
    nt = NText("各市、州农技推广站（中心）")
    assert [u.name for u in parse_unit_list(nt, 0, len(nt.norm))] == ["各市、州农技推广站（中心）"]


def test_economy_in_an_office_name_opens_no_adverbial():
    # "X经济贸易局节日期间按要求…": 经 of 经济 is no "经…后" adverbial cutting the name.
    body = ("请各县市经济贸易和信息化局节日期间按要求督促样本企业按时报送数据，认真总结销售情况，"
            "于10月7日前将分析情况上报市商务局。\n")
    assert units(body) == [[("各县市经济贸易和信息化局", "responsible")]]


def test_signing_and_stamping_name_no_unit():
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("人在汇总表上签署推荐意见并加盖学院")


def test_item_heading_naming_units_inline_gives_the_item_its_doers():
    # "（一）X。…" with the body on the heading's line: the heading names who does the item.
    body = ("一、期末工作安排\n（一）高中阶段学校。期末考试时间为2026年2月1日至3日，2月8日前组织教职工集中学习。\n"
            "（二）义务教育阶段学校。期末考试时间为2026年2月2日至3日，2月7日前完成家访。\n")
    assert units(body) == [[("高中阶段学校", "responsible")], [("义务教育阶段学校", "responsible")]]


def test_paragraph_going_on_with_the_sentence_before_keeps_its_subject():
    # A paragraph opening with 于 after one that closed a duty, or after one closed by a
    # semicolon, goes on with the same subject.
    body = ("二、工作要求\n各承办单位要切实将建议办理纳入中心工作，务必于2025年6月30日前将省级建议办理完毕并书面答复。\n"
            "于2025年8月31日前将区级建议办理完毕并书面答复。\n")
    assert units(body) == [[("各承办单位", "responsible")], [("各承办单位", "responsible")]]


def test_units_named_by_what_they_do_before_their_time():
    # "承担…的单位于<date>前…": the phrase names the doers, the time follows them at once.
    body = "三、考核程序\n（一）承担“目标任务”考核工作的单位于2026年1月底前向市考核办提供得分和依据。\n"
    assert units(body) == [[("承担“目标任务”考核工作的单位", "responsible")]]


def test_label_of_the_units_before_their_names_is_no_part_of_them():
    # "由沿线包片单位县职教中心、县消防大队负责…": the kind of unit, then its name with its level.
    from tracker.extract.normalize import NText
    from tracker.extract.units import parse_unit_list
    nt = NText("河道沿线包片单位县职教中心、县消防大队")
    assert [u.name for u in parse_unit_list(nt, 0, len(nt.norm))] == ["县职教中心", "县消防大队"]
