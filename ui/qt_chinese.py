"""Qt's own dialogs in Chinese: Qt's catalogues, and the few strings they lack.

PySide6 ships Qt's Simplified Chinese catalogues (``qtbase_zh_CN.qm``, ``qt_zh_CN.qm``):
standard buttons (确定/取消/是/否), the file dialog, the print dialog and the print
preview. A handful of the strings Qt 6 shows are missing from them (Qt 6 added
accelerators to "Look in:" and "Files of type:", and the file list's type column is
new), so the file dialog read "&Look in:", "Files of &type:" and "Folder". Those are
supplied here, in the catalogues' own wording style ("文件名称(&N)："); a string the
catalogues do translate is always taken from them.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

QT_CATALOGUES = ("qtbase", "qt")
LOCALE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)

# (context, source) -> Chinese, for what Qt 6 shows but its zh_CN catalogues lack.
MISSING = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
    ("QPrintSettingsOutput", "Page &Set:"): "打印页面(&S)：",
    ("QPageSetupWidget", "Page &order:"): "页面顺序(&O)：",
    ("QPageSetupWidget", "Pages &per sheet:"): "每张页数(&P)：",
}


class MissingQtStrings(QTranslator):
    """Answers only for ``MISSING``; every other string goes on to Qt's catalogues."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        # None is Qt's null string: "not translated here", so the next translator is asked.
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


_TRANSLATORS: list[QTranslator] = []   # kept alive for the application's lifetime


def install_translations(app: QApplication, locale: QLocale = LOCALE) -> list[QTranslator]:
    """Load Qt's Chinese translations into ``app``, the supplement first (Qt asks the
    translator installed last first, so the catalogues win wherever they translate);
    returns the translators installed. Without the catalogues Qt stays English and
    nothing fails."""
    QLocale.setDefault(locale)
    if _TRANSLATORS:
        return _TRANSLATORS
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = []
    for name in QT_CATALOGUES:
        tr = QTranslator(app)
        if tr.load(locale, name, "_", folder):
            catalogues.append(tr)
    if not catalogues:
        return _TRANSLATORS
    supplement = MissingQtStrings(app)
    for tr in (supplement, *catalogues):
        app.installTranslator(tr)
        _TRANSLATORS.append(tr)
    return _TRANSLATORS
