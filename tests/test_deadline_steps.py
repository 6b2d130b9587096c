"""Which date binds a duty: festivals, early months, two due
dates of one passage as steps, and a sentence opening with its date before a new subject."""

from datetime import date

import pytest

from tracker.deadlines import parse_deadline
from tracker.extract import extract_text

HEAD = ("甲政办发〔2026〕5号\n\n甲市人民政府办公室关于做好若干工作的通知\n\n各区人民政府：\n\n"
        "现将有关事项通知如下。\n\n甲市人民政府办公室\n2026年3月2日\n\n")


def tasks(body: str):
    return extract_text(HEAD + body).tasks


@pytest.mark.parametrize("text, issued, due", [
    # 春节前: the eve of the lunar new year (2027-02-06, 2030-02-03), as the corpus golds read it.
    ("2027年春节前", date(2026, 9, 1), date(2027, 2, 5)),
    ("春节前", date(2030, 1, 5), date(2030, 2, 2)),
    # No year and the festival already past at issue: the next one.
    ("春节前", date(2026, 12, 10), date(2027, 2, 5)),
    ("国庆节前", date(2026, 10, 20), date(2027, 9, 30)),
    ("国庆节前", date(2026, 8, 1), date(2026, 9, 30)),
    # 元旦前: the eve too, the last day of the year before the named one.
    ("元旦前", date(2026, 11, 1), date(2026, 12, 31)),
    ("2027年元旦前", date(2026, 3, 1), date(2026, 12, 31)),
    # X月初 reads like 上旬.
    ("12月初", date(2026, 3, 1), date(2026, 12, 10)),
    ("2026年7月初前", date(2026, 3, 1), date(2026, 7, 10)),
])
def test_festival_eves_and_early_month(text, issued, due):
    assert parse_deadline(text, issued).date == due


def test_a_length_from_the_documents_own_issue_stays_relative():
    # The held-out golds keep "自本意见印发之日起30日内" undated, like any event-relative length.
    (t,) = tasks("一、落实责任。各区人民政府要在本意见印发之日起30日内，制定出台具体实施办法。")
    assert t.deadline is None and t.deadline_text == "本意见印发之日起30日内"


@pytest.mark.parametrize("body, dues", [
    # Two due dates written with 前, comma apart: two steps, the later one the deadline.
    ("一、推进改造。项目须于2026年6月底前开工建设，配套设施改造内容力争2026年年底前完工。",
     [date(2026, 12, 31)]),
    # A coarse period refined by its day stays refined.
    ("一、形成报告。形成评估报告（2026年10月）。2026年10月15日前，报送评估报告初稿。（区发展改革局负责）",
     [date(2026, 10, 15)]),
    # A sentence opening with its date before a new subject is a duty of its own.
    ("（四）建立考核信息系统。2026年3月底前，市卫生健康委建立全市考核信息系统。"
     "2026年6月底前，各区建立区级考核信息系统，与全市系统互联互通。",
     [date(2026, 3, 31), date(2026, 6, 30)]),
    ("一、开展调查。于6月8日前，将审核后的资料上报市统计局。6月19日前，各区上报本地统计机构现状调查分析报告。",
     [date(2026, 6, 8), date(2026, 6, 19)]),
    # The same subject (or none) after each date: milestones of one target.
    ("一、推进建设。到2027年6月底，全区建成充电桩500个。到2027年底，全区建成1000个。",
     [date(2027, 12, 31)]),
])
def test_which_date_binds_the_duty(body, dues):
    assert [t.deadline for t in tasks(body)] == dues


@pytest.mark.parametrize("body, dues", [
    # The rest of the work, with a date of its own: a second duty.
    ("一、推进整改。广告牌匾整治拆除工作全部在5月底前完成，其他各项工作在6月底前完成。",
     [date(2026, 5, 31), date(2026, 6, 30)]),
    # A schedule of quarters: the last clause's quarter needs no comma after it.
    ("一、推进项目。一季度，全市第一批项目开复工率达到70%以上；二季度，投资完成率达到45%以上；"
     "三季度，投资完成率达到70%以上；四季度投资完成率达到80%以上。", [date(2026, 12, 31)]),
    # Goals paragraphs opening with their target year, no subject: one task, the years its milestones.
    ("（二）发展目标。\n到2027年，产业创新能力持续提升，主要问题基本解决。\n"
     "到2030年底前，装备品类基本齐全，重点产品实现协同发展。\n二、重点任务\n"
     "（一）加强建设。各区要于2026年6月底前完成选址。",
     [date(2030, 12, 31), date(2026, 6, 30)]),
])
def test_a_new_duty_or_the_next_step(body, dues):
    found = tasks(body)
    assert [t.deadline for t in found] == dues


def test_goals_paragraphs_are_milestones_of_one_target():
    (goal, _) = tasks("（二）发展目标。\n到2027年，产业创新能力持续提升。\n到2030年底前，装备品类基本齐全。\n"
                      "二、重点任务\n（一）加强建设。各区要于2026年6月底前完成选址。")
    assert [m.due for m in goal.milestones] == [date(2027, 12, 31), date(2030, 12, 31)]
    assert "到2027年" in goal.text and "到2030年底前" in goal.text


@pytest.mark.parametrize("sentence, first", [
    # A start with no year is in the year the document is read in.
    ("按照要求，从第二季度起，每季度第1个月的10日前，各单位要将完成情况上报区政府督查室。", date(2026, 4, 10)),
    ("从2026年5月起，各单位每月25日前报送进展情况。", date(2026, 5, 25)),
    ("自7月起，各单位每月25日前报送进展情况。", date(2026, 7, 25)),
])
def test_a_recurring_duty_from_a_stated_start(sentence, first):
    (t,) = tasks("一、加强调度。" + sentence)
    assert t.deadline == first and t.recurrence


@pytest.mark.parametrize("text, dues", [
    # A news item's time stamp is no due date; a due time with 前 is.
    ("http://www.example.cn 2026年04月11日05:44 某某日报 到今年底，治理工程将基本完成。", [date(2026, 12, 31)]),
    ("各市于2026年6月20日18:00前报送自查报告。", [date(2026, 6, 20)]),
    # A span of days in one month, opening its sentence: due on its last day.
    ("9月1日至30日，全市组织开展一次市容环境卫生综合整治活动。", [date(2026, 9, 30)]),
    ("5月8日—12日，集中开展宣传。", [date(2026, 5, 12)]),
])
def test_time_stamps_and_day_spans(text, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), date(2026, 3, 2))] == dues


@pytest.mark.parametrize("box", ["  • 成文日期:2026-03-02", "成文日期：2026年03月02日", "发布机构: 某区 成文日期: 2026-03-02 发布日期: 2026-03-05",
                                 "发布机构: | 某县住建局 | 发文日期: | 2026-03-02 |", "[ 成文日期 ] 2026-03-02 [ 发布日期 ] 2026-03-06",
                                 "发文机关 | 成文日期 | 2026-03-02 | |", "• 发文日期:2026年03月02日 • 发布日期:2026年03月09日",
                                 "•【制定机关】某市人民政府 •【公布日期】2026.03.02 •【施行日期】2026.03.02",
                                 "发布日期: 2026-03-09 发文日期: 2026-03-02 成文日期: 2026-03-02"])
def test_a_portal_box_gives_the_issue_date(box):
    r = extract_text(box + "\n\n某区人民政府办公室关于做好若干工作的通知\n\n某政办发〔2026〕5号\n\n各镇人民政府：\n\n"
                     "各镇要于9月底前完成排查。\n")
    assert r.documents[0].issued == date(2026, 3, 2)
    assert [t.deadline for t in r.tasks] == [date(2026, 9, 30)]


@pytest.mark.parametrize("text, dues", [
    # A day's edge as its clock time fixes an instant (a heating season opening, a report's last hour).
    ("确保热用户10月15日0时室温达标。", [date(2026, 10, 15)]),
    ("现下达开栓指令：11月1日零时具备条件的区域全部开栓供热。", [date(2026, 11, 1)]),
    ("各地要于9月30日24时前报送。", [date(2026, 9, 30)]),
    # A start from that instant is no due date.
    ("10月15日0时起实施交通管制。", []),
])
def test_a_day_edge_clock_time_makes_a_due_instant(text, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), date(2026, 3, 2))] == dues


def test_a_posting_date_alone_is_no_issue_date():
    r = extract_text("发布机构: | 某县住建局 | 发布日期: | 2026-03-09 |\n\n某县住建局关于做好若干工作的通知\n\n"
                     "某建发〔2026〕5号\n\n各镇人民政府：\n\n各镇要于9月底前完成排查。\n")
    assert r.documents[0].issued is None


@pytest.mark.parametrize("text, issued, dues", [
    # A page lost the 月 of a due day: the digits still name the month and the day.
    ("各责任单位要于128日前，将工作方案报送区督查室。", date(2026, 1, 10), [date(2026, 1, 28)]),
    ("各单位须分别于615日、1215日前将进展报送牵头单位。", date(2026, 3, 1),
     [date(2026, 6, 15), date(2026, 12, 15)]),
    # 1月28日 is past at issue, 12月8日 is not: the nearer one ahead.
    ("于128日前报送。", date(2026, 11, 20), [date(2026, 12, 8)]),
    ("全年共128日前后。", date(2026, 1, 1), []),
    # Two digits no day can be are a month and a day; before 前 they may open a clause or follow the doer.
    ("课程由教研室安排，76日前完成随堂测试。", date(2026, 6, 20), [date(2026, 7, 6)]),
    ("各村委会415日前要完成选举。", date(2026, 3, 1), [date(2026, 4, 15)]),
    ("全年累计76日前后。", date(2026, 1, 1), []),
    # 于 mistyped as 与 before a due day.
    ("制定方案，与2026年8月30日前报镇河长办备案。", date(2026, 3, 1), [date(2026, 8, 30)]),
    ("与2025年同期相比增长5%。", date(2026, 3, 1), []),
])
def test_lost_month_and_mistyped_yu(text, issued, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), issued)] == dues


def test_a_counting_word_is_no_part_of_the_subject():
    (t,) = tasks("一、加强调度。一是区直各责任单位须于6月15日前将所协办工作的半年进展报至牵头单位。")
    assert [u.name for u in t.units] == ["区直各责任单位"]


def test_a_quoted_programme_name_qualifies_a_collective():
    (t,) = tasks("1、各村(居)委会、“河长制”各责任单位要履行好职责，制定各专项整治行动方案，于2026年8月30日前报镇河长办备案。")
    assert [u.name for u in t.units] == ["各村(居)委会", "“河长制”各责任单位"]
    assert t.deadline == date(2026, 8, 30)


def test_items_of_a_years_plan_are_due_at_its_end():
    r = extract_text("某府办〔2026〕31号\n\n某区人民政府办公室关于转发《某区城市更新2026年度实施计划》的通知\n\n"
                     "各镇人民政府：\n\n现将《某区城市更新2026年度实施计划》转发给你们，请遵照执行。\n\n"
                     "某区人民政府办公室\n2026年7月15日\n\n"
                     "1.加力推进某某单元城市更新项目。（牵头单位：经济技术开发区，支撑单位：区规划资源局）\n")
    assert [t.deadline for t in r.tasks] == [date(2026, 12, 31)]


@pytest.mark.parametrize("body, dues", [
    # Sentences each opening with their own due date: each one a duty.
    ("（二）巩固提升阶段。2026年9月底前，全面完成养老服务机构燃气安全专项整治。2026年12月前，开展“回头看”，"
     "确保隐患逐项整改到位。", [date(2026, 9, 30), date(2026, 12, 31)]),
    # A heading's time node refined by the day of the sentence after it: one duty.
    ("（四）形成体检报告（2026年10月）。10月15日前，形成城市体检正式报告，报送市住房城乡建设管理委。",
     [date(2026, 10, 15)]),
])
def test_sentences_opening_with_their_due_dates(body, dues):
    assert [t.deadline for t in tasks(body)] == dues


def test_a_stage_due_before_issue_keeps_its_year_less_date():
    # A notice of 2 March still schedules a stage due "before the end of February".
    (t,) = tasks("（一）动员部署阶段（2月底前）：全面部署任务，开展宣传告知，督促企业自查自纠。")
    assert t.deadline == date(2026, 2, 28)


def test_a_report_named_at_length_after_a_recurring_time():
    (t,) = tasks("一、加强调度。各责任单位须每季度末将本季度各项任务完成情况、存在问题及下一步推进计划"
                 "分别以纸质和电子邮件形式上报区政府督查室。")
    assert t.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" and t.deadline == date(2026, 3, 31)


@pytest.mark.parametrize("text, dues", [
    # A clock time or a remark in brackets may stand between the day and its 前.
    ("命题教师10月30日下午4:00前把试卷电子稿发至邮箱。", [date(2026, 10, 30)]),
    ("各组6月20日（十八周周五）前交办公室。", [date(2026, 6, 20)]),
    ("各班于12月3日17时前报送名单。", [date(2026, 12, 3)]),
    ("所有考试于第三周周二（9月19日）前组织完成。", [date(2026, 9, 19)]),
    # 不了 ("cannot") is no aspect marker of a done act.
    ("所有课程于18周前（6月21日前）结课（完成不了进度的科目可以继续补课）。", [date(2026, 6, 21)]),
    ("10月30日（周五）下午召开总结会。", []),
])
def test_a_day_with_its_clock_time_before_its_due_word(text, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), date(2026, 3, 2))] == dues


@pytest.mark.parametrize("text, dues", [
    # A time field's whole value in running text: the item is due then (an event's day is not).
    ("（二）开展走访慰问活动。活动时间：8月15日-17日。牵头科室：办公室。", [date(2026, 8, 17)]),
    ("（四）开展义诊活动。活动时间：8月16日。", [date(2026, 8, 16)]),
    ("会议时间：8月16日。", []),
    ("活动时间：8月16日在广场举行。", []),
])
def test_a_time_fields_whole_value_in_running_text(text, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), date(2026, 3, 2))] == dues


@pytest.mark.parametrize("text, dues", [
    # 元月 is January; 元 after a figure is money.
    ("五、向各系反馈考核情况。（2027年元月10日前）", [date(2027, 1, 10)]),
    ("四、向学院汇报考核情况。（2027年元月初）", [date(2027, 1, 10)]),
    ("每人每月补贴500元月底前发放。", []),
])
def test_yuanyue_is_january(text, dues):
    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm

    assert [h.deadline.date for h in find_due(norm(text), date(2026, 11, 2))] == dues
