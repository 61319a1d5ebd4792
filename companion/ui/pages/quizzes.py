"""Quizzes: the list with best scores, each quiz's attempt history, and the runner."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from companion.domain.i18n import number, translate
from companion.ui.pages import TITLES
from companion.domain.timefmt import instant_line, moment, your_time
from companion.services.quizzes import ALL_ON_ONE_PAGE, ONE_BY_ONE, QuizOverview
from companion.domain.records import AttemptRecord

from .. import context as ctx
from .. import ops
from ..models import Column, RowModel
from ..ops import quizzes as quiz_ops
from ..widgets import Card, CurrentStack, FlowLayout, field_label, label, make_table, page_layout, page_scroller, page_title
from .quiz_runner import QuizRunner, score_text


def _quiz_state(o: QuizOverview) -> str:
    if o.passed:
        return "done"
    return "overdue" if o.past_due else ""


def _quiz_status(o: QuizOverview) -> str:
    if o.passed:
        return translate("ui", "Passed · best {0}").format(score_text(o.best_score))
    if o.open_attempt:
        return translate("ui", "In progress")
    if o.best_score is not None:
        return translate("ui", "Best {0}, below {1}").format(score_text(o.best_score), score_text(o.quiz.pass_score))
    return translate("ui", "Overdue: practice only") if o.past_due else translate("ui", "Not attempted")


def _attempt_result(a: AttemptRecord) -> str:
    if a.practice:
        return translate("ui", "Passed (practice)") if a.passed else translate("ui", "Not passed (practice)")
    return translate("ui", "Passed") if a.passed else translate("ui", "Not passed")


class QuizzesPage(QWidget):
    title = TITLES["quizzes"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course = None
        self.current: QuizOverview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = CurrentStack()
        outer.addWidget(self.stack)

        overview = QWidget()
        layout = page_layout(overview)
        layout.addWidget(page_title(translate("ui", "Quizzes")))
        layout.addWidget(label(translate("ui", "Each lecture has a quiz of 10 questions. Take it offline; you see your score and "
                               "the correct answers at once, and you may try again."), object_name="muted"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.model: RowModel[QuizOverview] = RowModel(
            [Column(translate("ui", "Quiz"), lambda o: o.quiz.title), Column(translate("ui", "Status"), _quiz_status),
             Column(translate("ui", "Attempts"), lambda o: number(len(o.attempts))),
             Column(translate("ui", "Due"), lambda o: self._due(o))],
            key=lambda o: o.quiz.id, state=_quiz_state)
        self.table = make_table(self.model, translate("ui", "Quizzes"), empty=translate("ui", "This course has no quizzes."))
        self.table.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.table.activated.connect(lambda _idx: self._start())
        split.addWidget(self.table)

        self.card = Card(translate("ui", "Selected quiz"))
        # how to take it and the buttons first in the card, right below the list of quizzes (made in
        # the order seen: that is the Tab order)
        options = FlowLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("ui", "One question at a time"), ONE_BY_ONE)
        self.mode.addItem(translate("ui", "All questions on one page"), ALL_ON_ONE_PAGE)
        mode_label = field_label(translate("ui", "Show questions:"), self.mode, translate("ui", "How to show the questions"))
        self.shuffle = QCheckBox(translate("ui", "Shuffle questions and options"))
        self.shuffle.setAccessibleDescription(translate("ui", "Shuffle questions and options in the next attempt"))
        self.start_button = QPushButton(translate("ui", "Start quiz"))
        self.start_button.setAccessibleDescription(translate("ui", "Start or resume the selected quiz"))
        self.start_button.clicked.connect(self._start)
        self.restart_button = QPushButton(translate("ui", "Start over"))
        self.restart_button.setAccessibleDescription(translate("ui", "Discard the unfinished attempt and start a new one"))
        self.restart_button.clicked.connect(self._restart)
        for w in (mode_label, self.mode, self.shuffle, self.start_button, self.restart_button):
            options.addWidget(w)
        self.card.body.addLayout(options)
        self.info = label(selectable=True)
        self.card.body.addWidget(self.info)
        self.history_model: RowModel[AttemptRecord] = RowModel(
            [Column(translate("ui", "Attempt"), lambda a: self._attempt_number(a)),
             Column(translate("ui", "Result"), _attempt_result),
             Column(translate("ui", "Score"), lambda a: f"{score_text(a.score)}/100" if a.score is not None else "—"),
             Column(translate("ui", "Finished"), lambda a: moment(a.finished_at, self.ctx.user_tz) if a.finished_at else "")],
            key=lambda a: a.id, state=lambda a: "done" if a.passed else "overdue", dim=lambda a: a.practice)
        self.history = make_table(self.history_model, translate("ui", "Attempt history"), stretch=(0, 1, 2, 3),
                                  empty=translate("ui", "No attempts yet. Start the quiz: your score and the correct "
                                                        "answers show at once."), compact=True)
        self.history.activated.connect(lambda _i: self._review_selected())
        self.card.body.addWidget(self.history)
        self.review_button = QPushButton(translate("ui", "Review selected attempt"))  # the history's own action
        self.review_button.setAccessibleDescription(translate("ui", "Review the answers of the selected attempt"))
        self.review_button.clicked.connect(self._review_selected)
        history_actions = FlowLayout()
        history_actions.addWidget(self.review_button)
        self.card.body.addLayout(history_actions)
        self.card.body.addStretch(1)
        self._card_scroller = page_scroller(self.card)  # held from Python: see widgets.page_scroller
        split.addWidget(self._card_scroller)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
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
        context.changed.connect(self._changed)

    # ---- overview ----
    def _due(self, o: QuizOverview) -> str:
        if not o.quiz.due:
            return translate("ui", "No deadline")
        return your_time(o.quiz.due.instant(), self.ctx.user_tz, o.quiz.due.time_zone)

    def _attempt_number(self, a: AttemptRecord) -> str:
        rows = self.history_model.rows
        return f"#{number(rows.index(a) + 1)}" if a in rows else ""

    def _changed(self, flags: frozenset) -> None:
        # an attempt in progress shows only in the runner; the list learns of it when the runner closes
        if flags & {ctx.COURSE, ctx.QUIZ, ctx.SETTINGS}:
            self.refresh()
        shown = self.runner.result_page.graded
        if ctx.OUTBOX in flags and shown is not None and shown.submission_id:  # a sync moved the result shown
            ops.run(self.ctx, quiz_ops.delivery, shown.submission_id).success(
                lambda state: self.runner.result_page.show_delivery(state)
                if self.runner.result_page.graded is shown else None).run()

    def refresh(self) -> None:
        ops.run(self.ctx, quiz_ops.list_quizzes, self.ctx.course_id).success(self._loaded).run()

    def _loaded(self, data: quiz_ops.QuizList) -> None:
        overviews = data.overviews
        key = self.current.quiz.id if self.current else None
        self.model.set_rows(overviews)
        self.shuffle.setChecked(data.shuffle)
        self.mode.setCurrentIndex(max(0, self.mode.findData(data.mode)))
        row = self.model.row_of_key(key) if key else 0
        if overviews:
            self.table.selectRow(max(row, 0))
            self._show(max(row, 0))

    def select(self, quiz_id: str) -> None:
        row = self.model.row_of_key(quiz_id)
        if row >= 0:
            self.stack.setCurrentWidget(self.overview_page)
            self.table.selectRow(row)

    def show_hit(self, hit) -> None:
        """A search hit in a quiz: the quiz, and its question in the latest review when there is one."""
        self.select(hit.item_id)
        if self.current is not None and self.current.quiz.id == hit.item_id and self.current.attempts:
            self.history.clearSelection()
            self.history.setCurrentIndex(self.history_model.index(len(self.history_model.rows) - 1, 0))
            self._review_selected(lambda: self.runner.result_view.find(hit.title))

    def _show(self, row: int) -> None:
        o = self.model.row_object(row)
        self.current = o
        if o is None:
            return
        q = o.quiz
        attempts = (translate("ui", "any number of attempts") if q.max_attempts is None
                    else translate("ui", "{0} of {1} attempts left").format(number(o.attempts_left), number(q.max_attempts)))
        lines = [q.title, translate("ui", "%n question(s) · pass mark {0}/100 · {1}", None, len(q.questions)).format(
            score_text(q.pass_score), attempts)]
        if q.due:
            lines.append(translate("ui", "Due {0}").format(instant_line(q.due.instant(), self.ctx.user_tz,
                                                                        q.due.time_zone)))
        if o.past_due:
            lines.append(translate("ui", "The deadline has passed: you can still practise, and attempts are "
                                         "recorded as practice."))
        if o.best_score is not None:
            lines.append(translate("ui", "Best score: {0}/100 (passed)").format(score_text(o.best_score)) if o.passed
                         else translate("ui", "Best score: {0}/100 (not passed yet)").format(score_text(o.best_score)))
        if o.open_attempt:
            n = len([v for v in o.open_attempt.answers.values() if v])
            lines.append(translate("ui", "An unfinished attempt is waiting: {0} of {1} answered.").format(
                number(n), number(len(o.open_attempt.only_questions or q.questions))))
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
            ops.run(self.ctx, quiz_ops.restart_attempt, self.ctx.course_id, self.current.quiz.id,
                    self.current.open_attempt.id, self.shuffle.isChecked(), self.mode.currentData()
                    ).success(self._show_sitting).run()

    def _retry_missed(self, attempt_id: str) -> None:
        if self.runner.quiz:
            self._begin(self.runner.quiz.id, attempt_id)

    def _begin(self, quiz_id: str, missed_from: str | None) -> None:
        ops.run(self.ctx, quiz_ops.start_attempt, self.ctx.course_id, quiz_id, self.shuffle.isChecked(),
                self.mode.currentData(), missed_from).success(self._show_sitting).run()

    def _show_sitting(self, sitting: quiz_ops.Sitting) -> None:
        self.runner.user_tz = self.ctx.user_tz
        self.runner.start(sitting)
        self.stack.setCurrentWidget(self.runner)

    def _answer(self, attempt_id: str, question_id: str, selected: list) -> None:
        ops.run(self.ctx, quiz_ops.answer, attempt_id, question_id, list(selected)).run()

    def _moved(self, attempt_id: str, position: int) -> None:
        ops.run(self.ctx, quiz_ops.move, attempt_id, position).run()

    def _submit(self, attempt_id: str) -> None:
        ops.run(self.ctx, quiz_ops.finish_attempt, attempt_id).success(self._show_graded).run()

    def _show_graded(self, graded: quiz_ops.Graded) -> None:
        self.runner.user_tz = self.ctx.user_tz
        self.runner.show_result(graded)
        self.stack.setCurrentWidget(self.runner)

    def _review_selected(self, then=None) -> None:
        attempt = self.history_model.row_object(self.history.currentIndex().row())
        if attempt is None and self.history_model.rows:
            attempt = self.history_model.rows[-1]
        if attempt is None:
            return

        def show(graded: quiz_ops.Graded) -> None:
            self._show_graded(graded)
            if callable(then):  # (a button's clicked signal passes a bool here)
                then()

        ops.run(self.ctx, quiz_ops.review_attempt, attempt).success(show).run()

    def _back(self) -> None:
        self.stack.setCurrentWidget(self.overview_page)
        self.refresh()

    def leave_running_quiz(self) -> None:
        if self.stack.currentWidget() is self.runner:
            self._back()
