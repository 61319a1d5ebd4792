"""What the store keeps, as plain domain records: the store maps its rows to these, the services
and the UI pass them around (they never see a row)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .reasons import Reason


@dataclass(frozen=True)
class CourseRecord:
    id: str
    title: str
    version: int
    package_dir: str
    shift_weeks: int
    imported_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AttemptRecord:
    id: str
    course_id: str
    quiz_id: str
    started_at: datetime
    finished_at: datetime | None
    seed: int | None
    practice: bool
    mode: str
    only_questions: tuple[str, ...] | None
    position: int
    score: float | None
    passed: bool | None
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class SubmissionRecord:
    """One item of the outbox. ``reason``: the last word on it (a conflict, a refusal, ...), as a code."""

    id: str
    course_id: str
    kind: str
    item_id: str
    state: str
    submitted_at: datetime
    content_sha256: str
    body: dict
    files: list
    receipt: dict | None
    reason: Reason | None
    tries: int
    next_attempt_at: datetime | None
    updated_at: datetime
    clock_offset_s: float = 0.0
    resolution: str | None = None
    # the portal's signed receipt of the content digest, received before the content (the on-time proof)
    commitment: dict | None = None


@dataclass(frozen=True)
class DownloadRecord:
    """A lecture material queued for offline use. ``reason``: why it waits or failed (a code).
    ``part_bytes``: how far its ``.part`` file got (read from the file by the downloads service).
    ``source``: ``PORTAL`` or the name of the computer on the local network that shared the file."""

    course_id: str
    material_id: str
    variant: str
    url: str
    size: int | None
    sha256: str | None
    mime: str
    state: str
    etag: str | None
    reason: Reason | None
    priority: int
    path: str | None
    done_sha256: str | None
    tries: int
    part_bytes: int = 0
    source: str | None = None  # where the verified file came from: "portal" or a sharing computer's name
