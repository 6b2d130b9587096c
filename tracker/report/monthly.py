"""The monthly 通报 (重点任务督办情况通报) as plain data: how the month's due work went,
unit by unit, besides the weekly report.

Everything is as of a date passed in (by default the month's last day once it is over):
cells due in the month are counted, the units ranked by 按期办结率, and the tasks still
overdue on that date listed, so that a 通报 printed in January for December reads the
same as one printed on 31 December.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.ledger import activity
from tracker.ledger.buckets import DUE_SOON_DAYS
from tracker.report.model import (ROWS_PER_PAGE, DueRow, SummaryItem, _due_rows, rate_light, rate_text,
                                   refuse_pages, resolve_filters)
from tracker.report.stats import Period, StatsReport, build_stats

TITLE = "重点任务督办情况通报"


@dataclass
class MonthlyHeading:
    """Who, when and what a printed 通报 covers."""

    title: str
    period: Period
    as_of: date
    ledger_name: str
    printed_by: str
    printed_at: str
    unit: str | None = None
    document: str | None = None
    organisation: str = ""   # the issuing office (报表设置)
    contact: str = ""
    phone: str = ""


@dataclass
class MonthlyReport:
    """The monthly 通报's content, ready to render."""

    heading: MonthlyHeading
    summary: list[SummaryItem]
    stats: StatsReport
    overdue: list[DueRow]
    completed: list[activity.DoneCell]
    changes: list[activity.StateChange]

    def item(self, key: str) -> SummaryItem:
        """The summary item named ``key``."""
        return next(i for i in self.summary if i.key == key)


def build_monthly(ledger, period: Period, as_of: date | None = None, *, unit: str | None = None,
                  document: str | None = None, printed_by: str = "", printed_at: str = "") -> MonthlyReport:
    """The 通报 of ``period`` (normally a month) as of ``as_of`` (default: its last day),
    optionally limited to one unit or one document."""
    as_of = as_of or period.end
    uid, uname, did, dlabel = resolve_filters(ledger, unit, document)
    # The overdue list is the long part: a 通报 too long to print is refused before it is read.
    overdue_count = ledger.status.counts(as_of, DUE_SOON_DAYS, unit=uid, document=did)["overdue"]
    units = ledger.db.execute("SELECT COUNT(*) FROM units").fetchone()[0]
    refuse_pages(-(-(overdue_count + units) // ROWS_PER_PAGE) + 2, "月度通报", f"逾期未完成 {overdue_count:,} 项")
    heading = MonthlyHeading(TITLE, period, as_of, ledger.name(), printed_by, printed_at, uname, dlabel)
    stats = build_stats(ledger, period, as_of, units=[uname] if uname else None, document_id=did)
    t = stats.total
    summary = [
        SummaryItem("due", "本期应办结节点", str(t.due), None, "时限在本期内且已到期的办理节点"),
        SummaryItem("on_time", "按期办结", str(t.on_time), "green"),
        SummaryItem("late", "逾期办结", str(t.late), "yellow" if t.late else "green"),
        SummaryItem("overdue", "逾期未办结", str(t.overdue_cells), "red" if t.overdue_cells else "green"),
        SummaryItem("open", "未到期在办", str(t.open_cells), None),
        SummaryItem("on_time_rate", "按期办结率", rate_text(t.rate), rate_light(t.rate),
                    f"按期办结 {t.on_time} / 应办结 {t.due} 个节点"),
    ]
    rows = ledger.status.rows(as_of, window=DUE_SOON_DAYS, unit=uid, document=did, completed_as_of=True)
    overdue = sorted((r for r in rows if r.bucket == "overdue"), key=lambda r: (r.days, r.id))
    marks = ledger.status.unit_marks([r.id for r in overdue])
    end = min(period.end, as_of)
    completed = activity.done_between(ledger, period.start, end, unit_id=uid, document_id=did) \
        if end >= period.start else []
    changes = activity.changes_between(ledger, period.start, period.end, unit_id=uid, document_id=did)
    return MonthlyReport(heading, summary, stats, _due_rows(overdue, marks, "red"), completed, changes)
