"""Shared setup for the desktop-app tests: a small ledger and an opened main window."""

from __future__ import annotations

from ledger_helpers import AS_OF, import_tasks, task

SAMPLE_TASKS = (
    task("推进政务服务一网通办", deadline="2018-12-10", units=(("市行政审批服务局", "lead"), ("市大数据局", "support"))),
    task("开展营商环境评价", deadline="2019-01-05", units=(("市发展改革委", "lead"), ("市财政局", "support")),
         milestones=[{"due": "2018-12-31", "text": "制定方案"}, {"due": "2019-01-05", "text": "完成评价"}]),
    task("清理涉企收费", deadline="2019-03-31", units=(("市财政局", "lead"),), text="全面清理涉企收费，公布清单。"),
    task("建设创新平台", deadline="2019-06-30", units=(("市科技局", "lead"),)),
    task("完善考核办法", deadline=None, deadline_text=None, units=(("市委组织部", "lead"),)),
    task("编制年度报告", deadline="2018-12-31", units=(("市统计局", "lead"),), recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
)


def build_ledger(ledger):
    """Fill ``ledger`` with tasks in several buckets as of AS_OF; returns title -> id."""
    import_tasks(ledger, *SAMPLE_TASKS)
    return {r.title: r.id for r in ledger.status.rows(AS_OF)}


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, CJK included (QTest.keyClicks knows only ASCII)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
