"""Quizzes: sealed answer keys, grading, the pass rule, attempt limits and practice.

Answer keys travel sealed: for each correct option a course file holds
``sha256("<salt>:<question id>:<option id>")`` and never the option itself, so a glance at the file
does not give the answers away, while the app and the portal can both grade.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .schedule import WallTime

TRUE_FALSE = "true_false"
SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
QUESTION_TYPES = (TRUE_FALSE, SINGLE_CHOICE, MULTIPLE_CHOICE)

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"

SEAL_SCHEME = "sha256-salted-v1"


def option_digest(salt: str, question_id: str, option_id: str) -> str:
    return hashlib.sha256(f"{salt}:{question_id}:{option_id}".encode("utf-8")).hexdigest()


def seal_answer_key(question_id: str, correct_option_ids: Iterable[str], salt: str | None = None) -> dict:
    """The ``answer_key`` object a course file stores for a question."""
    salt = salt or secrets.token_hex(8)
    digests = sorted(option_digest(salt, question_id, oid) for oid in correct_option_ids)
    return {"scheme": SEAL_SCHEME, "salt": salt, "correct": digests}


def unseal_answer_key(question_id: str, option_ids: Iterable[str], key: Mapping) -> tuple[frozenset[str], int]:
    """The ids of the correct options, and how many digests matched no option at all."""
    salt = key["salt"]
    wanted = set(key["correct"])
    found = {oid for oid in option_ids if option_digest(salt, question_id, oid) in wanted}
    matched = {option_digest(salt, question_id, oid) for oid in found}
    return frozenset(found), len(wanted - matched)


@dataclass(frozen=True)
class Option:
    id: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    options: tuple[Option, ...]
    correct: frozenset[str]
    explanation: str = ""
    points: float = 1.0

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def allows_many(self) -> bool:
        return self.type == MULTIPLE_CHOICE


@dataclass(frozen=True)
class Quiz:
    id: str
    lecture_id: str | None
    title: str
    questions: tuple[Question, ...]
    pass_score: float = 60.0
    due: WallTime | None = None
    max_attempts: int | None = None
    scoring: str = ALL_OR_NOTHING

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def total_points(self) -> float:
        return sum(q.points for q in self.questions)

    def shifted(self, weeks: int) -> "Quiz":
        if not weeks or self.due is None:
            return self
        return Quiz(self.id, self.lecture_id, self.title, self.questions, self.pass_score,
                    self.due.shifted(weeks), self.max_attempts, self.scoring)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    selected: frozenset[str]
    correct: frozenset[str]
    earned: float
    possible: float

    @property
    def answered(self) -> bool:
        return bool(self.selected)

    @property
    def is_correct(self) -> bool:
        return self.selected == self.correct

    @property
    def missed(self) -> bool:
        return self.possible > 0 and self.earned < self.possible


@dataclass(frozen=True)
class QuizResult:
    score: float  # 0..100
    passed: bool
    earned: float
    possible: float
    questions: tuple[QuestionResult, ...] = field(default_factory=tuple)

    @property
    def missed_question_ids(self) -> tuple[str, ...]:
        return tuple(r.question_id for r in self.questions if r.missed)

    @property
    def unanswered_question_ids(self) -> tuple[str, ...]:
        return tuple(r.question_id for r in self.questions if not r.answered)


def _question_points(question: Question, selected: frozenset[str], scoring: str) -> float:
    if question.points <= 0 or not selected:
        return 0.0
    if question.type != MULTIPLE_CHOICE:
        return question.points if selected == question.correct else 0.0
    if scoring == PARTIAL:
        hits = len(selected & question.correct)
        wrong = len(selected - question.correct)
        fraction = max(0.0, (hits - wrong) / len(question.correct))
        return round(question.points * fraction, 4)
    return question.points if selected == question.correct else 0.0


def grade(quiz: Quiz, answers: Mapping[str, Iterable[str]], questions: Sequence[str] | None = None) -> QuizResult:
    """Grade ``answers`` (question id -> chosen option ids) against the quiz's key.

    ``questions`` limits grading to some questions (a "retry the missed ones" practice round).
    Options that are not the question's are ignored; a single-answer question with several
    options ticked earns nothing.
    """
    wanted = set(questions) if questions is not None else None
    results = []
    earned = possible = 0.0
    for question in quiz.questions:
        if wanted is not None and question.id not in wanted:
            continue
        chosen = frozenset(answers.get(question.id, ())) & frozenset(question.option_ids)
        got = _question_points(question, chosen, quiz.scoring)
        results.append(QuestionResult(question.id, chosen, question.correct, got, question.points))
        earned += got
        possible += question.points
    score = round(100.0 * earned / possible, 2) if possible > 0 else 0.0
    return QuizResult(score=score, passed=score >= quiz.pass_score, earned=earned,
                      possible=possible, questions=tuple(results))


# ---- attempts -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptSummary:
    """What the rules need to know of one finished attempt."""

    score: float
    practice: bool
    finished_at: datetime


def counted(attempts: Iterable[AttemptSummary]) -> list[AttemptSummary]:
    return [a for a in attempts if not a.practice]


def best_score(attempts: Iterable[AttemptSummary]) -> float | None:
    scores = [a.score for a in counted(attempts)]
    return max(scores) if scores else None


def has_passed(quiz: Quiz, attempts: Iterable[AttemptSummary]) -> bool:
    best = best_score(attempts)
    return best is not None and best >= quiz.pass_score


def is_past_due(quiz: Quiz, now: datetime) -> bool:
    return quiz.due is not None and now > quiz.due.instant()


def attempts_left(quiz: Quiz, attempts: Iterable[AttemptSummary]) -> int | None:
    """How many counted attempts remain; None when the course allows any number."""
    if quiz.max_attempts is None:
        return None
    return max(0, quiz.max_attempts - len(counted(attempts)))


# why a new attempt would only be practice (the UI says it in words)
PAST_DUE = "past_due"
NO_ATTEMPTS_LEFT = "no_attempts_left"


def next_attempt_is_practice(quiz: Quiz, attempts: Iterable[AttemptSummary], now: datetime) -> tuple[bool, str]:
    """Whether a new attempt would only be practice, and why as a code (:data:`PAST_DUE`,
    :data:`NO_ATTEMPTS_LEFT`; empty when it counts)."""
    if is_past_due(quiz, now):
        return True, PAST_DUE
    if attempts_left(quiz, attempts) == 0:
        return True, NO_ATTEMPTS_LEFT
    return False, ""


def presentation_order(quiz: Quiz, seed: int | None, only: Sequence[str] | None = None) -> list[tuple[str, list[str]]]:
    """The order questions and their options are shown in.

    ``seed`` None keeps the course's order. A seed shuffles questions and options (not the
    True/False pair) the same way every time, so a resumed attempt looks as it did.
    """
    questions = [q for q in quiz.questions if only is None or q.id in set(only)]
    order = [(q.id, list(q.option_ids), q.type) for q in questions]
    if seed is not None:
        rng = random.Random(seed)
        rng.shuffle(order)
        for _qid, options, qtype in order:
            if qtype != TRUE_FALSE:
                rng.shuffle(options)
    return [(qid, options) for qid, options, _ in order]
