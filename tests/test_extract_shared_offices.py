"""Places, levels and zones listed before the one office they share: one collective unit, as the
golds write it ("各县区、开发区教育局"); a zone's own board or a unit after a conjunction stands apart."""

from tracker.extract import extract_text
from tracker.extract.normalize import NText
from tracker.extract.units import parse_unit_list


def names(text):
    nt = NText(text)
    return [u.name for u in parse_unit_list(nt, 0, len(nt.norm))]


def test_zones_between_the_levels_and_the_shared_office():
    # More zones named bare between the levels and the zone that names the office.
    assert names("各区县、甲新区、各开发区工业和信息化主管部门") == ["各区县、甲新区、各开发区工业和信息化主管部门"]
    assert names("各县（区）、开发区、乙管理局中小企业服务部门") == ["各县（区）、开发区、乙管理局中小企业服务部门"]
    # A committee each level and zone has is shared like an office.
    assert names("各县（市）区、开发区安委会和有关部门") == ["各县（市）区、开发区安委会", "有关部门"]


def test_zone_board_and_units_after_a_conjunction_stand_apart():
    assert names("各县区、开发区管委会") == ["各县区", "开发区管委会"]
    assert names("各区县、高新区党工委") == ["各区县", "高新区党工委"]
    assert names("各县（市）区、园区及市直行业部门") == ["各县（市）区", "园区", "市直行业部门"]
    assert names("各区县、各有关部门") == ["各区县", "各有关部门"]


def test_levels_named_by_their_kind_share_the_office():
    # "地州", "设区市", "自治县": levels too; an office's other name in brackets closes the list.
    assert names("各地州、县（市）教育局") == ["各地州、县（市）教育局"]
    assert names("各设区市、县（市）经信委（局）") == ["各设区市、县（市）经信委（局）"]
    assert names("各市、县、自治县工业和信息化主管部门") == ["各市、县、自治县工业和信息化主管部门"]
    assert names("各省、自治区、直辖市教育厅（教委）") == ["各省、自治区、直辖市教育厅（教委）"]
    assert names("其他市、县住建部门") == ["其他市、县住建部门"]
    assert names("各街道、镇社保科") == ["各街道、镇社保科"]


def test_word_of_the_verb_cut_before_the_shared_office_is_read():
    # "分别" belongs to the verb: cut first, the last place reads as naming the shared office.
    (t,) = extract_text("请甲区、乙高新区工信部门分别组织丙公司填报总结表，于2022年6月8日前报市工信局。").tasks
    assert [u.name for u in t.units] == ["甲区、乙高新区工信部门"]


def test_duty_after_the_last_role_word_is_no_unit():
    # "由X负责组织实施": the words after 负责 are the duty; a field after a list stays ("加强宣传、教育部门").
    assert names("市城投公司负责组织实施") == ["市城投公司"]
    assert names("市城投公司负责协调") == ["市城投公司"]
    assert names("市城投公司负责、区住建局配合") == ["市城投公司", "区住建局"]


def test_bare_kind_after_a_plain_collective_is_a_unit_of_its_own():
    # Different kinds joined by 、 or 和 are units each as written; a qualifier before the
    # first kind (属地, 有关, 相关) is shared by the bare kind after it.
    assert names("各乡镇、部门") == ["各乡镇", "部门"]
    assert names("各部门、单位") == ["各部门", "单位"]
    assert names("各部门和单位") == ["各部门", "单位"]
    assert names("各属地乡镇、单位") == ["各属地乡镇、单位"]
    assert names("各有关部门和单位") == ["各有关部门和单位"]
    assert names("各级党委和政府") == ["各级党委和政府"]


def test_area_before_the_levels_is_no_part_of_the_collective():
    (t,) = extract_text("全市各县（市）区、开发区安委会和有关部门要将专项行动总结材料于12月15日前报市安委办。").tasks
    assert [u.name for u in t.units] == ["各县（市）区、开发区安委会", "有关部门"]


def test_applying_is_no_request():
    # 申请 (apply), 提请 and 报请 (submit) hold 请 but ask no one: "申请企业" is a name.
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("拟申请企业") and looks_like_unit("申请认定企业")
    assert not looks_like_unit("请各区县")
    (t,) = extract_text("二、拟申请企业根据文件要求进行自查并准备申报材料，于3月24日前提交。").tasks
    assert [u.name for u in t.units] == ["拟申请企业"]
    (t,) = extract_text("（四）9月15日前，由市政府提请市人大常委会审议通过。").tasks
    assert [u.name for u in t.units] == ["市政府"]


def test_school_collectives_and_plants_are_names():
    from tracker.extract.unit_names import looks_like_unit
    assert all(looks_like_unit(n) for n in ("各系", "各班", "每个班级", "各年级", "各热电厂", "甲林场", "乙水厂"))
    assert not any(looks_like_unit(n) for n in ("联系", "值班", "各值班", "出厂"))


def test_social_bodies_are_names_and_urging_is_no_name():
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("区级社会组织") and looks_like_unit("各全国性社会团体")
    assert not looks_like_unit("引导社会组织")
    # 督促/责成 act on the unit after them: "督促X单位每半年…" is a clause (督促办 is a name).
    assert not looks_like_unit("督促物业管理单位") and not looks_like_unit("责成市住建局")
    assert looks_like_unit("督促办") and looks_like_unit("指导小组") and looks_like_unit("督导检查组")


def test_members_in_brackets_after_a_collective_are_the_units():
    assert names("各部门（办公室、教务处、总务处等）") == ["办公室", "教务处", "总务处"]
    assert names("该片区的三个责任区牵头单位（县委办、政法委、甲林场）") == ["县委办", "政法委", "甲林场"]
    # 含/包括 widen the collective; a short alias or a branch stays with its name.
    assert names("各单位（含派出机构、直属单位）") == ["各单位（含派出机构、直属单位）"]
    assert names("市发改委（代建办）") == ["市发改委（代建办）"]
    assert names("区民政局（区委社会工委）") == ["区民政局（区委社会工委）"]
    assert names("区委宣传部（区文明办、区委网信办）") == ["区委宣传部（区文明办、区委网信办）"]


def test_a_dated_condition_picks_the_units_and_is_no_part_of_their_name():
    assert names("2027年6月30日以前经审批登记成立的社会团体和民办非企业单位") == ["社会团体", "民办非企业单位"]
    (t,) = extract_text("登记时间在2027年6月30日（含）之前的区级社会组织须于2028年3月31日前参加年检。").tasks
    assert [u.name for u in t.units] == ["区级社会组织"]
    # A condition with no date stays: the whole phrase names the units.
    (t,) = extract_text("还没有帮扶车间的乡镇（场）原则上到2027年底要建成一个。").tasks
    assert [u.name for u in t.units] == ["还没有帮扶车间的乡镇（场）"]


def test_logging_in_is_a_clause():
    from tracker.extract.unit_names import looks_like_unit
    assert not looks_like_unit("符合条件的单位登录服务平台") and not looks_like_unit("登录某部门网站")


def test_townships_and_places_sharing_one_organ():
    assert names("东沟镇、西堡镇、多巴镇人民政府") == ["东沟镇、西堡镇、多巴镇人民政府"]
    assert names("城北、城南街道办事处") == ["城北、城南街道办事处"]
    assert names("区住建局、望城镇政府") == ["区住建局", "望城镇政府"]
    assert names("东港、西港燃气有限公司") == ["东港、西港燃气有限公司"]
    assert names("市城投公司、市水务集团") == ["市城投公司", "市水务集团"]
