"""The reference portal: PROTOCOL.md version 1 over FastAPI, records in SQLAlchemy.

Stateless between requests (everything lives in the database and the upload folder), so several
processes can run behind a load balancer with PostgreSQL and shared storage.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from companion.domain.assignments import FileFacts, problems
from companion_portal.faults import sentence as fault_sentence
from companion.domain.completion import DONE, checklist
from companion.domain.course import Course as CourseModel
from companion.domain.course import course_from_manifest
from companion.domain.quiz import AttemptSummary, grade
from companion.services.course_package import load_package
from companion.services.outbox import canonical_json, content_sha256

from .models import Attendance, Base, Course, Participant, Submission, Token, Upload

API = "/api/v1"
UTC = timezone.utc
KINDS = ("quiz_attempt", "essay", "photos", "survey", "action_plan", "attendance")


def now_utc() -> datetime:
    return datetime.now(UTC)


# ---- errors in the protocol's shape ------------------------------------------------------------

class PortalError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 headers: dict[str, str] | None = None):
        self.status, self.code, self.message, self.field, self.headers = status, code, message, field, headers


def error_body(code: str, message: str, field: str | None = None) -> dict:
    body: dict[str, Any] = {"code": code, "message": message}
    if field:
        body["field"] = field
    return {"error": body}


# ---- passwords --------------------------------------------------------------------------------

def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_password(password: str, stored: str) -> bool:
    try:
        _scheme, salt, digest = stored.split("$")
    except ValueError:
        return False
    again = hash_password(password, base64.b64decode(salt)).split("$")[2]
    return hmac.compare_digest(again, digest)


# ---- fault injection for tests and benchmarks (off unless asked for) --------------------------

@dataclass
class Faults:
    """Make the next requests fail on purpose: ``fail_next(2, 503, retry_after=1)``."""

    pending: list[tuple[int, int | None, str]] = field(default_factory=list)
    ignore_range: bool = False  # answer every material request with the whole file
    html_instead: bool = False  # answer material requests with a web page (a captive portal, a login page)
    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: list[str] = field(default_factory=list)

    def fail_next(self, count: int, status: int, retry_after: int | None = None, path_contains: str = "") -> None:
        with self.lock:
            self.pending.extend([(status, retry_after, path_contains)] * count)

    def take(self, path: str) -> tuple[int, int | None] | None:
        with self.lock:
            self.seen.append(path)
            for i, (status, retry_after, needle) in enumerate(self.pending):
                if needle in path:
                    del self.pending[i]
                    return status, retry_after
        return None


@dataclass
class PortalConfig:
    database_url: str
    data_dir: Path
    token_ttl: timedelta = timedelta(days=30)
    max_upload_bytes: int = 25_000_000
    clock: Callable[[], datetime] = now_utc
    faults: Faults | None = None
    # How long before its arrival an item may say it was submitted (offline work); older claims are
    # judged as if made this long before arrival.
    offline_grace: timedelta = timedelta(days=7)


# ---- request bodies ----------------------------------------------------------------------------

class SignIn(BaseModel):
    login: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=500)


class FileRef(BaseModel):
    upload_url: str
    sha256: str = Field(pattern="^[0-9a-f]{64}$")
    filename: str = Field(max_length=300)
    mime: str = Field(max_length=100)
    size: int = Field(ge=0)


class SubmissionIn(BaseModel):
    kind: str
    item_id: str = Field(min_length=1, max_length=64)
    submitted_at: datetime
    clock_offset_s: float = 0.0
    content_sha256: str = Field(pattern="^[0-9a-f]{64}$")
    body: dict[str, Any] = Field(default_factory=dict)
    files: list[FileRef] = Field(default_factory=list)


def manifest_etag(manifest: dict) -> str:
    return '"' + hashlib.sha256(canonical_json(manifest)).hexdigest() + '"'


def receipt(sub: Submission) -> dict:
    out = {"submission_id": sub.id, "received_at": sub.received_at.isoformat().replace("+00:00", "Z"),
           "content_sha256": sub.content_sha256, "status": sub.status, "reason": sub.reason,
           "kind": sub.kind, "item_id": sub.item_id}
    if sub.score is not None:
        out["score"] = sub.score
    return out


def create_app(config: PortalConfig) -> FastAPI:
    config.data_dir.mkdir(parents=True, exist_ok=True)
    uploads_dir = config.data_dir / "uploads"
    uploads_dir.mkdir(exist_ok=True)
    engine = create_engine(config.database_url, connect_args={"check_same_thread": False}
                           if config.database_url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=15000")
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    courses_cache: dict[str, tuple[str, CourseModel]] = {}

    @contextmanager
    def db() -> Iterator[Session]:
        with factory() as session, session.begin():
            yield session

    app = FastAPI(title="Companion reference portal", version="1",
                  description="The course portal API of PROTOCOL.md, version 1.")
    app.state.config = config
    app.state.engine = engine
    app.add_middleware(GZipMiddleware, minimum_size=800)

    # ---- errors ----
    @app.exception_handler(PortalError)
    async def _portal_error(_request: Request, exc: PortalError):
        return JSONResponse(error_body(exc.code, exc.message, exc.field), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 410: "gone",
                412: "precondition_failed", 413: "too_large", 415: "unsupported_media_type"}.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse(error_body("invalid_request", f"{where or 'the request'}: {first.get('msg', 'invalid')}",
                                       where or None), status_code=422)

    @app.middleware("http")
    async def _faults(request: Request, call_next):
        if config.faults is not None and config.faults.ignore_range:
            request.scope["headers"] = [(k, v) for k, v in request.scope["headers"] if k not in (b"range", b"if-range")]
        if config.faults is not None and config.faults.html_instead and "/materials/" in request.url.path:
            return Response("<html><body>Please sign in to the network.</body></html>", media_type="text/html")
        if config.faults is not None:
            hit = config.faults.take(request.url.path)
            if hit is not None:
                status, retry_after = hit
                headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
                return JSONResponse(error_body("injected_fault", "a fault injected for testing"), status_code=status,
                                    headers=headers)
        return await call_next(request)

    # ---- auth ----
    def participant(authorization: str | None = Header(default=None)) -> Participant:
        if not authorization or not authorization.startswith("Bearer "):
            raise PortalError(401, "unauthorized", "Sign in first: this call needs a token.",
                              headers={"WWW-Authenticate": "Bearer"})
        digest = hashlib.sha256(authorization[7:].strip().encode()).hexdigest()
        with db() as s:
            token = s.get(Token, digest)
            if token is None or token.revoked or token.expires_at <= config.clock():
                raise PortalError(401, "token_expired", "Your sign-in has expired; sign in again.",
                                  headers={"WWW-Authenticate": "Bearer"})
            person = s.get(Participant, token.participant_id)
            s.expunge(person)
            return person

    @app.post(API + "/session")
    def sign_in(body: SignIn) -> dict:
        with db() as s:
            person = s.scalars(select(Participant).where(Participant.login == body.login)).first()
            if person is None or not check_password(body.password, person.password_hash):
                raise PortalError(401, "bad_credentials", "The login or the password is wrong.")
            token = secrets.token_urlsafe(32)
            expires = config.clock() + config.token_ttl
            s.add(Token(token_sha256=hashlib.sha256(token.encode()).hexdigest(), participant_id=person.id,
                        expires_at=expires))
            return {"token": token, "expires_at": expires.isoformat().replace("+00:00", "Z"),
                    "participant": {"id": person.id, "name": person.name, "time_zone": person.time_zone}}

    @app.delete(API + "/session", status_code=204)
    def sign_out(authorization: str | None = Header(default=None)) -> Response:
        if authorization and authorization.startswith("Bearer "):
            with db() as s:
                token = s.get(Token, hashlib.sha256(authorization[7:].strip().encode()).hexdigest())
                if token is not None:
                    token.revoked = True
        return Response(status_code=204)

    # ---- courses ----
    def course_row(s: Session, course_id: str) -> Course:
        row = s.get(Course, course_id)
        if row is None:
            raise PortalError(404, "unknown_course", f"There is no course '{course_id}'.")
        return row

    def course_model(row: Course) -> CourseModel:
        cached = courses_cache.get(row.id)
        if cached is None or cached[0] != row.etag:
            cached = (row.etag, course_from_manifest(row.manifest, row.id))
            courses_cache[row.id] = cached
        return cached[1]

    @app.get(API + "/courses")
    def list_courses(_who: Participant = Depends(participant)) -> list[dict]:
        with db() as s:
            return [{"id": c.id, "title": c.title, "starts_on": c.manifest["starts_on"], "ends_on": c.manifest["ends_on"],
                     "time_zone": c.manifest["time_zone"], "manifest_etag": c.etag}
                    for c in s.scalars(select(Course).order_by(Course.id))]

    @app.get(API + "/courses/{course_id}/manifest")
    def manifest(course_id: str, if_none_match: str | None = Header(default=None),
                 _who: Participant = Depends(participant)) -> Response:
        with db() as s:
            row = course_row(s, course_id)
            headers = {"ETag": row.etag, "Cache-Control": "no-cache"}
            if if_none_match and row.etag in [t.strip() for t in if_none_match.split(",")]:
                return Response(status_code=304, headers=headers)
            return Response(canonical_json(row.manifest), media_type="application/json", headers=headers)

    @app.get(API + "/courses/{course_id}/materials/{material_id}/{variant}")
    def material(course_id: str, material_id: str, variant: str, _who: Participant = Depends(participant)):
        with db() as s:
            row = course_row(s, course_id)
            course = course_model(row)
            package = Path(row.package_dir)
        found = next((v for _lec, m in course.materials() if m.id == material_id for v in m.variants
                      if v.name == variant and v.path), None)
        if found is None:
            raise PortalError(404, "unknown_material", f"There is no material '{material_id}' ({variant}).")
        path = (package / found.path).resolve()
        if package.resolve() not in path.parents or not path.is_file():
            raise PortalError(404, "unknown_material", "That material's file is not on this portal.")
        etag = f'"{found.sha256}"' if found.sha256 else None
        headers = {"Cache-Control": "private, max-age=86400"}
        if etag:
            headers["ETag"] = etag
        return FileResponse(path, media_type=found.mime, headers=headers)

    # ---- uploads (tus 1.0: core, creation, termination) ----
    from .tus import tus_router

    app.include_router(tus_router(API + "/uploads", uploads_dir, db, participant, config.max_upload_bytes))

    # ---- submissions ----
    def judge(course: CourseModel, sub: SubmissionIn, received: datetime) -> tuple[str, str]:
        item = course.quiz(sub.item_id) if sub.kind == "quiz_attempt" else (
            course.assignment(sub.item_id) if sub.kind != "attendance" else course.live_session(sub.item_id))
        due = getattr(item, "due", None)
        if due is None:
            return "accepted", ""
        claimed = sub.submitted_at.astimezone(UTC) + timedelta(seconds=sub.clock_offset_s)
        # a client clock can explain a delay (bounded by the offline grace), never a future time
        when = max(min(claimed, received), received - config.offline_grace)
        if when <= due.instant():
            if received > due.instant():
                return "accepted", "Submitted before the deadline and delivered after it: accepted as on time."
            return "accepted", "Accepted as on time."
        return "late", "Submitted after the deadline."

    def check(course: CourseModel, sub: SubmissionIn, who: Participant, s: Session) -> float | None:
        if sub.kind not in KINDS:
            raise PortalError(422, "unknown_kind", f"'{sub.kind}' is not a kind of submission.", "kind")
        files = [FileFacts(f.filename, f.mime, f.size, f.sha256) for f in sub.files]
        expected = content_sha256(sub.kind, sub.item_id, sub.body, (f.sha256 for f in sub.files))
        if expected != sub.content_sha256:
            raise PortalError(400, "digest_mismatch", "content_sha256 does not match the body and files sent.",
                              "content_sha256")
        for i, ref in enumerate(sub.files):
            upload_id = ref.upload_url.rstrip("/").rsplit("/", 1)[-1]
            up = s.get(Upload, upload_id)
            if up is None or up.participant_id != who.id or not up.verified or up.sha256 != ref.sha256:
                raise PortalError(422, "upload_incomplete", f"The file {ref.filename} has not arrived complete "
                                  "and verified; send it again.", f"files[{i}]")
        if sub.kind == "quiz_attempt":
            quiz = course.quiz(sub.item_id)
            if quiz is None:
                raise PortalError(422, "unknown_item", f"This course has no quiz '{sub.item_id}'.", "item_id")
            answers = sub.body.get("answers")
            if not isinstance(answers, dict):
                raise PortalError(422, "invalid_answers", "A quiz attempt needs its answers.", "body.answers")
            return grade(quiz, {k: v for k, v in answers.items() if isinstance(v, list)}).score
        if sub.kind == "attendance":
            if course.live_session(sub.item_id) is None:
                raise PortalError(422, "unknown_item", f"This course has no live session '{sub.item_id}'.", "item_id")
            return None
        assignment = course.assignment(sub.item_id)
        if assignment is None or assignment.kind != sub.kind:
            raise PortalError(422, "unknown_item", f"This course has no {sub.kind} '{sub.item_id}'.", "item_id")
        faults = problems(assignment, sub.body, files)
        if faults:
            raise PortalError(422, "not_acceptable", fault_sentence(faults), "body")
        return None

    @app.put(API + "/courses/{course_id}/submissions/{submission_id}")
    def put_submission(course_id: str, submission_id: str, sub: SubmissionIn,
                       who: Participant = Depends(participant)) -> JSONResponse:
        try:
            uuid.UUID(submission_id)
        except ValueError:
            raise PortalError(400, "bad_submission_id", "The submission id must be a UUID.") from None
        with db() as s:
            existing = s.get(Submission, submission_id)
            if existing is not None:
                if existing.participant_id == who.id and existing.content_sha256 == sub.content_sha256:
                    return JSONResponse(receipt(existing), status_code=200)
                raise PortalError(409, "conflict", "This submission id is already used for other content. "
                                  "Nothing was changed; send your version as a new submission.")
            course = course_model(course_row(s, course_id))
            score = check(course, sub, who, s)
            received = config.clock()
            status, reason = judge(course, sub, received)
            row = Submission(id=submission_id, course_id=course_id, participant_id=who.id, kind=sub.kind,
                             item_id=sub.item_id, content_sha256=sub.content_sha256, body=sub.body,
                             files=[f.model_dump() for f in sub.files], submitted_at=sub.submitted_at.astimezone(UTC),
                             clock_offset_s=sub.clock_offset_s, received_at=received, status=status, reason=reason,
                             score=score)
            s.add(row)
            if sub.kind == "attendance":
                if s.get(Attendance, (course_id, sub.item_id, who.id)) is None:
                    s.add(Attendance(course_id=course_id, session_id=sub.item_id, participant_id=who.id))
            return JSONResponse(receipt(row), status_code=201)

    @app.get(API + "/courses/{course_id}/submissions")
    def list_submissions(course_id: str, who: Participant = Depends(participant)) -> list[dict]:
        with db() as s:
            course_row(s, course_id)
            rows = s.scalars(select(Submission).where(Submission.course_id == course_id,
                                                      Submission.participant_id == who.id)
                             .order_by(Submission.received_at.desc()))
            return [receipt(r) for r in rows]

    @app.get(API + "/courses/{course_id}/progress")
    def progress(course_id: str, who: Participant = Depends(participant)) -> dict:
        with db() as s:
            course = course_model(course_row(s, course_id))
            attended = {a.session_id for a in s.scalars(select(Attendance).where(
                Attendance.course_id == course_id, Attendance.participant_id == who.id))}
            subs = list(s.scalars(select(Submission).where(Submission.course_id == course_id,
                                                           Submission.participant_id == who.id)))
        best: dict[str, float] = {}
        attempts: dict[str, list[AttemptSummary]] = {}
        for sub in subs:
            if sub.kind == "quiz_attempt" and sub.score is not None:
                best[sub.item_id] = max(best.get(sub.item_id, 0.0), sub.score)
                attempts.setdefault(sub.item_id, []).append(AttemptSummary(sub.score, sub.status == "late",
                                                                           sub.received_at))
        delivered = {sub.item_id: "delivered" for sub in subs if sub.kind not in ("quiz_attempt", "attendance")}
        items = checklist(course, config.clock(), attended=attended, attempts=attempts, deliveries=delivered)
        return {
            "attendance": {s_.id: s_.id in attended for s_ in course.live_sessions},
            "quizzes": {q.id: best.get(q.id) for q in course.quizzes},
            "assignments": {a.id: [receipt(x) for x in subs if x.item_id == a.id] for a in course.assignments},
            "certificate": {"eligible": items.eligible, "missing": [i.title for i in items.missing if i.state != DONE]},
        }

    # ---- administration (used by the command line) ----
    def add_course(folder: Path, shift_weeks: int = 0) -> str:
        from companion.domain.course import shift_manifest

        package = load_package(folder)
        manifest = shift_manifest(package.manifest, shift_weeks)
        if shift_weeks:
            manifest["notes"] = (manifest.get("notes", "") + f" This portal runs the course {shift_weeks} weeks "
                                 "after its published dates; weekdays and wall-clock times are unchanged.").strip()
        for lecture in manifest["lectures"]:
            for mat in lecture["materials"]:
                for var in mat["variants"]:
                    if var.get("path"):
                        var["url"] = f"{API}/courses/{manifest['id']}/materials/{mat['id']}/{var['name']}"
        course_from_manifest(manifest, str(folder))
        etag = manifest_etag(manifest)
        with db() as s:
            row = s.get(Course, manifest["id"])
            if row is None:
                s.add(Course(id=manifest["id"], title=manifest["title"], manifest=manifest, etag=etag,
                             package_dir=str(package.folder.resolve())))
            else:
                row.title, row.manifest, row.etag, row.package_dir = (manifest["title"], manifest, etag,
                                                                      str(package.folder.resolve()))
        return manifest["id"]

    def add_participant(login: str, password: str, name: str, time_zone: str) -> str:
        with db() as s:
            person = s.scalars(select(Participant).where(Participant.login == login)).first()
            if person is None:
                person = Participant(id=str(uuid.uuid4()), login=login, name=name, time_zone=time_zone,
                                     password_hash=hash_password(password))
                s.add(person)
            else:
                person.name, person.time_zone, person.password_hash = name, time_zone, hash_password(password)
            return person.id

    def record_attendance(login: str, course_id: str, session_id: str) -> None:
        with db() as s:
            person = s.scalars(select(Participant).where(Participant.login == login)).first()
            if person is None:
                raise PortalError(404, "unknown_participant", f"There is no participant '{login}'.")
            if s.get(Attendance, (course_id, session_id, person.id)) is None:
                s.add(Attendance(course_id=course_id, session_id=session_id, participant_id=person.id))

    app.state.add_course = add_course
    app.state.add_participant = add_participant
    app.state.record_attendance = record_attendance
    return app


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
