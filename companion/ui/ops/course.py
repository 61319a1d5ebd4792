"""Course operations: what the dashboard shows, and moving the course's dates by whole weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from companion.domain.completion import ChecklistItem, next_deadline
from companion.domain.course import LiveSession, next_live_session
from companion.domain.schedule import monday_of
from . import COURSE, Changed, changed

if TYPE_CHECKING:
    from companion.app import App
    from companion.services.progress import CourseStatus


@dataclass(frozen=True)
class DashboardData:
    status: "CourseStatus"  # or the dashboard's SnapshotStatus while the store opens
    published_start: date
    published_end: date
    next_session: LiveSession | None
    next_deadline: ChecklistItem | None
    portal_shift_weeks: int = 0  # the portal runs the course this many weeks after its published dates
    run_now_starts: date | None = None  # the day "run it now" would start the course on
    today: date | None = None  # the participant's date (their time zone), not UTC's

    @property
    def run_now_is_next_week(self) -> bool:
        today = self.today or self.status.now.date()
        return self.run_now_starts is not None and monday_of(self.run_now_starts) > monday_of(today)


def dashboard(app: "App", course_id: str) -> Changed[DashboardData]:
    status = app.progress.status(course_id)
    course = status.course
    portal_weeks = 0 if course.shift_weeks else app.library.portal_shift_weeks(course_id)
    shift = timedelta(weeks=course.shift_weeks + portal_weeks)
    published_start, published_end = course.starts_on - shift, course.ends_on - shift
    run_now = None
    user_tz = app.settings.time_zone()
    if not course.shift_weeks and not portal_weeks:
        weeks = app.library.weeks_to_run_now(course_id, user_tz)
        run_now = course.starts_on + timedelta(weeks=weeks)
    return Changed(DashboardData(status, published_start, published_end, next_live_session(course, status.now),
                                 next_deadline(status.checklist, status.now), portal_weeks, run_now,
                                 participant_date(status.now, user_tz)))


def participant_date(now, time_zone: str) -> date:
    """The date on the participant's calendar at ``now``."""
    from companion.domain.schedule import in_zone

    return in_zone(now, time_zone).date()


def run_from_now(app: "App", course_id: str) -> Changed[int]:
    """Shift a course whose dates are past so it runs now (whole weeks: weekdays and times stay)."""
    return changed(app.library.shift_to_now(course_id, app.settings.time_zone()), COURSE)


def back_to_published_dates(app: "App", course_id: str) -> Changed[None]:
    app.library.reset_shift(course_id)
    return changed(None, COURSE)
