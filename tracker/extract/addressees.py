"""Where a notice names its addressees: the line "各乡镇人民政府，县直各部门：" under its
title, or, on a page printed on one line, the units right after the document number
("…的通知 广府办发〔2008〕59号 各县、区人民政府，市级有关部门：《…》…"), or the units
from a 各 on when page matter runs into the line ("[发布日期]2012-04-09各省…商务主管部门：")."""

from __future__ import annotations

import re

from tracker.extract.units import unit_list_text

# The addressees run on after the document number, up to their colon.
_AFTER_NUMBER = re.compile(r"号 ?(?P<units>[^:。\n]{2,120}):")
# Page matter run into the addressee line ahead of it ("[发布日期]2012-04-09各省、自治区…:", a title glued
# to it "…的函各县区生态环境局、水利局:", "文章来源:作者:时间:2009-04-24各市委、省直工委:"): the
# addressees are the units from a 各 on to the colon, right after a date, a bracket or a title's kind of
# document ("环境保护部各派出机构": a 各 inside a name is no start).
_EACH = re.compile(r"(?<=[\d\])函知见报定案复])各")


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
    for pa in starts:
        end = para_ends[pa]
        if s[end - 1] == ":" and end - pa <= 400:
            for each in _EACH.finditer(s, max(pa + 1, end - 121), end - 1):
                if unit_list_text(s[each.start():end - 1]):
                    return each.start(), end - 1
    return None
