"""The outbox: what happens to a submission between Submit and the portal's receipt.

draft -> queued -> uploading -> delivered
                         \\-> needs_attention (the portal refused it; the participant fixes and resends)
Nothing the participant made is removed by any transition.
"""

from __future__ import annotations

import random
from datetime import timedelta

DRAFT = "draft"
QUEUED = "queued"
UPLOADING = "uploading"
DELIVERED = "delivered"
NEEDS_ATTENTION = "needs_attention"
KEPT_LOCAL = "kept_local"  # settled without sending: replaced by a later version, or the portal's was kept
STATES = (DRAFT, QUEUED, UPLOADING, DELIVERED, NEEDS_ATTENTION, KEPT_LOCAL)
WAITING_STATES = (QUEUED, UPLOADING)

ALLOWED = {
    DRAFT: {QUEUED},
    QUEUED: {UPLOADING, DELIVERED, NEEDS_ATTENTION},
    UPLOADING: {QUEUED, DELIVERED, NEEDS_ATTENTION},
    NEEDS_ATTENTION: {QUEUED, KEPT_LOCAL},
    KEPT_LOCAL: {QUEUED},
    DELIVERED: set(),
}


class InvalidTransition(ValueError):
    pass


def transition(current: str, new: str) -> str:
    if new not in ALLOWED.get(current, set()):
        raise InvalidTransition(f"a submission cannot go from {current} to {new}")
    return new


def backoff(attempt: int, *, base: float = 5.0, cap: float = 900.0, rng: random.Random | None = None) -> timedelta:
    """Exponential backoff with full jitter: a random wait in [0, min(cap, base * 2**attempt)]."""
    rng = rng or random.Random()
    ceiling = min(cap, base * (2 ** max(0, attempt)))
    return timedelta(seconds=rng.uniform(ceiling / 2, ceiling))
