"""Spaced review of quiz questions, scheduled by FSRS (the `fsrs` package, default parameters).

A review card is one question of one quiz of one course: (course_id, quiz_id, question_id). Its
memory state (stability, difficulty, FSRS state and learning step) and when it is next due are kept
here as plain values; the store keeps them as rows and this module turns them into `fsrs.Card`s and
back. Nothing here reads a clock, a file or a zone database on its own: the caller passes `now`
(aware) and the participant's zone (a `tzinfo`).

The participant's day starts at 4 a.m. in their own zone (as in Anki). Due times are stored as UTC
instants, so a change of zone (travel) or a DST change only moves where "today" ends; no card is
lost or counted twice.

Codes below, words above: ratings and states are codes (ints / short strings); the UI names them.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Iterable, Sequence

import fsrs

DAY_STARTS_AT = time(4, 0)

# Ratings, as FSRS numbers them.
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATINGS = (AGAIN, HARD, GOOD, EASY)
RATING_CODES = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}

# Card states, as FSRS numbers them; NEW means never reviewed by the scheduler yet.
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3

# Question kinds that never become review cards (graded by a person, not by a key).
NOT_REVIEWABLE_KINDS = frozenset({"essay"})

# Seconds a correct answer may take to be inferred as Easy, Good; slower is Hard.
EASY_WITHIN_S = 8.0
GOOD_WITHIN_S = 25.0
# A typical review (reading, answering, reading the explanation), for the "about N minutes" estimate.
SECONDS_PER_REVIEW = 20


def _scheduler() -> fsrs.Scheduler:
    return fsrs.Scheduler()  # default parameters, desired retention 0.9, fuzzing on


_SCHEDULER = _scheduler()


@dataclass(frozen=True)
class CardKey:
    course_id: str
    quiz_id: str
    question_id: str


@dataclass(frozen=True)
class ReviewCard:
    key: CardKey
    due: datetime  # aware, UTC
    state: int = NEW
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    last_review: datetime | None = None
    last_correct: bool | None = None  # the last answer given (quiz, practice or review)
    reviews: int = 0
    lapses: int = 0

    @property
    def missed(self) -> bool:
        return self.last_correct is False


@dataclass(frozen=True)
class ReviewOutcome:
    card: ReviewCard
    rating: int
    chosen: bool  # True when the participant chose the rating, False when inferred
    correct: bool
    reviewed_at: datetime
    duration_ms: int | None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(timezone.utc)


def new_card(key: CardKey, now: datetime) -> ReviewCard:
    """A question first answered now: due at once (it enters the queue with its first answer)."""
    return ReviewCard(key=key, due=_utc(now))


def to_fsrs(card: ReviewCard) -> fsrs.Card:
    state = fsrs.State(card.state) if card.state != NEW else fsrs.State.Learning
    step = card.step if state in (fsrs.State.Learning, fsrs.State.Relearning) else None
    if state in (fsrs.State.Learning, fsrs.State.Relearning) and step is None:
        step = 0
    return fsrs.Card(card_id=1, state=state, step=step, stability=card.stability,
                     difficulty=card.difficulty, due=_utc(card.due),
                     last_review=_utc(card.last_review) if card.last_review else None)


def _from_fsrs(card: ReviewCard, fcard: fsrs.Card, correct: bool, rating: int) -> ReviewCard:
    return replace(card, due=_utc(fcard.due), state=int(fcard.state), step=fcard.step,
                   stability=fcard.stability, difficulty=fcard.difficulty,
                   last_review=_utc(fcard.last_review) if fcard.last_review else None,
                   last_correct=correct, reviews=card.reviews + 1,
                   lapses=card.lapses + (1 if rating == AGAIN and card.state == REVIEW else 0))


def infer_rating(correct: bool, seconds: float | None) -> int:
    """FSRS's grade from correctness and time: wrong is Again; a quick right answer Easy, a
    considered one Good, a slow one Hard. Without a time a right answer is Good."""
    if not correct:
        return AGAIN
    if seconds is None or seconds < 0:
        return GOOD
    if seconds <= EASY_WITHIN_S:
        return EASY
    if seconds <= GOOD_WITHIN_S:
        return GOOD
    return HARD


def review(card: ReviewCard, correct: bool, now: datetime, *, seconds: float | None = None,
           chosen_rating: int | None = None) -> ReviewOutcome:
    """Schedule `card` after an answer at `now`. The rating is the participant's choice when given,
    else inferred from correctness and time."""
    if chosen_rating is not None and chosen_rating not in RATINGS:
        raise ValueError(f"rating {chosen_rating!r}")
    rating = chosen_rating if chosen_rating is not None else infer_rating(correct, seconds)
    duration_ms = None if seconds is None else max(0, int(round(seconds * 1000)))
    fcard, _log = _SCHEDULER.review_card(to_fsrs(card), fsrs.Rating(rating), _utc(now), duration_ms)
    return ReviewOutcome(card=_from_fsrs(card, fcard, correct, rating), rating=rating,
                         chosen=chosen_rating is not None, correct=correct,
                         reviewed_at=_utc(now), duration_ms=duration_ms)


def record_answer(card: ReviewCard | None, key: CardKey, correct: bool, now: datetime) -> ReviewCard:
    """A question answered in a graded attempt or in practice. A first answer creates the card and
    schedules it like a review; a later one counts as a review only if the card was due (answering
    the same quiz twice in a row must not push a question out by months)."""
    if card is None:
        card = new_card(key, now)
    elif _utc(card.due) > _utc(now):
        # Not due: only a miss matters (it comes back at once, first in the queue).
        return replace(card, due=_utc(now), last_correct=False) if not correct else card
    return review(card, correct, now).card


# --- The participant's day -------------------------------------------------------------------

def review_day(now: datetime, zone: tzinfo) -> date:
    """The participant's day at `now`: it starts at 4 a.m. local time."""
    local = _utc(now).astimezone(zone)
    return (local - timedelta(hours=DAY_STARTS_AT.hour, minutes=DAY_STARTS_AT.minute)).date()


def day_start(day: date, zone: tzinfo) -> datetime:
    """When `day` begins (4 a.m. local, in UTC). A 4 a.m. that a DST change skips is read as the
    wall time it would have been (zoneinfo's fold=0), which is still the right order of days."""
    return datetime.combine(day, DAY_STARTS_AT, tzinfo=zone).astimezone(timezone.utc)


def day_end(now: datetime, zone: tzinfo) -> datetime:
    """The instant the participant's current day ends (the next 4 a.m. local), in UTC."""
    return day_start(review_day(now, zone) + timedelta(days=1), zone)


def is_due_today(card: ReviewCard, now: datetime, zone: tzinfo) -> bool:
    return _utc(card.due) < day_end(now, zone)


def queue(cards: Iterable[ReviewCard], now: datetime, zone: tzinfo, course_id: str | None = None,
          limit: int | None = None) -> list[ReviewCard]:
    """The cards due today: those due by now before those due later today (a question just missed
    waits its relearning minutes), missed ones first, then the most overdue first."""
    end = day_end(now, zone)
    at = _utc(now)
    due = [c for c in cards if c.due < end and (course_id is None or c.key.course_id == course_id)]
    due.sort(key=lambda c: (c.due > at, not c.missed, c.due, c.key.course_id, c.key.quiz_id, c.key.question_id))
    return due if limit is None else due[:limit]


def minutes_for(count: int) -> int:
    """About how many minutes `count` reviews take (at least 1 when there are any)."""
    if count <= 0:
        return 0
    return max(1, round(count * SECONDS_PER_REVIEW / 60))


# --- Numbers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoggedReview:
    reviewed_at: datetime
    rating: int
    correct: bool


def reviews_per_day(log: Iterable[LoggedReview], zone: tzinfo) -> dict[date, int]:
    per: dict[date, int] = {}
    for entry in log:
        day = review_day(entry.reviewed_at, zone)
        per[day] = per.get(day, 0) + 1
    return per


def retention(log: Iterable[LoggedReview]) -> float | None:
    """Share of reviews answered correctly (None when there are none)."""
    total = right = 0
    for entry in log:
        total += 1
        right += 1 if entry.correct else 0
    return None if total == 0 else right / total


def forecast(cards: Iterable[ReviewCard], now: datetime, zone: tzinfo, days: int = 30) -> list[int]:
    """How many cards fall due on each of the next `days` days (index 0 = today, overdue included)."""
    counts = [0] * days
    today = review_day(now, zone)
    ends = [day_start(today + timedelta(days=i + 1), zone) for i in range(days)]
    for card in cards:
        i = bisect.bisect_right(ends, card.due)
        if i < days:
            counts[i] += 1
    return counts


def reviewable(kind: str | None) -> bool:
    return (kind or "choice") not in NOT_REVIEWABLE_KINDS


def keys_for(course_id: str, quiz_id: str, question_ids: Sequence[str]) -> list[CardKey]:
    return [CardKey(course_id, quiz_id, q) for q in question_ids]
