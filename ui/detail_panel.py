"""The right panel: one task in full, its check matrix, history, 延期 and 终止.

Document text is always shown as plain text (never interpreted as rich text).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QPushButton, QScrollArea,
                               QStackedWidget, QVBoxLayout, QWidget)

from tracker.errors import TrackerError
from tracker.ledger import now_iso
from tracker.ledger.buckets import bucket_title, days_text

from ui.attachments_box import AttachmentsBox
from ui.detail_actions import TaskActionsMixin
from ui.date_edit import DateEdit
from ui.detail_widgets import MatrixView, TaskTextView
from ui.matrix_model import CELL_ROLE, MatrixModel


def _plain(text: str = "", wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_text(section: str | None, number: str | None) -> str:
    """"九、…（第33项）": the chapter, then the task's item number within the document."""
    section, number = (section or "").strip(), (number or "").strip()
    number = number.strip("()（）")   # "(四)" reads 二、重点任务（四）, not （(四)）
    if number.isdigit():
        number = f"第{number}项"
    if section and number:
        return f"{section}（{number}）"
    return section or number or "—"


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class DetailPanel(TaskActionsMixin, QFrame):
    """Shows the selected task; emits ``task_changed`` with the Changes of every edit."""

    task_changed = Signal(object)

    def __init__(self, user_name: Callable[[], str], parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self._user_name = user_name
        self._ledger = None
        self._as_of = date.today()
        self._window = 30
        self._task = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        empty = _plain("在中间列表中选择一项任务，\n这里显示全文、办理进度和记录。", selectable=False)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color:#80868b;")
        self.stack.addWidget(empty)
        self.stack.addWidget(self._build())

    def _build(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(6)
        self.title = _plain()
        self.title.setObjectName("taskTitle")
        lay.addWidget(self.title)
        self.status = _plain(selectable=False)
        lay.addWidget(self.status)
        top = QHBoxLayout()
        top.addStretch(1)
        self.edit_button = QPushButton("修改…")
        self.edit_button.setToolTip("修改标题、内容、责任单位、时限或节点（每项修改都记入办理记录）")
        self.edit_button.clicked.connect(self.edit_task)
        top.addWidget(self.edit_button)
        self.extend_button = QPushButton("延期…")
        self.extend_button.setToolTip("调整完成时限（需填写理由，原时限保留）")
        self.extend_button.clicked.connect(self.extend_task)
        self.terminate_button = QPushButton("终止…")
        self.terminate_button.setToolTip("停止督办这项任务（需填写理由）")
        self.terminate_button.clicked.connect(self.terminate_task)
        top.addWidget(self.extend_button)
        top.addWidget(self.terminate_button)
        lay.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.fields = {}
        for row, (key, label) in enumerate((("source", "来源文件"), ("section", "所在章节"), ("deadline", "完成时限"),
                                            ("recurrence", "周期"), ("units", "责任单位"))):
            name = QLabel(label + "：")
            name.setStyleSheet("color:#5f6368;")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            self.fields[key] = _plain()
            grid.addWidget(self.fields[key], row, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        lay.addWidget(_section("任务原文"))
        self.text = TaskTextView()
        lay.addWidget(self.text)

        self.ext_title = _section("延期记录")
        self.extensions = _plain()
        lay.addWidget(self.ext_title)
        lay.addWidget(self.extensions)

        lay.addWidget(_section("办理进度（勾选或按空格键记录办结，Ctrl+Z 撤销）"))
        self.matrix = MatrixModel(self)
        self.matrix.tick = self._tick
        self.matrix.cell_ticked.connect(self._after_tick)
        self.matrix_view = MatrixView()
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.horizontalHeader().setMinimumSectionSize(96)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.matrix_view.horizontalHeader().setStretchLastSection(True)
        self.matrix_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lay.addWidget(self.matrix_view)
        entry = QHBoxLayout()
        entry.addWidget(QLabel("完成日期："))
        self.done_date = DateEdit()
        self.done_date.setToolTip("单位实际办结的日期，可早于今天（按期办结率按此日期计算），不能晚于今天")
        entry.addWidget(self.done_date)
        self.note = QLineEdit()
        # A short hint that fits beside the date on a 1366×768 screen; the rest in the tip.
        self.note.setPlaceholderText("办理情况（可选）")
        self.note.setToolTip("办理情况（可选），随下一次勾选一起记录")
        self.note.setClearButtonEnabled(True)
        entry.addWidget(self.note, 1)
        lay.addLayout(entry)
        self.set_today(date.today())

        lay.addWidget(_section("佐证材料"))
        self.attachments = AttachmentsBox(self._user_name, self._selected_cell)
        self.attachments.attachment_added.connect(self._attachment_added)
        lay.addWidget(self.attachments)

        lay.addWidget(_section("办理记录"))
        self.history = QListWidget()
        self.history.setMinimumHeight(90)
        self.history.setMaximumHeight(160)
        lay.addWidget(self.history)

        lay.addStretch()
        scroll.setWidget(body)
        return scroll

    # -- showing -------------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        """The latest completion date a tick may carry; the picker starts there."""
        self._today = today
        self.done_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.done_date.setDate(QDate(today.year, today.month, today.day))

    def set_context(self, ledger, as_of: date, window: int) -> None:
        self._ledger, self._as_of, self._window = ledger, as_of, window

    def task_id(self) -> int | None:
        return self._task.id if self._task else None

    def show_task(self, task_id: int | None) -> None:
        """Show a task in full (None: the empty hint)."""
        if task_id is None or self._ledger is None:
            self._task = None
            self.matrix.clear()
            self.stack.setCurrentIndex(0)
            return
        try:
            t = self._ledger.tasks.get(task_id)
        except TrackerError:
            self.show_task(None)
            return
        self._task = t
        self.title.setText(t.title)
        rows = self._ledger.status.rows_for([t.id], self._as_of, window=self._window)
        s = rows[0] if rows else None
        if s is not None:
            parts = [bucket_title(s.bucket, self._window)]
            if s.next_due and s.bucket not in ("done", "terminated"):
                parts.append(f"下一节点 {s.next_due}（{days_text(s.days)}）")
            parts.append(f"已办结 {s.cells_done}/{s.cells_total}")
            if t.state == "terminated":
                parts.append(f"终止理由：{t.state_reason or ''}")
            self.status.setText("　·　".join(parts))
            colour = {"overdue": "#c5221f", "due_soon": "#b06000"}.get(s.bucket, "#5f6368")
            self.status.setStyleSheet(f"color:{colour};")
        doc = "　".join(x for x in (t.doc_no, t.doc_title) if x) or "（未关联文件）"
        self.fields["source"].setText(doc)
        self.fields["section"].setText(section_text(t.section, t.number))
        written = t.deadline_text or "（文件未写明）"
        as_date = t.deadline or "无具体日期"
        if t.original_deadline and t.original_deadline != t.deadline:
            as_date += f"（原定 {t.original_deadline}）"
        self.fields["deadline"].setText(f"{written}　→　{as_date}")
        if t.recurrence:
            from tracker.deadlines import describe_recurrence
            self.fields["recurrence"].setText(describe_recurrence(t.recurrence))
        else:
            self.fields["recurrence"].setText("一次性")
        roles = {"lead": "牵头", "support": "配合", "responsible": "责任"}
        self.fields["units"].setText("；".join(
            f"{a.name}（{roles.get(a.role, a.role)}）" + (f"：{'、'.join(n for _, n in a.members)}" if a.members else "")
            for a in t.assignments) or "（未指定）")
        self.text.setPlainText(t.text)
        self.ext_title.setVisible(bool(t.extensions))
        self.extensions.setVisible(bool(t.extensions))
        self.extensions.setText("\n".join(
            f"{e['at'][:10]} {e['by'] or ''}：{e['old_deadline'] or '无'} → {e['new_deadline']}，理由：{e['reason']}"
            for e in t.extensions))
        active = t.state != "terminated"
        self.matrix.set_matrix(t.milestones, self._ledger.progress.matrix(t.id), self._as_of.isoformat(), active)
        self.extend_button.setEnabled(active)
        self.terminate_button.setEnabled(active)
        self.edit_button.setEnabled(active)
        self.matrix_view.fit_rows()
        self.attachments.show_task(self._ledger, t.id, active)
        self._fill_history()
        self.stack.setCurrentIndex(1)

    def _fill_history(self) -> None:
        self.history.clear()
        # Ticks with their completion dates and notes, edits, extensions and attachments.
        for e in self._ledger.history.of_task(self._task.id):
            self.history.addItem(f"{e.at.replace('T', ' ')[:16]}　{e.by or '（未记录）'} {e.text}")
        if not self.history.count():
            self.history.addItem("暂无办理记录")

    def refresh(self) -> None:
        """Re-read the shown task (after another window or process changed it)."""
        self.show_task(self.task_id())

    # -- acting --------------------------------------------------------------------------
    def _tick(self, unit_id: int, milestone_id: int, done: bool):
        try:
            d = self.done_date.date()
            changes = self._ledger.progress.tick(self._task.id, unit_id, milestone_id, done=done,
                                                 by=self._user_name(), note=self.note.text().strip(), now=now_iso(),
                                                 done_on=date(d.year(), d.month(), d.day()) if done else None)
        except TrackerError as exc:
            QMessageBox.warning(self, "无法记录", str(exc))
            return None
        self.note.clear()
        self.set_today(self._today)   # the next tick starts from today again
        return changes

    @Slot(object)
    def _after_tick(self, changes) -> None:
        current = self.matrix_view.currentIndex()
        self.matrix.update_rows(self._ledger.progress.matrix(self._task.id))
        self.matrix_view.setCurrentIndex(current)
        self._fill_history()
        self.task_changed.emit(changes)
        self._refresh_status_line()

    def _refresh_status_line(self) -> None:
        rows = self._ledger.status.rows_for([self._task.id], self._as_of, window=self._window)
        if rows:
            s = rows[0]
            text = self.status.text().split("　·　")
            text = [p for p in text if not p.startswith("已办结")]
            self.status.setText("　·　".join([*text, f"已办结 {s.cells_done}/{s.cells_total}"]))

    def _selected_cell(self) -> tuple:
        """(unit id, milestone id) of the matrix cell in focus; (None, None) when none is."""
        idx = self.matrix_view.currentIndex()
        if not idx.isValid():
            return None, None
        cell = idx.data(CELL_ROLE)
        return (cell.unit_id, cell.milestone_id) if cell is not None else \
            (self.matrix.row_data(idx.row()).unit_id, None)

    @Slot(object)
    def _attachment_added(self, changes) -> None:
        self._fill_history()
        self.task_changed.emit(changes)
