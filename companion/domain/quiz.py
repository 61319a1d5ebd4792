"""Quizzes: sealed answer keys, grading, the pass rule, attempt limits and practice.

Answer keys travel sealed: for each correct option a course file holds
``sha256("<salt>:<question id>:<option id>")`` and never the option itself, so a glance at the file
does not give the answers away, while the app and the portal can both grade. The same holds for
matching pairs (``"<stem id>=<choice id>"`` digested) and for short answers without wildcards (the
folded answer digested, :mod:`companion.domain.answers`). Numerical answers and wildcard short
answers cannot be sealed: they are kept as written (docs/question-types.md).
"""

from __future__ import annotations

import hashlib
import random
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from .schedule import WallTime

TRUE_FALSE = "true_false"
SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
SHORT_ANSWER = "short_answer"
NUMERICAL = "numerical"
CLOZE = "cloze"  # fill in multiple blanks: the prompt holds {{blank id}} where each blank goes
MATCHING = "matching"
ESSAY = "essay"  # never graded here: it goes to the portal with the attempt
CHOICE_TYPES = (TRUE_FALSE, SINGLE_CHOICE, MULTIPLE_CHOICE)
QUESTION_TYPES = CHOICE_TYPES + (SHORT_ANSWER, NUMERICAL, CLOZE, MATCHING, ESSAY)
BLANK_TYPES = (SHORT_ANSWER, NUMERICAL, SINGLE_CHOICE)  # what a cloze blank can be

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"

SEAL_SCHEME = "sha256-salted-v1"
PAIR_SEPARATOR = "="  # a matching answer "stem=choice", a cloze answer "blank=value"


def option_digest(salt: str, question_id: str, option_id: str) -> str:
    return hashlib.sha256(f"{salt}:{question_id}:{option_id}".encode("utf-8")).hexdigest()


def pair(key: str, value: str) -> str:
    """One part of a matching or cloze answer as the attempt stores it: ``key=value``."""
    return f"{key}{PAIR_SEPARATOR}{value}"


def pairs_of(answer: Iterable[str]) -> dict[str, str]:
    """``key=value`` parts back into a mapping (the first value of a key wins; junk is ignored)."""
    out: dict[str, str] = {}
    for part in answer:
        if isinstance(part, str) and PAIR_SEPARATOR in part:
            key, value = part.split(PAIR_SEPARATOR, 1)
            out.setdefault(key, value)
    return out


def seal_answer_key(question_id: str, correct_option_ids: Iterable[str], salt: str | None = None,
                    weights: Mapping[str, float] | None = None) -> dict:
    """The ``answer_key`` object a course file stores for a question (``weights``: option id ->
    fraction of the question's points, for options whose credit is not simply right or wrong)."""
    salt = salt or secrets.token_hex(8)
    digests = sorted(option_digest(salt, question_id, oid) for oid in correct_option_ids)
    key = {"scheme": SEAL_SCHEME, "salt": salt, "correct": digests}
    if weights:
        key["weights"] = {option_digest(salt, question_id, oid): round(float(f), 7)
                          for oid, f in sorted(weights.items())}
    return key


def unseal_answer_key(question_id: str, option_ids: Iterable[str], key: Mapping) -> tuple[frozenset[str], int]:
    """The ids of the correct options, and how many digests matched no option at all."""
    salt = key["salt"]
    wanted = set(key["correct"])
    found = {oid for oid in option_ids if option_digest(salt, question_id, oid) in wanted}
    matched = {option_digest(salt, question_id, oid) for oid in found}
    return frozenset(found), len(wanted - matched)


def unseal_weights(question_id: str, option_ids: Iterable[str], key: Mapping) -> dict[str, float]:
    weights = key.get("weights") or {}
    out = {}
    for oid in option_ids:
        digest = option_digest(key["salt"], question_id, oid)
        if digest in weights:
            out[oid] = float(weights[digest])
    return out


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    feedback: str = ""  # shown in the review when this option was chosen


@dataclass(frozen=True)
class Image:
    path: str  # inside the course package
    alt: str = ""


@dataclass(frozen=True)
class TextAnswer:
    """One accepted short answer: sealed (``digest`` of the folded text) or a wildcard ``pattern``."""

    digest: str | None = None
    pattern: str | None = None
    credit: float = 1.0
    feedback: str = ""


@dataclass(frozen=True)
class NumericAnswer:
    """``value`` ± ``tolerance``, or the closed range ``low``..``high``."""

    value: float | None = None
    tolerance: float = 0.0
    low: float | None = None
    high: float | None = None
    credit: float = 1.0
    feedback: str = ""

    def accepts(self, x: float) -> bool:
        if self.value is not None:
            return abs(x - self.value) <= abs(self.tolerance) + 1e-9 * max(1.0, abs(self.value))
        return self.low is not None and self.high is not None and self.low <= x <= self.high


@dataclass(frozen=True)
class Unit:
    name: str
    multiplier: float = 1.0  # the answer in this unit is value * multiplier


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    options: tuple[Option, ...]  # choices; for matching, what the stems are matched to
    correct: frozenset[str]  # choice: option ids; matching: "stem=choice" pairs
    explanation: str = ""  # general feedback, shown in the review whatever the answer
    points: float = 1.0
    weights: tuple[tuple[str, float], ...] = ()  # choice: option id -> fraction, when the source gives them
    salt: str = ""  # short answer: the salt of its sealed answers
    text_answers: tuple[TextAnswer, ...] = ()
    case_sensitive: bool = False
    fold_accents: bool = False
    numeric_answers: tuple[NumericAnswer, ...] = ()
    units: tuple[Unit, ...] = ()
    blanks: tuple["Question", ...] = ()  # cloze: one sub-question per blank (id = blank id, points = weight)
    stems: tuple[Option, ...] = ()  # matching: the items to match
    images: tuple[Image, ...] = ()
    min_words: int | None = None  # essay
    max_words: int | None = None

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def stem(self, stem_id: str) -> Option | None:
        return next((o for o in self.stems if o.id == stem_id), None)

    def blank(self, blank_id: str) -> "Question | None":
        return next((b for b in self.blanks if b.blank_id == blank_id), None)

    @property
    def blank_id(self) -> str:
        """A cloze blank's own id (its ``id`` is "<question id>/<blank id>", which its digests use)."""
        return self.id.split("/", 1)[1] if "/" in self.id else self.id

    @property
    def marker(self) -> str:
        return "{{" + self.blank_id + "}}"

    @property
    def allows_many(self) -> bool:
        return self.type == MULTIPLE_CHOICE

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_TYPES

    @property
    def auto_graded(self) -> bool:
        return self.type != ESSAY

    @property
    def key_is_sealed(self) -> bool:
        """Whether the course file hides this question's answers (numbers and wildcards cannot be)."""
        if self.type == NUMERICAL or self.type == ESSAY:
            return self.type == ESSAY
        if self.type == SHORT_ANSWER:
            return all(a.pattern is None for a in self.text_answers)
        if self.type == CLOZE:
            return all(b.key_is_sealed for b in self.blanks)
        return True

    def matching_pairs(self) -> dict[str, str]:
        return pairs_of(self.correct)


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
    section: str = ""  # a question bank's category path ("Geometry / Circles"), for grouping

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def total_points(self) -> float:
        return sum(q.points for q in self.questions if q.auto_graded)

    def shifted(self, weeks: int) -> "Quiz":
        if not weeks or self.due is None:
            return self
        return replace(self, due=self.due.shifted(weeks))


@dataclass(frozen=True)
class PartResult:
    """One blank of a cloze question, or one stem of a matching question."""

    id: str
    given: str
    credit: float  # 0..1
    feedback: str = ""


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    selected: frozenset[str]
    correct: frozenset[str]
    earned: float
    possible: float
    credit: float = 0.0  # 0..1, the fraction of the points earned
    feedback: tuple[str, ...] = ()  # what the source says about the answer given (per answer)
    parts: tuple[PartResult, ...] = ()
    pending: bool = False  # an essay: the organizer grades it on the portal

    @property
    def answered(self) -> bool:
        return any(s.strip() if isinstance(s, str) else s for s in self.selected)

    @property
    def is_correct(self) -> bool:
        if self.pending:
            return False
        if self.possible <= 0:
            return self.selected == self.correct
        return self.answered and self.credit >= 1.0 - 1e-9

    @property
    def is_partial(self) -> bool:
        return not self.pending and 0 < self.credit < 1.0 - 1e-9

    @property
    def missed(self) -> bool:
        return not self.pending and self.possible > 0 and self.earned < self.possible


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

    @property
    def pending_question_ids(self) -> tuple[str, ...]:
        return tuple(r.question_id for r in self.questions if r.pending)


def _first_text(answer: Sequence[str]) -> str:
    return next((a for a in answer if isinstance(a, str)), "")


def _choice_credit(question: Question, selected: frozenset[str], scoring: str) -> float:
    if not selected:
        return 0.0
    weights = dict(question.weights)
    if weights:
        if question.type != MULTIPLE_CHOICE:
            return max(0.0, weights.get(next(iter(selected)), 0.0)) if len(selected) == 1 else 0.0
        return min(1.0, max(0.0, sum(weights.get(o, 0.0) for o in selected)))
    if question.type != MULTIPLE_CHOICE:
        return 1.0 if selected == question.correct else 0.0
    if scoring == PARTIAL:
        hits = len(selected & question.correct)
        wrong = len(selected - question.correct)
        return max(0.0, (hits - wrong) / len(question.correct))
    return 1.0 if selected == question.correct else 0.0


def _text_credit(question: Question, text: str) -> tuple[float, str]:
    from .answers import fold, text_digest, wildcard_match

    if not text.strip():
        return 0.0, ""
    folded = fold(text, case_sensitive=question.case_sensitive, fold_accents=question.fold_accents)
    digest = text_digest(question.salt, question.id, folded)
    for answer in question.text_answers:  # the first accepted answer that matches decides, as in Moodle
        if answer.digest is not None and answer.digest == digest:
            return max(0.0, min(1.0, answer.credit)), answer.feedback
        if answer.pattern is not None and wildcard_match(answer.pattern, text, case_sensitive=question.case_sensitive,
                                                         fold_accents=question.fold_accents):
            return max(0.0, min(1.0, answer.credit)), answer.feedback
    return 0.0, ""


def numeric_value(question: Question, text: str) -> float | None:
    """The participant's number in the answers' unit, or None when it is not one (or its unit is unknown)."""
    from .answers import parse_number

    parsed = parse_number(text)
    if parsed is None:
        return None
    value, unit = parsed
    if not unit:
        return value
    for candidate in question.units:
        if candidate.name.strip() == unit or candidate.name.strip().casefold() == unit.casefold():
            return value / candidate.multiplier if candidate.multiplier else None
    return None


def _numeric_credit(question: Question, text: str) -> tuple[float, str]:
    value = numeric_value(question, text)
    if value is None:
        return 0.0, ""
    for answer in question.numeric_answers:
        if answer.accepts(value):
            return max(0.0, min(1.0, answer.credit)), answer.feedback
    return 0.0, ""


def mark(question: Question, answer: Sequence[str], scoring: str = ALL_OR_NOTHING
         ) -> tuple[frozenset[str], float, tuple[str, ...], tuple[PartResult, ...]]:
    """(what counts of the answer, credit 0..1, feedback, parts) for one question."""
    if question.is_choice:
        selected = frozenset(answer) & frozenset(question.option_ids)
        feedback = tuple(o.feedback for o in question.options if o.id in selected and o.feedback)
        return selected, _choice_credit(question, selected, scoring), feedback, ()
    if question.type in (SHORT_ANSWER, NUMERICAL, ESSAY):
        text = _first_text(answer)[:20000]
        selected = frozenset([text]) if text.strip() else frozenset()
        if question.type == ESSAY:
            return selected, 0.0, (), ()
        credit, feedback = (_text_credit if question.type == SHORT_ANSWER else _numeric_credit)(question, text)
        return selected, credit, (feedback,) if feedback else (), ()
    given = pairs_of(answer)
    if question.type == MATCHING:
        stems = [s.id for s in question.stems]
        right = question.matching_pairs()
        choices = set(question.option_ids)
        chosen = {s: given[s] for s in stems if given.get(s) in choices}
        parts = tuple(PartResult(s, chosen.get(s, ""), 1.0 if s in chosen and chosen[s] == right.get(s) else 0.0)
                      for s in stems)
        credit = sum(p.credit for p in parts) / len(parts) if parts else 0.0
        return frozenset(pair(s, c) for s, c in chosen.items()), credit, (), parts
    if question.type == CLOZE:
        parts, total, got = [], 0.0, 0.0
        for blank in question.blanks:
            value = given.get(blank.blank_id, "")
            _sel, credit, feedback, _ = mark(blank, [value] if value else [], ALL_OR_NOTHING)
            parts.append(PartResult(blank.blank_id, value, credit, feedback[0] if feedback else ""))
            total += blank.points
            got += blank.points * credit
        selected = frozenset(pair(p.id, p.given) for p in parts if p.given.strip())
        return selected, (got / total if total > 0 else 0.0), (), tuple(parts)
    return frozenset(), 0.0, (), ()


def grade(quiz: Quiz, answers: Mapping[str, Iterable[str]], questions: Sequence[str] | None = None) -> QuizResult:
    """Grade ``answers`` (question id -> the attempt's answer: chosen option ids, ``[text]`` for a
    short answer, number or essay, ``["stem=choice", ...]`` for matching, ``["blank=value", ...]``
    for a cloze) against the quiz's key.

    ``questions`` limits grading to some questions (a "retry the missed ones" practice round).
    Options that are not the question's are ignored; a single-answer question with several
    options ticked earns nothing. An essay is never graded here: it is ``pending`` and its points
    are left out of the score until the organizer grades it.
    """
    wanted = set(questions) if questions is not None else None
    results = []
    earned = possible = 0.0
    for question in quiz.questions:
        if wanted is not None and question.id not in wanted:
            continue
        raw = answers.get(question.id, ())
        raw = [raw] if isinstance(raw, str) else list(raw)[:500]
        selected, credit, feedback, parts = mark(question, raw, quiz.scoring)
        pending = not question.auto_graded
        got = 0.0 if pending or question.points <= 0 else round(question.points * credit, 4)
        results.append(QuestionResult(question.id, selected, question.correct, got, question.points,
                                      0.0 if pending else credit, feedback, parts, pending))
        if not pending:
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
            if qtype in (SINGLE_CHOICE, MULTIPLE_CHOICE, MATCHING):
                rng.shuffle(options)
    return [(qid, options) for qid, options, _ in order]
