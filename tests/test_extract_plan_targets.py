"""A five-year plan's targets divided among offices are due at the end of the plan's last year; the
plan's work items and a year's list citing a plan keep their own dates (invented notices)."""

from tracker.extract import extract_text
from tracker.extract.plan_targets import is_plan_target, plan_end
from tracker.extract.model import ExtractedTask

PLAN = ("丁政办发〔2026〕12号\n\n丁市人民政府办公室关于落实丁市“十五五”规划任务分工的通知\n\n各区人民政府，市政府各部门：\n\n"
        "为落实《丁市“十五五”规划》，现将主要目标和任务分工如下。\n\n一、主要目标和任务分工\n\n"
        "1.约束性指标。⑴城镇污水处理率达到98%。\n\n责任单位：市水务局。\n\n"
        "⑵城乡居民医疗保险参保率96%。\n\n责任单位：市医保局。\n\n"
        "二、重点任务\n\n(一)完善公共卫生应急体系。\n\n牵头单位：市卫健委。\n\n丁市人民政府办公室\n2026年3月2日\n")


def _task(result, words):
    return next(t for t in result.tasks if words in t.text)


def test_a_plans_figure_targets_are_due_at_its_last_years_end_and_its_work_items_keep_none():
    r = extract_text(PLAN)
    assert _task(r, "污水处理率").deadline.isoformat() == "2030-12-31"
    assert _task(r, "参保率96%").deadline.isoformat() == "2030-12-31"
    assert all(t.deadline is None for t in r.tasks if "公共卫生应急体系" in t.text)


def test_rows_under_a_heading_naming_the_plans_targets_are_targets_with_or_without_a_figure():
    under = ExtractedTask(None, title="5.空气质量达到省级要求。", text="5.空气质量达到省级要求。", section="一、主要指标(30项)")
    work = ExtractedTask(None, title="加快建设物流园区。", text="加快建设物流园区。", section="二、重点任务")
    assert is_plan_target(under) and not is_plan_target(work)


def test_the_plan_named_in_full_divided_gives_its_end_and_a_years_list_citing_a_plan_none():
    assert plan_end("某区国民经济和社会发展第十五个五年规划纲要任务分工方案", [], None)[0] == 2030
    assert plan_end("关于印发2027年区政府重点工作任务分解的通知", ["(一)开展区“十五五”规划编制。"], None) is None
    assert plan_end("关于转发“十一五”规划任务分工的通知", [], __import__("datetime").date(2027, 1, 5)) is None


YEAR = ("丁政办发〔2027〕5号\n\n丁市人民政府办公室关于印发2027年政府工作报告主要目标任务分解清单的通知\n\n各区人民政府，市政府各部门：\n\n"
        "现将分解清单印发给你们，请认真抓好落实。\n\n丁市人民政府办公室\n2027年2月9日\n\n"
        "2027年政府工作报告主要目标任务分解清单\n\n"
        "1.地区生产总值增长6%左右。（市发改委负责）\n\n"
        "2.抓好300个重点产业项目建设，推动一批重大项目开工，确保年度投资达到800亿元。（市发改委负责）\n\n"
        "3.完善公共卫生应急体系。（市卫健委负责）\n")


def test_a_years_division_dates_its_figure_targets_at_the_years_end_and_leaves_its_work_undated():
    r = extract_text(YEAR)
    assert _task(r, "地区生产总值").deadline.isoformat() == "2027-12-31"
    assert _task(r, "重点产业项目").deadline is None  # work reaching a figure on the way
    assert _task(r, "公共卫生应急体系").deadline is None


def test_a_year_over_before_the_page_or_a_span_of_years_is_no_years_division():
    from datetime import date
    from tracker.extract.plan_targets import year_division
    assert year_division("2027年重点工作任务分解表", [], None) == (2027, "2027年")
    assert year_division("2026年重点工作任务分解表", [], date(2027, 3, 1)) is None
    assert year_division("2027-2029年重点工作任务分解表", [], None) is None
