"""The festivals official documents name as times ("春节前", "国庆节期间", "清明节放假"), in one table:
their names, the forms a deadline writes them in, and the calendar that fixes their day.

元旦, 国庆 and 劳动节 fall on fixed solar days; 春节, 中秋 and 端午 on lunar days (the lunardate
library); 清明 on its solar term. A duty "before the festival" is due on its eve: every real
document's gold in the corpus (eight, 2010-2026) enters the eve, and "before" leaves the day out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["FESTIVAL_BEFORE", "FESTIVAL_STEMS", "festival_date", "festival_day"]


@dataclass(frozen=True)
class _Festival:
    stem: str  # the name where the next word settles the reading ("五一放假", "国庆期间")
    before: tuple[str, ...]  # regex forms before 前: a bare number (十一, 五一) only in quotes
    solar: tuple[int, int] | None = None
    lunar: tuple[int, int] | None = None
    aliases: tuple[str, ...] = ()


_TABLE = (
    # 清明, the solar term, named with 节 ("清明节前"; the bare "清明前" holds none of the scan's anchors);
    # "清明节前后" is the days around it, no deadline.
    _Festival("清明", ("清明节",)),
    _Festival("春节", ("春节",), lunar=(1, 1)),
    _Festival("国庆", ("国庆节?", "[“\"]十一[”\"]"), solar=(10, 1), aliases=("十一",)),
    _Festival("元旦", ("元旦",), solar=(1, 1)),
    _Festival("五一", ("[“\"]五一[”\"]", "五一(?:劳动)?节", "劳动节"), solar=(5, 1), aliases=("劳动",)),
    _Festival("端午", ("端午节?",), lunar=(5, 5)),
    _Festival("中秋", ("中秋节?",), lunar=(8, 15)),
    # The party's anniversary, no holiday: named by its day in quotes ("“七一”前夕"), never bare.
    _Festival("建党节", ("[“\"]七一[”\"]", "建党节"), solar=(7, 1), aliases=("七一",)),
)

# "(?P<f>{FESTIVAL_STEMS})节?放假": the names where a following word settles the reading.
FESTIVAL_STEMS = "|".join(f.stem for f in _TABLE) + "|劳动"
# The forms a deadline "X前" names a festival in.
FESTIVAL_BEFORE = "|".join(form for f in _TABLE for form in f.before)


def _find(name: str) -> _Festival | None:
    name = name.strip("“”\"")
    for f in _TABLE:
        if name.startswith((f.stem, *f.aliases)):
            return f
    return None


def _qingming(year: int) -> date:
    """清明, the solar term: 4 or 5 April (the usual formula for 1901-2099)."""
    y = year % 100
    return date(year, 4, int(y * 0.2422 + (4.81 if year >= 2000 else 5.59)) - (y // 4 if year >= 2000 else (y - 1) // 4))


def festival_day(name: str, year: int) -> date | None:
    """The day of the festival ``name`` (any form above: "春节", "国庆节", "“十一”", "劳动节") in
    ``year``, or None for a name not in the table or a lunar year outside the library's table."""
    f = _find(name)
    if f is None:
        return None
    if f.solar:
        return date(year, *f.solar)
    if f.lunar:
        from lunardate import LunarDate  # noqa: PLC0415 - only documents naming a lunar festival need it

        try:
            return LunarDate(year, *f.lunar).to_solar_date()
        except ValueError:
            return None  # outside the library's table (1900-2099)
    return _qingming(year)


def festival_date(name: str, year: int) -> date | None:
    """The date a duty "before the festival ``name``" in ``year`` is due: the festival's eve
    ("2027年元旦前" on 31 December 2026, "国庆节前" on 30 September), or None."""
    day = festival_day(name, year)
    return day - timedelta(days=1) if day is not None else None
