"""Reminders on screen: a bar at the top of the window (with Join) and, where the desktop has one,
a tray notification. The plan and the "fired once" record live in the store, so reminders survive
restarts and catch up after the computer slept."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from companion.domain.i18n import translate
from companion.domain.reminders import Notice

from . import ops
from .ops import schedule as schedule_ops
from .widgets import Banner

CHECK_EVERY_MS = 30_000


class ReminderBar(Banner):
    """The banner for reminders: one notice at a time, more wait their turn; Join opens the meeting."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("ui", "Reminder"), parent)
        self.join, self.dismiss = self.action, self.close_button
        self.join.setText(translate("ui", "Join now"))
        self.join.setAccessibleName(translate("ui", "Join the live session"))
        self.dismiss.setAccessibleName(translate("ui", "Dismiss this reminder"))
        self.queue: list[Notice] = []
        self.current: Notice | None = None

    def push(self, notices: list[Notice]) -> None:
        self.queue.extend(notices)
        if self.current is None:
            self._next()

    def _next(self) -> None:
        self.current = self.queue.pop(0) if self.queue else None
        if self.current is None:
            self.hide()
            return
        self.text.setText(self.current.message)
        self.join.setVisible(bool(self.current.join_url))
        self.show()

    def _dismiss(self) -> None:
        self._next()

    def _act(self) -> None:
        if self.current and self.current.join_url:
            QDesktopServices.openUrl(QUrl(self.current.join_url))
        self._next()


class ReminderWatcher(QWidget):
    """Asks the schedule service for due reminders now and every half minute (off the GUI thread)."""

    notices = Signal(list)

    def __init__(self, context, bar: ReminderBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = context
        self.bar = bar
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(translate("ui", "Companion"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.hide()

    def check(self) -> None:
        ops.run(self.ctx, schedule_ops.due_notices, self.ctx.course_id).success(self._show).run()

    def _show(self, notices: list[Notice]) -> None:
        if not notices:
            return
        self.bar.push(notices)
        if self.tray is not None:
            first = notices[0]
            self.tray.showMessage(translate("ui", "Companion") if not first.missed else translate("ui", "Companion: missed reminder"), first.message,
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notices.emit(notices)
