"""Pool workers hand their results to the GUI thread safely (ui.workers): many at once,
their receivers closed while they run, a worker that raises."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Slot
from PySide6.QtWidgets import QWidget

from ui import workers


class Square(workers.Worker):
    """Waits at the gate (so that receivers can be closed while it runs), then squares."""

    def __init__(self, gate: threading.Event, n: int):
        super().__init__()
        self.gate, self.n = gate, n

    def work(self) -> tuple:
        assert self.gate.wait(30)
        return self.n, self.n * self.n


class Broken(workers.Worker):
    def work(self) -> tuple:
        raise ValueError("boom")


class Receiver(QWidget):
    def __init__(self, got: list):
        super().__init__()
        self.got = got

    @Slot(int, int)
    def squared(self, n: int, square: int) -> None:
        self.got.append((n, square, threading.current_thread() is threading.main_thread()))


@pytest.fixture
def pool():
    p = QThreadPool()
    p.setMaxThreadCount(4)
    yield p
    p.waitForDone(30_000)


def test_results_reach_live_receivers_and_none_reach_closed_ones(qtbot, pool):
    gate = threading.Event()
    got = {i: [] for i in range(60)}
    plain = []   # a plain callable (not a QObject's slot) gets every result
    receivers = {i: Receiver(got[i]) for i in range(60)}
    try:
        for i, receiver in receivers.items():
            for n in range(4):
                workers.start(Square(gate, n), receiver.squared, pool if n % 2 else None)
                workers.start(Square(gate, n), lambda n, square: plain.append(square), pool)
        assert workers.waiting() >= 480
        for i in range(0, 60, 2):   # half the receivers are closed and deleted while their workers run
            receivers[i].close()
            shiboken6.delete(receivers[i])
    finally:
        gate.set()
    qtbot.waitUntil(lambda: workers.waiting() == 0, timeout=30_000)
    for i in range(60):
        expected = [] if i % 2 == 0 else [(n, n * n, True) for n in range(4)]
        assert sorted(got[i]) == expected
    assert sorted(plain) == sorted([n * n for n in range(4)] * 60)


def test_receivers_deleted_while_results_arrive(qtbot, pool):
    """Each result's slot deletes the next receiver: results already queued for it are dropped."""
    gate = threading.Event()
    got = []
    receivers = [Receiver(got) for _ in range(40)]

    class Closer(QObject):
        @Slot(int, int)
        def squared(self, n: int, _square: int) -> None:
            got.append(n)
            receivers[n].deleteLater()

    closer = Closer()
    try:
        for n, receiver in enumerate(receivers):
            workers.start(Square(gate, n), closer.squared, pool)
            workers.start(Square(gate, n), receiver.squared, pool)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: workers.waiting() == 0, timeout=30_000)
    assert sorted(g for g in got if isinstance(g, int)) == list(range(40))


def test_a_worker_that_raises_is_logged_and_its_slot_not_called(qtbot, caplog):
    called = []
    workers.start(Broken(), lambda *args: called.append(args))
    qtbot.waitUntil(lambda: workers.waiting() == 0, timeout=30_000)
    assert called == [] and "Broken failed" in caplog.text
