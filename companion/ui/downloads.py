"""Running downloads on the network lane and reporting progress to the GUI (a few times a second)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from . import context as ctx

DOWNLOADS = "downloads"  # change flag


class DownloadController(QObject):
    progress = Signal(object)  # companion.sync.downloads.Progress
    finished = Signal(object)  # DownloadReport

    def __init__(self, context: ctx.UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = context
        self.running = False
        self.again = False
        self.live: dict[tuple[str, str], object] = {}
        self._last_emit = 0.0

    def start(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        app, course_id = self.ctx.app, self.ctx.course_id

        def report(p) -> None:  # on the worker thread: a signal crosses to the GUI thread safely
            now = time.monotonic()
            if now - self._last_emit > 0.2 or p.done == p.total:
                self._last_emit = now
                self.progress.emit(p)

        self.ctx.run(lambda: app.downloads.run(course_id, progress=report), self._done, self._failed, lane="net")

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.ctx.report(exc)

    def _done(self, report) -> None:
        self.running = False
        self.live.clear()
        self.finished.emit(report)
        self.ctx.changed.emit(frozenset({DOWNLOADS}))
        if self.again:
            self.again = False
            self.start()
