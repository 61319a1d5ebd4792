"""Review cards and the review log (companion.domain.review), each change one unit of work.

A review writes the card's new state and its log line in one transaction, so a crash mid-session
loses at most the question on screen; the queue is recomputed from the cards' due times, so a
session resumes where it stopped."""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import and_, case, func, select, tuple_

from companion.domain.review import CardKey, LoggedReview, ReviewCard, ReviewOutcome

from .db import Database
from .models import CourseRow, ReviewCardRow, ReviewLogRow

_COLUMNS = (ReviewCardRow.course_id, ReviewCardRow.quiz_id, ReviewCardRow.question_id, ReviewCardRow.due,
            ReviewCardRow.state, ReviewCardRow.step, ReviewCardRow.stability, ReviewCardRow.difficulty,
            ReviewCardRow.last_review, ReviewCardRow.last_correct, ReviewCardRow.reviews, ReviewCardRow.lapses)


def _card(row) -> ReviewCard:  # a Core row of _COLUMNS
    return ReviewCard(CardKey(row[0], row[1], row[2]), row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                      row[10], row[11])


def _where(course_id: str | None):
    return [ReviewCardRow.course_id == course_id] if course_id is not None else []


class ReviewStore:
    def __init__(self, db: Database):
        self.db = db

    def cards(self, course_id: str | None = None) -> list[ReviewCard]:
        with self.db.read() as s:
            return [_card(r) for r in s.execute(select(*_COLUMNS).where(*_where(course_id)))]

    def get(self, keys: Iterable[CardKey]) -> dict[CardKey, ReviewCard]:
        keys = list(keys)
        found: dict[CardKey, ReviewCard] = {}
        with self.db.read() as s:
            for i in range(0, len(keys), 300):
                chunk = [(k.course_id, k.quiz_id, k.question_id) for k in keys[i:i + 300]]
                query = select(*_COLUMNS).where(
                    tuple_(ReviewCardRow.course_id, ReviewCardRow.quiz_id, ReviewCardRow.question_id).in_(chunk))
                for r in s.execute(query):
                    card = _card(r)
                    found[card.key] = card
        return found

    def due_count(self, before: datetime, course_id: str | None = None) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(ReviewCardRow)
                                .where(ReviewCardRow.due < before, *_where(course_id))) or 0)

    def course_stamp(self, course_id: str) -> tuple | None:
        """A course's version, last update and shift, read without loading its manifest: a review session
        resolves its cards without re-reading big courses. (Dates moved under the same version and
        update time, which only a fixed clock allows, do not matter to questions.)"""
        with self.db.read() as s:
            row = s.execute(select(CourseRow.version, CourseRow.updated_at, CourseRow.shift_weeks)
                            .where(CourseRow.id == course_id)).first()
            return tuple(row) if row is not None else None

    def count(self, course_id: str | None = None) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(ReviewCardRow).where(*_where(course_id))) or 0)

    def due_cards(self, before: datetime, now: datetime, course_id: str | None = None,
                  limit: int | None = None) -> list[ReviewCard]:
        """Due before `before`, in the domain's queue order: those due by `now` before those due later
        today (a question just missed waits its relearning minutes), missed first, the most overdue first."""
        later = case((ReviewCardRow.due > now, 1), else_=0)
        missed_first = case((ReviewCardRow.last_correct.is_(False), 0), else_=1)
        query = (select(*_COLUMNS).where(ReviewCardRow.due < before, *_where(course_id))
                 .order_by(later, missed_first, ReviewCardRow.due, ReviewCardRow.course_id, ReviewCardRow.quiz_id,
                           ReviewCardRow.question_id))
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as s:
            return [_card(r) for r in s.execute(query)]

    def _put(self, s, card: ReviewCard) -> None:
        k = card.key
        row = s.get(ReviewCardRow, (k.course_id, k.quiz_id, k.question_id))
        if row is None:
            row = ReviewCardRow(course_id=k.course_id, quiz_id=k.quiz_id, question_id=k.question_id)
            s.add(row)
        row.due, row.state, row.step = card.due, card.state, card.step
        row.stability, row.difficulty, row.last_review = card.stability, card.difficulty, card.last_review
        row.last_correct, row.reviews, row.lapses = card.last_correct, card.reviews, card.lapses

    def save_review(self, outcome: ReviewOutcome, source: str = "review") -> None:
        k = outcome.card.key
        with self.db.write() as s:
            self._put(s, outcome.card)
            s.add(ReviewLogRow(course_id=k.course_id, quiz_id=k.quiz_id, question_id=k.question_id,
                               reviewed_at=outcome.reviewed_at, rating=outcome.rating, chosen=outcome.chosen,
                               correct=outcome.correct, duration_ms=outcome.duration_ms, source=source))

    def save_cards(self, cards: Iterable[ReviewCard]) -> None:
        with self.db.write() as s:
            for card in cards:
                self._put(s, card)

    def log(self, since: datetime | None = None, course_id: str | None = None) -> list[LoggedReview]:
        query = select(ReviewLogRow.reviewed_at, ReviewLogRow.rating, ReviewLogRow.correct)
        conditions = []
        if since is not None:
            conditions.append(ReviewLogRow.reviewed_at >= since)
        if course_id is not None:
            conditions.append(ReviewLogRow.course_id == course_id)
        if conditions:
            query = query.where(and_(*conditions))
        with self.db.read() as s:
            return [LoggedReview(r[0], r[1], r[2]) for r in s.execute(query.order_by(ReviewLogRow.reviewed_at))]
