"""The 反馈表 round trip: send each unit its open items as Excel, read the filled sheet back.

- ``export_unit(ledger, unit, path, as_of=, by=, now=) -> Exported`` and
  ``export_all(ledger, folder, …) -> list[Exported]`` write protected workbooks whose only
  editable columns are 办理情况, 完成日期 and 是否办结, with a hidden, checksummed key per row.
- ``plan(ledger, path, today=) -> FeedbackPlan`` reads a filled sheet and says what it
  would change (``FeedbackPlan.summary()``), which rows are refused (by Excel row number)
  and which change nothing; ``apply(ledger, plan, by=, now=) -> Changes`` applies it as
  ticks with their completion dates and notes in one transaction and records the file's
  SHA-256, so the same sheet is never applied twice.
"""

from tracker.feedback.apply import FeedbackPlan, Planned, apply, plan
from tracker.feedback.export import Exported, export_all, export_unit

__all__ = ["export_unit", "export_all", "Exported", "plan", "apply", "FeedbackPlan", "Planned"]
