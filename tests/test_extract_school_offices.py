"""Offices of schools and of party branches named by their kind: a school district (学区), a
college's teaching department (系部) and a general party branch (总支) are units."""

from tracker.extract import extract_text
from tracker.extract.unit_names import looks_like_unit


def units_of(body):
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert tasks, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_kinds_read_as_units():
    for name in ("各学区", "中心学区", "各系部", "机电系部", "各党总支", "机关总支"):
        assert looks_like_unit(name), name


def test_school_district_as_subject():
    assert units_of("4、各学区于1月10日到中心校领取本学区试卷。") == [("各学区", "responsible")]
    assert units_of("二、各系部要于6月20日前将考试安排报教务处。") == [("各系部", "responsible")]


def test_other_kind_in_brackets():
    # "各学院（系）", "各系（部）", "各学院（研究院）": a school's teaching units are of another kind in
    # some schools; the bracket belongs to the name.
    for name in ("各学院(系)", "各系(部)", "各院(系)", "各学院(研究院)"):
        assert looks_like_unit(name), name
    for name in ("管理办法(试行)", "各镇(街道)招生方案"):
        assert not looks_like_unit(name), name
    assert units_of("三、各学院（系）于5月8日前将汇总表报送教务处。") == [("各学院（系）", "responsible")]


def test_quoted_programme_inside_a_name():
    # "区“双治”专班": a short quoted programme name inside the name of a task force.
    assert looks_like_unit("区“双治”专班") and looks_like_unit("市局“护苗”行动领导小组")
    assert not looks_like_unit("开展“双治”行动")
    assert units_of("二、区“双治”专班于6月30日前完成摸底。") == [("区“双治”专班", "responsible")]


def test_manner_word_ends_the_doer():
    # "X自行到Y办理…": 自行 is the doer's manner; Y is where the doer goes, no part of its name.
    assert units_of("每年4月底前各经营单位自行到县市场监管局办理年审。") == [("各经营单位", "responsible")]


def test_kind_after_each_is_a_collective():
    # "各中队", "各参赛班级": a kind of body after 各 names every body of that kind.
    assert looks_like_unit("各中队") and looks_like_unit("各参赛班级") and looks_like_unit("各站点")
    assert not looks_like_unit("各参赛选手")
    assert units_of("二、各参赛班级填写报名表，于4月9日前交校团委。") == [("各参赛班级", "responsible")]


def test_leeway_before_the_verb_keeps_the_subject():
    # "X可根据实际安排…，务必于…前完成": X is given a way to do it; the date still binds X.
    assert units_of("三、举办时间：各分会可根据实际确定时间，务必于11月20日前完成。") == [("各分会", "responsible")]
    assert units_of("各社区可结合实际制定方案，于6月10日前完成整治。") == [("各社区", "responsible")]


def test_conditions_are_no_request_a_closing_line_dates():
    # "1.某队完成实践的认定条件为：…" states what a team must meet; the closing request
    # "请各学院梳理以上材料…，于D前发送…" stays the one duty, its own date.
    doc = ("关于做好总结的通知\n各有关单位：\n1.市内突击队完成实践的认定条件为:(1)在平台注册;(2)提交登记表。\n"
           "2.市外小分队完成实践的认定条件为:(1)在平台注册;(2)提交申报表。\n"
           "请各学院梳理以上材料的提交情况,于10月8日前发送至工作邮箱。\n某某团委\n2026年9月1日\n")
    tasks = extract_text(doc).to_contract()["tasks"]
    assert [(t["deadline"], [u["name"] for u in t["units"]]) for t in tasks] == [("2026-10-08", ["各学院"])]
