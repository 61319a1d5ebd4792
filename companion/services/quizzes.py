"""Taking quizzes offline: attempts that survive a crash, grading, history and practice."""

from __future__ import annotations

import logging
import random
import uuid
from dataclasses import dataclass

from companion.domain import reasons
from companion.domain.clock import Clock
from companion.domain.errors import CompanionError
from companion.domain.quiz import (AttemptSummary, Quiz, QuizResult, attempts_left, best_score, grade,
                                   has_passed, is_past_due, next_attempt_is_practice, presentation_order)
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.store.repo import AttemptRecord, Store

from .library import Library
from .outbox import Outbox

log = logging.getLogger(__name__)

ONE_BY_ONE = "one_by_one"
ALL_ON_ONE_PAGE = "all"


@dataclass(frozen=True)
class QuizOverview:
    quiz: Quiz
    attempts: tuple[AttemptRecord, ...]  # finished, oldest first
    best_score: float | None
    passed: bool
    attempts_left: int | None
    past_due: bool
    open_attempt: AttemptRecord | None


@dataclass(frozen=True)
class FinishedAttempt:
    attempt: AttemptRecord
    result: QuizResult
    submission_id: str | None  # None for practice


def summaries(attempts: list[AttemptRecord]) -> list[AttemptSummary]:
    return [AttemptSummary(a.score or 0.0, a.practice, a.finished_at) for a in attempts if a.finished_at]


class QuizService:
    def __init__(self, store: Store, library: Library, outbox: Outbox, clock: Clock):
        self.store = store
        self.library = library
        self.outbox = outbox
        self.clock = clock
        # told of each finished attempt (the review cards); a failure there never fails the attempt
        self.on_finished = None

    def quiz(self, course_id: str, quiz_id: str) -> Quiz:
        quiz = self.library.course(course_id).quiz(quiz_id)
        if quiz is None:
            raise CompanionError(f"the course '{course_id}' has no quiz '{quiz_id}'", code=reasons.UNKNOWN_ITEM,
                                 data={"course_id": course_id, "kind": "quiz", "item": quiz_id})
        return quiz

    def overview(self, course_id: str, quiz_id: str) -> QuizOverview:
        quiz = self.quiz(course_id, quiz_id)
        attempts = self.store.list_attempts(course_id, quiz_id)
        tries = summaries(attempts)
        return QuizOverview(quiz, tuple(attempts), best_score(tries), has_passed(quiz, tries),
                            attempts_left(quiz, tries), is_past_due(quiz, self.clock.now()),
                            self.store.open_attempt(course_id, quiz_id))

    def overviews(self, course_id: str) -> list[QuizOverview]:
        return [self.overview(course_id, q.id) for q in self.library.course(course_id).quizzes]

    def start(self, course_id: str, quiz_id: str, *, shuffle: bool = False, mode: str = ONE_BY_ONE,
              only_missed_from: str | None = None) -> AttemptRecord:
        """Begin an attempt (an unfinished one is returned instead: it is resumed, not lost)."""
        existing = self.store.open_attempt(course_id, quiz_id)
        if existing is not None:
            return existing
        quiz = self.quiz(course_id, quiz_id)
        practice, _ = next_attempt_is_practice(quiz, summaries(self.store.list_attempts(course_id, quiz_id)),
                                               self.clock.now())
        only = None
        if only_missed_from is not None:
            previous = self.store.get_attempt(only_missed_from)
            if previous is None or not previous.finished:
                raise CompanionError("that attempt is not finished, so there is nothing to retry from it",
                                     code=reasons.NOT_FINISHED)
            only = list(self.result(previous).missed_question_ids)
            if not only:
                raise CompanionError("that attempt missed nothing: there are no questions to retry",
                                     code=reasons.NOTHING_TO_RETRY)
            practice = True  # a partial round never counts toward the certificate
        seed = random.randrange(1, 2**31) if shuffle else None
        return self.store.create_attempt(str(uuid.uuid4()), course_id, quiz_id, self.clock.now(), seed,
                                         practice, mode, only)

    def open_attempt(self, course_id: str, quiz_id: str) -> AttemptRecord | None:
        return self.store.open_attempt(course_id, quiz_id)

    def attempt(self, attempt_id: str) -> AttemptRecord:
        found = self.store.get_attempt(attempt_id)
        if found is None:
            raise CompanionError(f"there is no quiz attempt '{attempt_id}'", code=reasons.UNKNOWN_ITEM,
                                 data={"course_id": "", "kind": "attempt", "item": attempt_id})
        return found

    def order(self, attempt: AttemptRecord) -> list[tuple[str, list[str]]]:
        quiz = self.quiz(attempt.course_id, attempt.quiz_id)
        return presentation_order(quiz, attempt.seed, attempt.only_questions)

    def answer(self, attempt_id: str, question_id: str, selected: list[str]) -> None:
        self.store.record_answer(attempt_id, question_id, selected, self.clock.now())

    def move(self, attempt_id: str, position: int) -> None:
        self.store.set_position(attempt_id, position)

    def result(self, attempt: AttemptRecord) -> QuizResult:
        quiz = self.quiz(attempt.course_id, attempt.quiz_id)
        return grade(quiz, attempt.answers, attempt.only_questions)

    def finish(self, attempt_id: str) -> FinishedAttempt:
        attempt = self.attempt(attempt_id)
        if attempt.finished:
            return FinishedAttempt(attempt, self.result(attempt), None)
        result = self.result(attempt)
        now = self.clock.now()
        self.store.finish_attempt(attempt_id, now, result.score, result.passed)
        finished = self.attempt(attempt_id)
        submission_id = None
        if not finished.practice:
            body = {
                "attempt_id": finished.id,
                "answers": {qid: sorted(sel) for qid, sel in sorted(finished.answers.items())},
                "started_at": finished.started_at.isoformat(),
                "finished_at": now.isoformat(),
                "local_score": result.score,
            }
            submission_id = self.outbox.submit(finished.course_id, "quiz_attempt", finished.quiz_id, body).id
        if self.on_finished is not None:
            try:
                self.on_finished(finished)
            except Exception:  # noqa: BLE001 - review cards are a bonus; the attempt is already safe
                log.exception("review cards were not updated after attempt %s", finished.id)
        return FinishedAttempt(finished, result, submission_id)

    def discard(self, attempt_id: str) -> None:
        self.store.discard_attempt(attempt_id)
