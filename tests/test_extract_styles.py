"""Extraction of documents in styles other than the seed, with exact expectations."""

from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_path, extract_text

DATA = Path(__file__).parent / "data"
REALDOC = Path(__file__).resolve().parent / "data" / "realdocs" / "02-shanghai-chongming-2021-chengshitijian.txt"


def units(task):
    return [(u.name, u.role) for u in task.units]


def test_provincial_plan_with_label_lines():
    r = extract_path(DATA / "provincial-plan-2021.txt")
    (doc,) = r.documents
    assert doc.doc_no == "赣府厅字［2021］45号"
    assert doc.issued == date(2021, 5, 10)
    assert doc.issuer == "江西省人民政府办公厅"
    by_title = {t.title: t for t in r.tasks}
    infra = by_title["推进新型基础设施建设"]
    assert infra.kind == "annotated"
    assert units(infra) == [("省通信管理局", "lead"), ("省发展改革委", "support"),
                            ("省工业和信息化厅", "support"), ("各设区市人民政府", "support")]
    assert infra.deadline == date(2022, 12, 31)
    assert [m.due for m in infra.milestones] == [date(2021, 12, 31), date(2022, 12, 31)]
    cluster = by_title["培育数字产业集群"]
    assert units(cluster) == [("省工业和信息化厅", "lead"), ("省科技厅", "responsible"), ("省商务厅", "responsible")]
    assert cluster.deadline is None
    target = next(t for t in r.tasks if t.text.startswith("到2023年"))
    assert target.kind == "implicit" and target.deadline == date(2023, 12, 31)
    assert target.title == "全省数字经济增加值占地区生产总值比重达到45%以上"  # not the time phrase
    half = next(t for t in r.tasks if "每半年通报一次" in t.text)
    assert units(half) == [("省发展改革委", "lead"), ("有关部门", "support")]  # X会同Y
    assert half.recurrence == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"
    assert half.deadline == date(2021, 6, 30)
    quarterly = next(t for t in r.tasks if "每季度末次月10日前" in t.text)
    assert quarterly.recurrence == "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"
    assert quarterly.deadline == date(2021, 7, 10)  # the 10th after the quarter ending 30 June
    assert len(r.tasks) == 5


def test_traditional_characters_and_half_width_brackets():
    r = extract_path(DATA / "district-notice-trad.txt")
    (doc,) = r.documents
    assert doc.doc_no == "深南府辦函[2022]8號"
    assert doc.title == "深圳市南山區人民政府辦公室關於做好2022年防汛工作的通知"
    assert doc.issued == date(2022, 3, 15)
    t1, t2, t3 = r.tasks
    assert units(t1) == [("區水務局", "lead"), ("區住房建設局", "support"), ("各街道辦事處", "support")]
    assert t1.deadline == date(2022, 4, 30)
    assert units(t2) == [("區應急管理局", "responsible")]
    assert t2.deadline == date(2022, 5, 31) and t2.deadline_text == "2022年5月底前"
    assert units(t3) == [("區應急管理局", "responsible"), ("區水務局", "responsible")]
    assert t3.deadline is None
    assert all(t.kind == "annotated" for t in r.tasks)


def test_pipe_task_table_with_sub_rows_and_repeated_header():
    r = extract_path(DATA / "task-table-2020.txt")
    assert [d.doc_no for d in r.documents] == ["洛政办〔2020〕17号"]
    rows = r.tasks
    assert [t.kind for t in rows] == ["table"] * 5
    # Sub-rows of one task name: each is titled by its own goal, the name is context.
    assert rows[0].title == "企业开办全流程压缩至3个工作日以内"
    assert rows[1].title == "推行企业登记全程电子化"
    assert rows[0].section == rows[1].section == "压缩企业开办时间"
    assert rows[1].number == "1" and rows[1].deadline == date(2020, 6, 30)  # inherited
    assert units(rows[0]) == [("市市场监管局", "lead"), ("市公安局", "support"), ("市税务局", "support")]
    assert units(rows[1]) == [("市市场监管局", "lead")]
    assert units(rows[3]) == [("市税务局", "lead"), ("市财政局", "support"), ("市人民银行", "support")]
    assert rows[3].deadline == date(2020, 9, 30)
    assert rows[4].deadline is None and rows[4].deadline_text == "长期坚持"
    assert units(rows[4]) == [("市发展改革委", "lead"), ("各县（市、区）人民政府", "support")]
    assert not any(p.code == "unit_doubled" for p in r.problems)  # 市市场监管局 is a real name


def test_month_level_time_nodes_in_item_headings():
    if not REALDOC.exists():
        pytest.skip("shared realdocs not present")
    r = extract_path(REALDOC)
    (doc,) = r.documents
    assert doc.doc_no == "沪崇府办发〔2021〕20号" and doc.issued == date(2021, 9, 9)
    assert [t.deadline for t in r.tasks] == [
        date(2021, 8, 31), date(2021, 9, 30), date(2021, 9, 30), date(2021, 10, 15), date(2021, 12, 31)]
    assert units(r.tasks[1]) == [("各相关部门", "responsible")]


def test_doubled_prefix_is_reported_and_fixed():
    text = "一、加强监管。开展专项检查。（责任单位：市市财政局、市审计局）"
    r = extract_text(text)
    (t,) = r.tasks
    assert units(t) == [("市财政局", "responsible"), ("市审计局", "responsible")]
    assert any(p.code == "unit_doubled" and p.args["name"] == "市市财政局" for p in r.problems)
