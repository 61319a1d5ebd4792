"""`companion review` as a participant runs it: a real process, answers typed on its stdin."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from companion.app import build_app
from companion.domain.clock import FixedClock

from .test_cli import run

COURSE = "caring-cities-2023"


def answered_quiz(data_dir, wrong=("q2",)):
    """Take quiz-1 in 2023 (so every card is due now), missing `wrong`."""
    app = build_app(data_dir, clock=FixedClock(datetime(2023, 7, 5, 10, tzinfo=timezone.utc)))
    quiz = app.quizzes.quiz(COURSE, "quiz-1")
    attempt = app.quizzes.start(COURSE, "quiz-1")
    for q in quiz.questions:
        sel = [next(o for o in q.option_ids if o not in q.correct)] if q.id in wrong else sorted(q.correct)
        app.quizzes.answer(attempt.id, q.id, sel)
    result = app.quizzes.finish(attempt.id)
    app.close()
    return quiz, result


def test_nothing_due_then_due_in_json_and_text(data_dir):
    empty = run(data_dir, "review")
    assert empty.returncode == 0 and "Nothing to review today" in empty.stdout
    quiz, _ = answered_quiz(data_dir)
    listed = json.loads(run(data_dir, "review", "--json").stdout)
    assert listed["due"] == len(quiz.questions) and listed["questions"][0]["question_id"] == "q2"
    assert listed["questions"][0]["missed"] is True
    assert json.loads(run(data_dir, "review", "--course", COURSE, "--json").stdout)["due"] == len(quiz.questions)
    unknown = run(data_dir, "review", "--course", "nope")
    assert unknown.returncode == 2 and "nope" in unknown.stderr
    text = run(data_dir, "review", lang="es_ES.UTF-8")
    assert text.returncode == 0 and "minuto" in text.stdout, text.stdout


def test_take_a_session_in_the_terminal(data_dir):
    quiz, finished = answered_quiz(data_dir)
    q2 = quiz.question("q2")
    right = next(n for n, o in enumerate(q2.options, 1) if o.id in q2.correct)
    wrong = next(n for n, o in enumerate(q2.options, 1) if o.id not in q2.correct)
    # q2 first (missed): a bad entry, then a wrong answer, inferred grade kept; then the next: chosen Easy; stop
    first_next = quiz.questions[0]
    right_next = next(n for n, o in enumerate(first_next.options, 1) if o.id in first_next.correct)
    typed = f"99\n{wrong}\n\n{right_next}\n4\nq\n"
    out = run(data_dir, "review", "--take", input_text=typed)
    assert out.returncode == 0, out.stderr
    assert q2.prompt in out.stdout and "Type the number of an option" in out.stdout
    assert "Not quite." in out.stdout and "Saved: Again (inferred)." in out.stdout
    assert "Right." in out.stdout and "Saved: Easy (chosen)." in out.stdout
    assert "Stopped. Reviewed 2 questions" in out.stdout
    listed = json.loads(run(data_dir, "review", "--json").stdout)
    # the missed one waits its relearning minutes (still today), the one graded Easy is gone for days
    assert listed["due"] == len(quiz.questions) - 1
    assert listed["questions"][-1]["question_id"] == "q2"
    # the quiz's score is what it was: reviews never change attempts
    app = build_app(data_dir)
    assert app.quizzes.overview(COURSE, "quiz-1").best_score == finished.result.score < 100
    assert app.reviews.stats().total_reviews == 2
    app.close()
