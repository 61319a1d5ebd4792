"""Where the main window opens: a size that fits the screen it is on, or the size and place it had
when it was last closed (clamped to the screens there are now), maximised if it was.

The last geometry is kept by QSettings in a small ini file in the data folder (``window.ini``);
reading and writing it once at start and at close is the only disk work here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1200, 800)  # what the pages are designed for; less on a smaller screen
# room for the window manager's title bar and borders, before the real frame is known
FRAME_ALLOWANCE = QSize(16, 48)


def fitting_rect(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The window's client area: ``preferred`` or less, inside ``available`` with room for the frame, centred."""
    width = max(200, min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()))
    height = max(200, min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME_ALLOWANCE.height() - 8, rect.top()))
    return rect


def clamp(rect: QRect, available: QRect) -> QRect:
    """``rect`` made no larger than ``available`` (less the frame) and moved inside it."""
    width = min(rect.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(rect.height(), available.height() - FRAME_ALLOWANCE.height())
    out = QRect(rect.topLeft(), QSize(width, height))
    if out.right() > available.right():
        out.moveRight(available.right() - FRAME_ALLOWANCE.width() // 2)
    if out.bottom() > available.bottom():
        out.moveBottom(available.bottom() - 8)
    if out.left() < available.left():
        out.moveLeft(available.left() + FRAME_ALLOWANCE.width() // 2)
    if out.top() < available.top() + FRAME_ALLOWANCE.height() - 8:
        out.moveTop(available.top() + FRAME_ALLOWANCE.height() - 8)
    return out


def screen_for(rect: QRect | None) -> QScreen:
    if rect is not None:
        screen = QGuiApplication.screenAt(rect.center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


class WindowPlacement:
    """Restores and remembers one window's geometry in ``state_file`` (None: nothing is remembered)."""

    def __init__(self, state_file: Path | None):
        self.settings = QSettings(str(state_file), QSettings.Format.IniFormat) if state_file else None

    def restore(self, window: QWidget) -> bool:
        """Size and place ``window`` before it is shown; True when it should be shown maximised."""
        saved, maximised = None, False
        if self.settings is not None:
            value = self.settings.value("window/geometry")
            if isinstance(value, str) and value.count(",") == 3:
                try:
                    x, y, w, h = (int(v) for v in value.split(","))
                    saved = QRect(x, y, w, h)
                except ValueError:
                    saved = None
            maximised = str(self.settings.value("window/maximised", "false")).lower() == "true"
        available = screen_for(saved).availableGeometry()
        rect = clamp(saved, available) if saved is not None and saved.isValid() else fitting_rect(available)
        window.setGeometry(rect)
        return maximised

    def save(self, window: QWidget) -> None:
        if self.settings is None:
            return
        maximised = window.isMaximized() or window.isFullScreen()
        rect = window.normalGeometry() if maximised and window.normalGeometry().isValid() else window.geometry()
        self.settings.setValue("window/geometry", f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
        self.settings.setValue("window/maximised", "true" if maximised else "false")
        self.settings.sync()


def keep_on_screen(window: QWidget) -> None:
    """Once the real frame is known: shrink and move the window so all of it is on its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    dx = min(0, available.right() - frame.right()) or max(0, available.left() - frame.left())
    dy = min(0, available.bottom() - frame.bottom()) or max(0, available.top() - frame.top())
    if dx or dy:
        window.move(window.pos().x() + dx, window.pos().y() + dy)
