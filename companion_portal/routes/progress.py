"""What the portal has recorded for the signed-in participant (PROTOCOL.md: Progress)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from companion.shared_kernel import DONE, AttemptSummary, Sent, checklist, standing

from ..core import API, PortalDep, Who
from ..models import Attendance, Feedback, Submission
from .submissions import receipt

router = APIRouter(prefix=API + "/courses", tags=["progress"])


@router.get("/{course_id}/progress")
def progress(course_id: str, portal: PortalDep, who: Who) -> dict:
    with portal.db() as s:
        _etag, course, _body = portal.course(s, course_id)
        attended = {a.session_id for a in s.scalars(select(Attendance).where(
            Attendance.course_id == course_id, Attendance.participant_id == who.id))}
        subs = list(s.scalars(select(Submission).where(Submission.course_id == course_id,
                                                       Submission.participant_id == who.id)))
        verdicts = dict(s.execute(select(Feedback.submission_id, Feedback.verdict).where(
            Feedback.course_id == course_id, Feedback.participant_id == who.id)).all())
    best: dict[str, float] = {}
    attempts: dict[str, list[AttemptSummary]] = {}
    for sub in subs:
        if sub.kind == "quiz_attempt" and sub.score is not None:
            best[sub.item_id] = max(best.get(sub.item_id, 0.0), sub.score)
            attempts.setdefault(sub.item_id, []).append(AttemptSummary(sub.score, sub.status == "late",
                                                                       sub.received_at))
    delivered = {sub.item_id: "delivered" for sub in subs if sub.kind not in ("quiz_attempt", "attendance")}
    # the organizer's answer to the latest delivery decides, by the app's own rule (docs/protocol-feedback.md)
    for item_id in delivered:
        sent = [Sent(x.id, x.received_at, True) for x in subs if x.item_id == item_id]
        delivered[item_id] = standing(verdicts, sent) or "delivered"
    items = checklist(course, portal.now(), attended=attended, attempts=attempts, deliveries=delivered)
    return {
        "attendance": {session.id: session.id in attended for session in course.live_sessions},
        "quizzes": {q.id: best.get(q.id) for q in course.quizzes},
        "assignments": {a.id: [receipt(x) for x in subs if x.item_id == a.id] for a in course.assignments},
        "certificate": {"eligible": items.eligible, "missing": [i.title for i in items.missing if i.state != DONE]},
    }
