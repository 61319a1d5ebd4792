"""Assignments: drafts kept as they are typed, and Submit that queues the work for the portal."""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from companion.domain import reasons
from companion.domain.reasons import NOT_READY, Reason
from companion.domain.assignments import FileFacts, problems
from companion.domain.clock import Clock
from companion.domain.course import Assignment
from companion.domain.errors import CompanionError
from companion.domain.outbox import KEPT_LOCAL, NEEDS_ATTENTION
from companion.domain.records import SubmissionRecord
from companion.store.repo import Store

from .library import Library
from .outbox import Outbox
from .photos import DEFAULT_LONG_SIDE, prepare_photo


class NotReady(CompanionError):
    """The draft cannot be submitted as it is; ``reasons`` says why (codes with their figures)."""

    def __init__(self, why: list[Reason]):
        self.reasons = why
        super().__init__("not ready to submit: " + ", ".join(r.code for r in why), code=NOT_READY,
                         data={"reasons": [{"code": r.code, "data": r.data} for r in why]})


@dataclass(frozen=True)
class Draft:
    body: dict
    files: tuple[FileFacts, ...]


class AssignmentService:
    def __init__(self, store: Store, library: Library, outbox: Outbox, clock: Clock, data_dir: Path):
        self.store = store
        self.library = library
        self.outbox = outbox
        self.clock = clock
        self.files_dir = data_dir / "files"

    def assignment(self, course_id: str, assignment_id: str) -> Assignment:
        found = self.library.course(course_id).assignment(assignment_id)
        if found is None:
            raise CompanionError(f"the course '{course_id}' has no assignment '{assignment_id}'",
                                 code=reasons.UNKNOWN_ITEM,
                                 data={"course_id": course_id, "kind": "assignment", "item": assignment_id})
        return found

    def draft(self, course_id: str, assignment_id: str) -> Draft:
        found = self.store.get_draft(course_id, assignment_id)
        if not found:
            return Draft({}, ())
        body = dict(found[0])
        files = tuple(FileFacts(**f) for f in body.pop("_files", []))
        return Draft(body, files)

    def save_draft(self, course_id: str, assignment_id: str, body: dict, files: tuple[FileFacts, ...] | None = None) -> None:
        if files is None:
            files = self.draft(course_id, assignment_id).files
        stored = dict(body)
        stored["_files"] = [asdict(f) for f in files]
        self.store.save_draft(course_id, assignment_id, stored, self.clock.now())

    def file_path(self, facts: FileFacts) -> Path:
        return self.files_dir / f"{facts.sha256}.jpg"

    def add_photo(self, course_id: str, assignment_id: str, source: Path, long_side: int = DEFAULT_LONG_SIDE) -> FileFacts:
        """Prepare the photo (upright, downscaled, location removed), keep it, add it to the draft."""
        path, facts = prepare_photo(Path(source), self.files_dir / ".incoming", long_side=long_side)
        final = self.file_path(facts)
        final.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), final)
        draft = self.draft(course_id, assignment_id)
        files = tuple(f for f in draft.files if f.sha256 != facts.sha256) + (facts,)
        self.save_draft(course_id, assignment_id, draft.body, files)
        return facts

    def remove_photo(self, course_id: str, assignment_id: str, sha256: str) -> None:
        draft = self.draft(course_id, assignment_id)
        self.save_draft(course_id, assignment_id, draft.body, tuple(f for f in draft.files if f.sha256 != sha256))

    def problems(self, course_id: str, assignment_id: str) -> list[Reason]:
        draft = self.draft(course_id, assignment_id)
        return problems(self.assignment(course_id, assignment_id), draft.body, draft.files)

    def submit(self, course_id: str, assignment_id: str) -> SubmissionRecord:
        """Queue the current draft. It is on disk with its UUID before anything else happens."""
        assignment = self.assignment(course_id, assignment_id)
        draft = self.draft(course_id, assignment_id)
        why = problems(assignment, draft.body, draft.files)
        if why:
            raise NotReady(why)
        files = [{"sha256": f.sha256, "filename": f.filename, "mime": f.mime, "size": f.size,
                  "path": str(self.file_path(f))} for f in draft.files]
        record = self.outbox.submit(course_id, assignment.kind, assignment.id, dict(draft.body), files)
        # an earlier version the portal refused is settled by this one (kept, not deleted)
        for older in self.store.submissions(course_id):
            if older.item_id == assignment.id and older.id != record.id and older.state == NEEDS_ATTENTION:
                self.store.update_submission(older.id, self.clock.now(), state=KEPT_LOCAL,
                                             reason=Reason(reasons.REPLACED, {"by": record.id}),
                                             expect_state=(NEEDS_ATTENTION,))
        return record
