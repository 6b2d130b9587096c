"""Property test: random text mixed with fragments of real official phrasing.

Whatever the input, ``extract_text`` returns (no exception), every reported deadline
and milestone is a real date, every task has a title, and the contract renders.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.deadlines import find_deadlines, parse_deadline
from tracker.extract import extract_text

# Written here in the families the extractor reads, not copied from any test document.
FRAGMENTS = [
    "某政发〔2020〕7号", "某某市人民政府关于推进某项工作的实施意见", "各县（市、区）人民政府，市直各部门：",
    "2020年3月15日", "一、", "（一）", "1．", "2、", "(3)", "①", "第五条", "附件：任务分工表",
    "。", "，", "；", "（", "）", "(", ")", "《", "》", "\n", "\n\n", "|", " | ",
    "（责任单位：市发展改革委、市财政局）", "（牵头单位：市住建局；配合单位：各县（市、区）政府）",
    "（市科技局牵头，市教育局配合；2021年6月底前完成）", "（区卫健委负责，长期坚持）",
    "（责任单位：区人社局，2022年10月底前完成）", "由市民政局负责，于2021年9月底前完成",
    "责任单位：县农业农村局", "时间要求：2021年6月30日前完成排查，11月底前完成治理", "完成时限：持续推进",
    "2018年底前", "到2020年末", "每年12月31日前", "每半年通报一次", "每季度末次月10日前", "每月5日前",
    "自收到通知之日起10个工作日内", "2021—2023年", "第三季度", "上半年", "采暖季前", "二〇二二年十二月三十一日前",
    "各乡镇（街道）要于", "县城管局每季度", "市民政局（牵头）、市医保局（配合）",
    "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n",
    "| 1 | 建设服务站 | 市民政局 | 2020年底前 |\n", "| 2 | | | |\n",
    "推进某项改革。", "全面完成任务", "行动方案（2021—2023年）", "（下转第12页）", "（上接第3页）",
]

pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(max_size=12),
    st.text(alphabet="年月日底前内每季度半周0123456789一二三十〇（）()，。；、：|\n", max_size=12),
)
documents = st.lists(pieces, max_size=40).map("".join)


def _valid(d) -> bool:
    return d is None or (isinstance(d, date) and 1900 <= d.year <= 2200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_extract_text_never_fails_and_reports_real_dates(text):
    result = extract_text(text)
    for task in result.tasks:
        assert task.title and task.title.strip()
        assert _valid(task.deadline)
        assert all(_valid(m.due) and m.due is not None for m in task.milestones)
        assert all(u.role in ("lead", "support", "responsible") and u.name for u in task.units)
    for doc in result.documents:
        assert _valid(doc.issued)
    contract = result.to_contract(full=True)
    assert len(contract["tasks"]) == len(result.tasks)


@settings(max_examples=150, deadline=None)
@given(documents, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))))
def test_deadline_parser_never_fails_and_reports_real_dates(text, issued):
    dl = parse_deadline(text, issued)
    assert dl is None or _valid(dl.date)
    for start, end, found in find_deadlines(text, issued):
        assert 0 <= start < end <= len(text)
        assert _valid(found.date)


def test_a_table_row_holding_only_a_reference_number_is_no_task():
    """Found by the property above: a row cut after its 文号-like first cell gave a task
    with an empty title."""
    text = "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n|某政发〔2020〕7号"
    assert all(t.title.strip() for t in extract_text(text).tasks)


def test_a_numbered_heading_with_only_a_note_is_no_task():
    """Found by the property above: '（一）' followed by a bare note gave an empty title."""
    assert all(t.title.strip() for t in extract_text("（一）\n（责任单位：…）").tasks)
