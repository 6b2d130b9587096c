"""Levels listed with 、 before the one organ they share stay one collective unit (the eval rule:
collectives sharing one organ word are kept whole; different organs are split)."""

from tracker.extract.normalize import NText
from tracker.extract.units import parse_unit_list


def names_roles(text):
    nt = NText(text)
    return [(u.name, u.role) for u in parse_unit_list(nt, 0, len(nt.norm))]


def test_each_of_the_levels_under_one_office():
    # "每个县、区局": each county's and each district's bureau, one collective as 各县、区局 is.
    assert names_roles("每个县、区局") == [("每个县、区局", "responsible")]
    assert names_roles("各市、县局") == [("各市、县局", "responsible")]


def test_a_liaison_office_of_both_levels():
    # "…联络处" ends in 处: the towns' and the streets' liaison offices, one collective.
    assert names_roles("各乡镇、街道残疾人联络处") == [("各乡镇、街道残疾人联络处", "responsible")]
    # A 街道办事处 is the street's own office: the towns and the street offices stay two units.
    assert names_roles("各乡(镇)、街道办事处、市直各单位") == [
        ("各乡(镇)", "responsible"), ("街道办事处", "responsible"), ("市直各单位", "responsible")]
    # A division inside an office is read with its office, never as the levels' shared organ.
    assert ("各市、县卫生局医政处", "responsible") not in names_roles("各市、县卫生局医政处")


def test_a_peoples_body_of_each_level():
    # 残联, 妇联, 科协, 工会 are organs too: the levels listed before one of them share it.
    assert names_roles("各县、区(市)残联") == [("各县、区(市)残联", "responsible")]
    assert names_roles("各省辖市、省直管县(市)科协") == [("各省辖市、省直管县(市)科协", "responsible")]
    assert names_roles("各市、县总工会,市直各单位") == [("各市、县总工会", "responsible"), ("市直各单位", "responsible")]
    # Levels with no organ after them stay as they were read.
    assert names_roles("各乡镇、街道") == [("各乡镇", "responsible"), ("街道", "responsible")]


def test_levels_after_deng_and_a_conjunction():
    # "X、Y等和各县、区人民政府": 等 closes the list before 和; the levels after it share their organ.
    assert names_roles("市发改委、市财政局等和各县、区人民政府") == [
        ("市发改委", "responsible"), ("市财政局", "responsible"), ("各县、区人民政府", "responsible")]


def test_different_organs_stay_apart():
    # Different organs joined by 、 are two units each as written.
    assert names_roles("各乡镇、县直各部门") == [("各乡镇", "responsible"), ("县直各部门", "responsible")]


def test_in_a_dated_sentence():
    from tracker.extract import extract_text
    text = "关于开展执法检查的通知\n\n三、每个县、区局每个月5日前报送统计表。\n"
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [[("每个县、区局", "responsible")]]


def test_levels_named_by_a_qualifier_without_each():
    # "相关县（市）区", "其他市（州）": the levels a duty concerns (or the rest of them), one collective.
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit("相关县(市)区") and looks_like_unit("其他市(州)") and looks_like_unit("其他县区")
    assert not looks_like_unit("其他工作") and not looks_like_unit("相关市场")


def test_the_other_levels_after_the_pilots():
    from tracker.extract import extract_text
    text = "关于普查方案备案的通知\n\n试点县于2025年6月30日前,其他市(州)于2025年9月30日前将普查方案报省普查办备案。\n"
    tasks = extract_text(text).tasks
    assert [(t.deadline.isoformat() if t.deadline else None, [(u.name, u.role) for u in t.units]) for t in tasks] == [
        ("2025-06-30", [("试点县", "responsible")]), ("2025-09-30", [("其他市(州)", "responsible")])]
