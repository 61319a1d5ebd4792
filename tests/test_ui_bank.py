"""A Moodle GIFT bank imported in the real window (File > Import course file), its report shown, its
practice quiz of every GIFT type taken by keyboard to its result, in English, Spanish and Korean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from .test_qti import REAL, needs_real
from .test_ui_cartridge import language, settle  # noqa: F401 - fixtures
from .test_ui_quiz import open_quizzes, start

pytestmark = [pytest.mark.ui, needs_real]


def answer(qtbot, view) -> None:
    """Something for every question, by keyboard: the first option, a typed text, the first choices."""
    if view.buttons:
        view.buttons[0].setFocus()
        qtbot.keyClick(view.buttons[0], Qt.Key.Key_Space)  # the focused option, as a keyboard user ticks it
        return
    for _key, field in view.inputs:
        field.setFocus()
        if isinstance(field, QComboBox):
            qtbot.keyClick(field, Qt.Key.Key_Down)
        elif isinstance(field, (QLineEdit, QPlainTextEdit)):
            qtbot.keyClicks(field, "3" if view.question.type == "numerical" else "Frog")


def test_a_gift_bank_imported_and_taken_to_its_result(language, window, qtbot):
    window.ask_course_file = lambda: str(REAL / "moodle-questions.gift.txt")
    window.findChild(QAction, "import-course-file").trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_report_box", None) is not None, timeout=20_000)
    settle(window, qtbot)
    box = window.import_report_box
    assert "moodle-questions" in box.text() and "9" in box.text()  # the bank and its question count
    box.close()
    course = next(c for c in window.context.app.library.courses() if c.title == "moodle-questions")
    window._switch_course(course.id)
    settle(window, qtbot)
    page = open_quizzes(window, qtbot, "moodle-questions")
    runner = start(page, qtbot)
    kinds = set()
    for n in range(len(runner.views)):
        view = runner.views[runner.position]
        kinds.add(view.question.type)
        answer(qtbot, view)
        assert view.selected(), view.question.type
        runner.next_or_review()
    assert kinds == {"essay", "matching", "single_choice", "multiple_choice", "numerical", "short_answer",
                     "true_false"}
    assert runner.stack.currentWidget() is runner.review_page
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    review = runner.result_view.toPlainText()
    assert "Frog" in review  # the typed answers are shown back
    assert runner.result_headline.text()


def test_a_moodle_questions_images_show_offline(window, qtbot):
    window.ask_course_file = lambda: str(REAL / "moodle-truefalse.xml")
    window.findChild(QAction, "import-course-file").trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_report_box", None) is not None, timeout=20_000)
    settle(window, qtbot)
    window.import_report_box.close()
    course = next(c for c in window.context.app.library.courses() if c.title == "moodle-truefalse")
    window._switch_course(course.id)
    settle(window, qtbot)
    quiz = window.context.app.library.course(course.id).quizzes[0]
    runner = start(open_quizzes(window, qtbot, quiz.id), qtbot)
    view = runner.views[0]
    assert len(view.images) == 1 and not view.images[0].pixmap().isNull()
    assert view.images[0].accessibleName() == "Moodle logo"  # the image's own words
