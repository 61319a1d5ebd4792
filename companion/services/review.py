"""Spaced review across every quiz: cards fed by quiz answers, review sessions, numbers.

Reviews never touch quiz attempts, scores or the certificate checklist: they read the quizzes and
write only review cards and the review log. Answers are graded by the domain's own `grade`, so
every question type the quizzes grade can be reviewed (essays, graded by people, never are)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Callable, Iterable
from zoneinfo import ZoneInfo

from companion.domain import review as rv
from companion.domain.clock import Clock
from companion.domain.quiz import Question, Quiz, grade
from companion.services.settings import REVIEW_REMINDER_AT, REVIEW_REMINDER_FIRED

if TYPE_CHECKING:
    from companion.store.repo import AttemptRecord
    from companion.store.reviews import ReviewStore

from .library import Library



@dataclass(frozen=True)
class ReviewSummary:
    due: int
    minutes: int
    cards: int  # all cards (due or not)


@dataclass(frozen=True)
class ReviewItem:
    card: rv.ReviewCard
    course_title: str
    quiz: Quiz
    question: Question


@dataclass(frozen=True)
class Checked:
    correct: bool
    inferred_rating: int
    explanation: str
    correct_option_ids: frozenset[str]


@dataclass(frozen=True)
class ReviewStats:
    per_day: tuple[tuple[date, int], ...]  # the last `days` days, oldest first
    retention: float | None
    forecast: tuple[int, ...]  # the next 30 days, today first
    total_reviews: int


class ReviewService:
    def __init__(self, reviews: ReviewStore, library: Library, clock: Clock, zone: Callable[[], str],
                 settings=None):
        self.reviews = reviews
        self.settings = settings  # services.settings.Settings: the reminder time and when it fired
        self.library = library
        self.clock = clock
        self._zone = zone
        self._courses: dict[str, tuple[tuple, object]] = {}

    def _course(self, course_id: str):
        """The course (None when it is gone), re-read only when its stamp changed."""
        stamp = self.reviews.course_stamp(course_id)
        if stamp is None:
            self._courses.pop(course_id, None)
            return None
        cached = self._courses.get(course_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            course = self.library.course(course_id)
        except Exception:  # a course that cannot be read: its cards wait silently
            return None
        self._courses[course_id] = (stamp, course)
        return course

    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self._zone())
        except Exception:  # an unknown or broken zone name: UTC rather than no reviews
            return ZoneInfo("UTC")

    def day_end(self) -> datetime:
        return rv.day_end(self.clock.now(), self.zone())

    # ---- feeding cards ----
    def attempt_finished(self, attempt: AttemptRecord) -> int:
        """Every question answered in a finished attempt (graded or practice) gets or updates its card.
        Returns how many cards changed."""
        course = self.library.course(attempt.course_id)
        quiz = course.quiz(attempt.quiz_id)
        if quiz is None:
            return 0
        result = grade(quiz, attempt.answers, attempt.only_questions)
        now = attempt.finished_at or self.clock.now()
        answered = [(r.question_id, r.is_correct) for r in result.questions if r.answered
                    and rv.reviewable((quiz.question(r.question_id) or Question("", "", "", (), frozenset())).type)]
        keys = [rv.CardKey(attempt.course_id, attempt.quiz_id, qid) for qid, _ in answered]
        existing = self.reviews.get(keys)
        changed = []
        for key, (_qid, correct) in zip(keys, answered):
            before = existing.get(key)
            after = rv.record_answer(before, key, correct, now)
            if after != before:
                changed.append(after)
        if changed:
            self.reviews.save_cards(changed)
        return len(changed)

    # ---- the queue ----
    def summary(self, course_id: str | None = None) -> ReviewSummary:
        due = self.reviews.due_count(self.day_end(), course_id)
        return ReviewSummary(due, rv.minutes_for(due), self.reviews.count(course_id))

    def due_count(self, course_id: str | None = None) -> int:
        return self.reviews.due_count(self.day_end(), course_id)

    def _items(self, cards: Iterable[rv.ReviewCard]) -> list[ReviewItem]:
        items = []
        courses: dict[str, object] = {}
        for card in cards:
            k = card.key
            if k.course_id not in courses:
                courses[k.course_id] = self._course(k.course_id)
            course = courses[k.course_id]
            quiz = course.quiz(k.quiz_id) if course is not None else None
            question = quiz.question(k.question_id) if quiz is not None else None
            if question is None or not rv.reviewable(question.type):
                continue
            items.append(ReviewItem(card, course.title, quiz, question))
        return items

    def session(self, course_id: str | None = None, limit: int | None = None) -> list[ReviewItem]:
        """Today's queue (missed first). Reviewed cards leave it as each review is saved, so a session
        interrupted by a crash resumes with what was left."""
        return self._items(self.reviews.due_cards(self.day_end(), self.clock.now(), course_id, limit))

    def next_item(self, course_id: str | None = None) -> ReviewItem | None:
        """The first question of today's queue (cards of removed courses or questions are passed over)."""
        cards = self.reviews.due_cards(self.day_end(), self.clock.now(), course_id, limit=5)
        items = self._items(cards)
        if items or len(cards) < 5:
            return items[0] if items else None
        items = self.session(course_id)
        return items[0] if items else None

    # ---- answering ----
    def check(self, item: ReviewItem, selected: Iterable[str], seconds: float | None) -> Checked:
        result = grade(item.quiz, {item.question.id: list(selected)}, [item.question.id])
        correct = bool(result.questions) and result.questions[0].is_correct
        return Checked(correct, rv.infer_rating(correct, seconds), item.question.explanation,
                       item.question.correct)

    def rate(self, item: ReviewItem, correct: bool, seconds: float | None,
             chosen_rating: int | None = None) -> rv.ReviewOutcome:
        outcome = rv.review(item.card, correct, self.clock.now(), seconds=seconds, chosen_rating=chosen_rating)
        self.reviews.save_review(outcome)
        return outcome

    # ---- the daily reminder (kept in the store: it survives restarts) ----
    def reminder_time(self) -> str | None:
        value = self.settings.get(REVIEW_REMINDER_AT) if self.settings else None
        return value if rv.parse_reminder_time(value) else None

    def set_reminder_time(self, value: str | None) -> None:
        if value is not None and rv.parse_reminder_time(value) is None:
            raise ValueError(f"not a time of day: {value!r}")
        self.settings.set(REVIEW_REMINDER_AT, value)

    def due_reminder(self) -> int | None:
        """How many questions are due, when the day's review reminder fires now (once a day, and only
        when something is due); None otherwise. Recorded as fired before it is returned."""
        at = rv.parse_reminder_time(self.reminder_time())
        if at is None:
            return None
        now = self.clock.now()
        last = self.settings.get(REVIEW_REMINDER_FIRED)
        last_fired = datetime.fromisoformat(last) if isinstance(last, str) else None
        occurrence = rv.reminder_due(at, self.zone(), now, last_fired)
        if occurrence is None:
            return None
        self.settings.set(REVIEW_REMINDER_FIRED, now.isoformat())
        due = self.due_count()
        return due or None

    # ---- numbers ----
    def stats(self, days: int = 30, course_id: str | None = None) -> ReviewStats:
        zone, now = self.zone(), self.clock.now()
        today = rv.review_day(now, zone)
        first = today - timedelta(days=days - 1)
        log = self.reviews.log(rv.day_start(first, zone), course_id)
        per = rv.reviews_per_day(log, zone)
        per_day = tuple((first + timedelta(days=i), per.get(first + timedelta(days=i), 0)) for i in range(days))
        forecast = rv.forecast(self.reviews.cards(course_id), now, zone, 30)
        return ReviewStats(per_day, rv.retention(log), tuple(forecast), len(log))
