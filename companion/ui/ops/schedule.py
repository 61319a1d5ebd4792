"""Schedule operations: the agenda with what was attended, marking attendance, exporting a calendar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.course import Course
from companion.domain.reminders import Notice

from . import ATTENDANCE, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


@dataclass(frozen=True)
class ScheduleData:
    course: Course
    attended: dict[str, str]  # live-session id -> how it was recorded


def schedule(app: "App", course_id: str) -> Changed[ScheduleData]:
    return Changed(ScheduleData(app.library.course(course_id), dict(app.progress.attended(course_id))))


def set_attended(app: "App", course_id: str, session_id: str, attended: bool) -> Changed[str]:
    app.progress.set_attended(course_id, session_id, attended)
    return changed(session_id, ATTENDANCE)


def export_calendar(app: "App", course_id: str, path: Path) -> Changed[int]:
    """Write every session and deadline to an .ics file; returns how many events (nothing in the app changes)."""
    return Changed(app.schedule.export_ics(course_id, path))


def due_notices(app: "App", course_id: str) -> Changed[list[Notice]]:
    """Reminders whose time has come, each once (the store records them as fired; no page shows that)."""
    notices = list(app.schedule.due_notices(course_id))
    if app.reviews is not None:
        due = app.reviews.due_reminder()  # the daily review reminder, at the participant's chosen time
        if due:
            notices.append(review_notice(due))
    return Changed(notices)


def review_notice(due: int) -> Notice:
    from companion.domain.i18n import translate

    return Notice("review", "review", translate("domain", "Review"),
                  translate("domain", "Time to review: %n question(s) are due today.", None, due), "", False)
