"""A published list of the year's work items (实事, 重点工作安排): every item is a task."""

from datetime import date

from notice_helpers import run, titles

from tracker.extract import extract_text
from tracker.extract.work_list import items


def test_each_item_of_a_year_shishi_list_is_a_task_due_at_the_years_end():
    # A 实事 list sets the year's targets (the corpus's gold rule "Quota and target tables, year lists").
    r = run("现将《2027年县政府实事项目安排》印发给你们，请抓紧组织实施。\n\n"
            "2027年县政府实事项目安排\n\n"
            "一、新建2家综合为老服务中心。在3家养老机构内增设医疗机构。\n\n"
            "二、全年完成30个小区综合治理的硬件改造工作。\n\n"
            "三、实施中小河道治理，完成6条黑臭河道治理。\n")
    assert len(r.tasks) == 3, titles(r)
    assert [t.deadline for t in r.tasks] == [date(2027, 12, 31)] * 3
    assert all(not t.units for t in r.tasks)


def test_items_run_together_on_one_line_are_split_and_section_headings_are_not_items():
    r = run("2027年县政府重点工作目标安排\n\n一、推动区域发展规划实施\n\n"
            "(一)开展县“十五五”规划编制。(二)实现年度社会消费品零售总额达到80亿元。"
            "(三)落实县城单元规划。\n")
    assert [t.deadline for t in r.tasks] == [None, date(2027, 12, 31), None], titles(r)
    assert not any("推动区域发展规划实施" == t.title for t in r.tasks)


def test_undated_items_without_a_list_heading_stay_no_tasks():
    r = run("一、新建2家综合为老服务中心。\n\n二、实施中小河道治理。\n")
    assert r.tasks == [], titles(r)


def test_items_split_only_at_numbers_after_a_stop():
    text = "(一)开展规划编制。(二)实施“全球服务商计划”(含(三)类机构)。"
    assert [text[a:b] for a, b in items(text, 0, len(text))] == [
        "(一)开展规划编制。", "(二)实施“全球服务商计划”(含(三)类机构)。"]


def test_a_list_heading_may_name_its_place_before_the_year():
    r = run("丙县2027年实事项目安排\n\n1.新建2家综合为老服务中心。\n\n2.实施中小河道治理。\n")
    assert len(r.tasks) == 2, titles(r)


def test_the_requirements_after_a_work_list_are_no_items_of_it():
    r = run("2027年县政府实事项目安排\n\n1.新建2家综合为老服务中心。\n\n2.实施中小河道治理。\n\n"
            "工作要求\n\n1.加强组织领导。各牵头单位要明确目标、细化方案。\n\n2.加强宣传。\n")
    assert [t.title for t in r.tasks] == ["新建2家综合为老服务中心", "实施中小河道治理"], titles(r)


def test_a_heading_naming_the_years_key_work_with_a_posting_date_opens_a_list():
    # "2028年县委、县政府重点工作任务" with the portal's date after it, the items undated.
    r = run("2028年县委、县政府重点工作任务 2028-04-11\n\n"
            "1.推动工业提质增效。实施技改项目30个，培育专精特新企业10家。\n\n"
            "2.深化县域商业体系建设。新建乡镇商贸中心5个。\n")
    assert [t.title for t in r.tasks] == ["推动工业提质增效", "深化县域商业体系建设"]
    assert all(t.deadline is None and not t.units for t in r.tasks)


def test_a_month_list_binds_its_items_to_the_months_end_and_its_office():
    # "X月重点工作" headed by the office that does the work, dated at its foot.
    r = extract_text("县水利局办公室5月重点工作\n\n"
            "1、做好汛前检查的准备工作。\n\n"
            "2、督促各乡镇抓好防汛物资清点;配合局财务科办理报废手续。\n\n"
            "3、完成局领导交办的其他工作。\n\n"
            "2027年4月28日\n")
    assert [t.title for t in r.tasks] == ["做好汛前检查的准备工作", "督促各乡镇抓好防汛物资清点"], titles(r)
    assert all(t.deadline == date(2027, 5, 31) for t in r.tasks)
    assert all([(u.name, u.role) for u in t.units] == [("县水利局办公室", "responsible")] for t in r.tasks)


def test_a_january_list_written_in_december_is_due_in_the_next_year():
    r = extract_text("1月份工作安排\n\n一、开展节前安全检查。\n\n二、组织春节慰问走访。\n\n2027年12月26日\n")
    assert [t.deadline for t in r.tasks] == [date(2028, 1, 31)] * 2, titles(r)
    assert all(not t.units for t in r.tasks)


def test_a_month_list_heading_needs_an_office_or_nothing_before_the_month():
    r = extract_text("关于做好5月重点工作\n\n1、做好汛前检查的准备工作。\n\n2、组织防汛演练。\n\n2027年4月28日\n")
    assert r.tasks == [], titles(r)


def test_items_of_a_works_key_points_of_the_year_are_tasks_undated():
    text = ("某市人民政府办公室关于印发社会保障工程2027年工作要点的通知\n"
            "社会保障工程2027年工作要点\n一、实施促进就业行动\n"
            "1.完善人力资源服务体系。建立人力资源服务产业园。\n2.做好高校毕业生就业。开发见习岗位500个。\n")
    tasks = extract_text(text).tasks
    assert [(t.title, t.deadline) for t in tasks] == [("完善人力资源服务体系", None), ("做好高校毕业生就业", None)]


def test_an_issuers_year_key_points_are_items_with_only_their_own_dates():
    # Any issuer before the year; principles (指导思想, 总体要求) are no items of work.
    r = run("关于印发某自治区农牧厅2027年工作要点的通知\n\n各处室：\n\n现将《某自治区农牧厅2027年工作要点》印发给你们。\n\n"
            "某自治区农牧厅2027年工作要点\n\n一、总体要求\n\n(一)指导思想。坚持稳中求进工作总基调。\n\n"
            "二、重点任务\n\n(一)稳定粮食生产。落实粮食安全责任，确保播种面积稳定。\n\n"
            "(二)发展特色产业。全年新建标准化养殖场20个。\n")
    assert [t.title for t in r.tasks] == ["稳定粮食生产", "发展特色产业"], titles(r)
    assert [t.deadline for t in r.tasks] == [None, date(2027, 12, 31)]


def test_a_page_titled_by_its_key_points_is_that_list():
    r = run("某市交通运输局2027年工作要点\n\n2027年，全系统要围绕中心工作，努力争先。\n\n"
            "一、加快综合交通建设\n\n1.推进干线公路改造，提升通行能力。\n\n2.研究编制综合交通网规划。\n")
    assert [t.title for t in r.tasks][-2:] == ["推进干线公路改造，提升通行能力", "研究编制综合交通网规划"], titles(r)
    assert [t.deadline for t in r.tasks][-2:] == [None, None]
