"""Work on a ``QThreadPool`` whose result is handed to a slot in the GUI thread.

Why one shared helper: a worker that owned its own signals ``QObject`` crashed the app
now and then. ``QThreadPool.start`` takes the runnable from Python and deletes it in the
pool thread after ``run``; that dropped the last reference to its signals object, so a
``QObject`` of the GUI thread was destroyed in the pool thread while the GUI thread was
still delivering the queued signal it had just emitted (a segmentation fault in the
event loop). Here no ``QObject`` is made per worker: every result crosses on one relay
created in the GUI thread and parented to the application (the application waits for
the global pool before its children die), and a runnable holds only plain Python data,
so it may be deleted in any thread. The receiving object is checked when the result
arrives: a window closed and deleted meanwhile gets nothing.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_waiting: dict[int, tuple[QObject | None, Callable[..., None]]] = {}   # GUI thread only
_tickets = itertools.count(1)
_relay: _Relay | None = None


class _Failure(str):
    """What crosses instead of the slot's arguments when the work raised: the Chinese text."""


class _Relay(QObject):
    """The one sender of every worker's result; lives in the GUI thread as long as the app.
    ``failed`` carries the Chinese text of a worker whose work raised (its slot is not called)."""

    delivered = Signal(int, object)   # ticket, the slot's arguments (a tuple) or a _Failure
    failed = Signal(str)

    @Slot(int, object)
    def _deliver(self, ticket: int, args) -> None:
        receiver, slot = _waiting.pop(ticket, (None, None))
        if isinstance(args, _Failure):
            self.failed.emit(str(args))
            return
        if slot is None:
            return
        if receiver is not None and not shiboken6.isValid(receiver):
            return   # its window was closed and deleted while the worker ran
        slot(*args)


def relay() -> _Relay:
    """The relay (made on first use; call from the GUI thread): connect to its ``failed``
    to tell the user when a worker's work raised."""
    return _the_relay()


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay(QCoreApplication.instance())
        # Queued even if a worker ever ran in the GUI thread: the slot always runs from the event loop.
        _relay.delivered.connect(_relay._deliver, Qt.ConnectionType.QueuedConnection)
    return _relay


class Worker(QRunnable):
    """Base of the pool workers: ``work`` runs in the pool thread and returns the tuple of
    arguments for the slot given to ``start``. It must not create or touch ``QObject``\\ s."""

    _ticket = 0
    _relay_of: _Relay | None = None

    def work(self) -> tuple:
        """The result, as the slot's arguments (runs in the pool thread)."""
        raise NotImplementedError

    def run(self) -> None:
        try:
            args = tuple(self.work())
        except Exception as exc:  # noqa: BLE001 - a pool thread's last line of defence: an exception escaping
            # run() would be lost (or end the process); logged with its traceback, then said to the GUI.
            log.exception("%s failed", type(self).__name__)
            args = _Failure(f"后台处理出错（{type(exc).__name__}：{exc}），本次结果未能显示。请把这条信息报告给维护人员。")
        self._relay_of.delivered.emit(self._ticket, args)


def start(worker: Worker, slot: Callable[..., None], pool: QThreadPool | None = None) -> None:
    """Run ``worker`` on ``pool`` (the global pool by default); ``slot(*worker.work())`` is
    then called in the GUI thread, unless the ``QObject`` it is a method of was deleted
    meanwhile. Call from the GUI thread."""
    receiver = getattr(slot, "__self__", None)
    worker._ticket = next(_tickets)
    worker._relay_of = _the_relay()
    _waiting[worker._ticket] = (receiver if isinstance(receiver, QObject) else None, slot)
    worker.setAutoDelete(True)   # the pool owns and deletes it: it holds no QObject
    (pool or QThreadPool.globalInstance()).start(worker)


def waiting() -> int:
    """How many started workers have not yet handed their result to the GUI thread."""
    return len(_waiting)
