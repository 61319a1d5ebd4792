"""The outbox: what happens to a submission between Submit and the portal's receipt.

    draft -> queued -> uploading -> delivered
               |  ^        |
               |  '--------'  (a retryable failure: back to the queue, with a backoff)
               '-> needs_attention (the portal refused it, or holds another computer's version)
    needs_attention -> queued (send again / send mine) | kept_local (keep the portal's, or replaced)
    kept_local -> queued (send it after all)

A later version does not settle an earlier one still waiting in the queue (no queued -> kept_local):
the earlier one may be the one made before the deadline, so both go and the portal keeps the newest
while its receipt says whether the work was on time. Only a refused version is settled by a later one.

Every change of state goes through :func:`transition`; the store refuses any move this table does
not allow (``Store.update_submission``). Nothing the participant made is removed by any transition.
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

ALLOWED: dict[str, frozenset[str]] = {
    DRAFT: frozenset({QUEUED}),
    # delivered straight from the queue: a repeat the portal already holds answers with its receipt
    QUEUED: frozenset({UPLOADING, DELIVERED, NEEDS_ATTENTION}),
    UPLOADING: frozenset({QUEUED, DELIVERED, NEEDS_ATTENTION}),
    NEEDS_ATTENTION: frozenset({QUEUED, KEPT_LOCAL}),
    KEPT_LOCAL: frozenset({QUEUED}),
    DELIVERED: frozenset(),
}


class InvalidTransition(ValueError):
    def __init__(self, current: str, new: str):
        self.current, self.new = current, new
        super().__init__(f"a submission cannot go from {current} to {new}")


def allowed(current: str, new: str) -> bool:
    return new in ALLOWED.get(current, frozenset())


def transition(current: str, new: str) -> str:
    """``new`` when the table allows the move from ``current``; raises InvalidTransition otherwise."""
    if not allowed(current, new):
        raise InvalidTransition(current, new)
    return new


def backoff(attempt: int, *, base: float = 5.0, cap: float = 900.0, rng: random.Random | None = None) -> timedelta:
    """Exponential backoff with "equal jitter": a random wait in [c/2, c] where c = min(cap, base * 2**attempt).

    Half the ceiling is always waited (a broken portal is not hammered at once), the other half is
    random (many computers coming back online do not all retry together)."""
    rng = rng or random.Random()
    ceiling = min(cap, base * (2 ** max(0, attempt)))
    return timedelta(seconds=rng.uniform(ceiling / 2, ceiling))
