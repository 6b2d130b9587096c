"""Lines of a document's header read on their own: the 文号 line and the issue-date line."""

from __future__ import annotations

import re
from datetime import date

from tracker.cn_numerals import cn_to_int
from tracker.deadline_days import split_month_day

DOC_NO = re.compile(r"^[\u4e00-\u9fff]{1,14}\[(?:19|20)\d{2}\]第?\d{1,5}号$")
DOC_NO_ANY = re.compile(r"[\u4e00-\u9fff]{1,14}\[(?:19|20)\d{2}\]第?\d{1,5}号")
# A page may lose the 年 of a signature ("20181月2日"): four digits still name the year.
_DATE_LINE = re.compile(
    r"^(\d{4}(?=年?\d)|[〇○零OoΟο0一二三四五六七八九]{4}(?=年))年?(\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})日$"
)


_ZEROS = str.maketrans({"0": "〇", "Ο": "〇", "ο": "〇"})


# A signature that lost its 月 and perhaps its 年 but kept its 日 ("2017920日", "2023年1120日"):
# the date where the digits split one way (``split_month_day``).
_LOST_MONTH_LINE = re.compile(r"^((?:19|20)\d{2})年?(\d{2,4})日$")


def parse_date_line(line_norm: str) -> date | None:
    """The date of a line that holds nothing but a date (the issue-date line)."""
    m = _DATE_LINE.match(line_norm)
    if not m:
        lost = _LOST_MONTH_LINE.match(line_norm) if line_norm.endswith("日") else None
        return split_month_day(lost.group(2), int(lost.group(1))) if lost else None
    # "二00九年", "二ΟΟ七年": a page may write the zeros of a Chinese-numeral year as digits or as
    # a Greek capital omicron.
    y, mo, d = (cn_to_int(g.translate(_ZEROS) if not g.isdigit() else g) for g in m.groups())
    try:
        return date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None


# A signature date whose 年, 月 and 日 a page lost ("2024327" for 2024年3月27日, "202192"): six
# to eight digits alone on a line, read only where a signature stands, after the issuer's
# name, an 附件 line or the body's last sentence, and only when the digits split one way into
# a month and a day written without a leading zero ("2024115" may be 1月15日 or 11月5日: none).
_LOST_DATE = re.compile(r"^((?:19|20)\d{2})([1-9]\d{1,3})$")
# The words an issuer's name ends with, on the line before its signature date.
_ORGAN_ENDS = "政府|办公室|办|厅|局|委员会|委|部|中心|院|会|组|室|处|所|站|镇|乡|街道"
_SIGNATURE_BEFORE = re.compile(rf"(?:{_ORGAN_ENDS})$|^附件|。$")


# A signature date in Chinese numerals run into the text of a page that lost its line breaks
# ("…特此通知。二○一○年九月一日某某方案", "附件：某某表（略）二○一○年九月一日"): after the body's
# last sentence, a closed bracket or the issuer's name. A year in Chinese numerals is a signature's
# or a header's, never a due date's.
_SIGNED_INLINE = re.compile(
    r"(?:。|\)|政府|办公室|办|厅|局|委员会|委|部|中心|组)"
    r"([〇○零O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)")


def lost_date(line_norm: str) -> date | None:
    """The date of a line of bare digits that splits one way only ("202446" -> 2024-04-06)."""
    m = _LOST_DATE.match(line_norm)
    if not m:
        return None
    year, rest = int(m.group(1)), m.group(2)
    found = set()
    for cut in range(1, len(rest)):
        mon, day = rest[:cut], rest[cut:]
        if day.startswith("0") or len(mon) > 2 or len(day) > 2:
            continue
        try:
            found.add(date(year, int(mon), int(day)))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


# A signature date written with dashes or dots ("2009-9-22", "2015.12.24", "2016.06.30") on the
# line after the issuer's name ("龙湖中学", "政教处、团总支", "青浦区教育局"), as schools' and offices'
# pages sign: a bare date line elsewhere (a portal's posting date, a schedule's day) is no signature.
_DASHED_DATE = re.compile(r"^((?:19|20)\d{2})[-.](\d{1,2})[-.](\d{1,2})$")
# (schools and their branches sign too: "龙湖中学", "团总支", "团队")
_ISSUER_LINE = re.compile(rf"^[\u4e00-\u9fff、()]{{1,20}}(?:{_ORGAN_ENDS}|学|校|支|队)$")


def dashed_date(line_norm: str, prev_norm: str) -> date | None:
    """The date of a dashed or dotted date line signed under an issuer's name, else None."""
    m = _DASHED_DATE.match(line_norm)
    if m is None or not _ISSUER_LINE.match(prev_norm):
        return None
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        return None


def issue_date(nlines: list[str]) -> date | None:
    """The first issue-date line of a document, else its signature written as bare digits or as a
    dashed date under the issuer's name, else a signature in Chinese numerals run into the text."""
    issued = next((d for d in (parse_date_line(n) for n in nlines) if d), None)
    if issued is not None:
        return issued
    prev = ""
    for n in nlines:
        if not n:
            continue
        when = (lost_date(n) if _SIGNATURE_BEFORE.search(prev) else None) or dashed_date(n, prev)
        if when is not None:
            return when
        prev = n
    return next((d for d in (parse_date_line(m.group(1)) for n in nlines for m in _SIGNED_INLINE.finditer(n)) if d), None)
