"""A timetable run into one sentence or one line: each entry (a school level and its days) is a
duty of its own, due when its days end, not a step of one duty."""

from datetime import date

from notice_helpers import run, titles


def test_a_timetable_sentence_gives_one_task_an_entry():
    r = run("一、期末考试\n\n考试日程安排：小学2027年1月20日-1月22日；初中2027年1月20日-1月23日；"
            "高中一、二年级2027年1月24日-1月26日，高中三年级2027年1月12日-1月13日。\n")
    assert [t.deadline for t in r.tasks] == [date(2027, 1, 22), date(2027, 1, 23), date(2027, 1, 26),
                                             date(2027, 1, 13)], titles(r)
    assert [t.milestones for t in r.tasks] == [[]] * 4


def test_numbered_entries_one_a_sentence_are_tasks_of_their_own():
    r = run("二、阅卷安排\n\n1.各学段阅卷时间安排 （1）小学段：2027年1月18日。 （2）初中段：2027年1月19日—20日。"
            " （3）高中段：2027年1月18日—21日。\n")
    assert sorted(t.deadline for t in r.tasks) == [date(2027, 1, 18), date(2027, 1, 20), date(2027, 1, 21)], titles(r)


def test_a_duty_with_two_dates_stays_one_task_with_steps():
    r = run("三、工作要求\n\n各乡镇要于2027年3月10日前完成自查，2027年4月30日前完成整改。\n")
    assert len(r.tasks) == 1 and r.tasks[0].deadline == date(2027, 4, 30), titles(r)
