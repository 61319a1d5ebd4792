"""Publishing a course from the desk: upload a course file (.ccb), a course package folder as a zip,
or an IMS Common Cartridge (.imscc from Moodle, Canvas …); and run a published course on new dates.

An upload is hostile until proven otherwise: its size is bounded as it arrives, the zip is checked
entry by entry by the same rules as the app's import (names that climb out, links, bombs,
encryption; ``shared_kernel.check_directory``), nothing is taken from a name in the zip to the file
system unchecked, and everything is unpacked and verified in a private staging folder first. Only a
course that loads whole replaces the published one; on any fault the organizer reads why and the
portal is as it was."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
from datetime import date
from pathlib import Path

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from companion.shared_kernel import (BundleError, CompanionError, bundle_fault, cartridge_to_package, check_directory,
                                     load_package, open_bundle, open_zip, read_member)

from .. import admin
from ..core import Portal, PortalDep
from ..limits import DESK_UPLOAD_BYTES
from ..models import Course, CourseOrganizer
from . import HEADERS, _runs, page, router
from . import _who
from .people import _not_found

BLOCK = 1 << 20
SPACE_MARGIN = 50 << 20


class Refused(Exception):
    """An upload or a date the desk will not take: ``code`` and its facts (the desk words them)."""

    def __init__(self, code: str, **facts):
        super().__init__(code)
        self.code, self.facts = code, facts


def _packages(portal: Portal) -> Path:
    folder = Path(portal.config.data_dir) / "packages"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _unzip_folder(path: Path, package: Path) -> None:
    """A course package folder sent as a zip: course.json at the top, or inside one top folder."""
    with open_zip(path) as zf:
        entries = check_directory(zf)
        files = [n for n in entries if not n.endswith("/")]
        top = "" if "course.json" in entries else None
        if top is None:
            tops = {n.split("/", 1)[0] for n in files}
            if len(tops) == 1 and f"{next(iter(tops))}/course.json" in entries:
                top = next(iter(tops)) + "/"
        if top is None:
            raise Refused("not_a_course")
        needed = sum(entries[n].file_size for n in files if n.startswith(top))
        free = shutil.disk_usage(package).free
        if needed + SPACE_MARGIN > free:  # the sizes the zip declares; read_member holds each entry to its own
            raise BundleError("no_space", needed=needed, free=free)
        root = package.resolve()
        for name in files:
            if not name.startswith(top):
                continue
            target = (package / name[len(top):]).resolve()
            if root not in target.parents:  # check_directory refused such names already; twice is cheap
                raise Refused("not_a_course")
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as out:
                read_member(zf, entries[name], out.write, entries[name].file_size)


def _from_bundle(path: Path, staging: Path, package: Path) -> None:
    """A course file (.ccb): unpacked and verified by the app's own reader, then laid out as a package
    folder (each material file at its path, or at its entry's name when the course gives none)."""
    work = staging / "unpacked"
    work.mkdir()
    opened = open_bundle(path, work, free_bytes=lambda: shutil.disk_usage(staging).free)
    manifest = opened.manifest
    variants = {(m["id"], v["name"]): v for lecture in manifest.get("lectures", []) for m in lecture.get("materials", [])
                for v in m.get("variants", [])}
    root = package.resolve()
    package.mkdir()
    for entry in opened.index.entries:
        if entry.path == "course.json":
            continue
        if entry.file is not None:
            relative = entry.file
        else:
            variant = variants[(entry.material, entry.variant)]
            relative = variant.get("path") or entry.path
            variant["path"] = relative
        target = (package / relative).resolve()
        if root not in target.parents:
            raise Refused("not_a_course")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(opened.files[entry.path], target)
    (package / "course.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def unpack(path: Path, staging: Path) -> Path:
    """The upload at ``path`` made into a checked course package folder inside ``staging``."""
    package = staging / "package"
    with open_zip(path) as zf:
        names = set(zf.namelist())
    if "bundle.json" in names:
        _from_bundle(path, staging, package)
    elif "imsmanifest.xml" in names:
        cartridge_to_package(path, package)
    else:
        package.mkdir()
        _unzip_folder(path, package)
    load_package(package)  # course.json against the schema and the domain, every file against its sha256
    return package


def _shift_kept(existing: Course | None, new_package) -> int:
    """An update keeps the weeks the course was moved by, unless it brings dates of its own."""
    if existing is None:
        return 0
    try:
        old = load_package(Path(existing.package_dir), verify_files=False).manifest
    except (CompanionError, OSError):
        return 0
    if old.get("starts_on") != new_package.manifest.get("starts_on"):
        return 0
    return (date.fromisoformat(existing.manifest["starts_on"]) - date.fromisoformat(old["starts_on"])).days // 7


def publish(portal: Portal, organizer_id: str, upload: Path, staging: Path) -> tuple[str, str, int]:
    """(course id, "published" | "updated", version); Refused, BundleError or CompanionError on a
    fault, with nothing published changed."""
    package = unpack(upload, staging)
    loaded = load_package(package)
    with _PUBLISHING:  # from "is this id taken?" to "it is mine" at one go: else two organizers
        return _claim(portal, organizer_id, package, loaded)  # sending one new id at once both ran it


_PUBLISHING = threading.Lock()  # the reference portal is one process; its publishes are rare and short


def _claim(portal: Portal, organizer_id: str, package: Path, loaded) -> tuple[str, str, int]:
    course_id, version = loaded.course.id, loaded.course.version
    with portal.db() as s:
        existing = s.get(Course, course_id)
        if existing is not None:
            s.expunge(existing)
            if not _runs(s, organizer_id, course_id):
                raise Refused("course_taken", course=course_id)
            if version < int(existing.manifest.get("version", 0)):
                raise Refused("older_version", version=version, published=existing.manifest.get("version"))
    weeks = _shift_kept(existing, loaded)
    final = _packages(portal) / course_id
    old = None
    if final.exists():
        old = final.with_name(f".{course_id}-old-{secrets.token_hex(4)}")
        os.replace(final, old)
    os.replace(package, final)
    try:
        admin.add_course(portal, final, weeks)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    with portal.db() as s:
        if s.get(CourseOrganizer, (course_id, organizer_id)) is None:
            s.add(CourseOrganizer(course_id=course_id, organizer_id=organizer_id))
    return course_id, "updated" if existing is not None else "published", version


def _fault(t, exc: Exception, staging: Path | None = None) -> str:
    if isinstance(exc, Refused):
        return t(exc.code, **exc.facts)
    if isinstance(exc, BundleError):
        return t("upload_refused", detail=bundle_fault(exc))
    detail = str(exc)
    if staging is not None:  # the file's own name, not where the portal unpacked it
        detail = detail.replace(str(staging / "package") + "/", "").replace(str(staging) + "/", "")
    return t("upload_refused", detail=detail[:500])


@router.post("/courses/upload")
async def upload_course(request: Request, portal: PortalDep) -> Response:
    """The form is read only once the session is known: read first (as FastAPI does for File and Form
    parameters), a stranger's 2 GB body was spooled to disk before being told to sign in."""
    found, refusal = await _who(request, portal)
    if refusal:
        return refusal
    async with request.form(max_files=1, max_fields=5) as form:
        package, csrf = form.get("package"), form.get("csrf")
        found, refusal = await _who(request, portal, csrf if isinstance(csrf, str) else "")
        if refusal:
            return refusal
        if not isinstance(package, StarletteUpload):
            return page(request, "message.html", 422, found[0], message=found[1]("upload_refused", detail="—"))
        return await _publish_upload(request, portal, found, package)


async def _publish_upload(request: Request, portal: Portal, found, package) -> Response:
    who, t = found
    staging = _packages(portal) / f".upload-{secrets.token_hex(8)}"
    staging.mkdir()
    try:
        upload, size = staging / "upload.zip", 0
        with upload.open("wb") as out:
            while block := await package.read(BLOCK):
                size += len(block)
                if size > DESK_UPLOAD_BYTES:
                    return page(request, "message.html", 413, who,
                                message=t("upload_too_big", limit=DESK_UPLOAD_BYTES // 1024**2))
                out.write(block)
        try:
            course_id, action, version = await run_in_threadpool(publish, portal, who.id, upload, staging)
        except (Refused, BundleError, CompanionError, OSError) as exc:
            return page(request, "message.html", 422, who, message=_fault(t, exc, staging))
    finally:
        await run_in_threadpool(shutil.rmtree, staging, True)
    return RedirectResponse(f"/desk/courses/{course_id}?{action}={version}", status_code=303, headers=HEADERS)


def redate(portal: Portal, organizer_id: str, course_id: str, starts_on: date) -> int | None:
    """Run the course from ``starts_on`` (the same weekday as its package's start, so that every live
    session keeps its weekday and wall-clock time): the weeks it moved, or None (not this
    organizer's course). Participants' apps get the new dates at their next sync (a new ETag)."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        folder = conn.execute(select(Course.package_dir).where(Course.id == course_id)).scalar_one()
    original = load_package(Path(folder), verify_files=False).course.starts_on
    if starts_on.weekday() != original.weekday():
        raise Refused("wrong_weekday", weekday=original.weekday())
    weeks = (starts_on - original).days // 7
    admin.add_course(portal, Path(folder), weeks)
    return weeks


@router.post("/courses/{course_id}/dates")
async def new_dates(course_id: str, request: Request, portal: PortalDep, starts_on: str = Form("", max_length=20),
                    csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    try:
        day = date.fromisoformat(starts_on.strip())
    except ValueError:
        return page(request, "message.html", 422, who, message=t("bad_date"))
    if not 2000 <= day.year <= 2200:  # the course's whole calendar, shifted, must stay among dates (9999-12-27: a 500)
        return page(request, "message.html", 422, who, message=t("bad_date"))
    try:
        weeks = await run_in_threadpool(redate, portal, who.id, course_id[:64], day)
    except Refused as exc:
        return page(request, "message.html", 422, who, message=t(exc.code, weekday=t(f"weekday_{exc.facts['weekday']}")))
    except (CompanionError, OSError) as exc:
        return page(request, "message.html", 422, who, message=_fault(t, exc))
    if weeks is None:
        return _not_found(request, who, t)
    return RedirectResponse(f"/desk/courses/{course_id}?redated=1", status_code=303, headers=HEADERS)
