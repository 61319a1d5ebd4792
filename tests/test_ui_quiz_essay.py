"""An essay question inside a quiz: its word limit is shown as the person writes and an essay over
it is not submitted (a clear message, the text kept)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.domain.quiz import ESSAY, SINGLE_CHOICE, Option, Question, Quiz
from companion.domain.records import AttemptRecord
from companion.ui.ops.quizzes import Sitting
from companion.ui.pages.quiz_runner import QuizRunner

pytestmark = pytest.mark.ui


def sitting() -> Sitting:
    choice = Question("q1", SINGLE_CHOICE, "Pick one", (Option("a", "Yes"), Option("b", "No")), frozenset({"a"}))
    essay = Question("q2", ESSAY, "Say why, briefly", (), frozenset(), min_words=3, max_words=10)
    quiz = Quiz("quiz-e", None, "Essay quiz", (choice, essay))
    attempt = AttemptRecord("att-1", "course", "quiz-e", datetime(2026, 1, 1, tzinfo=timezone.utc), None, 1,
                            False, "one_by_one", None, 0, None, None)
    return Sitting(quiz, attempt, [("q1", ["a", "b"]), ("q2", [])])


def test_an_essay_over_its_word_limit_is_named_and_not_submitted_and_its_text_is_kept(qtbot):
    runner = QuizRunner()
    qtbot.addWidget(runner)
    runner.show()
    runner.start(sitting())
    submitted = []
    runner.submit_requested.connect(submitted.append)
    runner.go(1)
    essay = runner.views[1]
    field = essay.first_field
    assert "at most 10" in essay.word_note.text() or "between 3 and 10" in essay.word_note.text()
    long_text = "Because the city plan puts people first and every street should be safe for children."
    qtbot.keyClicks(field, long_text)
    assert "15 words: 5 over the limit of 10" in essay.word_note.text()
    assert "your text is kept" in essay.word_note.text()
    runner.next_or_review()
    assert runner.stack.currentWidget() is runner.review_page
    assert "Question 2:" in runner.review_summary.text() and "over the limit of 10" in runner.review_summary.text()
    assert not runner.submit_button.isEnabled()
    runner._submit()  # even if reached some other way, nothing over the limit is sent
    assert submitted == []
    runner.back_button.click()
    assert field.toPlainText() == long_text  # nothing the person wrote is lost
    field.setPlainText("Because people come first.")
    assert essay.word_problem() == "" and "4 words (between 3 and 10)" in essay.word_note.text()
    runner.next_or_review()
    assert runner.submit_button.isEnabled()
    runner.submit_button.click()
    assert submitted == ["att-1"]
