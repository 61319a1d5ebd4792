"""Taking a quiz: one question at a time or all on one page, by keyboard or mouse.

Every choice is written to the store the moment it is made (on the database lane, in order), so an
attempt survives the app closing or the laptop dying. Keys: Left/Right move, 1-4 or A-D choose,
Enter goes on.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QFrame, QHBoxLayout,
                               QProgressBar, QPushButton, QRadioButton, QScrollArea, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from companion.domain.i18n import translate
from companion.domain.quiz import MULTIPLE_CHOICE, Question, Quiz, QuizResult
from companion.domain.timefmt import moment
from companion.domain.records import AttemptRecord

from ..widgets import label

LETTERS = "ABCDEFGH"
TYPE_HINTS = {"true_false": "True or false", "single_choice": "Choose one answer",
              "multiple_choice": "Choose every answer that applies"}


class QuestionView(QFrame):
    """One question with its options in the attempt's order."""

    changed = Signal(str, list)  # question id, chosen option ids

    def __init__(self, question: Question, option_order: list[str], number: int, total: int):
        super().__init__()
        self.question = question
        self.option_order = option_order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        self.heading = label(translate("ui", "Question {0} of {1} · {2}").format(number, total, TYPE_HINTS[question.type]), object_name="muted")
        self.prompt = label(question.prompt)
        self.prompt.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        self.group = QButtonGroup(self)
        self.group.setExclusive(question.type != MULTIPLE_CHOICE)
        self.buttons: list[QAbstractButton] = []
        for i, option_id in enumerate(option_order):
            option = question.option(option_id)
            text = f"{LETTERS[i]}.  {option.text if option else option_id}"
            button: QAbstractButton = QCheckBox(text) if question.allows_many else QRadioButton(text)
            button.setAccessibleName(translate("ui", "Option {0}: {1}").format(LETTERS[i], option.text if option else option_id))
            button.setProperty("option_id", option_id)
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        self._quiet = False

    def selected(self) -> list[str]:
        return [b.property("option_id") for b in self.buttons if b.isChecked()]

    def set_selected(self, option_ids: tuple[str, ...] | list[str]) -> None:
        self._quiet = True
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(b.property("option_id") in option_ids)
        self.group.setExclusive(exclusive)
        self._quiet = False

    def choose(self, index: int) -> None:
        """What the keys 1-4 / A-D do: pick an option (toggle it for a multiple-choice question)."""
        if 0 <= index < len(self.buttons):
            button = self.buttons[index]
            button.setChecked(not button.isChecked() if self.question.allows_many else True)
            button.setFocus()

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if not self._quiet:
            self.changed.emit(self.question.id, self.selected())


class QuizRunner(QWidget):
    """The attempt in progress, its review page, and the result page."""

    answered = Signal(str, str, list)  # attempt id, question id, option ids
    moved = Signal(str, int)  # attempt id, position
    submit_requested = Signal(str)  # attempt id
    closed = Signal()
    retry_requested = Signal(str)  # quiz id
    retry_missed_requested = Signal(str)  # attempt id

    def __init__(self):
        super().__init__()
        self.quiz: Quiz | None = None
        self.user_tz = "UTC"
        self.attempt: AttemptRecord | None = None
        self.order: list[tuple[str, list[str]]] = []
        self.answers: dict[str, list[str]] = {}
        self.position = 0
        self.views: list[QuestionView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = label(object_name="pageTitle")
        self.practice_note = label()
        self.practice_note.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui", "Questions answered"))
        layout.addWidget(self.title)
        layout.addWidget(self.practice_note)
        layout.addWidget(self.progress)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        # questions (either one host for one-by-one, or a scroll area with every question)
        self.questions_page = QWidget()
        qp = QVBoxLayout(self.questions_page)
        qp.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        qp.addWidget(self.scroll, 1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(translate("ui", "← Previous"))
        self.prev_button.setAccessibleName(translate("ui", "Previous question"))
        self.next_button = QPushButton(translate("ui", "Next →"))
        self.next_button.setAccessibleName(translate("ui", "Next question"))
        self.review_button = QPushButton(translate("ui", "Review and submit"))
        self.review_button.setAccessibleName(translate("ui", "Review your answers before submitting"))
        self.leave_button = QPushButton(translate("ui", "Save and leave"))
        self.leave_button.setAccessibleName(translate("ui", "Leave the quiz; your answers are kept and you can resume later"))
        self.keys_hint = label(translate("ui", "Keys: ←/→ move · 1–4 or A–D choose · Enter next"), object_name="muted", wrap=False)
        for b in (self.prev_button, self.next_button, self.review_button):
            nav.addWidget(b)
        nav.addWidget(self.keys_hint, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.leave_button)
        qp.addLayout(nav)
        self.prev_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(self.next_or_review)
        self.review_button.clicked.connect(self.show_review)
        self.leave_button.clicked.connect(self.closed.emit)
        self.stack.addWidget(self.questions_page)

        # review before submitting
        self.review_page = QWidget()
        rp = QVBoxLayout(self.review_page)
        self.review_summary = label()
        self.review_summary.setStyleSheet("font-size: 12pt;")
        self.review_list = QTextBrowser()
        self.review_list.setAccessibleName(translate("ui", "Your answers before submitting"))
        self.review_list.setOpenLinks(False)
        self.review_list.anchorClicked.connect(lambda url: self.go(int(url.toString().split(":")[1])))
        rbuttons = QHBoxLayout()
        self.back_button = QPushButton(translate("ui", "Back to the questions"))
        self.back_button.setAccessibleName(translate("ui", "Back to the questions"))
        self.submit_button = QPushButton(translate("ui", "Submit answers"))
        self.submit_button.setAccessibleName(translate("ui", "Submit your answers for grading"))
        self.submit_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.go(self.position))
        self.submit_button.clicked.connect(self._submit)
        rbuttons.addWidget(self.back_button)
        rbuttons.addStretch(1)
        rbuttons.addWidget(self.submit_button)
        rp.addWidget(self.review_summary)
        rp.addWidget(self.review_list, 1)
        rp.addLayout(rbuttons)
        self.stack.addWidget(self.review_page)

        # result
        self.result_page = QWidget()
        res = QVBoxLayout(self.result_page)
        self.result_headline = label()
        self.result_headline.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.result_detail = label()
        self.result_view = QTextBrowser()
        self.result_view.setAccessibleName(translate("ui", "Each question with your answer, the correct answer and why"))
        resb = QHBoxLayout()
        self.again_button = QPushButton(translate("ui", "Try again"))
        self.again_button.setAccessibleName(translate("ui", "Start a new attempt at this quiz"))
        self.missed_button = QPushButton(translate("ui", "Practise the missed questions"))
        self.missed_button.setAccessibleName(translate("ui", "Practise only the questions you missed"))
        self.done_button = QPushButton(translate("ui", "Back to quizzes"))
        self.done_button.setAccessibleName(translate("ui", "Back to the list of quizzes"))
        self.again_button.clicked.connect(lambda: self.retry_requested.emit(self.quiz.id) if self.quiz else None)
        self.missed_button.clicked.connect(
            lambda: self.retry_missed_requested.emit(self.attempt.id) if self.attempt else None)
        self.done_button.clicked.connect(self.closed.emit)
        resb.addWidget(self.again_button)
        resb.addWidget(self.missed_button)
        resb.addStretch(1)
        resb.addWidget(self.done_button)
        res.addWidget(self.result_headline)
        res.addWidget(self.result_detail)
        res.addWidget(self.result_view, 1)
        res.addLayout(resb)
        self.stack.addWidget(self.result_page)

        self._shortcuts: list[QShortcut] = []
        self._bind(Qt.Key.Key_Left, lambda: self.go(self.position - 1))
        self._bind(Qt.Key.Key_Right, lambda: self.go(self.position + 1))
        self._bind(Qt.Key.Key_Return, self.next_or_review)
        self._bind(Qt.Key.Key_Enter, self.next_or_review)
        for i in range(4):
            self._bind(Qt.Key(Qt.Key.Key_1 + i), lambda i=i: self._choose(i))
            self._bind(Qt.Key(Qt.Key.Key_A + i), lambda i=i: self._choose(i))

    def _bind(self, key: Qt.Key, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self.questions_page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        self._shortcuts.append(shortcut)

    # ---- starting ----
    @property
    def one_by_one(self) -> bool:
        return self.attempt is not None and self.attempt.mode != "all"

    def start(self, quiz: Quiz, attempt: AttemptRecord, order: list[tuple[str, list[str]]], practice_reason: str) -> None:
        self.quiz, self.attempt, self.order = quiz, attempt, order
        self.answers = {qid: list(sel) for qid, sel in attempt.answers.items()}
        self.title.setText(quiz.title)
        note = practice_reason if attempt.practice else ""
        if attempt.practice and attempt.only_questions:
            note = "Practice round with the questions you missed; it does not count toward the certificate."
        elif attempt.practice and not note:
            note = "Practice attempt: it does not count toward the certificate."
        self.practice_note.setText(note)
        self.practice_note.setVisible(bool(note))
        self.views = []
        container = QWidget()
        box = QVBoxLayout(container)
        for n, (qid, options) in enumerate(order, start=1):
            view = QuestionView(quiz.question(qid), options, n, len(order))
            view.set_selected(self.answers.get(qid, []))
            view.changed.connect(self._changed)
            self.views.append(view)
            box.addWidget(view)
        box.addStretch(1)
        self.scroll.setWidget(container)
        self.go(min(attempt.position, len(order) - 1), record=False)

    # ---- moving ----
    def go(self, position: int, record: bool = True) -> None:
        if not self.views:
            return
        position = max(0, min(position, len(self.views) - 1))
        self.position = position
        self.stack.setCurrentWidget(self.questions_page)
        for i, view in enumerate(self.views):
            view.setVisible(not self.one_by_one or i == position)
        view = self.views[position]
        if not self.one_by_one:
            self.scroll.ensureWidgetVisible(view)
        self.prev_button.setEnabled(self.one_by_one and position > 0)
        self.next_button.setEnabled(self.one_by_one and position < len(self.views) - 1)
        self.prev_button.setVisible(self.one_by_one)
        self.next_button.setVisible(self.one_by_one)
        self._update_progress()
        focus = next((b for b in view.buttons if b.isChecked()), view.buttons[0] if view.buttons else None)
        if focus is not None:
            focus.setFocus()
        if record and self.attempt:
            self.moved.emit(self.attempt.id, position)

    def next_or_review(self) -> None:
        if self.stack.currentWidget() is not self.questions_page:
            return
        if self.one_by_one and self.position < len(self.views) - 1:
            self.go(self.position + 1)
        else:
            self.show_review()

    def _current_view(self) -> QuestionView | None:
        if not self.views:
            return None
        if self.one_by_one:
            return self.views[self.position]
        focus = self.focusWidget()
        return next((v for v in self.views if focus is not None and v.isAncestorOf(focus)), self.views[self.position])

    def _choose(self, index: int) -> None:
        view = self._current_view()
        if view is not None:
            view.choose(index)

    def _changed(self, question_id: str, selected: list[str]) -> None:
        self.answers[question_id] = selected
        self._update_progress()
        if self.attempt:
            self.answered.emit(self.attempt.id, question_id, selected)

    def _update_progress(self) -> None:
        done = sum(1 for qid, _ in self.order if self.answers.get(qid))
        self.progress.setMaximum(max(1, len(self.order)))
        self.progress.setValue(done)
        answered = translate("ui", "{0} of {1} answered").format(done, len(self.order))
        self.progress.setFormat(translate("ui", "Question {0} of {1} · {2}").format(
            self.position + 1, len(self.order), answered) if self.one_by_one else answered)

    # ---- review and submit ----
    def show_review(self) -> None:
        missing = [n for n, (qid, _) in enumerate(self.order, start=1) if not self.answers.get(qid)]
        if missing:
            self.review_summary.setText(
                (translate("ui", "1 question not answered yet: {0}. Unanswered questions score nothing. Select it to "
                                 "go back to it.") if len(missing) == 1 else
                 translate("ui", "{0} questions not answered yet: {1}. Unanswered questions score nothing. Select "
                                 "one to go back to it.")).format(*([] if len(missing) == 1 else [len(missing)]),
                                                                  ", ".join(map(str, missing))))
        else:
            self.review_summary.setText(translate("ui", "Every question has an answer. Submit when you are ready."))
        rows = []
        for n, (qid, options) in enumerate(self.order, start=1):
            question = self.quiz.question(qid)
            chosen = self.answers.get(qid, [])
            letters = [LETTERS[options.index(o)] for o in chosen if o in options]
            answer = ", ".join(sorted(letters)) if letters else "<b>not answered</b>"
            rows.append(f"<p><a href='q:{n - 1}'>Question {n}</a>: {html.escape(question.prompt)}<br>"
                        f"Your answer: {answer}</p>")
        self.review_list.setHtml("".join(rows))
        self.stack.setCurrentWidget(self.review_page)
        self.submit_button.setFocus()

    def _submit(self) -> None:
        if self.attempt:
            self.submit_button.setEnabled(False)
            self.submit_requested.emit(self.attempt.id)

    # ---- result ----
    def show_result(self, quiz: Quiz, attempt: AttemptRecord, result: QuizResult, order: list[tuple[str, list[str]]],
                    queued: bool) -> None:
        self.quiz, self.attempt, self.order = quiz, attempt, order
        self.title.setText(quiz.title)
        self.submit_button.setEnabled(True)
        self.practice_note.setVisible(attempt.practice)
        self.practice_note.setText(translate("ui", "Practice attempt: it does not count toward the certificate.") if attempt.practice else "")
        verdict = "Passed" if result.passed else "Not passed yet"
        self.result_headline.setText(translate("ui", "Score {0:g}/100 · {1} (pass mark {2:g})").format(result.score, verdict, quiz.pass_score))
        self.result_headline.setStyleSheet("font-size: 16pt; font-weight: 600; color: %s;"
                                           % ("#1b6e20" if result.passed else "#b00020"))
        correct = sum(1 for r in result.questions if r.is_correct)
        when = moment(attempt.finished_at, self.user_tz) if attempt.finished_at else ""
        sending = " It is queued for the portal." if queued else ""
        self.result_detail.setText(translate("ui", "{0} of {1} questions right · finished {2}.{3}").format(correct, len(result.questions), when, sending))
        self.progress.setMaximum(max(1, len(order)))
        self.progress.setValue(correct)
        self.progress.setFormat(translate("ui", "{0} of {1} right").format(correct, len(result.questions)))
        self.result_view.setHtml(review_html(quiz, result, order))
        self.missed_button.setEnabled(bool(result.missed_question_ids))
        self.stack.setCurrentWidget(self.result_page)
        self.done_button.setFocus()


def review_html(quiz: Quiz, result: QuizResult, order: list[tuple[str, list[str]]]) -> str:
    """Every question with what was chosen, what was correct and why (words, not colour alone)."""
    by_id = {r.question_id: r for r in result.questions}
    parts = []
    for n, (qid, options) in enumerate(order, start=1):
        question, got = quiz.question(qid), by_id.get(qid)
        if question is None or got is None:
            continue
        mark = ("<span style='color:#1b6e20'>✔ Right</span>" if got.is_correct else
                ("<span style='color:#b00020'>✘ Not answered</span>" if not got.answered else
                 "<span style='color:#b00020'>✘ Wrong</span>"))
        points = f"{got.earned:g} of {got.possible:g} points"
        items = []
        for i, oid in enumerate(options):
            option = question.option(oid)
            tags = []
            if oid in got.selected:
                tags.append("your answer")
            if oid in got.correct:
                tags.append("correct")
            tag = f" <i>({', '.join(tags)})</i>" if tags else ""
            text = html.escape(option.text if option else oid)
            text = f"<b>{text}</b>" if oid in got.correct else text
            items.append(f"<li>{LETTERS[i]}. {text}{tag}</li>")
        why = f"<p><i>Why:</i> {html.escape(question.explanation)}</p>" if question.explanation else ""
        parts.append(f"<h3>Question {n}: {mark} · {points}</h3><p>{html.escape(question.prompt)}</p>"
                     f"<ul>{''.join(items)}</ul>{why}<hr>")
    return "".join(parts)
