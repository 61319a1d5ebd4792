"""Review: today's questions from every quiz (or one course), spaced by FSRS, keyboard first.

1-9 pick an option, Enter checks; after the feedback 1-4 choose Again/Hard/Good/Easy (the grade
inferred from correctness and time is pre-selected, and the page says whether it was chosen or
inferred), Space (or Enter) saves it and shows the next question. Reviews change only the review
cards: never a quiz score or the certificate checklist.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QPushButton,
                               QRadioButton, QStackedWidget, QTimeEdit, QVBoxLayout, QWidget)

from companion.domain.i18n import number, translate
from companion.ui.pages import TITLES

from .. import context as ctx
from .. import ops, theme
from ..ops import review as review_ops
from ..widgets import Card, FlowLayout, field_label, label, page_layout, page_title, speak_after_text

EVERY_COURSE, THIS_COURSE = "all", "course"


def rating_word(rating: int) -> str:
    return {1: translate("ui", "Again"), 2: translate("ui", "Hard"), 3: translate("ui", "Good"),
            4: translate("ui", "Easy")}[rating]


def due_line(due: int, minutes: int) -> str:
    return translate("ui", "%n question(s) to review today, about {0} minute(s)", None, due).format(number(minutes))


class ReviewPage(QWidget):
    title = TITLES["review"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.state: review_ops.ReviewState | None = None
        self.checked = None
        self.rating: int | None = None  # chosen by the participant (None: the inferred one)
        self.shown_at = 0.0
        self.seconds = 0.0
        self.done = 0
        layout = page_layout(self)
        layout.addWidget(page_title(translate("ui", "Review")))
        layout.addWidget(label(translate("ui", "Questions you answered in quizzes come back here when you are about to "
                                               "forget them; the ones you missed come first. Reviews never change "
                                               "your quiz scores."), object_name="muted"))
        top = FlowLayout()
        self.scope = QComboBox()
        self.scope.addItem(translate("ui", "Every course"), EVERY_COURSE)
        self.scope.addItem(translate("ui", "This course only"), THIS_COURSE)
        scope_label = field_label(translate("ui", "Questions from:"), self.scope, translate("ui", "Which questions to review"))
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stats_button = QPushButton(translate("ui", "Statistics"))
        speak_after_text(self.stats_button, translate("ui", "Show review statistics"))
        self.stats_button.clicked.connect(self.show_stats)
        self.summary = label(object_name="muted")
        self.remind = QCheckBox(translate("ui", "Remind me every day at"))
        speak_after_text(self.remind, translate("ui", "Remind me to review every day"))
        self.remind_at = QTimeEdit(QTime(19, 0))
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setAccessibleName(translate("ui", "Time of the daily review reminder (your time zone)"))
        self.remind.toggled.connect(lambda _on: self._save_reminder())
        self.remind_at.editingFinished.connect(self._save_reminder)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.stats_button)
        top.addWidget(self.remind)
        top.addWidget(self.remind_at)
        top.addWidget(self.summary)
        top.addStretch(1)
        layout.addLayout(top)

        self.views = QStackedWidget()
        layout.addWidget(self.views, 1)
        # nothing due
        self.empty = Card(translate("ui", "Nothing to review today"))
        self.empty_text = label(translate("ui", "Questions you answer in quizzes come back here when they are due. "
                                                "Take or practise a quiz, then come back tomorrow."))
        self.empty.body.addWidget(self.empty_text)
        self.empty.body.addStretch(1)
        self.views.addWidget(self.empty)
        # a question
        self.question_card = Card(translate("ui", "Question"))
        self.where = label(object_name="muted")
        self.prompt = label(selectable=True)
        theme.set_font_role(self.prompt, "title")
        self.options_box = QVBoxLayout()
        self.question_card.body.addWidget(self.where)
        self.question_card.body.addWidget(self.prompt)
        self.question_card.body.addLayout(self.options_box)
        self.keys_hint = label(translate("ui", "Keys: 1-9 choose an option, Enter checks."), object_name="muted")
        self.check_button = QPushButton(translate("ui", "Check"))
        self.check_button.setAccessibleName(translate("ui", "Check the answer"))
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.keys_hint, 1)
        self.question_card.body.addLayout(row)
        self.question_card.body.addStretch(1)
        self.views.addWidget(self.question_card)
        self.option_buttons: list[QAbstractButton] = []
        self.option_group = QButtonGroup(self)
        # feedback
        self.feedback = Card(translate("ui", "Answer"))
        self.verdict = label()
        theme.set_font_role(self.verdict, "title")
        self.answer_text = label(selectable=True)
        self.explanation = label(selectable=True)
        self.grade_text = label()
        self.feedback.body.addWidget(self.verdict)
        self.feedback.body.addWidget(self.answer_text)
        self.feedback.body.addWidget(self.explanation)
        self.feedback.body.addWidget(self.grade_text)
        grades = FlowLayout()
        self.grade_group = QButtonGroup(self)
        self.grade_group.setExclusive(True)
        self.grade_buttons = {}
        for r in (1, 2, 3, 4):
            b = QPushButton(f"{r} {rating_word(r)}")
            b.setCheckable(True)
            b.setAccessibleName(translate("ui", "Grade this review {0}").format(rating_word(r)))
            b.clicked.connect(lambda _c=False, r=r: self.choose(r))
            self.grade_group.addButton(b, r)
            self.grade_buttons[r] = b
            grades.addWidget(b)
        grades.addStretch(1)
        self.feedback.body.addLayout(grades)
        self.next_button = QPushButton(translate("ui", "Save and next"))
        self.next_button.setAccessibleName(translate("ui", "Save the grade and show the next question"))
        self.next_button.clicked.connect(self.next)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addWidget(label(translate("ui", "Keys: 1-4 choose a grade, Space saves it and goes on."),
                            object_name="muted"), 1)
        self.feedback.body.addLayout(row)
        self.feedback.body.addStretch(1)
        self.views.addWidget(self.feedback)
        # finished
        self.finished = Card(translate("ui", "Done for today"))
        self.finished_text = label()
        self.finished.body.addWidget(self.finished_text)
        self.finished.body.addStretch(1)
        self.views.addWidget(self.finished)
        # statistics (made when first shown: Qt Charts is loaded only then)
        self.stats_view: QWidget | None = None

        for n in range(1, 10):
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self._number(n),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self._enter, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.changed.connect(self._changed)

    # ---- loading ----
    def course_scope(self) -> str | None:
        return self.ctx.course_id if self.scope.currentData() == THIS_COURSE else None

    def _changed(self, flags: frozenset) -> None:
        # a review given here already shows its next question; a finished quiz or another course is reloaded
        if flags & {ctx.COURSE, ctx.QUIZ, ctx.SETTINGS} and self.views.currentWidget() is not self.feedback:
            self.refresh()

    def refresh(self) -> None:
        ops.run(self.ctx, review_ops.review_state, self.course_scope()).success(self._show_state).run()
        ops.run(self.ctx, review_ops.reminder_time).success(self._show_reminder).run()

    def _show_reminder(self, value: str | None) -> None:
        self.remind.blockSignals(True)
        self.remind.setChecked(value is not None)
        self.remind.blockSignals(False)
        if value:
            hours, minutes = (int(p) for p in value.split(":"))
            self.remind_at.setTime(QTime(hours, minutes))

    def _save_reminder(self) -> None:
        value = self.remind_at.time().toString("HH:mm") if self.remind.isChecked() else None
        ops.run(self.ctx, review_ops.set_reminder_time, value).run()

    def _show_state(self, state: review_ops.ReviewState) -> None:
        self.state = state
        s = state.summary
        self.summary.setText(due_line(s.due, s.minutes) if s.due else "")
        if state.item is None:
            if self.done:
                self.finished_text.setText(translate("ui", "You reviewed %n question(s). Nothing else is due today; "
                                                           "the next ones come back when you are about to forget "
                                                           "them.", None, self.done))
                self.views.setCurrentWidget(self.finished)
            else:
                self.empty_text.setText(
                    translate("ui", "Questions you answer in quizzes come back here when they are due. Take or "
                                    "practise a quiz, then come back tomorrow.") if s.cards == 0 else
                    translate("ui", "You are up to date: %n question(s) wait for later days.", None, s.cards))
                self.views.setCurrentWidget(self.empty)
            return
        self._show_question(state.item)

    def _show_question(self, item) -> None:
        q = item.question
        missed = translate("ui", " · missed last time") if item.card.missed else ""
        self.where.setText(f"{item.course_title} · {item.quiz.title}{missed}")
        self.prompt.setText(q.prompt)
        for b in self.option_buttons:
            self.option_group.removeButton(b)
            b.deleteLater()
        self.option_buttons = []
        self.option_group.setExclusive(not q.allows_many)
        for n, option in enumerate(q.options, 1):
            b = QCheckBox(f"{n}. {option.text}") if q.allows_many else QRadioButton(f"{n}. {option.text}")
            b.setProperty("option_id", option.id)
            b.setAccessibleName(option.text)
            self.option_group.addButton(b)
            self.options_box.addWidget(b)
            self.option_buttons.append(b)
        self.check_button.setEnabled(True)
        self.views.setCurrentWidget(self.question_card)
        self.shown_at = time.monotonic()
        self.setFocus()

    # ---- answering ----
    def selected(self) -> list[str]:
        return [b.property("option_id") for b in self.option_buttons if b.isChecked()]

    def _number(self, n: int) -> None:
        view = self.views.currentWidget()
        if view is self.question_card and n <= len(self.option_buttons):
            b = self.option_buttons[n - 1]
            b.setChecked(not b.isChecked() if isinstance(b, QCheckBox) else True)
        elif view is self.feedback and n <= 4:
            self.choose(n)

    def _enter(self) -> None:
        view = self.views.currentWidget()
        if view is self.question_card:
            self.check()
        elif view is self.feedback:
            self.next()

    def _space(self) -> None:
        if self.views.currentWidget() is self.feedback:
            self.next()

    def check(self) -> None:
        if self.state is None or self.state.item is None or self.views.currentWidget() is not self.question_card:
            return
        chosen = self.selected()
        if not chosen:
            self.ctx.error.emit(translate("ui", "Choose an answer first (keys 1-9)."))
            return
        self.seconds = time.monotonic() - self.shown_at
        self.check_button.setEnabled(False)
        ops.run(self.ctx, review_ops.check, self.state.item, chosen, self.seconds).success(self._show_feedback).run()

    def _show_feedback(self, checked) -> None:
        self.checked = checked
        self.rating = None
        item = self.state.item
        self.verdict.setText(translate("ui", "Right.") if checked.correct else translate("ui", "Not quite."))
        theme.set_tone(self.verdict, "good" if checked.correct else "bad")
        right = [f"{n}. {o.text}" for n, o in enumerate(item.question.options, 1) if o.id in checked.correct_option_ids]
        self.answer_text.setText(translate("ui", "The answer: {0}").format("; ".join(right)))
        self.explanation.setText(checked.explanation)
        self.explanation.setVisible(bool(checked.explanation))
        self._show_grade()
        self.views.setCurrentWidget(self.feedback)
        self.setFocus()

    def _show_grade(self) -> None:
        rating = self.rating or self.checked.inferred_rating
        self.grade_buttons[rating].setChecked(True)
        how = (translate("ui", "Grade {0}, chosen by you.") if self.rating
               else translate("ui", "Grade {0}, inferred from your answer and the time it took. Choose another "
                                    "if it felt different."))
        self.grade_text.setText(how.format(rating_word(rating)))

    def choose(self, rating: int) -> None:
        if self.views.currentWidget() is self.feedback:
            self.rating = rating
            self._show_grade()

    def next(self) -> None:
        if self.views.currentWidget() is not self.feedback or self.checked is None:
            return
        self.next_button.setEnabled(False)
        item, checked = self.state.item, self.checked
        self.checked = None

        def saved(state) -> None:
            self.done += 1
            self.next_button.setEnabled(True)
            self._show_state(state)

        def failed(exc) -> None:
            self.next_button.setEnabled(True)
            self.checked = checked
            self.ctx.report(exc)

        ops.run(self.ctx, review_ops.rate, item, checked.correct, self.seconds, self.rating,
                self.course_scope()).success(saved).failure(failed).run()

    # ---- statistics ----
    def show_stats(self) -> None:
        ops.run(self.ctx, review_ops.stats, self.course_scope()).success(self._show_stats).run()

    def _show_stats(self, stats) -> None:
        from .review_stats import StatsView

        if self.stats_view is None:
            self.stats_view = StatsView()
            self.stats_view.back.connect(self._back_from_stats)
            self.views.addWidget(self.stats_view)
        self.stats_view.show_stats(stats)
        self.views.setCurrentWidget(self.stats_view)

    def _back_from_stats(self) -> None:
        self.refresh()
