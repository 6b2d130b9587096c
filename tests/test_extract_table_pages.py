"""Task-division tables as real pages give them (invented tables of the shapes met in
real documents): headers opening with bare words, unit cells that end in a verb
("分别牵头落实"), ..."""

from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.table_model import cell_kind, columns_of
from tracker.extract.units import unit_list_text

HEAD = "某市2019年政务公开工作要点实施方案\n\n"


def test_unit_cell_ending_in_a_verb_is_a_unit_cell():
    assert unit_list_text(norm("市财政局、市税务局分别牵头落实"))
    assert unit_list_text(norm("市统计局牵头落实"))
    assert unit_list_text(norm("市交通局负责落实"))
    assert cell_kind(norm("市财政局、市税务局、人民银行某市中心支行分别牵头落实")) == "unit"
    assert not unit_list_text(norm("分别牵头落实"))


def test_two_text_columns_keep_both():
    cols = columns_of([norm(n) for n in ("目标任务", "主要内容", "责任单位")])
    assert [c.role for c in cols] == ["title", "text", "responsible"]


def test_flattened_table_with_bare_header_words_and_verb_unit_cells():
    text = HEAD + "\n".join([
        "目标", "任务", "主要内容", "责任单位",
        "一、以公开促发展", "(一)加强政策解读",
        "围绕全市产业政策执行情况,通过新闻发布会等形式及时解读。",
        "市发改委牵头落实",
        "加强税收政策信息公开,按季度公开税收收入情况,解读增减原因。",
        "市财政局、市税务局分别牵头落实",
    ])
    got = [([u.name for u in t.units], {u.role for u in t.units}) for t in extract_text(text).tasks]
    assert got == [(["市发改委"], {"lead"}), (["市财政局", "市税务局"], {"lead"})]


def test_person_lines_between_an_item_and_its_units_end_nothing():
    text = "某市2008年政府工作任务分解\n\n" + "\n".join([
        "1. 加快城市基础设施建设。改造城市道路45条。",
        "责任人:某某副市长",
        "协调人:某某市长助理、某某副秘书长",
        "责任单位:市建委、交通局。",
        "2. 积极推进南环铁路建设。",
        "责任人:某某副市长",
        "协调人:某某副秘书长",
        "责任单位:市规划局。",
    ])
    got = [(t.title, [u.name for u in t.units]) for t in extract_text(text).tasks]
    assert got == [("加快城市基础设施建设", ["市建委", "交通局"]), ("积极推进南环铁路建设", ["市规划局"])]
