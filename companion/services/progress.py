"""Where the participant stands: the certificate checklist and per-quiz figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.domain import reasons
from companion.domain.clock import Clock
from companion.domain.completion import Checklist, checklist
from companion.domain.errors import CompanionError
from companion.domain.course import Course
from companion.store.repo import Store

from .library import Library, UnknownCourse
from .outbox import Outbox, OutboxSummary
from .quizzes import QuizOverview, QuizService, summaries


@dataclass(frozen=True)
class CourseStatus:
    course: Course
    now: datetime
    checklist: Checklist
    quizzes: tuple[QuizOverview, ...]
    outbox: OutboxSummary
    attended: dict[str, str]


class ProgressService:
    def __init__(self, store: Store, library: Library, quizzes: QuizService, outbox: Outbox, clock: Clock):
        self.store = store
        self.library = library
        self.quizzes = quizzes
        self.outbox = outbox
        self.clock = clock

    def status(self, course_id: str) -> CourseStatus:
        course = self.library.course(course_id)
        now = self.clock.now()
        overviews = tuple(self.quizzes.overviews(course_id))
        attended = self.store.attended(course_id)
        items = checklist(course, now, attended=set(attended),
                          attempts={o.quiz.id: summaries(list(o.attempts)) for o in overviews},
                          deliveries=self.outbox.deliveries(course_id))
        return CourseStatus(course, now, items, overviews, self.outbox.summary(course_id), attended)

    def attended(self, course_id: str) -> dict[str, str]:
        """Live sessions with attendance recorded: session id -> who recorded it ("self", "portal")."""
        return self.store.attended(course_id)

    def snapshot(self, course_id: str, user_tz: str, language: str | None, clock_offset_s: float):
        """The dashboard's pure inputs for ``course_id`` (see companion.services.snapshot)."""
        from .snapshot import Snapshot

        found = self.store.get_course(course_id)
        if found is None:
            raise UnknownCourse(course_id, self.library.known_ids())
        record, manifest = found
        attempts = {o.quiz.id: summaries(list(o.attempts)) for o in self.quizzes.overviews(course_id)}
        return Snapshot(course_id, user_tz, language, clock_offset_s, manifest, record.shift_weeks,
                        self.store.attended(course_id), attempts, self.outbox.deliveries(course_id))

    def set_attended(self, course_id: str, session_id: str, attended: bool) -> None:
        course = self.library.course(course_id)
        if course.live_session(session_id) is None:
            raise CompanionError(f"the course '{course_id}' has no live session '{session_id}'", code=reasons.UNKNOWN_ITEM,
                                 data={"course_id": course_id, "kind": "session", "item": session_id})
        self.store.set_attended(course_id, session_id, attended, "self", self.clock.now())
