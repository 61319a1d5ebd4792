"""The portal's records. SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, TypeDecorator,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTC(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTC, dict[str, Any]: JSON, list[Any]: JSON}


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    time_zone: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(16), default="", server_default="")  # "" = the app's own choice
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the organizer whose desk made it


class Token(Base):
    __tablename__ = "tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UTC)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Course(Base):
    __tablename__ = "courses"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)
    etag: Mapped[str] = mapped_column(String(80))
    package_dir: Mapped[str] = mapped_column(Text)


class Upload(Base):
    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the tus upload id
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    submission_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTC)
    # one writer at a time, across processes and machines: a PATCH holds a lease (see routes/uploads.py)
    lease_holder: Mapped[str | None] = mapped_column(String(32), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTC, nullable=True)


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(64))
    content_sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    files: Mapped[list[Any]] = mapped_column(JSON)
    submitted_at: Mapped[datetime] = mapped_column(UTC)
    clock_offset_s: Mapped[float] = mapped_column(Float, default=0.0)
    received_at: Mapped[datetime] = mapped_column(UTC)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    on_time_by: Mapped[str | None] = mapped_column(String(16), nullable=True)  # "commitment" | "arrival"


class Commitment(Base):
    """A participant's commitment to a submission's content digest, and when the portal received it
    (the on-time proof: the content may follow after the deadline)."""

    __tablename__ = "commitments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the submission id
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(64))
    content_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTC)


class Attendance(Base):
    __tablename__ = "attendance"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), primary_key=True)


class SignInFailures(Base):
    """Failed sign-ins in a row, per login ("login:…") and per client address ("address:…"): kept in
    the database so that every worker process sees the same count."""

    __tablename__ = "sign_in_failures"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(UTC)
    locked_until: Mapped[datetime | None] = mapped_column(UTC, nullable=True)


class Organizer(Base):
    """Someone who runs courses on the desk (/desk): apart from participants, signing in with a password."""

    __tablename__ = "organizers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))


class CourseOrganizer(Base):
    """Which organizer runs which course: an organizer sees only these courses."""

    __tablename__ = "course_organizers"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    organizer_id: Mapped[str] = mapped_column(ForeignKey("organizers.id"), primary_key=True, index=True)


class DeskSession(Base):
    """A signed-in organizer's browser session: the cookie's SHA-256 and the CSRF token its forms carry."""

    __tablename__ = "desk_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    organizer_id: Mapped[str] = mapped_column(ForeignKey("organizers.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTC)


class Feedback(Base):
    """An organizer's answer to a submission: a verdict code and a comment as written
    (docs/protocol-feedback.md)."""

    __tablename__ = "feedback"

    submission_id: Mapped[str] = mapped_column(ForeignKey("submissions.id"), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    organizer_id: Mapped[str] = mapped_column(ForeignKey("organizers.id"))
    verdict: Mapped[str] = mapped_column(String(16))  # "accepted" | "needs_revision"
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTC)


class Enrolment(Base):
    """Who is on a course's roster (the desk or the command line adds them). The participants' API
    answers a participant only about the courses whose roster has them (404 to any other)."""

    __tablename__ = "enrolments"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), primary_key=True, index=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTC)


class SessionRule(Base):
    """A live session's attendance rule on the desk: the minutes a meeting report must show someone
    present to be ticked (the organizer's last choice for that session)."""

    __tablename__ = "session_rules"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    minimum_minutes: Mapped[float] = mapped_column(Float)


class Certificate(Base):
    """A certificate issued on the desk (docs/protocol-certificates.md): what the public verification
    page answers for its code (the name, the course and the date as printed), and the PDF, printed the
    first time it is asked for (``companion_portal.issued``) and kept, so its length and SHA-256 never
    change."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("course_id", "participant_id"),)

    code: Mapped[str] = mapped_column(String(32), primary_key=True)  # random, unguessable (80 bits)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    organizer_id: Mapped[str] = mapped_column(ForeignKey("organizers.id"))
    name: Mapped[str] = mapped_column(String(200))
    course_title: Mapped[str] = mapped_column(String(300))
    organizers: Mapped[str] = mapped_column(String(500))  # the course's organizers, printed under its title
    issued_on: Mapped[str] = mapped_column(String(10))  # the date printed, ISO
    issued_at: Mapped[datetime] = mapped_column(UTC)
    language: Mapped[str] = mapped_column(String(8))
    verify_base: Mapped[str] = mapped_column(String(300))  # the portal's address the PDF prints
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class RevokedCertificate(Base):
    """A certificate an organizer revoked (issued in error): moved here from ``certificates`` in one
    transaction, so the participant's listing no longer holds it, the organizer may issue again (a new
    code), and the verification page answers "revoked" for its code rather than "unknown"."""

    __tablename__ = "revoked_certificates"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    course_title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[str] = mapped_column(String(10))
    revoked_on: Mapped[str] = mapped_column(String(10))  # the date the verification page states, ISO
    revoked_at: Mapped[datetime] = mapped_column(UTC)
    revoked_by: Mapped[str] = mapped_column(ForeignKey("organizers.id"))
