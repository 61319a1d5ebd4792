"""Quiz attempts through the service and the store: kept answer by answer, graded, queued."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

COURSE = "caring-cities-2023"


def correct_answers(app, quiz_id):
    quiz = app.quizzes.quiz(COURSE, quiz_id)
    return {q.id: sorted(q.correct) for q in quiz.questions}


def wrong_answers(app, quiz_id):
    quiz = app.quizzes.quiz(COURSE, quiz_id)
    return {q.id: [next(o for o in q.option_ids if o not in q.correct)] for q in quiz.questions}


def take(app, quiz_id, answers, **kw):
    attempt = app.quizzes.start(COURSE, quiz_id, **kw)
    for qid, sel in answers.items():
        app.quizzes.answer(attempt.id, qid, sel)
    return app.quizzes.finish(attempt.id)


def test_every_answer_is_stored_as_it_is_chosen(app):
    attempt = app.quizzes.start(COURSE, "quiz-2")
    app.quizzes.answer(attempt.id, "q1", ["true"])
    app.quizzes.answer(attempt.id, "q1", ["false"])
    app.quizzes.move(attempt.id, 4)
    # a new process (or a restart) sees the same attempt, answers and place
    from companion.app import build_app

    again = build_app(app.data_dir, clock=app.clock)
    resumed = again.quizzes.open_attempt(COURSE, "quiz-2")
    assert resumed.id == attempt.id and resumed.answers == {"q1": ("false",)} and resumed.position == 4
    assert again.quizzes.start(COURSE, "quiz-2").id == attempt.id  # start resumes, never loses it
    again.close()


def test_fail_retry_pass_and_best_score(app):
    failed = take(app, "quiz-1", wrong_answers(app, "quiz-1"))
    assert failed.result.score == 0 and not failed.result.passed
    assert failed.submission_id is not None
    passed = take(app, "quiz-1", correct_answers(app, "quiz-1"))
    assert passed.result.score == 100 and passed.result.passed
    overview = app.quizzes.overview(COURSE, "quiz-1")
    assert len(overview.attempts) == 2 and overview.best_score == 100 and overview.passed
    items = app.outbox.items(COURSE)
    assert [s.kind for s in items] == ["quiz_attempt", "quiz_attempt"]
    assert all(s.state == "queued" and len(s.content_sha256) == 64 for s in items)
    status = app.progress.status(COURSE)
    assert next(i for i in status.checklist.items if i.key == "quiz:quiz-1").state == "done"


def test_after_the_deadline_it_is_practice_and_not_sent(app, clock):
    clock.set(datetime(2023, 7, 20, 12, 0, tzinfo=timezone.utc))
    done = take(app, "quiz-3", correct_answers(app, "quiz-3"))
    assert done.attempt.practice and done.submission_id is None
    assert app.quizzes.overview(COURSE, "quiz-3").best_score is None
    assert app.quizzes.overview(COURSE, "quiz-3").past_due


def test_retry_only_the_missed_questions(app):
    answers = correct_answers(app, "quiz-4")
    wrong = wrong_answers(app, "quiz-4")
    answers["q2"], answers["q7"] = wrong["q2"], wrong["q7"]
    first = take(app, "quiz-4", answers)
    assert set(first.result.missed_question_ids) == {"q2", "q7"}
    retry = app.quizzes.start(COURSE, "quiz-4", only_missed_from=first.attempt.id)
    assert retry.practice and set(retry.only_questions) == {"q2", "q7"}
    assert sorted(qid for qid, _ in app.quizzes.order(retry)) == ["q2", "q7"]


def test_shuffled_attempt_keeps_its_order_when_resumed(app):
    attempt = app.quizzes.start(COURSE, "quiz-1", shuffle=True)
    assert attempt.seed is not None
    assert app.quizzes.order(attempt) == app.quizzes.order(app.quizzes.attempt(attempt.id))


def test_finishing_twice_makes_one_submission(app, clock):
    attempt = app.quizzes.start(COURSE, "quiz-2")
    app.quizzes.finish(attempt.id)
    clock.advance(timedelta(minutes=1))
    app.quizzes.finish(attempt.id)
    assert len(app.outbox.items(COURSE)) == 1
