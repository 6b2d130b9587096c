"""Statistics to look at: periods (month, quarter, year, any range) and the per-unit
table of 按期办结率, overdue and open counts for one of them, as plain data.

The 统计 view, the statistics section of the reports and the monthly 通报 all read
``build_stats``; the SQL is in ``tracker.ledger.stats``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.errors import TrackerError
from tracker.ledger import stats as ledger_stats
from tracker.ledger.stats import UnitStats

PERIOD_KINDS = ("month", "quarter", "year")


class PeriodError(TrackerError):
    """A month or range the user wrote cannot be a period (an argument error)."""

    exit_code = 2


_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


@dataclass(frozen=True)
class Period:
    """A range of days (both ends included) with its Chinese label."""

    start: date
    end: date
    label: str

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        start = date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return cls(start, nxt - timedelta(days=1), f"{year}年{month}月")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        start = date(year, 3 * quarter - 2, 1)
        end = Period.month(year, 3 * quarter).end
        return cls(start, end, f"{year}年第{'一二三四'[quarter - 1]}季度")

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31), f"{year}年")

    @classmethod
    def between(cls, start: date, end: date) -> "Period":
        """Any range; raises TrackerError when it ends before it starts."""
        if end < start:
            raise PeriodError(f"统计期间的结束日期（{end.isoformat()}）早于开始日期（{start.isoformat()}）。")
        return cls(start, end, f"{start.isoformat()} 至 {end.isoformat()}")

    @property
    def spec(self) -> str:
        """``2018-12`` for a calendar month, else ``start..end``."""
        if self.start.day == 1 and Period.month(self.start.year, self.start.month) == self:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def as_of_for(self, today: date) -> date:
        """The as-of date for looking at this period ``today``: today while it runs, its
        last day once it is over, its first day if it has not begun."""
        return min(max(today, self.start), self.end)


def period_of(kind: str, d: date) -> Period:
    """The month, quarter or year containing ``d``."""
    if kind == "month":
        return Period.month(d.year, d.month)
    if kind == "quarter":
        return Period.quarter(d.year, (d.month - 1) // 3 + 1)
    if kind == "year":
        return Period.year(d.year)
    raise ValueError(kind)


def parse_month(text: str) -> Period:
    """``2018-12`` (also ``2018/12``, ``2018年12月``) → that month; a Chinese error otherwise."""
    m = _MONTH.match(text or "")
    if m and not 1900 <= int(m.group(1)) <= 2999:
        raise PeriodError(f"月份超出支持的范围（1900—2999 年）：{text}")
    if m and 1 <= int(m.group(2)) <= 12:
        return Period.month(int(m.group(1)), int(m.group(2)))
    raise PeriodError(f"月份格式应为 年-月，例如 2018-12：{text}")


def followed_unit_ids(ledger, names) -> set[int]:
    """The ids of the units named (the clerk's "my units"), a collective bringing its
    members; names this ledger does not know are skipped."""
    out: set[int] = set()
    for name in names or ():
        uid = ledger.units.find(name)
        if uid is None:
            continue
        out.add(uid)
        out.update(ledger.units.members_of(uid))
    return out


@dataclass
class StatsReport:
    """The per-unit statistics of one period as of a date, with their total."""

    period: Period
    as_of: date
    rows: list[UnitStats]
    total: UnitStats

    def ranked(self) -> list[UnitStats]:
        """Units by on-time rate (best first, those with nothing due last), then fewest overdue."""
        return sorted(self.rows, key=lambda r: (r.rate is None, -(r.rate or 0), r.overdue_tasks, r.name))


def build_stats(ledger, period: Period, as_of: date, *, units=None, document_id: int | None = None) -> StatsReport:
    """Statistics of ``period`` as of ``as_of``; ``units`` (names) limits them to those
    units and their members. An empty ledger gives an empty table, not an error."""
    ids = followed_unit_ids(ledger, units) if units else None
    rows = ledger_stats.unit_stats(ledger, period.start, period.end, as_of, unit_ids=ids, document_id=document_id)
    return StatsReport(period, as_of, rows, ledger_stats.totals(rows))
