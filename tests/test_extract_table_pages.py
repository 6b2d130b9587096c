"""Task-division tables as real pages give them (invented tables of the shapes met in
real documents): headers opening with bare words, unit cells that end in a verb
("分别牵头落实"), ..."""

from datetime import date

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


def test_cells_run_together_with_no_separator():
    text = "2020年某区政府工作报告重点工作全年完成情况\n\n" + "\n".join([
        "类别序号重点督办内容牵头单位全年完成情况",
        "主要预期目标1地区生产总值增长6%左右。区发展改革委全区地区生产总值增速调整为正增长。",
        "主要预期目标2区级一般公共预算收入增长2%左右。区财政局、区税务局截至12月31日,收入完成413亿元。",
        "重点工作3新建学校3所。区教委2020年度已建成2所。",
    ])
    got = [(t.text, [(u.name, u.role) for u in t.units]) for t in extract_text(text).tasks]
    assert got == [("地区生产总值增长6%左右。", [("区发展改革委", "lead")]),
                   ("区级一般公共预算收入增长2%左右。", [("区财政局", "lead"), ("区税务局", "lead")]),
                   ("新建学校3所。", [("区教委", "lead")])]


def test_a_run_together_line_that_is_no_header_is_left_alone():
    from tracker.extract.glued_rows import header_cells

    assert header_cells("序号工作任务责任单位完成时限") == ["序号", "工作任务", "责任单位", "完成时限"]
    assert header_cells("序号工作任务由责任单位按时完成") is None


def test_a_row_whose_merged_first_cell_is_left_out_starts_on_a_line_with_no_pipe():
    text = "某市2010年目标任务分解表\n\n" + "\n".join([
        "牵头单位", "| 目 标 任 务", "| 责 任 单 位", "|",
        "市政", "府办", "公厅", "| 强化行政监督,自觉接受人大监督。", "| 市直各单位、各区县市", "|",
        "推进政务公开工作", "| 市直各单位", "|",
        "市发改委", "| 推进商业配套建设", "| 商务局、岳麓区", "|",
    ])
    got = [(t.title, [(u.name, u.role) for u in t.units]) for t in extract_text(text).tasks]
    assert got == [
        ("强化行政监督", [("市政府办公厅", "lead"), ("市直各单位", "responsible"), ("各区县市", "responsible")]),
        ("推进政务公开工作", [("市政府办公厅", "lead"), ("市直各单位", "responsible")]),
        ("推进商业配套建设", [("市发改委", "lead"), ("商务局", "responsible"), ("岳麓区", "responsible")]),
    ]


def test_a_label_note_ends_at_the_next_item_run_onto_its_line():
    text = ("某县人民政府办公室关于印发2022年重点工作责任分解的通知\n\n"
            "一、县长牵头重点工作 1.全县生产总值增长7.5%左右。 责任单位:县发改局、县财政局 "
            "2.落实过紧日子的要求,严控“三公”经费。 责任单位:县财政局 二、常务副县长牵头重点工作 "
            "1.坚持县政府常务会议集体学法。 责任单位:县司法局\n")
    got = [[u.name for u in t.units] for t in extract_text(text).tasks]
    assert got == [["县发改局", "县财政局"], ["县财政局"], ["县司法局"]]


def test_a_cited_document_column_is_no_part_of_the_unit_cell():
    text = "某区海绵城市建设实施方案\n\n" + "\n\n".join([
        "序号", "任务类型", "重点内容", "责任单位", "参考文件",
        "1", "系统方案", "聚焦重点区域,编制海绵城市系统方案,合理确定目标指标。", "区建设管理委",
        "《本市系统化全域推进海绵\n城市建设的实施意见》\n(沪府办发〔2024〕3号)",
        "2", "示范项目", "跟踪重点建设项目进度,形成示范项目库。", "区建设管理委、区水务局、\n区交通委",
        "《上海市住房和城乡建设\n管理委员会关于开展2024年\n本市海绵城市建设工作的函》",
    ])
    got = [[u.name for u in t.units] for t in extract_text(text).tasks]
    assert got == [["区建设管理委"], ["区建设管理委", "区水务局", "区交通委"]]


def test_a_plan_over_several_years_gives_each_year_a_step():
    text = "某市交通委关于印发2024-2026年三年行动计划的通知\n2024年3月1日\n\n" + "\n\n".join([
        "任务", "分类", "主要方向", "重点任务（2024-2026）", "2024年工作项目", "2025年计划", "2026年计划",
        "牵头", "部门", "配合", "部门", "实施", "主体",
        "（一）", "提升道路品质", "1、改善城市道路环境", "（1）建设精品道路300条。",
        "建设精品道路100条。", "建设精品道路120条。", "建设精品道路80条。",
        "设施养护处", "各区", "各区",
        "（2）完成人行道整治150万平方米。",
        "完成50万平方米。", "完成60万平方米。", "完成40万平方米。",
        "设施运行处", "各相关部门和单位", "各行业主管部门、各区",
    ])
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline, [m.due.year for m in t.milestones])
           for t in extract_text(text).tasks]
    assert [g[0] for g in got] == ["（1）建设精品道路300条。", "（2）完成人行道整治150万平方米。"]
    assert got[0][1] == [("设施养护处", "lead"), ("各区", "responsible"), ("各区", "support")]
    assert got[1][1] == [("设施运行处", "lead"), ("各行业主管部门", "responsible"), ("各区", "responsible"),
                         ("各相关部门和单位", "support")]
    assert all(g[2] == date(2026, 12, 31) and g[3] == [2024, 2025, 2026] for g in got)


def test_year_columns_after_a_text_column_are_the_rows_steps_and_its_text():
    # "内容 / 2026年工作任务 / 2027年工作计划": the 内容 cell names the row, the year cells say
    # what each year asks; a 内容 cell merged over two rows leaves the second row (its own
    # number, units and years) only its year cells; "—" is an empty 配合 cell.
    text = "某市某局关于印发2026-2027年某体系建设工作方案的通知\n2026年3月2日\n\n" + "\n\n".join([
        "序号", "内容", "牵头部门", "配合部门", "2026年工作任务", "2027年工作计划", "备注",
        "1", "完善城市道路网络", "规划处", "建设处", "完成主干路规划修编。", "推进次干路规划实施。",
        "2", "建设处", "养护处", "开工建设滨江大道改造工程。", "完成滨江大道改造工程。",
        "3", "优化公交站点布局", "客运处", "—", "新建公交候车亭100座。", "新建公交候车亭80座。",
    ])
    got = [(t.title, t.text, [(u.name, u.role) for u in t.units], t.deadline, [m.due.year for m in t.milestones])
           for t in extract_text(text).tasks]
    assert [g[0] for g in got] == ["完善城市道路网络", "开工建设滨江大道改造工程", "优化公交站点布局"]
    assert "完成主干路规划修编。推进次干路规划实施。" in got[0][1]
    assert "开工建设滨江大道改造工程。完成滨江大道改造工程。" in got[1][1]
    assert [g[2] for g in got] == [[("规划处", "lead"), ("建设处", "support")],
                                   [("建设处", "lead"), ("养护处", "support")], [("客运处", "lead")]]
    assert all(g[3] == date(2027, 12, 31) and g[4] == [2026, 2027] for g in got)


def test_a_group_column_after_an_unknown_one_holds_the_task():
    cols = columns_of([norm(n) for n in ("任务分类", "主要方向", "重点任务", "牵头部门")])
    assert [c.role for c in cols] == ["section", "section", "title", "lead"]


def test_units_after_a_row_split_by_its_cells_are_the_rows_own_and_go_down():
    table = ("| 序号 | 工作任务 | 完成时限 | 牵头单位 |\n"
             "| 1 | 提升铁路服务质量。 | 2024年底 | 铁路处 |\n"
             "| 2 | 优化机场航站楼旅客服务设施。 | 2024年底 | |\n"
             "| | | 2025年底 | 民用航空处 |\n"
             "| 3 | 推进机场卫生间改造。 | 2024年底 | |\n")
    got = [[u.name for u in t.units] for t in extract_text(HEAD + table).tasks]
    assert got == [["铁路处"], ["民用航空处"], ["民用航空处"]]


def test_progress_table_reads_its_content_and_progress_columns():
    cols = columns_of([norm(n) for n in ("序号", "项目内容", "当前进度", "牵头单位", "备注")])
    assert [c.role for c in cols] == ["number", "text", "other", "lead", "other"]


def test_a_name_with_a_bracketed_level_and_an_alias_is_a_unit_cell():
    assert unit_list_text(norm("市发改委、市商务局,各区、县（市）政府（管委会）"))


def test_a_header_that_names_no_unit_column_takes_the_column_of_units():
    table = ("某县人民政府2025年度重大行政决策事项目录\n\n"
             "序号 | 事项名称 | 事项名称 | 完成时间 |\n"
             "1 | 集体林木采伐更新造林保证金实施意见 | 县林草局 | 2025年12月 |\n"
             "2 | 独生子女父母退休一次性补助 | 县卫健局 | 2025年12月 |\n")
    got = [[u.name for u in t.units] for t in extract_text(table).tasks]
    assert got == [["县林草局"], ["县卫健局"]]


def test_a_row_holding_only_a_unit_name_is_no_task():
    table = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
             "1.生态公墓建设项目 | 新建生态公益性墓地15处。 | 10月底 | 民政局 |\n"
             "计划10月底完成新增墓地建设 | 公共服务集团 | ||\n"
             "2.农村道路改造提升项目 | 提升改造低等级公路40公里。 | 10月 | 交通运输局 |\n")
    got = [t.title for t in extract_text(HEAD + table).tasks]
    assert "公共服务集团" not in got and len(got) == 2


def test_a_header_over_two_rows_names_the_lead_and_support_columns():
    """"| 序号 | 重点任务 | 责任单位 | | 完成时限 |" over "| | | 牵头 | 配合 | |": the second
    row names the columns under the group cell (the support units were lost, the lead read
    as responsible)."""
    text = ("某州2027年优化营商环境重点任务清单\n2027年2月10日\n\n"
            "| 序号 | 重点任务 | 责任单位 | | 完成时限 |\n| | | 牵头 | 配合 | |\n"
            "| 1 | 推行企业登记全程电子化 | 州市场监管局 | 州数据局、州税务局 | 2027年6月底前 |\n"
            "| 2 | 压减工程建设项目审批时间 | 州住建局 | 州自然资源局 | 2027年9月底前 |\n")
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline) for t in extract_text(text).tasks]
    assert got == [("推行企业登记全程电子化", [("州市场监管局", "lead"), ("州数据局", "support"), ("州税务局", "support")],
                    date(2027, 6, 30)),
                   ("压减工程建设项目审批时间", [("州住建局", "lead"), ("州自然资源局", "support")], date(2027, 9, 30))], got
