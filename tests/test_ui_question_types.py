"""The quiz runner's questions of every new type, answered by keyboard, graded and reviewed, in
English, Spanish and Korean (offscreen Qt)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from companion.domain.quiz import grade
from companion.services.course_package import parse_manifest

from .test_question_types import CLOZE, ESSAY, MATCH, NUMBER, SHORT, manifest


@pytest.fixture(params=["en", "es", "ko"])
def language(request, qapp):
    from companion.ui.language import LanguagePack, apply, read_language_choice

    apply(read_language_choice(request.param))
    yield request.param
    apply(LanguagePack("en", None, None))


def test_every_new_type_is_answered_by_keyboard_and_reviewed(qtbot, language):
    from companion.ui.pages.quiz_runner import TYPE_HINTS, QuestionView, review_html

    quiz = parse_manifest(json.loads(json.dumps(manifest(SHORT, NUMBER, MATCH, CLOZE, ESSAY))), "t").quizzes[0]
    answers = {}
    views = []
    for n, question in enumerate(quiz.questions, start=1):
        view = QuestionView(question, list(question.option_ids), n, len(quiz.questions))
        qtbot.addWidget(view)
        view.changed.connect(lambda qid, sel: answers.__setitem__(qid, sel))
        views.append(view)
        assert view.accessibleDescription() and view.accessibleName()
        assert view.heading.text().endswith(view.heading.text().split(" · ")[-1])
        if language != "en":
            assert TYPE_HINTS[question.type] not in view.heading.text()  # the hint is translated
    short, number_, match, cloze, essay = views
    qtbot.keyClicks(short.first_field, "bogota")
    qtbot.keyClicks(number_.first_field, "3,14")
    for key, field in match.inputs:  # the right country for each city, by keyboard
        wanted = {"Seoul": "Korea", "Madrid": "Spain", "Lima": "Peru"}[match.question.stem(key).text]
        field.setFocus()
        while field.currentText() != wanted:
            qtbot.keyClick(field, Qt.Key.Key_Down)
    fields = dict(cloze.inputs)
    assert isinstance(fields["t"], QLineEdit) and isinstance(fields["state"], QComboBox)
    qtbot.keyClicks(fields["t"], "100")
    qtbot.keyClicks(fields["unit"], "Celsius")
    fields["state"].setFocus()
    qtbot.keyClick(fields["state"], Qt.Key.Key_Down)
    assert isinstance(essay.first_field, QPlainTextEdit)
    qtbot.keyClicks(essay.first_field, "Night buses for carers.")
    assert "{{" not in cloze.prompt.text()

    result = grade(quiz, answers)
    assert result.score == 100 and result.pending_question_ids == ("essay",)
    order = [(q.id, list(q.option_ids)) for q in quiz.questions]
    review = review_html(quiz, result, order)
    assert "Night buses for carers." in review and "bogota" in review
    # a view shows a resumed attempt's answers as they were
    again = QuestionView(quiz.question("fill"), [], 4, 5)
    qtbot.addWidget(again)
    again.set_selected(answers["fill"])
    assert sorted(again.selected()) == sorted(answers["fill"])
