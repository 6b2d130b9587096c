"""Windows, cut-offs, extensions and rhythms inside a sentence, each on a minimal invented
text (other places, offices and dates than any corpus document)."""

from datetime import date

from tracker.extract import extract_text

HEAD = ("己农发〔2029〕7号\n\n己县农业农村局关于做好项目申报工作的通知\n\n各乡镇农业服务中心：\n\n"
        "现将有关事项通知如下。\n\n")
TAIL = "\n\n己县农业农村局\n2029年4月8日\n"


def run(body: str):
    return extract_text(HEAD + body + TAIL)


def test_a_window_that_closes_on_a_day_is_due_that_day():
    r = run("现将申报时间延长5个工作日，申报时间截止4月16日，请各乡镇农业服务中心按要求组织申报。")
    assert [t.deadline for t in r.tasks] == [date(2029, 4, 16)]


def test_a_cut_off_closed_by_before_is_due_then():
    r = run("按照上级要求，截止到2029年9月底之前，各乡镇要全面完成农田设施排查任务。")
    assert [t.deadline for t in r.tasks] == [date(2029, 9, 30)]


def test_a_cut_off_counting_figures_is_no_due_date():
    r = run("截止2029年3月底，全县共完成农田设施排查1200处。")
    assert all(t.deadline != date(2029, 3, 31) for t in r.tasks)


def test_a_hand_in_asked_a_week_ahead_of_an_undated_meeting_keeps_its_phrase():
    r = run("三、材料报送：各乡镇要将召开评审会的申请报告提前一周报县农业农村局。")
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [(None, "提前一周")]
    assert [u.name for u in r.tasks[0].units] == ["各乡镇"]


def test_a_plain_ahead_hand_in_is_a_relative_duty_but_finishing_early_is_not():
    r = run("1.各乡镇提前将填好的登记表报到县农业农村局。\n2.确保提前完成全年任务。")
    assert [t.deadline_text for t in r.tasks] == ["提前"]


PLAN = ("己府办发〔2029〕3号\n\n己县人民政府办公室关于印发《己县城乡环境提升行动方案（2029-2031年）》的通知\n\n"
        "各乡镇人民政府：\n\n现将《己县城乡环境提升行动方案（2029-2031年）》印发给你们，请认真贯彻执行。\n\n"
        "己县人民政府办公室\n2029年3月2日\n\n附件\n\n重点任务清单\n\n序号\n\n工作任务\n\n推进单位\n\n"
        "1\n\n新建城东口袋公园5座\n\n县住建局、城关镇\n\n2\n\n改造农村公路40公里\n\n县交通局\n")


def test_undated_rows_of_a_plan_that_names_its_years_are_due_when_it_ends():
    r = extract_text(PLAN)
    assert [(t.title[:6], t.deadline) for t in r.tasks] == [
        ("新建城东口袋", date(2031, 12, 31)), ("改造农村公路", date(2031, 12, 31))]


def test_undated_rows_of_a_plan_with_no_span_of_years_stay_undated():
    r = extract_text(PLAN.replace("（2029-2031年）", ""))
    assert [t.deadline for t in r.tasks] == [None, None]


def test_two_thirds_of_a_month_end_with_the_later_one():
    r = run("一、各乡镇于5月中下旬完成秸秆清运。\n二、各乡镇于6月上中旬完成补植。")
    assert [t.deadline for t in r.tasks] == [date(2029, 5, 31), date(2029, 6, 20)]


def test_a_range_whose_first_day_lost_its_day_character_is_due_at_its_end():
    r = run("请各乡镇于5月8-5月15日报送统计表。")
    assert [t.deadline for t in r.tasks] == [date(2029, 5, 15)]


def test_a_month_end_each_month_is_a_named_day_of_a_monthly_duty():
    r = run("各村每月月底前交乡镇农业服务中心备案。")
    assert [t.recurrence for t in r.tasks] == ["FREQ=MONTHLY;BYMONTHDAY=-1"]


def test_a_weekday_counted_in_each_month_or_quarter_recurs_by_that_weekday():
    r = run("一、党员于每月的最后一个星期三缴纳党费。\n二、各乡镇每季度最后一个周五前更新报送巡查台账。")
    assert [(t.recurrence, t.deadline) for t in r.tasks] == [
        ("FREQ=MONTHLY;BYDAY=-1WE", date(2029, 4, 25)), ("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1FR", date(2029, 6, 29))]


def test_a_former_weekday_replaced_by_a_new_one_is_no_duty():
    r = run("现将原有的每月最后一周周五下午活动日，调整为每月双周周五下午。")
    assert all(t.recurrence != "FREQ=MONTHLY;BYDAY=-1FR" for t in r.tasks)


def test_shares_of_one_work_due_by_month_are_milestones_of_one_task():
    r = run("各乡镇3月底前完成20%年度任务量，6月底前完成60%年度任务量，9月底前完成80%年度任务量和11月中旬前"
            "完成剩余20%的整治任务。")
    assert [(t.deadline, len(t.milestones)) for t in r.tasks] == [(date(2029, 11, 20), 4)]


SCHOOL = ("己县第一中学\n\n关于做好寒假学生离校工作的通知\n\n各年级组：\n\n"
          "根据学校安排，2030年1月13日-1月19日为考试周，1月20日-2月24日为寒假。{}\n\n己县第一中学\n2030年1月6日\n")


def test_a_check_before_the_students_leave_is_due_on_the_eve_of_the_break():
    r = extract_text(SCHOOL.format("各班主任在学生离校前务必完成宿舍安全检查。"))
    assert [t.deadline for t in r.tasks if "宿舍" in t.text] == [date(2030, 1, 19)]


def test_a_clean_up_before_leaving_for_a_holiday_is_due_on_its_eve():
    r = extract_text("己县第一中学\n\n关于清明节放假的通知\n\n各处室：\n\n一、4月5日至7日放假，共3天。\n"
                     "二、在放假离校前，各处室应对办公场所进行安全检查。\n\n己县第一中学\n2030年3月27日\n")
    assert [t.deadline for t in r.tasks if "安全检查" in t.text] == [date(2030, 4, 4)]


def test_a_window_closed_by_during_is_due_at_its_end_not_its_start():
    r = run("请各乡镇在4月10日至4月20日期间登录系统完成申报。")
    assert [t.deadline for t in r.tasks] == [date(2029, 4, 20)]


def test_a_yearly_duty_moved_for_its_first_year_in_brackets_is_first_due_then():
    r = run("县农业农村局于每年6月底前开展中期考核（2029年中期考核为8月底前），11月底前开展年度考核。")
    assert [(t.deadline, t.recurrence) for t in r.tasks] == [
        (date(2029, 8, 31), "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"), (date(2029, 11, 30), "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30")]


def test_a_first_year_exception_already_past_leaves_the_next_regular_occurrence():
    r = run("各乡镇要制定年度实施方案，于每年3月底（2029年为4月5日）前报县农业农村局。")
    assert [(t.deadline, t.recurrence) for t in r.tasks] == [(date(2030, 3, 31), "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31")]


def test_a_first_year_exception_after_the_issue_date_is_the_first_due_day():
    r = run("各乡镇要制定年度实施方案，于每年3月底（2029年为4月底）前报县农业农村局。")
    assert [(t.deadline, t.recurrence) for t in r.tasks] == [(date(2029, 4, 30), "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31")]


def test_weekdays_listed_with_their_times_of_day_all_recur():
    r = run("县农业农村局每周一早上、周三晚上深入各乡镇检查秸秆禁烧工作。")
    assert [t.recurrence for t in r.tasks] == ["FREQ=WEEKLY;BYDAY=MO,WE"]
