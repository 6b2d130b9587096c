"""A subject right after a date that carries its hour or weekday before 前 ("D17:00前X…",
"D（周四）下午5点前X…", "周五（D）前X…"): the units after the time phrase are the subject."""

from tracker.extract import extract_text


def units_of(body: str) -> list[tuple[str, str]]:
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2025年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert len(tasks) == 1, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_subject_after_an_hour_before_qian():
    assert units_of("2025年5月20日17:00前各分工会在会议室领取会议资料。") == [("各分工会", "responsible")]
    assert units_of("2025年3月20日（周四）下午5点前各单位将参赛名单报送校工会办公室。") == [("各单位", "responsible")]


def test_qian_after_a_bracketed_date_is_no_part_of_the_subject():
    # "周五（D）前学院录入…": 前 closes the time phrase; the subject is 学院, not "前学院".
    assert units_of("2.周五（2025年9月22日）前学院录入成绩并提交成绩单。") == [("学院", "responsible")]
    assert units_of("三、2025年3月20日前完成自查。") == []
