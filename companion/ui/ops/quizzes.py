"""Quiz operations: start (or resume), answer, move, finish, discard, and the reads the pages need.

Each returns what it changed: starting or discarding an attempt changes the quiz (``QUIZ``: the
list's "in progress", the dashboard's checklist), answering or moving only the attempt in progress
(``ATTEMPT``), finishing both the quiz and, when a result is queued for the portal, the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from companion.domain import outbox as outbox_states
from companion.domain.quiz import NO_ATTEMPTS_LEFT, PAST_DUE, Quiz, QuizResult
from companion.domain.records import AttemptRecord
from companion.services.quizzes import QuizOverview
from companion.services.settings import QUIZ_MODE, QUIZ_SHUFFLE

from . import ATTEMPT, OUTBOX, QUIZ, REVIEW, SETTINGS, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


# why an attempt is only practice (the runner says it in words): PAST_DUE, NO_ATTEMPTS_LEFT (the domain's), and
MISSED_ONLY = "missed_only"
PRACTICE = "practice"  # practice for another reason (an attempt resumed after its reason went away)


@dataclass(frozen=True)
class Sitting:
    """An attempt as the runner shows it: the quiz, the attempt, the order its questions and
    options come in, and (for a practice attempt) why it is practice."""

    quiz: Quiz
    attempt: AttemptRecord
    order: list[tuple[str, list[str]]]
    practice_reason: str = ""
    images: dict[str, bytes] = field(default_factory=dict)  # the questions' images, read off the GUI thread


MAX_IMAGE_BYTES = 8 * 1024 * 1024


def question_images(app: "App", course_id: str, quiz: Quiz) -> dict[str, bytes]:
    """The bytes of every image the quiz's questions show, from the course package (offline)."""
    out: dict[str, bytes] = {}
    paths = [i.path for q in quiz.questions for i in q.images]
    if not paths:
        return out
    root = app.library.package_dir(course_id).resolve()
    for path in paths:
        target = (root / path).resolve()
        try:
            if root in target.parents and target.is_file() and target.stat().st_size <= MAX_IMAGE_BYTES:
                out[path] = target.read_bytes()
        except OSError:
            continue
    return out


@dataclass(frozen=True)
class Graded:
    """A finished attempt with its result; ``submission_id`` and ``delivery``: the outbox item that
    carries the result to the portal and how far it got (an outbox state code; None for practice)."""

    quiz: Quiz
    attempt: AttemptRecord
    result: QuizResult
    order: list[tuple[str, list[str]]]
    submission_id: str | None = None
    delivery: str | None = None

    @property
    def queued(self) -> bool:
        """The result still waits in the outbox for the portal."""
        return self.delivery in outbox_states.WAITING_STATES


@dataclass(frozen=True)
class QuizList:
    overviews: list[QuizOverview]
    shuffle: bool
    mode: str


def practice_reason(overview: QuizOverview, attempt: AttemptRecord) -> str:
    if not attempt.practice:
        return ""
    if attempt.only_questions:
        return MISSED_ONLY
    if overview.past_due:
        return PAST_DUE
    if overview.attempts_left == 0:
        return NO_ATTEMPTS_LEFT
    return PRACTICE


def list_quizzes(app: "App", course_id: str) -> Changed[QuizList]:
    return Changed(QuizList(app.quizzes.overviews(course_id), bool(app.settings.get(QUIZ_SHUFFLE)),
                            app.settings.get(QUIZ_MODE)))


def start_attempt(app: "App", course_id: str, quiz_id: str, shuffle: bool, mode: str,
                  missed_from: str | None = None) -> Changed[Sitting]:
    """Begin an attempt (or resume the unfinished one), remembering how the participant likes quizzes shown."""
    flags = {QUIZ}
    if (bool(app.settings.get(QUIZ_SHUFFLE)), app.settings.get(QUIZ_MODE)) != (shuffle, mode):
        app.settings.set(QUIZ_SHUFFLE, shuffle)
        app.settings.set(QUIZ_MODE, mode)
        flags.add(SETTINGS)
    attempt = app.quizzes.start(course_id, quiz_id, shuffle=shuffle, mode=mode, only_missed_from=missed_from)
    overview = app.quizzes.overview(course_id, quiz_id)
    return changed(Sitting(overview.quiz, attempt, app.quizzes.order(attempt), practice_reason(overview, attempt),
                           question_images(app, course_id, overview.quiz)), *flags)


def restart_attempt(app: "App", course_id: str, quiz_id: str, attempt_id: str, shuffle: bool,
                    mode: str) -> Changed[Sitting]:
    """Discard the unfinished attempt and begin a new one."""
    app.quizzes.discard(attempt_id)
    started = start_attempt(app, course_id, quiz_id, shuffle, mode)
    return Changed(started.value, started.changes | {QUIZ})


def discard_attempt(app: "App", attempt_id: str) -> Changed[None]:
    app.quizzes.discard(attempt_id)
    return changed(None, QUIZ)


def answer(app: "App", attempt_id: str, question_id: str, selected: list[str]) -> Changed[None]:
    app.quizzes.answer(attempt_id, question_id, list(selected))
    return changed(None, ATTEMPT)


def move(app: "App", attempt_id: str, position: int) -> Changed[None]:
    app.quizzes.move(attempt_id, position)
    return changed(None, ATTEMPT)


def finish_attempt(app: "App", attempt_id: str) -> Changed[Graded]:
    finished = app.quizzes.finish(attempt_id)
    attempt = finished.attempt
    queued = finished.submission_id is not None
    sent = app.outbox.get(finished.submission_id) if queued else None
    graded = Graded(app.quizzes.quiz(attempt.course_id, attempt.quiz_id), attempt, finished.result,
                    app.quizzes.order(attempt), finished.submission_id, sent.state if sent else None)
    return changed(graded, QUIZ, REVIEW, *([OUTBOX] if queued else []))  # answers become review cards


def review_attempt(app: "App", attempt: AttemptRecord) -> Changed[Graded]:
    sent = app.outbox.of_attempt(attempt.course_id, attempt.id)
    return Changed(Graded(app.quizzes.quiz(attempt.course_id, attempt.quiz_id), attempt, app.quizzes.result(attempt),
                          app.quizzes.order(attempt), sent.id if sent else None, sent.state if sent else None))


def delivery(app: "App", submission_id: str) -> Changed[str | None]:
    """How far an outbox item got (its state code), for a result page that shows it as it moves."""
    sent = app.outbox.get(submission_id)
    return Changed(sent.state if sent else None)
