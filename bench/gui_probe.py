"""How long the GUI thread was kept from its event loop: a 5 ms timer notes every late tick."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class StallProbe:
    def __init__(self, interval_ms: int = 5, note_over_ms: int = 30):
        self.interval = interval_ms
        self.note_over = note_over_ms
        self.longest = 0  # ms the loop was late, at most
        self.stalls: list[tuple[int, int]] = []  # (at ms, late by ms) for each tick later than note_over
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.elapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        late = now - self.last - self.interval
        if late > self.note_over:
            self.stalls.append((now, late))
        self.longest = max(self.longest, late)
        self.last = now
