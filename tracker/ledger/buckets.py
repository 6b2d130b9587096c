"""Where a task stands as of a date: its bucket (已逾期, 30天内到期, 本季度 … 已完成, 已终止),
its 红黄绿灯 and the days left or overdue, from its summary alone. The as-of date and the
due-soon window are parameters."""

from __future__ import annotations

from datetime import date

DUE_SOON_DAYS = 30

# Buckets in display order, with their Chinese headers.
BUCKETS = ("overdue", "due_soon", "this_quarter", "this_year", "later", "no_deadline", "done", "terminated")
BUCKET_ZH = {
    "overdue": "已逾期", "due_soon": "30天内到期", "this_quarter": "本季度", "this_year": "今年",
    "later": "以后", "no_deadline": "无期限", "done": "已完成", "terminated": "已终止",
}
LIGHT_ZH = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "grey": "灰灯"}


def bucket_title(bucket: str, window: int = DUE_SOON_DAYS) -> str:
    """The Chinese header of a bucket (the due-soon one names its window)."""
    return f"{window}天内到期" if bucket == "due_soon" else BUCKET_ZH[bucket]


def classify(state: str, next_due: str | None, cells_total: int, cells_done: int,
             as_of: date, window: int = DUE_SOON_DAYS) -> tuple[str, int | None]:
    """(bucket, signed days from as_of to the next due date) for one task's summary."""
    if state == "terminated":
        return "terminated", None
    if cells_total and cells_done >= cells_total:
        return "done", None
    if not next_due:
        return "no_deadline", None
    due = date.fromisoformat(next_due)
    days = (due - as_of).days
    if days < 0:
        return "overdue", days
    if days <= window:
        return "due_soon", days
    if due.year == as_of.year and (due.month - 1) // 3 == (as_of.month - 1) // 3:
        return "this_quarter", days
    if due.year == as_of.year:
        return "this_year", days
    return "later", days


def light_of(bucket: str) -> str:
    """红黄绿灯 for a bucket."""
    return {"overdue": "red", "due_soon": "yellow", "done": "grey", "terminated": "grey"}.get(bucket, "green")


def days_text(days: int | None) -> str:
    """还剩12天 / 逾期3天 / 今天到期 / empty when there is no date."""
    if days is None:
        return ""
    if days < 0:
        return f"逾期{-days}天"
    if days == 0:
        return "今天到期"
    return f"还剩{days}天"
