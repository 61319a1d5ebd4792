"""What the portal has recorded for the signed-in participant (PROTOCOL.md: Progress)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from companion.shared_kernel import DONE

from ..core import API, PortalDep, Who
from ..models import Attendance, Submission
from ..standing import standings
from .submissions import receipt

router = APIRouter(prefix=API + "/courses", tags=["progress"])


@router.get("/{course_id}/progress")
def progress(course_id: str, portal: PortalDep, who: Who) -> dict:
    with portal.db() as s:
        _etag, course, _body = portal.course(s, course_id, who)
        attended = {a.session_id for a in s.scalars(select(Attendance).where(
            Attendance.course_id == course_id, Attendance.participant_id == who.id))}
        subs = list(s.scalars(select(Submission).where(Submission.course_id == course_id,
                                                       Submission.participant_id == who.id)))
        items = standings(s, course, portal.now(), [who.id])[who.id]  # the app's rules, through the kernel
    best: dict[str, float] = {}
    for sub in subs:
        if sub.kind == "quiz_attempt" and sub.score is not None:
            best[sub.item_id] = max(best.get(sub.item_id, 0.0), sub.score)
    return {
        "attendance": {session.id: session.id in attended for session in course.live_sessions},
        "quizzes": {q.id: best.get(q.id) for q in course.quizzes},
        "assignments": {a.id: [receipt(x) for x in subs if x.item_id == a.id] for a in course.assignments},
        "certificate": {"eligible": items.eligible, "missing": [i.title for i in items.missing if i.state != DONE]},
    }
