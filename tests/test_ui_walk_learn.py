"""Walk every state of the learning pages (quizzes, schedule, dashboard, reminders) under a
pseudo-translation and fail on any English left: the walk in test_ui_walk.py looks at each page's
first state only, and the quiz result, the review, practice mode, a resumed attempt, the week view,
reminders and a shifted course were where Spanish and Korean turned half-English.

What the pseudo-translator does not bracket must be course content, data (numbers, times, zone
names) or the product's name; the text of the review and result browsers is read too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextEdit, QWidget

from .test_ui_walk import Pseudo, course_texts, settle, untranslated, visible_texts

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

pytestmark = pytest.mark.ui


class Recording(Pseudo):
    """The pseudo-translator, remembering every (context, source) it was asked for."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return super().translate(context, source, disambiguation, n)


@pytest.fixture
def pseudo(qapp):
    from .test_ui_walk import installed

    yield from installed(qapp, Recording())


def in_translation_files() -> set[tuple[str, str]]:
    root = ET.parse(I18N / "companion_es.ts").getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")}


class Walk:
    """Collects what is still English, state by state."""

    def __init__(self, window, qtbot, translator: Recording):
        self.window, self.qtbot, self.translator = window, qtbot, translator
        self.course = course_texts()
        self.problems: list[str] = []
        self.states: list[str] = []

    def check(self, state: str, *roots: QWidget) -> None:
        settle(self.window, self.qtbot)
        self.states.append(state)
        for root in roots or (self.window.stack.currentWidget(),):
            texts = visible_texts(root)
            texts += [("text", w.toPlainText()) for w in root.findChildren(QTextEdit) if w.isVisibleTo(root)]
            for kind, text in texts:
                words = untranslated(text, self.course)
                if words:
                    self.problems.append(f"{state}: {kind}: {text!r} -> {' '.join(words)}")

    def assert_clean(self) -> None:
        problems = sorted(set(self.problems))
        assert not problems, "English left in these states:\n" + "\n".join(problems)
        # every string shown was seen by lupdate (a translate() call inside an f-string is not)
        unseen = sorted(f"{c}: {s}" for c, s in self.translator.asked - in_translation_files()
                        if c in ("ui", "domain") and s)
        assert not unseen, "translated at run time but missing from the .ts files:\n" + "\n".join(unseen)


@pytest.fixture
def walk(pseudo, window, qtbot):
    return Walk(window, qtbot, pseudo)


def quizzes(walk, quiz_id: str):
    walk.window.go_to("quizzes", quiz_id)
    page = walk.window.pages["quizzes"]
    walk.qtbot.waitUntil(lambda: page.current is not None and page.current.quiz.id == quiz_id, timeout=5000)
    return page


def start(walk, page):
    page.start_button.click()
    walk.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner and bool(page.runner.views), timeout=5000)
    return page.runner


def answer_all(runner, right: bool, count: int | None = None) -> None:
    for view in runner.views[:count]:
        q = view.question
        wanted = q.correct if right else {next(o for o in q.option_ids if o not in q.correct)}
        view.set_selected(list(wanted))
        view.changed.emit(q.id, view.selected())


def submit(walk, runner) -> None:
    runner.show_review()
    runner.submit_button.click()
    walk.qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)


def test_a_quiz_failed_then_passed_and_reviewed(walk):
    page = quizzes(walk, "quiz-2")
    walk.check("quiz list", page)
    runner = start(walk, page)
    walk.check("first question", page)
    answer_all(runner, right=False)
    runner.show_review()
    walk.check("review before submitting", page)
    submit(walk, runner)
    assert runner.result_view.toPlainText().count("⟦your answer⟧") >= 10  # the walk saw the result
    walk.check("result: not passed", page)
    runner.again_button.click()
    walk.qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.questions_page
                         and not any(v.selected() for v in runner.views), timeout=5000)
    answer_all(runner, right=True)
    submit(walk, runner)
    walk.check("result: passed", page)
    runner.done_button.click()
    walk.qtbot.waitUntil(lambda: page.history_model.rowCount() == 2, timeout=5000)
    walk.check("quiz list with history", page)
    page.history.selectRow(0)
    page.review_button.click()
    walk.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner, timeout=5000)
    walk.check("an earlier attempt reviewed", page)
    walk.assert_clean()


def test_unanswered_questions_a_resumed_attempt_and_missed_questions(walk):
    page = quizzes(walk, "quiz-3")
    page.mode.setCurrentIndex(page.mode.findData("all"))
    runner = start(walk, page)
    walk.check("all questions on one page", page)
    answer_all(runner, right=True, count=3)
    runner.show_review()
    assert "⟦7 questions not answered yet" in runner.review_summary.text()
    walk.check("review with unanswered questions", page)
    submit(walk, runner)
    walk.check("result with unanswered questions", page)
    runner.missed_button.click()
    walk.qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.questions_page
                         and len(runner.views) == 7, timeout=5000)
    walk.check("practising the missed questions", page)

    page = quizzes(walk, "quiz-1")
    page.mode.setCurrentIndex(page.mode.findData("one_by_one"))
    runner = start(walk, page)
    answer_all(runner, right=True, count=2)
    runner.leave_button.click()
    walk.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.overview_page
                         and page.current is not None and page.current.open_attempt is not None, timeout=5000)
    walk.check("an attempt waiting to be resumed", page)
    runner = start(walk, page)
    walk.check("a resumed attempt", page)
    walk.assert_clean()


def test_practice_mode_after_the_deadline(walk, clock):
    clock.set(datetime(2023, 8, 30, 12, 0, tzinfo=timezone.utc))  # every deadline has passed; the course ended
    page = quizzes(walk, "quiz-4")
    page.refresh()
    walk.qtbot.waitUntil(lambda: page.current is not None and page.current.past_due, timeout=5000)
    walk.check("quiz list after the deadline", page)
    runner = start(walk, page)
    assert runner.practice_note.isVisible()
    walk.check("a practice attempt", page)
    answer_all(runner, right=True)
    submit(walk, runner)
    walk.check("a practice result", page)
    walk.window.go_to("schedule", None)
    walk.check("schedule after the course", walk.window.pages["schedule"])
    walk.assert_clean()


def test_schedule_week_and_agenda_with_reminders_due(walk, clock):
    window = walk.window
    clock.set(datetime(2023, 7, 13, 6, 50, tzinfo=timezone.utc))  # ten minutes before a live session
    window.go_to("schedule", None)
    page = window.pages["schedule"]
    page.refresh()
    window.reminders.check()
    walk.qtbot.waitUntil(lambda: window.reminder_bar.isVisible(), timeout=5000)
    walk.check("agenda with a reminder", page, window.reminder_bar)
    page.view.setCurrentIndex(page.view.findData("week"))
    assert page.week_label.isVisible() and page.week_label.text().startswith("⟦Week of")
    walk.check("this week", page)
    page.next_week.click()
    page.next_week.click()
    page.next_week.click()
    assert "nothing scheduled" in page.week_label.text()
    walk.check("a week with nothing scheduled", page)
    page.view.setCurrentIndex(page.view.findData("agenda"))
    page.select("orientation")
    walk.check("a session selected", page)
    while window.reminder_bar.current is not None:  # read them all
        window.reminder_bar.close_button.click()
    clock.set(datetime(2023, 7, 20, 7, 20, tzinfo=timezone.utc))  # the computer slept through a reminder
    window.reminders.check()
    walk.qtbot.waitUntil(lambda: window.reminder_bar.current is not None and window.reminder_bar.current.missed,
                         timeout=5000)
    walk.check("a missed reminder", window.reminder_bar)
    walk.assert_clean()


def test_dashboard_before_and_after_shifting_the_course(walk, clock):
    window = walk.window
    dash = window.pages["dashboard"]
    window.go_to("dashboard", None)
    walk.check("dashboard during the course", dash)
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=timezone.utc))
    dash.refresh()
    walk.qtbot.waitUntil(lambda: dash.banner.isVisible() and dash.banner_button.isVisible(), timeout=5000)
    walk.check("dashboard of a course that has ended", dash)
    dash.banner_button.click()
    walk.qtbot.waitUntil(lambda: dash.data is not None and dash.data.status.course.shift_weeks > 0, timeout=5000)
    walk.check("dashboard of a shifted course", dash)
    window.go_to("schedule", None)
    walk.check("schedule of a shifted course", window.pages["schedule"])
    window.go_to("dashboard", None)
    dash.banner_button.click()
    walk.qtbot.waitUntil(lambda: dash.data is not None and dash.data.status.course.shift_weeks == 0, timeout=5000)
    walk.check("dashboard back at the published dates", dash)
    walk.assert_clean()


def test_the_walk_catches_english(walk):
    """Not vacuous: an English label on a quiz page is reported."""
    from companion.ui.widgets import label

    page = quizzes(walk, "quiz-1")
    stray = label("Not passed yet")
    page.layout().addWidget(stray)
    walk.check("with a stray label", page)
    assert any("Not passed yet" in p for p in walk.problems)
    stray.deleteLater()


def test_the_walk_catches_strings_lupdate_never_saw(walk):
    from companion.domain.i18n import translate

    page = quizzes(walk, "quiz-1")
    walk.check("quiz list", page)
    assert ("ui", "Quizzes") in walk.translator.asked
    walk.assert_clean()
    assert translate("ui", "A sentence written inside an f-string") == "⟦A sentence written inside an f-string⟧"
    with pytest.raises(AssertionError, match="missing from the .ts files"):
        walk.assert_clean()
