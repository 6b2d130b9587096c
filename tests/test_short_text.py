"""Shortened titles end in "…" and, where they can, at a pause between phrases."""

from __future__ import annotations

from hypothesis import given, strategies as st

from tracker.short_text import shorten


def test_short_text_is_kept_whole():
    assert shorten("清理涉企收费", 24) == "清理涉企收费"
    assert shorten("  清理涉企收费 ", 6) == "清理涉企收费"
    assert shorten(None, 10) == ""


def test_cut_at_the_last_pause_and_marked():
    title = "推动新型防水材料、高端陶瓷研磨材料、橡胶助剂、水泥助磨剂、超高分子量聚乙烯等新型材料的研发升级"
    assert shorten(title, 24) == "推动新型防水材料、高端陶瓷研磨材料、橡胶助剂…"
    assert shorten(title, 28) == "推动新型防水材料、高端陶瓷研磨材料、橡胶助剂…"   # not "…、水泥助磨…"
    assert shorten(title, 12) == "推动新型防水材料…"


def test_without_a_pause_the_cut_is_marked():
    title = "各级行政机关应当在每年12月31日前将本单位年度发生的行政诉讼案件书面报告"
    assert shorten(title, 20) == title[:19] + "…"


@given(st.text(alphabet="市科技局、，；组织落实 ", max_size=80), st.integers(min_value=2, max_value=60))
def test_never_longer_than_the_room_and_a_prefix_when_cut(text, limit):
    out = shorten(text, limit)
    assert len(out) <= max(limit, len(text.strip()) if len(text.strip()) <= limit else limit)
    if out != text.strip():
        assert out.endswith("…") and text.strip().startswith(out[:-1])
