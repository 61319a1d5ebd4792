"""The one source of "now". Everything that needs the time takes a Clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock for tests and benchmarks: it only moves when told."""

    def __init__(self, at: datetime):
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at.astimezone(timezone.utc)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


class PortalCorrectedClock:
    """This computer's clock, corrected by the portal's when the two disagree by more than
    ``threshold`` (the offset comes from the portal's Date headers). Deadlines are then judged by
    portal time, as PROTOCOL.md asks."""

    def __init__(self, base: Clock, offset_s: float = 0.0, threshold_s: float = 120.0):
        self.base = base
        self.offset_s = offset_s
        self.threshold_s = threshold_s

    @property
    def corrected(self) -> bool:
        return abs(self.offset_s) > self.threshold_s

    def now(self) -> datetime:
        now = self.base.now()
        return now + timedelta(seconds=self.offset_s) if self.corrected else now
