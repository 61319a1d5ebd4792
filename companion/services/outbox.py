"""Submitting: what the participant hands in is written to the store, with its UUID and digest,
before anything touches the network. Delivery is the sync service's job."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from companion.domain import outbox as states
from companion.domain.clock import Clock
from companion.domain import feedback as answers
from companion.domain.digest import canonical_json, content_sha256  # noqa: F401 (part of this module's API)
from companion.domain.records import SubmissionRecord
from companion.store.repo import Store

from .settings import CLOCK_OFFSET, Settings

ASSIGNMENT_DELIVERY = "delivered"
ASSIGNMENT_WAITING = "waiting"
ASSIGNMENT_DRAFT = "draft"
ASSIGNMENT_ACCEPTED = answers.ACCEPTED  # the organizer accepted the latest delivery
ASSIGNMENT_NEEDS_REVISION = answers.NEEDS_REVISION  # the organizer asked for a revision of the latest delivery


@dataclass(frozen=True)
class OutboxSummary:
    counts: dict[str, int]

    @property
    def waiting(self) -> int:
        return sum(self.counts.get(s, 0) for s in states.WAITING_STATES)

    @property
    def needs_attention(self) -> int:
        return self.counts.get(states.NEEDS_ATTENTION, 0)

    @property
    def delivered(self) -> int:
        return self.counts.get(states.DELIVERED, 0)


class Outbox:
    def __init__(self, store: Store, clock: Clock):
        self.store = store
        self.clock = clock

    def submit(self, course_id: str, kind: str, item_id: str, body: dict, files: list[dict] | None = None) -> SubmissionRecord:
        files = list(files or [])
        now = self.clock.now()
        offset = float(Settings(self.store).get(CLOCK_OFFSET) or 0.0)
        record = SubmissionRecord(
            id=str(uuid.uuid4()), course_id=course_id, kind=kind, item_id=item_id, state=states.QUEUED,
            submitted_at=now, content_sha256=content_sha256(kind, item_id, body, (f["sha256"] for f in files)),
            body=body, files=files, receipt=None, reason=None, tries=0, next_attempt_at=None, updated_at=now,
            clock_offset_s=offset)
        self.store.add_submission(record)
        return record

    def summary(self, course_id: str | None = None) -> OutboxSummary:
        return OutboxSummary(self.store.outbox_counts(course_id))

    def items(self, course_id: str | None = None) -> list[SubmissionRecord]:
        return self.store.submissions(course_id)

    def get(self, submission_id: str) -> SubmissionRecord | None:
        return self.store.get_submission(submission_id)

    def of_attempt(self, course_id: str, attempt_id: str) -> SubmissionRecord | None:
        """The outbox item that carries a quiz attempt's result (None for practice)."""
        return next((s for s in self.store.submissions(course_id)
                     if s.kind == "quiz_attempt" and (s.body or {}).get("attempt_id") == attempt_id), None)

    def deliveries(self, course_id: str) -> dict[str, str]:
        """Per assignment id, the furthest its work got: delivered, waiting or draft."""
        out: dict[str, str] = {aid: ASSIGNMENT_DRAFT for aid in self.store.drafts(course_id)}
        for receipt in self.store.remote_receipts(course_id):
            if receipt.get("kind") not in ("quiz_attempt", "attendance") and receipt.get("status") in ("accepted", "late"):
                out[receipt.get("item_id", "")] = ASSIGNMENT_DELIVERY
        for sub in self.store.submissions(course_id):
            if sub.kind in ("quiz_attempt", "attendance"):
                continue
            if sub.state == states.DELIVERED:
                out[sub.item_id] = ASSIGNMENT_DELIVERY
            elif out.get(sub.item_id) != ASSIGNMENT_DELIVERY:
                out[sub.item_id] = ASSIGNMENT_WAITING
        out.update(self._standings(course_id))
        return out

    def feedback(self, course_id: str) -> dict[str, answers.FeedbackRecord]:
        """The organizers' answers held for this course, by submission id."""
        return {f.submission_id: f for f in self.store.feedback(course_id)}

    def _standings(self, course_id: str) -> dict[str, str]:
        """Per answered assignment, what its feedback makes of it (companion.domain.feedback.standing)."""
        held = self.store.feedback(course_id)
        if not held:
            return {}
        sent: dict[str, list[answers.Sent]] = {}
        for receipt in self.store.remote_receipts(course_id):
            at = _instant(receipt.get("received_at"))
            if at is not None and receipt.get("status") in ("accepted", "late"):
                sent.setdefault(str(receipt.get("item_id", "")), []).append(
                    answers.Sent(str(receipt.get("submission_id")), at, True))
        for sub in self.store.submissions(course_id):
            if sub.state in (states.DELIVERED, *states.WAITING_STATES):
                mine = [s for s in sent.get(sub.item_id, []) if s.submission_id != sub.id]
                sent[sub.item_id] = mine + [answers.Sent(sub.id, sub.submitted_at, sub.state == states.DELIVERED)]
        out = {}
        for item_id in {f.item_id for f in held}:
            verdicts = {f.submission_id: f.verdict for f in held if f.item_id == item_id}
            found = answers.standing(verdicts, sent.get(item_id, []))
            if found is not None:
                out[item_id] = found
        return out


def _instant(text: object) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(text or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None
