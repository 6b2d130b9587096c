"""Lines of a document's header read on their own: the 文号 line and the issue-date line."""

from __future__ import annotations

import re
from datetime import date

from tracker.cn_numerals import cn_to_int

DOC_NO = re.compile(r"^[\u4e00-\u9fff]{1,14}\[(?:19|20)\d{2}\]第?\d{1,5}号$")
DOC_NO_ANY = re.compile(r"[\u4e00-\u9fff]{1,14}\[(?:19|20)\d{2}\]第?\d{1,5}号")
# A page may lose the 年 of a signature ("20181月2日"): four digits still name the year.
_DATE_LINE = re.compile(
    r"^(\d{4}(?=年?\d)|[〇○零Oo0一二三四五六七八九]{4}(?=年))年?(\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})日$"
)


def parse_date_line(line_norm: str) -> date | None:
    """The date of a line that holds nothing but a date (the issue-date line)."""
    m = _DATE_LINE.match(line_norm)
    if not m:
        return None
    # "二00九年": a page may write the zeros of a Chinese-numeral year as digits.
    y, mo, d = (cn_to_int(g.replace("0", "〇") if not g.isdigit() else g) for g in m.groups())
    try:
        return date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None
