"""A subject set off by a clause of its own period or event ("X春运期间，", "X收到通知后，"),
then a clause that opens with the duty's time ("每十天的下午4点前将…报…", "5月10日前报…"): X acts."""

from tracker.extract import extract_text


def units_of(body):
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert tasks, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_subject_before_its_period_then_the_time():
    assert units_of("（二）各县交通局春运期间，每十天的下午4点前将统计表报省厅。") == [("各县交通局", "responsible")]


def test_subject_before_its_event_then_the_time():
    assert units_of("三、各乡镇收到通知后，5月10日前将自查报告报县政府办。") == [("各乡镇", "responsible")]


def test_reviewing_verbs_after_the_time():
    # "D前，X审核…", "D前，X录入…": the office that reviews or enters the records acts.
    assert units_of("4.校级评选：10月20日前，教务处审核并公示。") == [("教务处", "responsible")]
    assert units_of("二、成绩登记：7月10日前，各学院录入成绩并提交成绩单。") == [("各学院", "responsible")]
