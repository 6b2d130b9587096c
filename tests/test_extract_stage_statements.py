"""A schedule told as stage statements: months or days opening their sentence and named as a
stage ("7月为自查阶段，各地…"), each due when its time ends, its subject after the statement.
Invented examples."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.event_days import event_day
from tracker.extract.normalize import norm

NEWS = ("关于开展普法总结验收工作的通知\n各市(州)司法局:\n"
        "现将有关安排通知如下。7月为自查自评阶段,各地各部门开展自查,查找薄弱环节。"
        "8月至9月为情况报送阶段,各地各部门要完成材料的报送工作。\n某省司法厅\n2027年6月20日\n")


def test_each_stage_statement_is_a_task_due_at_its_end_with_the_subject_after_it():
    got = [(t.deadline, [u.name for u in t.units]) for t in extract_text(NEWS).tasks]
    assert got == [(date(2027, 7, 31), ["各地各部门"]), (date(2027, 9, 30), ["各地各部门"])]


def test_two_stages_in_one_sentence():
    text = ("某市开展经济普查的通知\n各区:\n为保证数据准确,普查工作分为两个阶段:今年12月底前为准备阶段,"
            "2028年1月至5月为填报阶段。\n某市普查办\n2027年10月8日\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 12, 31), date(2028, 5, 31)]


def test_a_year_or_a_time_that_is_no_stage_stays_a_statement():
    for text, date_text in (("2027年为规划实施的关键阶段,各地要加快推进。", "2027年"),
                            ("当前,6月为安全生产月。", "6月"),
                            ("今年5—12月是我市争创文明城市的时间。", "今年5—12月")):
        n = norm(text)
        start = n.index(norm(date_text))
        assert event_day(n, start, start + len(norm(date_text))), text
    n = norm("8月至9月为情况报送阶段,各地要完成报送。")
    assert not event_day(n, 0, len("8月至9月"))


def test_a_run_of_bracketed_stages_on_one_line_gives_a_task_a_stage():
    text = ("关于开展开学安全检查的通知\n各处室:\n二、时间安排\n"
            "1、第一阶段(2月25日—3月2日):隐患自查,第二阶段(3月3日—4日):实地检查,"
            "第三阶段(3月5日—8日):限期整改。\n某中学\n2027年2月20日\n")
    got = [(t.text, t.deadline) for t in extract_text(text).tasks]
    assert [d for _, d in got] == [date(2027, 3, 2), date(2027, 3, 4), date(2027, 3, 8)], got
    assert "实地检查" in got[1][0] and "隐患自查" not in got[1][0]


OUTLINE = "\n".join([
    "一、时间安排",
    "(一)准备阶段(2027年10月上旬至10月底)",
    "1.成立工作机构(2027年10月底前)",
    "2.全面调查摸底(2027年10月底前)",
    "(二)选举阶段(2027年11月至12月上旬)",
    "1.依法开展换届选举(2027年12月10日前)",
    "二、工作要求",
    "(一)压实主体责任",
    "(二)严明换届纪律",
    "(三)加强宣传引导",
    "某发〔2027〕9号",
    "关于印发《某乡换届工作实施方案》的通知",
    "各村委会:",
    "现将方案印发给你们,请认真贯彻执行。",
])


def test_an_outline_of_dated_steps_above_the_header_belongs_to_the_document():
    r = extract_text(OUTLINE)
    assert [d.doc_no for d in r.documents] == ["某发〔2027〕9号"]
    assert [(t.doc_no, t.deadline) for t in r.tasks] == [
        ("某发〔2027〕9号", date(2027, 10, 31)), ("某发〔2027〕9号", date(2027, 10, 31)),
        ("某发〔2027〕9号", date(2027, 12, 10))]
    # The stage headings only gather their dated steps: no tasks of their own.
    assert not any("阶段" in t.text for t in r.tasks)


def test_lines_above_a_header_that_are_no_dated_outline_stay_out():
    text = OUTLINE.replace("(2027年10月底前)", "").replace("(2027年12月10日前)", "")
    assert extract_text(text).tasks == []


def test_a_sentence_naming_its_time_as_the_next_stage_is_no_step_of_the_one_before():
    text = ("关于开展路桥环境整治的通知\n各区:\n市政府决定开展一次路桥环境整治行动,今年9月底之前为第一阶段,"
            "确保整治初见成效。9月底至今年年底前为第二阶段。\n某市人民政府\n2027年7月1日\n")
    got = [(t.deadline, t.milestones) for t in extract_text(text).tasks]
    assert got == [(date(2027, 9, 30), []), (date(2027, 12, 31), [])]


def test_a_stage_statement_takes_no_subject_from_the_stage_before():
    text = NEWS.replace("报送工作。", "报送工作。10月至11月为总结验收阶段,开展线上验收和实地调研。")
    got = [(t.deadline, [u.name for u in t.units]) for t in extract_text(text).tasks]
    assert got[-1] == (date(2027, 11, 30), [])
