"""Typed ORM models. Instants are aware UTC (naive datetimes are refused)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as UTC; refuses naive ones so no local time sneaks in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: store aware instants only")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class CourseRow(Base):
    __tablename__ = "courses"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer)
    package_dir: Mapped[str] = mapped_column(Text)  # "bundled:<id>" or an absolute folder
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    shift_weeks: Mapped[int] = mapped_column(Integer, default=0)


class QuizAttemptRow(Base):
    __tablename__ = "quiz_attempts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    quiz_id: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    seed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    mode: Mapped[str] = mapped_column(String(16), default="one_by_one")
    only_questions: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class QuizAnswerRow(Base):
    __tablename__ = "quiz_answers"

    attempt_id: Mapped[str] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    selected: Mapped[list[Any]] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AttendanceRow(Base):
    __tablename__ = "attendance"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # "self" or "portal"
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DraftRow(Base):
    __tablename__ = "drafts"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    assignment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SubmissionRow(Base):
    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the UUID made at Submit
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    files: Mapped[list[Any]] = mapped_column(JSON, default=list)
    receipt: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # the portal's signed receipt of the content digest (the on-time proof), kept as it came
    commitment: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)  # companion.domain.reasons
    reason_data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    clock_offset_s: Mapped[float] = mapped_column(Float, default=0.0)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)


class ReminderRow(Base):
    __tablename__ = "reminders"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    agenda_id: Mapped[str] = mapped_column(String(140))
    fire_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DownloadRow(Base):
    __tablename__ = "downloads"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    material_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    variant: Mapped[str] = mapped_column(String(16), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mime: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), index=True)
    etag: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)  # why it waits or failed
    reason_data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str | None] = mapped_column(Text, nullable=True)  # the verified file, once done
    done_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str | None] = mapped_column(String(120), nullable=True)  # "portal" or a sharing computer's name
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class RemoteReceiptRow(Base):
    """A receipt the portal holds (sent from this computer or another), as last read."""

    __tablename__ = "remote_receipts"

    course_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    receipt: Mapped[dict[str, Any]] = mapped_column(JSON)


class PortalCourseRow(Base):
    """What this computer knows of a course on the portal: listed there, its manifest's ETag, when its
    progress was read, the changes of its last update."""

    __tablename__ = "portal_courses"

    course_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    listed: Mapped[bool] = mapped_column(Boolean, default=False)
    manifest_etag: Mapped[str | None] = mapped_column(String(200), nullable=True)
    progress_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ReviewCardRow(Base):
    """One FSRS card per answered question (companion.domain.review)."""
    __tablename__ = "review_cards"

    course_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    quiz_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    due: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)


class ReviewLogRow(Base):
    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    course_id: Mapped[str] = mapped_column(String(64))
    quiz_id: Mapped[str] = mapped_column(String(64))
    question_id: Mapped[str] = mapped_column(String(64))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    chosen: Mapped[bool] = mapped_column(Boolean)
    correct: Mapped[bool] = mapped_column(Boolean)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(16))  # "review", "quiz", "practice"


class FeedbackRow(Base):
    """An organizer's answer to one of this participant's submissions, as last read from the portal
    (companion.domain.feedback)."""

    __tablename__ = "feedback"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the portal's time of the answer
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when this computer first read this version
