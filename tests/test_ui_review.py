"""The Review page in the real window, walked through every state (nothing due, due, a question,
its feedback with an inferred then a chosen grade, finished, statistics) by keyboard, in English,
Spanish and Korean, and under the pseudo-translator (no English left, every string in the .ts)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.domain import i18n

from .test_ui_walk_learn import pseudo, walk  # noqa: F401 - fixtures

pytestmark = pytest.mark.ui

COURSE = "caring-cities-2023"


def finish_quiz(app, quiz_id="quiz-1", wrong=("q2",)):
    quiz = app.quizzes.quiz(COURSE, quiz_id)
    attempt = app.quizzes.start(COURSE, quiz_id)
    for q in quiz.questions:
        sel = [next(o for o in q.option_ids if o not in q.correct)] if q.id in wrong else sorted(q.correct)
        app.quizzes.answer(attempt.id, q.id, sel)
    return app.quizzes.finish(attempt.id)


def settle(window, qtbot):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def walk_review(window, qtbot, clock, check):
    """Every state of the page, by keys; `check(state, widget)` looks at each."""
    app = window.context.app
    window.go_to("review", None)
    page = window.pages["review"]
    dash = window.pages["dashboard"]
    settle(window, qtbot)
    assert page.views.currentWidget() is page.empty
    check("nothing due", page)
    score_before = finish_quiz(app).result.score
    clock.advance(timedelta(days=1))
    window.context.changed.emit(frozenset({"quiz"}))
    window.go_to("dashboard", None)
    settle(window, qtbot)
    assert dash.review_button.isEnabled() and "10" in dash.review_text.text()
    check("due (dashboard card)", dash)
    dash.review_button.click()  # the card's button opens the Review page
    settle(window, qtbot)
    assert page.isVisible() and page.views.currentWidget() is page.question_card
    assert page.state.summary.due == 10 and "10" in page.summary.text()
    check("a question", page)
    page.setFocus()
    window.activateWindow()
    reviewed = 0
    first = True
    while page.views.currentWidget() is page.question_card:
        item = page.state.item
        if first:  # the missed question comes first
            assert item.question.id == "q2" and item.card.missed
        keys = [i for i, o in enumerate(item.question.options, 1) if o.id in item.question.correct]
        if first:
            keys = [next(i for i, o in enumerate(item.question.options, 1) if o.id not in item.question.correct)]
        for n in keys:  # every right option (a question may take several)
            qtbot.keyClick(page, getattr(Qt.Key, f"Key_{n}"))
            assert page.option_buttons[n - 1].isChecked()
        qtbot.keyClick(page, Qt.Key.Key_Return)
        settle(window, qtbot)
        assert page.views.currentWidget() is page.feedback
        if first:
            assert page.checked.correct is False and page.grade_buttons[1].isChecked()  # inferred Again
            inferred = page.grade_text.text()
            check("feedback, grade inferred", page)
            qtbot.keyClick(page, Qt.Key.Key_2)  # chosen: Hard
            assert page.rating == 2 and page.grade_buttons[2].isChecked() and page.grade_text.text() != inferred
            check("feedback, grade chosen", page)
        qtbot.keyClick(page, Qt.Key.Key_Space)
        settle(window, qtbot)
        reviewed += 1
        first = False
        assert reviewed < 40, [page.state.item.question.id, page.state.item.card]
    assert page.views.currentWidget() is page.finished and reviewed >= 10
    check("finished", page)
    page.stats_button.click()
    settle(window, qtbot)
    assert page.views.currentWidget() is page.stats_view
    stats = app.reviews.stats()
    assert stats.total_reviews == reviewed and stats.per_day[-1][1] == reviewed
    check("statistics", page)
    # reviews never change the quiz's score
    assert app.quizzes.overview(COURSE, "quiz-1").best_score == score_before
    window.go_to("dashboard", None)
    settle(window, qtbot)
    assert not dash.review_button.isEnabled()


@pytest.fixture(params=["en", "es", "ko"])
def language(request, data_dir):
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, request.param)
    app.close()
    yield request.param
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


TITLE = {"en": "Review", "es": "Repaso", "ko": "복습"}


def test_every_state_in_each_language(language, window, qtbot, clock):
    seen = []

    def check(state, widget):
        seen.append(state)
        assert widget.isVisible()

    walk_review(window, qtbot, clock, check)
    page = window.pages["review"]
    assert window.nav.item(list(window.pages).index("review")).text() == TITLE[language]
    assert page.stats_button.text() != "Statistics" or language == "en"
    assert seen == ["nothing due", "due (dashboard card)", "a question", "feedback, grade inferred",
                    "feedback, grade chosen", "finished", "statistics"]


def test_no_english_left_in_any_state(walk, clock):
    walk_review(walk.window, walk.qtbot, clock, walk.check)
    walk.assert_clean()
