"""The chasing notice (催办通知单) for one unit, and one for every late unit at once.

A notice lists the unit's own open duties (its cells, a collective's members each
their own): overdue ones first (worst first), then those due within the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from tracker.errors import NotFoundError
from tracker.ledger import reporting
from tracker.ledger.buckets import DUE_SOON_DAYS
from tracker.report.model import ROWS_PER_PAGE, refuse_pages, resolve_filters
from tracker.report.weeks import Week, reply_by, week_of

TITLE = "催办通知单"
REPLY_DAYS = 5  # days a unit is given to reply in writing


@dataclass(slots=True)
class NoticeItem(reporting.OpenItem):
    """One duty in a notice: an open item with its days from the as-of date."""

    days: int = 0  # signed days from the as-of date to the due date

    @property
    def overdue(self) -> bool:
        return self.days < 0


@dataclass
class ChasingNotice:
    """A chasing notice for ``unit`` as of ``as_of``."""

    unit: str
    number: str
    as_of: date
    week: Week
    reply_by: date
    ledger_name: str
    printed_by: str
    printed_at: str
    window: int
    items: list[NoticeItem] = field(default_factory=list)
    organisation: str = ""   # the issuing office of the 落款
    contact: str = ""
    phone: str = ""

    def sign(self, identity) -> "ChasingNotice":
        """Take the 落款's office, contact and phone from ``identity`` (None: leave them)."""
        if identity is not None:
            self.organisation, self.contact, self.phone = identity.organisation, identity.contact, identity.phone
        return self

    @property
    def overdue(self) -> list[NoticeItem]:
        return [i for i in self.items if i.overdue]

    @property
    def due_soon(self) -> list[NoticeItem]:
        return [i for i in self.items if not i.overdue]


def _notices(ledger, as_of: date, window: int, unit_id: int | None, document_id: int | None,
             week: Week, printed_by: str, printed_at: str) -> list[ChasingNotice]:
    by_unit: dict[int, ChasingNotice] = {}
    for it in reporting.open_items(ledger, as_of, window, unit_id=unit_id, document_id=document_id):
        n = by_unit.get(it.unit_id)
        if n is None:
            n = by_unit[it.unit_id] = ChasingNotice(it.unit, "", as_of, week, reply_by(as_of, REPLY_DAYS),
                                                    ledger.name(), printed_by, printed_at, window)
        days = (date.fromisoformat(it.due) - as_of).days
        n.items.append(NoticeItem(**{f.name: getattr(it, f.name) for f in fields(it)}, days=days))
    for n in by_unit.values():
        n.items.sort(key=lambda i: (i.days, i.task_id))
    return list(by_unit.values())


def check_notices_size(ledger, as_of: date, window: int, unit_id: int | None, document_id: int | None,
                       late_only: bool) -> int:
    """The pages the notices would take (each unit's notice starting a page), estimated from
    counts in SQL before any item is read; ReportTooLargeError (exit 7) over ``MAX_PAGES``.
    ``late_only``: only units with an overdue duty get a notice."""
    counts = reporting.open_item_counts(ledger, as_of, window, unit_id=unit_id, document_id=document_id)
    sizes = [n for n, late in counts.values() if late or not late_only]
    pages = sum(max(1, -(-n // ROWS_PER_PAGE)) for n in sizes)
    refuse_pages(pages, TITLE, f"{len(sizes):,} 个单位，逾期或 {window} 天内到期的事项 {sum(sizes):,} 项")
    return pages


def _number(week: Week, seq: int) -> str:
    return f"{week.year}年第{week.number}周-{seq:03d}"


def build_notice(ledger, unit: str, as_of: date, *, week: Week | None = None, document: str | None = None,
                 window: int = DUE_SOON_DAYS, printed_by: str = "", printed_at: str = "",
                 seq: int = 1, identity=None) -> ChasingNotice:
    """The notice for one unit (empty items when it has nothing overdue or due soon)."""
    week = week or week_of(as_of)
    uid, uname, did, _ = resolve_filters(ledger, unit, document)
    if uid is None:
        raise NotFoundError("请指定催办的单位。")
    check_notices_size(ledger, as_of, window, uid, did, late_only=False)
    found = _notices(ledger, as_of, window, uid, did, week, printed_by, printed_at)
    notice = found[0] if found else ChasingNotice(uname, "", as_of, week, reply_by(as_of, REPLY_DAYS),
                                                  ledger.name(), printed_by, printed_at, window)
    notice.number = _number(week, seq)
    return notice.sign(identity)


def build_notices(ledger, as_of: date, *, week: Week | None = None, document: str | None = None,
                  window: int = DUE_SOON_DAYS, printed_by: str = "", printed_at: str = "",
                  identity=None) -> list[ChasingNotice]:
    """One notice for every unit with at least one overdue duty, the most overdue first."""
    week = week or week_of(as_of)
    _, _, did, _ = resolve_filters(ledger, None, document)
    check_notices_size(ledger, as_of, window, None, did, late_only=True)
    late = [n for n in _notices(ledger, as_of, window, None, did, week, printed_by, printed_at) if n.overdue]
    late.sort(key=lambda n: (-len(n.overdue), n.overdue[0].days, n.unit))
    for seq, n in enumerate(late, 1):
        n.number = _number(week, seq)
        n.sign(identity)
    return late
