"""Windows sized from the screen they open on, and remembered per window.

No window has a fixed size: a window asks for a share of the available screen area
(less the task bar), never more than it needs and never more than the screen; a size
the user chose is restored from the settings and pulled back onto the screen when the
screen got smaller (a laptop undocked, a larger scale factor).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 8   # px kept free around a window so its frame and shadow stay on the screen


def available_rect(widget: QWidget | None = None) -> QRect:
    """The available area (without task bars) of the screen ``widget`` (or its parent) is on."""
    screen = None
    if widget is not None:
        anchor = widget.parentWidget() or widget
        screen = anchor.screen() if anchor.isVisible() else None
        if screen is None and widget.parentWidget() is not None:
            screen = widget.parentWidget().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fitted_size(widget: QWidget, share: float, preferred: QSize | None = None) -> QSize:
    """``share`` of the available area, at most ``preferred`` and never off the screen."""
    area = available_rect(widget)
    room = QSize(max(200, area.width() - 2 * MARGIN), max(200, area.height() - 2 * MARGIN))
    w, h = int(area.width() * share), int(area.height() * share)
    if preferred is not None:
        w, h = min(w, preferred.width()), min(h, preferred.height())
    hint = widget.minimumSizeHint()
    w, h = max(w, min(hint.width(), room.width())), max(h, min(hint.height(), room.height()))
    return QSize(min(w, room.width()), min(h, room.height()))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move ``widget`` so its frame lies within the available area."""
    area = available_rect(widget).adjusted(0, 0, 0, 0)
    frame = widget.frameGeometry()
    extra_w = frame.width() - widget.width()
    extra_h = frame.height() - widget.height()
    w = min(widget.width(), area.width() - extra_w)
    h = min(widget.height(), area.height() - extra_h)
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(max(1, w), max(1, h))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(QPoint(x, y))


def centre_on(widget: QWidget) -> None:
    """Centre ``widget`` over its parent window, else over the available area."""
    area = available_rect(widget)
    parent = widget.parentWidget()
    box = parent.window().frameGeometry() if parent is not None and parent.isVisible() else area
    rect = widget.frameGeometry()
    rect.moveCenter(box.center())
    widget.move(rect.topLeft())
    keep_on_screen(widget)


class _OnScreenOnceShown(QObject):
    """Pulls a window onto the screen again once it is shown: before that its frame (title
    bar, borders) is unknown, so a geometry restored to the very edge of the screen would
    leave the frame off it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            # A bound method of this child of the window, not a closure holding the
            # window's wrapper (a pending functor would keep it alive past its deletion).
            QTimer.singleShot(0, self, self._pull)
        return False

    def _pull(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and window.isVisible():
            keep_on_screen(window)
        self.deleteLater()


def restore_geometry(widget: QWidget, saved: QByteArray | None) -> bool:
    """Restore ``widget``'s saved geometry, kept on the screen now and once shown; False
    when there is none (or it cannot be read)."""
    if saved is None or saved.isEmpty() or not widget.restoreGeometry(saved):
        return False
    keep_on_screen(widget)   # saved on a larger screen or at a smaller scale
    if not widget.isVisible():
        widget.installEventFilter(_OnScreenOnceShown(widget))
    return True


def fit_window(widget: QWidget, share: float, preferred: QSize | None = None,
               saved: QByteArray | None = None) -> None:
    """Size ``widget`` from the screen: the saved geometry when there is one (kept on the
    screen), else ``share`` of the available area (at most ``preferred``), centred."""
    if restore_geometry(widget, saved):
        return
    widget.resize(fitted_size(widget, share, preferred))
    centre_on(widget)


def restore_size(widget: QWidget, share: float, preferred: QSize | None, option) -> None:
    """``fit_window`` with the geometry saved under settings ``option`` (see ``save_size``)."""
    from ui.settings import settings_of

    store = settings_of(widget)
    fit_window(widget, share, preferred, store.get(option) if store is not None else None)


def save_size(widget: QWidget, option, splitters: dict | None = None) -> None:
    """Remember ``widget``'s geometry (and splitters: option -> QSplitter) in its window's settings."""
    from ui.settings import settings_of

    store = settings_of(widget)
    if store is None:
        return
    store.set(option, widget.saveGeometry())
    for opt, splitter in (splitters or {}).items():
        store.set(opt, splitter.saveState())
    store.sync()


def restore_splitter(widget: QWidget, splitter, option) -> None:
    """Restore ``splitter`` from the settings of ``widget``'s window, when saved."""
    from ui.settings import settings_of

    store = settings_of(widget)
    state = store.get(option) if store is not None else None
    if state is not None and not state.isEmpty():
        splitter.restoreState(state)
