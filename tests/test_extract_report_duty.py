"""Progress-report duties of notices and 工作要求 sections, each on a minimal invented text
(other places, offices and dates than any corpus document): one task per report duty, its
subject the unit, its receiver no unit, its recurrence and first date."""

from datetime import date

from tracker.extract import extract_text

HEAD = ("己政办发〔2028〕3号\n\n己区人民政府办公室关于印发2028年重点工作责任分解方案的通知\n\n"
        "各街道办事处，区政府各部门：\n\n现将有关事项通知如下。\n\n")
TAIL = "\n\n己区人民政府办公室\n2028年1月20日\n"


def reports(body: str):
    return [t for t in extract_text(HEAD + body + TAIL).tasks if t.recurrence]


def test_a_quarter_end_report_in_the_disposal_construction_is_a_task_of_its_subject():
    tasks = reports("三、强化督办。各责任单位须每季度末将本季度各项任务完成情况、存在问题及下一步推进计划"
                    "以书面形式上报区政府督查室。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 3, 31), "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1")]
    assert [u.name for u in tasks[0].units] == ["各责任单位"]


def test_a_report_due_before_the_quarters_last_month_ends_after_a_stated_start():
    tasks = reports("三、强化督办。自2028年第二季度开始，各牵头单位要在每季度末月底之前，将本季度工作进展情况"
                    "报区政府办公室，区政府办公室将跟踪督办。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 6, 30), "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1")]
    assert [u.name for u in tasks[0].units] == ["各牵头单位"]
