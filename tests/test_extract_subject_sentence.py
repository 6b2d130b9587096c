"""A dated sentence that names no doer, right after the undated sentence of its doers (invented
notices): the duty's text opens with the doers' sentence ("X组织…。填写报名表，4月8日前发送至…"), so
the request and its date are one task (task_implicit._subject_sentence). A dated sentence with a doer
of its own, or a new numbered item, keeps its own text."""

from notice_helpers import task_with
from tracker.extract import extract_text

_NOTICE = """关于举办第三届成语大赛的通知
各学院：
为丰富校园文化生活，现将有关事宜通知如下：
一、报名方式
各学院组织1-3支队伍参赛，每队3人。填写报名表（附件），4月8日前发送至校团委邮箱。
二、工作要求
开学初，各学院要召开专题会议部署赛事工作。5月10日前，各学院要将比赛总结报校团委。
校团委
2027年3月20日
"""


def test_the_doers_sentence_opens_the_dated_request():
    task = task_with(extract_text(_NOTICE), "4月8日前发送至")
    assert task.text.startswith("各学院组织1-3支队伍参赛")
    assert [u.name for u in task.units] == ["各学院"]
    assert str(task.deadline) == "2027-04-08"


def test_a_dated_sentence_with_its_own_doer_keeps_its_text():
    task = task_with(extract_text(_NOTICE), "比赛总结报校团委")
    assert task.text.startswith("5月10日前")
    assert str(task.deadline) == "2027-05-10"


def test_a_numbered_item_keeps_its_text():
    text = _NOTICE.replace("每队3人。填写报名表", "每队3人。\n2.填写报名表")
    task = task_with(extract_text(text), "4月8日前发送至")
    assert not task.text.startswith("各学院组织")
