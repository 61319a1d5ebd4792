"""Where participants stand against a course's certificate rules, computed with the app's own rules
(``companion.shared_kernel.checklist``, and ``standing`` for the organizers' feedback) from what the
portal has recorded: one participant for the
progress route, every participant of a course at once for the desk's certificates page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from companion.shared_kernel import AttemptSummary, Course, Sent, checklist, standing

from .models import Attendance, Feedback, Submission


def standings(conn, course: Course, now: datetime, participant_ids: Iterable[str] | None = None) -> dict:
    """participant id -> the kernel's Checklist, for those given (None: everyone who has a submission
    or an attendance in the course)."""
    wanted = None if participant_ids is None else set(participant_ids)
    att = select(Attendance.participant_id, Attendance.session_id).where(Attendance.course_id == course.id)
    subs = select(Submission.participant_id, Submission.kind, Submission.item_id, Submission.score,
                  Submission.status, Submission.received_at, Submission.id).where(Submission.course_id == course.id,
                                                                        Submission.kind != "attendance")
    answers = select(Feedback.submission_id, Feedback.verdict).where(Feedback.course_id == course.id)
    if wanted is not None:
        att = att.where(Attendance.participant_id.in_(wanted))
        subs = subs.where(Submission.participant_id.in_(wanted))
        answers = answers.where(Feedback.participant_id.in_(wanted))
    verdicts = dict(conn.execute(answers).all())
    sent: dict[tuple[str, str], list[Sent]] = defaultdict(list)
    attended: dict[str, set[str]] = defaultdict(set)
    for pid, session_id in conn.execute(att).all():  # fetched at once: far quicker than row by row
        attended[pid].add(session_id)
    attempts: dict[str, dict[str, list[AttemptSummary]]] = defaultdict(lambda: defaultdict(list))
    delivered: dict[str, dict[str, str]] = defaultdict(dict)
    for pid, kind, item_id, score, status, received_at, sub_id in conn.execute(subs).all():
        if kind == "quiz_attempt":
            if score is not None:
                attempts[pid][item_id].append(AttemptSummary(score, status == "late", received_at))
        else:
            sent[(pid, item_id)].append(Sent(sub_id, received_at, True))
    # the organizer's answer to the latest delivery decides, by the app's own rule (docs/protocol-feedback.md):
    # "needs revision" is not done until a revision arrives
    for (pid, item_id), deliveries in sent.items():
        delivered[pid][item_id] = standing(verdicts, deliveries) or "delivered"
    people = wanted if wanted is not None else set(attended) | set(attempts) | set(delivered)
    return {pid: checklist(course, now, attended=attended.get(pid, set()), attempts=attempts.get(pid, {}),
                           deliveries=delivered.get(pid, {})) for pid in people}
