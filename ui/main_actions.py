"""The main window's actions, toolbar and menus (part of ``MainWindow``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.app import icon
from ui.toolbar import MainToolbar, qdate


class ActionsMixin:
    """Builds ``act_*`` actions over the window's slots, the toolbar and the menu bar."""

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icon(icon_name))
        if tip:
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_import = self._action("导入文件…", self.import_files_dialog, QKeySequence.StandardKey.Open, "import",
                                       "导入公文（Ctrl+O）")
        self.act_paste = self._action("粘贴文本…", self.paste_text)
        self.act_add_task = self._action("新增任务…", self.add_task, QKeySequence.StandardKey.New,
                                         tip="手工新增一项任务：领导批示、会议议定事项、督办件（Ctrl+N）")
        self.act_open = self._action("打开台账…", self.open_ledger_dialog)
        self.act_backup = self._action("备份与恢复…", self.show_backups)
        self.act_export = self._action("导出台账…", self.export_ledger)
        self.act_print = self._action("打印周报…", self.print_report, QKeySequence.StandardKey.Print, "print",
                                      "打印督办周报（Ctrl+P）")
        self.act_quit = self._action("退出", self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action("撤销勾选", self.undo_tick, QKeySequence.StandardKey.Undo, "undo",
                                     "撤销我的上一次勾选（Ctrl+Z）")
        self.act_find = self._action("查找", self.filters.focus_search, QKeySequence.StandardKey.Find)
        self.act_refresh = self._action("刷新", self.reload, QKeySequence(Qt.Key.Key_F5), "refresh", "刷新（F5）")
        self.act_units = self._action("单位目录…", self.show_units)
        self.act_settings = self._action("设置…", self.show_settings)
        self.act_report_identity = self._action("报表设置…", self.edit_report_identity)
        self.act_about = self._action("关于督办台账", self.show_about)
        self.act_feedback_export = self._action("导出反馈表…", self.export_feedback,
                                                tip="给责任单位导出反馈表（Excel），单位填写办理情况和完成日期后交回")
        self.act_feedback_import = self._action("导入反馈表…", self.import_feedback,
                                                tip="读回单位填好的反馈表，核对后保存为办结记录")
        self.act_reminders = self._action("提醒与我的单位…", self.show_reminder_settings)
        self.act_stats = self._action("统计…", self.show_stats, QKeySequence("Ctrl+T"), tip="各单位按期办结率统计（Ctrl+T）")

    def _build_toolbar(self) -> None:
        bar = MainToolbar([self.act_import, self.act_print, self.act_stats, self.act_refresh, self.act_undo], self)
        self.addToolBar(bar)
        bar.bucket_requested.connect(self._show_bucket)
        bar.today_requested.connect(lambda: self.as_of_edit.setDate(qdate(self.today())))
        self.toolbar = bar
        # The tests and the rest of the window address these directly.
        self.as_of_edit, self.back_today = bar.as_of_edit, bar.back_today
        self.badge_overdue, self.badge_soon = bar.badge_overdue, bar.badge_soon
        self.not_today_action = bar.not_today_action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("文件(&F)")
        for a in (self.act_import, self.act_paste, self.act_add_task, None, self.act_open, self.act_backup, self.act_export, None,
                  self.act_print, None, self.act_quit):
            m.addSeparator() if a is None else m.addAction(a)
            if a is self.act_export:
                sub = m.addMenu("反馈表")
                sub.addAction(self.act_feedback_export)
                sub.addAction(self.act_feedback_import)
        m = bar.addMenu("编辑(&E)")
        m.addAction(self.act_undo)
        m.addAction(self.act_find)
        m = bar.addMenu("查看(&V)")
        m.addAction(self.act_refresh)
        m.addAction(self.act_stats)
        m = bar.addMenu("工具(&T)")
        m.addAction(self.act_units)
        m.addAction(self.act_reminders)
        m.addAction(self.act_settings)
        m.addAction(self.act_report_identity)
        m = bar.addMenu("帮助(&H)")
        m.addAction(self.act_about)
