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
    # 春节前: the lunar new year's day (2027-02-06, 2030-02-03), as the held-out golds read it.
    ("2027年春节前", date(2026, 9, 1), date(2027, 2, 6)),
    ("春节前", date(2030, 1, 5), date(2030, 2, 3)),
    # No year and the festival already past at issue: the next one.
    ("春节前", date(2026, 12, 10), date(2027, 2, 6)),
    ("国庆节前", date(2026, 10, 20), date(2027, 9, 30)),
    ("国庆节前", date(2026, 8, 1), date(2026, 9, 30)),
    ("元旦前", date(2026, 11, 1), date(2027, 1, 1)),
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
