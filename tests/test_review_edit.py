"""Core rules behind the import review dialog: units as text, merging rows, review notes."""

import pytest

from tracker.errors import InputError
from tracker.review import merge_rows, merge_tasks, rename_doc_no, review_notes, task_notes
from tracker.extract.units_text import format_units, parse_units


def test_format_units_roles():
    units = [{"name": "市科技局", "role": "lead"}, {"name": "市财政局", "role": "support"},
             {"name": "各县（市、区）政府", "role": "responsible"}]
    assert format_units(units) == "市科技局(牵头)、市财政局(配合)、各县（市、区）政府"


def test_parse_units_round_trip():
    units = [{"name": "市科技局", "role": "lead"}, {"name": "各县（市、区）政府", "role": "support"},
             {"name": "市财政局", "role": "responsible"}]
    assert parse_units(format_units(units)) == units


def test_parse_units_variants():
    got = parse_units("市科技局（牵头）， 市财政局(协办)；各县（市、区）政府 / 市商务局 (主办)")
    assert got == [{"name": "市科技局", "role": "lead"}, {"name": "市财政局", "role": "support"},
                   {"name": "各县（市、区）政府", "role": "responsible"}, {"name": "市商务局", "role": "lead"}]


def test_parse_units_keeps_non_role_brackets_and_dedups():
    assert parse_units("聊城经济技术开发区(东区)、市科技局、市科技局(牵头)") == [
        {"name": "聊城经济技术开发区(东区)", "role": "responsible"}, {"name": "市科技局", "role": "lead"}]
    assert parse_units("") == []
    assert parse_units("  、，") == []


def _t(title, deadline=None, units=(), **kw):
    return {"doc_no": kw.pop("doc_no", "示政办发〔2024〕3号"), "title": title, "text": title + "。",
            "units": [{"name": n, "role": r} for n, r in units], "deadline": deadline,
            "deadline_text": kw.pop("deadline_text", deadline and "按期"), "recurrence": None,
            "milestones": kw.pop("milestones", []), "section": kw.pop("section", "一、"), **kw}


def test_merge_tasks_rule():
    a = _t("建设平台", "2024-12-31", [("市科技局", "lead"), ("市财政局", "support")], deadline_text="年底前",
           milestones=[{"due": "2024-06-30", "text": "完成方案"}])
    b = _t("培育企业", "2024-09-30", [("市财政局", "lead"), ("市商务局", "support")], deadline_text="9月底前",
           section="二、")
    m = merge_tasks(a, b)
    assert m["title"] == "建设平台；培育企业"
    assert m["text"] == "建设平台。\n培育企业。"
    assert m["units"] == [{"name": "市科技局", "role": "lead"}, {"name": "市财政局", "role": "lead"},
                          {"name": "市商务局", "role": "support"}]
    assert (m["deadline"], m["deadline_text"]) == ("2024-09-30", "9月底前")
    assert m["section"] == "一、"
    assert m["milestones"] == [{"due": "2024-06-30", "text": "完成方案"}]
    # the inputs are not changed
    assert a["units"][1]["role"] == "support"


def test_merge_keeps_the_only_deadline():
    a = _t("甲", None)
    b = _t("乙", "2025-01-31")
    assert merge_tasks(a, b)["deadline"] == "2025-01-31"
    assert merge_tasks(b, a)["deadline"] == "2025-01-31"


def test_merge_other_document_refused():
    with pytest.raises(InputError):
        merge_tasks(_t("甲"), _t("乙", doc_no="别的〔2024〕1号"))


def test_merge_rows_places_result_at_earlier_row():
    rows = [_t("甲"), _t("乙"), _t("丙")]
    out = merge_rows(rows, 2, 0)
    assert [t["title"] for t in out] == ["甲；丙", "乙"]
    with pytest.raises(InputError):
        merge_rows(rows, 1, 1)


def test_rename_doc_no_moves_tasks():
    c = {"documents": [{"doc_no": "A号", "title": "x"}], "tasks": [_t("甲", doc_no="A号"), _t("乙", doc_no="B号")]}
    rename_doc_no(c, "A号", "C号")
    assert c["documents"][0]["doc_no"] == "C号"
    assert [t["doc_no"] for t in c["tasks"]] == ["C号", "B号"]


def test_review_notes():
    c = {"problems": ["未识别的单位：市某某局",
                      {"code": "task_without_unit", "args": {"doc": "示政办发〔2024〕3号", "title": "无单位"},
                       "message": "示政办发〔2024〕3号：任务“无单位”未写明责任单位。"}],
         "tasks": [_t("有单位有期限", "2024-12-31", [("市科技局", "lead")]), _t("无单位", "2024-12-31"),
                   _t("无期限", None, [("市科技局", "lead")]),
                   _t("说不清", None, [("市科技局", "lead")], deadline_text="适时")]}
    notes = review_notes(c)
    assert (notes[0].row, notes[0].text) == (None, "未识别的单位：市某某局")
    assert [n.row for n in notes[1:]] == [1, 2, 3]
    assert [n.code for n in notes[1:]] == ["task_without_unit", "task_without_deadline", "task_without_deadline"]
    assert "未找到责任单位" in notes[1].text
    assert "未找到完成时限" in notes[2].text
    assert "适时" in notes[3].text
    assert task_notes(c["tasks"][0]) == []


def test_parse_date_input():
    from datetime import date

    from tracker.extract.field_text import parse_date_input

    assert parse_date_input("2018-12-31") == date(2018, 12, 31)
    assert parse_date_input(" 2018/3/5 ") == date(2018, 3, 5)
    assert parse_date_input("2018年12月31日") == date(2018, 12, 31)
    assert parse_date_input("2019年6月底前") == date(2019, 6, 30)
    assert parse_date_input("") is None
    for bad in ("2018-02-30", "下周", "每年12月31日前"):
        with pytest.raises(InputError):
            parse_date_input(bad)


def test_milestones_text_round_trip():
    from tracker.extract.field_text import format_milestones, parse_milestones

    ms = [{"due": "2018-12-31", "text": "覆盖率达到60%"}, {"due": "2019-12-31", "text": "2019-12-31"}]
    text = format_milestones(ms)
    assert text == "2018-12-31 覆盖率达到60%；2019-12-31"
    assert parse_milestones(text) == ms
    assert parse_milestones("2019年6月底：全面推开; 2019-01-31 完成方案") == [
        {"due": "2019-01-31", "text": "完成方案"}, {"due": "2019-06-30", "text": "全面推开"}]
    assert parse_milestones("") == []
    with pytest.raises(InputError):
        parse_milestones("尽快完成")
