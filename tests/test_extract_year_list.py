"""A list of one year's items: undated items are due at that year's end."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.year_list import list_year


def test_a_year_list_title_names_the_year():
    assert list_year("某州2027年度十件民生实事1-3月推进情况\n1.新建公园3个。") == (2027, "2027年度")
    assert list_year("某镇2027年度重点工作计划二季度执行情况") == (2027, "2027年度")


def test_a_year_named_without_calling_the_list_the_years_is_no_year_list():
    assert list_year("关于印发2027年度学习计划的通知") is None
    assert list_year("2026年度考核反馈问题整改实施方案") is None
    assert list_year("2027年区政府工作报告目标任务上半年推进情况汇总表") is None


def test_a_whole_year_target_column_under_a_dated_title():
    head = "2027年区政府重点民生实事项目推进情况(1-11月)\n序号|\n主要任务|\n全年目标任务|\n牵头单位|"
    assert list_year(head) == (2027, "全年")
    assert list_year("夺取全年目标任务全面胜利\n2027年") is None  # running text, not a column


def test_undated_items_of_a_year_list_are_due_at_its_end_and_dated_ones_keep_their_date():
    text = ("某州2027年度十件民生实事推进情况\n"
            "1.新建城市公园3个。(责任单位:州住房城乡建设局)\n"
            "2.新建幼儿园5所，6月底前完成选址。(责任单位:州教育局)\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 12, 31), date(2027, 6, 30)]


def test_the_years_completion_report_binds_no_date():
    # "…任务完成情况": the year's report once it is over, not an in-year 推进情况.
    assert list_year("2026年度市政府重点工作任务完成情况\n序号\n工作任务\n牵头责任单位\n完成情况") is None
    assert list_year("2026年度重点工作任务三季度推进情况") == (2026, "2026年度")


def test_undated_items_under_a_heading_naming_the_years_expected_targets():
    text = ("某市2027年重点工作责任分解\n一、确保完成全年主要预期目标\n"
            "1.地区生产总值增长6%左右。(牵头单位:市发展改革委)\n"
            "二、推动产业升级\n2.实施技改项目100个。(牵头单位:市工信局)\n")
    tasks = extract_text(text).tasks
    assert [(t.title, t.deadline) for t in tasks] == [("地区生产总值增长6%左右", date(2027, 12, 31)),
                                                      ("实施技改项目100个", None)]


def test_a_plans_targets_for_a_span_of_years_are_no_years_but_due_at_the_plans_end():
    # Not the year's targets (year_list); a division of the plan's targets (plan_targets): due when
    # the plan ends, as the corpus's gold rule reads a period a title names.
    text = ("某市“十五五”规划纲要主要目标分工\n一、经济社会发展主要预期目标\n"
            "1.地区生产总值年均增长6%。(牵头单位:市发展改革委)\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2030, 12, 31)]


def test_undated_items_under_a_heading_naming_the_years_development_indicators_with_a_gloss():
    text = ("某区2027年区政府重点任务分解意见\n一、经济社会发展指标(工作目标)\n"
            "1.地区生产总值增长8%左右。[责任单位:区发改局]\n二、重点工作\n2.建设物流园区。(责任单位:区商务局)\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 12, 31), None]


def test_the_years_targets_in_one_sentence_are_one_task_due_at_the_years_end():
    r = extract_text("某区2027年工作要点\n\n2027年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右,"
                     "一般公共预算收入增长5%,城镇新增就业1万人。\n\n一、抓好项目建设。\n")
    # The 要点's item is a task of its own, undated (tests/test_extract_work_list.py).
    assert len(r.tasks) == 2 and r.tasks[0].text.startswith("2027年全区经济社会发展的主要预期目标是"), r.tasks
    assert r.tasks[0].deadline == date(2027, 12, 31) and not r.tasks[0].units
    assert r.tasks[1].title == "抓好项目建设" and r.tasks[1].deadline is None


def test_a_plans_targets_for_a_span_of_years_are_no_years_targets():
    r = extract_text("“十五五”时期主要预期目标是:地区生产总值年均增长6%左右,城镇新增就业5万人。\n")
    assert r.tasks == []


def test_a_title_naming_the_years_minsheng_shishi_without_a_count_dates_its_rows():
    r = extract_text("某县人民政府办公室关于印发2027年民生实事项目的通知\n某政办发〔2027〕3号\n各乡镇人民政府：\n"
                     "现将《2027年民生实事项目》印发给你们，请认真组织实施。\n某县人民政府办公室\n2027年2月3日\n"
                     "2027年民生实事项目\n| 序号 | 项目名称 | 建设内容 | 责任单位 |\n|---|---|---|---|\n"
                     "| 1 | 新建幼儿园 | 新建公办幼儿园3所 | 县教育局 |\n| 2 | 改造道路 | 改造农村公路50公里 | 县交通局 |\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 12, 31)] * 2, r.tasks
    assert list_year("关于征集2028年民生实事项目的公告") is None
    assert list_year("关于做好2027年民生实事工作的通知") is None


def test_a_title_dividing_the_years_work_before_naming_it_binds_no_date():
    # "分解下达" before the year: a 分解 of the year's work, whose undated rows stay undated.
    assert list_year("某市人民政府办公室关于分解下达2027年度市政府重点工作任务的通知") is None
    assert list_year("某镇2027年度重点工作计划二季度执行情况") == (2027, "2027年度")
