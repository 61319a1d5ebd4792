"""The certificate checklist, computed from attendance, quiz attempts and deliveries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from companion.domain.completion import DONE, MISSED, OPTIONAL, OVERDUE, SENDING, TO_DO, UPCOMING, checklist, next_deadline
from companion.domain.quiz import AttemptSummary
from companion.services.course_package import load_package

from .conftest import SAMPLE

COURSE = load_package(SAMPLE).course
UTC = timezone.utc


def states(items):
    return {i.key: i.state for i in items.items}


def test_at_the_start_everything_is_to_do():
    now = datetime(2023, 7, 1, tzinfo=UTC)
    items = checklist(COURSE, now, attended=set(), attempts={}, deliveries={})
    s = states(items)
    assert s["live_session:orientation"] == UPCOMING
    assert s["quiz:quiz-1"] == TO_DO
    assert s["assignment:essay"] == TO_DO
    assert s["assignment:action-plan"] == OPTIONAL
    assert not items.eligible and items.done_count == 0
    assert len(items.required) == 4 + 4 + 3


def test_eligible_when_everything_required_is_done():
    now = datetime(2023, 7, 22, tzinfo=UTC)
    attempts = {q.id: [AttemptSummary(70, False, now)] for q in COURSE.quizzes}
    items = checklist(COURSE, now, attended={s.id for s in COURSE.live_sessions}, attempts=attempts,
                      deliveries={"essay": "delivered", "selfies": "delivered", "survey": "delivered"})
    assert items.eligible
    assert states(items)["assignment:action-plan"] == OPTIONAL


def test_late_and_missing_things_are_named():
    now = datetime(2023, 7, 21, tzinfo=UTC)
    attempts = {"quiz-1": [AttemptSummary(50, False, now)], "quiz-2": [AttemptSummary(90, True, now)]}
    items = checklist(COURSE, now, attended={"orientation"}, attempts=attempts, deliveries={"essay": "waiting"})
    s = states(items)
    assert s["live_session:orientation"] == DONE
    assert s["live_session:session-1"] == MISSED
    assert s["quiz:quiz-1"] == OVERDUE
    assert "50/100" in next(i for i in items.items if i.key == "quiz:quiz-1").detail
    assert s["quiz:quiz-2"] == OVERDUE  # practice does not count
    assert s["assignment:essay"] == SENDING
    assert "assignment:essay" in {i.key for i in items.missing}


def test_next_deadline_skips_done_and_past_items():
    now = datetime(2023, 7, 10, tzinfo=UTC)
    items = checklist(COURSE, now, attended=set(), attempts={}, deliveries={})
    first = next_deadline(items, now)
    assert first.kind in ("quiz", "assignment") and first.due > now
    later = next_deadline(items, datetime(2023, 7, 20, tzinfo=UTC))
    assert later.item_id in ("essay", "survey")
    assert next_deadline(items, datetime(2023, 7, 22, tzinfo=UTC) + timedelta(days=1)) is None
