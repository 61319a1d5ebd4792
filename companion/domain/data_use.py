"""How much a participant lets downloads cost: metered links, a daily budget, an off-peak window.

Pure rules (no I/O): the download queue asks :func:`hold_reason` before each file and the
Lectures page shows :func:`preview` before a large download.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from . import reasons
from .reasons import Reason

MB = 1_000_000


@dataclass(frozen=True)
class DataPolicy:
    unmetered_only: bool = False
    daily_budget_mb: float = 0  # 0: no budget
    offpeak_start: time | None = None  # large files wait for this window (None: no window)
    offpeak_end: time | None = None
    large_mb: int = 50  # a file this big or bigger is "large"

    @property
    def budget_bytes(self) -> int | None:
        return int(self.daily_budget_mb * MB) if self.daily_budget_mb > 0 else None


@dataclass(frozen=True)
class Usage:
    """Bytes downloaded on one local day."""

    day: date
    bytes: int = 0

    def on(self, today: date) -> "Usage":
        return self if self.day == today else Usage(today, 0)

    def plus(self, n: int, today: date) -> "Usage":
        current = self.on(today)
        return Usage(today, current.bytes + n)


def in_window(moment: time, start: time, end: time) -> bool:
    """True when ``moment`` lies in [start, end); a window may run past midnight (22:00–06:00)."""
    if start == end:
        return True
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def hold_reason(policy: DataPolicy, *, remaining_bytes: int, used_today: int, metered: bool | None,
                local_now: datetime) -> Reason | None:
    """Why a file that still needs ``remaining_bytes`` must wait now (a code with its figures), or
    None when it may go."""
    if policy.unmetered_only and metered:
        return Reason(reasons.HOLD_METERED)
    budget = policy.budget_bytes
    if budget is not None and used_today + remaining_bytes > budget:
        left = max(0, budget - used_today)
        return Reason(reasons.HOLD_BUDGET, {"needed": remaining_bytes, "left": left, "budget": budget})
    if (remaining_bytes >= policy.large_mb * MB and policy.offpeak_start is not None
            and policy.offpeak_end is not None
            and not in_window(local_now.time(), policy.offpeak_start, policy.offpeak_end)):
        return Reason(reasons.HOLD_OFFPEAK, {"start": f"{policy.offpeak_start:%H:%M}",
                                             "end": f"{policy.offpeak_end:%H:%M}"})
    return None


@dataclass(frozen=True)
class Preview:
    files: int
    total_bytes: int
    seconds: float | None  # at the bandwidth cap; None without a cap
    budget_left: int | None  # bytes left today under the budget; None without a budget
    held: int  # files that will wait (budget, window, metered link)
    metered: bool | None

    @property
    def over_budget(self) -> bool:
        return self.budget_left is not None and self.total_bytes > self.budget_left

    def worth_asking(self, threshold_mb: int = 25) -> bool:
        """Ask before starting when it is big, exceeds the budget, or runs on a metered link."""
        return self.files > 0 and (self.total_bytes >= threshold_mb * MB or self.over_budget or bool(self.metered))


def preview(policy: DataPolicy, sizes: list[int], *, used_today: int, rate_bytes: float | None,
            metered: bool | None, local_now: datetime) -> Preview:
    total = sum(sizes)
    budget = policy.budget_bytes
    held, used = 0, used_today
    for size in sorted(sizes):
        if hold_reason(policy, remaining_bytes=size, used_today=used, metered=metered, local_now=local_now):
            held += 1
        else:
            used += size
    return Preview(files=len(sizes), total_bytes=total, seconds=total / rate_bytes if rate_bytes else None,
                   budget_left=None if budget is None else max(0, budget - used_today), held=held, metered=metered)
