"""Goals stated as numbered target years ("（一）到2025年，…" "（二）到2035年，…") with no organ as
subject: one task, each year a milestone, due at the last."""

from datetime import date

from tracker.extract import extract_text

HEAD = "某区人民政府办公室关于印发《某区应急避难场所建设规划》的通知\n某府办发〔2027〕5号\n各街道办事处，区各有关部门：\n"
SIGN = "\n某区人民政府办公室\n2027年3月2日\n"


def _tasks(body: str):
    return extract_text(HEAD + body + SIGN).tasks


def test_numbered_target_years_are_milestones_of_one_task():
    body = ("一、目标任务\n（一）到2030年，全区建成等级应急避难场所面积达到50万平方米。\n"
            "（二）到2035年，全区应急避难场所基本满足常住人口应急避难需求。\n")
    (task,) = _tasks(body)
    assert task.deadline == date(2035, 12, 31)
    assert [m.due for m in task.milestones] == [date(2030, 12, 31), date(2035, 12, 31)]


def test_numbered_items_with_their_own_units_stay_tasks():
    body = ("（一）到2030年，区应急管理局建成区级应急指挥平台。\n"
            "（二）到2035年，区民防办完成全部避难场所改造。\n")
    assert len(_tasks(body)) == 2


def test_goal_items_of_no_time_between_target_years_leave_one_task():
    body = ("一、工作目标\n（一）到2030年，基本建立权责明晰的管理养护体制机制。\n"
            "（二）养护队伍稳定，管理站规范设置。\n（三）列养率保持100%。\n"
            "（四）到2035年，全面建成运转高效的管理养护体制机制。\n"
            "二、主要任务\n（一）到2036年，完成全部桥梁改造。\n")
    first, *rest = _tasks(body)
    assert [m.due for m in first.milestones] == [date(2030, 12, 31), date(2035, 12, 31)]
    assert [t.deadline for t in rest] == [date(2036, 12, 31)]  # another section: a task of its own


def test_labelled_near_and_far_targets_are_milestones_of_one_task():
    body = ("一、发展目标\n近期目标：到2030年，新增光伏装机容量达到100兆瓦。\n"
            "远期目标：到2035年，光伏在各领域全面推广。\n")
    (task,) = _tasks(body)
    assert [m.due for m in task.milestones] == [date(2030, 12, 31), date(2035, 12, 31)]
