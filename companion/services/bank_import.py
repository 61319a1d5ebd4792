"""Question banks from other platforms into the library: a Moodle XML export, a GIFT file, a QTI 1.2
zip or QTI 2.1 items/packages become a practice course (categories as sections, each a practice
quiz) or practice quizzes added to an installed course (``into``).

The readers (``companion.domain.interchange``) are pure; here the file is read with bounds (zip
members counted and sized), the course package is written and installed through the library. Ids
come from the source's names, so importing the same bank again updates the course in place and the
participant's attempts (kept by question id) stay.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from companion.domain.errors import CompanionError
from companion.domain.interchange import questions as build
from companion.domain.interchange.bank import QuestionBank
from companion.domain.interchange.gift import GiftFault, read_gift
from companion.domain.interchange.moodle_xml import read_moodle_xml
from companion.domain.interchange.qti import image_paths, read_qti_assessment, read_qti_package
from companion.domain.interchange.report import GIFT, MOODLE_XML, QTI_12, FILE_MISSING, ImportReport
from companion.domain.interchange.xmltools import XmlFault, parse_xml

BANK_SUFFIXES = (".gift", ".txt", ".xml", ".qti", ".zip")
MAX_BANK_BYTES = 64 * 1024 * 1024
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL = 512 * 1024 * 1024
IMPORT_FAULT = "import.fault"  # CompanionError code; data: what (a reader's code), file


@dataclass(frozen=True)
class BankImported:
    """What the app shows after a bank import (the same shape as a cartridge's: a ``report``)."""

    report: ImportReport


def is_question_bank(path: Path) -> bool:
    """A file this module reads: by name, and for a zip, a QTI package (a manifest naming QTI
    resources only; a course cartridge with pages or links is the cartridge importer's)."""
    suffix = path.suffix.lower()
    if suffix not in BANK_SUFFIXES:
        return False
    if suffix != ".zip":
        return True
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "imsmanifest.xml" not in names:
                return True
            info = zf.getinfo("imsmanifest.xml")
            if info.file_size > MAX_BANK_BYTES:
                return False
            root = parse_xml(zf.read(info))
    except (OSError, zipfile.BadZipFile, XmlFault, ValueError):
        return True  # read_bank_file names the fault
    types = {r.get("type", "") for r in root.iter() if r.tag == "resource"}
    return bool(types) and all(t.startswith(("imsqti", "associatedcontent")) for t in types)


def _fault(path: Path, what: str, message: str) -> CompanionError:
    return CompanionError(f"{path.name}: {message}", code=IMPORT_FAULT, data={"what": what, "file": path.name})


def read_bank_file(path: Path) -> tuple[QuestionBank, ImportReport]:
    """The bank a file holds, whatever its format (by name and content)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fault(path, "unreadable", exc.strerror or "cannot be read") from None
    if size > MAX_BANK_BYTES and path.suffix.lower() != ".zip":
        raise _fault(path, "too_large", f"is larger than {MAX_BANK_BYTES} bytes")
    if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
        return _read_zip(path)
    data = path.read_bytes()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    try:
        if head.startswith(b"<"):
            root_tag = parse_xml(data).tag
            if root_tag == "quiz":
                report = ImportReport(MOODLE_XML)
                return read_moodle_xml(data, source=path.name, report=report), report
            report = ImportReport(QTI_12 if root_tag == "questestinterop" else "qti_2.1")
            quizzes = read_qti_assessment(data, source=path.name, report=report)
            missing = [p for p in image_paths(quizzes)]
            _drop_images(quizzes, set(missing), report)
            return QuestionBank(path.stem, quizzes, {}), report
        report = ImportReport(GIFT)
        return read_gift(data, source=path.name, report=report), report
    except (XmlFault, GiftFault) as exc:
        raise _fault(path, exc.code, str(exc)) from None


def _drop_images(quizzes: list[dict], missing: set[str], report: ImportReport) -> None:
    for quiz in quizzes:
        for question in quiz["questions"]:
            kept = [i for i in question.get("images", []) if i["path"] not in missing]
            for image in question.get("images", []):
                if image["path"] in missing:
                    report.skip("file", image["path"], FILE_MISSING, path=image["path"])
            if kept:
                question["images"] = kept
            else:
                question.pop("images", None)


def _read_zip(path: Path) -> tuple[QuestionBank, ImportReport]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _fault(path, "not_zip", f"is not a readable zip file ({exc})") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > MAX_ZIP_TOTAL:
            raise _fault(path, "too_large", "holds too many or too large files")
        by_name = {i.filename: i for i in infos}

        def fetch(name: str) -> bytes | None:
            info = by_name.get(name)
            if info is None or info.file_size > MAX_BANK_BYTES:
                return None
            with zf.open(info) as handle:
                return handle.read(MAX_BANK_BYTES + 1)[:MAX_BANK_BYTES]

        report = ImportReport(QTI_12)
        quizzes = read_qti_package(fetch, list(by_name), report=report)
        files: dict[str, bytes] = {}
        missing = set()
        for image in image_paths(quizzes):
            data = fetch(image)
            if data is None or build.resolve_ref("x", image) is None:
                missing.add(image)
            else:
                files[image] = data
        _drop_images(quizzes, missing, report)
    return QuestionBank(path.stem, quizzes, files), report


def _prefix_files(bank: QuestionBank, prefix: str) -> None:
    """Images of a bank added to another course go under their own folder."""
    if not bank.files:
        return
    moved = {f"{prefix}/{p}": data for p, data in bank.files.items()}
    for quiz in bank.quizzes:
        for question in quiz["questions"]:
            for image in question.get("images", []):
                image["path"] = f"{prefix}/{image['path']}"
    bank.files = moved


def import_question_bank(library, path: Path, into: str | None = None) -> ImportReport:
    """Import a question bank file as a practice course, or as practice quizzes of the installed
    course ``into``. Returns the import report (course id and title, updated or not)."""
    path = Path(path)
    bank, report = read_bank_file(path)
    if not bank.quizzes:
        raise _fault(path, "empty", "holds no question Companion can run")
    if into is not None:
        return _add_into(library, bank, report, into, path)
    title = (bank.title or path.stem).strip() or "Questions"
    course_id = build.make_id("bank-" + title)
    previous = library.store.get_course(course_id)
    version = (previous[0].version + 1) if previous else 1
    today = library.clock.now().date()
    manifest = {"format": "companion-course/1", "id": course_id, "title": title[:300], "version": version,
                "subtitle": "", "time_zone": "UTC", "starts_on": today.isoformat(),
                "ends_on": (today + timedelta(days=366)).isoformat(), "lectures": [],
                "quizzes": bank.quizzes,
                "completion": {"attend_all_live_sessions": False, "pass_all_quizzes": False,
                               "required_assignments": []}}
    if previous:  # keep the dates the participant's course already has
        manifest["starts_on"], manifest["ends_on"] = previous[1]["starts_on"], previous[1]["ends_on"]
    workdir = Path(tempfile.mkdtemp(prefix=".bank-", dir=library.data_dir))
    try:
        (workdir / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        for rel, data in bank.files.items():
            target = workdir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        result = library.import_package(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report.course_id, report.course_title = result.course_id, result.title
    report.updated = previous is not None
    report.action, report.version = ("updated" if previous else "added"), result.version
    return report


def _add_into(library, bank: QuestionBank, report: ImportReport, course_id: str, path: Path) -> ImportReport:
    from .course_package import parse_manifest

    found = library.store.get_course(course_id)
    if found is None:
        library.course(course_id)  # raises the library's own "no such course" error
    record, manifest = found
    prefix = build.make_id("bank-" + (bank.title or path.stem))
    _prefix_files(bank, prefix)
    existing = [q for q in manifest.get("quizzes", []) if not q["id"].startswith(prefix + "-")]
    added = []
    for quiz in bank.quizzes:
        quiz = dict(quiz, id=f"{prefix}-{quiz['id']}"[:64].rstrip("-._"))
        added.append(quiz)
    report.updated = len(existing) != len(manifest.get("quizzes", []))
    new = dict(manifest, quizzes=existing + added, version=int(manifest["version"]) + 1)
    course = parse_manifest(new, f"{course_id} + {path.name}")
    folder = Path(record.package_dir)
    for rel, data in bank.files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    library.install_manifest(new, course)
    report.course_id, report.course_title = course.id, course.title
    report.action, report.version = "updated", course.version
    return report
