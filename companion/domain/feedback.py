"""Feedback: an organizer's answer to one of the participant's submissions (docs/protocol-feedback.md),
read from a portal that may say anything.

The portal's answer is read with bounds: at most ``MAX_ENTRIES`` answers kept out of at most
``MAX_SCANNED`` entries looked at, a comment of at most
``COMMENT_CHARS`` characters kept as plain text, a verdict only when it is a code this version knows
(any other is no verdict; the comment still counts), and only for submissions this participant is
known to have made (from this computer or, by the portal's own receipts, from another) — the
assignment an answer belongs to is taken from that submission, never from the answer.

What an assignment comes to with its feedback (:func:`standing`): the answer to its latest delivery
decides, unless a newer delivery (a revision) went after it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

ACCEPTED = "accepted"
NEEDS_REVISION = "needs_revision"
VERDICTS = (ACCEPTED, NEEDS_REVISION)
COMMENT_CHARS = 4000  # the protocol's limit; a longer comment is cut here
MAX_ENTRIES = 500  # answers kept from one answer: far more than a participant hands in to one course
MAX_SCANNED = 20_000  # entries looked at (junk before the true ones does not hide them; the size cap bounds it too)
ID_CHARS = 64
ANSWER_BYTES = 4_000_000  # the whole answer, decompressed: 500 full comments fit with room


@dataclass(frozen=True)
class FeedbackRecord:
    submission_id: str
    course_id: str
    item_id: str
    verdict: str | None  # ACCEPTED, NEEDS_REVISION, or None (no verdict, or one this version does not know)
    comment: str  # plain text as the organizer wrote it (bounded, control characters removed)
    updated_at: datetime  # the portal's time of the answer (aware UTC)
    received_at: datetime | None = None  # when this computer first read this version of it


@dataclass(frozen=True)
class Sent:
    """One submission of an assignment as far as it got: ``delivered`` (the portal holds it) or
    waiting on this computer; ``at`` orders them."""

    submission_id: str
    at: datetime
    delivered: bool


def plain_comment(value: object) -> str:
    """The comment as text to show: a string only, cut to COMMENT_CHARS, line breaks kept, every
    other control or format character (bidi overrides, NUL, escapes) removed."""
    if not isinstance(value, str):
        return ""
    text = value[:COMMENT_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    return parsed.astimezone(timezone.utc)


def read_answer(data: object, course_id: str, known: Mapping[str, str]) -> list[FeedbackRecord]:
    """The entries of a portal's answer this app can stand behind. ``known``: submission id ->
    assignment id of every submission of this participant in the course. Anything else (a submission
    nobody made, a malformed entry, a time that is not one) is left out; never raises."""
    if not isinstance(data, dict):
        return []
    entries = data.get("feedback")
    if not isinstance(entries, list):
        return []
    out: dict[str, FeedbackRecord] = {}
    for entry in entries[:MAX_SCANNED]:
        if len(out) >= MAX_ENTRIES:
            break
        if not isinstance(entry, dict):
            continue
        sid = entry.get("submission_id")
        if not isinstance(sid, str) or len(sid) > ID_CHARS or sid not in known:
            continue
        updated = _instant(entry.get("updated_at"))
        if updated is None:
            continue
        verdict = entry.get("verdict") if entry.get("verdict") in VERDICTS else None
        record = FeedbackRecord(sid, course_id, known[sid], verdict, plain_comment(entry.get("comment")), updated)
        if sid not in out or out[sid].updated_at <= updated:  # the same one twice: the newer counts
            out[sid] = record
    return list(out.values())


def standing(answers: Mapping[str, str | None], sent: Sequence[Sent]) -> str | None:
    """What one assignment comes to with its feedback: ``accepted`` or ``needs_revision`` when the
    answered delivery is its latest; ``delivered`` / ``waiting`` when a revision went (or waits to
    go) after it; None when no answer applies (its state stays as its deliveries make it).
    ``answers``: submission id -> verdict of the answered submissions of this assignment."""
    answered = [s for s in sent if s.submission_id in answers and answers[s.submission_id] in VERDICTS]
    if not answered:
        return None
    last = max(answered, key=lambda s: s.at)
    later = [s for s in sent if s.at > last.at and s.submission_id != last.submission_id]
    if not later:
        return answers[last.submission_id]
    return "delivered" if any(s.delivered for s in later) else "waiting"


def is_new(record: FeedbackRecord, held: FeedbackRecord | None) -> bool:
    """An answer the participant has not been told of: none held, or the portal changed it since."""
    return held is None or record.updated_at > held.updated_at or (
        record.updated_at == held.updated_at and (record.verdict, record.comment) != (held.verdict, held.comment))
