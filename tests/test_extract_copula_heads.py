""""X是…的责任主体，主要负责同志是第一责任人，要…": the clause of X's heads between the copula
and the duty names no other subject; X keeps the duty."""

from tracker.extract import extract_text


def units_of(body):
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert tasks, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_heads_clause_keeps_the_subject():
    assert units_of("二、压实责任。各乡镇、各有关部门是整治工作的责任主体，主要负责人是第一责任人，要亲自部署，确保9月底前完成。") \
        == [("各乡镇", "responsible"), ("各有关部门", "responsible")]


def test_other_clause_breaks_the_copula():
    assert units_of("二、压实责任。各乡镇是整治工作的责任主体，群众参与是关键，确保9月底前完成。") == []
