"""Taking a quiz: one question at a time or all on one page, by keyboard or mouse.

Every choice is written to the store the moment it is made (on the database lane, in order), so an
attempt survives the app closing or the laptop dying. Keys: Left/Right move, 1-4 or A-D choose,
Enter goes on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QFrame, QLabel, QLineEdit,
                               QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QScrollArea, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from companion.domain import outbox as outbox_states
from companion.domain.assignments import word_count
from companion.domain.i18n import QT_TRANSLATE_NOOP, number, translate
from companion.domain.quiz import CLOZE, ESSAY, MATCHING, MULTIPLE_CHOICE, Question, Quiz, QuizResult, pair, pairs_of
from companion.domain.timefmt import instant_line, moment

from ..ops import quizzes as quiz_ops
from .. import theme
from ..widgets import FlowLayout, announce, label, page_layout, reveal, scroll_to_top, speak_after_text

if TYPE_CHECKING:
    from ..ops.quizzes import Graded, Sitting

LETTERS = "ABCDEFGH"
TYPE_HINTS = {"true_false": QT_TRANSLATE_NOOP("ui", "True or false"),
              "single_choice": QT_TRANSLATE_NOOP("ui", "Choose one answer"),
              "multiple_choice": QT_TRANSLATE_NOOP("ui", "Choose every answer that applies"),
              "short_answer": QT_TRANSLATE_NOOP("ui", "Type a short answer"),
              "numerical": QT_TRANSLATE_NOOP("ui", "Type a number"),
              "cloze": QT_TRANSLATE_NOOP("ui", "Fill in every blank"),
              "matching": QT_TRANSLATE_NOOP("ui", "Match each item"),
              "essay": QT_TRANSLATE_NOOP("ui", "Write your answer; the organizer grades it")}
PRACTICE_NOTES = {
    quiz_ops.PAST_DUE: QT_TRANSLATE_NOOP("ui", "The deadline has passed: this attempt is practice and does not "
                                               "count toward the certificate."),
    quiz_ops.NO_ATTEMPTS_LEFT: QT_TRANSLATE_NOOP("ui", "No counted attempts are left: this attempt is practice."),
    quiz_ops.MISSED_ONLY: QT_TRANSLATE_NOOP("ui", "Practice round with the questions you missed; it does not count "
                                                  "toward the certificate."),
    quiz_ops.PRACTICE: QT_TRANSLATE_NOOP("ui", "Practice attempt: it does not count toward the certificate."),
}


def score_text(score: float) -> str:
    """A score as the participant's language writes numbers: '60', '66,7'."""
    return number(score, 0 if float(score).is_integer() else 1)


def option_text(question: Question, option_id: str) -> str:
    option = question.option(option_id)
    return option.text if option else option_id


def button_row(*widgets: QWidget, stretch_before: int = -1) -> FlowLayout:
    """Buttons in a row (wrapping when narrow); the widgets from ``stretch_before`` on keep to the right."""
    row = FlowLayout()
    for i, w in enumerate(widgets):
        if i == stretch_before:
            row.addStretch(1)
        row.addWidget(w)
    return row


def named_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    speak_after_text(button, accessible)
    return button


class QuestionView(QFrame):
    """One question with its options in the attempt's order."""

    changed = Signal(str, list)  # question id, chosen option ids

    def __init__(self, question: Question, option_order: list[str], position: int, total: int,
                 images: dict[str, bytes] | None = None):
        super().__init__()
        self.question = question
        self.option_order = option_order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        hint = translate("ui", TYPE_HINTS.get(question.type, TYPE_HINTS["single_choice"]))
        self.heading = label(translate("ui", "Question {0} of {1} · {2}").format(
            number(position), number(total), hint), object_name="muted")
        shown = question.prompt
        for blank_number, blank in enumerate(question.blanks, start=1):
            shown = shown.replace(blank.marker, f"[{number(blank_number)}]")
        self.prompt = theme.set_font_role(label(shown), "heading")
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        self.images: list[QLabel] = []
        for image in question.images:  # from the course package, offline; its words say what it shows
            data = (images or {}).get(image.path)
            pixmap = QPixmap()
            if not data or not pixmap.loadFromData(data):
                continue
            if pixmap.width() > 480:
                pixmap = pixmap.scaledToWidth(480, Qt.TransformationMode.SmoothTransformation)
            picture = QLabel()
            picture.setPixmap(pixmap)
            picture.setAccessibleName(image.alt or translate("ui", "Picture for this question"))
            self.images.append(picture)
            layout.addWidget(picture)
        # a question is a named group whose description is its text; the name carries "Question 1 of 10 ·
        # Choose every answer that applies" so the hint is heard with it
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(shown)
        self._quiet = False
        self.inputs: list[tuple[str, QWidget]] = []  # (blank or stem id, its field) for typed questions
        self.group = QButtonGroup(self)
        if not question.is_choice:
            self.buttons: list[QAbstractButton] = []
            self._build_typed(layout)
            return
        self.group.setExclusive(question.type != MULTIPLE_CHOICE)
        self.buttons: list[QAbstractButton] = []
        for i, option_id in enumerate(option_order):
            text = f"{LETTERS[i]}.  {option_text(question, option_id)}"
            button: QAbstractButton = QCheckBox(text) if question.allows_many else QRadioButton(text)
            button.setProperty("option_id", option_id)
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)

    def _build_typed(self, layout: QVBoxLayout) -> None:
        q = self.question
        if q.type == ESSAY:
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setAccessibleName(translate("ui", "Your essay"))
            field.textChanged.connect(self._edited)
            self.inputs.append(("", field))
            layout.addWidget(field)
            # the essay's word limits, counted as the person writes (the assignment editor counts the same way)
            self.word_note = label()
            field.textChanged.connect(self._count_words)
            layout.addWidget(self.word_note)
            self._count_words()
            return
        if q.type in (MATCHING, CLOZE):
            form = QFormLayout()
            parts = q.stems if q.type == MATCHING else q.blanks
            for n, part in enumerate(parts, start=1):
                options = q.options if q.type == MATCHING else part.options
                name = part.text if q.type == MATCHING else translate("ui", "Blank {0}").format(number(n))
                if options:
                    field: QWidget = QComboBox()
                    field.addItem(translate("ui", "(choose)"), "")
                    for option in options:
                        field.addItem(option.text, option.id)
                    field.currentIndexChanged.connect(self._edited)
                else:
                    field = QLineEdit()
                    field.textEdited.connect(self._edited)
                field.setAccessibleName(name)
                key = part.id if q.type == MATCHING else part.blank_id
                self.inputs.append((key, field))
                form.addRow(label(name), field)
            layout.addLayout(form)
            return
        field = QLineEdit()
        field.setAccessibleName(translate("ui", "Your answer"))
        field.textEdited.connect(self._edited)
        self.inputs.append(("", field))
        layout.addWidget(field)

    def word_problem(self) -> str:
        """Why this essay cannot be submitted as it stands (outside its word limits), or ""."""
        q = self.question
        if q.type != ESSAY or not self.inputs:
            return ""
        text = self.inputs[0][1].toPlainText()
        words = word_count(text)
        if q.max_words and words > q.max_words:
            return translate("ui", "{0} words: {1} over the limit of {2}. Shorten it before submitting; your text "
                                   "is kept.").format(number(words), number(words - q.max_words), number(q.max_words))
        if q.min_words and text.strip() and words < q.min_words:
            return translate("ui", "{0} words: at least {1} are asked for. Your text is kept.").format(
                number(words), number(q.min_words))
        return ""

    def _count_words(self) -> None:
        q = self.question
        words = word_count(self.inputs[0][1].toPlainText())
        problem = self.word_problem()
        if problem:
            text = problem
        elif q.min_words and q.max_words:
            text = translate("ui", "{0} words (between {1} and {2})").format(
                number(words), number(q.min_words), number(q.max_words))
        elif q.max_words:
            text = translate("ui", "{0} words (at most {1})").format(number(words), number(q.max_words))
        elif q.min_words:
            text = translate("ui", "{0} words (at least {1})").format(number(words), number(q.min_words))
        else:
            text = translate("ui", "{0} words").format(number(words))
        self.word_note.setText(text)
        theme.set_tone(self.word_note, "warn" if problem else None)

    def _edited(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit(self.question.id, self.selected())

    @property
    def first_field(self) -> QWidget | None:
        return self.inputs[0][1] if self.inputs else None

    def selected(self) -> list[str]:
        if self.inputs:
            values = []
            for key, field in self.inputs:
                if isinstance(field, QComboBox):
                    value = field.currentData() or ""
                elif isinstance(field, QPlainTextEdit):
                    value = field.toPlainText()
                else:
                    value = field.text()
                if key:
                    if value.strip():
                        values.append(pair(key, value))
                elif value.strip():
                    values.append(value)
            return values
        return [b.property("option_id") for b in self.buttons if b.isChecked()]

    def set_selected(self, option_ids: tuple[str, ...] | list[str]) -> None:
        if self.inputs:
            self._quiet = True
            given = pairs_of(option_ids)
            for key, field in self.inputs:
                value = given.get(key, "") if key else next(iter(option_ids), "")
                if isinstance(field, QComboBox):
                    field.setCurrentIndex(max(0, field.findData(value)))
                elif isinstance(field, QPlainTextEdit):
                    field.setPlainText(value)
                else:
                    field.setText(value)
            self._quiet = False
            return
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


class QuestionsPanel(QWidget):
    """The questions (one host for one at a time, or every question in a scroll area) and the
    buttons and keys that move between them."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        layout.addWidget(self.scroll, 1)
        self.prev_button = named_button(translate("ui", "← Previous"), translate("ui", "Previous question"))
        self.next_button = named_button(translate("ui", "Next →"), translate("ui", "Next question"))
        self.review_button = named_button(translate("ui", "Review and submit"),
                                          translate("ui", "Review your answers before submitting"))
        self.leave_button = named_button(translate("ui", "Save and leave"),
                                         translate("ui", "Leave the quiz; your answers are kept and you can resume later"))
        self.keys_hint = label(translate("ui", "Keys: ←/→ move · 1–4 or A–D choose · Enter next"), object_name="muted",
                               wrap=False)
        nav = button_row(self.prev_button, self.next_button, self.review_button)
        nav.addWidget(self.keys_hint, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.leave_button)
        layout.addLayout(nav)
        self._shortcuts: list[QShortcut] = []

    def bind(self, key: Qt.Key, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        self._shortcuts.append(shortcut)

    def show_questions(self, views: list[QuestionView]) -> None:
        container = QWidget()
        box = QVBoxLayout(container)
        for view in views:
            box.addWidget(view)
        box.addStretch(1)
        self.scroll.setWidget(container)

    def show_position(self, views: list[QuestionView], position: int, one_by_one: bool) -> None:
        # one question is never a slot of its own: the area is as tall as the question and its
        # options (the page scrolls when that is more than the window shows)
        self.scroll.setProperty("grows", one_by_one)
        for i, view in enumerate(views):
            view.setVisible(not one_by_one or i == position)
        if not one_by_one:
            self.scroll.ensureWidgetVisible(views[position])
        self.prev_button.setEnabled(one_by_one and position > 0)
        self.next_button.setEnabled(one_by_one and position < len(views) - 1)
        self.prev_button.setVisible(one_by_one)
        self.next_button.setVisible(one_by_one)


class ReviewPanel(QWidget):
    """Before submitting: what is answered, what is not (each question links back to itself)."""

    go_to = Signal(int)  # position

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.summary = theme.set_font_role(label(), "lead")
        # the buttons above the answers (made first: the Tab order is the order seen), so Submit is in
        # reach however long the list grows on a small screen
        self.back_button = named_button(translate("ui", "Back to the questions"), translate("ui", "Back to the questions"))
        self.submit_button = named_button(translate("ui", "Submit answers"),
                                          translate("ui", "Submit your answers for grading"))
        self.submit_button.setDefault(True)
        self.answers = QTextBrowser()
        self.answers.setAccessibleName(translate("ui", "Your answers before submitting"))
        self.answers.setOpenLinks(False)
        self.answers.anchorClicked.connect(lambda url: self.go_to.emit(int(url.toString().split(":")[1])))
        layout.addWidget(self.summary)
        layout.addLayout(button_row(self.back_button, self.submit_button, stretch_before=1))
        layout.addWidget(self.answers, 1)

    def show_answers(self, quiz: Quiz, order: list[tuple[str, list[str]]], answers: dict[str, list[str]]) -> None:
        missing = [n for n, (qid, _) in enumerate(order, start=1) if not answers.get(qid)]
        if missing:
            self.summary.setText(translate(
                "ui", "%n question(s) not answered yet: {0}. Unanswered questions score nothing. Select one to go "
                      "back to it.", None, len(missing)).format(", ".join(number(n) for n in missing)))
        else:
            self.summary.setText(translate("ui", "Every question has an answer. Submit when you are ready."))
        self.answers.setHtml(review_before_submitting_html(quiz, order, answers))
        self.submit_button.setFocus()


def delivery_words(state: str | None) -> str:
    """A quiz result's way to the portal in words (an outbox state code; None: practice, never sent)."""
    if state in outbox_states.WAITING_STATES:
        return translate("ui", "It is queued for the portal.")
    if state == outbox_states.DELIVERED:
        return translate("ui", "The portal has received it.")
    if state == outbox_states.NEEDS_ATTENTION:
        return translate("ui", "The portal has not taken it yet: see the outbox on the Submissions page.")
    if state == outbox_states.KEPT_LOCAL:
        return translate("ui", "It is kept on this computer only.")
    return ""


class ResultPanel(QWidget):
    """After grading: the score, and every question with the answer given, the right one and why."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.headline = theme.set_font_role(label(), "headline")
        self.detail = label()
        self.graded: "Graded | None" = None
        self._detail = ""  # the detail before the words on its way to the portal
        # what to do next above the long review (made first: the Tab order is the order seen)
        self.again_button = named_button(translate("ui", "Try again"), translate("ui", "Start a new attempt at this quiz"))
        self.missed_button = named_button(translate("ui", "Practise the missed questions"),
                                          translate("ui", "Practise only the questions you missed"))
        self.done_button = named_button(translate("ui", "Back to quizzes"), translate("ui", "Back to the list of quizzes"))
        self.review = QTextBrowser()
        self.review.setAccessibleName(translate("ui", "Each question with your answer, the correct answer and why"))
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addLayout(button_row(self.again_button, self.missed_button, self.done_button, stretch_before=2))
        layout.addWidget(self.review, 1)

    def show_graded(self, graded: "Graded", user_tz: str) -> None:
        quiz, attempt, result = graded.quiz, graded.attempt, graded.result
        verdict = translate("ui", "Passed") if result.passed else translate("ui", "Not passed yet")
        self.headline.setText(translate("ui", "Score {0}/100 · {1} (pass mark {2})").format(
            score_text(result.score), verdict, score_text(quiz.pass_score)))
        theme.set_tone(self.headline, "good" if result.passed else "bad")
        correct = sum(1 for r in result.questions if r.is_correct)
        if attempt.finished_at:
            when = (instant_line(attempt.finished_at, user_tz, quiz.due.time_zone) if quiz.due
                    else moment(attempt.finished_at, user_tz))
            detail = translate("ui", "{0} of {1} questions right · finished {2}.").format(
                number(correct), number(len(result.questions)), when)
        else:
            detail = translate("ui", "{0} of {1} questions right.").format(number(correct), number(len(result.questions)))
        self.graded, self._detail = graded, detail
        self.show_delivery(graded.delivery, speak=False)
        self.review.setHtml(review_html(quiz, result, graded.order))
        self.missed_button.setEnabled(bool(result.missed_question_ids))
        self.done_button.setFocus()
        announce(self.headline, f"{self.headline.text()}. {self.detail.text()}")

    def show_delivery(self, state: str | None, speak: bool = True) -> None:
        """Say how far the result got to the portal, as it moves (a sync delivers it while the page is
        open); ``speak``: announce the new words to a screen reader."""
        words = delivery_words(state)
        before = self.detail.text()
        self.detail.setText(f"{self._detail} {words}".strip())
        if speak and words and self.detail.text() != before and self.isVisible():  # said where it is seen
            announce(self.detail, words)


class QuizRunner(QWidget):
    """The attempt in progress, its review page, and the result page, under one heading."""

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
        self.attempt = None
        self.order: list[tuple[str, list[str]]] = []
        self.answers: dict[str, list[str]] = {}
        self.position = 0
        self.views: list[QuestionView] = []
        self._build_heading()
        self._build_pages()
        self._connect()
        self._bind_keys()

    # ---- building ----
    def _build_heading(self) -> None:
        layout = page_layout(self)
        self.title = theme.set_font_role(label(object_name="pageTitle"), "title")
        self.practice_note = label()
        theme.set_tone(self.practice_note, "warn")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui", "Questions answered"))
        for w in (self.title, self.practice_note, self.progress):
            layout.addWidget(w)

    def _build_pages(self) -> None:
        self.stack = QStackedWidget()
        self.layout().addWidget(self.stack, 1)
        self.questions_page, self.review_page, self.result_page = QuestionsPanel(), ReviewPanel(), ResultPanel()
        for page in (self.questions_page, self.review_page, self.result_page):
            self.stack.addWidget(page)
        # the controls tests and keyboard users reach through the runner
        q, r, res = self.questions_page, self.review_page, self.result_page
        self.scroll, self.prev_button, self.next_button = q.scroll, q.prev_button, q.next_button
        self.review_button, self.leave_button, self.keys_hint = q.review_button, q.leave_button, q.keys_hint
        self.review_summary, self.review_list = r.summary, r.answers
        self.back_button, self.submit_button = r.back_button, r.submit_button
        self.result_headline, self.result_detail, self.result_view = res.headline, res.detail, res.review
        self.again_button, self.missed_button, self.done_button = res.again_button, res.missed_button, res.done_button

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(self.next_or_review)
        self.review_button.clicked.connect(self.show_review)
        self.leave_button.clicked.connect(self.closed.emit)
        self.review_page.go_to.connect(self.go)
        self.back_button.clicked.connect(lambda: self.go(self.position))
        self.submit_button.clicked.connect(self._submit)
        self.again_button.clicked.connect(lambda: self.retry_requested.emit(self.quiz.id) if self.quiz else None)
        self.missed_button.clicked.connect(
            lambda: self.retry_missed_requested.emit(self.attempt.id) if self.attempt else None)
        self.done_button.clicked.connect(self.closed.emit)

    def _bind_keys(self) -> None:
        bind = self.questions_page.bind
        bind(Qt.Key.Key_Left, lambda: self.go(self.position - 1))
        bind(Qt.Key.Key_Right, lambda: self.go(self.position + 1))
        bind(Qt.Key.Key_Return, self.next_or_review)
        bind(Qt.Key.Key_Enter, self.next_or_review)
        for i in range(4):
            bind(Qt.Key(Qt.Key.Key_1 + i), lambda i=i: self._choose(i))
            bind(Qt.Key(Qt.Key.Key_A + i), lambda i=i: self._choose(i))

    # ---- starting ----
    @property
    def one_by_one(self) -> bool:
        return self.attempt is not None and self.attempt.mode != "all"

    def _show_practice_note(self, reason: str) -> None:
        note = translate("ui", PRACTICE_NOTES.get(reason, PRACTICE_NOTES[quiz_ops.PRACTICE])) if reason else ""
        self.practice_note.setText(note)
        self.practice_note.setVisible(bool(note))

    def start(self, sitting: "Sitting") -> None:
        quiz, attempt, order = sitting.quiz, sitting.attempt, sitting.order
        self.quiz, self.attempt, self.order = quiz, attempt, order
        self.answers = {qid: list(sel) for qid, sel in attempt.answers.items()}
        self.title.setText(quiz.title)
        self._show_practice_note(sitting.practice_reason or (quiz_ops.PRACTICE if attempt.practice else ""))
        self.views = []
        for n, (qid, options) in enumerate(order, start=1):
            view = QuestionView(quiz.question(qid), options, n, len(order), sitting.images)
            view.set_selected(self.answers.get(qid, []))
            view.changed.connect(self._changed)
            self.views.append(view)
        self.questions_page.show_questions(self.views)
        # Tab goes from the options to Previous / Next / Review (the views were made after those
        # buttons, so Qt would otherwise put them last, after the status bar and the sidebar)
        chain = [w for v in self.views for w in (v.buttons or [field for _id, field in v.inputs])] + [self.prev_button, self.next_button, self.review_button,
                                                             self.leave_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.submit_button.setEnabled(True)
        self.go(min(attempt.position, len(order) - 1), record=False)

    # ---- moving ----
    def go(self, position: int, record: bool = True) -> None:
        if not self.views:
            return
        position = max(0, min(position, len(self.views) - 1))
        self.position = position
        self.stack.setCurrentWidget(self.questions_page)
        self.questions_page.show_position(self.views, position, self.one_by_one)
        self._update_progress()
        view = self.views[position]
        if self.one_by_one:
            scroll_to_top(self)  # a new question starts at the top: the heading and the progress
        else:
            reveal(view)  # in every scroll area around it (the page's, when the questions grew with it)
        focus = next((b for b in view.buttons if b.isChecked()), view.buttons[0] if view.buttons else view.first_field)
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
        if view is not None and view.question.is_choice:
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
        answered = translate("ui", "{0} of {1} answered").format(number(done), number(len(self.order)))
        self.progress.setFormat(translate("ui", "Question {0} of {1} · {2}").format(
            number(self.position + 1), number(len(self.order)), answered) if self.one_by_one else answered)

    # ---- review and submit ----
    def word_problems(self) -> list[tuple[int, str]]:
        """(question number, why) for each essay outside its word limits."""
        return [(n, p) for n, view in enumerate(self.views, start=1) if (p := view.word_problem())]

    def show_review(self) -> None:
        self.review_page.show_answers(self.quiz, self.order, self.answers)
        problems = self.word_problems()
        if problems:  # an essay over its limit is not sent: say which and why; nothing typed is lost
            self.review_summary.setText(" ".join(
                translate("ui", "Question {0}: {1}").format(number(n), why) for n, why in problems))
            theme.set_tone(self.review_summary, "warn")
        else:
            theme.set_tone(self.review_summary, None)
        self.submit_button.setEnabled(not problems)
        self.stack.setCurrentWidget(self.review_page)
        scroll_to_top(self)  # a new step starts at its top (its heading, the score)
        (self.back_button if problems else self.submit_button).setFocus()

    def _submit(self) -> None:
        if self.attempt and not self.word_problems():
            self.submit_button.setEnabled(False)
            self.submit_requested.emit(self.attempt.id)

    # ---- result ----
    def show_result(self, graded: "Graded") -> None:
        self.quiz, self.attempt, self.order = graded.quiz, graded.attempt, graded.order
        self.title.setText(graded.quiz.title)
        self.submit_button.setEnabled(True)
        self._show_practice_note(quiz_ops.PRACTICE if graded.attempt.practice else "")
        correct = sum(1 for r in graded.result.questions if r.is_correct)
        self.progress.setMaximum(max(1, len(graded.order)))
        self.progress.setValue(correct)
        self.progress.setFormat(translate("ui", "{0} of {1} right").format(number(correct),
                                                                           number(len(graded.result.questions))))
        self.result_page.show_graded(graded, self.user_tz)
        self.stack.setCurrentWidget(self.result_page)
        scroll_to_top(self)  # a new step starts at its top (its heading, the score)
        self.done_button.setFocus()


def _choice(question: Question, options: list[str], option_id: str) -> str:
    """'B. Wrist Doctor 9988': the letter as shown in this attempt, and the option's own text."""
    letter = LETTERS[options.index(option_id)] if option_id in options else "?"
    return f"{letter}. {html.escape(option_text(question, option_id))}"


def review_before_submitting_html(quiz: Quiz, order: list[tuple[str, list[str]]],
                                  answers: dict[str, list[str]]) -> str:
    rows = []
    for n, (qid, options) in enumerate(order, start=1):
        question = quiz.question(qid)
        not_answered = html.escape(translate("ui", "not answered"))
        if question.is_choice:
            chosen = sorted((o for o in answers.get(qid, []) if o in options), key=options.index)
            answer = "; ".join(_choice(question, options, o) for o in chosen) if chosen else f"<b>{not_answered}</b>"
        else:
            given = typed_answer_text(question, answers.get(qid, []))
            answer = html.escape(given) if given else f"<b>{not_answered}</b>"
        heading = html.escape(translate("ui", "Question {0}").format(number(n)))
        your_answer = translate("ui", "Your answer: {0}").format(answer)
        rows.append(f"<p><a href='q:{n - 1}'>{heading}</a>: {html.escape(question.prompt)}<br>{your_answer}</p>")
    return "".join(rows)


def review_html(quiz: Quiz, result: QuizResult, order: list[tuple[str, list[str]]]) -> str:
    """Every question with what was chosen, what was correct and why (words, not colour alone)."""
    by_id = {r.question_id: r for r in result.questions}
    parts = []
    for n, (qid, options) in enumerate(order, start=1):
        question, got = quiz.question(qid), by_id.get(qid)
        if question is None or got is None:
            continue
        if got.pending:
            waiting = html.escape(translate("ui", "Sent for the organizer to grade"))
            mark = f"<span>… {waiting}</span>"
        elif got.is_correct:
            right = html.escape(translate("ui", "Right"))
            mark = f"<span style='color:{theme.html_colour('good')}'>✔ {right}</span>"
        elif got.is_partial:
            partly = html.escape(translate("ui", "Partly right"))
            mark = f"<span style='color:{theme.html_colour('warn')}'>◐ {partly}</span>"
        else:
            word = translate("ui", "Wrong") if got.answered else translate("ui", "Not answered")
            mark = f"<span style='color:{theme.html_colour('bad')}'>✘ {html.escape(word)}</span>"
        points = translate("ui", "{0} of {1} points").format(score_text(got.earned), score_text(got.possible))
        if not question.is_choice:
            heading = translate("ui", "Question {0}: {1} · {2}").format(number(n), mark, html.escape(points))
            parts.append(f"<h3>{heading}</h3>{typed_review_html(question, got)}<hr>")
            continue
        items = []
        for i, oid in enumerate(options):
            tags = ([translate("ui", "your answer")] if oid in got.selected else []) + \
                   ([translate("ui", "correct")] if oid in got.correct else [])
            tag = f" <i>({html.escape(', '.join(tags))})</i>" if tags else ""
            text = html.escape(option_text(question, oid))
            text = f"<b>{text}</b>" if oid in got.correct else text
            option = question.option(oid)
            note = f"<br><i>{html.escape(option.feedback)}</i>" if option and option.feedback and oid in got.selected else ""
            items.append(f"<li>{LETTERS[i]}. {text}{tag}{note}</li>")
        why_word = html.escape(translate("ui", "Why:"))
        why = f"<p><i>{why_word}</i> {html.escape(question.explanation)}</p>" if question.explanation else ""
        heading = translate("ui", "Question {0}: {1} · {2}").format(number(n), mark, html.escape(points))
        parts.append(f"<h3>{heading}</h3><p>{html.escape(question.prompt)}</p><ul>{''.join(items)}</ul>{why}<hr>")
    return "".join(parts)


def typed_answer_text(question: Question, answer: list[str] | tuple[str, ...]) -> str:
    """What the participant typed or picked for a question without options to tick, as plain text."""
    if question.type in (MATCHING, CLOZE):
        given = pairs_of(answer)
        rows = []
        parts = question.stems if question.type == MATCHING else question.blanks
        for n, part in enumerate(parts, start=1):
            key = part.id if question.type == MATCHING else part.blank_id
            value = given.get(key, "")
            options = question.options if question.type == MATCHING else part.options
            shown = next((o.text for o in options if o.id == value), value) if options else value
            name = part.text if question.type == MATCHING else f"[{number(n)}]"
            if shown:
                rows.append(f"{name} → {shown}")
        return "; ".join(rows)
    return next((a for a in answer if isinstance(a, str)), "")


def typed_review_html(question: Question, got) -> str:
    """The review of a typed question: the prompt, the answer given, per-part marks and feedback."""
    shown = question.prompt
    for n, blank in enumerate(question.blanks, start=1):
        shown = shown.replace(blank.marker, f"[{number(n)}]")
    out = [f"<p>{html.escape(shown)}</p>"]
    given = typed_answer_text(question, sorted(got.selected))
    your = translate("ui", "Your answer: {0}").format(html.escape(given) if given else
                                                      html.escape(translate("ui", "not answered")))
    out.append(f"<p>{your}</p>")
    if got.parts:
        items = []
        for n, part in enumerate(got.parts, start=1):
            word = translate("ui", "right") if part.credit >= 1 else (
                translate("ui", "partly right") if part.credit > 0 else translate("ui", "wrong"))
            name = (question.stem(part.id).text if question.type == MATCHING and question.stem(part.id)
                    else f"[{number(n)}]")
            note = f" — <i>{html.escape(part.feedback)}</i>" if part.feedback else ""
            items.append(f"<li>{html.escape(name)}: {html.escape(word)}{note}</li>")
        out.append(f"<ul>{''.join(items)}</ul>")
    for line in got.feedback:
        out.append(f"<p><i>{html.escape(line)}</i></p>")
    if question.explanation:
        out.append(f"<p><i>{html.escape(translate('ui', 'Why:'))}</i> {html.escape(question.explanation)}</p>")
    return "".join(out)
