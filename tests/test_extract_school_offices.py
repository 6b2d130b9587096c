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
