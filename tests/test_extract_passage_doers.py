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
