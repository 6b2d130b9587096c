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


def test_an_act_every_period_with_no_day_is_due_at_the_periods_end():
    tasks = reports("三、加强督办。区政府督查室每月通报一次工作进展情况。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 1, 31), "FREQ=MONTHLY;BYMONTHDAY=-1")]
    assert [u.name for u in tasks[0].units] == ["区政府督查室"]
    tasks = reports("三、加强督办。各责任单位要每年报送工作总结。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 12, 31), "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")]


def test_a_week_with_no_day_named_gets_no_invented_weekday():
    tasks = reports("三、加强调度。各街道每周报送一次工作进展情况。")
    assert [t.recurrence for t in tasks] == ["FREQ=WEEKLY;INTERVAL=1"]


def test_a_rate_an_act_counted_twice_or_a_practice_named_is_no_recurring_duty():
    assert reports("三、加强督办。联席会议每年召开两次会议。") == []
    assert reports("三、加强督办。建立每周调度工作制度。") == []
    assert reports("三、加强督办。各乡镇每年新增就业1000人。") == []


def test_a_short_sentence_announcing_the_report_the_next_one_states_is_one_task():
    tasks = reports("第五条 议题每个月报送一次。议题主办单位在每个月20日之前，将拟提交会议讨论的议题报送区政府办公室。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 2, 20), "FREQ=MONTHLY;BYMONTHDAY=20")]
    assert [u.name for u in tasks[0].units] == ["议题主办单位"]


def test_a_subject_joined_by_yiji_is_named_without_the_conjunction():
    tasks = reports("三、各工作专班，以及县指挥办各工作组应当每周召开一次例会，推动工作落实。")
    assert [u.name for u in tasks[0].units] == ["县指挥办各工作组"]


def test_a_request_naming_nobody_is_addressed_to_the_notices_addressees():
    r = extract_text("己省工业和信息化厅关于开展示范基地申报工作的通知\n各市(州)工信局,长白山管委会经发局:\n"
                     "现将有关通知转给你们。\n申报材料请于9月11日下班前报送至我厅。我厅审查后报国家部委。\n"
                     "己省工业和信息化厅\n2028年9月1日\n")
    assert [(t.deadline, [u.name for u in t.units]) for t in r.tasks] == [
        (date(2028, 9, 11), ["各市(州)工信局", "长白山管委会经发局"])]
    r = extract_text("己县人民政府办公室关于报送进展情况的通知\n各乡镇人民政府:\n"
                     "各校要认真总结本年度工作。请于12月8日前报送总结。\n己县人民政府办公室\n2028年9月1日\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["各校"]]


def test_a_monthly_report_and_a_dated_summary_in_one_sentence_are_two_tasks_of_its_subject():
    tasks = extract_text(HEAD + "（四）加强工作报送。各养老机构明确1名联系人，每月15日前报送整治进展情况，"
                         "2029年3月底前报送专项整治工作总结，报至区养老机构管理中心。" + TAIL).tasks
    assert [(t.deadline, t.recurrence) for t in tasks] == [
        (date(2028, 2, 15), "FREQ=MONTHLY;BYMONTHDAY=15"), (date(2029, 3, 31), None)]
    assert [[u.name for u in t.units] for t in tasks] == [["各养老机构"], ["各养老机构"]]


def test_a_yearless_month_after_a_yearly_rule_recurs_with_it_and_a_restatement_is_one_task():
    tasks = reports("四、考核程序。2029年起，每年2月底前各区完成辖区内考核工作，3月底前区卫生健康委完成监测分析工作。"
                    "\n\n（二）年度考核。2029年起，各区每年2月底前完成上述工作。")
    assert [(t.deadline, t.recurrence, [u.name for u in t.units]) for t in tasks] == [
        (date(2029, 2, 28), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", ["各区"]),
        (date(2029, 3, 31), "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31", ["区卫生健康委"])]


def test_days_after_each_quarter_written_without_mei_are_a_quarterly_report():
    tasks = reports("三、加强督办。各责任单位要于季后10日内将进展情况报区政府督查室。")
    assert [(t.deadline, t.recurrence) for t in tasks] == [(date(2028, 4, 10), "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10")]


def test_two_reports_in_two_sentences_are_two_tasks_and_yu_written_as_yu_still_dates_them():
    tasks = extract_text(HEAD + "1、各村(居)委会、“河长制”各责任单位要履行好职责，制定各专项整治行动方案，"
                         "与2028年8月30日前报镇河长办备案。并与2028年11月30日前将专项整治行动工作总结报镇河长办。"
                         + TAIL).tasks
    assert [t.deadline for t in tasks] == [date(2028, 8, 30), date(2028, 11, 30)]
    assert [[u.name for u in t.units] for t in tasks] == [["各村(居)委会", "“河长制”各责任单位"]] * 2


def test_a_comparison_with_a_year_is_no_due_date():
    assert extract_text(HEAD + "三、各乡镇要加快进度，与2027年相比，投资增长10%。" + TAIL).tasks == []
