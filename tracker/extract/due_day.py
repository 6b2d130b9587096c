"""A due day closed by 前 binds a hand-in duty; bare coarse times beside it name the work.

"续建项目2028年建设计划的材料…于12月25日前报送", "按项目名称、年内进度目标等内容…于11月20日前报送",
"制定…及2028年、2029年年度改造计划" after "10月30日前": the year, 年内 or 下半年 qualifies what is handed
in or planned (read as a target only by the word after it: 建, 基, 再, 、, 内); the day is the due date.
"""

from __future__ import annotations

import re


# A due day closed by 前 ("于12月25日前报送"): the duty's own hand-in date.
_DAY_DUE = re.compile(r".*\d{1,2}[日号].{0,12}?(?:以前|之前|前)$")
# A coarse time read as a target only by the word after it ("2028年建设计划", "年内进度目标",
# "2028年再另行开具"): no 到/至/力争/确保 before it, no 底/末/前 closing it.
_COARSE_BARE = re.compile(r"(?:(?:19|20)\d{2}年|年内|[上下]半年)")


def bound_by_day(hits: list) -> list:
    """Drop bare coarse times beside a due day: in a sentence that hands something in by a day,
    a bare year or 年内 names the work the thing is about ("将2027年项目验收材料于10月20日前报送",
    "续建项目2028年建设计划…于12月25日前报送"), not when it is due."""
    if not any(h.deadline.precision == "day" and not h.deadline.recurrence and _DAY_DUE.match(h.deadline.text)
               for h in hits):
        return hits
    return [h for h in hits if h.deadline.recurrence or h.deadline.precision not in ("year", "half")
            or not _COARSE_BARE.fullmatch(h.deadline.text)]
