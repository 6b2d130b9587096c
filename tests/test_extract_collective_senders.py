"""A collective opening a dated sentence with a verb of sending or naming people is its subject:
"各班选派学生于…", "各支部指定专人负责…"; the same verbs after a single office open no duty."""

from tracker.extract import extract_text


def units_of(text):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]


def test_each_class_sends_pupils():
    text = "关于开展读书节活动的通知\n\n二、各班选派三名学生于2025年4月18日放学后到图书馆参加朗诵比赛。\n"
    assert units_of(text) == [[("各班", "responsible")]]


def test_each_branch_names_a_clerk():
    text = "关于收缴党费的通知\n\n2.各党支部指定专人负责收缴工作,按季度将收缴明细交组织部。\n"
    assert units_of(text) == [[("各党支部", "responsible")]]


def test_each_school_sends_works():
    text = "关于征集作品的通知\n\n各学校选送优秀作品2件于2025年5月10日前报区教育局。\n"
    assert units_of(text) == [[("各学校", "responsible")]]


def test_a_single_office_naming_a_place_is_no_subject():
    # "学校指定的地点": a description; no collective opens the sentence, so no unit is read from it.
    text = "关于体检的通知\n\n新生在学校指定的地点于2025年9月5日前完成体检。\n"
    assert all(("学校", "responsible") not in us for us in units_of(text))
