"""Requests dated by a line apart from them (invented notices): the line after a run of requests
that hands in "有关材料" (task_handin._MATERIALS), items put as the act alone ("一、填报《登记表》",
task_handin._ACT_FIRST), and a short request to hand in, after the duty that names what
(sentences.ITEM_SCHEDULE)."""

from notice_helpers import task_with
from tracker.extract import extract_text

_MATERIALS = """关于报送园区工作情况的通知
各市工信局：
一、请各市工信局整理报送本市推进园区建设的工作措施和进展。
二、请各园区整理报送今年以来的主要工作情况和亮点。
上述材料字数不限，突出工作成效。请于2027年12月4日前将有关材料报送我厅。
某省工业和信息化厅
2027年11月20日
"""

_ACTS = """关于报送资助数据的通知
各市教育局：
一、填报受助儿童信息登记表（附表1），不全者予以退回。
二、填写受助信息统计表（附表2）。
三、上报数据时请将实施方案一并上报。报送时间：2027年10月31日。
某省学生资助管理中心
2027年10月8日
"""

_AFTER = """关于开展科普日活动的通知
各学院：
1、请各学院积极开展科普日系列活动。
2、需要申请资助的活动须填报《资助申请表》（详见附件）。请于2027年9月12日前报送。
科技处
2027年9月1日
"""


def test_requests_before_a_line_that_hands_in_the_materials_are_due_then():
    result = extract_text(_MATERIALS)
    task = task_with(result, "请各园区整理报送")
    assert str(task.deadline) == "2027-12-04" and [u.name for u in task.units] == ["各园区"]
    assert str(task_with(result, "请各市工信局整理报送").deadline) == "2027-12-04"


def test_items_put_as_the_act_alone_are_due_by_the_line_that_dates_them():
    result = extract_text(_ACTS)
    assert str(task_with(result, "填报受助儿童信息登记表").deadline) == "2027-10-31"
    assert str(task_with(result, "填写受助信息统计表").deadline) == "2027-10-31"


def test_a_request_to_hand_in_dates_the_duty_before_it():
    result = extract_text(_AFTER)
    task = task_with(result, "须填报《资助申请表》")
    assert str(task.deadline) == "2027-09-12"
    assert not any(t.title.startswith("请于2027年9月12日前") for t in result.tasks)
