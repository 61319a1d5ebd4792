"""FSRS review scheduling (companion.domain.review) against the fsrs package itself, and the
participant's 4 a.m. day across DST and travel."""
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import fsrs
import pytest

from companion.domain import review as rv

KEY = rv.CardKey("course-1", "quiz-1", "q1")
UTC = timezone.utc


def test_a_simulated_year_matches_the_fsrs_package():
    """Same answers, same times, same random seed (fuzz): the domain's cards and fsrs's own cards
    agree on every due time, stability and difficulty over a year of reviews."""
    sim = random.Random(7)
    scheduler = fsrs.Scheduler()  # default parameters, as the app uses
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    end = start + timedelta(days=365)
    total = 0
    for card_no in range(40):
        ours = rv.new_card(KEY, start)
        theirs = fsrs.Card(card_id=1)
        theirs.due = start
        now = start
        steps = 0
        while now < end:
            correct = sim.random() < 0.85
            seconds = sim.uniform(2, 40)
            chosen = sim.choice([None, None, None, rv.HARD, rv.EASY]) if correct else None
            seed = sim.random()
            random.seed(seed)
            outcome = rv.review(ours, correct, now, seconds=seconds, chosen_rating=chosen)
            random.seed(seed)
            rating = chosen or rv.infer_rating(correct, seconds)
            theirs, _ = scheduler.review_card(theirs, fsrs.Rating(rating), now, int(round(seconds * 1000)))
            ours = outcome.card
            assert outcome.rating == rating and outcome.chosen == (chosen is not None)
            assert ours.due == theirs.due
            assert ours.state == int(theirs.state) and ours.step == theirs.step
            assert ours.stability == pytest.approx(theirs.stability, rel=1e-12)
            assert ours.difficulty == pytest.approx(theirs.difficulty, rel=1e-12)
            # the participant comes back some time after it falls due (or on time)
            now = theirs.due + timedelta(hours=sim.choice([0, 0, 3, 20, 50]))
            steps += 1
        assert ours.reviews == steps
        total += steps
    assert total > 150  # a year of reviews across the cards, lapses and relearning included


def test_inferred_ratings_from_correctness_and_time():
    assert rv.infer_rating(False, 3) == rv.AGAIN
    assert rv.infer_rating(True, 3) == rv.EASY
    assert rv.infer_rating(True, 15) == rv.GOOD
    assert rv.infer_rating(True, 90) == rv.HARD
    assert rv.infer_rating(True, None) == rv.GOOD
    with pytest.raises(ValueError):
        rv.review(rv.new_card(KEY, datetime(2026, 1, 1, tzinfo=UTC)), True,
                  datetime(2026, 1, 1, tzinfo=UTC), chosen_rating=7)


def test_the_day_starts_at_four_in_the_participants_zone():
    seoul = ZoneInfo("Asia/Seoul")
    # 03:59 in Seoul still belongs to the day before
    assert rv.review_day(datetime(2026, 3, 10, 3, 59, tzinfo=seoul), seoul).day == 9
    assert rv.review_day(datetime(2026, 3, 10, 4, 0, tzinfo=seoul), seoul).day == 10
    assert rv.day_end(datetime(2026, 3, 10, 12, 0, tzinfo=seoul), seoul) == \
        datetime(2026, 3, 11, 4, 0, tzinfo=seoul).astimezone(UTC)


@pytest.mark.parametrize("zone", ["Europe/Madrid", "America/New_York", "Australia/Lord_Howe"])
def test_days_are_contiguous_across_dst(zone):
    """Every instant of a year belongs to exactly one day, days never overlap or leave gaps, and
    each lasts 23 to 25 hours (DST), so no card falls between two days."""
    tz = ZoneInfo(zone)
    day = rv.review_day(datetime(2026, 1, 1, 12, tzinfo=UTC), tz)
    for _ in range(366):
        start = rv.day_start(day, tz)
        nxt = rv.day_start(day + timedelta(days=1), tz)
        assert timedelta(hours=22) <= nxt - start <= timedelta(hours=25)
        assert rv.review_day(start, tz) == day
        assert rv.review_day(nxt - timedelta(seconds=1), tz) == day
        day += timedelta(days=1)


def test_travel_never_loses_or_doubles_a_card():
    """Cards due at UTC instants: flying from Seoul to Madrid moves where today ends, but every card
    is due today in one zone or due on a later day, and each is counted once."""
    seoul, madrid = ZoneInfo("Asia/Seoul"), ZoneInfo("Europe/Madrid")
    now = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    cards = [rv.ReviewCard(key=rv.CardKey("c", "q", f"x{i}"), due=now + timedelta(hours=i))
             for i in range(-5, 72)]
    for tz in (seoul, madrid):
        due = rv.queue(cards, now, tz)
        assert len({c.key for c in due}) == len(due)
        fc = rv.forecast(cards, now, tz, days=30)
        assert sum(fc) == len(cards)  # every card lands on exactly one day
        assert fc[0] == len(due)
    # later in the evening in Madrid is still the same day there; the queue only grows with time
    before = rv.queue(cards, now, madrid)
    after = rv.queue(cards, now + timedelta(hours=3), madrid)
    assert {c.key for c in before} <= {c.key for c in after}


def test_missed_questions_come_first_and_course_filter():
    now = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    zone = ZoneInfo("Europe/Madrid")
    old_right = rv.ReviewCard(rv.CardKey("a", "q", "1"), due=now - timedelta(days=3), last_correct=True)
    new_miss = rv.ReviewCard(rv.CardKey("b", "q", "2"), due=now, last_correct=False)
    later = rv.ReviewCard(rv.CardKey("a", "q", "3"), due=now + timedelta(days=4))
    q = rv.queue([old_right, later, new_miss], now, zone)
    assert [c.key.question_id for c in q] == ["2", "1"]
    assert [c.key.question_id for c in rv.queue([old_right, later, new_miss], now, zone, "a")] == ["1"]
    assert rv.minutes_for(12) == 4 and rv.minutes_for(1) == 1 and rv.minutes_for(0) == 0


def test_answers_in_quizzes_feed_the_cards():
    now = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    card = rv.record_answer(None, KEY, True, now)
    assert card.reviews == 1 and card.due > now
    # answering again before it is due (a retake) does not reschedule a right answer...
    assert rv.record_answer(card, KEY, True, now + timedelta(minutes=5)) == card
    # ...but a miss brings it back at once, first in the queue
    missed = rv.record_answer(card, KEY, False, now + timedelta(minutes=5))
    assert missed.missed and missed.due == now + timedelta(minutes=5)
    assert not rv.reviewable("essay") and rv.reviewable("choice") and rv.reviewable(None)


def test_statistics():
    zone = ZoneInfo("Asia/Seoul")
    t = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)  # 10:00 in Seoul
    log = [rv.LoggedReview(t, rv.GOOD, True), rv.LoggedReview(t + timedelta(hours=1), rv.AGAIN, False),
           rv.LoggedReview(t + timedelta(days=1), rv.EASY, True), rv.LoggedReview(t, rv.GOOD, True)]
    per = rv.reviews_per_day(log, zone)
    assert sorted(per.values()) == [1, 3]
    assert rv.retention(log) == pytest.approx(0.75)
    assert rv.retention([]) is None
