"""Quiz grading and attempt rules (pure domain)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from companion.domain.quiz import (NO_ATTEMPTS_LEFT, PARTIAL, PAST_DUE, AttemptSummary, Option, Question, Quiz, attempts_left, best_score,
                                   grade, has_passed, next_attempt_is_practice, option_digest,
                                   presentation_order, seal_answer_key, unseal_answer_key)
from companion.domain.schedule import WallTime

T0 = datetime(2023, 7, 10, tzinfo=timezone.utc)


def q(qid, qtype, correct, n=4, points=1.0):
    if qtype == "true_false":
        options = (Option("true", "True"), Option("false", "False"))
    else:
        options = tuple(Option(c, c.upper()) for c in "abcdefgh"[:n])
    return Question(qid, qtype, f"prompt {qid}", options, frozenset(correct), "because", points)


def quiz(*questions, **kw):
    return Quiz("quiz", None, "Quiz", tuple(questions), **kw)


QUIZ = quiz(q("q1", "true_false", {"true"}), q("q2", "single_choice", {"c"}), q("q3", "multiple_choice", {"a", "b"}),
            q("q4", "single_choice", {"a"}, points=2))


def test_all_right_scores_100_and_passes():
    result = grade(QUIZ, {"q1": ["true"], "q2": ["c"], "q3": ["a", "b"], "q4": ["a"]})
    assert result.score == 100 and result.passed
    assert result.missed_question_ids == ()


def test_score_scales_points_to_100():
    result = grade(QUIZ, {"q1": ["true"], "q2": ["c"], "q3": ["a"], "q4": ["b"]})
    assert result.earned == 2 and result.possible == 5
    assert result.score == 40 and not result.passed
    assert result.missed_question_ids == ("q3", "q4")


def test_pass_mark_is_inclusive():
    ten = quiz(*[q(f"q{i}", "true_false", {"true"}) for i in range(10)], pass_score=60)
    answers = {f"q{i}": ["true" if i < 6 else "false"] for i in range(10)}
    assert grade(ten, answers).score == 60
    assert grade(ten, answers).passed
    answers["q5"] = ["false"]
    assert not grade(ten, answers).passed


def test_no_answer_scores_nothing_and_is_reported():
    result = grade(QUIZ, {})
    assert result.score == 0
    assert result.unanswered_question_ids == ("q1", "q2", "q3", "q4")


def test_ticking_every_option_earns_nothing_all_or_nothing():
    result = grade(QUIZ, {"q3": ["a", "b", "c", "d"], "q2": ["a", "b", "c", "d"]})
    assert result.earned == 0


def test_partial_credit_when_the_course_says_so():
    partial = quiz(q("m", "multiple_choice", {"a", "b"}), scoring=PARTIAL)
    assert grade(partial, {"m": ["a"]}).score == 50
    assert grade(partial, {"m": ["a", "c"]}).score == 0  # a wrong tick cancels a right one
    assert grade(partial, {"m": ["a", "b", "c", "d"]}).score == 0  # ticking everything never pays
    assert grade(partial, {"m": ["a", "b"]}).score == 100


def test_zero_point_question_does_not_count():
    z = quiz(q("real", "true_false", {"true"}), q("warmup", "true_false", {"true"}, points=0))
    result = grade(z, {"real": ["true"], "warmup": ["false"]})
    assert result.score == 100
    assert "warmup" not in result.missed_question_ids


def test_unknown_options_are_ignored():
    assert grade(QUIZ, {"q2": ["c", "zzz"]}).questions[1].earned == 1


def test_grading_only_some_questions():
    result = grade(QUIZ, {"q3": ["a", "b"]}, questions=["q3"])
    assert result.score == 100 and len(result.questions) == 1


def test_sealed_key_round_trip_and_hides_answers():
    key = seal_answer_key("q9", ["b", "d"], salt="salty-salt")
    assert "b" not in key["correct"] and len(key["correct"]) == 2
    correct, stray = unseal_answer_key("q9", ["a", "b", "c", "d"], key)
    assert correct == {"b", "d"} and stray == 0
    # the digest binds the question id: the same key does not fit another question
    assert unseal_answer_key("q8", ["a", "b", "c", "d"], key)[0] == frozenset()
    assert option_digest("s", "q", "a") != option_digest("s", "q", "b")


def attempts(*scores, practice=False):
    return [AttemptSummary(s, practice, T0 + timedelta(minutes=i)) for i, s in enumerate(scores)]


def test_best_score_counts_and_practice_does_not():
    tries = attempts(40, 70, 55) + attempts(100, practice=True)
    assert best_score(tries) == 70
    assert has_passed(QUIZ, tries)
    assert best_score(attempts(100, practice=True)) is None


def test_attempt_limits():
    limited = quiz(q("a", "true_false", {"true"}), max_attempts=2)
    assert attempts_left(limited, attempts(10)) == 1
    assert attempts_left(limited, attempts(10, 20)) == 0
    assert attempts_left(QUIZ, attempts(10, 20, 30)) is None
    practice, why = next_attempt_is_practice(limited, attempts(10, 20), T0)
    assert practice and why == NO_ATTEMPTS_LEFT


def test_after_the_deadline_attempts_are_practice():
    due = quiz(q("a", "true_false", {"true"}), due=WallTime.parse("2023-07-19T23:59", "Europe/Madrid"))
    before = datetime(2023, 7, 19, 21, 58, tzinfo=timezone.utc)  # 23:58 CEST
    after = datetime(2023, 7, 19, 22, 0, tzinfo=timezone.utc)  # 00:00 CEST on the 20th
    assert next_attempt_is_practice(due, [], before) == (False, "")
    practice, why = next_attempt_is_practice(due, [], after)
    assert practice and why == PAST_DUE


def test_presentation_order_is_stable_per_seed_and_keeps_true_false():
    plain = presentation_order(QUIZ, None)
    assert [qid for qid, _ in plain] == ["q1", "q2", "q3", "q4"]
    assert plain[1][1] == ["a", "b", "c", "d"]
    seeded = presentation_order(QUIZ, 1234)
    assert seeded == presentation_order(QUIZ, 1234)  # a resumed attempt looks the same
    assert sorted(qid for qid, _ in seeded) == ["q1", "q2", "q3", "q4"]
    tf = dict(seeded)["q1"]
    assert tf == ["true", "false"]
    different = [presentation_order(QUIZ, s) for s in range(1, 30)]
    assert any(order != seeded for order in different)


def test_presentation_order_of_a_subset():
    assert [qid for qid, _ in presentation_order(QUIZ, None, only=["q4", "q2"])] == ["q2", "q4"]


@pytest.mark.parametrize("qtype", ["single_choice", "true_false"])
def test_single_answer_question_with_two_ticks_is_wrong(qtype):
    question = q("x", qtype, {"true"} if qtype == "true_false" else {"a"})
    both = ["true", "false"] if qtype == "true_false" else ["a", "b"]
    assert grade(quiz(question), {"x": both}).score == 0


def test_portal_time_decides_when_the_computer_clock_is_off():
    from companion.domain.clock import FixedClock, PortalCorrectedClock

    due = quiz(q("a", "true_false", {"true"}), due=WallTime.parse("2023-07-19T23:59", "Europe/Madrid"))
    local = FixedClock(datetime(2023, 7, 19, 21, 50, tzinfo=timezone.utc))  # 23:50 in Madrid by this computer
    slightly_off = PortalCorrectedClock(local, offset_s=60)  # within 2 minutes: trust the computer
    assert slightly_off.now() == local.now()
    portal_ahead = PortalCorrectedClock(local, offset_s=15 * 60)  # the portal says it is 00:05 already
    assert portal_ahead.corrected
    assert next_attempt_is_practice(due, [], portal_ahead.now())[0]
    assert not next_attempt_is_practice(due, [], local.now())[0]
