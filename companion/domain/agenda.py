"""The course's dated items in one time line: live sessions and deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .course import Course
from .i18n import translate
from .schedule import WallTime

LIVE_SESSION = "live_session"
DEADLINE = "deadline"


@dataclass(frozen=True)
class AgendaItem:
    id: str  # "live_session:orientation", "deadline:quiz-1"
    kind: str
    item_id: str
    title: str
    start: WallTime
    end: WallTime | None
    host: str = ""
    join_url: str = ""
    description: str = ""
    item_kind: str = ""  # for deadlines: quiz | essay | photos | survey | action_plan
    required: bool = True

    @property
    def start_instant(self) -> datetime:
        return self.start.instant()

    @property
    def end_instant(self) -> datetime | None:
        return self.end.instant() if self.end else None

    def is_over(self, now: datetime) -> bool:
        return (self.end_instant or self.start_instant) <= now


def agenda(course: Course) -> list[AgendaItem]:
    items = [AgendaItem(f"live_session:{s.id}", LIVE_SESSION, s.id, s.title, s.start, s.end, s.host, s.join_url,
                        s.description) for s in course.live_sessions]
    for q in course.quizzes:
        if q.due:
            items.append(AgendaItem(f"deadline:{q.id}", DEADLINE, q.id, translate("domain", "{0} due").format(q.title), q.due, None,
                                    item_kind="quiz"))
    for a in course.assignments:
        if a.due:
            items.append(AgendaItem(f"deadline:{a.id}", DEADLINE, a.id, translate("domain", "{0} due").format(a.title), a.due, None,
                                    item_kind=a.kind, required=a.required))
    return sorted(items, key=lambda i: (i.start_instant, i.kind != LIVE_SESSION, i.title))
