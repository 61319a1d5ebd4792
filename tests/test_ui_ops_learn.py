"""The learning pages' operations say what they changed: starting or discarding an attempt redraws
the quiz list and the checklist, an answer only the attempt, finishing the outbox too."""

from __future__ import annotations

import pytest

from companion.ui import ops
from companion.ui.context import UiContext
from companion.ui.ops import course as course_ops
from companion.ui.ops import quizzes as quiz_ops
from companion.ui.ops import schedule as schedule_ops

COURSE = "caring-cities-2023"


def test_a_quiz_from_start_to_finish_names_its_changes(app):
    started = quiz_ops.start_attempt(app, COURSE, "quiz-1", False, "one_by_one")
    assert started.changes == {ops.QUIZ}  # the settings were already these
    sitting = started.value
    assert sitting.practice_reason == "" and len(sitting.order) == 10
    first, options = sitting.order[0]
    assert quiz_ops.answer(app, sitting.attempt.id, first, [options[0]]).changes == {ops.ATTEMPT}
    assert quiz_ops.move(app, sitting.attempt.id, 1).changes == {ops.ATTEMPT}
    finished = quiz_ops.finish_attempt(app, sitting.attempt.id)
    assert finished.changes == {ops.QUIZ, ops.OUTBOX, ops.REVIEW} and finished.value.queued  # its answers feed the review queue
    graded = {r.question_id: r for r in finished.value.result.questions}
    assert list(graded[first].selected) == [options[0]]
    review = quiz_ops.review_attempt(app, finished.value.attempt)
    assert review.changes == frozenset() and review.value.result.score == finished.value.result.score


def test_start_with_new_display_settings_and_discard(app):
    started = quiz_ops.start_attempt(app, COURSE, "quiz-2", True, "all")
    assert started.changes == {ops.QUIZ, ops.SETTINGS}
    restarted = quiz_ops.restart_attempt(app, COURSE, "quiz-2", started.value.attempt.id, True, "all")
    assert restarted.value.attempt.id != started.value.attempt.id and ops.QUIZ in restarted.changes
    assert quiz_ops.discard_attempt(app, restarted.value.attempt.id).changes == {ops.QUIZ}
    assert app.quizzes.open_attempt(COURSE, "quiz-2") is None


def test_practice_reasons_are_codes(app, clock):
    from datetime import timedelta

    clock.set(clock.now() + timedelta(days=30))  # after every deadline
    sitting = quiz_ops.start_attempt(app, COURSE, "quiz-3", False, "one_by_one").value
    assert sitting.attempt.practice and sitting.practice_reason == quiz_ops.PAST_DUE


def test_attendance_and_shifting_name_their_changes(app, clock):
    from datetime import datetime, timezone

    session = app.library.course(COURSE).live_sessions[0].id
    assert schedule_ops.set_attended(app, COURSE, session, True).changes == {ops.ATTENDANCE}
    assert session in schedule_ops.schedule(app, COURSE).value.attended
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc))
    before = course_ops.dashboard(app, COURSE).value
    assert before.run_now_starts is not None and not before.run_now_is_next_week
    shifted = course_ops.run_from_now(app, COURSE)
    assert shifted.changes == {ops.COURSE} and shifted.value == 177
    assert course_ops.back_to_published_dates(app, COURSE).changes == {ops.COURSE}


def test_run_it_now_says_this_week_by_the_participants_calendar(app, clock):
    """07:00 on Monday 30 Nov in Seoul (Sunday in UTC): the course would start today, not "next week"."""
    from datetime import date, datetime, timezone

    from companion.ui.ops import settings as settings_ops

    clock.set(datetime(2026, 11, 29, 22, 0, tzinfo=timezone.utc))
    settings_ops.set_time_zone(app, "Asia/Seoul")
    seoul = course_ops.dashboard(app, COURSE).value
    assert seoul.today == date(2026, 11, 30) and seoul.run_now_starts == date(2026, 11, 30)
    assert not seoul.run_now_is_next_week
    settings_ops.set_time_zone(app, "America/Bogota")  # Sunday evening there: it starts next week
    bogota = course_ops.dashboard(app, COURSE).value
    assert bogota.today == date(2026, 11, 29) and bogota.run_now_is_next_week


@pytest.mark.ui
def test_discarding_an_attempt_redraws_the_quiz_list(qapp, app, qtbot):
    from companion.ui.tasks import TaskRunner

    runner = TaskRunner()
    context = UiContext(app, runner, COURSE, "Asia/Seoul")
    seen: list = []
    context.changed.connect(seen.append)
    try:
        attempt = app.quizzes.start(COURSE, "quiz-4")
        ops.run(context, quiz_ops.discard_attempt, attempt.id).run()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [frozenset({ops.QUIZ})]
    finally:
        runner.shutdown()
