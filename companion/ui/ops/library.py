"""Operations on the participant's courses: list, switch, import a course folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import COURSE, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def courses(app: "App") -> Changed:
    return changed(app.library.courses())


def switch_course(app: "App", course_id: str) -> Changed:
    app.library.set_current(course_id)
    return changed(course_id, COURSE)


def import_course_folder(app: "App", folder: str | Path) -> Changed:
    """Add or update a course from a package folder (it holds course.json); value: the ImportResult."""
    return changed(app.library.import_package(Path(folder)), COURSE)
