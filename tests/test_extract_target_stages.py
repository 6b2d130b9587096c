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
