"""Operations on the participant's courses: list, switch, import a course folder or a course file, export one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import COURSE, DOWNLOADS, Changed, changed

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


def import_course_file(app: "App", path: str | Path) -> Changed:
    """Import a course file: a Companion course file (.ccb; value: a BundleImport), or a course another
    platform exported as an IMS Common Cartridge (.imscc; value: an ``Imported`` with its report).
    Every file is checked before it counts as offline. Raises BundleError (code and facts) when the file
    is refused; nothing is imported then."""
    from companion.services.course_import import is_cartridge

    from companion.services.bank_import import BankImported, import_question_bank, is_question_bank

    path = Path(path)
    if path.suffix.lower() != ".imscc" and is_question_bank(path):
        # a question bank (Moodle XML, GIFT, QTI): a practice course; value: a BankImported with its report
        return changed(BankImported(import_question_bank(app.library, path)), COURSE)
    if path.suffix.lower() == ".imscc" or is_cartridge(path):
        return changed(app.imports.import_cartridge(path), COURSE, DOWNLOADS)
    return changed(app.bundles.import_file(path), COURSE, DOWNLOADS)


def export_course_file(app: "App", course_id: str, path: str | Path) -> Changed:
    """Write a course and its verified files to one course file; value: an ExportResult."""
    return changed(app.bundles.export(course_id, Path(path)))
