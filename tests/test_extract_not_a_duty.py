"""Sentences with a date that set no duty (the grounds of a notice, its guiding thought,
reported speech, a signature's or a page's date) and the month headings of a schedule,
each on a minimal text invented for the test.
"""

from notice_helpers import run, titles
from tracker.extract import extract_text


def test_the_meeting_that_approved_the_notice_is_no_task():
    r = run("《丙县2027年第二季度工作要点》已经2027年2月3日县政府第12次常务会议审议通过，"
            "现印发给你们，请认真贯彻落实。\n\n各镇要于2027年3月底前报送落实方案。")
    assert len(r.tasks) == 1, titles(r)
    assert r.tasks[0].deadline.isoformat() == "2027-03-31"


def test_a_document_issued_by_a_higher_office_on_a_date_is_no_task():
    r = run("为落实上级部署，省民政厅于2027年1月20日下发《关于开展地名核查的通知》，要求全面核查。"
            "\n\n请各镇于2027年2月28日前报县民政局。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-28"], titles(r)


def test_a_guiding_statement_and_reported_speech_set_no_duty():
    r = run("一、工作目标\n\n深入贯彻全会精神，按照“10月前全面完成、12月查漏补缺”的要求，严格落实责任。\n\n"
            "县发改局相关负责人表示，全县将于年底前完成全部项目。\n\n"
            "二、工作要求\n\n各镇要在2027年3月15日前完成点位汇总。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-15"], titles(r)


def test_a_guiding_opening_with_a_dated_duty_of_its_own_keeps_it():
    r = run("认真贯彻会议精神，各镇要于2027年4月30日前完成排查整改。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_a_signature_run_into_the_text_and_a_bulleted_posting_date_are_no_tasks():
    r = run("  • 2027年01月23日\n\n丙县某某工作领导小组 2027年1月20日 丙县某某专项行动实施方案\n\n"
            "各镇要于2027年5月底前完成自查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-31"], titles(r)


def test_month_headings_of_a_schedule_are_stages_dated_by_the_signature_year():
    text = ("丁局工作方案\n\n今年5—12月是全市创建工作的时间，各部门应行动起来。我局方案如下：\n\n"
            "7月，成立创建工作领导小组，召开动员会。\n\n"
            "8—9月，重点搞好机关内部环境整治。\n\n"
            "10月，局机关完成自查。11月，市创建办组织验收，提出意见。\n\n"
            "丁局\n二〇二七年七月扫一扫在手机打开当前页用户登录\n")
    r = extract_text(text)
    got = [(t.deadline.isoformat() if t.deadline else None) for t in r.tasks]
    assert got == ["2027-07-31", "2027-09-30", "2027-10-31", "2027-11-30"], titles(r)
    assert not any("扫一扫" in t.text for t in r.tasks)


def test_a_month_in_running_text_is_still_no_due_date():
    r = run("各镇要结合7月汛期特点，于2027年6月20日前完成隐患排查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-20"], titles(r)


def test_a_stage_heading_alone_gives_its_duties_due_at_the_stage_end():
    r = run("（一）排查阶段（2027年3月—2027年5月）\n\n各镇、各有关部门要对本辖区隐患进行全面排查，建立台账。\n\n"
            "（二）整改阶段（2027年6月—2027年9月）\n\n各镇要逐项整改到位，并于2027年9月20日前将整改情况报县应急局。\n\n"
            "三、工作要求\n\n加强领导。")
    got = [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks]
    assert got == [("2027-05-31", ["各镇", "各有关部门"]), ("2027-09-20", ["各镇"])], titles(r)
    assert "建立台账" in r.tasks[0].text


def test_a_year_run_into_its_month_and_two_topics_with_their_own_dates():
    r = run("（一）把握时间节点。原计划中的40户改造务必于202711月底前全部竣工。"
            "新增的8户改造务必于2027年9月10日前动工，202712月底前全部竣工。")
    got = [t.deadline.isoformat() for t in r.tasks]
    assert got == ["2027-11-30", "2027-12-31"], titles(r)
    assert [m.due.isoformat() for m in r.tasks[1].milestones] == ["2027-09-10", "2027-12-31"]


def test_inline_stages_with_bracketed_months_and_a_dated_duty_of_their_own():
    r = run("四、时间安排（一）部署阶段（5月）各镇结合实际，制定具体方案。（二）整治阶段（6月-8月）各镇开展集中整治，"
            "并分别于6月底和7月底报送阶段报告。（三）总结阶段（11月）各镇进行总结，于10月30日前将总结报送县工作组。"
            "县工作组将对各镇进行考核。")
    got = [(t.deadline.isoformat(), t.text[-8:]) for t in r.tasks]
    assert [d for d, _ in got] == ["2027-05-31", "2027-08-31", "2027-07-31", "2027-11-30", "2027-10-30"], got
    assert [m.due.isoformat() for m in r.tasks[2].milestones] == ["2027-06-30", "2027-07-31"]
    assert "考核" in r.tasks[3].text


def test_a_unit_relaying_what_it_received_has_a_dated_duty_of_its_own():
    r = run("各填报单位于3月10日前将数据报县统计站，县统计站整理汇总后于3月20日前报市统计局。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-10", "2027-03-20"], titles(r)
    assert not r.tasks[0].milestones


def test_besides_opens_a_one_off_duty_after_a_recurring_one():
    r = run("请于每季度末五日内上报县机关事务局，另外，去年第四季度的统计报表，务必于2027年4月23日前上报。")
    got = [(t.deadline_text, t.recurrence is not None) for t in r.tasks]
    assert got == [("每季度末五日内", True), ("2027年4月23日前", False)], got


def test_a_dated_duty_after_a_note_in_the_same_sentence_run_is_found():
    r = run("一、督办事项 1.推进道路硬化。(责任单位:县交通局) 2.整治河道。(责任单位:县水利局)"
            "二、几点要求 1.各有关部门要于2027年7月17日下班前将落实情况报县政府督查室。")
    dated = [t for t in r.tasks if t.deadline]
    assert [t.deadline.isoformat() for t in dated] == ["2027-07-17"], titles(r)
    assert "责任单位" not in dated[0].text
    assert len(r.tasks) == 3


def test_a_recurring_duty_whose_first_occurrence_is_stated_in_brackets():
    text = ("关于报送村道建设进度的通知\n\n请各乡镇人民政府于每月28日(本次报送于5月29日)之前将2027年村道建设进度表"
            "报送至县交通局。\n")
    r = extract_text(text)
    [t] = r.tasks
    assert t.recurrence and t.deadline.isoformat() == "2027-05-29"


def test_a_plans_first_year_is_its_present_not_the_end_of_its_span():
    text = ("戊市新型基础设施建设三年行动方案(2027—2029年)\n\n一、主要目标\n\n"
            "2027年，全市新建基站600个以上。到2029年，全市累计建成基站3000个。\n")
    r = extract_text(text)
    [t] = r.tasks
    assert t.deadline.isoformat() == "2029-12-31"
    assert [m.due.isoformat() for m in t.milestones] == ["2027-12-31", "2029-12-31"]


def test_a_deadline_moved_by_its_own_name_is_a_due_date_and_a_cut_off_is_not():
    r = run("为减轻填报压力，现将执行报告报送截止时间延长至2027年2月28日。统计数据截止2026年12月31日。\n\n"
            "2027年1月5日?")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-28"], titles(r)


def test_an_items_time_note_after_its_full_stop_and_a_cut_off_opening_a_report():
    r = run("一、教育\n\n保障随迁子女在公办学校就读。扩大农村专项招生计划。(年内持续推进)\n\n"
            "截至2027年1月底，全县完成改造1200户，已整改11宗。\n\n"
            "1-6月，2项指标符合预期。")
    [t] = r.tasks
    assert t.deadline.isoformat() == "2027-12-31" and "随迁子女" in t.text and "专项招生" in t.text


def test_a_year_to_date_span_is_no_stage_but_a_later_span_is():
    r = run("1-6月，全县完成投资12亿元。\n\n7—8月，各镇完成自查整改。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-08-31"], titles(r)


def test_a_date_that_is_the_object_of_a_completed_act_is_no_due_date():
    r = run("各单位认领任务，明确了年内完成的44项任务分工。\n\n各镇要于2027年6月底前完成自查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_the_issuers_own_follow_up_is_no_task_but_its_offices_is():
    r = run("一、各镇要于2027年4月底前完成排查。\n\n"
            "二、县政府将于年中、年末对各项任务进展情况进行专项督查，并通报结果。\n\n"
            "三、县政府办公室将从2027年3月起，每季度通报任务推进情况。")
    assert [t.deadline_text for t in r.tasks][0] == "2027年4月底前", titles(r)
    assert len(r.tasks) == 2, titles(r)
    assert r.tasks[1].recurrence, titles(r)


def test_a_signature_in_brackets_and_a_number_run_into_the_addressees_are_no_task():
    r = run("丙府发〔2027〕8号二〇二七年三月十七日各镇人民政府、县政府各部门：\n\n"
            "各镇要于2027年4月底前完成排查。\n\n（丙县人民政府　二〇二七年三月十七日）")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_the_time_label_of_an_event_is_no_task():
    # "督办时间：…", "征集起止日期：…": when the event takes place, told under a label; a report's
    # "报送时间" keeps its duty.
    r = run("一、征集时间：公告之日起至2027年10月15日。\n\n二、督查安排\n\n1、督查时间：2027年9月中旬。\n\n"
            "2、督查对象：各乡镇。\n\n三、报送时间：各乡镇于2027年9月10日前报送自查报告。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-10"], titles(r)


def test_a_sentence_announcing_the_stages_ahead_is_no_task():
    r = run("四、实施步骤\n\n从2027年3月至2027年12月，分3个阶段进行。\n\n"
            "（一）各镇要于2027年5月底前完成排查。\n\n"
            "五、工作安排\n\n按照以下两个步骤，于2027年9月底前完成：\n\n1.各村于2027年6月底前上报名单。\n\n"
            "六、工作要求\n\n各乡镇要分两个阶段推进，于2027年8月底前完成整治。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-31", "2027-06-30", "2027-08-31"], titles(r)


def test_the_objection_window_of_a_public_notice_is_no_task():
    # A 公示 lists its subjects and the time the public may object: a right, not a duty.
    r = extract_text("某县扶贫开发领导小组关于拟退出贫困村的公示\n\n"
                     "经县级初审，拟退出贫困村12个，现予以公示。如有异议，请从即日起7日内向县扶贫开发领导小组"
                     "办公室提出。对公示对象有异议的，也可于2027年5月20日前以书面形式实名反映。\n\n"
                     "某县扶贫开发领导小组\n2027年5月12日\n")
    assert r.tasks == [], titles(r)


def test_a_signature_date_run_onto_the_last_line_and_a_posting_byline_are_no_tasks():
    r = run("某某网站 2027年01月27日 来源：某省人民政府网站\n\n"
            "各乡镇要于2027年2月10日前完成隐患排查。\n\n"
            "希望各地继续努力，巩固整治成果。 二〇二七年七月八日\n\n"
            "2027年12月24日（此件公开发布）")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-10"], titles(r)


def test_a_grant_and_an_invitation_to_the_public_are_no_tasks():
    r = run("（五）经营性单位转制为企业后，五年内免征企业所得税。2027年12月31日之前已完成转制的企业，"
            "自2028年1月1日起可继续免征五年企业所得税。\n\n"
            "（六）对距法定退休年龄五年以内的人员，本人申请并经单位批准，可以提前离岗。\n\n"
            "公示期间，如有意见建议，可以于2027年10月14日前向县政府办公室反映。\n\n"
            "各转制企业要于2027年6月30日前报送转制情况，可以附说明材料。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_statements_about_a_year_or_a_day_and_the_time_left_are_no_tasks():
    r = run("2026年，是本县经济发展最困难的一年。\n\n"
            "2027年12月11日是自治区成立80周年的纪念日。\n\n"
            "目前，离年底还有4个月时间，各部门要高度重视，狠抓落实。\n\n"
            "各乡镇要于2027年9月30日前报送进展情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-30"], titles(r)


def test_what_a_reporter_learned_is_no_task():
    r = run("6月23日，记者从市住建局日前召开的推进会上获悉，全市项目将于10月底前完工。\n\n"
            "据了解，督查的内容为2027年3月底前落实的整改任务。\n\n"
            "各区要于2027年7月15日前报送进展情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-07-15"], titles(r)


def test_the_days_of_a_holiday_are_no_tasks():
    r = run("一、放假时间\n\n1.清明节：4月5日至4月7日放假调休，共3天。\n\n2.10月1日—7日，全体师生员工放假。\n\n"
            "二、有关要求\n\n各部门值班表请于2027年3月30日前报办公室。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-30"], titles(r)


def test_the_period_of_a_public_notice_is_no_task():
    r = run("公示期2027年6月9日至2027年6月20日。\n\n各乡镇要于2027年6月30日前报送整改情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_month_named_as_a_campaign_month_and_a_speech_length_set_no_duty():
    """"今年六月份是…安全生产月": the month is the statement's subject; "发言时间控制在8分钟内": a length."""
    r = run("今年六月份是全国第30个“安全生产月”，今年活动的主题是“人人讲安全”。\n\n"
            "二、会议要求\n\n1.每个单位交流发言时间控制在8分钟内。\n\n2.交流材料控制12分钟以内。\n\n"
            "3.请各镇于6月10日前将活动方案报县安委办。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-10"], titles(r)


def test_a_school_break_and_the_start_of_term_set_no_duty():
    """"学生寒假从…开始至…结束，新学期于3月3日报到并开学": a calendar; the schools' own dated work stays."""
    r = run("二、寒假及开学时间安排\n\n（一）学生寒假从2027年1月30日开始至2027年2月27日结束，新学期于2月28日"
            "（农历正月十二）报到并开学。\n\n（二）各校要于1月28日前完成期末安全检查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-01-28"], titles(r)


def test_the_session_of_a_meeting_named_by_its_year_is_no_due_date():
    r = run("在今年县十届人大三次会议期间，县人大代表围绕全县发展大局，提出了许多很好的建议。\n\n"
            "各承办单位要于6月30日前办结代表建议。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_days_off_moved_or_kept_are_a_calendar():
    """"将4月29日(星期六)、4月30日(星期日)两个公休日调至5月4日…，4月29日、30日上班": no due date."""
    r = run("一、放假安排\n\n其中，5月1日、2日、3日为法定假日，将4月29日（星期六）、4月30日（星期日）两个公休日调至"
            "5月4日（星期四）、5月5日（星期五），5月6日、5月7日照常公休，4月29日、30日上班。\n\n"
            "二、各村要于4月28日前完成安全检查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-28"], titles(r)


def test_the_time_to_arrive_at_a_meeting_is_no_duty():
    """"请于7月13日中午12点前,到某饭店登记入住", "请于…前直接到…会议室参会": logistics; the reply form stays."""
    r = run("四、有关事项\n\n1.请各镇于7月10日下午5点前，将报名回执反馈至县政府办公室。\n\n"
            "2.外地代表请于7月13日中午12点前，到某某饭店登记入住。\n\n"
            "3.本地代表请于7月13日下午2点15前直接到县政府三楼会议室参会。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-07-10"], titles(r)


def test_the_period_of_a_ban_is_no_due_date():
    r = run("一、秸秆禁烧时间从2027年9月15日至2028年5月15日，无窗口期，全县范围全时段禁烧。\n\n"
            "二、各镇要于9月10日前签订禁烧责任书。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-10"], titles(r)


def test_days_off_days_back_a_term_start_and_pupils_leaving_are_no_duties():
    """"1月1日(星期四)-1月3日(星期六)放假，1月4日上班上课", "开学时间为3月5日", "1月20日，全体中小学师生
    离校放假", "2月26日(星期五)上班调至2月28日": days of the holiday, not due dates."""
    r = run("一、放假安排\n\n2028年1月1日（星期六）-1月3日（星期一）放假，1月4日（星期二）上班上课。\n\n"
            "二、寒假安排\n\n中小学校放假时间为2028年1月24日。开学时间为2028年2月21日（农历正月十六）。"
            "2028年1月20日，全体中小学师生离校放假。2月19日（星期六）上班调至2月20日。"
            "2月26日（星期六）、2月27日（星期日）公休调休至3月1日（星期三）、3月2日（星期四）。\n\n"
            "三、各学校要于2028年1月20日前完成安全大检查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2028-01-20"], titles(r)


def test_a_document_issued_on_a_date_and_now_repealed_is_no_task():
    r = run("现将《某县防汛应急预案》印发给你们，请认真贯彻落实。2023年3月20日县人民政府同意、"
            "由县人民政府办公室印发的《某县防汛应急预案》同时废止。")
    assert r.tasks == [], titles(r)
