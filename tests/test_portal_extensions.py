"""A portal that knows less: PROTOCOL.md's extensions (commitments) are optional, and a portal
without them, behind a link that drops requests, must still get every submission exactly once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
QUIZZES = ("quiz-1", "quiz-2", "quiz-3", "quiz-4")


def portal_rows(portal) -> list[tuple[str, str]]:
    conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
    try:
        return conn.execute("SELECT id, kind FROM submissions").fetchall()
    finally:
        conn.close()


def queue_attempts(app, count: int) -> list[str]:
    ids = []
    for n in range(count):
        quiz_id = QUIZZES[n % len(QUIZZES)]
        attempt = app.quizzes.start(COURSE, quiz_id)
        for q in app.quizzes.quiz(COURSE, quiz_id).questions:
            app.quizzes.answer(attempt.id, q.id, sorted(q.correct)[:1] if n % 2 else sorted(q.correct))
        ids.append(app.quizzes.finish(attempt.id).submission_id)
    return ids


def test_twelve_items_reach_a_portal_without_commitments_behind_a_link_that_drops_one_request_in_seven(
        app, portal, clock):
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    ids = queue_attempts(app, 12)
    portal.faults.absent = ("/commitments/",)
    portal.faults.drop_every = 7
    portal.faults.drop_retry_after = 1
    runs, delivered_per_run = 0, []
    while runs < 8:
        runs += 1
        before = len(portal_rows(portal))
        report = app.sync.run(now=True)
        delivered_per_run.append(len(portal_rows(portal)) - before)
        states = {app.store.get_submission(i).state for i in ids}
        if states == {"delivered"}:
            break
        assert delivered_per_run[-1] > 0, (delivered_per_run, report)  # every pass makes progress
    rows = portal_rows(portal)
    assert sorted(r[0] for r in rows) == sorted(ids)  # each exactly once, none lost
    assert {app.store.get_submission(i).state for i in ids} == {"delivered"}
    assert runs <= 4, delivered_per_run
    # the portal's answer was learnt: no pass after the first asks the absent route again
    asked = [p for p in portal.faults.seen if "/commitments/" in p]
    assert len(asked) <= 2, asked


def test_an_absent_extension_is_learnt_once_and_asked_again_a_day_later(app, portal, clock):
    from datetime import timedelta

    app.sync.sign_in(portal.url, "ana", "secret-pw")
    portal.faults.absent = ("/commitments/",)
    queue_attempts(app, 3)
    app.sync.run(now=True)
    first = len([p for p in portal.faults.seen if "/commitments/" in p])
    assert first == 1  # the first 404 says the route is not there; the other two are not asked
    queue_attempts(app, 2)
    app.sync.run(now=True)
    assert len([p for p in portal.faults.seen if "/commitments/" in p]) == first
    portal.faults.absent = ()  # the portal learnt commitments
    clock.set(clock.now() + timedelta(days=1, minutes=1))
    queue_attempts(app, 1)
    app.sync.run(now=True)
    sub = [s for s in app.store.submissions(COURSE) if s.kind == "quiz_attempt"][-1]
    assert len([p for p in portal.faults.seen if "/commitments/" in p]) == first + 1
    assert any(s.commitment for s in app.store.submissions(COURSE)), sub


def test_a_busy_commitments_route_does_not_cost_the_pass_its_deliveries(app, portal, clock):
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    ids = queue_attempts(app, 3)
    portal.faults.fail_next(8, 503, retry_after=1, path_contains="/commitments/")
    report = app.sync.run(now=True)
    assert report.delivered == 3 and sorted(r[0] for r in portal_rows(portal)) == sorted(ids)
    # the route is there (busy is not absent): it is asked again at the next pass
    assert not app.sync._extension_absent(portal.url, "commitments")
