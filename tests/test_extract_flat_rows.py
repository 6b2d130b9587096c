"""Tables flattened one cell per line: header by column words, rows assembled by what
their cells look like (invented tables of the shapes met in real documents)."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.flat_rows import assemble
from tracker.extract.table_listing import is_listing
from tracker.extract.table_dates import due_norm
from tracker.extract.table_model import cell_kind, read_header, tokens_of
from tracker.extract.normalize import norm

HEAD = "某县人民政府办公室关于印发2021年惠民实事的通知\n2021年3月2日\n\n"


def _tokens(text):
    lines = text.split("\n")
    return tokens_of(lines, [norm(ln) for ln in lines], 0, len(lines))


def _cells(text):
    return "\n\n".join(text.split("|"))


def test_header_joins_names_cut_in_two_and_reads_roles():
    toks = _tokens("序号\n项目名称\n建设内容\n总投资\n（万元）\n资金\n来源\n责任\n单位\n1")
    cols, end = read_header(toks, 0)
    assert [c.role for c in cols] == ["number", "title", "text", "other", "other", "responsible"]
    assert cols[3].name == "总投资(万元)" and cols[5].name == "责任单位"
    assert toks[end].norm == "1"


def test_unknown_column_after_number_is_the_task_name():
    cols, _ = read_header(_tokens("序号\n惠民实事\n责任单位\n完成时限"), 0)
    assert [c.role for c in cols] == ["number", "title", "responsible", "deadline"]


def test_no_header_in_running_text():
    assert read_header(_tokens("责任单位要加强领导。\n各乡镇\n12月底前"), 0) is None
    assert read_header(_tokens("序号\n1\n2"), 0) is None


def test_cell_kinds():
    assert cell_kind("12月底前") == "date"
    assert cell_kind("6月底前开工") == "date"
    assert cell_kind("2022.03-2022.11") == "date"
    assert cell_kind("第三季度企业用工情况调查表") != "date"
    assert cell_kind("县交通局") == "unit"
    assert cell_kind("同上") == "ditto"
    assert cell_kind("季报") == "period"
    assert cell_kind("7") == "no"


def test_rows_with_units_one_per_line_and_a_row_without_number():
    text = _cells("序号|惠民实事|责任单位|完成时限|1|新建城东公园。|县住建局|县林业局|10月底前|"
                  "2|改造乡村公路30公里。|县交通局|6月底前开工|硬化村组道路20公里。|11月底前|"
                  "3|建成县老年活动中心。|县民政局|12月底前")
    result = extract_text(HEAD + "为办好民生实事，现将任务分解如下。\n\n" + text)
    got = [(t.title, [u.name for u in t.units], t.deadline) for t in result.tasks]
    assert got == [
        ("新建城东公园。", ["县住建局", "县林业局"], date(2021, 10, 31)),
        ("改造乡村公路30公里。", ["县交通局"], date(2021, 6, 30)),
        ("硬化村组道路20公里。", ["县交通局"], date(2021, 11, 30)),
        ("建成县老年活动中心。", ["县民政局"], date(2021, 12, 31)),
    ]


def test_report_schedule_with_ditto_cells_sections_and_yearly_days():
    text = ("表号 |\n表 名 |\n报告期别 |\n报送单位 |\n报送日期 |\n"
            "(一)年度报表 | ||||\n"
            "畜禽存栏情况 |\n年 报 |\n各乡镇统计站 |\n年后1月15日前 | |\n"
            "农机拥有情况 |\n年 报 |\n同 上 |\n当年12月20日前 | |\n"
            "(二)季度报表 | ||||\n"
            "农产品价格 |\n季 报 |\n同 上 |\n季后5日前 | |\n")
    result = extract_text("某县统计报表目录\n\n" + text)
    got = [(t.title, [u.name for u in t.units], t.recurrence, t.section) for t in result.tasks]
    assert got == [
        ("畜禽存栏情况", ["各乡镇统计站"], "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", "(一)年度报表"),
        ("农机拥有情况", ["各乡镇统计站"], "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", "(一)年度报表"),
        ("农产品价格", ["各乡镇统计站"], "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5", "(二)季度报表"),
    ]


def test_pipes_on_lines_of_their_own_a_missing_cell_and_a_starred_lead():
    text = ("序号\n|\n类别\n|\n目标任务\n|\n分管领导\n|\n责任单位\n|\n"
            "1\n|\n发展目标\n|\n1.粮食产量稳定在50万吨以上。\n|\n某 某\n|\n★县农业局、统计局\n|\n||\n"
            "2.新增就业5000人。\n|\n★县人社局、县财政局\n|\n|||\n")
    result = extract_text(HEAD + text)
    got = [(t.text, [(u.name, u.role) for u in t.units]) for t in result.tasks]
    assert got == [
        ("1.粮食产量稳定在50万吨以上。", [("县农业局", "lead"), ("统计局", "responsible")]),
        ("2.新增就业5000人。", [("县人社局", "lead"), ("县财政局", "responsible")]),
    ]


def test_period_cell_gives_its_end_and_whole_row_is_the_text():
    assert due_norm("2022.03-2022.11") == "2022年11月底前"
    assert due_norm("年后2月10日前") == "每年2月10日前"
    assert due_norm("当年11月30日前", "年报") == "每年11月30日前"
    assert due_norm("当年11月30日前", "季报") == "当年11月30日前"
    text = _cells("报表名称|表号|上报日期|1、工业产值|B101表|1月20日前|2、工业产值(规下)|B102表|1月25日前")
    result = extract_text(HEAD + text)
    assert [norm(t.text) for t in result.tasks] == ["1、工业产值B101表1月20日前", "2、工业产值(规下)B102表1月25日前"]


def test_the_table_ends_where_its_rows_stop_fitting():
    text = _cells("序号|惠民实事|责任单位|完成时限|1|新建城东公园。|县住建局|10月底前")
    after = "\n\n各责任单位要高度重视，确保按期完成，年底前将完成情况报县政府办公室。"
    result = extract_text(HEAD + text + after)
    assert sorted(t.kind for t in result.tasks) == ["implicit", "table"]


def test_assemble_leaves_a_heading_with_no_rows_to_what_follows():
    toks = _tokens(_cells("1、工业产值|B101表|1月20日前|二、月度报表"))
    cols, _ = read_header(_tokens("报表名称\n表号\n上报日期"), 0)
    rows, used = assemble(cols, toks)
    assert len(rows) == 1 and used == 3


def test_row_restating_a_numbered_item_keeps_the_items_heading():
    body = ("一、工作要点\n1.做好数据开放。对本局产生的公共数据按目录逐项开放，方便群众查询使用。\n"
            "2.规范档案管理。对历年文书档案进行清理归档。\n二、任务分解\n")
    table = ("重点任务 | 工作内容 | 负责科室 |\n"
             "数据开放 | 对本局产生的公共数据按目录逐项开放，方便群众查询使用。 | 信息科 |\n")
    result = extract_text(HEAD + body + table)
    rows = [t for t in result.tasks if t.kind == "table"]
    assert len(rows) == 1 and rows[0].text.startswith("做好数据开放。")
    assert [u.name for u in rows[0].units] == ["信息科"]


def test_pipe_row_cut_by_the_end_of_the_page_is_still_a_row():
    table = ("序号 | 具体工作任务 | 责任单位 | 落实情况 |\n"
             "1 | 新建城东公园。 | 县住建局 | 已完成 |\n"
             "2 | 改造乡村公路30公里。 | 县交通局 县财政局 | 已完成路基")
    result = extract_text(HEAD + table)
    assert [[u.name for u in t.units] for t in result.tasks] == [["县住建局"], ["县交通局", "县财政局"]]


def test_bare_header_words_and_the_longest_column_word():
    cols, _ = read_header(_tokens("序号\n任务\n单位\n完成\n时间\n1"), 0)
    assert [c.role for c in cols] == ["number", "title", "responsible", "deadline"]
    cols, _ = read_header(_tokens("序号\n指标名称\n计量单位\n目标值\n责任单位\n1"), 0)
    assert [c.role for c in cols] == ["number", "title", "other", "other", "responsible"]
    assert read_header(_tokens("序号\n各单位\n时间安排"), 0) is None


def test_pipe_row_with_a_cell_fewer_than_its_header_puts_cells_where_they_fit():
    table = ("| 序号 | 工作任务 | 分管领导 | 责任单位 | 完成时限 |\n"
             "| 1 | 新建城东公园。 | 某某 | 县住建局 | 10月底前 |\n"
             "| 2 | 改造乡村公路30公里。 | 县交通局 | 11月底前 |\n")
    result = extract_text(HEAD + table)
    got = [([u.name for u in t.units], t.deadline) for t in result.tasks]
    assert got == [(["县住建局"], date(2021, 10, 31)), (["县交通局"], date(2021, 11, 30))]


def test_cells_run_together_with_spaces_and_units_one_per_line():
    text = ("序号 目标任务 责任单位 推进情况\n一、主要预期目标\n"
            "1 粮食产量稳定在50万吨以上。 县农业农村委 已完成夏粮收购。\n"
            "2 新增城镇就业5000人。 县人力社保局\n县财政局\n新增就业3100人。\n")
    result = extract_text(HEAD + text)
    got = [(t.text, [u.name for u in t.units]) for t in result.tasks]
    assert got == [("粮食产量稳定在50万吨以上。", ["县农业农村委"]),
                   ("新增城镇就业5000人。", ["县人力社保局", "县财政局"])]


def test_a_unit_column_that_names_its_head_keeps_the_unit_only():
    table = ("大类 | 序号 | 工作任务 | 分管领导 | 牵头单位及主要负责人 | 进展情况 |\n"
             "一、民生保障 | 1 | 提高低保标准。 | 某某 | 县民政局 张某某 | 已完成。 |\n"
             "2 | 提高孤儿养育标准。 | 某某 | 县民政局 张某某 | 已完成。 |\n")
    result = extract_text(HEAD + table)
    assert [[(u.name, u.role) for u in t.units] for t in result.tasks] == [[("县民政局", "lead")]] * 2


def test_heading_rows_inside_a_pipe_table_written_without_opening_pipes():
    table = ("序号 | 目标与任务 | 牵头单位 | 责任单位 |\n"
             "一、主要目标 | |||\n"
             "(1) | 粮食产量稳定在50万吨以上。 | 县农业农村局 | 各乡镇政府 |\n"
             "二、重点工作 | |||\n"
             "1 | 提振消费。 | ||\n"
             "(2) | 发放消费券2000万元。 | 县商务局 | 县财政局 |\n")
    result = extract_text(HEAD + table)
    got = [(t.text, t.section, [(u.name, u.role) for u in t.units]) for t in result.tasks]
    assert got == [("粮食产量稳定在50万吨以上。", "一、主要目标", [("县农业农村局", "lead"), ("各乡镇政府", "responsible")]),
                   ("发放消费券2000万元。", "提振消费。", [("县商务局", "lead"), ("县财政局", "responsible")])]


def test_rows_numbered_in_brackets():
    text = _cells("序号|工作任务|责任单位|完成时限|(1)|新建城东公园。|县住建局|10月底前|"
                  "(2)|改造乡村公路30公里。|县交通局|11月底前")
    result = extract_text(HEAD + text)
    assert [(t.number, t.deadline) for t in result.tasks] == [("(1)", date(2021, 10, 31)), ("(2)", date(2021, 11, 30))]


def test_rows_of_merged_cells_moved_left_and_a_rows_continuation():
    table = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
             "1.道路提升项目 | 改造城东路等3条道路; | 11月 | 县建设局 |\n"
             "2021.8 | 县城投集团 | ||\n"
             "新建停车场3处。 | 2021.12 | 县城投集团 | |\n")
    result = extract_text(HEAD + table)
    got = [(t.title, sorted(u.name for u in t.units), t.deadline) for t in result.tasks]
    assert got == [("改造城东路等3条道路;", ["县城投集团", "县建设局"], date(2021, 11, 30)),
                   ("新建停车场3处。", ["县城投集团"], date(2021, 12, 31))]
    assert result.tasks[0].section == "1.道路提升项目"


def _header(text):
    cols, _ = read_header(_tokens(text), 0)
    return [c.name for c in cols], [c.role for c in cols]


def test_a_listing_of_sites_or_figures_is_no_task_table():
    # No column named by a task, unit or deadline word, and most columns particulars or
    # measures: an annexed list of sites or a budget, not a division of work.
    assert is_listing(*_header("序号\n建成时间\n建设方式\n场所类型\n数量（个）\n面积（万平方米）\n经费预算（万元）\n1"))
    assert is_listing(*_header("序号\n管理部门\n场所名称\n地址\n面积（平方米）\n可容纳人数（人）\n1"))
    # A named task or duty column keeps the table, measures or not.
    assert not is_listing(*_header("序号\n建设内容\n数量（个）\n投资（万元）\n完成时间\n1"))
    assert not is_listing(*_header("序号\n项目\n地点\n面积（平方米）\n责任单位\n1"))
    body = ("为做好防灾避难场所建设，制定本方案。\n\n各乡镇要于9月底前完成场所选址。\n\n附件\n\n"
            + _cells("序号|建成时间|建设方式|场所类型|数量（个）|面积（万平方米）|经费预算（万元）|"
                     "1|2022年|新建|广场|3|1.2|60|2|2023年|改建|公园|2|0.8|40"))
    result = extract_text(HEAD + body)
    assert [t.title for t in result.tasks] == ["各乡镇要于9月底前完成场所选址"]


def test_a_table_of_units_and_their_duties_one_cell_per_paragraph():
    # "单位 / 职责分工": two columns, the unit and its duties; cells apart by blank lines.
    body = ("附件2\n\n领导小组成员单位职责分工\n\n单位\n\n职责分工\n\n县自然资源局\n\n"
            "负责拟定整治工作方案，组织协调和检查督办。\n\n县财政局\n\n负责保障整治工作所需经费。\n\n"
            "各乡镇\n\n各乡镇是整治工作的责任主体，对本区域整治工作负总责。")
    result = extract_text(HEAD + body)
    got = [(t.text, [(u.name, u.role) for u in t.units]) for t in result.tasks]
    assert got == [("负责拟定整治工作方案，组织协调和检查督办。", [("县自然资源局", "responsible")]),
                   ("负责保障整治工作所需经费。", [("县财政局", "responsible")]),
                   ("各乡镇是整治工作的责任主体，对本区域整治工作负总责。", [("各乡镇", "responsible")])], got
    # Two columns are no table unless the first names the units and the second the duty.
    assert read_header(_tokens("职责分工\n单位\n县财政局"), 0) is None


def test_a_letter_spaced_header_of_a_space_separated_table():
    """"序号 工 作 任 务 牵头负责部门": a column name printed with its characters spaced out
    is one header cell; each row "N task unit" is a task with its unit leading."""
    from tracker.extract import extract_text
    text = ("某省2027年重点指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n"
            "1 新建农村公路3000公里 省交通运输厅\n2 城镇新增就业60万人以上 省人力资源社会保障厅\n"
            "3 改造老旧小区800个 省住房城乡建设厅\n")
    got = [(t.title, [(u.name, u.role) for u in t.units]) for t in extract_text(text).tasks]
    assert got == [("新建农村公路3000公里", [("省交通运输厅", "lead")]),
                   ("城镇新增就业60万人以上", [("省人力资源社会保障厅", "lead")]),
                   ("改造老旧小区800个", [("省住房城乡建设厅", "lead")])]


def test_a_leader_column_before_the_units_names_a_person():
    """"责任领导 / 责任单位" flattened one cell a line: the leader's name is no first piece
    of a unit name broken over lines ("周海涛市发展改革委" was read as one unit)."""
    text = ("某市2027年政府工作报告重点任务分解\n2027年2月20日\n\n序号\n重点任务\n责任领导\n责任单位\n完成时限\n"
            "1\n新增城镇就业2万人\n周海涛\n市人社局\n2027年12月底前\n"
            "2\n建成城市体育公园\n林晓\n市体育局\n2027年9月底前\n")
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline) for t in extract_text(text).tasks]
    assert got == [("新增城镇就业2万人", [("市人社局", "responsible")], date(2027, 12, 31)),
                   ("建成城市体育公园", [("市体育局", "responsible")], date(2027, 9, 30))], got


def test_a_standing_time_limit_cell_is_no_unit():
    """整改清单 rows "N 任务 责任单位 配合单位 整改时限" whose time limit is "立行立改" or
    "长期坚持": the limit is the deadline column's (no date), never a support unit."""
    text = ("某县巡察反馈问题整改清单\n2027年4月8日\n\n序号 整改任务 责任单位 配合单位 整改时限\n"
            "1 清理超期未结账款 县财政局 县审计局 立行立改\n"
            "2 健全乡村公路养护制度 县交通运输局 各乡镇 长期坚持\n"
            "3 补办闲置土地处置手续 县自然资源局 县住建局 2027年6月30日前\n")
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline) for t in extract_text(text).tasks]
    assert [units for _, units, _ in got] == [
        [("县财政局", "responsible"), ("县审计局", "support")],
        [("县交通运输局", "responsible"), ("各乡镇", "support")],
        [("县自然资源局", "responsible"), ("县住建局", "support")]], got
    assert [d for _, _, d in got] == [None, None, date(2027, 6, 30)]


def test_columns_named_for_a_schedule_or_a_person_in_other_words():
    """"时间进度" / "时间要求" / "进度计划" name the deadline column (its steps become
    milestones); "包保领导" / "整改责任人" name people, never units or the row's text."""
    piped = ("某区2027年为民办实事任务分解表\n2027年3月1日\n\n| 序号 | 工作任务 | 责任单位 | 时间进度 |\n"
             "| 1 | 新建社区食堂8个 | 区民政局 | 6月底前建成4个，11月底前全部建成 |\n"
             "| 2 | 改造背街小巷20条 | 区城管局 | 2027年10月底前 |\n")
    got = [(t.title, [u.name for u in t.units], t.deadline, [m.due for m in t.milestones])
           for t in extract_text(piped).tasks]
    assert got == [("新建社区食堂8个", ["区民政局"], date(2027, 11, 30), [date(2027, 6, 30), date(2027, 11, 30)]),
                   ("改造背街小巷20条", ["区城管局"], date(2027, 10, 31), [])], got
    flat = ("某区2027年为民办实事任务分解表\n2027年3月1日\n\n序号\n工作任务\n包保领导\n责任单位\n时间要求\n"
            "1\n新建社区食堂8个\n陈志远\n区民政局\n2027年11月底前\n"
            "2\n改造背街小巷20条\n何静\n区城管局\n2027年10月底前\n")
    got = [(t.title, t.text, [u.name for u in t.units], t.deadline) for t in extract_text(flat).tasks]
    assert got == [("新建社区食堂8个", "", ["区民政局"], date(2027, 11, 30)),
                   ("改造背街小巷20条", "", ["区城管局"], date(2027, 10, 31))], got


def test_header_naming_two_kinds_of_unit_takes_the_first():
    """"责任单位或牵头单位": a column whose header names two kinds of unit, as long as each
    other, gives the role of the kind written first."""
    from tracker.extract import extract_text
    from tracker.extract.table_model import column_roles
    assert column_roles("责任单位或牵头单位")[0] == "responsible"
    assert column_roles("牵头单位或责任单位")[0] == "lead"
    text = ("序号 | 工作内容 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n"
            "1 | 加强城区防护绿地建设，完善绿化带管护 | 市园林局 市建设局 | 有关部门 | 2021年9月20日前 |\n"
            "2 | 完成城区公园改造提升 | 市园林局 | 各区政府 | 2021年10月底前 |\n")
    got = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert got == [[("市园林局", "responsible"), ("市建设局", "responsible"), ("有关部门", "support")],
                   [("市园林局", "responsible"), ("各区政府", "support")]]


def test_programme_cells_closed_by_pipes_stay_apart_and_a_venue_is_no_unit():
    """An activity programme whose every cell closes its line with a pipe: the 主办 and 承办
    cells are two lists, and a venue that reads as a unit (县图书馆) stays in its column."""
    text = ("某县2027年春节文化活动日程安排\n序号 |\n活动内容 |\n活动时间 |\n活动地点 |\n主办单位 |\n承办单位 |\n"
            "1 |\n迎新春书法展 |\n2027年1月20日至2027年2月5日 |\n县图书馆 |\n县委宣传部 县文化局 |\n"
            "县书法家协会、县图书馆 |\n"
            "2 |\n元宵灯谜会 |\n2027年2月20日 |\n县文化馆 |\n县文化局 |\n县文化馆、县总工会 |\n")
    result = extract_text("某县人民政府办公室关于开展春节文化活动的通知\n2027年1月5日\n\n" + text)
    got = [(t.title, [(u.name, u.role) for u in t.units], t.deadline) for t in result.tasks]
    assert got == [
        ("迎新春书法展", [("县委宣传部", "lead"), ("县文化局", "lead"), ("县书法家协会", "responsible"),
                         ("县图书馆", "responsible")], date(2027, 2, 5)),
        ("元宵灯谜会", [("县文化局", "lead"), ("县文化馆", "responsible"), ("县总工会", "responsible")],
         date(2027, 2, 20)),
    ]


def test_one_row_per_town_under_a_division_header():
    # "乡镇、街道 / 目标任务": the kind of unit each row is heads the unit column.
    text = "\n\n".join(["附件1", "2027年各乡镇（街道）垃圾治理目标任务分解表", "乡镇、街道", "目标任务",
                        "城关镇", "建成分类示范小区12个，新增回收网点20个。",
                        "河西街道", "建成分类示范小区8个，新增回收网点15个。"])
    result = extract_text(HEAD + "各乡镇、街道要按照附件分解的目标任务抓好落实。\n\n" + text)
    got = {t.text: [(u.name, u.role) for u in t.units] for t in result.tasks}
    assert got["建成分类示范小区12个，新增回收网点20个。"] == [("城关镇", "responsible")]
    assert got["建成分类示范小区8个，新增回收网点15个。"] == [("河西街道", "responsible")]


def test_rows_of_figures_per_town_are_no_tasks():
    # "序号 / 镇街 / 一类户 / 二类户": figures per town, no task or deadline column named.
    toks = _tokens("序号\n镇街\n一类户\n二类户\n1\n城关镇\n3\n4")
    assert read_header(toks, 0) is None


def test_a_place_among_figure_columns_is_no_unit_column():
    toks = _tokens("序号\n工作任务\n全市\n园区\n完成时限\n1")
    cols, _ = read_header(toks, 0)
    assert [c.role for c in cols] == ["number", "title", "other", "other", "deadline"]


def test_a_table_ends_at_the_next_annex_heading():
    text = "\n\n".join(["附件1", "重点任务分解表", "序号", "工作任务", "责任单位", "完成时限",
                        "1", "修订应急预案。", "县应急局", "6月底前",
                        "附件2", "应急物资储备清单", "帐篷", "200顶", "棉被", "500床"])
    result = extract_text(HEAD + "请各单位按照附件抓好落实。\n\n" + text)
    assert [(t.title, [u.name for u in t.units]) for t in result.tasks] == [("修订应急预案。", ["县应急局"])]


def test_a_second_header_row_under_a_merged_cell_is_no_row():
    # "本月进展 |" spans "前期工作 |" / "建设进度 |": the second header row closes with "||".
    text = "\n".join(["序号 |", "项目名称 |", "责任单位 |", "本月进展 |", "||", "前期工作 |", "建设进度 |", "||||",
                      "1 |", "新建城南幼儿园 |", "县教体局 |", "已完工 |", "||",
                      "2 |", "改造城北农贸市场 |", "县商务局 |", "主体完工 |", "||"])
    result = extract_text(HEAD + "现将项目进度通报如下。\n\n" + text)
    assert [(t.title, [u.name for u in t.units]) for t in result.tasks] == [
        ("新建城南幼儿园", ["县教体局"]), ("改造城北农贸市场", ["县商务局"])]
