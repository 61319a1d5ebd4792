"""Running work off the GUI thread.

A task is a callable plus callbacks that run on the GUI thread with its result or its error
(after MusicBrainz Picard and Anki's CollectionOp). Two lanes: "db" has one thread, so store writes
happen one at a time and in the order they were asked for; "net" has a few, for network work.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


def settle_memory() -> None:
    """Move everything alive after start-up (modules, Qt wrappers, ORM metadata) out of the garbage
    collector's reach. A full collection otherwise walks them all while holding the GIL, which
    stalls the GUI thread for ~80 ms in the middle of a sync on a worker thread."""
    import gc

    gc.freeze()


class TaskRunner(QObject):
    _delivered = Signal(object, object, object)  # callback, payload, is_error

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lanes = {"db": ThreadPoolExecutor(1, "companion-db"), "net": ThreadPoolExecutor(4, "companion-net")}
        self._delivered.connect(self._deliver)
        self._pending = 0
        self._closed = False
        self.on_unhandled_error: Callback | None = None

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: Callback | None = None,
            lane: str = "db") -> Future | None:
        if self._closed:
            return None
        self._pending += 1
        future = self._lanes[lane].submit(fn)

        def finished(f: Future) -> None:
            exc = f.exception()
            if exc is not None:
                log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
                self._delivered.emit(on_error or self.on_unhandled_error, exc, True)
            else:
                self._delivered.emit(on_done, f.result(), False)

        future.add_done_callback(finished)
        return future

    @Slot(object, object, object)
    def _deliver(self, callback: Callback | None, payload: Any, is_error: bool) -> None:
        self._pending -= 1
        if self._closed:
            return
        if callback is not None:
            callback(payload)
        elif is_error:
            log.error("background task failed: %s", payload)

    def shutdown(self) -> None:
        """Wait for running work (never quit with worker threads still writing)."""
        self._closed = True
        for lane in self._lanes.values():
            lane.shutdown(wait=True, cancel_futures=False)
