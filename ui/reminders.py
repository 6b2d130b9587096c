"""Desktop reminders: on start and once a day at the set time, a system-tray notification of
the milestones of "my units" due within the chosen days (overdue ones included).

What to remind comes from ``tracker.report.reminders.due_reminders``; this module only
schedules it and shows it. Where the desktop has no system tray (some Linux desktops, the
offscreen platform of the tests) the reminder goes to ``fallback`` instead (the main
window's status bar), never to a crash.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from tracker.errors import TrackerError
from tracker.report.reminders import due_reminders, next_run, parse_time, reminder_text
from ui import settings as opts
from ui import workers
from ui.app import icon

log = logging.getLogger(__name__)
MESSAGE_MS = 15_000
# Above this many tasks (a ledger file) the reminders are read on a worker: at a million
# tasks every unit's open milestones take seconds, which the window must not wait for.
BACKGROUND_TASKS = 200_000
# A timer further away than this is re-armed on firing: a laptop that slept may wake late.
MAX_TIMER_MS = 6 * 3600 * 1000


class ReminderService(QObject):
    """Computes and shows the reminders; ``reminded`` carries (title, body, reminders)."""

    reminded = Signal(str, str, list)

    def __init__(self, ledger: Callable, settings: opts.Settings, today: Callable[[], date],
                 parent: QWidget | None = None, *, fallback: Callable[[str, str], None] | None = None,
                 now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self._ledger, self.settings, self._today, self._now = ledger, settings, today, now
        self._fallback = fallback
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._timer_fired)
        self.next_at: datetime | None = None
        self._job = 0   # the latest reminder asked of a worker

    # -- the tray ------------------------------------------------------------------------
    def tray_available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _ensure_tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and self.tray_available():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip("督办台账")
            parent = self.parent()
            if isinstance(parent, QWidget):
                self.tray.messageClicked.connect(parent.showNormal)
                self.tray.messageClicked.connect(parent.activateWindow)
            self.tray.show()
        return self.tray

    # -- what and when -------------------------------------------------------------------
    def reminders(self) -> list:
        """The reminders as of today for my units (every unit when none is chosen)."""
        units = self.settings.my_units() or None
        return due_reminders(self._ledger(), self._today(), self.settings.remind_days(), units)

    @Slot()
    def start(self) -> list:
        """On start: remind now (when enabled and something is due) and arm the daily timer."""
        shown = self.remind() if self.settings.get(opts.REMIND_ENABLED) else []
        self.schedule()
        return shown

    def schedule(self) -> None:
        """Arm the timer for the next daily reminder time (disarmed when reminders are off)."""
        self.timer.stop()
        self.next_at = None
        if not self.settings.get(opts.REMIND_ENABLED):
            return
        self.next_at = next_run(self._now(), parse_time(self.settings.get(opts.REMIND_TIME)))
        ms = int((self.next_at - self._now()).total_seconds() * 1000)
        self.timer.start(max(0, min(ms, MAX_TIMER_MS)))

    @Slot()
    def _timer_fired(self) -> None:
        if self.next_at is not None and self._now() < self.next_at:
            self.timer.start(max(0, min(int((self.next_at - self._now()).total_seconds() * 1000), MAX_TIMER_MS)))
            return
        try:
            self.remind()
        finally:
            self.schedule()   # the daily timer survives any failure of today's reminder

    def remind(self, *, even_if_empty: bool = False) -> list:
        """Show the current reminders; nothing is shown when none is due unless ``even_if_empty``.
        A ledger file of over ``BACKGROUND_TASKS`` tasks is read on a worker: the reminder
        is shown (and ``reminded`` emitted) when it is ready, and [] is returned now."""
        try:
            ledger = self._ledger()
            if ledger.path is not None and ledger.tasks.count() > BACKGROUND_TASKS:
                self._remind_later(ledger.path, even_if_empty)
                return []
            items = self.reminders()
        except (TrackerError, sqlite3.DatabaseError) as exc:   # a locked, vanished or damaged ledger file
            self._show("督办提醒", f"无法读取台账：{_chinese(exc)}")
            return []
        return self._remind_with(items, even_if_empty)

    def _remind_later(self, path, even_if_empty: bool) -> None:
        self._job += 1
        worker = ReminderWorker(path, self._today(), self.settings.remind_days(),
                                self.settings.my_units() or None, self._job, even_if_empty)
        workers.start(worker, self._reminders_ready)

    @Slot(int, object, str, bool)
    def _reminders_ready(self, job: int, items, error: str, even_if_empty: bool) -> None:
        if job != self._job:
            return   # a newer reminder was asked for
        if error:
            self._show("督办提醒", f"无法读取台账：{error}")
            return
        self._remind_with(items, even_if_empty)

    def _remind_with(self, items: list, even_if_empty: bool) -> list:
        if not items and not even_if_empty:
            return []
        title, body = reminder_text(items, self.settings.remind_days())
        self._show(title, body or "没有需要提醒的事项。")
        self.reminded.emit(title, body, items)
        return items

    def _show(self, title: str, body: str) -> None:
        tray = self._ensure_tray()
        if tray is not None and tray.supportsMessages():
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        elif self._fallback is not None:
            self._fallback(title, body)


class ReminderWorker(workers.Worker):
    """``due_reminders`` over its own read-only connection to the ledger file at ``path``;
    its result is (job, reminders, error or '', even_if_empty)."""

    def __init__(self, path, as_of: date, days: int, units, job: int, even_if_empty: bool):
        super().__init__()
        self.path, self.as_of, self.days, self.units = path, as_of, days, units
        self.job, self.even_if_empty = job, even_if_empty

    def work(self) -> tuple:
        from tracker.ledger import Ledger

        items, error = [], ""
        try:
            ledger = Ledger.open(self.path, read_only=True)
            try:
                items = due_reminders(ledger, self.as_of, self.days, self.units)
            finally:
                ledger.close()
        except (TrackerError, sqlite3.DatabaseError) as exc:
            error = _chinese(exc)
        except Exception as exc:  # noqa: BLE001 - the worker's last line of defence: logged, and said to the user
            log.exception("reading the reminders of %s failed", self.path)
            error = f"程序内部错误（{type(exc).__name__}：{exc}）"
        return self.job, items, error, self.even_if_empty


def _chinese(exc: Exception) -> str:
    """The Chinese text of a ledger error (SQLite's own, raised by a read, is translated)."""
    if isinstance(exc, sqlite3.DatabaseError):
        from tracker.ledger import translate

        return str(translate(exc, None))
    return str(exc)
