"""A date that names a document (its signing or a title right after it) is no due date."""

from datetime import date

from tracker.extract.dated import find_due, schedule
from tracker.extract.normalize import norm


def _deadline(text: str, issued: date):
    return schedule(find_due(norm(text), issued))[0]


def test_a_date_a_manager_signed_a_notice_is_no_due_date():
    text = "4.开展消防知识竞赛活动，具体内容见2027年3月13日总经理签发的《关于开展征文比赛活动的通知》，6月底前完成评选。"
    assert _deadline(text, date(2027, 5, 20)) == date(2027, 6, 30)


def test_a_date_before_a_title_names_the_document():
    text = "对2025年6月1日《某市设施农用地管理办法》实施以来批准的项目进行全面梳理。"
    assert _deadline(text, date(2027, 5, 20)) is None


def test_a_due_date_before_a_title_handed_in_stays():
    text = "各单位于2027年6月1日前将《自查报告》报区办公室。"
    assert _deadline(text, date(2027, 5, 20)) == date(2027, 6, 1)
