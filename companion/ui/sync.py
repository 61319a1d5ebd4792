"""When to sync: at start, on a timer with backoff, when the network comes back, soon after a
Submit, and on "Sync now". Each pass runs on the network lane, never on the GUI thread."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.i18n import translate

from . import context as ctx
from .ops import sync as sync_ops

if TYPE_CHECKING:
    from companion.sync.engine import SyncReport

log = logging.getLogger(__name__)

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
        # the pass announces its own changes below, guarded: they must not start another pass
        self.ctx.runner.run(lambda: sync_ops.sync_pass(app, now), self._passed, self._failed, "net")

    def _failed(self, exc: BaseException) -> None:
        from companion.sync.engine import SyncReport

        from companion.domain.errors import CompanionError
        from companion.domain.reasons import ERROR, Reason

        log.warning("sync pass failed: %s", exc)
        failure = exc.reason if isinstance(exc, CompanionError) else Reason(ERROR, {"message": str(exc)})
        report = SyncReport(unreachable=True, failure=failure, finished_at=datetime.now().astimezone())
        self._done(report, frozenset({ctx.OUTBOX, ctx.ATTENDANCE}))

    def _passed(self, result) -> None:
        self._done(result.value, result.changes)

    def _done(self, report: SyncReport, changes: frozenset) -> None:
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
        self._announcing = True
        try:
            self.ctx.changed.emit(frozenset(changes))
        finally:
            self._announcing = False
        if self.again:
            self.again = False
            self.soon()


# ---- what a pass means to the participant ----
def connection_words(report: SyncReport, retry_s: int | None, when: str) -> str:
    """The status bar's connection label: signed out, offline (and when it tries again), or online."""
    if report.no_portal:
        return ""  # the portal label already says work stays on this computer
    if report.signed_out:
        return translate("ui", "Not signed in")
    if report.unreachable:
        if retry_s:
            return translate("ui", "Offline: the portal cannot be reached; trying again in %n min", None,
                             max(1, retry_s // 60))
        return translate("ui", "Offline: the portal cannot be reached")
    return translate("ui", "Online · last sync {0}").format(when)
