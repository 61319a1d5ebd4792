"""What the participant lets downloads cost, read from the settings: one policy and one daily count for
lecture downloads (companion/sync/downloads.py) and app updates (companion/services/updates.py) alike."""

from __future__ import annotations

import logging
import threading
from datetime import date as dt_date, time as dt_time

from companion.domain.data_use import DataPolicy, Usage

from .settings import DAILY_BUDGET, DOWNLOAD_USAGE, LARGE_MB, OFFPEAK, UNMETERED_ONLY, Settings

log = logging.getLogger(__name__)
_COUNT_LOCK = threading.Lock()  # the day's count is read, added to and written by several workers


def policy(settings: Settings) -> DataPolicy:
    get = settings.get
    window = get(OFFPEAK)
    start = end = None
    if window:
        try:
            a, b = window.split("-")
            start, end = dt_time.fromisoformat(a), dt_time.fromisoformat(b)
        except ValueError:
            log.warning("ignoring an unreadable off-peak window %r", window)
    return DataPolicy(unmetered_only=get(UNMETERED_ONLY), daily_budget_mb=float(get(DAILY_BUDGET)),
                      offpeak_start=start, offpeak_end=end, large_mb=get(LARGE_MB))


def usage(settings: Settings, today: dt_date) -> Usage:
    """Bytes downloaded on ``today`` (the participant's local day)."""
    raw = settings.get(DOWNLOAD_USAGE) or {}
    try:
        return Usage(dt_date.fromisoformat(raw["day"]), int(raw["bytes"])).on(today)
    except (KeyError, TypeError, ValueError):
        return Usage(today, 0)


def count(settings: Settings, n: int, today: dt_date) -> None:
    """Add ``n`` bytes to today's count."""
    if n > 0:
        with _COUNT_LOCK:
            used = usage(settings, today).plus(n, today)
            settings.set(DOWNLOAD_USAGE, {"day": used.day.isoformat(), "bytes": used.bytes})
