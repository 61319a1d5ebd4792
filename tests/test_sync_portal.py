"""Sync against the reference portal on 127.0.0.1, over real HTTP: nothing lost, nothing doubled."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from companion.domain import reasons
from companion.domain.reasons import Reason
from companion.ui import words
from companion.portal.client import PortalClient
from companion_portal.testing import FaultProxy

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"


def portal_rows(portal, table="submissions"):
    conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
    try:
        return conn.execute(f"SELECT id, status FROM {table}").fetchall() if table == "submissions" else \
            conn.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        conn.close()


def essay(app, text="Seoul Learn opens education to all.") -> str:
    app.assignments.save_draft(COURSE, "essay", {"text": text})
    return app.assignments.submit(COURSE, "essay").id


def sign_in(app, url):
    return app.sync.sign_in(url, "ana", "secret-pw")


def test_submit_offline_then_deliver_when_the_portal_comes_up(app, portal, clock):
    proxy = FaultProxy(portal.port)
    try:
        sign_in(app, proxy.url)
        sub_id = essay(app)
        proxy.mode = "refuse"  # the connection is down at Submit and at the first sync
        report = app.sync.run()
        assert report.unreachable and report.exit_code == 3
        assert app.store.get_submission(sub_id).state == "queued"
        again = app.sync.run(refresh_courses=False)
        assert again.unreachable and again.waiting == 1
        assert app.store.get_submission(sub_id).state == "queued"  # kept, untouched
        proxy.mode = "pass"
        clock.advance(timedelta(hours=1))
        report = app.sync.run()
        assert report.delivered == 1 and report.exit_code == 0
        item = app.store.get_submission(sub_id)
        assert item.state == "delivered" and item.receipt["submission_id"] == sub_id
        assert item.receipt["status"] == "accepted"
        assert portal_rows(portal) == [(sub_id, "accepted")]
    finally:
        proxy.close()


def test_server_errors_are_retried_with_backoff(app, portal):
    sign_in(app, portal.url)
    sub_id = essay(app)
    portal.faults.fail_next(2, 503, path_contains="/submissions/")
    report = app.sync.run(refresh_courses=False)
    assert report.delivered == 1 and app.store.get_submission(sub_id).state == "delivered"
    assert portal_rows(portal) == [(sub_id, "accepted")]


def test_a_long_retry_after_is_honoured_not_slept_through(app, portal, clock):
    sign_in(app, portal.url)
    sub_id = essay(app)
    portal.faults.fail_next(1, 429, retry_after=120, path_contains="/submissions/")
    report = app.sync.run(refresh_courses=False)
    item = app.store.get_submission(sub_id)
    assert item.state == "queued" and item.next_attempt_at >= clock.now() + timedelta(seconds=120)
    assert report.exit_code == 3
    assert app.sync.run(refresh_courses=False).delivered == 0  # not due yet: not even tried
    clock.advance(timedelta(minutes=3))
    assert app.sync.run(refresh_courses=False).delivered == 1


def test_reply_lost_after_the_portal_stored_it_makes_no_duplicate(app, portal, clock):
    proxy = FaultProxy(portal.port)
    try:
        sign_in(app, proxy.url)
        app.sync.run()  # courses and manifests first
        sub_id = essay(app)
        proxy.mode, proxy.match = "drop_reply", b"PUT /api/v1/courses/caring-cities-2023/submissions/"
        report = app.sync.run(refresh_courses=False)
        assert report.unreachable
        assert portal_rows(portal) == [(sub_id, "accepted")]  # stored, but we never heard
        assert app.store.get_submission(sub_id).state == "queued"
        proxy.mode = "pass"
        clock.advance(timedelta(hours=1))
        assert app.sync.run(refresh_courses=False).delivered == 1
        assert portal_rows(portal) == [(sub_id, "accepted")]  # still one
        assert app.store.get_submission(sub_id).state == "delivered"
    finally:
        proxy.close()


def test_token_expired_mid_sync_asks_to_sign_in_and_carries_on(app, portal):
    sign_in(app, portal.url)
    first = essay(app, "first")
    token = app.sync.client().token
    PortalClient(portal.url, token).sign_out()  # the portal forgets the token (expiry or revocation)
    report = app.sync.run(refresh_courses=False)
    assert report.signed_out and report.exit_code == 5
    assert report.reason == Reason(reasons.SIGNED_OUT, {"expired": True})
    assert "sign in again" in words.sync_report(report).lower()
    assert app.store.get_submission(first).state == "queued"
    sign_in(app, portal.url)
    assert app.sync.run(refresh_courses=False).delivered == 1
    assert app.store.get_submission(first).state == "delivered"


def test_a_refused_item_is_kept_with_the_reason_and_can_be_fixed(app, portal):
    sign_in(app, portal.url)
    # a portal with a stricter rule than this computer's copy of the course: the portal decides
    long_text = "word " * 650
    app.store.save_draft(COURSE, "essay", {"text": long_text}, app.clock.now())
    sub = app.outbox.submit(COURSE, "essay", "essay", {"text": long_text})
    report = app.sync.run(refresh_courses=False)
    assert report.needs_attention == 1 and report.exit_code == 4
    refused = app.store.get_submission(sub.id)
    assert refused.state == "needs_attention" and refused.reason.code == reasons.REFUSED
    assert refused.reason.get("portal_code") and refused.reason.get("status") == 422
    said = words.reason(refused.reason)  # the portal's own message is kept as data and shown
    assert "650 words" in said and "600" in said
    fixed = essay(app, "A shorter essay that fits on one page.")
    replaced = app.store.get_submission(sub.id)
    assert replaced.state == "kept_local" and replaced.body["text"] == long_text  # replaced, never deleted
    assert replaced.reason == Reason(reasons.REPLACED, {"by": fixed})
    assert app.sync.run(refresh_courses=False).delivered == 1
    assert app.store.get_submission(fixed).state == "delivered"


def test_409_when_the_id_is_known_with_other_content(app, portal):
    sign_in(app, portal.url)
    sub_id = essay(app, "version one")
    app.sync.run(refresh_courses=False)
    # the same id with different content (as if the local copy had changed): refused, nothing overwritten
    sub = app.store.get_submission(sub_id)
    from companion.services.outbox import content_sha256
    other = dict(sub.body, text="version two")
    client = app.sync.client()
    from companion.portal.client import PortalError
    with pytest.raises(PortalError) as info:
        client.put_submission(COURSE, sub_id, {"kind": "essay", "item_id": "essay",
                                               "submitted_at": sub.submitted_at.isoformat(), "clock_offset_s": 0,
                                               "content_sha256": content_sha256("essay", "essay", other, []),
                                               "body": other, "files": []})
    assert info.value.status == 409 and info.value.kind == "conflict"
    assert client.submissions(COURSE)[0]["content_sha256"] == sub.content_sha256


def test_another_computers_version_is_kept_beside_ours(app, portal, tmp_path, clock):
    from companion.app import build_app

    other = build_app(tmp_path / "second-computer", clock=clock)
    sign_in(other, portal.url)
    theirs = essay(other, "Written on the office PC.")
    assert other.sync.run().delivered == 1
    other.close()
    sign_in(app, portal.url)
    ours = essay(app, "Written on the laptop.")
    report = app.sync.run()
    item = app.store.get_submission(ours)
    assert report.needs_attention == 1 and item.state == "needs_attention"
    assert item.reason.code == reasons.CONFLICT and item.reason.get("received_at")
    assert "another computer" in words.reason(item.reason)
    app.sync.resolve_conflict(ours, send_mine=True)
    assert app.sync.run().delivered == 1
    assert {r["submission_id"] for r in app.sync.client().submissions(COURSE)} == {theirs, ours}


def test_unchanged_manifest_costs_one_small_request(app, portal):
    sign_in(app, portal.url)
    app.sync.run()
    client = app.sync.client()
    etag = app.store.portal_course(COURSE)[0]
    assert etag
    proxy = FaultProxy(portal.port)
    try:
        client.base = proxy.url
        result = client.manifest(COURSE, etag)
        assert result.data is None and client.requests_made == 1
        assert proxy.downstream_bytes < 1024
    finally:
        proxy.close()


def test_manifest_change_updates_the_course_and_says_what_changed(app, portal, tmp_path, sample_copy):
    import json

    sign_in(app, portal.url)
    attempt = app.quizzes.start(COURSE, "quiz-1")
    app.quizzes.answer(attempt.id, "q1", ["true"])
    app.sync.run()
    data = json.loads((sample_copy / "course.json").read_text())
    data["version"] = 2
    data["live_sessions"][2]["start"], data["live_sessions"][2]["end"] = "2023-07-13T10:00", "2023-07-13T12:00"
    (sample_copy / "course.json").write_text(json.dumps(data))
    portal.app.state.add_course(sample_copy)
    report = app.sync.run()
    assert any(c.code == reasons.SESSION_MOVED and "Towards Caring Cities" in c.get("title") for c in report.changes)
    assert any("moved" in c and "Towards Caring Cities" in c for c in words.reasons(report.changes))
    course = app.library.course(COURSE)
    assert course.version == 2 and course.live_sessions[2].start.local.hour == 10
    assert app.quizzes.open_attempt(COURSE, "quiz-1").answers == {"q1": ("true",)}


def test_quiz_attempt_is_regraded_by_the_portal(app, portal):
    sign_in(app, portal.url)
    quiz = app.quizzes.quiz(COURSE, "quiz-1")
    attempt = app.quizzes.start(COURSE, "quiz-1")
    for q in quiz.questions[:7]:
        app.quizzes.answer(attempt.id, q.id, sorted(q.correct))
    done = app.quizzes.finish(attempt.id)
    assert app.sync.run(refresh_courses=False).delivered == 1
    receipt = app.store.get_submission(done.submission_id).receipt
    assert receipt["score"] == done.result.score == 70


def test_attendance_recorded_by_organisers_reaches_the_checklist(app, portal):
    sign_in(app, portal.url)
    portal.app.state.record_attendance("ana", COURSE, "orientation")
    app.sync.run()
    assert app.store.attended(COURSE) == {"orientation": "portal"}


def test_photos_travel_by_tus_and_resume_from_the_portals_offset(app, portal, tmp_path):
    from PIL import Image

    from companion.portal import tus

    proxy = FaultProxy(portal.port)
    try:
        sign_in(app, proxy.url)
        for n in range(2):
            path = tmp_path / f"selfie{n}.png"
            Image.effect_noise((900, 700), 90 + n).convert("RGB").save(path)
            app.assignments.add_photo(COURSE, "selfies", path)
        sub = app.assignments.submit(COURSE, "selfies")
        first = sub.files[0]
        remembered = {}

        class Cut(Exception):
            pass

        def stop_half_way(offset, size):
            if offset < size:
                raise Cut()

        with pytest.raises(Cut):  # the connection breaks after the first 64 KiB
            tus.upload(app.sync.client(), Path(first["path"]),
                       {"filename": first["filename"], "mime": first["mime"], "sha256": first["sha256"],
                        "submission_id": sub.id},
                       url=None, remember=lambda u: remembered.update(url=u), chunk_size=64 * 1024,
                       progress=stop_half_way)
        files = [dict(f) for f in sub.files]
        files[0]["upload_url"] = remembered["url"]  # as the sync engine stores it before sending bytes
        app.store.update_submission(sub.id, app.clock.now(), files=files)
        sent_before = proxy.upstream_bytes
        assert app.sync.run(refresh_courses=False).delivered == 1
        total = sum(f["size"] for f in sub.files)
        # a later sync asked HEAD and sent only the rest: the first 64 KiB were not sent again
        assert proxy.upstream_bytes - sent_before < total - 64 * 1024 + 20_000
    finally:
        proxy.close()
    delivered = app.store.get_submission(sub.id)
    assert delivered.state == "delivered" and all(f["uploaded"] for f in delivered.files)
    assert len(portal_rows(portal, "uploads")) == 2


def test_the_openapi_document_covers_the_protocol(portal):
    import requests

    spec = requests.get(portal.url + "/openapi.json", timeout=10).json()
    paths = set(spec["paths"])
    for path in ("/api/v1/session", "/api/v1/courses", "/api/v1/courses/{course_id}/manifest",
                 "/api/v1/courses/{course_id}/materials/{material_id}/{variant}",
                 "/api/v1/courses/{course_id}/submissions/{submission_id}",
                 "/api/v1/courses/{course_id}/submissions", "/api/v1/courses/{course_id}/progress",
                 "/api/v1/uploads/", "/api/v1/uploads/{upload_id}"):
        assert path in paths, path
    assert {"put"} <= set(spec["paths"]["/api/v1/courses/{course_id}/submissions/{submission_id}"])
    assert {"head", "patch", "delete"} <= set(spec["paths"]["/api/v1/uploads/{upload_id}"])
