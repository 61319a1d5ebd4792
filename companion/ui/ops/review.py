"""Review operations: today's queue and its first question, checking an answer, saving a grade,
the numbers. Saving a grade changes only the review cards (``REVIEW``), never a quiz or the checklist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.services.review import Checked, ReviewItem, ReviewStats, ReviewSummary

from . import REVIEW, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


@dataclass(frozen=True)
class ReviewState:
    summary: ReviewSummary
    item: ReviewItem | None  # the next question, None when nothing is due


def review_state(app: "App", course_id: str | None) -> Changed[ReviewState]:
    return Changed(ReviewState(app.reviews.summary(course_id), app.reviews.next_item(course_id)))


def summary(app: "App", course_id: str | None) -> Changed[ReviewSummary]:
    return Changed(app.reviews.summary(course_id))


def check(app: "App", item: ReviewItem, selected: list[str], seconds: float) -> Changed[Checked]:
    return Changed(app.reviews.check(item, selected, seconds))


def rate(app: "App", item: ReviewItem, correct: bool, seconds: float, rating: int | None,
         course_id: str | None) -> Changed[ReviewState]:
    app.reviews.rate(item, correct, seconds, rating)
    return changed(ReviewState(app.reviews.summary(course_id), app.reviews.next_item(course_id)), REVIEW)


def stats(app: "App", course_id: str | None) -> Changed[ReviewStats]:
    return Changed(app.reviews.stats(30, course_id))
