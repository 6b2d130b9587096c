"""The weekly report (重点任务督办周报) as plain data, computed from the ledger.

Everything is as of a date passed in; the week is the ISO week containing it unless
given. Task-level figures come from ``ledger.status`` (so they agree with ``tracker
list``), cell-level ones (ticks, on-time rate, the unit ranking) from
``tracker.ledger.reporting`` and ``tracker.ledger.activity``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.errors import NotFoundError, OutputError
from tracker.ledger import activity, reporting
from tracker.ledger.buckets import DUE_SOON_DAYS
from tracker.ledger.status import TaskStatus
from tracker.report.stats import Period, StatsReport, build_stats
from tracker.report.weeks import Week, week_of

TITLE = "重点任务督办周报"
# On-time rate lights: at least GOOD is green, at least FAIR yellow, below that red.
RATE_GOOD, RATE_FAIR = 0.9, 0.7

def rate_text(rate: float | None) -> str:
    """``85.7%``, or ``—`` when nothing was due yet."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def rate_light(rate: float | None) -> str:
    """The light of an on-time rate (grey when there is none)."""
    if rate is None:
        return "grey"
    return "green" if rate >= RATE_GOOD else "yellow" if rate >= RATE_FAIR else "red"


@dataclass
class Heading:
    """Who, when and what a printed report covers."""

    title: str
    week: Week
    as_of: date
    ledger_name: str
    printed_by: str
    printed_at: str
    unit: str | None = None
    document: str | None = None
    organisation: str = ""   # the issuing office (报表设置), printed instead of the ledger's name
    contact: str = ""
    phone: str = ""


@dataclass
class SummaryItem:
    """One figure of the summary with its light (None: no light)."""

    key: str
    label: str
    value: str
    light: str | None
    note: str = ""


@dataclass
class DueRow:
    """A task in 逾期未完成 or 临期: its next open due date and the units not yet done."""

    task_id: int
    title: str
    doc_no: str | None
    due: str | None
    deadline_text: str | None
    days: int
    open_units: list[str]
    light: str


@dataclass
class UnitRow:
    """One unit in 各责任单位进度."""

    name: str
    tasks: int
    cells: int
    cells_done: int
    overdue: int
    due_soon: int
    rate: float | None

    @property
    def light(self) -> str:
        return "red" if self.overdue else "yellow" if self.due_soon else "green"


@dataclass
class WeeklyReport:
    """The weekly report's content, ready to render."""

    heading: Heading
    window: int
    summary: list[SummaryItem]
    overdue: list[DueRow]
    due_soon: list[DueRow]
    completed: list[activity.DoneCell]
    units: list[UnitRow]
    changes: list[activity.StateChange]
    counts: dict[str, int] = field(default_factory=dict)
    stats: StatsReport | None = None  # the year up to the as-of date

    def item(self, key: str) -> SummaryItem:
        """The summary item named ``key`` (total, done, in_progress, overdue, due_soon, …)."""
        return next(i for i in self.summary if i.key == key)


def resolve_filters(ledger, unit: str | None, document: str | None) -> tuple[int | None, str | None,
                                                                              int | None, str | None]:
    """(unit id, unit name, document id, document label) for the optional filters; raises
    NotFoundError with a Chinese message for a name the ledger does not know."""
    uid = uname = did = dlabel = None
    if unit:
        uid = ledger.units.find(unit)
        if uid is None:
            raise NotFoundError(f"台账中没有单位“{unit}”。")
        uname = ledger.units.get(uid).name
    if document:
        doc = ledger.documents.find(document)
        did, dlabel = doc.id, doc.doc_no or doc.title
    return uid, uname, did, dlabel


def _due_rows(rows: list[TaskStatus], marks: dict, light: str) -> list[DueRow]:
    out = []
    for r in rows:
        open_units = [m.name + ("（牵头）" if m.role == "lead" else "") for m in marks.get(r.id, []) if not m.done]
        out.append(DueRow(r.id, r.title, r.doc_no, r.next_due, r.deadline_text, r.days or 0, open_units, light))
    return out


# A printed page holds about this many table rows (measured: a report of 10,000 tasks
# with 2,300 overdue or due-soon rows came to 86 pages).
ROWS_PER_PAGE = 25
MAX_PAGES = 300


class ReportTooLargeError(OutputError):
    """The report would run to more pages than can be printed or rendered sensibly."""

    exit_code = 7


def estimate_pages(ledger, as_of: date, *, window: int = DUE_SOON_DAYS, unit_id: int | None = None,
                   document_id: int | None = None) -> tuple[int, dict[str, int]]:
    """(pages, bucket counts) a weekly report would take, from counts in SQL alone (no
    task is read), so a report too big to print is refused at once at any ledger size."""
    counts = ledger.status.counts(as_of, window, unit=unit_id, document=document_id)
    units = ledger.db.execute("SELECT COUNT(*) FROM units").fetchone()[0]
    rows = counts["overdue"] + counts["due_soon"] + units
    return -(-rows // ROWS_PER_PAGE) + 2, counts


def check_size(ledger, as_of: date, *, window: int = DUE_SOON_DAYS, unit_id: int | None = None,
               document_id: int | None = None, max_pages: int | None = None) -> int:
    """The page estimate; ReportTooLargeError (exit 7) with a Chinese message naming the
    size and the filters to narrow it when it is over ``max_pages``."""
    pages, counts = estimate_pages(ledger, as_of, window=window, unit_id=unit_id, document_id=document_id)
    refuse_pages(pages, "周报", f"已逾期 {counts['overdue']:,} 项、{window}天内到期 {counts['due_soon']:,} 项", max_pages)
    return pages


def refuse_pages(pages: int, what: str, detail: str, max_pages: int | None = None) -> None:
    """ReportTooLargeError (exit 7) naming the size of ``what`` and the filters to narrow it
    when ``pages`` is over ``max_pages`` (default ``MAX_PAGES``)."""
    max_pages = MAX_PAGES if max_pages is None else max_pages
    if pages > max_pages:
        raise ReportTooLargeError(
            f"{what}约 {pages:,} 页（{detail}），超过 {max_pages} 页，无法生成。请按单位或文件缩小范围后重试"
            "（命令行：--unit 单位名称 或 --document 文号；程序中：在“打印周报”中选择单位或文件）。")


def build_weekly(ledger, as_of: date, *, week: Week | None = None, unit: str | None = None,
                 document: str | None = None, window: int = DUE_SOON_DAYS, printed_by: str = "",
                 printed_at: str = "", identity=None) -> WeeklyReport:
    """The weekly report as of ``as_of`` for ``week`` (default: the week containing as_of),
    optionally limited to one unit's tasks or one document's. A report over ``MAX_PAGES``
    pages is refused (ReportTooLargeError) before any task is read. ``identity`` (a
    ``ReportIdentity``) gives the office, contact and phone printed in the heading."""
    week = week or week_of(as_of)
    uid, uname, did, dlabel = resolve_filters(ledger, unit, document)
    check_size(ledger, as_of, window=window, unit_id=uid, document_id=did)
    heading = Heading(TITLE, week, as_of, ledger.name(), printed_by, printed_at, uname, dlabel)
    if identity is not None:
        heading.organisation, heading.contact, heading.phone = identity.organisation, identity.contact, identity.phone
    rows = ledger.status.rows(as_of, window=window, unit=uid, document=did, completed_as_of=True)
    counts = dict.fromkeys(("overdue", "due_soon", "done", "terminated"), 0)
    for r in rows:
        if r.bucket in counts:
            counts[r.bucket] += 1
    total = len(rows)
    in_progress = total - counts["done"] - counts["terminated"] - counts["overdue"]

    overdue = sorted((r for r in rows if r.bucket == "overdue"), key=lambda r: (r.days, r.id))
    soon = sorted((r for r in rows if r.bucket == "due_soon"), key=lambda r: (r.days, r.id))
    marks = ledger.status.unit_marks([r.id for r in overdue + soon])

    period_end = min(week.sunday, max(as_of, week.monday))
    completed = activity.done_between(ledger, week.monday, period_end, unit_id=uid, document_id=did)
    done_week = activity.completed_tasks_between(ledger, week.monday, period_end, unit_id=uid, document_id=did)
    rate = reporting.on_time(ledger, as_of, unit_id=uid, document_id=did)
    units = [UnitRow(u.name, u.tasks, u.cells, u.cells_done, u.overdue, u.due_soon, u.on_time.rate)
             for u in reporting.unit_progress(ledger, as_of, window, unit_id=uid, document_id=did)]
    changes = activity.changes_between(ledger, week.monday, week.sunday, unit_id=uid, document_id=did)

    summary = [
        SummaryItem("total", "任务总数", str(total), None,
                    f"含已终止 {counts['terminated']} 项" if counts["terminated"] else ""),
        SummaryItem("done", "已办结", str(counts["done"]), "grey"),
        SummaryItem("in_progress", "推进中", str(in_progress), "green", "未逾期的在办任务"),
        SummaryItem("overdue", "已逾期", str(counts["overdue"]), "red" if counts["overdue"] else "green"),
        SummaryItem("due_soon", f"{window}天内到期", str(counts["due_soon"]),
                    "yellow" if counts["due_soon"] else "green"),
        SummaryItem("done_this_week", "本周办结", str(len(done_week)), "green",
                    f"本周完成办理节点 {len(completed)} 个"),
        SummaryItem("on_time_rate", "按期办结率", rate_text(rate.rate), rate_light(rate.rate),
                    f"按期完成 {rate.on_time} / 已到期 {rate.due} 个节点"),
    ]
    counts.update(total=total, in_progress=in_progress, done_this_week=len(done_week))
    stats = build_stats(ledger, Period.year(as_of.year), as_of, units=[uname] if uname else None, document_id=did)
    return WeeklyReport(heading, window, summary, _due_rows(overdue, marks, "red"),
                        _due_rows(soon, marks, "yellow"), completed, units, changes, counts, stats)
