"""Running downloads on the network lane and reporting progress to the GUI (a few times a second).

One controller per window: the Lectures page and the status bar both follow it. It tells the
queue whether the operating system calls the connection metered (QNetworkInformation, where the
platform has a backend) and starts the queue again when the link comes back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.i18n import translate

from . import context as ctx
from .ops import DOWNLOADS

RETRY_MS = 60_000  # a queue that stopped on a broken link tries again after this
WAITING_MS = 10 * 60_000  # files held back (budget, off-peak hours, metered link) are looked at again


def network_information():
    """Qt's view of the connection, or None where the platform offers none."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is not None or QNetworkInformation.loadDefaultBackend():
            return QNetworkInformation.instance()
    except (ImportError, RuntimeError):
        pass
    return None


def is_metered() -> bool | None:
    """True/False when the system knows whether the connection costs by the byte; None when it does not."""
    info = network_information()
    if info is None:
        return None
    from PySide6.QtNetwork import QNetworkInformation

    if not info.supports(QNetworkInformation.Feature.Metered):
        return None
    return bool(info.isMetered())


def progress_words(p) -> str:
    """'42 % · 1.2 MB/s · 3 min left' for a Progress, in the app's language (what is known of it)."""
    parts = [f"{p.percent} %"] if p.percent is not None else []
    if p.speed:
        parts.append(translate("ui", "{0:.1f} MB/s").format(p.speed / 1e6) if p.speed >= 1e5
                     else translate("ui", "{0:.0f} kB/s").format(p.speed / 1e3))
    left = p.seconds_left
    if left:
        parts.append(translate("ui", "{0:.0f} min left").format(left / 60) if left >= 60
                     else translate("ui", "{0:.0f} s left").format(left))
    return " · ".join(parts)


class DownloadController(QObject):
    started = Signal()
    progress = Signal(object)  # companion.sync.downloads.Progress
    finished = Signal(object)  # DownloadReport

    def __init__(self, context: ctx.UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = context
        self.running = False
        self.again = False
        self.live: dict[str, object] = {}  # material id -> latest Progress
        self._last_emit = 0.0
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.start)
        info = network_information()
        if info is not None:
            info.reachabilityChanged.connect(lambda _r: self.start())
        context.changed.connect(self._changed)

    def _changed(self, flags: frozenset) -> None:
        if ctx.SETTINGS in flags and self.ctx.app.downloads is not None:
            self.start()  # the data settings or the sign-in changed: what waited may go now

    def start(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        self.retry.stop()
        self.started.emit()
        app, course_id, metered = self.ctx.app, self.ctx.course_id, is_metered()

        def report(p) -> None:  # on the worker thread: a signal crosses to the GUI thread safely
            now = time.monotonic()
            if now - self._last_emit > 0.2 or p.done == p.total:
                self._last_emit = now
                self.progress.emit(p)

        self.ctx.run(lambda: app.downloads.run(course_id, progress=report, metered=metered), self._done,
                     self._failed, lane="net")

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.live.clear()
        self.finished.emit(None)
        self.ctx.report(exc)

    def _done(self, report) -> None:
        self.running = False
        self.live.clear()
        self.finished.emit(report)
        self.ctx.changed.emit(frozenset({DOWNLOADS}))
        if self.again:
            self.again = False
            self.start()
        elif report is not None and report.unreachable and not report.signed_out:
            self.retry.start(RETRY_MS)  # the link broke: the part files wait, and the queue tries again
        elif report is not None and report.waiting:
            self.retry.start(WAITING_MS)  # the off-peak hours may have begun, or a new day's budget
