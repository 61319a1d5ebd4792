"""Commitments: a submission's content digest sent ahead of its content, so the portal can judge it
on time by when the digest arrived — not by the client's clock (docs/protocol-commitments.md)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError

from ..core import API, PortalDep, Who
from ..errors import ApiRefusal
from ..limits import ID_CHARS
from ..models import Commitment
from ..receipts import sign
from .submissions import KINDS, instant

router = APIRouter(prefix=API + "/courses", tags=["commitments"])


class CommitmentIn(BaseModel):
    item_id: str = Field(min_length=1, max_length=ID_CHARS)
    kind: str = Field(max_length=32)
    content_sha256: str = Field(pattern="^[0-9a-f]{64}$")


def commitment_receipt(key: bytes, row: Commitment) -> dict:
    out = {"submission_id": row.id, "course_id": row.course_id, "item_id": row.item_id, "kind": row.kind,
           "content_sha256": row.content_sha256, "received_at": instant(row.received_at)}
    out["signature"] = sign(key, out)
    return out


@router.put("/{course_id}/commitments/{submission_id}")
def put_commitment(course_id: str, submission_id: str, body: CommitmentIn, portal: PortalDep,
                   who: Who) -> JSONResponse:
    try:
        uuid.UUID(submission_id)
    except ValueError:
        raise ApiRefusal(400, "bad_submission_id", "The submission id must be a UUID.") from None
    if body.kind not in KINDS:
        raise ApiRefusal(422, "unknown_kind", f"'{body.kind}' is not a kind of submission.", "kind")
    for attempt in range(2):  # two workers may take the same id at once: the loser answers as a repeat
        try:
            with portal.db() as s:
                portal.course(s, course_id, who)  # one not on her roster: 404, even to a repeat
                existing = s.get(Commitment, submission_id)
                if existing is not None:
                    if (existing.participant_id == who.id and existing.course_id == course_id
                            and existing.content_sha256 == body.content_sha256):
                        return JSONResponse(commitment_receipt(portal.receipt_key, existing), status_code=200)
                    raise ApiRefusal(409, "conflict", "This submission id is already committed to other content. "
                                     "Nothing was changed; commit your version under a new submission id.")
                row = Commitment(id=submission_id, course_id=course_id, participant_id=who.id, kind=body.kind,
                                 item_id=body.item_id, content_sha256=body.content_sha256, received_at=portal.now())
                s.add(row)
                s.flush()
                return JSONResponse(commitment_receipt(portal.receipt_key, row), status_code=201)
        except IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")
