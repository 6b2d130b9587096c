"""Notes whose units take their roles from compound role words: 牵头负责 (lead),
组织落实 / 具体落实 / 抓好落实 (responsible), 组织配合 and 支撑 (support), with or without
按职责 before them; and the 支撑单位 label."""

import pytest

from tracker.extract import extract_text


def units_of(text):
    r = extract_text(text)
    assert len(r.tasks) == 1, [t.title for t in r.tasks]
    return [(u.name, u.role) for u in r.tasks[0].units]


@pytest.mark.parametrize("note, expected", [
    # 分工负责: the units share the work out among them, each responsible (分工方案 notes).
    ("（市水利局牵头，各县区政府、市政府有关部门分工负责）",
     [("市水利局", "lead"), ("各县区政府", "responsible"), ("市政府有关部门", "responsible")]),
    ("（丙区政府、丁县政府、某供电公司分工负责）",
     [("丙区政府", "responsible"), ("丁县政府", "responsible"), ("某供电公司", "responsible")]),
    # A city named by its place beside an office: the city's government, a unit of the note.
    ("（甲市，省发展改革委牵头）", [("甲市", "lead"), ("省发展改革委", "lead")]),
    ("（乙市、丙市，省经济和信息化厅牵头）", [("乙市", "lead"), ("丙市", "lead"), ("省经济和信息化厅", "lead")]),
    # Square brackets (〔〕) inside a collective's name read as round ones.
    ("（市商务局、市财政局等相关部门，各县〔市、区〕政府〔管委会〕按职责分工负责）",
     [("市商务局", "responsible"), ("市财政局", "responsible"), ("各县〔市、区〕政府〔管委会〕", "responsible")]),
    ("（市住建委牵头负责，各区政府组织落实）", [("市住建委", "lead"), ("各区政府", "responsible")]),
    ("（市交通委牵头负责、各区政府组织落实）", [("市交通委", "lead"), ("各区政府", "responsible")]),
    ("（市公安局牵头负责，市市场监管局、市商务委、各区政府组织落实）",
     [("市公安局", "lead"), ("市市场监管局", "responsible"), ("市商务委", "responsible"),
      ("各区政府", "responsible")]),
    ("（市应急局、市经信委、各区政府组织落实）",
     [("市应急局", "responsible"), ("市经信委", "responsible"), ("各区政府", "responsible")]),
    ("（市住建委、市财政局牵头负责，市民政局按职责组织配合）",
     [("市住建委", "lead"), ("市财政局", "lead"), ("市民政局", "support")]),
    ("（各部门按职责分工牵头负责、各区政府组织落实）", [("各部门", "lead"), ("各区政府", "responsible")]),
    ("（市商务委、市公安局按职责分工负责落实、各区政府组织落实）",
     [("市商务委", "responsible"), ("市公安局", "responsible"), ("各区政府", "responsible")]),
    ("（市住建委牵头负责，市司法局按职责组织落实）", [("市住建委", "lead"), ("市司法局", "responsible")]),
    ("（市住建委牵头负责，市发改委负责、市消防救援总队、各区政府组织落实）",
     [("市住建委", "lead"), ("市发改委", "responsible"), ("市消防救援总队", "responsible"),
      ("各区政府", "responsible")]),
    ("（区水务局牵头，各街道具体落实）", [("区水务局", "lead"), ("各街道", "responsible")]),
    ("（县农业局牵头，各乡镇抓好落实）", [("县农业局", "lead"), ("各乡镇", "responsible")]),
    ("（市卫健委牵头，市财政局协同）", [("市卫健委", "lead"), ("市财政局", "support")]),
    ("（市交通局牵头，各县区政府、市政府有关工作部门分工负责）",
     [("市交通局", "lead"), ("各县区政府", "responsible"), ("市政府有关工作部门", "responsible")]),
    ("（城东区政府、某市供电局分工负责）", [("城东区政府", "responsible"), ("某市供电局", "responsible")]),
    ("（县国资委牵头，县属国有企业具体实施）", [("县国资委", "lead"), ("县属国有企业", "responsible")]),
    ("（牵头单位：区绿化市容局，支撑单位：区规划资源局、相关街镇）",
     [("区绿化市容局", "lead"), ("区规划资源局", "support"), ("相关街镇", "support")]),
    ("（牵头督查单位：县发改局、县财政局）", [("县发改局", "lead"), ("县财政局", "lead")]),
    ("(牵头督办单位:市政府办)", [("市政府办", "lead")]),
])
def test_compound_role_words(note, expected):
    assert units_of("（一）加强监管。开展专项检查，规范经营行为。" + note) == expected


def test_role_word_inside_a_name_stays_in_it():
    got = units_of("（一）加强监管。开展专项检查，规范经营行为。（各牵头单位负责）")
    assert got == [("各牵头单位", "responsible")]


def test_a_clause_after_a_semicolon_with_its_own_subject_adds_no_units():
    r = extract_text("（二）提升能力。市规划资源局要出台指导意见，指导各区在2024年11月底前落实一批消纳场所；"
                     "市规划资源局要会同市水务局、市农业农村委、相关区政府加快研究并落实市级消纳场所。")
    assert [(u.name, u.role) for u in r.tasks[0].units] == [("市规划资源局", "responsible")]


def test_a_case_handled_by_others_adds_no_units_to_the_dated_duty():
    r = extract_text("（三）推进平衡。各郊区要在2025年底前，实现土方消纳区内平衡，重大工程土方不能实现区内平衡的，"
                     "由市绿化市容局、市住房城乡建设管理委协助统筹。")
    assert [(u.name, u.role) for u in r.tasks[0].units] == [("各郊区", "responsible")]


def test_units_a_note_states_for_all_later_tasks_are_no_names_of_their_own():
    r = extract_text("（一）加快建设。推进铁路建设。（责任单位：自治区发展改革委、财政厅，四市人民政府按职责分工负责，"
                     "下同。以下各项任务均涉及四市人民政府，不再列出）\n（二）推进共享。推进数据共享。（责任单位：自治区大数据中心）")
    names = [[u.name for u in t.units] for t in r.tasks]
    assert names[0] == ["自治区发展改革委", "财政厅", "四市人民政府"]
    assert names[1] == ["自治区大数据中心", "四市人民政府"]


def test_closing_duty_clause_of_numbered_orders():
    """"…，由X负责落实。" closing each numbered item of an order: one task per item, the
    units responsible; an unnumbered sentence with the same clause is left alone."""
    text = ("某县防汛抗旱指挥部令\n各乡镇,县直有关单位:\n现下达如下命令:\n"
            "1.在各渡口设置警示标志,暂停夜间摆渡,由县交通运输局负责落实。\n"
            "2.组织人员对病险水库开展24小时值守,由县水利局负责落实。\n"
            "本命令自发布之日起执行,由县应急管理局负责落实。\n")
    r = extract_text(text)
    got = [(t.title, [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [
        ("在各渡口设置警示标志", [("县交通运输局", "responsible")]),
        ("组织人员对病险水库开展24小时值守", [("县水利局", "responsible")]),
    ]


def test_closing_duty_clause_with_partner_departments():
    """"由X会同Y、Z等部门负责落实" closing an item of a 分工 notice: X leads, Y and Z support."""
    text = ("(三)关于“推进集体林权抵押贷款”的问题,由林业局会同人民银行、银保监会等部门负责落实。\n")
    r = extract_text(text)
    assert len(r.tasks) == 1
    assert [(u.name, u.role) for u in r.tasks[0].units] == [
        ("林业局", "lead"), ("人民银行", "support"), ("银保监会", "support")]


def test_a_series_of_assigned_clauses_in_running_text():
    """A paragraph handing out several duties "由X牵头，Y配合，…；由Z负责…": one task per
    clause; a lone "由X负责…" clause in a paragraph is no task."""
    text = ("某区召开秋冬季大气污染防治调度会。会议要求,由区住建局牵头,各街道配合,"
            "对全区建筑工地开展扬尘专项检查;由区城管局负责加强道路机扫和洒水降尘;"
            "由区生态环境局负责对重点企业开展夜查。\n由办公室负责抓好会务保障。\n")
    got = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert got == [[("区住建局", "lead"), ("各街道", "support")],
                   [("区城管局", "responsible")], [("区生态环境局", "responsible")]]


def _tasks_units(text):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]


def test_closing_sentence_naming_the_kind_of_unit():
    """"X为责任单位，Y、Z为协办单位。" closing a numbered item: the label after 为 gives the role."""
    text = ("（2）2021年9月底前，对城区背街小巷的乱堆乱放进行全面清理。各区政府为责任单位，"
            "市城管局、市住建局为协办单位。\n"
            "（3）2021年10月中旬前，完成农贸市场公厕改造。某区政府为改造工作的责任单位，"
            "市商务局为配合单位。\n")
    assert _tasks_units(text) == [
        [("各区政府", "responsible"), ("市城管局", "support"), ("市住建局", "support")],
        [("某区政府", "responsible"), ("市商务局", "support")]]


def test_remark_naming_the_first_unit_lead_is_no_note():
    """"列第一位的为牵头单位" says how to read the notes; it names no unit."""
    text = "（1）2021年9月底前，完成全面排查（市水务局、市农业局负责，列第一位的为牵头单位）。\n"
    assert _tasks_units(text) == [[("市水务局", "lead"), ("市农业局", "responsible")]]


def test_work_shared_out_after_a_dated_duty():
    """"…。A由X负责；B由Y、Z负责。" right after a subjectless dated duty names its doers."""
    text = ("（6）从2021年9月起，每月对城区主次干道、背街小巷和农贸市场周边的路灯进行一次全面检修，"
            "年底前把路灯完好率提高到百分之九十八以上。主干道(含广场)由市城管局负责；背街小巷由各区政府、"
            "某燃气公司负责；校园周边分别由市教育局负责。\n")
    assert _tasks_units(text)[-1] == [("市城管局", "responsible"), ("各区政府", "responsible"),
                                      ("某燃气公司", "responsible"), ("市教育局", "responsible")]


def test_shared_out_doers_serve_every_subjectless_duty_of_the_item():
    """A quarterly duty and a year-end target in one item, then the work shared out: the
    doers named after them are the doers of both."""
    text = ("（3）从2021年9月起，每季度对公共场所的蚊蝇统一消杀一次，年底前把蚊蝇密度控制在国家标准以内。"
            "广场和绿地由市城管局负责；建筑工地由市建设局负责；区属公共场所由各区政府负责。\n")
    doers = [("市城管局", "responsible"), ("市建设局", "responsible"), ("各区政府", "responsible")]
    assert _tasks_units(text) == [doers, doers]


@pytest.mark.parametrize("note, expected", [
    # Zones named bare, then a zone naming its board: one collective, as written.
    ("（市交通局，甲经开区、乙园区管委会负责）", [("市交通局", "responsible"), ("甲经开区、乙园区管委会", "responsible")]),
    ("（市水利局，城东示范区、高新区党工委和管委会负责）",
     [("市水利局", "responsible"), ("城东示范区、高新区党工委和管委会", "responsible")]),
    # Levels, then a zone's board: the levels have governments of their own, two units.
    ("（各县市区、开发区管委会负责）", [("各县市区", "responsible"), ("开发区管委会", "responsible")]),
])
def test_zones_sharing_a_board(note, expected):
    assert units_of("（一）加强监管。开展专项检查，规范经营行为。" + note) == expected


def test_doer_named_after_an_inner_agent_word():
    """"办公厅已明确由X负责，…": X, after the 由 inside the clause, is the doer."""
    text = "为加大落实力度，办公厅已明确由市政府督查室负责，在年中和年末对主要任务完成情况开展全面督查，年底前形成报告。\n"
    assert _tasks_units(text) == [[("市政府督查室", "responsible")]]
