"""The reference portal's routes, one area at a time, over real HTTP on 127.0.0.1 (no app client)."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from .conftest import SAMPLE
from .support.portal import Caller
from .support.postgres import database_url, postgres_cluster, postgres_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
ESSAY = {"text": "Care is a public service. " * 20}


@pytest.fixture
def server(tmp_path, clock, database_url):  # noqa: F811
    """The portal on SQLite, then on PostgreSQL."""
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=SAMPLE, users={"ana": "secret-pw", "ben": "other-pw"},
                        clock=clock.now, database_url=database_url) as running:
        yield running


@pytest.fixture
def ana(server):
    return Caller(server.url, "ana", "secret-pw")


@pytest.fixture
def ben(server):
    return Caller(server.url, "ben", "other-pw")


# ---- session ----

def test_sign_in_answers_a_token_with_its_expiry_and_the_participant(server):
    answer = Caller(server.url).post("/session", json={"login": "ana", "password": "secret-pw"})
    assert answer.status_code == 200
    data = answer.json()
    assert len(data["token"]) >= 40 and data["expires_at"].endswith("Z")
    assert data["participant"]["name"] == "Ana" and data["participant"]["time_zone"] == "Asia/Seoul"


def test_a_wrong_password_is_refused_in_the_protocols_shape(server):
    answer = Caller(server.url).post("/session", json={"login": "ana", "password": "wrong"})
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "bad_credentials"


def test_signing_out_revokes_the_token(ana):
    assert ana.get("/courses").status_code == 200
    assert ana.request("DELETE", "/session").status_code == 204
    answer = ana.get("/courses")
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "token_expired"


def test_every_call_but_sign_in_needs_a_token(server):
    anonymous = Caller(server.url)
    for path in ("/courses", f"/courses/{COURSE}/manifest", f"/courses/{COURSE}/submissions",
                 f"/courses/{COURSE}/progress"):
        answer = anonymous.get(path)
        assert answer.status_code == 401, path
        assert answer.headers["WWW-Authenticate"] == "Bearer"


# ---- courses ----

def test_courses_and_a_conditional_manifest(ana):
    courses = ana.get("/courses").json()
    assert [c["id"] for c in courses] == [COURSE]
    first = ana.get(f"/courses/{COURSE}/manifest")
    assert first.status_code == 200 and first.json()["id"] == COURSE
    assert first.headers["ETag"] == courses[0]["manifest_etag"]
    again = ana.get(f"/courses/{COURSE}/manifest", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""


def test_an_unknown_course_is_404(ana):
    answer = ana.get("/courses/no-such-course/manifest")
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "unknown_course"


# ---- materials ----

def test_a_material_in_ranges(ana):
    manifest = ana.get(f"/courses/{COURSE}/manifest").json()
    variant = manifest["lectures"][0]["materials"][0]["variants"][0]
    whole = ana.get(variant["url"].removeprefix("/api/v1"))
    assert whole.status_code == 200 and hashlib.sha256(whole.content).hexdigest() == variant["sha256"]
    part = ana.get(variant["url"].removeprefix("/api/v1"), headers={"Range": "bytes=10-"})
    assert part.status_code == 206 and part.content == whole.content[10:]
    assert ana.get(f"/courses/{COURSE}/materials/nothing/original").status_code == 404


# ---- uploads ----

def test_an_upload_is_verified_by_its_sha256(ana):
    data = b"\xff\xd8 a selfie " * 1000
    done = ana.upload(data)
    assert done.status_code == 204 and done.headers["Upload-Offset"] == str(len(data))
    head = ana.request("HEAD", done.location, headers={"Tus-Resumable": "1.0.0"})
    assert head.headers["Upload-Offset"] == head.headers["Upload-Length"] == str(len(data))


def test_an_upload_that_does_not_match_its_sha256_is_refused_and_removed(ana):
    refused = ana.upload(b"the wrong bytes", sha256="0" * 64)
    assert refused.status_code == 460 and refused.json()["error"]["code"] == "checksum_mismatch"
    assert ana.request("HEAD", refused.location, headers={"Tus-Resumable": "1.0.0"}).status_code == 404


def test_tus_options_and_version(ana):
    options = ana.request("OPTIONS", "/uploads/")
    assert options.status_code == 204 and "creation" in options.headers["Tus-Extension"]
    wrong = ana.post("/uploads/", headers={"Tus-Resumable": "0.2.0", "Upload-Length": "3"})
    assert wrong.status_code == 412


# ---- submissions ----

def test_a_submission_once_and_only_once(ana):
    sid = str(uuid.uuid4())
    first = ana.submit(COURSE, "essay", "essay", ESSAY, submission_id=sid)
    assert first.status_code == 201 and first.json()["status"] == "accepted"
    again = ana.submit(COURSE, "essay", "essay", ESSAY, submission_id=sid)
    assert again.status_code == 200 and again.json() == first.json()
    other = ana.submit(COURSE, "essay", "essay", {"text": "Something else entirely."}, submission_id=sid)
    assert other.status_code == 409
    listed = ana.get(f"/courses/{COURSE}/submissions").json()
    assert [r["submission_id"] for r in listed] == [sid]


def test_a_submission_with_the_wrong_digest_or_an_unknown_item_is_refused(ana):
    wrong = ana.submit(COURSE, "essay", "essay", ESSAY, content_sha256="1" * 64)
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "digest_mismatch"
    unknown = ana.submit(COURSE, "essay", "no-such-essay", ESSAY)
    assert unknown.status_code == 422 and unknown.json()["error"]["field"] == "item_id"


def test_a_quiz_attempt_is_graded_by_the_portal(ana):
    answer = ana.submit(COURSE, "quiz_attempt", "quiz-1", {"answers": {"q1": ["true"]}})
    assert answer.status_code == 201 and 0 <= answer.json()["score"] <= 100


# ---- progress ----

def test_progress_shows_what_was_recorded(ana):
    ana.submit(COURSE, "attendance", "orientation", {})
    progress = ana.get(f"/courses/{COURSE}/progress").json()
    assert progress["attendance"]["orientation"] is True
    assert progress["certificate"]["eligible"] is False and progress["certificate"]["missing"]
