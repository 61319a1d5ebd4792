"""The app looks for its own updates by itself: shortly after the window is up and then every hour it asks
the update service whether a check is due (about once a day, never when the participant said never, only
when the download rules allow; companion/services/updates.py decides). What it finds is said once in the
window's notice: an update ready for the next start, or one offered (with its cost) in Settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from companion.domain.i18n import translate

from . import ops, words
from .downloads import is_metered
from .ops import updates as update_ops

FIRST_CHECK_MS = 30_000  # after the start has settled (the first sync, the dashboard)
EVERY_MS = 60 * 60_000


class UpdateWatcher(QObject):
    def __init__(self, context, window, first_ms: int = FIRST_CHECK_MS):
        super().__init__(window)
        self.ctx, self.window = context, window
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.check)
        QTimer.singleShot(first_ms, self.check)
        self.timer.start()

    def check(self) -> None:
        ops.run(self.ctx, update_ops.check_for_update, is_metered(), False, lane="net").success(self._found).failure(
            lambda exc: None).run()  # a failure is remembered as the last check's outcome; nothing to interrupt

    def _found(self, status) -> None:
        if status is None:
            return
        state = status.state.value
        if state == "ready":
            self.window.notice.show_message(words.update_state("ready", version=status.version))
        elif state == "offer":
            self.window.notice.show_message(
                words.update_state("offer", version=status.version) + " " + words.update_cost(status.offer),
                translate("ui", "See the update"), lambda: self.ctx.navigate.emit("settings", None))
