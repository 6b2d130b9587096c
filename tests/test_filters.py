"""The active filters in words (core, no Qt): chips' labels and the empty-list hint."""

from tracker.filters import EMPTY_TITLE, ActiveFilter, active_filters, empty_hint


def test_only_filters_in_force_are_listed_in_a_fixed_order():
    assert active_filters() == []
    assert active_filters(search="  ", bucket=None, document="", unit=None) == []
    got = active_filters(search=" 收费  清单 ", bucket="已逾期", document="聊政发〔2018〕1号 创新方案",
                         unit="市财政局", lead_only=True)
    assert [f.key for f in got] == ["search", "bucket", "document", "unit", "lead_only"]
    assert [f.label for f in got] == ["搜索：收费 清单", "状态：已逾期", "公文：聊政发〔2018〕1号 创新方案",
                                      "单位：市财政局", "仅牵头"]


def test_empty_hint_names_the_filters_that_hide_tasks():
    filters = [ActiveFilter("unit", "单位：市财政局"), ActiveFilter("search", "搜索：无此词")]
    hint = empty_hint(12, filters)
    assert hint.startswith(EMPTY_TITLE)
    assert "共 12 项任务" in hint and "“单位：市财政局”" in hint and "“搜索：无此词”" in hint
    assert "✕" in hint and "清除全部筛选" in hint


def test_empty_hint_without_filters_or_tasks():
    assert empty_hint(5, []) == f"{EMPTY_TITLE}。"
    assert "导入公文" in empty_hint(0, [ActiveFilter("search", "搜索：x")])
