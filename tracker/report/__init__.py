"""Supervision reports: the weekly report, chasing notices, their HTML, and the 台账 export.

The models are plain data computed from the ledger for an as-of date; ``html`` renders
them (escaping every piece of document text) for the app's print preview and printer;
``pdf`` writes PDF files with fpdf2 in a CJK font found at run time (no Qt).
"""

from tracker.report.model import WeeklyReport, build_weekly
from tracker.report.weeks import Week, parse_week, week_of
from tracker.report.notice import ChasingNotice, build_notice, build_notices

__all__ = ["Week", "WeeklyReport", "build_weekly", "parse_week", "week_of",
           "ChasingNotice", "build_notice", "build_notices"]
