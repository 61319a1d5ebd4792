"""Operations of the connection to the portal: a sync pass and the status bar's facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from . import ATTENDANCE, CERTIFICATES, COURSE, FEEDBACK, OUTBOX, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def sync_pass(app: "App", now: bool) -> Changed:
    """One pass (``now``: also items still backing off). The outbox and attendance may have moved;
    the course too when the portal sent changes, and the feedback when an organizer answered.
    Value: the SyncReport."""
    report = app.sync.run(now=now)
    flags = {OUTBOX, ATTENDANCE} | ({COURSE} if report.changes else set()) | (
        {CERTIFICATES} if report.certificates or report.withdrawn else set()) | ({FEEDBACK} if report.feedback else set())
    return changed(report, *flags)


@dataclass(frozen=True)
class StatusFacts:
    portal_url: str | None
    summary: object  # OutboxSummary
    time_zone: str
    login: str | None
    now: datetime | None = None  # when these facts were read: a zone's name (CET or CEST) depends on it


def status_facts(app: "App", course_id: str) -> Changed:
    """The current course's own portal (and the login there) beside its outbox."""
    url = app.sync.portal_of(course_id) if course_id else app.settings.portal_url()
    login = next((s.login for s in app.sync.sign_ins() if s.url == url), None)
    return changed(StatusFacts(url, app.outbox.summary(course_id), app.settings.time_zone(), login,
                                app.clock.now()))


@dataclass(frozen=True)
class NewFeedback:
    course_id: str
    item_id: str
    title: str  # the assignment's title (from the course, never from the portal's answer)
    verdict: str | None


def new_feedback(app: "App", records: list) -> Changed:
    """What the notification of new answers names: each answered assignment's title and verdict."""
    out = []
    for r in records:
        try:
            found = app.library.course(r.course_id).assignment(r.item_id)
        except Exception:  # noqa: BLE001 - a course gone meanwhile: named by its id
            found = None
        out.append(NewFeedback(r.course_id, r.item_id, found.title if found else r.item_id, r.verdict))
    return changed(out)
