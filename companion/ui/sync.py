"""When to sync: at start, on a timer with backoff, when the network comes back, soon after a
Submit, and on "Sync now". Each pass runs on the network lane, never on the GUI thread."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from . import context as ctx

if TYPE_CHECKING:
    from companion.sync.engine import SyncReport

CALM_MS = 10 * 60_000  # everything delivered: look for course updates every ten minutes
FIRST_RETRY_MS = 30_000
MAX_RETRY_MS = 15 * 60_000
SOON_MS = 1_500


class SyncController(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport

    def __init__(self, context: ctx.UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = context
        self.running = False
        self.again = False
        self.last: SyncReport | None = None
        self.retry_ms = FIRST_RETRY_MS
        self._announcing = False  # our own change signals must not start another pass
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync(now=False))
        self.network = None
        self._watch_network()
        context.changed.connect(self._changed)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                self.network = QNetworkInformation.instance()
                self.network.reachabilityChanged.connect(self._reachability)
        except (ImportError, RuntimeError):
            self.network = None

    def _reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.soon()

    def _changed(self, flags: frozenset) -> None:
        if not self._announcing and flags & {ctx.OUTBOX, ctx.SETTINGS}:
            self.soon()

    @property
    def next_in_s(self) -> int | None:
        return self.timer.remainingTime() // 1000 if self.timer.isActive() else None

    def soon(self) -> None:
        if not self.running:
            self.timer.start(SOON_MS)
        else:
            self.again = True

    def sync(self, now: bool = True) -> None:
        """One pass (``now``: also items still backing off, as a person asked for it)."""
        if self.running:
            self.again = True
            return
        self.running = True
        self.timer.stop()
        self.started.emit()
        app = self.ctx.app
        self.ctx.run(lambda: app.sync.run(now=now), self._done, self._failed, lane="net")

    def _failed(self, exc: BaseException) -> None:
        from companion.sync.engine import SyncReport

        from companion.domain.errors import CompanionError
        from companion.domain.reasons import ERROR, Reason

        failure = exc.reason if isinstance(exc, CompanionError) else Reason(ERROR, {"message": str(exc)})
        self._done(SyncReport(unreachable=True, failure=failure, finished_at=datetime.now().astimezone()))

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.last = report
        if report.unreachable or (report.waiting and not report.signed_out):
            self.timer.start(self.retry_ms)
            self.retry_ms = min(self.retry_ms * 2, MAX_RETRY_MS)
        else:
            self.retry_ms = FIRST_RETRY_MS
            if not report.no_portal and not report.signed_out:
                self.timer.start(CALM_MS)
        self.finished.emit(report)
        flags = {ctx.OUTBOX}
        if report.changes:
            flags |= {ctx.COURSE}
        self._announcing = True
        try:
            self.ctx.changed.emit(frozenset(flags | {ctx.ATTENDANCE}))
        finally:
            self._announcing = False
        if self.again:
            self.again = False
            self.soon()
