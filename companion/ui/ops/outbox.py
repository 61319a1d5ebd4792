"""Operations of the Submissions page: drafts, photos, Submit, and the participant's choices on
outbox items. Each returns what it changed (see :mod:`companion.ui.ops`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import DRAFTS, OUTBOX, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def submissions_view(app: "App", course_id: str) -> Changed:
    """What the page shows: the course, each assignment's delivery state, the outbox items, and the
    organizers' answers by submission id."""
    return changed((app.library.course(course_id), app.outbox.deliveries(course_id), app.outbox.items(course_id),
                    app.outbox.feedback(course_id)))


def deliveries(app: "App", course_id: str) -> Changed:
    return changed(app.outbox.deliveries(course_id))


def load_draft(app: "App", course_id: str, assignment_id: str) -> Changed:
    return changed(app.assignments.draft(course_id, assignment_id))


def save_draft(app: "App", course_id: str, assignment_id: str, body: dict) -> Changed:
    app.assignments.save_draft(course_id, assignment_id, body)
    return changed(None, DRAFTS)


def add_photos(app: "App", course_id: str, assignment_id: str, paths: list[Path]) -> Changed:
    """Prepare and keep each photo; a refused one is reported and the others still go in.
    Value: (the draft now, [(file name, the error) for each refused photo])."""
    refused: list[tuple[str, BaseException]] = []
    for path in paths:
        try:
            app.assignments.add_photo(course_id, assignment_id, Path(path))
        except Exception as exc:  # noqa: BLE001 - each refusal is reported to the person
            refused.append((Path(path).name, exc))
    return changed((app.assignments.draft(course_id, assignment_id), refused), DRAFTS)


def remove_photo(app: "App", course_id: str, assignment_id: str, sha256: str) -> Changed:
    app.assignments.remove_photo(course_id, assignment_id, sha256)
    return changed(app.assignments.draft(course_id, assignment_id), DRAFTS)


def submit_assignment(app: "App", course_id: str, assignment_id: str) -> Changed:
    """Queue the saved draft (raises NotReady with the reasons when it is not complete)."""
    return changed(app.assignments.submit(course_id, assignment_id), OUTBOX)


def resolve_conflict(app: "App", submission_id: str, send_mine: bool) -> Changed:
    """Another version is on the portal: send mine as well, or keep the portal's."""
    app.sync.resolve_conflict(submission_id, send_mine)
    return changed(submission_id, OUTBOX)


def retry_now(app: "App", submission_id: str) -> Changed:
    """Put an item the portal refused back in the queue (after the person fixed what was wrong)."""
    app.sync.retry_now(submission_id)
    return changed(submission_id, OUTBOX)
