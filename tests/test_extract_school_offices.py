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
