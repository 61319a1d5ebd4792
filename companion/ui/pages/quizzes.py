"""Quizzes: the list with best scores, each quiz's attempt history, and the runner."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QPushButton, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from companion.domain.i18n import QT_TRANSLATE_NOOP, translate
from companion.domain.timefmt import due_line, moment, your_time
from companion.services.quizzes import ALL_ON_ONE_PAGE, ONE_BY_ONE, QuizOverview
from companion.services.settings import QUIZ_MODE, QUIZ_SHUFFLE
from companion.domain.records import AttemptRecord

from .. import context as ctx
from ..models import Column, RowModel
from ..widgets import Card, label, make_table, page_title
from .quiz_runner import QuizRunner


def _quiz_state(o: QuizOverview) -> str:
    if o.passed:
        return "done"
    return "overdue" if o.past_due else ""


def _quiz_status(o: QuizOverview) -> str:
    if o.passed:
        return translate("ui", "Passed · best {0:g}").format(o.best_score)
    if o.open_attempt:
        return translate("ui", "In progress")
    if o.best_score is not None:
        return translate("ui", "Best {0:g}, below {1:g}").format(o.best_score, o.quiz.pass_score)
    return translate("ui", "Overdue: practice only") if o.past_due else translate("ui", "Not attempted")


class QuizzesPage(QWidget):
    title = QT_TRANSLATE_NOOP("ui", "Quizzes")

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course = None
        self.current: QuizOverview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_title(translate("ui", "Quizzes")))
        layout.addWidget(label(translate("ui", "Each lecture has a quiz of 10 questions. Take it offline; you see your score and "
                               "the correct answers at once, and you may try again."), object_name="muted"))
        split = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(split, 1)
        self.model: RowModel[QuizOverview] = RowModel(
            [Column(translate("ui", "Quiz"), lambda o: o.quiz.title), Column(translate("ui", "Status"), _quiz_status),
             Column(translate("ui", "Attempts"), lambda o: str(len(o.attempts))),
             Column(translate("ui", "Due"), lambda o: self._due(o))],
            key=lambda o: o.quiz.id, state=_quiz_state)
        self.table = make_table(self.model, translate("ui", "Quizzes"))
        self.table.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.table.activated.connect(lambda _idx: self._start())
        split.addWidget(self.table)

        self.card = Card(translate("ui", "Selected quiz"))
        self.info = label(selectable=True)
        self.card.body.addWidget(self.info)
        options = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("ui", "One question at a time"), ONE_BY_ONE)
        self.mode.addItem(translate("ui", "All questions on one page"), ALL_ON_ONE_PAGE)
        self.mode.setAccessibleName(translate("ui", "How to show the questions"))
        self.shuffle = QCheckBox(translate("ui", "Shuffle questions and options"))
        self.shuffle.setAccessibleName(translate("ui", "Shuffle questions and options in the next attempt"))
        options.addWidget(self.mode)
        options.addWidget(self.shuffle)
        options.addStretch(1)
        self.card.body.addLayout(options)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(translate("ui", "Start quiz"))
        self.start_button.setAccessibleName(translate("ui", "Start or resume the selected quiz"))
        self.start_button.clicked.connect(self._start)
        self.restart_button = QPushButton(translate("ui", "Start over"))
        self.restart_button.setAccessibleName(translate("ui", "Discard the unfinished attempt and start a new one"))
        self.restart_button.clicked.connect(self._restart)
        self.review_button = QPushButton(translate("ui", "Review selected attempt"))
        self.review_button.setAccessibleName(translate("ui", "Review the answers of the selected attempt"))
        self.review_button.clicked.connect(self._review_selected)
        for b in (self.start_button, self.restart_button, self.review_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.card.body.addLayout(buttons)
        self.history_model: RowModel[AttemptRecord] = RowModel(
            [Column(translate("ui", "Attempt"), lambda a: self._attempt_number(a)),
             Column(translate("ui", "Result"), lambda a: ("Passed" if a.passed else "Not passed") + (" (practice)" if a.practice else "")),
             Column(translate("ui", "Score"), lambda a: f"{a.score:g}/100" if a.score is not None else "—"),
             Column(translate("ui", "Finished"), lambda a: moment(a.finished_at, self.ctx.user_tz) if a.finished_at else "")],
            key=lambda a: a.id, state=lambda a: "done" if a.passed else "overdue", dim=lambda a: a.practice)
        self.history = make_table(self.history_model, translate("ui", "Attempt history"), stretch=(0, 1, 2, 3))
        self.history.activated.connect(lambda _i: self._review_selected())
        self.card.body.addWidget(self.history, 1)
        split.addWidget(self.card)
        split.setSizes([260, 420])
        self.stack.addWidget(overview)
        self.overview_page = overview

        self.runner = QuizRunner()
        self.stack.addWidget(self.runner)
        self.runner.answered.connect(self._answer)
        self.runner.moved.connect(self._moved)
        self.runner.submit_requested.connect(self._submit)
        self.runner.closed.connect(self._back)
        self.runner.retry_requested.connect(lambda quiz_id: self._begin(quiz_id, None))
        self.runner.retry_missed_requested.connect(self._retry_missed)
        context.changed.connect(lambda flags: self.refresh() if flags & {ctx.COURSE, ctx.QUIZ} else None)

    # ---- overview ----
    def _due(self, o: QuizOverview) -> str:
        if not o.quiz.due:
            return "No deadline"
        return your_time(o.quiz.due.instant(), self.ctx.user_tz, o.quiz.due.time_zone)

    def _attempt_number(self, a: AttemptRecord) -> str:
        rows = self.history_model.rows
        return f"#{rows.index(a) + 1}" if a in rows else ""

    def refresh(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id

        def load():
            return (app.quizzes.overviews(course_id), app.settings.get(QUIZ_SHUFFLE), app.settings.get(QUIZ_MODE))

        self.ctx.run(load, self._loaded)

    def _loaded(self, data) -> None:
        overviews, shuffle, mode = data
        key = self.current.quiz.id if self.current else None
        self.model.set_rows(overviews)
        self.shuffle.setChecked(bool(shuffle))
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        row = self.model.row_of_key(key) if key else 0
        if overviews:
            self.table.selectRow(max(row, 0))
            self._show(max(row, 0))

    def select(self, quiz_id: str) -> None:
        row = self.model.row_of_key(quiz_id)
        if row >= 0:
            self.stack.setCurrentWidget(self.overview_page)
            self.table.selectRow(row)

    def _show(self, row: int) -> None:
        o = self.model.row_object(row)
        self.current = o
        if o is None:
            return
        q = o.quiz
        attempts = (translate("ui", "any number of attempts") if q.max_attempts is None
                    else translate("ui", "{0} of {1} attempts left").format(o.attempts_left, q.max_attempts))
        lines = [q.title, translate("ui", "{0} questions · pass mark {1:g}/100 · {2}").format(
            len(q.questions), q.pass_score, attempts)]
        if q.due:
            lines.append(translate("ui", "Due {0}").format(due_line(q.due.instant(), self.ctx.user_tz, q.due.time_zone)))
        if o.past_due:
            lines.append(translate("ui", "The deadline has passed: you can still practise, and attempts are "
                                         "recorded as practice."))
        if o.best_score is not None:
            lines.append(translate("ui", "Best score: {0:g}/100 (passed)").format(o.best_score) if o.passed
                         else translate("ui", "Best score: {0:g}/100 (not passed yet)").format(o.best_score))
        if o.open_attempt:
            n = len([v for v in o.open_attempt.answers.values() if v])
            lines.append(translate("ui", "An unfinished attempt is waiting: {0} of {1} answered.").format(
                n, len(o.open_attempt.only_questions or q.questions)))
        self.info.setText("\n".join(lines))
        self.start_button.setText(translate("ui", "Resume attempt") if o.open_attempt else
                                  (translate("ui", "Practise") if o.past_due else (translate("ui", "Try again") if o.attempts else translate("ui", "Start quiz"))))
        self.restart_button.setVisible(o.open_attempt is not None)
        self.history_model.set_rows(o.attempts)
        self.review_button.setEnabled(bool(o.attempts))

    # ---- running ----
    def _start(self) -> None:
        if self.current:
            self._begin(self.current.quiz.id, None)

    def _restart(self) -> None:
        if self.current and self.current.open_attempt:
            app, attempt_id, quiz_id = self.ctx.app, self.current.open_attempt.id, self.current.quiz.id
            self.ctx.run(lambda: app.quizzes.discard(attempt_id), lambda _r: self._begin(quiz_id, None))

    def _retry_missed(self, attempt_id: str) -> None:
        if self.runner.quiz:
            self._begin(self.runner.quiz.id, attempt_id)

    def _begin(self, quiz_id: str, missed_from: str | None) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        shuffle, mode = self.shuffle.isChecked(), self.mode.currentData()

        def work():
            app.settings.set(QUIZ_SHUFFLE, shuffle)
            app.settings.set(QUIZ_MODE, mode)
            attempt = app.quizzes.start(course_id, quiz_id, shuffle=shuffle, mode=mode, only_missed_from=missed_from)
            return (app.quizzes.quiz(course_id, quiz_id), attempt, app.quizzes.order(attempt),
                    app.quizzes.practice_reason(course_id, quiz_id))

        def show(data) -> None:
            quiz, attempt, order, reason = data
            self.runner.user_tz = self.ctx.user_tz
            self.runner.start(quiz, attempt, order, reason)
            self.stack.setCurrentWidget(self.runner)

        self.ctx.run(work, show)

    def _answer(self, attempt_id: str, question_id: str, selected: list) -> None:
        app = self.ctx.app
        self.ctx.run(lambda: app.quizzes.answer(attempt_id, question_id, list(selected)))

    def _moved(self, attempt_id: str, position: int) -> None:
        app = self.ctx.app
        self.ctx.run(lambda: app.quizzes.move(attempt_id, position))

    def _submit(self, attempt_id: str) -> None:
        app = self.ctx.app

        def work():
            finished = app.quizzes.finish(attempt_id)
            attempt = finished.attempt
            return (app.quizzes.quiz(attempt.course_id, attempt.quiz_id), finished, app.quizzes.order(attempt))

        def show(data) -> None:
            quiz, finished, order = data
            self.runner.user_tz = self.ctx.user_tz
            self.runner.show_result(quiz, finished.attempt, finished.result, order, finished.submission_id is not None)

        self.ctx.mutate(work, {ctx.QUIZ, ctx.OUTBOX}, show)

    def _review_selected(self) -> None:
        attempt = self.history_model.row_object(self.history.currentIndex().row())
        if attempt is None and self.history_model.rows:
            attempt = self.history_model.rows[-1]
        if attempt is None:
            return
        app = self.ctx.app

        def work():
            return (app.quizzes.quiz(attempt.course_id, attempt.quiz_id), app.quizzes.result(attempt),
                    app.quizzes.order(attempt))

        def show(data) -> None:
            quiz, result, order = data
            self.runner.user_tz = self.ctx.user_tz
            self.runner.show_result(quiz, attempt, result, order, False)
            self.stack.setCurrentWidget(self.runner)

        self.ctx.run(work, show)

    def _back(self) -> None:
        self.stack.setCurrentWidget(self.overview_page)
        self.refresh()

    def leave_running_quiz(self) -> None:
        if self.stack.currentWidget() is self.runner:
            self._back()
