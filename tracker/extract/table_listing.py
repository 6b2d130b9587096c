"""Listings that look like tables of work: an annexed list of sites, projects or figures
("序号 / 名称 / 地点 / 面积 / 可避难人数 / 投入使用时间", "序号 / 建设时间 / 建设方式 /
数量 / 经费预算（万元）") has a header of short cells, a date column and numbers in its
rows, but hands out no duty: no column is named by a word of a task, a unit or a
deadline column, and its columns are particulars and measures.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import lexicon

_LISTING = lexicon().listing_words
# Column words that name a duty column: a task, a unit or a deadline ("完成时限"); a bare
# "建设时间" or "权属部门" names none.
_DUTY_WORDS = tuple(w for role, words in lexicon().table_columns
                    if role in ("title", "text", "section", "lead", "support", "responsible", "deadline")
                    for w in words)
# A measure closing a column's name: "避难面积(万m2)", "最大避难人数(万人)", "床位(张)".
_MEASURE_TAIL = re.compile(r"\([^()]{0,4}(?:元|人|个|户|辆|吨|米|m2|㎡|亩|公里|千瓦|张|所|座|处|家)\)$")


def is_listing(names: list[str], roles: list[str]) -> bool:
    """Is the header of normalized column ``names`` (with their read ``roles``) a listing's:
    no name holds a duty column's word, and more than half of the columns but the number
    and the date (two at least) are particulars or measures?"""
    if any(w in n for n in names for w in _DUTY_WORDS):
        return False
    rest = [n for n, r in zip(names, roles) if r not in ("number", "deadline")]
    listed = [n for n in rest if any(w in n for w in _LISTING) or _MEASURE_TAIL.search(n)]
    return len(listed) >= 2 and 2 * len(listed) > len(rest)
