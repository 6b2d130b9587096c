"""Deadline and recurrence phrasings met in documents written apart from the extractor,
each on a minimal invented text (other places, offices and dates than any corpus
document): the start year of a yearly duty, …"""

from datetime import date

from tracker.extract import extract_text

HEAD = ("戊政办发〔2028〕5号\n\n戊县人民政府办公室关于做好年度考核工作的通知\n\n各乡镇人民政府：\n\n"
        "现将有关事项通知如下。\n\n")
TAIL = "\n\n戊县人民政府办公室\n2028年3月9日\n"


def run(body: str):
    return extract_text(HEAD + body + TAIL)


def test_a_bare_start_year_sets_the_first_occurrence_of_a_yearly_duty():
    r = run("一、县级考核。县考核办于2028年11月底前完成全县考核工作。2030年起，每年2月底前完成上述工作。")
    yearly = [t for t in r.tasks if t.recurrence]
    assert [t.deadline for t in yearly] == [date(2030, 2, 28)]
    assert "BYMONTH=2" in yearly[0].recurrence


def test_a_rectification_date_asked_once_binds_each_listed_problem():
    r = extract_text(
        "戊县人民政府督查室\n\n关于农贸市场周边环境检查情况的整改通知\n\n各乡镇人民政府、县市场监管局：\n\n"
        "  8月3日，县督查室对农贸市场周边环境进行了检查，发现问题5条，请各相关单位对存在的问题立即整改，"
        "并于8月12日前整改完毕，整改情况报县督查室。\n\n  附件：存在问题\n\n戊县人民政府督查室\n2028年8月4日\n\n"
        "  附件：\n  存在问题：\n  1.东门市场出口占道经营。（责任单位：县市场监管局）\n"
        "  2.北街沿线垃圾堆放。（责任单位：城关镇）\n")
    assert [(t.title[:8], t.deadline) for t in r.tasks] == [
        ("东门市场出口占道", date(2028, 8, 12)), ("北街沿线垃圾堆放", date(2028, 8, 12))]


def test_a_report_date_is_no_rectification_date():
    r = extract_text(
        "戊县人民政府督查室\n\n关于农贸市场周边环境检查情况的通报\n\n各乡镇人民政府：\n\n"
        "  请各相关单位于8月12日前报送整改情况。\n\n戊县人民政府督查室\n2028年8月4日\n\n"
        "  1.东门市场出口占道经营。（责任单位：县市场监管局）\n  2.北街沿线垃圾堆放。（责任单位：城关镇）\n")
    assert all(t.deadline is None for t in r.tasks if t.kind == "annotated")


def test_points_counted_in_a_sentence_keep_their_subjects_and_lost_months():
    r = run("三、加强督查。即:一是各责任单位须分别于630日、1220日前将半年进展、全年完成情况报至牵头单位。"
            "二是各牵头单位须分别于705日、1228日前将牵头工作完成情况报县督查室。")
    assert [(t.deadline, [u.name for u in t.units], [m.due for m in t.milestones]) for t in r.tasks] == [
        (date(2028, 12, 20), ["各责任单位"], [date(2028, 6, 30), date(2028, 12, 20)]),
        (date(2028, 12, 28), ["各牵头单位"], [date(2028, 7, 5), date(2028, 12, 28)])]


def test_items_of_a_campaign_opening_with_their_units_are_due_when_it_ends():
    r = run("一、搬迁时间\n公告之日起至2028年12月30日。\n二、搬迁地址\n(一)县委工作部门\n"
            "1.县委办公室、县委组织部搬迁至新城行政办公大楼。\n2.县信访局搬迁至新城文化中心。\n"
            "(二)县人大常委会工作部门\n县人大常委会机关搬迁至新城行政办公大楼。\n"
            "三、工作要求\n1.各单位要高度重视，确保搬迁工作平稳有序。\n")
    got = [([u.name for u in t.units], t.deadline) for t in r.tasks]
    assert got == [(["县委办公室", "县委组织部"], date(2028, 12, 30)), (["县信访局"], date(2028, 12, 30)),
                   (["县人大常委会机关"], date(2028, 12, 30))], got


def test_a_closing_date_for_the_work_above_dates_the_whole_paragraph():
    r = run("二、制定配套办法\n各乡镇要制定具体实施办法，对现行管理办法进行修订。以上工作要在2028年6月底前完成。\n")
    [t] = r.tasks
    assert t.deadline == date(2028, 6, 30) and t.text.startswith("各乡镇要制定具体实施办法")


def test_a_day_with_no_month_is_the_next_such_day_from_the_issue_date():
    # Two digits after 在/于 are a day, never a month and a day whose 月 was lost ("24日" is not 2月4日).
    r = extract_text("戊县交通运输局关于恢复客运班线的通告\n\n各客运企业：\n\n"
                     "  一、各客运企业要在24日前恢复全部县内班线。\n"
                     "  二、确需停运的线路，要于5日前报县交通运输局备案。\n\n戊县交通运输局\n2028年3月22日\n")
    assert [t.deadline for t in r.tasks] == [date(2028, 3, 24), date(2028, 4, 5)]


def test_a_day_with_no_month_and_no_issue_date_stays_undated():
    r = extract_text("戊县召开2028年创卫工作推进会\n\n会议要求，各单位要在31日前完成问题整改。\n")
    assert [t.deadline for t in r.tasks if t.deadline_text == "31日前"] == [None]


def test_a_day_with_no_month_and_an_hour_before_its_due_word_is_a_deadline():
    # "于14日16时之前", "但8日下午5时前": the hour between the day and 前 belongs to the day.
    r = extract_text("戊县交通运输局关于防御台风的紧急通知\n\n各乡镇、县直各单位：\n\n"
                     "  一、县海事处务必于24日16时之前组织全部渡船停航。\n"
                     "  二、排查可提前进行，但26日下午17:00前必须完成。\n\n戊县交通运输局\n2028年3月22日\n")
    assert [t.deadline for t in r.tasks] == [date(2028, 3, 24), date(2028, 3, 26)]
    news = extract_text("戊县召开防台风会商会\n\n会议要求，县旅游委务必于14日12时之前关闭涉水景点。14日16时召开调度会。\n")
    assert [(t.deadline, [u.name for u in t.units]) for t in news.tasks] == [(None, ["县旅游委"])]

def test_a_stage_span_of_days_across_months_written_with_a_dash_is_due_at_its_end():
    # The dash form reads as "7月3日至7月15日" does; a page with no year keeps the phrase.
    r = run("二、步骤安排。\n1.宣传发动阶段(6月5日—6月25日)。各乡镇召开动员会，部署整治工作。\n"
            "2.集中整治阶段(6月26日-9月30日)。各乡镇对照清单逐项整治。")
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [
        (date(2028, 6, 25), "6月5日—6月25日"), (date(2028, 9, 30), "6月26日-9月30日")]
    undated = extract_text("三、实施步骤\n(一)自查阶段(4月11日—5月20日)。各街道开展自查，建立问题台账。\n"
                           "(二)督查阶段(5月21日—7月31日)。区督查组对各街道进行抽查。\n")
    assert [(t.deadline, t.deadline_text) for t in undated.tasks] == [
        (None, "4月11日—5月20日"), (None, "5月21日—7月31日")]


def test_a_span_of_days_defining_a_period_is_no_stage():
    r = run("汛期(6月1日-9月30日)为防汛重点时段，各乡镇要落实值班制度。")
    assert [t.deadline for t in r.tasks] == []


def test_a_due_date_before_the_manner_of_the_act_stays_a_due_date():
    # "于…前以…名义/以电子版形式…": 以 after 前 opens how the act is done, no "以后".
    r = run("一、各乡镇务必于6月30日前以乡镇党委、政府的名义出台实施细则。\n"
            "二、请县林业局分别于每月10日、25日前以电子版形式上报进展情况。\n"
            "三、2028年6月30日以后新建的项目，按新标准执行。\n")
    assert [(t.deadline, t.recurrence) for t in r.tasks] == [
        (date(2028, 6, 30), None), (date(2028, 3, 10), "FREQ=MONTHLY;BYMONTHDAY=10,25")]


def test_duties_counted_from_the_start_of_term_keep_their_phrase():
    # A 中心校's notice to its schools: dates from a term start it does not give; a title
    # quoting "开学初" names a notice, no time.
    r = extract_text("某镇中心学校关于做好秋季开学安全工作的通知\n\n各小学：\n\n"
                     "  一、开学初，各小学要召开安全工作专题会议，制定安全工作计划。\n"
                     "  二、各小学要在开学前完成校舍安全自查。\n"
                     "  三、按照《某县教育局关于做好开学初安全工作的通知》要求，做好各项准备。\n")
    assert [(t.deadline, t.deadline_text, [u.name for u in t.units]) for t in r.tasks] == [
        (None, "开学初", ["各小学"]), (None, "开学前", ["各小学"])]


def test_minutes_counted_from_an_event_are_a_relative_deadline():
    # An emergency-report rule: "N分钟内" after the event, like "N小时内".
    r = run("三、突发事件发生后，各乡镇必须在30分钟内电话报告县应急管理局，1小时内书面报告。")
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [(None, "30分钟内")]
    assert [u.name for u in r.tasks[0].units] == ["各乡镇"]


def test_a_numbered_stage_named_by_its_quarter_or_month_before_a_colon_is_due_then():
    # "(一)第一季度：做好立项工作；" one numbered stage per period; a table cell "第一季度:" is none.
    r = run("四、进度安排\n(一)第二季度：完成项目立项和选址工作；\n(二)第三季度：全面实施建设施工。\n"
            "(三)第四季度：完成施工和验收工作。\n")
    assert [t.deadline for t in r.tasks] == [date(2028, 6, 30), date(2028, 9, 30), date(2028, 12, 31)]


def test_the_span_of_an_event_in_brackets_is_not_the_report_date():
    r = run("请各乡镇文化站将“文化节”活动期间（2028年7月至11月）拟开展的活动项目于4月15日前报县文广局。")
    assert [t.deadline for t in r.tasks] == [date(2028, 4, 15)], [t.title for t in r.tasks]


def test_the_year_of_a_plan_being_drafted_is_not_its_due_date():
    r = run("二、编制实施方案。2029年底前，各乡镇完成2035年达标片区系统方案编制，报县住建局审查。")
    assert [t.deadline for t in r.tasks] == [date(2029, 12, 31)], [t.title for t in r.tasks]


def test_this_year_before_a_duty_is_the_issue_year():
    r = run("三、县住建局本年度应编制完成2030年前计划建成片区系统方案编制工作。")
    assert [t.deadline for t in r.tasks] == [date(2028, 12, 31)], [t.title for t in r.tasks]


def test_months_listed_round_the_year_make_a_quarterly_report():
    r = run("三、各乡镇要在3月、6月、9月、12月底前,把重点工作完成情况报送县政府督查室。\n"
            "四、各乡镇的季报应分别于4月、7月、10月、次年1月5日前报送县统计局。\n")
    assert [(t.recurrence, t.deadline) for t in r.tasks] == [
        ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", date(2028, 3, 31)),
        ("FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5", date(2028, 4, 5))]


def test_three_months_with_their_own_targets_are_milestones_not_a_recurrence():
    r = run("五、各乡镇要在3月、6月、9月底前分别完成改造任务的30%、60%、100%。\n")
    [t] = r.tasks
    assert t.recurrence is None and t.deadline == date(2028, 9, 30)


def test_a_cut_off_labelled_with_a_clock_time_is_a_due_date_not_a_page_stamp():
    r = run("五、成绩报送。各乡镇须将统计表录入系统,系统的截止时间:2028年7月20日24:00。\n"
            "六、材料报送。书面材料送交截止时间:2028年8月14日17:00,逾期不予受理。\n")
    assert [t.deadline for t in r.tasks] == [date(2028, 7, 20), date(2028, 8, 14)]
    stamped = run("七、本通知发布时间:2028年3月9日10:35。各乡镇要于3月底前完成自查。\n")
    assert [t.deadline for t in stamped.tasks] == [date(2028, 3, 31)]
