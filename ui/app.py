"""QApplication setup: a CJK-capable font from the installed families, icons, style."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate

from tracker.resources import resource_path
from ui.qt_chinese import install_translations

ICONS = resource_path("icons")

# Preferred families, best first; the first one installed wins. None is shipped.
CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "SimSun", "Droid Sans Fallback")


def icon(name: str) -> QIcon:
    """An icon from icons/<name>.svg (an empty icon when missing)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def combo_box(parent=None) -> QComboBox:
    """A drop-down whose list follows the style sheet's ``::item`` rules: Qt's default
    combo delegate paints the highlighted item as a menu item, which the white
    background rule left white on white."""
    combo = QComboBox(parent)
    combo.setItemDelegate(QStyledItemDelegate(combo))
    return combo


@contextmanager
def wait_cursor():
    """The wait cursor over the whole application while a blocking step runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def pick_font_family() -> str | None:
    """The first preferred CJK family that is installed, else None (Qt's default)."""
    installed = set(QFontDatabase.families())
    for fam in CJK_FAMILIES:
        if fam in installed:
            return fam
    for fam in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return fam
    return None


def apply_font(app: QApplication, size: int) -> None:
    """Set the application font: the CJK family at ``size`` points."""
    font = QFont(app.font())
    fam = pick_font_family()
    if fam:
        font.setFamilies([fam])
    font.setPointSize(max(7, min(24, size)))
    app.setFont(font)


STYLE = """
QMainWindow, QWidget#centre { background: #f3f5f8; }
QToolBar { background: #ffffff; border: none; border-bottom: 1px solid #dfe3ea; spacing: 6px; padding: 4px 8px; }
QToolBar QToolButton { padding: 4px 8px; border-radius: 4px; }
QToolBar QToolButton:hover { background: #eaf1fb; }
QLabel#badgeOverdue { background: #d93025; color: white; border-radius: 9px; padding: 1px 8px; font-weight: bold; }
QLabel#badgeSoon { background: #f29900; color: white; border-radius: 9px; padding: 1px 8px; font-weight: bold; }
QLabel#notToday { color: #c5221f; font-weight: bold; }
QLabel#sectionTitle { color: #5f6368; font-weight: bold; padding-top: 6px; }
QLabel#taskTitle { font-size: 13pt; font-weight: bold; color: #202124; }
QFrame#filterPanel, QFrame#detailPanel { background: #ffffff; border: none; }
QLineEdit, QDateEdit, QComboBox { padding: 3px 6px; border: 1px solid #cfd5de; border-radius: 4px; background: white; }
QComboBox QAbstractItemView { background: white; color: #202124; selection-background-color: #d2e3fc;
                              selection-color: #202124; outline: 0; }
QComboBox QAbstractItemView::item { min-height: 22px; padding: 0px 6px; }
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {
    background: #d2e3fc; color: #202124; }
QLineEdit:focus, QDateEdit:focus, QComboBox:focus { border-color: #1a73e8; }
QPushButton { padding: 4px 14px; border: 1px solid #cfd5de; border-radius: 4px; background: #ffffff; }
QPushButton:hover { background: #eef3fb; }
QPushButton#primary { background: #1a73e8; color: white; border-color: #1a73e8; }
QTreeView#cards { background: #f3f5f8; border: none; }
QTableView { gridline-color: #e3e7ee; selection-background-color: #d2e3fc; selection-color: #202124; }
QHeaderView::section { background: #f6f8fb; border: none; border-bottom: 1px solid #dfe3ea; padding: 4px; }
QSplitter::handle { background: #dfe3ea; }
QStatusBar { background: #ffffff; border-top: 1px solid #dfe3ea; }
"""


WORKER_THREADS = 4   # at least this many pool threads (see create_app)


def create_app(argv: list[str] | None = None, font_size: int = 10) -> QApplication:
    """The QApplication (reused if one exists), with font, icon and style sheet."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("督办台账")
    app.setOrganizationName("duban-tracker")
    app.setWindowIcon(icon("app"))
    install_translations(app)
    apply_font(app, font_size)
    app.setStyleSheet(STYLE)
    # Workers mostly wait on SQLite and the disk (the day's check and copy, unit counts, a
    # search): with one thread per core, a search typed at start would wait behind them.
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), WORKER_THREADS))
    return app
