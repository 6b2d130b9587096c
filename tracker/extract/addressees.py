"""Where a notice names its addressees: the line "各乡镇人民政府，县直各部门：" under its
title, or, on a page printed on one line, the units right after the document number
("…的通知 广府办发〔2008〕59号 各县、区人民政府，市级有关部门：《…》…")."""

from __future__ import annotations

import re

from tracker.extract.units import unit_list_text

# The addressees run on after the document number, up to their colon.
_AFTER_NUMBER = re.compile(r"号 ?(?P<units>[^:。\n]{2,120}):")


def addressee_span(s: str, para_ends: dict[int, int]) -> tuple[int, int] | None:
    """Span in ``s`` (normalized text) of the addressees among the first paragraphs of
    the body, or None."""
    starts = sorted(para_ends)[:6]
    for pa in starts:
        end = para_ends[pa]
        if 2 < end - pa <= 120 and s[end - 1] == ":" and unit_list_text(s[pa:end - 1]):
            return pa, end - 1
    for pa in starts:
        m = _AFTER_NUMBER.search(s, pa, min(para_ends[pa], pa + 1500))
        if m and unit_list_text(m.group("units").strip()):
            a = m.start("units") + (m.group("units")[0] == " ")
            return a, m.end("units")
    return None
