"""The data-cost rules behind downloads: metered links, a daily budget, an off-peak window."""

from __future__ import annotations

from datetime import date, datetime, time

from companion.domain.data_use import MB, DataPolicy, Usage, hold_reason, in_window, preview
from companion.domain.reasons import HOLD_BUDGET, HOLD_METERED, HOLD_OFFPEAK, Reason
from companion.ui import words

NIGHT = datetime(2026, 11, 23, 23, 30)
NOON = datetime(2026, 11, 23, 12, 0)


def test_windows_may_run_past_midnight():
    assert in_window(time(23, 30), time(22), time(6)) and in_window(time(5, 59), time(22), time(6))
    assert not in_window(time(6), time(22), time(6)) and not in_window(time(12), time(22), time(6))
    assert in_window(time(13), time(12), time(14)) and not in_window(time(14), time(12), time(14))
    assert in_window(time(3), time(0), time(0))  # an empty window means "any time"


def test_reasons_to_wait():
    free = DataPolicy()
    assert hold_reason(free, remaining_bytes=900 * MB, used_today=0, metered=True, local_now=NOON) is None
    metered = DataPolicy(unmetered_only=True)
    assert hold_reason(metered, remaining_bytes=1, used_today=0, metered=True, local_now=NOON) == Reason(HOLD_METERED)
    assert hold_reason(metered, remaining_bytes=1, used_today=0, metered=None, local_now=NOON) is None
    budget = DataPolicy(daily_budget_mb=100)
    assert hold_reason(budget, remaining_bytes=40 * MB, used_today=60 * MB, metered=False, local_now=NOON) is None
    reason = hold_reason(budget, remaining_bytes=41 * MB, used_today=60 * MB, metered=False, local_now=NOON)
    assert reason == Reason(HOLD_BUDGET, {"needed": 41 * MB, "left": 40 * MB, "budget": 100 * MB})
    assert words.reason(reason) == ("Waits for tomorrow's data budget: it needs 41.0 MB, 40.0 MB of today's "
                                    "100.0 MB are left.")
    night = DataPolicy(offpeak_start=time(22), offpeak_end=time(6), large_mb=50)
    held = hold_reason(night, remaining_bytes=50 * MB, used_today=0, metered=False, local_now=NOON)
    assert held == Reason(HOLD_OFFPEAK, {"start": "22:00", "end": "06:00"})
    assert "22:00–06:00" in words.reason(held)
    assert hold_reason(night, remaining_bytes=50 * MB, used_today=0, metered=False, local_now=NIGHT) is None
    assert hold_reason(night, remaining_bytes=49 * MB, used_today=0, metered=False, local_now=NOON) is None


def test_usage_starts_again_each_local_day():
    used = Usage(date(2026, 11, 23), 10).plus(5, date(2026, 11, 23))
    assert used.bytes == 15
    assert used.plus(7, date(2026, 11, 24)) == Usage(date(2026, 11, 24), 7)
    assert used.on(date(2026, 11, 24)).bytes == 0


def test_preview_says_what_it_costs():
    policy = DataPolicy(daily_budget_mb=30)
    p = preview(policy, [10 * MB, 12 * MB, 20 * MB], used_today=5 * MB, rate_bytes=32_000, metered=False,
                local_now=NOON)
    assert p.files == 3 and p.total_bytes == 42 * MB and p.over_budget and p.held == 1
    assert p.worth_asking()
    text = words.download_preview(p)
    assert "3 files, 42.0 MB" in text and "about 22 minutes at your bandwidth limit" in text
    assert "25.0 MB left in today's data budget" in text and "1 will wait" in text
    small = preview(DataPolicy(), [MB], used_today=0, rate_bytes=None, metered=False, local_now=NOON)
    assert not small.worth_asking() and words.download_preview(small) == "1 file, 1.0 MB."
    assert preview(DataPolicy(), [MB], used_today=0, rate_bytes=None, metered=True, local_now=NOON).worth_asking()
