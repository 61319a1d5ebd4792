"""Spaced review through the real app (store, migration, quizzes): cards from quiz answers, a
session that survives a restart, and reviews that never change scores or the checklist."""

from __future__ import annotations

from datetime import timedelta

from companion.domain import review as rv

COURSE = "caring-cities-2023"


def take(app, quiz_id, wrong=()):
    quiz = app.quizzes.quiz(COURSE, quiz_id)
    attempt = app.quizzes.start(COURSE, quiz_id)
    for q in quiz.questions:
        sel = [next(o for o in q.option_ids if o not in q.correct)] if q.id in wrong else sorted(q.correct)
        app.quizzes.answer(attempt.id, q.id, sel)
    return app.quizzes.finish(attempt.id)


def test_nothing_to_review_before_any_answer(app):
    s = app.reviews.summary()
    assert (s.due, s.minutes, s.cards) == (0, 0, 0)
    assert app.reviews.session() == []


def test_answers_become_cards_missed_first_and_reviews_leave_scores_alone(app, clock):
    done = take(app, "quiz-1", wrong={"q3", "q5"})
    n = len(done.result.questions)
    assert app.reviews.summary().cards == n
    # the next day everything answered is due; the two missed come first
    clock.advance(timedelta(days=1))
    items = app.reviews.session()
    assert len(items) == n
    assert {i.question.id for i in items[:2]} == {"q3", "q5"}
    assert app.reviews.summary().due == n and app.reviews.summary().minutes == rv.minutes_for(n)

    before_overview = app.quizzes.overview(COURSE, "quiz-1")
    before_checklist = app.progress.status(COURSE).checklist
    before_outbox = len(app.outbox.items(COURSE))

    item = items[0]
    wrong = next(o for o in item.question.option_ids if o not in item.question.correct)
    checked = app.reviews.check(item, [wrong], 4.0)
    assert not checked.correct and checked.inferred_rating == rv.AGAIN
    app.reviews.rate(item, checked.correct, 4.0)
    checked = app.reviews.check(items[2], sorted(items[2].question.correct), 12.0)
    assert checked.correct and checked.inferred_rating == rv.GOOD
    outcome = app.reviews.rate(items[2], True, 12.0, chosen_rating=rv.EASY)
    assert outcome.chosen and outcome.rating == rv.EASY

    after = app.quizzes.overview(COURSE, "quiz-1")
    assert (after.best_score, after.passed, len(after.attempts)) == \
        (before_overview.best_score, before_overview.passed, len(before_overview.attempts))
    assert app.progress.status(COURSE).checklist == before_checklist
    assert len(app.outbox.items(COURSE)) == before_outbox
    # the card reviewed right is gone from today's queue; the missed one is back later today (relearning)
    left = {i.card.key for i in app.reviews.session()}
    assert items[2].card.key not in left
    stats = app.reviews.stats()
    assert stats.total_reviews == 2 and stats.retention == 0.5
    assert stats.per_day[-1][1] == 2 and len(stats.forecast) == 30 and sum(stats.forecast) == n


def test_a_session_resumes_after_a_crash(app, clock):
    take(app, "quiz-2")
    clock.advance(timedelta(days=2))
    items = app.reviews.session()
    app.reviews.rate(items[0], True, 10.0)
    # a new process on the same folder (the first one "crashed": never closed)
    from companion.app import build_app

    again = build_app(app.data_dir, clock=app.clock)
    resumed = again.reviews.session()
    assert [i.card.key for i in resumed] == [i.card.key for i in items[1:]]
    assert again.reviews.stats().total_reviews == 1
    again.close()


def test_the_day_follows_the_chosen_zone(app, clock):
    take(app, "quiz-1")
    app.settings.set_time_zone("Asia/Seoul")
    seoul = app.reviews.day_end()
    app.settings.set_time_zone("America/Los_Angeles")
    la = app.reviews.day_end()
    assert seoul != la
    for end in (seoul, la):
        assert timedelta(0) < end - clock.now() <= timedelta(hours=24)
