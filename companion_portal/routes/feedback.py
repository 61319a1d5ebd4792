"""Feedback: organizers' answers to a participant's submissions (docs/protocol-feedback.md), an
optional addition to PROTOCOL.md version 1."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from ..core import API, PortalDep, Who
from ..models import Feedback, Submission
from .submissions import instant

router = APIRouter(prefix=API + "/courses", tags=["feedback"])
FEEDBACK_VERSION = 1


@router.get("/{course_id}/feedback")
def feedback(course_id: str, portal: PortalDep, who: Who) -> dict:
    """This participant's feedback in the course, one entry per submission answered."""
    with portal.read() as conn:
        portal.course(conn, course_id, who)  # 404 for an unknown course, or one not hers
        rows = conn.execute(select(Feedback.submission_id, Feedback.verdict, Feedback.comment, Feedback.updated_at,
                                   Submission.item_id, Submission.kind)
                            .join(Submission, Submission.id == Feedback.submission_id)
                            .where(Feedback.course_id == course_id, Feedback.participant_id == who.id)
                            .order_by(Feedback.updated_at)).all()
    return {"version": FEEDBACK_VERSION, "feedback": [
        {"submission_id": r.submission_id, "item_id": r.item_id, "kind": r.kind, "verdict": r.verdict,
         "comment": r.comment, "updated_at": instant(r.updated_at)} for r in rows]}
