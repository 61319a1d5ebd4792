"""Rosters bound the participants' API, over real HTTP on 127.0.0.1: a participant of course A is
answered about course B exactly as about a course that does not exist (404 ``unknown_course``), on
every route family, stores nothing there, and never appears on B's desk; the course list holds only
her courses; and a database from before rosters is migrated so everyone who took part keeps her course."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from datetime import datetime, timezone

import pytest

from .conftest import SAMPLE
from .support.portal import Caller
from .test_desk import signed_in

pytestmark = pytest.mark.integration
A = "caring-cities-2023"
B = "lee-course"
ESSAY = {"text": "Care is a public service in my city. " * 20}
ANA, ANA_LOGIN = "Ana Onlyina", "ana-onlyina"  # to look for on B's desk


def copy_as(tmp_path, course_id: str, title: str):
    folder = tmp_path / course_id
    shutil.copytree(SAMPLE, folder)
    manifest = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    manifest.update(id=course_id, title=title)
    (folder / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def server(tmp_path):
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=SAMPLE) as running:
        state = running.app.state
        state.add_course(copy_as(tmp_path, B, "Lee's course"), 0)
        state.add_participant(ANA_LOGIN, "secret-pw", ANA, "Asia/Seoul", [A])
        state.add_participant("leo", "leo-pw-123", "Leo", "Europe/Madrid", [B])
        state.add_organizer("lee", "desk-password-2", "Lee Organizer", [B])
        yield running


def refusal(answer) -> tuple[int, str]:
    return answer.status_code, answer.json()["error"]["code"] if answer.content else ""


def test_a_participant_is_refused_on_every_route_of_a_course_not_hers_as_if_it_did_not_exist(server):
    from sqlalchemy import func, select

    from companion_portal.models import Attendance, Commitment, Submission

    ana, leo = Caller(server.url, ANA_LOGIN, "secret-pw"), Caller(server.url, "leo", "leo-pw-123")
    assert [c["id"] for c in ana.get("/courses").json()] == [A]
    assert [c["id"] for c in leo.get("/courses").json()] == [B]
    manifest = ana.get(f"/courses/{A}/manifest").json()
    material, variant = next((m["id"], v["name"]) for lecture in manifest["lectures"] for m in lecture["materials"]
                             for v in m["variants"] if v.get("path"))
    data = b"\xff\xd8\xff\xe0 a selfie"
    uploaded = ana.upload(data, filename="selfie.jpg", mime="image/jpeg")
    assert uploaded.status_code == 204, uploaded.text  # uploads belong to the participant, in no course
    photo = {"upload_url": uploaded.location, "sha256": hashlib.sha256(data).hexdigest(), "filename": "selfie.jpg",
             "mime": "image/jpeg", "size": len(data)}
    mine = ana.submit(A, "essay", "essay", ESSAY)
    assert mine.status_code == 201
    # a certificate issued to someone in B (leo), whose code ana may have seen
    code = "c0de" * 4
    commit = {"item_id": "essay", "kind": "essay", "content_sha256": "ab" * 32}

    def every_route(course: str, who: Caller) -> dict[str, tuple[int, str]]:
        return {
            "manifest": refusal(who.get(f"/courses/{course}/manifest")),
            "material": refusal(who.get(f"/courses/{course}/materials/{material}/{variant}")),
            "submit": refusal(who.submit(course, "essay", "essay", ESSAY)),
            "attend": refusal(who.submit(course, "attendance", "orientation", {})),
            "submit with an upload": refusal(who.submit(course, "photos", "selfies", {}, files=[photo])),
            "a repeat of a submission made in A": refusal(who.submit(
                course, "essay", "essay", ESSAY, submission_id=mine.json()["submission_id"])),
            "submissions": refusal(who.get(f"/courses/{course}/submissions")),
            "progress": refusal(who.get(f"/courses/{course}/progress")),
            "commitment": refusal(who.put(f"/courses/{course}/commitments/{uuid.uuid4()}", json=commit)),
            "feedback": refusal(who.get(f"/courses/{course}/feedback")),
            "certificates": refusal(who.get(f"/courses/{course}/certificates")),
            "certificate pdf": refusal(who.get(f"/courses/{course}/certificates/{code}/pdf")),
        }

    on_b, on_none = every_route(B, ana), every_route("no-such-course", ana)
    assert on_b == on_none  # nothing tells B exists
    assert set(on_b.values()) == {(404, "unknown_course")}, on_b
    # the same requests from B's own participant are answered (the refusals above are the roster's)
    assert leo.get(f"/courses/{B}/manifest").status_code == 200
    assert leo.get(f"/courses/{B}/materials/{material}/{variant}").status_code == 200
    assert leo.submit(B, "essay", "essay", ESSAY).status_code == 201
    assert leo.get(f"/courses/{B}/progress").status_code == 200
    assert leo.put(f"/courses/{B}/commitments/{uuid.uuid4()}", json=commit).status_code == 201
    assert leo.get(f"/courses/{B}/feedback").json()["feedback"] == []
    assert leo.get(f"/courses/{B}/certificates").json()["certificates"] == []
    # ana's own course still answers her
    assert [r["submission_id"] for r in ana.get(f"/courses/{A}/submissions").json()] == [mine.json()["submission_id"]]

    with server.app.state.portal.read() as conn:
        ana_id = conn.execute(select(Submission.participant_id).where(Submission.course_id == A)).scalar_one()
        for table in (Submission, Attendance, Commitment):
            assert conn.execute(select(func.count()).select_from(table).where(
                table.course_id == B, table.participant_id == ana_id)).scalar() == 0
    lee = signed_in(server.url, "lee", "desk-password-2")
    for page in (f"/desk/courses/{B}", f"/desk/courses/{B}/participants", f"/desk/courses/{B}/participants.csv",
                 f"/desk/courses/{B}/progress.csv", f"/desk/courses/{B}/certificates"):
        answer = lee.get(server.url + page)
        assert answer.status_code == 200, page
        assert ANA not in answer.text and ANA_LOGIN not in answer.text, page
    assert "Leo" in lee.get(server.url + f"/desk/courses/{B}/participants").text


def test_recording_attendance_puts_the_participant_on_the_roster(server):
    ana = Caller(server.url, ANA_LOGIN, "secret-pw")
    assert ana.get(f"/courses/{B}/progress").status_code == 404
    server.app.state.record_attendance(ANA_LOGIN, B, "orientation")  # the organizer says she took part in B
    progress = ana.get(f"/courses/{B}/progress")
    assert progress.status_code == 200 and progress.json()["attendance"]["orientation"] is True
    assert [c["id"] for c in ana.get("/courses").json()] == [A, B]


def _portal_before_rosters(tmp_path, course_ids: list[str]):
    """A database at revision 0006 (the last before this rule) with courses, people and their work."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.orm import Session

    from companion.shared_kernel import load_package
    from companion_portal.core import make_engine, manifest_etag
    from companion_portal.models import Attendance, Commitment, Course, Participant, Submission
    from companion_portal.passwords import hash_password
    from companion_portal.schema import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006_deskcerts")
    at = datetime(2023, 7, 10, 12, tzinfo=timezone.utc)
    ids = {login: str(uuid.uuid4()) for login in ("ana", "ben", "cho", "dan")}
    with Session(engine) as s, s.begin():
        for course_id in course_ids:
            manifest = dict(load_package(SAMPLE).manifest, id=course_id)
            s.add(Course(id=course_id, title=course_id, manifest=manifest, etag=manifest_etag(manifest),
                         package_dir=str(SAMPLE)))
        for login, pid in ids.items():
            s.add(Participant(id=pid, login=login, name=login.title(), time_zone="Asia/Seoul",
                              password_hash=hash_password(f"{login}-pw-123")))
        s.flush()
        last = course_ids[-1]
        s.add(Submission(id=str(uuid.uuid4()), course_id=course_ids[0], participant_id=ids["ana"], kind="essay",
                         item_id="essay", content_sha256="0" * 64, body={}, files=[], submitted_at=at,
                         received_at=at, status="accepted"))
        s.add(Attendance(course_id=last, session_id="orientation", participant_id=ids["ben"]))
        s.add(Commitment(id=str(uuid.uuid4()), course_id=last, participant_id=ids["cho"], kind="essay",
                         item_id="essay", content_sha256="0" * 64, received_at=at))
    engine.dispose()
    return url, ids


def _rosters(url: str) -> set[tuple[str, str]]:
    from sqlalchemy import select

    from companion_portal.core import make_engine
    from companion_portal.models import Enrolment, Participant

    engine = make_engine(url)
    with engine.connect() as conn:
        rows = set(conn.execute(select(Enrolment.course_id, Participant.login)
                                .join(Participant, Participant.id == Enrolment.participant_id)).all())
    engine.dispose()
    return rows


def test_the_migration_enrols_whoever_took_part_in_a_course_and_the_portal_then_answers_them(tmp_path):
    from companion_portal.testing import running_portal

    url, _ids = _portal_before_rosters(tmp_path, [A, B])
    with running_portal(tmp_path / "portal", database_url=url) as server:  # migrates at start
        assert _rosters(url) == {(A, "ana"), (B, "ben"), (B, "cho")}  # dan took part nowhere: in no course
        ana, ben = Caller(server.url, "ana", "ana-pw-123"), Caller(server.url, "ben", "ben-pw-123")
        assert [c["id"] for c in ana.get("/courses").json()] == [A]
        assert len(ana.get(f"/courses/{A}/submissions").json()) == 1
        assert refusal(ana.get(f"/courses/{B}/progress")) == (404, "unknown_course")
        assert ben.get(f"/courses/{B}/progress").json()["attendance"]["orientation"] is True
        assert Caller(server.url, "dan", "dan-pw-123").get("/courses").json() == []


def test_the_migration_enrols_every_participant_of_a_portal_with_one_course(tmp_path):
    from companion_portal.schema import HEAD, migrate

    from companion_portal.core import make_engine

    url, ids = _portal_before_rosters(tmp_path, [A])
    engine = make_engine(url)
    assert migrate(engine) == ("0006_deskcerts", HEAD)
    engine.dispose()
    assert _rosters(url) == {(A, login) for login in ids}
