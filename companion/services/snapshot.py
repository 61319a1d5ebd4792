"""The dashboard's inputs as of the last time the app had the store open, so the next start shows the
course before the store (SQLAlchemy, the services) has even been imported.

Only pure inputs are kept (the course manifest, attendance, finished quiz attempts, how far each
assignment got, the settings that shape the view); the checklist and the next session/deadline are
computed again from them with the clock of the moment, by the same domain functions the full load
uses. The snapshot is used only while the database files are exactly as they were when it was
written (size and modification time of the database and its write-ahead log), and the full load
replaces it a moment later in any case. This module imports only the standard library and the
domain: it is on the start-up path.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion import __version__
from companion.domain.clock import Clock, PortalCorrectedClock, SystemClock
from companion.domain.completion import Checklist, checklist
from companion.domain.course import Course, course_from_manifest
from companion.domain.quiz import AttemptSummary

FILE = "dashboard-snapshot.json"
FORMAT = 1
DB_FILES = ("companion.sqlite3", "companion.sqlite3-wal")


@dataclass(frozen=True)
class Snapshot:
    course_id: str
    user_tz: str
    language: str | None  # the participant's choice (None: the computer's languages)
    clock_offset_s: float
    manifest: dict
    shift_weeks: int
    attended: dict[str, str]
    attempts: dict[str, list[AttemptSummary]]
    deliveries: dict[str, str]

    def course(self) -> Course:
        return course_from_manifest(self.manifest, f"{self.course_id} (snapshot)").shifted(self.shift_weeks)

    def clock(self, base: Clock | None = None) -> Clock:
        return PortalCorrectedClock(base or SystemClock(), self.clock_offset_s)

    def checklist(self, course: Course, now: datetime) -> Checklist:
        return checklist(course, now, attended=set(self.attended), attempts=self.attempts,
                         deliveries=self.deliveries)


def stamp(folder: Path) -> list[list[int]]:
    """Size and modification time of the database files: any write changes them."""
    out = []
    for name in DB_FILES:
        try:
            st = os.stat(folder / name)
            out.append([st.st_size, st.st_mtime_ns])
        except FileNotFoundError:
            out.append([])
    return out


def read(folder: Path) -> Snapshot | None:
    """The snapshot when it still describes the database, else None (never raises on a bad file)."""
    try:
        data = json.loads((folder / FILE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("app") != __version__ or data.get("stamp") != stamp(folder):
            return None
        attempts = {quiz: [AttemptSummary(float(score), bool(practice), datetime.fromisoformat(at))
                           for score, practice, at in rows] for quiz, rows in data["attempts"].items()}
        return Snapshot(data["course_id"], data["user_tz"], data.get("language"), float(data["clock_offset_s"]),
                        data["manifest"], int(data["shift_weeks"]), dict(data["attended"]), attempts,
                        dict(data["deliveries"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write(folder: Path, snap: Snapshot, db_stamp: list[list[int]]) -> None:
    """Atomically replace the snapshot; ``db_stamp`` is the stamp taken before the inputs were read,
    so a write in between makes the snapshot unusable rather than wrong."""
    data = {"format": FORMAT, "app": __version__, "stamp": db_stamp, "course_id": snap.course_id,
            "user_tz": snap.user_tz, "language": snap.language, "clock_offset_s": snap.clock_offset_s,
            "manifest": snap.manifest, "shift_weeks": snap.shift_weeks, "attended": snap.attended,
            "attempts": {quiz: [[a.score, a.practice, a.finished_at.isoformat()] for a in rows]
                         for quiz, rows in snap.attempts.items()},
            "deliveries": snap.deliveries}
    handle, tmp = tempfile.mkstemp(prefix=".snapshot-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, folder / FILE)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def forget(folder: Path) -> None:
    (folder / FILE).unlink(missing_ok=True)
