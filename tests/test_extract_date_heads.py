"""A day written alone on its line over numbered items: each item is due that day."""

from datetime import date

from tracker.extract import extract_text


def test_items_under_a_day_heading_are_due_that_day_or_on_their_own_bracketed_day():
    r = extract_text("某市农业局关于印发二〇二七年农情汇报提纲的通知\n\n"
                     "四月十日\n\n1、春播进度及预计完成面积(见表3)。\n\n2、春茶产量预计表(见表4)。\n\n"
                     "3、当前自然灾害统计(4月20日报送,见表5)。\n\n"
                     "小春收获进度表(表6)\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 4, 10), date(2027, 4, 10), date(2027, 4, 20)], \
        [t.title for t in r.tasks]
    assert all(not t.units for t in r.tasks)


def test_a_lone_day_over_one_item_or_a_signature_date_heads_nothing():
    r = extract_text("某市农业局关于印发二〇二七年农情汇报提纲的通知\n\n"
                     "四月十日\n\n1、春播进度及预计完成面积(见表3)。\n\n说明:表格另附。\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_a_far_target_year_in_chinese_numerals_gives_no_year():
    r = extract_text("某省国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要\n\n"
                     "四月十日\n\n1、春播进度(见表3)。\n\n2、春茶产量(见表4)。\n")
    assert [t.deadline for t in r.tasks] == [None, None], [t.title for t in r.tasks]


def test_a_plan_written_month_by_month_binds_its_items_to_each_months_end():
    r = extract_text("某社区2027年工作计划\n\n三月份:\n\n1、开展学雷锋志愿服务活动。\n\n2、组织妇女节座谈会。\n\n"
                     "四月份:\n\n1、开展清明祭扫文明宣传。\n\n2、组织春季运动会。\n\n2027年2月20日\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 3, 31)] * 2 + [date(2027, 4, 30)] * 2, \
        [t.title for t in r.tasks]


def test_a_summary_written_month_by_month_holds_no_task():
    r = extract_text("某社区2027年工作总结\n\n三月份:\n\n1、开展学雷锋志愿服务活动。\n\n2、组织妇女节座谈会。\n\n"
                     "某社区居委会\n2027年12月20日\n")
    assert r.tasks == [], [t.title for t in r.tasks]


def test_a_sentence_going_on_with_an_item_keeps_the_months_run():
    r = extract_text("某社区2027年工作计划\n\n五月份:\n\n1、开展爱家乡主题教育。\n\n通过参观走访，了解家乡的变化。\n\n"
                     "2、组织端午节包粽子活动。\n\n六月份有以下工作。\n\n1、开展防溺水安全教育。\n\n2027年4月20日\n")
    assert [(t.title[:4], t.deadline) for t in r.tasks][:2] == [("开展爱家", date(2027, 5, 31)),
                                                              ("组织端午", date(2027, 5, 31))], \
        [(t.title, t.deadline) for t in r.tasks]
    assert all(t.deadline != date(2027, 5, 31) for t in r.tasks[2:]), [(t.title, t.deadline) for t in r.tasks]


def test_an_item_under_a_month_heading_keeps_the_subject_it_names():
    r = extract_text("某县2027年教育工作计划\n\n三月份:\n\n1、各学校落实本学期的教学计划。\n\n2、组织春季运动会。\n\n"
                     "2027年2月20日\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["各学校"], []], [t.title for t in r.tasks]


def test_a_weeks_plan_headed_by_its_days_binds_its_items_to_the_weeks_end_or_their_weekday():
    r = extract_text("第三周工作计划\n2027-9-13—2027-9-17\n一、行政工作:\n1、讨论完善学期工作计划。\n"
                     "2、暑期维修工程决算报告。\n二、教师会议:\n1、周三下午3:30全体教师集中研讨行事历。\n"
                     "2、周一下午召开期初业务工作会议。\n")
    assert [(t.title[:4], t.deadline) for t in r.tasks] == [
        ("讨论完善", date(2027, 9, 17)), ("暑期维修", date(2027, 9, 17)),
        ("周三下午", date(2027, 9, 15)), ("周一下午", date(2027, 9, 13))], [(t.title, t.deadline) for t in r.tasks]
    assert not any(t.title.startswith(("行政工作", "教师会议")) for t in r.tasks)


def test_a_span_of_more_than_a_week_heads_no_weeks_plan():
    r = extract_text("工作安排\n2027-9-13—2027-10-17\n1、讨论完善学期工作计划。\n2、暑期维修工程决算报告。\n")
    assert r.tasks == [], [(t.title, t.deadline) for t in r.tasks]


def test_a_list_naming_the_days_of_one_week_is_that_weeks_plan_with_no_week_line():
    r = extract_text("一、德育工作\n1、本周定为“文明礼仪”教育周,各中队开展主题教育。\n2、周二参加区少先队辅导员会议。\n"
                     "二、教学工作\n1、2027年9月13日(周一)下午,参加区语文教材培训。\n2、周三下午3:30召开教研组长会议。\n"
                     "3、请各备课组于本周五前上交教学进度表。\n4、各班照常组织课后服务。\n5、整理实验室器材。\n")
    assert [(t.title[:4], t.deadline) for t in r.tasks] == [
        ("本周定为", date(2027, 9, 17)), ("周二参加", date(2027, 9, 14)), ("2027", date(2027, 9, 13)),
        ("周三下午", date(2027, 9, 15)), ("请各备课", date(2027, 9, 17)), ("整理实验", date(2027, 9, 17))], \
        [(t.title, t.deadline) for t in r.tasks]


def test_weekdays_written_beside_dates_make_no_weeks_plan():
    r = extract_text("关于国庆节放假的通知\n一、放假时间:2027年10月1日(星期五)至10月7日(星期四)放假。\n"
                     "二、10月9日(星期六)正常上班。\n三、值班安排:10月1日(星期五)由办公室值班。\n"
                     "四、各科室于9月30日(星期四)前做好安全检查。\n五、整理档案资料。\n")
    assert [(t.title[:3], t.deadline) for t in r.tasks] == [("各科室", date(2027, 9, 30))], \
        [(t.title, t.deadline) for t in r.tasks]
