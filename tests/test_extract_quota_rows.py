"""Quota tables: figures divided among named towns or offices, one task per unit's row, due at
the end of the year or plan the title names (invented tables of the shapes met in real documents)."""

from notice_helpers import table_tasks

HEAD = "某县人民政府办公室关于下达2027年植树造林任务的通知\n某政办发〔2026〕9号\n各乡镇人民政府：\n" \
    "现将2027年植树造林任务下达给你们，请认真组织实施。\n某县人民政府办公室\n2026年12月1日\n"


def _rows(text):
    return table_tasks(HEAD + text)


def test_pipe_rows_with_no_number_are_one_task_each_due_at_the_titles_year_end():
    tasks = _rows("附件\n某县2027年植树造林任务分解表\n单位：亩\n乡镇 | 造林任务 | 备注 |\n合计 | 900 | |\n"
                  "甲镇 | 400 | |\n乙乡 | 300 | |\n丙镇 | 200 | |\n")
    assert [t.units[0].name for t in tasks] == ["甲镇", "乙乡", "丙镇"]
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}
    assert tasks[0].text == "甲镇 | 400 |"


def test_a_table_written_on_one_line_is_cut_at_each_units_cell():
    tasks = _rows("某县2027年植树造林任务分解表\n| 县(市、区) | 成片造林 | 四旁植树 |  | 合  计 | 9 | 30 |"
                  "  | 甲 县 | 4 | 10 |  | 乙 区 | 3 | 12 |  | 丙 市 | 2 | 8 |\n")
    assert [t.units[0].name for t in tasks] == ["甲县", "乙区", "丙市"]
    assert tasks[1].text == "乙 区 | 3 | 12 |"


def test_a_responsible_column_names_the_rows_office_and_a_plan_name_its_end():
    tasks = _rows("某市“十四五”各县(市、区)节能\n目标分解表\n县(市、区) | 节能目标 | 责任部门 |\n"
                  "甲区 | 15% | 甲区人民政府 |\n乙县 | 14% | 乙县人民政府 |\n丙县 | 16% | 丙县人民政府 |\n")
    assert [t.units[0].name for t in tasks] == ["甲区人民政府", "乙县人民政府", "丙县人民政府"]
    assert {t.deadline.isoformat() for t in tasks} == {"2025-12-31"}


def test_group_heading_rows_and_totals_are_no_tasks():
    tasks = _rows("2027年封山育林计划表\n单 位 | 封山育林 |\n总 计 | 9.0 |\n一、甲市 | 5.0 |\n乙县 | 2.5 |\n"
                  "丙县 | 2.5 |\n二、丁市 | 4.0 |\n戊区 | 4.0 |\n")
    assert [t.units[0].name for t in tasks] == ["乙县", "丙县", "戊区"]


def test_a_table_of_what_was_done_assigns_nothing():
    assert _rows("2026年植树造林任务完成情况统计表\n乡镇 | 任务 | 完成 |\n甲镇 | 400 | 410 |\n"
                 "乙乡 | 300 | 280 |\n丙镇 | 200 | 230 |\n") == []


def test_rows_of_text_are_left_to_the_table_stage():
    # A unit closing a row of work ("| 1 | 某项工作 | 甲局 |") opens no row of figures.
    tasks = _rows("2027年重点工作任务分解表\n| 序号 | 工作任务 | 责任单位 |\n| 1 | 完成造林 | 县林业局 |\n| | 2 |\n"
                  "| 2 | 修建道路 | 县交通局 |\n| | 3 |\n| 3 | 建设学校 | 县教育局 |\n")
    assert not any(t.text.startswith(("县林业局", "县交通局")) for t in tasks)


def test_cells_one_a_line_after_bars_make_one_row_per_unit():
    tasks = _rows("某县2027年植树造林任务分解表\n| 乡镇\n| 成片造林\n| 四旁植树\n| 甲镇\n| 4\n| 10\n| 乙乡\n| 3\n| 12\n"
                  "| 丙镇\n| 2\n| 8\n")
    assert [t.units[0].name for t in tasks] == ["甲镇", "乙乡", "丙镇"]
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}


def test_cells_one_a_line_with_no_bar_and_year_columns_give_milestones():
    cells = ["某区违法用地整治三年行动任务量表", "单位：亩", "序号", "街镇", "任务量", "2027年约900亩",
             "2028年约700亩", "2029年约400亩"]
    for k, (town, figs) in enumerate([("甲镇", "300 120 100 80"), ("乙镇", "500 400 300 100"),
                                      ("丙街道", "1200 380 300 220")], 1):
        cells += [str(k), town, *figs.split()]
    tasks = _rows("\n\n".join(cells) + "\n")
    assert [t.units[0].name for t in tasks] == ["甲镇", "乙镇", "丙街道"]
    assert {t.deadline.isoformat() for t in tasks} == {"2029-12-31"}
    assert [m.due.isoformat() for m in tasks[0].milestones] == ["2027-12-31", "2028-12-31", "2029-12-31"]


def test_provinces_named_bare_are_the_rows_units():
    cells = ["某项目扩大招生计划表", "省（市）", "分年度招生任务", "2027年", "2028年", "总计", "300", "400"]
    cells += ["江苏", "100", "120", "浙江", "90", "130", "四川", "110", "150"]
    cells += ["备用"] * 12  # (a page of short lines)
    tasks = _rows("\n".join(cells) + "\n")
    assert [t.units[0].name for t in tasks] == ["江苏", "浙江", "四川"]
    assert [m.text for m in tasks[0].milestones] == ["2027年", "2028年"]


def test_quotas_sent_out_for_comment_assign_nothing():
    text = "现将拟下达各乡镇的任务面积征求意见，请于2027年3月1日前反馈。\n2027年造林任务分解表\n" \
        "乡镇 | 造林任务 |\n甲镇 | 400 |\n乙乡 | 300 |\n丙镇 | 200 |\n"
    assert not any(t.text.startswith(("甲镇", "乙乡", "丙镇")) for t in _rows(text))


def test_kind_sub_rows_under_a_kind_column_stay_in_their_units_row():
    cells = ["“十五五”期间某区场所建设推进计划表", "街  镇", "类 型", "2026年任务", "(万m2)", "2027年任务", "(万m2)"]
    for town, a, b in [("甲乙镇", "1.2 0.8", "3.1 2.0"), ("丙丁镇", "0.5 0.4", "2.2 1.9"), ("戊街道", "0.3 0.6", "1.5 1.1")]:
        cells += [town, "等级", *a.split(), "社区", *b.split()]
    tasks = _rows("\n\n".join(cells) + "\n")
    assert [t.units[0].name for t in tasks] == ["甲乙镇", "丙丁镇", "戊街道"]
    assert [m.text for m in tasks[0].milestones] == ["2026年任务", "2027年任务"]


def test_provinces_and_their_farm_systems_named_in_full_are_rows():
    tasks = _rows("2027年全国某作业任务表\n省 份 | 作业面积(万亩) |\n全 国 | 500 |\n甲乙省 | 80 |\n丙丁省 | 100 |\n"
                  "戊己自治区 | 60 |\n甲乙省农垦 | 20 |\n")
    assert [t.units[0].name for t in tasks] == ["甲乙省", "丙丁省", "戊己自治区", "甲乙省农垦"]
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}
    assert tasks[0].text == "甲乙省 | 80 |"


def test_a_number_line_before_each_barred_row_opens_the_row_and_is_no_figure():
    # (The header cell "目标任务" names no year: the caption two lines above does.)
    text = "附件：\n2027年某区标准化菜场建设任务安排表\n序号\n| 镇、街道\n| 目标任务\n|\n"
    for k, (town, n) in enumerate([("甲镇", 3), ("乙镇", 1), ("丙路街道", 2)], 1):
        text += f"{k}\n| {town}\n| {n}\n|\n"
    tasks = _rows(text + "合计\n|\n| 6\n|\n")
    assert [t.text for t in tasks] == ["1\n| 甲镇\n| 3", "2\n| 乙镇\n| 1", "3\n| 丙路街道\n| 2"]
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}


def test_a_count_after_the_unit_and_year_columns_date_the_row_by_its_last_year_with_work():
    text = "表一：分年度实施计划\n| 2027年\n| 2028年\n| 2029年\n|\n全市合计(60所)\n| 10\n| 30\n| 20\n|\n"
    for town, figs in [("甲区(20所)", "0 10 10"), ("乙县(25所)", "10 15 0"), ("丙 县(15所)", "0 5 10")]:
        text += f"{town}\n" + "".join(f"| {f}\n" for f in figs.split()) + "|\n"
    tasks = _rows(text)
    assert [t.units[0].name for t in tasks] == ["甲区", "乙县", "丙县"]
    assert [t.deadline.isoformat() for t in tasks] == ["2029-12-31", "2028-12-31", "2029-12-31"]
    assert [m.text for m in tasks[1].milestones] == ["2027年", "2028年"]


def test_a_page_opening_on_the_tables_caption_reads_it_as_the_tables_head():
    text = "表二：分年度建设计划\n对于已确定的项目，各地要抓紧组织实施。\n| 2027年\n| 2028年\n|\n"
    for town, figs in [("甲区(20所)", "0 10"), ("乙县(25所)", "10 15"), ("丙县(15所)", "5 0")]:
        text += f"{town}\n" + "".join(f"| {f}\n" for f in figs.split()) + "|\n"
    tasks = table_tasks(text)
    assert [(t.units[0].name, t.deadline.isoformat()) for t in tasks] == [
        ("甲区", "2028-12-31"), ("乙县", "2028-12-31"), ("丙县", "2027-12-31")]


def test_bare_place_names_under_a_column_of_places_are_the_rows_units():
    tasks = _rows("某市2027年度能耗强度目标分解表\n地区 | 能耗降幅目标(%) |\n全市 | 3.4 |\n港区 (含甲镇) | 3.4 |\n"
                  "城 厢 | 3.2 |\n沙 溪 | 3.5 |\n乙丙 | 3.0 |\n")
    assert [t.units[0].name for t in tasks] == ["港区(含甲镇)", "城厢", "沙溪", "乙丙"]
    assert tasks[1].text == "城 厢 | 3.2 |" and {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}


def test_bare_names_cells_one_a_line_under_a_county_column_are_rows():
    text = "附件1：农作物改种补种计划任务表\n县 份\n| 蔬 菜\n| 马铃薯\n(万亩)\n|\n"
    for town, figs in [("甲 里", "0.1 3"), ("乙 江", "0.05 1"), ("丙 寨", "0.03 2")]:
        text += f"{town}\n" + "".join(f"| {f}\n" for f in figs.split()) + "|\n"
    tasks = _rows(text)
    assert [t.units[0].name for t in tasks] == ["甲里", "乙江", "丙寨"]
    assert tasks[0].text == "甲 里\n| 0.1\n| 3"


def test_bare_names_under_no_column_of_places_are_no_rows():
    # (Crops, kinds, items: a bare word is a place only under a column naming places.)
    assert _rows("2027年粮食生产任务表\n作物 | 面积(万亩) |\n水稻 | 30 |\n小麦 | 20 |\n玉米 | 10 |\n") == []
