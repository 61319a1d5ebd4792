"""What the app keeps of a portal's feedback answer when the portal lies (companion.domain.feedback),
and what an assignment comes to with its answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from companion.domain.feedback import (COMMENT_CHARS, MAX_ENTRIES, FeedbackRecord, Sent, is_new, plain_comment,
                                       read_answer, standing)

T0 = datetime(2023, 7, 20, 8, 0, tzinfo=timezone.utc)
KNOWN = {"s-essay": "essay", "s-photos": "selfies"}


def entry(sid="s-essay", verdict="needs_revision", comment="Add an example.", at="2023-07-22T08:15:00Z", **more):
    return {"submission_id": sid, "item_id": "essay", "kind": "essay", "verdict": verdict, "comment": comment,
            "updated_at": at, **more}


def test_only_known_submissions_count_and_the_assignment_comes_from_the_submission_not_the_answer():
    data = {"version": 1, "feedback": [entry(), entry(sid="someone-elses"), entry(sid="s-photos", item_id="essay"),
                                       entry(sid=None), entry(sid=["s-essay"])]}
    got = read_answer(data, "c", KNOWN)
    assert [(r.submission_id, r.item_id) for r in got] == [("s-essay", "essay"), ("s-photos", "selfies")]
    assert got[0] == FeedbackRecord("s-essay", "c", "essay", "needs_revision", "Add an example.",
                                    datetime(2023, 7, 22, 8, 15, tzinfo=timezone.utc))


def test_an_unknown_verdict_is_no_verdict_and_the_comment_still_counts():
    got = read_answer({"feedback": [entry(verdict="excellent!!"), entry(sid="s-photos", verdict=7)]}, "c", KNOWN)
    assert [(r.verdict, r.comment) for r in got] == [(None, "Add an example."), (None, "Add an example.")]


def test_malformed_answers_and_entries_are_left_out_without_raising():
    for data in (None, [], "feedback", {"feedback": "all good"}, {"feedback": None}, {"nothing": []}):
        assert read_answer(data, "c", KNOWN) == []
    bad = [entry(at="yesterday"), entry(at="2023-07-22T08:15:00"), entry(at=12), entry(at="9" * 100), "entry", 5]
    assert read_answer({"feedback": bad}, "c", KNOWN) == []


def test_sizes_and_counts_are_bounded():
    huge = "x" * (COMMENT_CHARS * 50)
    got = read_answer({"feedback": [entry(comment=huge)]}, "c", KNOWN)
    assert len(got[0].comment) == COMMENT_CHARS
    many = {f"s{n}": "essay" for n in range(MAX_ENTRIES * 3)}
    flood = [entry(sid=f"s{n}") for n in range(MAX_ENTRIES * 3)]
    assert len(read_answer({"feedback": flood}, "c", many)) == MAX_ENTRIES


def test_a_comment_is_plain_text_without_control_or_direction_characters():
    text = "Line one\r\nLine two\x00\x1b[31m \u202eesrever\u202c <b>bold</b> & done\ttab"
    assert plain_comment(text) == "Line one\nLine two[31m esrever <b>bold</b> & done\ttab"
    assert plain_comment({"html": "<i>x</i>"}) == "" and plain_comment(None) == ""


def test_the_same_submission_twice_keeps_the_newer_answer():
    got = read_answer({"feedback": [entry(at="2023-07-23T00:00:00Z", verdict="accepted"), entry()]}, "c", KNOWN)
    assert [r.verdict for r in got] == ["accepted"]


def test_standing_follows_the_latest_delivery():
    first, second = Sent("a", T0, True), Sent("b", T0 + timedelta(days=1), True)
    assert standing({}, [first]) is None
    assert standing({"a": "needs_revision"}, [first]) == "needs_revision"
    assert standing({"a": "accepted"}, [first]) == "accepted"
    assert standing({"a": None}, [first]) is None  # a comment without a verdict changes no state
    assert standing({"a": "needs_revision"}, [first, Sent("b", second.at, False)]) == "waiting"
    assert standing({"a": "needs_revision"}, [first, second]) == "delivered"
    assert standing({"a": "needs_revision", "b": "accepted"}, [first, second]) == "accepted"
    assert standing({"a": "accepted", "b": "needs_revision"}, [first, second]) == "needs_revision"
    assert standing({"gone": "accepted"}, [first]) is None  # an answer to nothing sent


def test_an_answer_is_new_until_it_is_held_as_it_is():
    held = FeedbackRecord("a", "c", "essay", "needs_revision", "Add an example.", T0)
    assert is_new(held, None) and not is_new(held, held)
    assert is_new(FeedbackRecord("a", "c", "essay", "accepted", "Add an example.", T0 + timedelta(seconds=1)), held)
    assert is_new(FeedbackRecord("a", "c", "essay", "needs_revision", "Changed.", T0), held)
    assert not is_new(FeedbackRecord("a", "c", "essay", "needs_revision", "Add an example.", T0 - timedelta(1)), held)


def test_the_checklist_counts_accepted_as_done_and_a_revision_asked_as_to_do_even_after_the_deadline():
    from companion.domain.completion import DONE, OPTIONAL, TO_DO, checklist
    from companion.services.course_package import load_package

    from .conftest import SAMPLE

    course = load_package(SAMPLE).course
    after_every_deadline = datetime(2023, 9, 1, tzinfo=timezone.utc)
    items = {i.item_id: i for i in checklist(course, after_every_deadline, attended=set(), attempts={},
                                             deliveries={"essay": "accepted", "selfies": "needs_revision",
                                                         "action-plan": "needs_revision"}).items}
    assert items["essay"].state == DONE and items["essay"].detail == "Accepted by the organizer"
    assert items["selfies"].state == TO_DO and "revision" in items["selfies"].detail  # required: open again
    assert items["action-plan"].state == OPTIONAL and "revision" in items["action-plan"].detail
