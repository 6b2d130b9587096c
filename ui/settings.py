"""Every QSettings key of the app, declared once with its type and default.

In the manner of Picard's ``options.py``: an ``Option`` names a key, its type and its
default; ``Settings`` reads and writes them over one ``QSettings`` store (tests pass a
store in a temporary INI file so they never touch the user's settings).
"""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "duban-tracker"
APPLICATION = "duban-tracker"


class Option:
    """One settings key with its type and default."""

    registry: dict[str, "Option"] = {}

    def __init__(self, key: str, type_: type, default, doc: str):
        if key in Option.registry:
            raise ValueError(f"settings key declared twice: {key}")
        self.key, self.type, self.default, self.doc = key, type_, default, doc
        Option.registry[key] = self

    def convert(self, raw):
        """The stored value as this option's type (INI files give back strings)."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            if self.type is int:
                return int(raw)
            if self.type is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            return self.type(raw)
        except (TypeError, ValueError):
            return self.default


USER_NAME = Option("user/name", str, "", "姓名，记录在每次勾选上（空则用系统登录名）")
LEDGER_PATH = Option("ledger/path", str, "", "台账文件路径（空则用默认位置）")
DUE_SOON_DAYS = Option("view/due_soon_days", int, 30, "临期提醒天数")
FONT_SIZE = Option("view/font_size", int, 10, "字号（磅）")
LAST_START_DATE = Option("app/last_start_date", str, "", "上次启动日期，用于启动提醒")
WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray(), "主窗口位置和大小")
WINDOW_STATE = Option("window/state", QByteArray, QByteArray(), "工具栏和分栏状态")
SPLITTER_STATE = Option("window/splitter", QByteArray, QByteArray(), "左中右三栏宽度")
NOT_SAME_UNITS = Option("units/not_same", str, "",
                        "单位合并建议中点过“不是”的名称对：每行一对，以制表符分隔，不再建议合并")
MY_UNITS = Option("units/followed", str, "", "我的单位：关注的责任单位名称，每行一个（提醒和统计用）")
REMIND_ENABLED = Option("reminder/enabled", bool, True, "是否在启动时和每天定时提醒到期事项")
REMIND_TIME = Option("reminder/time", str, "09:00", "每天提醒的时间（时:分）")
REMIND_DAYS = Option("reminder/days", int, 7, "提醒多少天内到期的节点")
STATS_PERIOD = Option("stats/period", str, "month", "统计视图的期间：month、quarter、year 或 custom")
STATS_MINE = Option("stats/my_units_only", bool, False, "统计视图只看我的单位")
REVIEW_GEOMETRY = Option("review/geometry", QByteArray, QByteArray(), "核对导入内容对话框的位置和大小")
REVIEW_SPLITTER = Option("review/splitter", QByteArray, QByteArray(), "核对对话框任务表与右侧提示的宽度")
REPORT_GEOMETRY = Option("report/geometry", QByteArray, QByteArray(), "打印周报对话框的位置和大小")
UNITS_GEOMETRY = Option("units/geometry", QByteArray, QByteArray(), "单位目录对话框的位置和大小")
UNITS_SPLITTER = Option("units/splitter", QByteArray, QByteArray(), "单位目录左右两栏宽度")
BACKUP_GEOMETRY = Option("backup/geometry", QByteArray, QByteArray(), "备份与恢复对话框的位置和大小")
REPORT_IDENTITY_ASKED = Option("report/identity_asked", bool, False, "是否已在首次打印时询问过报表落款")
PASTE_GEOMETRY = Option("paste/geometry", QByteArray, QByteArray(), "粘贴文本对话框的位置和大小")
STATS_GEOMETRY = Option("stats/geometry", QByteArray, QByteArray(), "统计窗口的位置和大小")
STATS_SPLITTER = Option("stats/splitter", QByteArray, QByteArray(), "统计窗口表格与图表的宽度")


def settings_of(widget) -> "Settings | None":
    """The ``Settings`` of the window that ``widget`` belongs to (its ``settings``
    attribute, found up the parent chain), else None: a dialog opened on its own in a
    test remembers nothing."""
    w = widget
    while w is not None:
        found = getattr(w, "settings", None)
        if isinstance(found, Settings):
            return found
        w = w.parentWidget()
    return None


class Settings:
    """Typed access to the app's settings."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def at(cls, path: Path) -> "Settings":
        """Settings kept in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option):
        """The value of ``option`` (its default when unset or unreadable)."""
        return option.convert(self.store.value(option.key, None))

    def set(self, option: Option, value) -> None:
        """Store ``value`` for ``option``."""
        self.store.setValue(option.key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- conveniences for the values every part of the app needs -------------------------
    def user_name(self) -> str:
        """The name recorded on ticks: the setting, else the system login name."""
        name = self.get(USER_NAME).strip()
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return ""

    def window(self) -> int:
        """The due-soon window in days (1..365)."""
        return max(1, min(365, self.get(DUE_SOON_DAYS)))

    def my_units(self) -> list[str]:
        """The names of the units the clerk follows (empty: none chosen)."""
        return [n.strip() for n in self.get(MY_UNITS).splitlines() if n.strip()]

    def set_my_units(self, names) -> None:
        """Remember ``names`` as the clerk's units (order kept, duplicates dropped)."""
        self.set(MY_UNITS, "\n".join(dict.fromkeys(n.strip() for n in names if n.strip())))

    def remind_days(self) -> int:
        """Days ahead the reminders look (0..365)."""
        return max(0, min(365, self.get(REMIND_DAYS)))

    def last_start(self) -> date | None:
        raw = self.get(LAST_START_DATE)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None
