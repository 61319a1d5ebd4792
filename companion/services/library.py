"""The participant's courses: the bundled sample, imported packages, and date shifting."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from companion.domain import reasons
from companion.domain.clock import Clock
from companion.domain.course import Course, Material, Variant, course_from_manifest, weeks_to_run_now
from companion.domain.errors import CompanionError, CourseError
from companion.domain.reasons import Reason
from companion.domain.schedule import weeks_between
from companion.store.repo import Store

from companion.paths import fsync_dir

from .settings import CURRENT_COURSE, Settings
from .course_package import MANIFEST, load_package, read_manifest_file

SAMPLE_COURSE_ID = "caring-cities-2023"
BUNDLED_PREFIX = "bundled:"


def package_files(course: Course) -> list[str]:
    """Every file a course package holds besides course.json: material variants, the files they use and
    the questions' images."""
    out: dict[str, None] = {}
    for _lecture, material in course.materials():
        for variant in material.variants:
            if variant.path:
                out[variant.path] = None
    out.update(dict.fromkeys(course.extra_files()))
    return list(out)


class UnknownCourse(CompanionError):
    def __init__(self, course_id: str, known: list[str]):
        hint = f"; known courses: {', '.join(known)}" if known else ""
        super().__init__(f"there is no course '{course_id}'{hint}", code=reasons.UNKNOWN_COURSE,
                         data={"course_id": course_id, "known": list(known)})


@dataclass(frozen=True)
class CourseInfo:
    id: str
    title: str
    version: int
    starts_on: date
    ends_on: date
    shift_weeks: int
    bundled: bool


@dataclass(frozen=True)
class ImportResult:
    course_id: str
    title: str
    version: int
    action: str  # "added" | "updated" | "unchanged"
    previous_version: int | None


class Library:
    def __init__(self, store: Store, clock: Clock, resources: Path, data_dir: Path):
        self.store = store
        self.clock = clock
        self.resources = resources
        self.data_dir = data_dir
        self._cache: dict[str, tuple[tuple, Course]] = {}
        # set by the app: finds a verified download of a material (course id, material id) -> path
        self.offline_lookup = None
        # set by the app: told the id of a course that was added or updated (keeps search current)
        self.on_course_changed = None

    # ---- the bundled sample ----
    def bundled_folder(self, course_id: str) -> Path:
        return self.resources / "courses" / course_id

    def ensure_bundled(self) -> None:
        """Make the bundled courses available; cheap when they already are (no schema check)."""
        base = self.resources / "courses"
        for folder in sorted(p for p in base.iterdir() if (p / MANIFEST).is_file()) if base.is_dir() else []:
            data = read_manifest_file(folder / MANIFEST)
            known = self.store.course_version(data.get("id", ""))
            if known is None or known < int(data.get("version", 0)):
                package = load_package(folder)
                self.store.save_course(package.course.id, package.course.title, package.course.version,
                                       BUNDLED_PREFIX + folder.name, package.manifest, self.clock.now())

    # ---- listing and loading ----
    def known_ids(self) -> list[str]:
        return [c.id for c in self.store.list_courses()]

    def courses(self) -> list[CourseInfo]:
        out = []
        for record in self.store.list_courses():
            course = self.course(record.id)
            out.append(CourseInfo(record.id, record.title, record.version, course.starts_on, course.ends_on,
                                  record.shift_weeks, record.package_dir.startswith(BUNDLED_PREFIX)))
        return out

    def default_course_id(self) -> str:
        ids = self.known_ids()
        if not ids:
            raise CompanionError("no course is installed; add one with 'companion courses add PATH'",
                                 code=reasons.NO_COURSE)
        chosen = Settings(self.store).get(CURRENT_COURSE)
        if chosen in ids:
            return chosen
        return SAMPLE_COURSE_ID if SAMPLE_COURSE_ID in ids else ids[0]

    def course(self, course_id: str) -> Course:
        """The course as the participant sees it (shifted when they asked)."""
        found = self.store.get_course(course_id)
        if found is None:
            raise UnknownCourse(course_id, self.known_ids())
        record, manifest = found
        # the start date too: a portal that moves the dates keeps the version (and a fixed clock the time)
        key = (record.version, record.updated_at, record.shift_weeks, manifest.get("starts_on"))
        cached = self._cache.get(course_id)
        if cached and cached[0] == key:
            return cached[1]
        course = course_from_manifest(manifest, f"{course_id} (stored)").shifted(record.shift_weeks)
        self._cache[course_id] = (key, course)
        return course

    def package_dir(self, course_id: str) -> Path:
        where = self.store.course_package_dir(course_id)
        if where is None:
            raise UnknownCourse(course_id, self.known_ids())
        if where.startswith(BUNDLED_PREFIX):
            return self.bundled_folder(where[len(BUNDLED_PREFIX):])
        return Path(where)

    def local_file(self, course_id: str, variant: Variant) -> Path | None:
        """The file of a variant that ships inside the package, if it is there."""
        if not variant.path:
            return None
        path = self.package_dir(course_id) / variant.path
        return path if path.is_file() else None

    def material_file(self, course_id: str, material: Material) -> Path | None:
        """The file to open offline: one shipped in the package, or a verified download."""
        for variant in material.variants:
            found = self.local_file(course_id, variant)
            if found:
                return found
        return self.offline_lookup(course_id, material.id) if self.offline_lookup else None

    # ---- importing ----
    def import_package(self, folder: Path) -> ImportResult:
        package = load_package(Path(folder))
        course = package.course
        previous = self.store.course_version(course.id)
        if previous is not None and course.version < previous:
            raise CourseError(f"is version {course.version} of '{course.id}', older than the installed version "
                              f"{previous}; nothing was changed", file=str(package.folder / MANIFEST),
                              code=reasons.OLDER_VERSION,
                              data={"course_id": course.id, "version": course.version, "installed": previous})
        if previous is not None and course.version == previous:
            return ImportResult(course.id, course.title, course.version, "unchanged", previous)
        target = self._copy_package(package.folder, package.manifest, course)
        self._cache.pop(course.id, None)
        action = self.store.save_course(course.id, course.title, course.version, str(target), package.manifest,
                                        self.clock.now())
        self._changed(course.id)
        return ImportResult(course.id, course.title, course.version, action, previous)

    def _copy_package(self, folder: Path, manifest: dict, course: Course) -> Path:
        """Copy course.json and the files it names into the data folder, then rename into place."""
        courses = self.data_dir / "courses"
        courses.mkdir(parents=True, exist_ok=True)
        target = courses / f"{course.id}-v{course.version}"
        if target.exists():
            shutil.rmtree(target)
        temp = Path(tempfile.mkdtemp(prefix=f".{course.id}-", dir=courses))
        try:
            (temp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            for path in package_files(course):
                dest = temp / path
                if not dest.exists():
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(folder / path, dest)
            for path in temp.rglob("*"):
                if path.is_file():
                    with path.open("rb") as handle:
                        os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        return target

    def adopt_package(self, folder: Path, manifest: dict, course: Course) -> ImportResult:
        """Take a package folder that an import has just written and checked (every file hashed as it
        was written) by renaming it into the data folder: no second copy, no second hashing. ``folder``
        must be on the data folder's disk. An older version's folder of the same course is removed
        once the new one is recorded; the participant's answers, drafts and outbox refer to ids and stay."""
        previous = self.store.get_course(course.id)
        courses = self.data_dir / "courses"
        courses.mkdir(parents=True, exist_ok=True)
        target = courses / f"{course.id}-v{course.version}"
        if target.exists():
            shutil.rmtree(target)
        (Path(folder) / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(folder, target)
        fsync_dir(courses)
        self._cache.pop(course.id, None)
        action = self.store.save_course(course.id, course.title, course.version, str(target), manifest,
                                        self.clock.now())
        if previous is not None:
            old = Path(previous[0].package_dir)
            if old != target and old.parent == courses and old.name.startswith(f"{course.id}-v"):
                shutil.rmtree(old, ignore_errors=True)
        self._changed(course.id)
        return ImportResult(course.id, course.title, course.version, action,
                            previous[0].version if previous else None)

    def install_manifest(self, manifest: dict, course: Course) -> str:
        """Take a checked manifest that arrived without a package folder (a course bundle): a new course
        gets a folder holding its course.json; an installed one is updated in place, keeping the
        participant's work and date shift. Returns "added" or "updated"."""
        found = self.store.get_course(course.id)
        if found is not None:
            folder = found[0].package_dir
        else:
            # course.json only: the material files go where downloads keep theirs
            folder = str(self._copy_package(self.data_dir, manifest, replace(course, lectures=(), quizzes=())))
        self._cache.pop(course.id, None)
        action = self.store.save_course(course.id, course.title, course.version, folder, manifest, self.clock.now())
        self._changed(course.id)
        return action

    # ---- from the portal ----
    def update_from_portal(self, manifest: dict) -> list[Reason]:
        """Take a manifest the portal sent; returns what changed, as reason codes. Answers, drafts, submissions
        and downloads refer to ids and stay. The portal's dates rule: a local date shift is reset. A manifest
        older than the installed version (one imported from a newer course file) changes nothing
        (:data:`reasons.KEPT_NEWER`)."""
        from .course_package import parse_manifest

        course = parse_manifest(manifest, f"the portal's manifest of '{manifest.get('id', '?')}'")
        found = self.store.get_course(course.id)
        if found is None:
            folder = self.data_dir / "courses" / f"{course.id}-portal"
            folder.mkdir(parents=True, exist_ok=True)
            self.store.save_course(course.id, course.title, course.version, str(folder), manifest, self.clock.now())
            self._changed(course.id)
            return [Reason(reasons.NEW_COURSE, {"title": course.title})]
        record, old_manifest = found
        if old_manifest == manifest:
            return []
        if course.version < record.version:
            # a newer version came in another way (a course file from a colleague): the portal's older
            # one would undo it, so this computer keeps its own until the portal catches up
            return [Reason(reasons.KEPT_NEWER, {"title": record.title, "version": record.version,
                                                "portal_version": course.version})]
        old = course_from_manifest(old_manifest, course.id).shifted(record.shift_weeks)
        changes = describe_changes(old, course)
        self._cache.pop(course.id, None)
        self.store.save_course(course.id, course.title, course.version, record.package_dir, manifest, self.clock.now())
        if record.shift_weeks:
            self.store.set_shift(course.id, 0)
        self._changed(course.id)
        return changes

    def _changed(self, course_id: str) -> None:
        if self.on_course_changed is not None:
            self.on_course_changed(course_id)

    # ---- shifting dates ----
    def published_course(self, course_id: str) -> Course:
        found = self.store.get_course(course_id)
        if found is None:
            raise UnknownCourse(course_id, self.known_ids())
        return course_from_manifest(found[1], f"{course_id} (stored)")

    def portal_shift_weeks(self, course_id: str) -> int:
        """How many whole weeks the portal moved a bundled course from its published dates (0 when
        it did not, or the course is not bundled): the portal's dates rule after a sync, so the
        participant is told they differ from the published programme."""
        found = self.store.get_course(course_id)
        folder = self.bundled_folder(course_id)
        if found is None or not found[0].package_dir.startswith(BUNDLED_PREFIX) or not (folder / MANIFEST).is_file():
            return 0
        try:
            published = date.fromisoformat(read_manifest_file(folder / MANIFEST)["starts_on"])
            current = date.fromisoformat(found[1]["starts_on"])
        except (KeyError, TypeError, ValueError, CourseError):
            return 0
        days = (current - published).days
        return days // 7 if days % 7 == 0 else 0

    def weeks_to_run_now(self, course_id: str, time_zone: str | None = None) -> int:
        """The shift :meth:`shift_to_now` would make (it starts next week when this week's first session is
        over); the week is the participant's in ``time_zone``."""
        return weeks_to_run_now(self.published_course(course_id), self.clock.now(), time_zone)

    def shift_to_week(self, course_id: str, week_of: date) -> int:
        """Move the course so that it starts in the week holding ``week_of``; returns the shift in weeks."""
        weeks = weeks_between(self.published_course(course_id).starts_on, week_of)
        self.store.set_shift(course_id, weeks)
        return weeks

    def shift_to_now(self, course_id: str, time_zone: str | None = None) -> int:
        """Shift so the course starts this week (next week if this week's first session is over); the
        week is the participant's in ``time_zone``."""
        weeks = weeks_to_run_now(self.published_course(course_id), self.clock.now(), time_zone)
        self.store.set_shift(course_id, weeks)
        return weeks

    def reset_shift(self, course_id: str) -> None:
        self.published_course(course_id)  # refuses an unknown course
        self.store.set_shift(course_id, 0)

    def set_current(self, course_id: str) -> None:
        if course_id not in self.known_ids():
            raise UnknownCourse(course_id, self.known_ids())
        Settings(self.store).set(CURRENT_COURSE, course_id)


def describe_changes(old: Course, new: Course) -> list[Reason]:
    """What a participant should hear about a course update: one code with its data per change
    (instants as ISO text with their zone, so a list can be kept as JSON)."""
    out: list[Reason] = []

    def change(code: str, **data) -> None:
        out.append(Reason(code, data))

    if old.title != new.title:
        change(reasons.RENAMED, title=new.title)
    old_materials = {m.id: m for _l, m in old.materials()}
    new_materials = {m.id: m for _l, m in new.materials()}
    for mid in sorted(new_materials.keys() - old_materials.keys()):
        change(reasons.NEW_MATERIAL, title=new_materials[mid].title)
    for mid in sorted(old_materials.keys() - new_materials.keys()):
        change(reasons.MATERIAL_WITHDRAWN, title=old_materials[mid].title)
    for mid in sorted(new_materials.keys() & old_materials.keys()):
        before = {v.name: v.sha256 for v in old_materials[mid].variants}
        after = {v.name: v.sha256 for v in new_materials[mid].variants}
        if before != after:
            change(reasons.MATERIAL_UPDATED, title=new_materials[mid].title)
    old_sessions = {s.id: s for s in old.live_sessions}
    for session in new.live_sessions:
        was = old_sessions.get(session.id)
        when = {"at": session.start.instant().isoformat(), "zone": session.start.time_zone}
        if was is None:
            change(reasons.NEW_SESSION, title=session.title, **when)
        elif was.start.instant() != session.start.instant() or was.end.instant() != session.end.instant():
            change(reasons.SESSION_MOVED, title=session.title, **when)
    for sid in sorted(old_sessions.keys() - {s.id for s in new.live_sessions}):
        change(reasons.SESSION_CANCELLED, title=old_sessions[sid].title)
    old_dues = {x.id: x.due for x in (*old.quizzes, *old.assignments)}
    for item in (*new.quizzes, *new.assignments):
        if item.id in old_dues and item.due and old_dues[item.id] and item.due.instant() != old_dues[item.id].instant():
            change(reasons.NEW_DEADLINE, title=item.title, at=item.due.instant().isoformat(), zone=item.due.time_zone)
    if not out and old.version != new.version:
        change(reasons.NEW_VERSION, version=new.version)
    return out
