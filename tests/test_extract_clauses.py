"""Passages holding several duties or several checkpoints: clauses with their own subjects
and times in one sentence, and one duty checked at several dates (milestones)."""

import pytest

from tracker.extract import extract_text

HEAD = ("丙政办发〔2025〕3号\n\n丙县人民政府办公室关于推进道路建设的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        "现将有关事项通知如下。\n\n")
FOOT = "\n\n丙县人民政府办公室\n2025年3月1日\n"


def tasks_of(body):
    r = extract_text(HEAD + body + FOOT)
    return [([(u.name, u.role) for u in t.units], t.deadline and t.deadline.isoformat(), t.deadline_text,
             [(m.due.isoformat(), m.text) for m in t.milestones]) for t in r.tasks]


@pytest.mark.parametrize("body, expected", [
    # Each clause with its own subject and time is a duty of its own.
    ("一、城东街道一周内完成东延段清表任务；石门乡三天内完成东延段清表任务。",
     [([("城东街道", "responsible")], None, "一周内", []), ([("石门乡", "responsible")], None, "三天内", [])]),
    ("一、各乡镇5月底前完成自查，县住建局于6月底前完成抽查。",
     [([("各乡镇", "responsible")], "2025-05-31", "5月底前", []),
      ([("县住建局", "responsible")], "2025-06-30", "6月底前", [])]),
])
def test_clauses_with_their_own_subject_and_time_are_duties_of_their_own(body, expected):
    assert tasks_of(body) == expected


@pytest.mark.parametrize("body, units", [
    # The date binds the clause it is in: the nearest subject with its own modal verb.
    ("一、县交通局要发挥好牵头作用，石门乡要克服困难，加大工作力度，5月5日前完成拆迁清表工作。",
     [("石门乡", "responsible")]),
    # A later subject that only supports leaves the date to the first.
    ("一、县交通局要加快推进，县水利局要积极配合，5月5日前完成拆迁清表工作。",
     [("县交通局", "responsible")]),
])
def test_the_date_binds_the_subject_of_its_own_clause(body, units):
    (got,) = tasks_of(body)
    assert got[0] == units


@pytest.mark.parametrize("name, is_unit", [
    ("清河头乡", True), ("城关镇", True), ("石门乡", True),
    ("城乡", False), ("推进新型城镇", False), ("特色小镇", False), ("建成郎岱镇", False), ("文化下乡", False),
])
def test_a_township_named_by_its_place_is_a_unit(name, is_unit):
    from tracker.extract.unit_names import looks_like_unit
    assert looks_like_unit(name) is is_unit
