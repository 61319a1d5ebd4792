"""The store's operations, each one unit of work, returning plain dataclasses (never ORM rows)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select

from companion.domain import outbox as states
from companion.domain.feedback import FeedbackRecord, is_new
from companion.domain.reasons import Reason
from companion.domain.records import AttemptRecord, CourseRecord, DownloadRecord, SubmissionRecord

from .db import Database
from .models import (AttendanceRow, CourseRow, DownloadRow, DraftRow, FeedbackRow, PortalCourseRow, QuizAnswerRow, QuizAttemptRow,
                     ReminderRow, RemoteReceiptRow, SettingRow, SubmissionRow)

__all__ = ["Store", "AttemptRecord", "CourseRecord", "DownloadRecord", "SubmissionRecord"]


def _course(row: CourseRow) -> CourseRecord:
    return CourseRecord(row.id, row.title, row.version, row.package_dir, row.shift_weeks, row.imported_at,
                        row.updated_at)


def _attempt(row: QuizAttemptRow, answers: dict[str, tuple[str, ...]]) -> AttemptRecord:
    only = tuple(row.only_questions) if row.only_questions is not None else None
    return AttemptRecord(row.id, row.course_id, row.quiz_id, row.started_at, row.finished_at, row.seed,
                         row.practice, row.mode, only, row.position, row.score, row.passed, answers)


def _submission(row: SubmissionRow) -> SubmissionRecord:
    return SubmissionRecord(row.id, row.course_id, row.kind, row.item_id, row.state, row.submitted_at,
                            row.content_sha256, dict(row.body), list(row.files or []),
                            dict(row.receipt) if row.receipt else None,
                            Reason.of(row.reason_code, row.reason_data), row.tries,
                            row.next_attempt_at, row.updated_at, row.clock_offset_s or 0.0, row.resolution,
                            dict(row.commitment) if row.commitment else None)


class Store:
    """Everything the services keep, behind plain methods."""

    def __init__(self, db: Database):
        self.db = db

    # ---- courses ----
    def list_courses(self) -> list[CourseRecord]:
        with self.db.read() as s:
            return [_course(r) for r in s.scalars(select(CourseRow).order_by(CourseRow.title))]

    def get_course(self, course_id: str) -> tuple[CourseRecord, dict] | None:
        with self.db.read() as s:
            row = s.get(CourseRow, course_id)
            return (_course(row), dict(row.manifest)) if row else None

    def course_package_dir(self, course_id: str) -> str | None:
        """Where a course's package is (without loading its manifest: asked once per material)."""
        with self.db.read() as s:
            return s.scalar(select(CourseRow.package_dir).where(CourseRow.id == course_id))

    def course_version(self, course_id: str) -> int | None:
        with self.db.read() as s:
            return s.scalar(select(CourseRow.version).where(CourseRow.id == course_id))

    def save_course(self, course_id: str, title: str, version: int, package_dir: str, manifest: dict,
                    now: datetime) -> str:
        """Add a course or update it in place (the participant's work refers to it and stays)."""
        with self.db.write() as s:
            row = s.get(CourseRow, course_id)
            if row is None:
                s.add(CourseRow(id=course_id, title=title, version=version, package_dir=package_dir,
                                manifest=manifest, imported_at=now, updated_at=now, shift_weeks=0))
                return "added"
            row.title, row.version, row.package_dir, row.manifest, row.updated_at = (
                title, version, package_dir, manifest, now)
            return "updated"

    def set_shift(self, course_id: str, weeks: int) -> None:
        with self.db.write() as s:
            row = s.get(CourseRow, course_id)
            if row is not None:
                row.shift_weeks = weeks

    # ---- settings ----
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.write() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    # ---- quiz attempts ----
    def _answers(self, s, attempt_ids: list[str]) -> dict[str, dict[str, tuple[str, ...]]]:
        out: dict[str, dict[str, tuple[str, ...]]] = {a: {} for a in attempt_ids}
        if attempt_ids:
            for row in s.scalars(select(QuizAnswerRow).where(QuizAnswerRow.attempt_id.in_(attempt_ids))):
                out[row.attempt_id][row.question_id] = tuple(row.selected)
        return out

    def create_attempt(self, attempt_id: str, course_id: str, quiz_id: str, started_at: datetime,
                       seed: int | None, practice: bool, mode: str, only_questions: list[str] | None) -> AttemptRecord:
        with self.db.write() as s:
            row = QuizAttemptRow(id=attempt_id, course_id=course_id, quiz_id=quiz_id, started_at=started_at,
                                 seed=seed, practice=practice, mode=mode, only_questions=only_questions, position=0)
            s.add(row)
            s.flush()
            return _attempt(row, {})

    def get_attempt(self, attempt_id: str) -> AttemptRecord | None:
        with self.db.read() as s:
            row = s.get(QuizAttemptRow, attempt_id)
            return _attempt(row, self._answers(s, [row.id])[row.id]) if row else None

    def open_attempt(self, course_id: str, quiz_id: str) -> AttemptRecord | None:
        with self.db.read() as s:
            row = s.scalars(select(QuizAttemptRow).where(
                QuizAttemptRow.course_id == course_id, QuizAttemptRow.quiz_id == quiz_id,
                QuizAttemptRow.finished_at.is_(None)).order_by(QuizAttemptRow.started_at.desc())).first()
            return _attempt(row, self._answers(s, [row.id])[row.id]) if row else None

    def list_attempts(self, course_id: str, quiz_id: str | None = None, finished_only: bool = True) -> list[AttemptRecord]:
        with self.db.read() as s:
            query = select(QuizAttemptRow).where(QuizAttemptRow.course_id == course_id)
            if quiz_id is not None:
                query = query.where(QuizAttemptRow.quiz_id == quiz_id)
            if finished_only:
                query = query.where(QuizAttemptRow.finished_at.is_not(None))
            rows = list(s.scalars(query.order_by(QuizAttemptRow.started_at)))
            answers = self._answers(s, [r.id for r in rows])
            return [_attempt(r, answers[r.id]) for r in rows]

    def record_answer(self, attempt_id: str, question_id: str, selected: list[str], at: datetime) -> None:
        with self.db.write() as s:
            attempt = s.get(QuizAttemptRow, attempt_id)
            if attempt is None or attempt.finished_at is not None:
                raise ValueError("this attempt is finished or unknown; its answers can no longer change")
            row = s.get(QuizAnswerRow, (attempt_id, question_id))
            if row is None:
                s.add(QuizAnswerRow(attempt_id=attempt_id, question_id=question_id, selected=list(selected),
                                    answered_at=at))
            else:
                row.selected, row.answered_at = list(selected), at

    def set_position(self, attempt_id: str, position: int) -> None:
        with self.db.write() as s:
            row = s.get(QuizAttemptRow, attempt_id)
            if row is not None and row.finished_at is None:
                row.position = position

    def finish_attempt(self, attempt_id: str, finished_at: datetime, score: float, passed: bool) -> None:
        with self.db.write() as s:
            row = s.get(QuizAttemptRow, attempt_id)
            if row is None:
                raise ValueError(f"unknown attempt {attempt_id}")
            if row.finished_at is None:
                row.finished_at, row.score, row.passed = finished_at, score, passed

    def discard_attempt(self, attempt_id: str) -> None:
        """Remove an unfinished attempt the participant chose to abandon (finished ones are kept)."""
        with self.db.write() as s:
            row = s.get(QuizAttemptRow, attempt_id)
            if row is not None and row.finished_at is None:
                s.execute(delete(QuizAnswerRow).where(QuizAnswerRow.attempt_id == attempt_id))
                s.delete(row)

    # ---- attendance ----
    def attended(self, course_id: str) -> dict[str, str]:
        with self.db.read() as s:
            return {r.session_id: r.source for r in s.scalars(select(AttendanceRow).where(AttendanceRow.course_id == course_id))}

    def set_attended(self, course_id: str, session_id: str, attended: bool, source: str, at: datetime) -> None:
        with self.db.write() as s:
            row = s.get(AttendanceRow, (course_id, session_id))
            if attended and row is None:
                s.add(AttendanceRow(course_id=course_id, session_id=session_id, source=source, recorded_at=at))
            elif not attended and row is not None and row.source == source:
                s.delete(row)

    # ---- drafts ----
    def get_draft(self, course_id: str, assignment_id: str) -> tuple[dict, datetime] | None:
        with self.db.read() as s:
            row = s.get(DraftRow, (course_id, assignment_id))
            return (dict(row.body), row.updated_at) if row else None

    def save_draft(self, course_id: str, assignment_id: str, body: dict, at: datetime) -> None:
        with self.db.write() as s:
            row = s.get(DraftRow, (course_id, assignment_id))
            if row is None:
                s.add(DraftRow(course_id=course_id, assignment_id=assignment_id, body=body, updated_at=at))
            else:
                row.body, row.updated_at = body, at

    def drafts(self, course_id: str) -> set[str]:
        with self.db.read() as s:
            return set(s.scalars(select(DraftRow.assignment_id).where(DraftRow.course_id == course_id)))

    # ---- downloads ----
    _DOWNLOAD_FIELDS = ("url", "size", "sha256", "mime", "state", "etag", "reason", "priority", "path",
                        "done_sha256", "tries", "source")

    @staticmethod
    def _download(r: DownloadRow) -> DownloadRecord:
        return DownloadRecord(r.course_id, r.material_id, r.variant, r.url, r.size, r.sha256, r.mime, r.state,
                              r.etag, Reason.of(r.reason_code, r.reason_data), r.priority, r.path, r.done_sha256,
                              r.tries, source=r.source)

    def downloads(self, course_id: str | None = None) -> list[DownloadRecord]:
        with self.db.read() as s:
            query = select(DownloadRow)
            if course_id is not None:
                query = query.where(DownloadRow.course_id == course_id)
            return [self._download(r) for r in s.scalars(query.order_by(DownloadRow.priority, DownloadRow.size))]

    def upsert_download(self, course_id: str, material_id: str, variant: str, now: datetime, **fields) -> None:
        unknown = set(fields) - set(self._DOWNLOAD_FIELDS)
        if unknown:
            raise ValueError(f"unknown download fields {unknown}")
        with self.db.write() as s:
            row = s.get(DownloadRow, (course_id, material_id, variant))
            if row is None:
                row = DownloadRow(course_id=course_id, material_id=material_id, variant=variant, updated_at=now,
                                  priority=0, tries=0)
                s.add(row)
            for key, value in fields.items():
                if key == "reason":
                    row.reason_code, row.reason_data = (value.code, dict(value.data)) if value else (None, None)
                else:
                    setattr(row, key, value)
            row.updated_at = now

    def delete_download(self, course_id: str, material_id: str, variant: str) -> None:
        with self.db.write() as s:
            row = s.get(DownloadRow, (course_id, material_id, variant))
            if row is not None:
                s.delete(row)

    # ---- reminders ----
    def plan_reminders(self, course_id: str, planned: list[tuple[str, str, datetime]]) -> None:
        """Make the stored plan match ``planned`` (key, agenda id, fire time). A reminder already fired
        stays fired while its time is unchanged; a moved one fires again at its new time."""
        with self.db.write() as s:
            rows = {r.key: r for r in s.scalars(select(ReminderRow).where(ReminderRow.course_id == course_id))}
            wanted = {key for key, _aid, _at in planned}
            for key, row in rows.items():
                if key not in wanted:
                    s.delete(row)
            for key, agenda_id, fire_at in planned:
                row = rows.get(key)
                if row is None:
                    s.add(ReminderRow(course_id=course_id, key=key, agenda_id=agenda_id, fire_at=fire_at))
                elif row.fire_at != fire_at:
                    row.fire_at, row.fired_at = fire_at, None

    def due_reminders(self, course_id: str, now: datetime) -> list[tuple[str, str]]:
        with self.db.read() as s:
            rows = s.scalars(select(ReminderRow).where(ReminderRow.course_id == course_id,
                                                      ReminderRow.fired_at.is_(None),
                                                      ReminderRow.fire_at <= now).order_by(ReminderRow.fire_at))
            return [(r.key, r.agenda_id) for r in rows]

    def mark_reminders_fired(self, course_id: str, keys: list[str], at: datetime) -> None:
        with self.db.write() as s:
            for key in keys:
                row = s.get(ReminderRow, (course_id, key))
                if row is not None and row.fired_at is None:
                    row.fired_at = at

    # ---- submissions (the outbox) ----
    def add_submission(self, sub: SubmissionRecord) -> None:
        with self.db.write() as s:
            s.add(SubmissionRow(id=sub.id, course_id=sub.course_id, kind=sub.kind, item_id=sub.item_id,
                                state=sub.state, submitted_at=sub.submitted_at, content_sha256=sub.content_sha256,
                                body=sub.body, files=sub.files, receipt=sub.receipt,
                                reason_code=sub.reason.code if sub.reason else None,
                                reason_data=dict(sub.reason.data) if sub.reason else None,
                                tries=sub.tries, next_attempt_at=sub.next_attempt_at, updated_at=sub.updated_at,
                                clock_offset_s=sub.clock_offset_s, resolution=sub.resolution,
                                commitment=sub.commitment))

    def get_submission(self, submission_id: str) -> SubmissionRecord | None:
        with self.db.read() as s:
            row = s.get(SubmissionRow, submission_id)
            return _submission(row) if row else None

    def pending_submissions(self, now: datetime, course_id: str | None = None, *, include_later: bool = False) -> list[SubmissionRecord]:
        """Queued or half-sent items, oldest first; only those whose next attempt is due unless asked."""
        with self.db.read() as s:
            query = select(SubmissionRow).where(SubmissionRow.state.in_(states.WAITING_STATES))
            if course_id is not None:
                query = query.where(SubmissionRow.course_id == course_id)
            if not include_later:
                query = query.where((SubmissionRow.next_attempt_at.is_(None)) | (SubmissionRow.next_attempt_at <= now))
            return [_submission(r) for r in s.scalars(query.order_by(SubmissionRow.submitted_at))]

    _UPDATABLE = frozenset({"state", "receipt", "reason", "tries", "next_attempt_at", "files", "resolution",
                            "commitment"})

    def update_submission(self, submission_id: str, now: datetime, *, expect_state: tuple[str, ...] | None = None,
                          **fields) -> bool:
        """Change an item's delivery fields (never its content). False when it was not in ``expect_state``.

        A new ``state`` must be a move the outbox's table allows (``domain.outbox.ALLOWED``); any other
        raises :class:`companion.domain.outbox.InvalidTransition` and nothing is written."""
        unknown = set(fields) - self._UPDATABLE
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a submission")
        with self.db.write() as s:
            row = s.get(SubmissionRow, submission_id)
            if row is None or (expect_state is not None and row.state not in expect_state):
                return False
            if "state" in fields:
                states.transition(row.state, fields["state"])
            for key, value in fields.items():
                if key == "reason":
                    row.reason_code, row.reason_data = (value.code, dict(value.data)) if value else (None, None)
                else:
                    setattr(row, key, value)
            row.updated_at = now
            return True

    def submissions(self, course_id: str | None = None) -> list[SubmissionRecord]:
        with self.db.read() as s:
            query = select(SubmissionRow).order_by(SubmissionRow.submitted_at.desc())
            if course_id is not None:
                query = query.where(SubmissionRow.course_id == course_id)
            return [_submission(r) for r in s.scalars(query)]

    def outbox_counts(self, course_id: str | None = None) -> dict[str, int]:
        with self.db.read() as s:
            query = select(SubmissionRow.state, func.count()).group_by(SubmissionRow.state)
            if course_id is not None:
                query = query.where(SubmissionRow.course_id == course_id)
            return dict(Counter({state: n for state, n in s.execute(query)}))

    # ---- what the portal holds (its receipts and course list, as last read) ----
    def remote_receipts(self, course_id: str) -> list[dict]:
        with self.db.read() as s:
            rows = s.scalars(select(RemoteReceiptRow).where(RemoteReceiptRow.course_id == course_id)
                             .order_by(RemoteReceiptRow.submission_id))
            return [dict(r.receipt) for r in rows]

    def set_remote_receipts(self, course_id: str, receipts: list[dict]) -> None:
        """Replace what is known of the portal's receipts for a course with ``receipts``."""
        with self.db.write() as s:
            s.execute(delete(RemoteReceiptRow).where(RemoteReceiptRow.course_id == course_id))
            for receipt in receipts:
                if not isinstance(receipt, dict) or not receipt.get("submission_id"):
                    continue
                s.merge(RemoteReceiptRow(course_id=course_id, submission_id=str(receipt["submission_id"]),
                                         item_id=str(receipt.get("item_id") or ""), kind=str(receipt.get("kind") or ""),
                                         status=str(receipt.get("status") or ""), receipt=receipt))

    def portal_course_ids(self) -> list[str]:
        with self.db.read() as s:
            return list(s.scalars(select(PortalCourseRow.course_id).where(PortalCourseRow.listed)
                                  .order_by(PortalCourseRow.course_id)))

    def set_portal_course_ids(self, course_ids: list[str]) -> None:
        with self.db.write() as s:
            rows = {r.course_id: r for r in s.scalars(select(PortalCourseRow))}
            for course_id, row in rows.items():
                row.listed = course_id in course_ids
            for course_id in course_ids:
                if course_id not in rows:
                    s.add(PortalCourseRow(course_id=course_id, listed=True))

    def portal_course(self, course_id: str) -> tuple[str | None, datetime | None]:
        """(manifest ETag, when the progress was last read) of a course on the portal."""
        with self.db.read() as s:
            row = s.get(PortalCourseRow, course_id)
            return (row.manifest_etag, row.progress_at) if row else (None, None)

    _PORTAL_COURSE_FIELDS = frozenset({"manifest_etag", "progress_at", "changes"})

    def update_portal_course(self, course_id: str, **fields) -> None:
        unknown = set(fields) - self._PORTAL_COURSE_FIELDS
        if unknown:
            raise ValueError(f"unknown portal course fields {unknown}")
        with self.db.write() as s:
            row = s.get(PortalCourseRow, course_id)
            if row is None:
                row = PortalCourseRow(course_id=course_id, listed=False)
                s.add(row)
            for key, value in fields.items():
                setattr(row, key, value)

    # ---- feedback (the organizers' answers, as last read) ----
    def feedback(self, course_id: str) -> list[FeedbackRecord]:
        with self.db.read() as s:
            rows = s.scalars(select(FeedbackRow).where(FeedbackRow.course_id == course_id)
                             .order_by(FeedbackRow.updated_at))
            return [FeedbackRecord(r.submission_id, r.course_id, r.item_id, r.verdict, r.comment, r.updated_at,
                                   r.received_at) for r in rows]

    def merge_feedback(self, course_id: str, records: list[FeedbackRecord], now: datetime) -> list[FeedbackRecord]:
        """Keep the portal's answers for a course; the ones new or changed since the last read come
        back (with ``received_at`` set), the others stay as they were. An answer the portal no longer
        lists is kept: what the participant was told is not taken back by a silent portal."""
        fresh: list[FeedbackRecord] = []
        with self.db.write() as s:
            for record in records:
                row = s.get(FeedbackRow, record.submission_id)
                if row is not None and row.course_id != course_id:
                    continue  # another course's submission id: not this answer's to change
                held = None if row is None else FeedbackRecord(row.submission_id, row.course_id, row.item_id,
                                                               row.verdict, row.comment, row.updated_at)
                if not is_new(record, held):
                    continue
                if row is None:
                    row = FeedbackRow(submission_id=record.submission_id, course_id=course_id)
                    s.add(row)
                row.item_id, row.verdict, row.comment = record.item_id, record.verdict, record.comment
                row.updated_at, row.received_at = record.updated_at, now
                fresh.append(FeedbackRecord(record.submission_id, course_id, record.item_id, record.verdict,
                                            record.comment, record.updated_at, now))
        return fresh
