"""A subject opening a sentence with an adverb before its working verb ("X提前做好…", "X积极
开展…", "X分别部署…"), or before 登录 (X logs in to a system to file): the units are the subject."""

from tracker.extract import extract_text


def units_of(body):
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert tasks, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_adverb_between_subject_and_verb():
    assert units_of("1.各处室提前做好迎检安排，将具体方案于7月6日之前报校办。") == [("各处室", "responsible")]
    assert units_of("二、各乡镇积极开展自查，于5月20日前将自查报告报县农业农村局。") == [("各乡镇", "responsible")]
    assert units_of("2.各县区住建局分别部署对所属工程进行检查，检查情况于11月18日前报市局。") == [("各县区住建局", "responsible")]


def test_subject_logs_in_to_file():
    assert units_of("（二）9月9日-9月14日，年级评议小组登录管理平台，对申请学生进行评议。") == [("年级评议小组", "responsible")]


def test_no_unit_before_the_adverb():
    # "考试安排" before the adverb is no unit; the hand-in names no sender, so the notice's
    # addressees ("各有关单位：") hand the plan in.
    assert units_of("1.考试安排提前做好，具体方案于7月6日之前报校办。") == [("各有关单位", "responsible")]


def test_period_clause_before_the_subject_keeps_it_for_the_sentence():
    # "专项行动期间，X于…前…，D2前报送…": the period opens the sentence, X is its subject for both dates.
    body = "三、报送信息\n整治行动期间，各区城管局于每月20日前向市局报送进展情况，11月10日前报送工作总结。"
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert [[u["name"] for u in t["units"]] for t in tasks] == [["各区城管局"], ["各区城管局"]]
