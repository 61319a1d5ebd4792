"""The outbox's state machine: every move the table allows, every move it forbids, the backoff."""

from __future__ import annotations

import itertools
import random
from datetime import timedelta

import pytest

from companion.domain import outbox
from companion.domain.outbox import (DELIVERED, DRAFT, KEPT_LOCAL, NEEDS_ATTENTION, QUEUED, STATES, UPLOADING,
                                     InvalidTransition, allowed, backoff, transition)

# the moves a submission may make, written out here independently of the table in the domain
EXPECTED = {
    (DRAFT, QUEUED),  # Submit
    (QUEUED, UPLOADING),  # a sync pass starts sending it
    (QUEUED, DELIVERED),  # the portal already held it (a repeat): its receipt settles it
    (QUEUED, NEEDS_ATTENTION),  # another computer's version found before sending
    (UPLOADING, QUEUED),  # a retryable failure: back to the queue with a backoff
    (UPLOADING, DELIVERED),  # the receipt is stored
    (UPLOADING, NEEDS_ATTENTION),  # refused by the portal
    (NEEDS_ATTENTION, QUEUED),  # try again / send mine as well
    (NEEDS_ATTENTION, KEPT_LOCAL),  # keep the portal's version, or replaced by a later submission
    (KEPT_LOCAL, QUEUED),  # send it after all
}
ALL_MOVES = list(itertools.product(STATES, STATES))


def test_the_table_is_exactly_the_expected_moves():
    assert {(a, b) for a, targets in outbox.ALLOWED.items() for b in targets} == EXPECTED
    assert set(outbox.ALLOWED) == set(STATES)


@pytest.mark.parametrize("current,new", sorted(EXPECTED))
def test_allowed_moves_go_through(current, new):
    assert allowed(current, new) and transition(current, new) == new


@pytest.mark.parametrize("current,new", sorted(set(ALL_MOVES) - EXPECTED))
def test_forbidden_moves_raise(current, new):
    assert not allowed(current, new)
    with pytest.raises(InvalidTransition) as info:
        transition(current, new)
    assert (info.value.current, info.value.new) == (current, new)


def test_nothing_leaves_delivered_and_no_state_moves_to_itself():
    assert not outbox.ALLOWED[DELIVERED]
    assert not any(allowed(s, s) for s in STATES)
    assert not allowed(QUEUED, KEPT_LOCAL)  # an earlier queued version may be the on-time one: it is sent


def test_unknown_states_are_refused():
    with pytest.raises(InvalidTransition):
        transition("lost", QUEUED)


def test_backoff_waits_between_half_and_all_of_the_ceiling():
    rng = random.Random(7)
    for attempt, ceiling in ((0, 5), (1, 10), (3, 40), (8, 900), (30, 900)):
        waits = [backoff(attempt, rng=rng) for _ in range(200)]
        assert all(timedelta(seconds=ceiling / 2) <= w <= timedelta(seconds=ceiling) for w in waits)
        assert len(set(waits)) > 1  # jittered
    assert backoff(-3, rng=random.Random(1)) <= timedelta(seconds=5)
