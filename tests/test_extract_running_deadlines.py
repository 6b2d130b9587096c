"""Deadlines in running text: the year of a term's January, a working day's end, a hand-in
on a morning, and a reviewer's own dated step after a hand-in (invented examples)."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.stated_days import autumn_term


def _due(text: str) -> list:
    return [(t.deadline, t.units and [u.name for u in t.units]) for t in extract_text(text).tasks]


def test_an_autumn_term_names_the_year_its_january_falls_in():
    text = ("关于2027年秋学期期末考试工作安排的通知\n各处室、系部:\n"
            "1.请各任课教师于1月6日前出好试卷,交教务处审核。\n"
            "2.请各系部于12月20日前将考试安排表报教务处。\n")
    assert sorted(t.deadline for t in extract_text(text).tasks) == [date(2027, 12, 20), date(2028, 1, 6)]


def test_a_school_year_first_term_and_a_spring_term():
    assert autumn_term(norm("现将2027-2028学年第一学期期末考试安排通知如下")) == 2027
    assert autumn_term(norm("某中学2027-2028学年第二学期校历")) is None
    assert autumn_term(norm("2027年春季学期开学工作")) is None


def test_a_dated_page_keeps_its_own_reading():
    text = ("关于2027年秋学期期末考试工作安排的通知\n各系部:\n"
            "请各系部于1月6日前将考试安排表报教务处。\n教务处\n2027年12月20日\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2028, 1, 6)]


def test_the_end_of_the_working_day_is_a_due_word():
    found = find_deadlines(norm("各单位要严格执行报备制度,3月10日下班前向值班室报备值班表。"), date(2027, 3, 8))
    assert [d.date for _, _, d in found] == [date(2027, 3, 10)]


def test_a_hand_in_on_a_morning_is_due_then_but_a_meeting_on_an_afternoon_is_not():
    text = "某某通知\n各系:\n请各系于3月9日上午报教务处考试安排表。\n教务处\n2027年3月1日\n"
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 3, 9)]
    news = "某县新闻\n2027年3月9日下午,县长主持召开常务会议,研究春耕工作。\n"
    assert extract_text(news).tasks == []


def test_a_reviewer_step_after_a_hand_in_is_a_task_of_its_own():
    text = ("关于期末考试的通知\n各教研室:\n"
            "1.任课教师于12月8日之前将试卷(附答案)上交至各教研室审核汇总后,于12月10日上午报系办公室。\n"
            "系办公室\n2027年12月1日\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 12, 8), date(2027, 12, 10)]
    assert tasks[1].text.startswith("将试卷(附答案)上交至各教研室审核汇总后")


def test_a_roster_due_days_before_the_holiday():
    text = ("某县人民政府办公室关于2027年春节期间放假调休的通知\n各乡镇人民政府,县直各单位:\n"
            "全县春节期间放假调休日期为2月6日至2月12日,共7天。"
            "各乡镇、县直各单位要严格执行值班报备制度,放假前3天向县政府总值班室报备值班表。\n"
            "某县人民政府办公室\n2027年1月25日\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 2, 3)]


def test_a_daily_report_over_the_listed_holidays():
    text = ("关于加强节日期间值班工作的通知\n各街道办事处:\n"
            "各街道办事处要在每日(10月1日-7日,10月12日)下午3时前,向区政府值班室报告当日情况。\n"
            "某区人民政府办公室\n2027年9月20日\n")
    (task,) = extract_text(text).tasks
    assert (task.deadline, task.recurrence) == (date(2027, 10, 1), "FREQ=DAILY;INTERVAL=1")


def test_a_start_governs_a_list_of_monthly_reports_by_level():
    text = ("某省安委办关于加强事故统计上报工作的通知\n各市安委办:\n"
            "从2027年4月起,“月度事故统计报表”启用新软件,上报时间调整为:县(市、区)每月26日前上报当月事故数据,"
            "设区市每月29日前上报当月事故数据,统计周期为上月25日至当月24日。\n某省安委办\n2027年3月2日\n")
    tasks = extract_text(text).tasks
    assert [(t.deadline, t.recurrence) for t in tasks] == [
        (date(2027, 4, 26), "FREQ=MONTHLY;BYMONTHDAY=26"), (date(2027, 4, 29), "FREQ=MONTHLY;BYMONTHDAY=29")]


def test_a_posting_line_of_date_and_clock_dates_a_news_page():
    text = "某区启动燃气安全百日行动\n0 2026-08-04 10:16:22\n据悉,即日起至10月底,各街道将开展燃气安全隐患排查整治。\n"
    assert [t.deadline for t in extract_text(text).tasks] == [date(2026, 10, 31)]


def test_a_replys_forecast_of_works_is_its_promised_date():
    text = ("关于县人大第2号建议的答复\n某某代表:\n您提出的关于增设路灯的建议收悉。该项目已列入今年民生实事,"
            "预计8月份开工建设,我局将抓紧办理前期手续。\n某县住房和城乡建设局\n2027年7月3日\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 8, 31)]


def test_a_forecast_of_figures_is_no_promise():
    found = find_deadlines(norm("预计8月份全市用电量增长8%。"), date(2027, 7, 3))
    assert found == []


def test_this_year_of_a_news_page_is_its_posting_year():
    text = ("某县某镇环路破损严重 已立项,拟于今年开始施工\n2027年02月24日14:34 | 来源:某某网\n"
            "某镇高度重视道路问题,已于2026年谋划环路建设项目,并在省交通运输厅立项,拟于今年开始施工。\n")
    assert date(2027, 12, 31) in [t.deadline for t in extract_text(text).tasks]


def test_a_year_of_planned_repairs():
    text = "某镇人民政府回复:\n县交通局已批复,2028年进行道路整修。\n某镇人民政府\n2027年10月17日\n"
    assert [t.deadline for t in extract_text(text).tasks] == [date(2028, 12, 31)]


def test_two_sentences_each_with_its_own_day_are_two_duties():
    text = ("关于期末考试的通知\n各系:\n2、阅卷结束后,任课教师必须在2028年1月19日前填写好成绩登记表,签名后交系部审核。"
            "在2028年1月26日前将成绩录入考试管理系统。\n教务处\n2027年12月20日\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2028, 1, 19), date(2028, 1, 26)]


def test_a_towns_next_meeting_is_no_due_date_of_the_villages():
    text = ("某镇召开油菜种植现场会\n发布时间:2027-10-14 09:00\n"
            "副镇长要求各村做好催收工作,务必在10月15日之前全部完成,并表示在10月20日再开一次流动现场会,检查各村工作落实情况。\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 10, 15)]


def test_a_yearly_rule_carries_to_the_later_days_of_its_sentence():
    text = ("某区专项整治行动方案\n(三)验收总结阶段\n市规划资源局于每年7月底前开展中期考核,12月20日前开展年度考核,"
            "12月30日前总结年度工作,并上报市政府。\n某区人民政府\n2027年3月1日\n")
    assert [t.recurrence for t in extract_text(text).tasks] == [
        "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30"]


def test_before_the_holiday_a_notice_is_about():
    text = ("各中小学:\n为确保师生度过一个欢乐祥和的节日,现就做好2027年国庆节期间学校安全保卫工作通知如下:\n"
            "一、加强安全检查。节前,各校要组织人员对校舍、食堂进行一次检查。\n某区教育局\n2027年9月20日\n")
    tasks = extract_text(text).tasks
    assert [(t.deadline, [u.name for u in t.units]) for t in tasks] == [(date(2027, 9, 30), ["各校"])]


def test_a_pre_holiday_check_named_in_news_is_no_time():
    assert find_deadlines(norm("通过节前安全生产检查督查,促使各行业更加重视安全生产。"), date(2027, 12, 28)) == []
    assert find_deadlines(norm("要抓住每个环节前后衔接。"), date(2027, 12, 28)) == []


def test_a_weekly_report_whose_days_are_listed_is_due_on_them():
    text = ("关于做好两会期间安全生产工作的通知\n各单位:\n"
            "各单位要在两会期间每周报送隐患排查台账,即3月3日、10日、17日上午下班前将隐患清单报送区安委办。\n"
            "某区安委办\n2027年3月1日\n")
    (task,) = extract_text(text).tasks
    assert (task.deadline, task.recurrence) == (date(2027, 3, 17), None)
    assert [m.due for m in task.milestones] == [date(2027, 3, 3), date(2027, 3, 10), date(2027, 3, 17)]


def test_an_exam_period_set_is_no_due_date():
    text = "期末考试通知\n各系:\n本学期期末考试时间定为2028年1月10日—1月12日。\n教务处\n2027年12月13日\n"
    assert extract_text(text).tasks == []


def test_the_friday_of_each_week_in_a_weekly_routine():
    found = find_deadlines(norm("活动的组织单位须于当周周五下午5点前在OA系统完成申请。"), date(2027, 6, 15))
    assert [(d.date, d.recurrence) for _, _, d in found] == [(date(2027, 6, 18), "FREQ=WEEKLY;BYDAY=FR")]
    assert find_deadlines(norm("做好当周的工作安排。"), date(2027, 6, 15)) == []


def test_a_festival_held_over_a_span_of_months_is_no_due_date():
    text = ("关于征集科技文化艺术节活动方案的通知\n各学院:\n我校第十届大学生科技文化艺术节将于2028年3月至6月举办。\n"
            "校团委\n2027年12月1日\n")
    assert extract_text(text).tasks == []
