"""Importing files, pasted text and the sample: extract on a worker, review, save.

``ImportController`` runs one input at a time: the extractor works on a ``QThreadPool``
worker that builds plain data only (the Extraction, its contract dict and the SHA-256
of the bytes) while a modal busy indicator with 取消 keeps the window responsive;
cancelling discards the result. Back on the GUI thread the controller refuses a source
already imported, shows errors in Chinese, or opens the review dialog; the dialog saves.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from tracker.errors import TrackerError
from tracker.extract.problems import problem_message
from tracker.source_file import source_sha256, text_sha256
from ui import workers
from ui.paste_dialog import PasteDialog
from ui.review_dialog import ReviewDialog

log = logging.getLogger(__name__)
PASTED_NAME = "粘贴的文本"


@dataclass
class ExtractOutcome:
    """What a worker hands back: plain data, no Qt objects and no ledger access."""

    source_name: str
    sha256: str
    contract: dict
    extraction: object


@dataclass
class _Job:
    id: int
    source_name: str
    path: Path | None = None
    text: str | None = None
    ledger_path: Path | None = None   # the open ledger: never read as a document


class ExtractWorker(workers.Worker):
    """Reads and extracts one input off the GUI thread; its result is (job id, True and
    the ExtractOutcome, or False and the Chinese reason it failed)."""

    def __init__(self, job: _Job):
        super().__init__()
        self.job = job
        # Set from the GUI thread on 取消: the extractor cannot be interrupted, but the
        # steps after it (building the contract) are skipped and nothing is handed back.
        self.cancelled = threading.Event()

    def work(self) -> tuple:
        job = self.job
        try:
            from tracker.extract import extract_path, extract_text

            if job.path is not None:
                # Refuses the ledger (and its -wal/-shm) before anything is opened.
                sha = source_sha256(job.path, job.ledger_path)
                extraction = extract_path(job.path)
            else:
                sha = text_sha256(job.text)
                extraction = extract_text(job.text, source_name=job.source_name)
            if self.cancelled.is_set():
                return job.id, False, "已取消。"
            extraction.source_name = extraction.source_name or job.source_name
            outcome = ExtractOutcome(job.source_name, sha, extraction.to_contract(full=True), extraction)
        except TrackerError as exc:
            return job.id, False, str(exc)
        except Exception as exc:  # noqa: BLE001 - the clerk gets a message, never a traceback
            log.exception("extraction failed for %s", job.source_name)
            return job.id, False, f"识别时出错（{type(exc).__name__}：{exc}）。"
        return job.id, True, outcome


class ImportController(QObject):
    """The import flow for the main window (menus, drops, welcome panel call it).

    ``imported`` carries the tracker ``Changes`` after a save. ``review_opened`` carries
    the review dialog and ``message_shown`` the text of every message box, so that tests
    and the window can follow along.
    """

    imported = Signal(object)
    review_opened = Signal(object)
    message_shown = Signal(str)
    idle = Signal()

    def __init__(self, parent: QWidget, get_ledger: Callable[[], object], user_name: Callable[[], str],
                 today: Callable[[], date]):
        super().__init__(parent)
        self._parent = parent
        self._get_ledger, self._user_name, self._today = get_ledger, user_name, today
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._queue: deque[_Job] = deque()
        self._next_id = 1
        self._current: _Job | None = None
        self._workers: dict[int, ExtractWorker] = {}
        self.progress: QProgressDialog | None = None
        self.paste_dialog: PasteDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.message_box: QMessageBox | None = None

    # -- entry points --------------------------------------------------------------
    @Slot(list)
    def import_files(self, paths: list) -> None:
        """Import each file in turn (the next starts when the previous is finished)."""
        ledger = self._get_ledger()
        for p in paths:
            p = Path(p)
            self._enqueue(_Job(0, p.name, path=p, ledger_path=getattr(ledger, "path", None)))

    @Slot()
    def import_text(self) -> None:
        """Open the paste dialog; its text runs through the same flow."""
        dialog = PasteDialog(self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_pasted(dialog.text()))
        self.paste_dialog = dialog
        dialog.open()

    @Slot(str)
    def import_pasted(self, text: str) -> None:
        """Run pasted ``text`` through the flow (no dialog)."""
        self._enqueue(_Job(0, PASTED_NAME, text=text))

    @Slot()
    def load_sample(self) -> None:
        """Import the shipped sample document, dated relative to today (review shown)."""
        from tracker.sample import SAMPLE_NAME, render_sample

        self._enqueue(_Job(0, SAMPLE_NAME, text=render_sample(self._today())))

    def busy(self) -> bool:
        """True while an input is being read, reviewed or reported."""
        return self._current is not None or bool(self._queue)

    def wait_for_workers(self, msecs: int = 30000) -> bool:
        """Block until no worker runs (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    # -- the queue -----------------------------------------------------------------
    def _enqueue(self, job: _Job) -> None:
        job.id = self._next_id
        self._next_id += 1
        self._queue.append(job)
        if self._current is None:
            self._start_next()

    def _start_next(self) -> None:
        if not self._queue:
            self._current = None
            self.idle.emit()
            return
        job = self._current = self._queue.popleft()
        worker = ExtractWorker(job)
        self._workers[job.id] = worker   # until its result arrives (取消 sets its flag)
        progress = QProgressDialog(f"正在识别“{job.source_name}”中的任务，请稍候…", "取消", 0, 0, self._parent)
        progress.setWindowTitle("导入")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._on_cancel)
        progress.setValue(0)
        self.progress = progress
        workers.start(worker, self._on_result, self.pool)

    def _finish(self) -> None:
        self._current = None
        self._start_next()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot()
    def _on_cancel(self) -> None:
        """Forget the running job; its result is dropped when it arrives."""
        if self._current is not None and self._current.id in self._workers:
            self._workers[self._current.id].cancelled.set()
        self._close_progress()
        self.message_shown.emit("已取消导入。")
        self._finish()

    def _take(self, job_id: int) -> _Job | None:
        self._workers.pop(job_id, None)
        job = self._current
        return job if job is not None and job.id == job_id else None

    @Slot(int, bool, object)
    def _on_result(self, job_id: int, ok: bool, payload) -> None:
        if ok:
            self._on_extracted(job_id, payload)
        else:
            self._on_failed(job_id, payload)

    def _on_failed(self, job_id: int, text: str) -> None:
        job = self._take(job_id)
        if job is None:
            return
        self._close_progress()
        self._message(QMessageBox.Icon.Warning, "无法导入",
                      f"无法导入“{job.source_name}”：\n{text}\n\n台账未作任何改动。")

    def _on_extracted(self, job_id: int, outcome: ExtractOutcome) -> None:
        job = self._take(job_id)
        if job is None:
            return
        self._close_progress()
        ledger = self._get_ledger()
        try:
            known = ledger.documents.by_sha256(outcome.sha256)
        except TrackerError as exc:
            self._message(QMessageBox.Icon.Warning, "无法导入", str(exc))
            return
        if known:
            names = "、".join(d.doc_no or d.title for d in known)
            self._message(QMessageBox.Icon.Information, "已导入过",
                          f"“{job.source_name}”已导入过（{names}），台账中已有相同内容，未重复添加。")
            return
        if not outcome.contract.get("tasks"):
            problems = "\n".join(problem_message(p) for p in outcome.contract.get("problems") or [])
            self._message(QMessageBox.Icon.Information, "未找到任务",
                          f"在“{job.source_name}”中没有找到可导入的任务，台账未作任何改动。"
                          + (f"\n\n{problems}" if problems else ""))
            return
        self._open_review(ledger, job, outcome)

    def _open_review(self, ledger, job: _Job, outcome: ExtractOutcome) -> None:
        dialog = ReviewDialog(ledger, outcome.contract, source_name=outcome.source_name,
                              sha256=outcome.sha256, today=self._today(), user_name=self._user_name(),
                              parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(self._on_review_finished)
        self.review_dialog = dialog
        dialog.open()
        self.review_opened.emit(dialog)

    @Slot(object)
    def _on_saved(self, result) -> None:
        if result.duplicate:
            self.message_shown.emit(result.summary())
            return
        self.imported.emit(result.changes)

    @Slot(int)
    def _on_review_finished(self, _code: int) -> None:
        self.review_dialog = None
        self._finish()

    def _message(self, icon, title: str, text: str) -> None:
        """A window-modal message box (non-blocking); the next job starts when it closes."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_message_closed)
        self.message_box = box
        box.open()
        self.message_shown.emit(text)

    @Slot(int)
    def _on_message_closed(self, _code: int) -> None:
        self.message_box = None
        self._finish()
