"""Taking quizzes in the real window: by keyboard and by mouse, failing, retrying, resuming."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

import pytest
from PySide6.QtCore import QPoint, Qt

from companion.ui.main import open_app
from companion.ui.main_window import MainWindow
from companion.ui.pages.quiz_runner import LETTERS
from companion.ui.tasks import TaskRunner

pytestmark = pytest.mark.ui
COURSE = "caring-cities-2023"


def open_quizzes(window, qtbot, quiz_id):
    window.go_to("quizzes", quiz_id)
    page = window.pages["quizzes"]
    qtbot.waitUntil(lambda: page.current is not None and page.current.quiz.id == quiz_id, timeout=5000)
    return page


def start(page, qtbot):
    page.start_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner and bool(page.runner.views), timeout=5000)
    return page.runner


def letters_for(view, wanted_ids):
    return [LETTERS[view.option_order.index(o)] for o in sorted(wanted_ids)]


def answer_by_keyboard(qtbot, runner, right: bool):
    for n in range(len(runner.views)):
        view = runner.views[runner.position]
        assert runner.position == n
        q = view.question
        wanted = q.correct if right else {next(o for o in q.option_ids if o not in q.correct)}
        for letter in letters_for(view, wanted):
            qtbot.keyClick(view.buttons[0], Qt.Key(Qt.Key.Key_A + LETTERS.index(letter)))
        assert set(view.selected()) == set(wanted)
        qtbot.keyClick(view.buttons[0], Qt.Key.Key_Return)


def test_take_a_whole_quiz_by_keyboard_fail_then_pass(window, qtbot):
    page = open_quizzes(window, qtbot, "quiz-2")
    runner = start(page, qtbot)
    assert "Question 1 of 10" in runner.progress.format()
    answer_by_keyboard(qtbot, runner, right=False)
    assert runner.stack.currentWidget() is runner.review_page
    assert "Every question has an answer" in runner.review_summary.text()
    qtbot.mouseClick(runner.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert runner.result_headline.text().startswith("Score 0/100 · Not passed yet")
    review = runner.result_view.toPlainText()
    assert "Wrist Doctor 9988" in review and "(correct)" in review and "(your answer)" in review
    assert "Why:" in review
    # try again and pass
    runner.again_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.questions_page and not any(
        v.selected() for v in runner.views), timeout=5000)
    answer_by_keyboard(qtbot, runner, right=True)
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert runner.result_headline.text().startswith("Score 100/100 · Passed")
    runner.done_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.overview_page, timeout=5000)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2, timeout=5000)
    assert "Passed · best 100" in page.model.index(page.model.row_of_key("quiz-2"), 1).data()
    qtbot.waitUntil(lambda: "2 items waiting to be sent" in window.outbox_status.text(), timeout=5000)


def test_take_a_quiz_by_mouse_on_one_page(window, qtbot):
    page = open_quizzes(window, qtbot, "quiz-3")
    page.mode.setCurrentIndex(page.mode.findData("all"))
    runner = start(page, qtbot)
    assert not runner.next_button.isVisible()
    assert all(v.isVisible() for v in runner.views)
    for view in runner.views[:6]:  # six right answers: exactly the pass mark
        for option_id in view.question.correct:
            button = view.buttons[view.option_order.index(option_id)]
            runner.scroll.ensureWidgetVisible(button)
            # aim at the indicator, as a person does (the row is wider than its text)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    runner.review_button.click()
    assert "4 questions not answered yet: 7, 8, 9, 10" in runner.review_summary.text()
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert runner.result_headline.text().startswith("Score 60/100 · Passed")
    assert "Not answered" in runner.result_view.toPlainText()


def test_close_the_window_mid_quiz_and_resume(window, qtbot, data_dir, clock):
    page = open_quizzes(window, qtbot, "quiz-1")
    page.shuffle.setChecked(True)
    runner = start(page, qtbot)
    chosen = {}
    for _ in range(3):
        view = runner.views[runner.position]
        qtbot.keyClick(view.buttons[0], Qt.Key.Key_2)
        chosen[view.question.id] = view.selected()
        qtbot.keyClick(view.buttons[0], Qt.Key.Key_Right)
    order = [v.question.id for v in runner.views]
    window.close()  # waits for queued writes

    runner2 = TaskRunner()
    again = MainWindow(runner2)
    again.quiet_errors = True
    errors = []
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.ready, timeout=20_000):
        runner2.run(lambda: open_app(data_dir, clock), again.attach, again.failed_to_open)
    again.context.error.connect(errors.append)
    again.context_errors = errors
    page2 = open_quizzes(again, qtbot, "quiz-1")
    assert not errors
    assert page2.start_button.text() == "Resume attempt"
    assert "3 of 10 answered" in page2.info.text()
    resumed = start(page2, qtbot)
    assert [v.question.id for v in resumed.views] == order  # same shuffled order
    assert resumed.position == 3
    for view in resumed.views:
        if view.question.id in chosen:
            assert view.selected() == chosen[view.question.id]
    again.close()


def test_practise_only_the_missed_questions(window, qtbot):
    page = open_quizzes(window, qtbot, "quiz-4")
    runner = start(page, qtbot)
    for i, view in enumerate(runner.views):
        right = i >= 2
        q = view.question
        wanted = q.correct if right else {next(o for o in q.option_ids if o not in q.correct)}
        view.set_selected(list(wanted))
        view.changed.emit(q.id, view.selected())
    runner.show_review()
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert runner.missed_button.isEnabled()
    runner.missed_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.questions_page and len(runner.views) == 2,
                    timeout=5000)
    assert runner.practice_note.isVisible() and "does not count" in runner.practice_note.text()


def test_quiz_runner_at_200_percent_font(window, qtbot, big_font):  # font grows on an open window
    page = open_quizzes(window, qtbot, "quiz-3")
    runner = start(page, qtbot)
    for _ in range(len(runner.views)):
        view = runner.views[runner.position]
        qtbot.waitUntil(lambda: view.isVisible(), timeout=2000)
        for button in view.buttons:  # every option fits across the window at double size
            assert button.sizeHint().width() <= window.width() - 250, button.text()
        assert view.prompt.wordWrap()
        runner.go(runner.position + 1)
    assert not runner.scroll.horizontalScrollBar().isVisible()
    for widget in (runner.prev_button, runner.next_button, runner.review_button, runner.leave_button):
        spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert spoken and spoken.startswith(widget.text().replace("&", ""))  # WCAG 2.5.3: the name starts with the text


def test_the_keys_the_hint_announces_pick_options(window, qtbot):
    """The hint under the questions promises '1–4 or A–D choose'. The keys go where a person's keys
    go (the focused widget of the active window, then the window itself) and pick the option; also
    after Enter has moved to the next question; letters and digits alike."""
    from PySide6.QtWidgets import QApplication
    page = open_quizzes(window, qtbot, "quiz-2")
    runner = start(page, qtbot)
    assert "1–4 or A–D choose" in runner.keys_hint.text()
    assert QApplication.activeWindow() is window
    for n, (key, index) in enumerate([(Qt.Key.Key_B, 1), (Qt.Key.Key_1, 0), (Qt.Key.Key_C, 2), (Qt.Key.Key_2, 1)]):
        assert runner.position == n
        view = runner.views[n]
        target = QApplication.focusWidget() if n % 2 == 0 else window
        qtbot.keyClick(target, key)
        assert view.selected() == [view.option_order[index]], (n, key)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: runner.position == n + 1, timeout=2000)


def test_option_keys_on_one_page_act_on_the_question_tab_has_reached(window, qtbot):
    from PySide6.QtWidgets import QApplication
    page = open_quizzes(window, qtbot, "quiz-3")
    page.mode.setCurrentIndex(1)  # all questions on one page
    runner = start(page, qtbot)
    assert runner.attempt.mode == "all"
    for n in range(3):
        view = runner.views[n]
        for _ in range(8):  # Tab leaves a radio group for the next question's options
            if view.isAncestorOf(QApplication.focusWidget()):
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert view.isAncestorOf(QApplication.focusWidget()), n
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
        assert view.selected() == [view.option_order[1]], n
    assert not any(v.selected() for v in runner.views[3:])
