"""Responsibility notes in all their forms, and unit-list splitting."""

from datetime import date

import pytest

from tracker.extract import extract_text
from tracker.extract.normalize import NText
from tracker.extract.units import parse_unit_list


def units_of(text):
    r = extract_text(text)
    assert len(r.tasks) == 1, [t.title for t in r.tasks]
    return [(u.name, u.role) for u in r.tasks[0].units], r.tasks[0]


@pytest.mark.parametrize("note, expected", [
    ("（责任单位：市科技局、市发改委，各县（市、区）政府）",
     [("市科技局", "responsible"), ("市发改委", "responsible"), ("各县（市、区）政府", "responsible")]),
    ("（牵头单位：市城管局；配合单位：市住建局，市属开发区管委会）",
     [("市城管局", "lead"), ("市住建局", "support"), ("市属开发区管委会", "support")]),
    ("（市农委负责）", [("市农委", "responsible")]),
    ("（市环保局牵头，市发改委、市农委配合）",
     [("市环保局", "lead"), ("市发改委", "support"), ("市农委", "support")]),
    ("（市农委、市畜牧兽医局分别实施）", [("市农委", "responsible"), ("市畜牧兽医局", "responsible")]),
    ("（市食安办牵头，市公安局按职责分工负责）", [("市食安办", "lead"), ("市公安局", "responsible")]),
    ("(市城管局、各县(市、区)人民政府分别实施)",
     [("市城管局", "responsible"), ("各县(市、区)人民政府", "responsible")]),
    ("（责任单位：市编办牵头，市政务服务中心管理办，各县（市、区）政府负责；完成时限：2018年12月底前）",
     [("市编办", "lead"), ("市政务服务中心管理办", "responsible"), ("各县（市、区）政府", "responsible")]),
    ("（市食安委各成员单位分别实施）", [("市食安委各成员单位", "responsible")]),
    # 实施部门 like 实施单位: the bodies that carry the work out answer for it
    ("（牵头部门：市水务局；实施部门：市河湖中心、各区水务部门）",
     [("市水务局", "lead"), ("市河湖中心", "responsible"), ("各区水务部门", "responsible")]),
    # a semicolon typed for the colon
    ("（责任单位；市商务局、各乡镇场）", [("市商务局", "responsible"), ("各乡镇场", "responsible")]),
    # a department that guides a pilot answers for it: responsible
    ("（省生态环境厅、省财政厅指导）", [("省生态环境厅", "responsible"), ("省财政厅", "responsible")]),
    ("（省商务厅指导，省供销社参与）", [("省商务厅", "responsible"), ("省供销社", "support")]),
    # 指导 inside a name stays in it
    ("（市就业指导中心负责）", [("市就业指导中心", "responsible")]),
])
def test_note_forms(note, expected):
    got, task = units_of("（一）加强监管。开展专项检查，规范经营行为。" + note)
    assert got == expected
    assert task.kind == "annotated"
    assert "开展专项检查" in task.text


def test_note_split_by_page_break():
    text = "1. 推进改革。组建行政审批服务局，实行一枚印章管审批。（责\n\n任单位：市编办；完成时限：2018年12月底前）"
    got, task = units_of(text)
    assert got == [("市编办", "responsible")]
    assert task.deadline == date(2018, 12, 31)  # the year is written, no issue date needed


def test_note_split_by_page_break_resolves_with_year():
    text = ("聊政办字〔2018〕9号\n\n关于推进改革的通知\n\n各部门：\n\n市政府办公室\n2018年9月1日\n\n"
            "1. 推进改革。组建行政审批服务局，实行一枚印章管审批。（责\n\n任单位：市编办；完成时限：2018年12月底前）")
    r = extract_text(text)
    (t,) = r.tasks
    assert t.deadline == date(2018, 12, 31)
    assert [(u.name, u.role) for u in t.units] == [("市编办", "responsible")]


def test_words_with_he_are_not_split_but_lists_are():
    nt = NText("市住房和城乡建设局、市发展和改革委员会和市财政局")
    got = [u.name for u in parse_unit_list(nt, 0, len(nt.norm))]
    assert got == ["市住房和城乡建设局", "市发展和改革委员会", "市财政局"]


def test_repeated_units_listed_once_and_deng_dropped():
    nt = NText("市科技局、市人社局、市科技局、市残联等市直部门单位")
    assert [u.name for u in parse_unit_list(nt, 0, len(nt.norm))] == ["市科技局", "市人社局", "市残联"]


def test_bracket_that_is_not_a_note_is_ignored():
    r = extract_text("一、总体要求。推动经济开发区（以下简称开发区）高质量发展。")
    assert r.tasks == []


def test_spaces_and_and_artefact_in_display_text():
    got, task = units_of("（一）推进农药追溯信息平台 and 兽药追溯体系建设。（市农委负责）")
    assert got == [("市农委", "responsible")]
    # The conversion artefact is read back as 和 in what the clerk sees, too.
    assert "平台和兽药追溯体系" in task.text and " and " not in task.text + task.title


def test_unit_stated_once_in_a_note_joins_every_later_note():
    r = extract_text(
        "（一）加强监管。开展专项检查，规范经营行为。（省市场监管局指导，各市政府负责落实。"
        "以下均需各市政府落实，不再列出）\n"
        "（二）完善标准。制定地方标准。（省市场监管局、省工信厅指导）\n"
        "（三）强化宣传。开展宣传活动。（省委宣传部负责，各市政府参与）")
    got = [[(u.name, u.role) for u in t.units] for t in r.tasks]
    assert got == [
        [("省市场监管局", "responsible"), ("各市政府", "responsible")],
        [("省市场监管局", "responsible"), ("省工信厅", "responsible"), ("各市政府", "responsible")],
        [("省委宣传部", "responsible"), ("各市政府", "support")],
    ]


def test_note_in_square_brackets_with_role_words():
    got, task = units_of("1.控制用水总量。强化用水监督管理。[市水务局牵头，市工信局配合，各县（市）区政府负责落实。"
                         "以下均需各县（市）区政府落实，不再列出]")
    assert got == [("市水务局", "lead"), ("市工信局", "support"), ("各县（市）区政府", "responsible")]


def test_first_listed_convention_stated_inside_a_note():
    r = extract_text(
        "（一）加大支持力度。对不裁员的参保企业返还失业保险费。（省人社厅、省财政厅负责。列第一位者为牵头单位，下同）\n"
        "（二）强化培训。开展职业技能培训。（省人社厅、省教育厅负责）")
    got = [[(u.name, u.role) for u in t.units] for t in r.tasks]
    assert got == [[("省人社厅", "lead"), ("省财政厅", "responsible")],
                   [("省人社厅", "lead"), ("省教育厅", "responsible")]]


def test_a_bare_unit_bracket_closing_each_target_before_its_stop_is_its_note():
    r = extract_text("丙县2027年民生工程目标\n\n一、扶贫解困工程。启动建设57个扶贫新村（县扶贫开发办、县以工代赈办）。"
                     "甲乡完成新村扶贫帮扶7个（甲乡政府）。\n\n二、教育助学工程。开工建设20所农村寄宿制学校；"
                     "完成3所小学改扩建工程（县教育局）。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [
        ["县扶贫开发办", "县以工代赈办"], ["甲乡政府"], ["县教育局"]], [t.title for t in r.tasks]


def test_a_bracket_naming_a_thing_or_an_alias_is_no_note():
    r = extract_text("丙县人民政府办公室关于推进社区服务的通知\n\n2027年底前，建成完备的社区嵌入式服务综合体（社区服务中心）；"
                     "每月30日前将进展书面报送县政府督办室（目标办）。\n")
    assert all(u.name not in ("社区服务中心", "目标办") for t in r.tasks for u in t.units), \
        [(t.title, t.units) for t in r.tasks]


def test_a_line_of_units_and_role_closed_by_a_stop_is_the_note_of_the_item_above():
    r = extract_text("丙县人民政府办公室关于明确重点工作责任单位的通知\n\n"
                     "1.坚持科学规划、合理布局的原则，制定县地震监测台网建设规划。\n县地震局和各乡镇政府负责落实。\n"
                     "2.依法加强地震监测设施和地震观测环境保护。\n县住建局负责落实。\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["县地震局", "各乡镇政府"], ["县住建局"]], \
        [t.title for t in r.tasks]


def test_a_line_naming_the_projects_above_is_no_role_line():
    r = extract_text("丙县2027年实事项目推进情况\n\n1.在6家菜市场建设追溯系统。项目具体实施进度为：第一季度制定方案；"
                     "第四季度完成建设。\n上述项目由县商务局牵头负责。\n")
    assert all("上述" not in u.name for t in r.tasks for u in t.units), [(t.title, t.units) for t in r.tasks]
