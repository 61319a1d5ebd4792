"""Submissions by client-made UUID, at most once each, judged on time or late (PROTOCOL.md:
Submissions)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from types import SimpleNamespace
from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from companion.shared_kernel import Course as CourseModel
from companion.shared_kernel import FileFacts, content_sha256, grade, problems

from ..core import API, PortalDep, Who
from ..errors import ApiRefusal
from ..faults import sentence as fault_sentence
from ..limits import (BODY_DEPTH, BODY_VALUES, FILENAME_CHARS, FILES_PER_SUBMISSION, ID_CHARS, KEY_CHARS, MIME_CHARS,
                      TEXT_CHARS, URL_CHARS)
from ..models import Attendance, Commitment, Participant, Submission, Upload

UTC = timezone.utc
KINDS = ("quiz_attempt", "essay", "photos", "survey", "action_plan", "attendance")

router = APIRouter(prefix=API + "/courses", tags=["submissions"])


class FileRef(BaseModel):
    upload_url: str = Field(max_length=URL_CHARS)
    sha256: str = Field(pattern="^[0-9a-f]{64}$")
    filename: str = Field(max_length=FILENAME_CHARS)
    mime: str = Field(max_length=MIME_CHARS)
    size: int = Field(ge=0)


def check_body(value: Any, depth: int = 0, count: list[int] | None = None) -> None:
    """Every string, key, level and value of a submission's body within the limits."""
    count = count if count is not None else [0]
    count[0] += 1
    if count[0] > BODY_VALUES:
        raise ValueError(f"the body holds more than {BODY_VALUES} values")
    if depth > BODY_DEPTH:
        raise ValueError(f"the body nests deeper than {BODY_DEPTH} levels")
    if isinstance(value, str) and len(value) > TEXT_CHARS:
        raise ValueError(f"a text in the body is {len(value)} characters long; the limit is {TEXT_CHARS}")
    if isinstance(value, dict):
        for key, item in value.items():
            if len(key) > KEY_CHARS:
                raise ValueError(f"a key in the body is longer than {KEY_CHARS} characters")
            check_body(item, depth + 1, count)
    elif isinstance(value, list):
        for item in value:
            check_body(item, depth + 1, count)


class SubmissionIn(BaseModel):
    kind: str = Field(max_length=32)
    item_id: str = Field(min_length=1, max_length=ID_CHARS)
    submitted_at: datetime
    clock_offset_s: float = Field(default=0.0, ge=-3e8, le=3e8)  # ±10 years
    content_sha256: str = Field(pattern="^[0-9a-f]{64}$")
    body: dict[str, Any] = Field(default_factory=dict)
    files: list[FileRef] = Field(default_factory=list, max_length=FILES_PER_SUBMISSION)

    @field_validator("body")
    @classmethod
    def _within_limits(cls, body: dict[str, Any]) -> dict[str, Any]:
        check_body(body)
        return body


def instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def receipt(sub: Submission) -> dict:
    out = {"submission_id": sub.id, "received_at": instant(sub.received_at),
           "content_sha256": sub.content_sha256, "status": sub.status, "reason": sub.reason,
           "kind": sub.kind, "item_id": sub.item_id}
    if sub.on_time_by:
        out["on_time_by"] = sub.on_time_by
    if sub.score is not None:
        out["score"] = sub.score
    return out


def earliest_commitment(s: Connection, course_id: str, who: Participant, sub: SubmissionIn) -> datetime | None:
    """When the portal first received this participant's commitment to exactly this content."""
    return s.scalar(select(func.min(Commitment.received_at)).where(
        Commitment.course_id == course_id, Commitment.participant_id == who.id, Commitment.kind == sub.kind,
        Commitment.item_id == sub.item_id, Commitment.content_sha256 == sub.content_sha256))


def judge(course: CourseModel, sub: SubmissionIn, received: datetime,
          committed: Callable[[], datetime | None]) -> tuple[str, str, str | None]:
    """(status, reason, on_time_by). Only the portal's clock counts: the earliest commitment to this
    very content received before the deadline (``committed()``, asked only for content that arrived
    late), else the content's own arrival. The client's ``submitted_at`` is kept as information and
    never makes an item on time."""
    item = course.quiz(sub.item_id) if sub.kind == "quiz_attempt" else (
        course.assignment(sub.item_id) if sub.kind != "attendance" else course.live_session(sub.item_id))
    due = getattr(item, "due", None)
    if due is None:
        return "accepted", "", None
    deadline = due.instant()
    if received <= deadline:
        return "accepted", "Accepted as on time.", "arrival"
    first = committed()
    if first is not None and first <= deadline:
        return "accepted", ("Its fingerprint reached the portal before the deadline and the content, delivered "
                            "after it, matches: accepted as on time."), "commitment"
    return "late", "Delivered after the deadline.", None


def check(course: CourseModel, sub: SubmissionIn, who: Participant, s: Connection) -> float | None:
    """Refuse what the course cannot take; a quiz attempt's score, graded here again."""
    if sub.kind not in KINDS:
        raise ApiRefusal(422, "unknown_kind", f"'{sub.kind}' is not a kind of submission.", "kind")
    files = [FileFacts(f.filename, f.mime, f.size, f.sha256) for f in sub.files]
    expected = content_sha256(sub.kind, sub.item_id, sub.body, (f.sha256 for f in sub.files))
    if expected != sub.content_sha256:
        raise ApiRefusal(400, "digest_mismatch", "content_sha256 does not match the body and files sent.",
                         "content_sha256")
    for i, ref in enumerate(sub.files):
        upload_id = ref.upload_url.rstrip("/").rsplit("/", 1)[-1]
        up = s.execute(select(Upload.participant_id, Upload.verified, Upload.sha256)
                       .where(Upload.id == upload_id)).first()
        if up is None or up.participant_id != who.id or not up.verified or up.sha256 != ref.sha256:
            raise ApiRefusal(422, "upload_incomplete", f"The file {ref.filename} has not arrived complete "
                             "and verified; send it again.", f"files[{i}]")
    if sub.kind == "quiz_attempt":
        quiz = course.quiz(sub.item_id)
        if quiz is None:
            raise ApiRefusal(422, "unknown_item", f"This course has no quiz '{sub.item_id}'.", "item_id")
        answers = sub.body.get("answers")
        if not isinstance(answers, dict):
            raise ApiRefusal(422, "invalid_answers", "A quiz attempt needs its answers.", "body.answers")
        return grade(quiz, {k: v for k, v in answers.items() if isinstance(v, list)}).score
    if sub.kind == "attendance":
        if course.live_session(sub.item_id) is None:
            raise ApiRefusal(422, "unknown_item", f"This course has no live session '{sub.item_id}'.", "item_id")
        return None
    assignment = course.assignment(sub.item_id)
    if assignment is None or assignment.kind != sub.kind:
        raise ApiRefusal(422, "unknown_item", f"This course has no {sub.kind} '{sub.item_id}'.", "item_id")
    faults = problems(assignment, sub.body, files)
    if faults:
        raise ApiRefusal(422, "not_acceptable", fault_sentence(faults), "body")
    return None


@router.put("/{course_id}/submissions/{submission_id}")
def put_submission(course_id: str, submission_id: str, sub: SubmissionIn, portal: PortalDep, who: Who) -> JSONResponse:
    try:
        uuid.UUID(submission_id)
    except ValueError:
        raise ApiRefusal(400, "bad_submission_id", "The submission id must be a UUID.") from None
    # Two deliveries of the same submission may race on two workers: the loser's insert fails on the
    # primary key, and it answers as the repeat it is (200 with the winner's receipt, or 409).
    for attempt in range(2):
        try:
            with portal.write() as conn:
                answer = _store(portal, conn, course_id, submission_id, sub, who)
            return answer
        except IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def _store(portal, conn: Connection, course_id: str, submission_id: str, sub: SubmissionIn,
           who: Participant) -> JSONResponse:
    # the course first: one not on the participant's roster answers 404 even to a repeat
    _etag, course, _manifest = portal.course(conn, course_id, who)
    existing = conn.execute(select(Submission.__table__).where(Submission.id == submission_id)).first()
    if existing is not None:
        if existing.participant_id == who.id and existing.content_sha256 == sub.content_sha256:
            return JSONResponse(receipt(existing), status_code=200)
        raise ApiRefusal(409, "conflict", "This submission id is already used for other content. "
                         "Nothing was changed; send your version as a new submission.")
    score = check(course, sub, who, conn)
    received = portal.now()
    status, reason, on_time_by = judge(course, sub, received, lambda: earliest_commitment(conn, course_id, who, sub))
    row = {"id": submission_id, "course_id": course_id, "participant_id": who.id, "kind": sub.kind,
           "item_id": sub.item_id, "content_sha256": sub.content_sha256, "body": sub.body,
           "files": [f.model_dump() for f in sub.files], "submitted_at": sub.submitted_at.astimezone(UTC),
           "clock_offset_s": sub.clock_offset_s, "received_at": received, "status": status, "reason": reason,
           "score": score, "on_time_by": on_time_by}
    # a key taken meanwhile by another worker fails here, inside the retry above
    conn.execute(insert(Submission), row)
    if sub.kind == "attendance" and conn.execute(select(Attendance.participant_id).where(
            Attendance.course_id == course_id, Attendance.session_id == sub.item_id,
            Attendance.participant_id == who.id)).first() is None:
        conn.execute(insert(Attendance), {"course_id": course_id, "session_id": sub.item_id, "participant_id": who.id})
    return JSONResponse(receipt(SimpleNamespace(**row)), status_code=201)


@router.get("/{course_id}/submissions")
def list_submissions(course_id: str, portal: PortalDep, who: Who) -> list[dict]:
    with portal.db() as s:
        portal.course(s, course_id, who)
        rows = s.scalars(select(Submission).where(Submission.course_id == course_id,
                                                  Submission.participant_id == who.id)
                         .order_by(Submission.received_at.desc()))
        return [receipt(r) for r in rows]
