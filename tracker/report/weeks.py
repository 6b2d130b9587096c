"""Weeks and dates as the reports take and print them: ISO weeks (``2018-W51``), the
as-of date of a report on a week, the reply date of a chasing notice, ``2018年12月31日``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.errors import UsageError

_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


@dataclass(frozen=True)
class Week:
    """An ISO week: Monday to Sunday."""

    year: int
    number: int

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 7)

    @property
    def spec(self) -> str:
        """The week as ``2018-W51``."""
        return f"{self.year}-W{self.number:02d}"

    @property
    def title(self) -> str:
        """``2018年第51周（12月17日—12月23日）``; a week running into a new year names it."""
        mon, sun = self.monday, self.sunday
        end = f"{sun.month}月{sun.day}日" if sun.year == mon.year else f"{sun.year}年{sun.month}月{sun.day}日"
        return f"{self.year}年第{self.number}周（{mon.month}月{mon.day}日—{end}）"

    def contains(self, d: date) -> bool:
        return self.monday <= d <= self.sunday


def week_of(d: date) -> Week:
    """The ISO week containing ``d``."""
    iso = d.isocalendar()
    return Week(iso[0], iso[1])


def parse_week(text: str) -> Week:
    """``2018-W51`` (also ``2018W51``, ``2018-w51``) → Week; a Chinese error otherwise."""
    m = _WEEK.match(text or "")
    if m and not 1900 <= int(m.group(1)) <= 2999:
        # A year of recurring duties is added to a date in the week: keep far from date's limits.
        raise UsageError(f"周次超出支持的范围（1900—2999 年）：{text}")
    if m:
        try:
            week = Week(int(m.group(1)), int(m.group(2)))
            week.monday  # noqa: B018 - validates the week number for that year
            return week
        except ValueError:
            pass
    raise UsageError(f"周次格式应为 年-W周，例如 2018-W51：{text}")


def cn_date(iso: str | date | None) -> str:
    """``2018年12月31日`` for an ISO date (empty for None)."""
    if not iso:
        return ""
    d = iso if isinstance(iso, date) else date.fromisoformat(str(iso)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def default_as_of(week: Week, today: date) -> date:
    """The as-of date for a report on ``week`` printed ``today``: today while the week
    runs, its Sunday once it is over, its Monday if it has not begun."""
    return min(max(today, week.monday), week.sunday)


def reply_by(as_of: date, days: int) -> date:
    """The date a chased unit is asked to reply by."""
    return as_of + timedelta(days=days)
