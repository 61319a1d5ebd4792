"""Running downloads on the network lane and reporting progress to the GUI (a few times a second).

One controller per window: the Lectures page and the status bar both follow it. It tells the
queue whether the operating system calls the connection metered (QNetworkInformation, where the
platform has a backend) and starts the queue again when the link comes back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.untrusted import plain_text
from companion.domain import downloading as dl
from companion.domain.i18n import percent, translate, unit
from companion.domain.i18n import size as words_size
from companion.domain.sharing import PORTAL

from . import context as ctx
from . import ops
from .ops import downloads as download_ops

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
    parts = [percent(p.done / p.total)] if p.total else []
    if p.speed:
        parts.append(unit(p.speed / 1e6, "megabyte-per-second", 1) if p.speed >= 1e5
                     else unit(p.speed / 1e3, "kilobyte-per-second", 0))
    left = p.seconds_left
    if left:
        parts.append(translate("ui", "{0} left").format(unit(round(left / 60), "duration-minute") if left >= 60
                                                         else unit(round(left), "duration-second")))
    return " · ".join(parts)


def hold_words(record) -> str:
    """Why a queued file waits (the data budget, the off-peak hours, a metered link) or failed, or ''."""
    from . import words

    return words.reason(record.reason)


def download_state_words(record, live, *, offline: bool, update: bool, size: int | None) -> str:
    """A material's download state as the Lectures table shows it. ``live`` is the latest progress
    of a file the queue is fetching now: it counts over the stored state, which a running queue
    only writes when a file is finished."""
    if live is not None and (record is None or record.state in dl.ACTIVE):
        if live.total and live.done >= live.total:
            return translate("ui", "Downloaded · checking the file…")
        return translate("ui", "Downloading {0}").format(progress_words(live))
    if record is None:
        if offline:
            return translate("ui", "Available offline")
        return translate("ui", "Online only · {0}").format(words_size(size)) if size else translate("ui", "Online only")
    if record.state == dl.DONE:
        if update:
            return translate("ui", "Update available")
        if record.source and record.source != PORTAL:  # a colleague's computer shared it (office sharing)
            return translate("ui", "Available offline · from {0} on this network").format(plain_text(record.source))
        return translate("ui", "Available offline")
    if record.state == dl.PAUSED:
        return translate("ui", "Paused at {0}").format(percent(record.part_bytes / record.size if record.size else 0))
    if record.state == dl.FAILED:
        return translate("ui", "Failed: {0}").format(hold_words(record))
    if record.state == dl.QUEUED:
        reason = hold_words(record)
        return translate("ui", "Queued · {0}").format(reason) if reason else translate("ui", "Queued")
    return translate("ui", "Downloading…")


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
        course_id, metered = self.ctx.course_id, is_metered()

        def report(p) -> None:  # on the worker thread: a signal crosses to the GUI thread safely
            now = time.monotonic()
            if now - self._last_emit > 0.2 or p.done == p.total:
                self._last_emit = now
                self.progress.emit(p)

        ops.run(self.ctx, download_ops.run_queue, course_id, report, metered, lane="net").success(
            self._done).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.live.clear()
        self.finished.emit(None)
        self.ctx.report(exc)

    def _done(self, report) -> None:
        self.running = False
        self.live.clear()
        self.finished.emit(report)  # the operation announces DOWNLOADS after this
        if self.again:
            self.again = False
            self.start()
        elif report is not None and report.unreachable and not report.signed_out:
            self.retry.start(RETRY_MS)  # the link broke: the part files wait, and the queue tries again
        elif report is not None and report.waiting:
            self.retry.start(WAITING_MS)  # the off-peak hours may have begun, or a new day's budget

