"""Courses from other platforms' files: an IMS Common Cartridge (``.imscc``) opened with the same
safety rules as a course file (``.ccb``: zip-slip, symbolic links, bombs, sizes, disk space, names,
``bundles.check_directory``), read by ``domain.interchange.cartridge``, written as a course package
(each kept file streamed to disk, its size and sha256 recorded as it is written) and installed by the
library with one rename. Nothing half-imported stays: the package is built in a private folder of
the data folder that is removed whatever happens, and the course is recorded only at the end.

Importing the same cartridge again updates that course in place (same id: the manifest's
identifier), keeping the participant's answers, drafts and outbox, which refer to stable ids.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from companion.domain.bundle import ALTERED, BAD_COURSE, NO_SPACE, OLDER_VERSION, BundleError
from companion.domain.errors import CourseError
from companion.domain.interchange import cartridge as cc
from companion.domain.interchange import report as rep
from companion.store.repo import Store

from .bundles import SPACE_MARGIN, STALE_AFTER_S, check_directory, open_zip, read_member
from .course_package import MANIFEST, parse_manifest
from .library import Library

CARTRIDGE_EXTENSIONS = (".imscc", ".zip")


@dataclass
class Imported:
    """What an import did: the report (counts, what was left out and why) and the course's action."""
    report: rep.ImportReport
    action: str  # "added" | "updated" | "unchanged"
    version: int
    previous_version: int | None


def is_cartridge(path: Path) -> bool:
    """A zip file with ``imsmanifest.xml`` at its root (whatever its name ends with)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return any(i.filename == cc.MANIFEST for i in zf.infolist())
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError):
        return False


def _member_reader(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> Callable[[str], bytes | None]:
    def read(name: str, limit: int = cc.MAX_XML_BYTES) -> bytes | None:
        info = entries.get(name)
        if info is None or info.file_size > limit:
            return None
        parts: list[bytes] = []
        size, _sha = read_member(zf, info, parts.append, info.file_size)
        return b"".join(parts) if size == info.file_size else None
    return read


def _newest_day(entries: dict[str, zipfile.ZipInfo]) -> date:
    """The day the newest member was written: a course with no dates at all starts then (the same day
    for the same file, so importing it again changes nothing)."""
    stamps = [i.date_time for i in entries.values() if i.date_time and i.date_time[0] >= 1980]
    if not stamps:
        return date(1980, 1, 1)
    y, m, d = max(stamps)[:3]
    try:
        return date(y, m, d)
    except ValueError:
        return date(1980, 1, 1)


def fingerprint(files: dict[str, zipfile.ZipInfo]) -> str:
    """The same cartridge file, whatever its name: sha256 of its members' names, sizes and CRCs (answer
    keys are sealed with fresh salts at each import, so the course itself is not compared)."""
    import hashlib

    digest = hashlib.sha256()
    for name in sorted(files):
        info = files[name]
        digest.update(f"{name}\0{info.file_size}\0{info.CRC:08x}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def write_files(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], found: cc.Read,
                package: Path) -> dict[str, tuple[int, str]]:
    """Each kept file streamed to its place in the package, its (size, sha256) recorded as it goes."""
    import hashlib

    recorded: dict[str, tuple[int, str]] = {}
    for target_name, data in found.written.items():
        target = package / target_name
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        recorded[target_name] = (len(data), hashlib.sha256(data).hexdigest())
    for target_name, member in found.keep.items():
        if target_name in recorded:
            continue
        target = package / target_name
        target.parent.mkdir(parents=True, exist_ok=True)
        info = files[member]
        with target.open("xb") as out:
            size, sha = read_member(zf, info, out.write, info.file_size)
            out.flush()
            os.fsync(out.fileno())
        if size != info.file_size:
            raise BundleError(ALTERED, name=member)
        recorded[target_name] = (size, sha)
    return recorded


def record_files(found: cc.Read, recorded: dict[str, tuple[int, str]]) -> None:
    """Each kept file's size and sha256 into the course (a course Companion exported states its own:
    they are checked instead, and a file that differs refuses the cartridge)."""
    for lecture in found.manifest["lectures"]:
        for material in lecture["materials"]:
            for item in material.get("variants", []) + material.get("assets", []):
                if item.get("path") not in recorded:
                    continue
                size, sha = recorded[item["path"]]
                if not found.own:
                    item["size"], item["sha256"] = size, sha
                elif item.get("sha256", sha) != sha or item.get("size", size) != size:
                    raise BundleError(ALTERED, name=item["path"])


def unpack_cartridge(path: Path, package: Path, free_bytes: Callable[[], int]) -> cc.Read:
    """Check a cartridge (as a .ccb is checked), read it, and write the course package it makes into
    ``package`` (which must not exist yet): course.json and every kept file, hashed as it is written.
    Raises BundleError naming the fault; the caller removes ``package`` whatever happens. Shared by the
    app's import and the portal's ``course import`` / ``bundle --from``."""
    with open_zip(Path(path), cc.NOT_A_CARTRIDGE) as zf:
        entries = check_directory(zf)
        if cc.MANIFEST not in entries:
            raise BundleError(cc.NOT_A_CARTRIDGE)
        info = entries[cc.MANIFEST]
        if info.file_size > cc.MAX_MANIFEST_BYTES:
            raise BundleError(cc.MANIFEST_TOO_LARGE, size=info.file_size, limit=cc.MAX_MANIFEST_BYTES)
        read = _member_reader(zf, entries)
        manifest_xml = read(cc.MANIFEST, cc.MAX_MANIFEST_BYTES) or b""
        files = {name: i for name, i in entries.items() if not name.endswith("/")}
        found = cc.read_cartridge(manifest_xml, files.keys(), read, source=Path(path).name,
                                  fallback_day=_newest_day(files), report=rep.ImportReport(rep.IMSCC))
        needed = sum(files[m].file_size for m in found.keep.values()) + sum(map(len, found.written.values()))
        free = free_bytes()
        if needed + SPACE_MARGIN > free:
            raise BundleError(NO_SPACE, needed=needed, free=free)
        if not found.own:
            found.manifest["origin"]["fingerprint"] = fingerprint(files)
        package.mkdir(parents=True)
        record_files(found, write_files(zf, files, found, package))
    (package / MANIFEST).write_text(json.dumps(found.manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return found


def cartridge_to_package(path: Path, folder: Path) -> cc.Read:
    """The organiser's side: a cartridge made into a course package folder ``folder`` (replaced when it
    exists, only once the new one is complete), checked against the JSON Schema and the domain."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        found = unpack_cartridge(Path(path), temp / "package", lambda: shutil.disk_usage(folder.parent).free)
        try:
            parse_manifest(found.manifest, f"{found.manifest['id']} (from {Path(path).name})")
        except CourseError as exc:
            raise BundleError(BAD_COURSE, detail=str(exc)) from None
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(temp / "package", folder)
        return found
    finally:
        shutil.rmtree(temp, ignore_errors=True)


class CourseImports:
    def __init__(self, store: Store, library: Library, data_dir: Path):
        self.store, self.library, self.data_dir = store, library, Path(data_dir)

    def _workdir(self) -> Path:
        incoming = self.data_dir / ".incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        for stale in incoming.glob("cartridge-*"):  # left by an import that was killed half-way
            try:
                if time.time() - stale.stat().st_mtime > STALE_AFTER_S:
                    shutil.rmtree(stale, ignore_errors=True)
            except OSError:
                pass
        return Path(tempfile.mkdtemp(prefix="cartridge-", dir=incoming))

    def import_cartridge(self, path: Path, *, free_bytes: Callable[[], int] | None = None) -> Imported:
        """Import an IMS Common Cartridge. Raises BundleError naming the fault when the file is refused
        (nothing is changed then); what could not come in item by item is in the report."""
        free_bytes = free_bytes or (lambda: shutil.disk_usage(self.data_dir).free)
        workdir = self._workdir()
        try:
            found = unpack_cartridge(Path(path), workdir / "package", free_bytes)
            return self._install(found, workdir / "package")
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _install(self, found: cc.Read, package: Path) -> Imported:
        manifest, report = found.manifest, found.report
        known = self.store.get_course(manifest["id"])
        previous = known[0].version if known else None
        if known is not None and found.own:
            if manifest.get("version", 0) < previous:
                raise BundleError(OLDER_VERSION, course_id=manifest["id"], version=manifest.get("version"),
                                  installed=previous)
            if known[1] == manifest:
                report.action, report.version = "unchanged", previous
                return Imported(report, "unchanged", previous, previous)
        elif known is not None:
            stored = dict(known[1])
            same_file = (stored.get("origin") or {}).get("fingerprint") == manifest["origin"].get("fingerprint")
            if same_file or {**stored, "version": 1} == {**manifest, "version": 1}:
                report.action, report.version = "unchanged", previous
                return Imported(report, "unchanged", previous, previous)
            manifest["version"] = previous + 1
        try:
            course = parse_manifest(manifest, f"{manifest['id']} (from {report.course_title or 'the cartridge'})")
        except CourseError as exc:
            raise BundleError(BAD_COURSE, detail=str(exc)) from None
        result = self.library.adopt_package(package, manifest, course)
        report.updated = result.action == "updated"
        report.action, report.version = result.action, result.version
        return Imported(report, result.action, result.version, previous)


def report_json(imported: Imported) -> str:
    return json.dumps({**imported.report.as_json(), "previous_version": imported.previous_version},
                      ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class CartridgeExport:
    path: Path
    files: int  # files of the course package written into the cartridge
    bytes: int
    left_out: tuple[tuple[str, str], ...]  # (what, title) another platform will not get (Companion keeps all)


def export_cartridge(library: Library, store: Store, course_id: str, out: Path) -> CartridgeExport:
    """Write a course as an IMS Common Cartridge 1.1 (``domain.interchange.cartridge_export``): temporary
    name beside ``out``, fsync, rename. A file the course names that is not on this computer is left out
    and listed."""
    from companion.domain.bundle import FILE_ERROR
    from companion.domain.interchange.cartridge_export import cartridge_of
    from companion.paths import fsync_dir

    course = library.published_course(course_id)  # refuses an unknown course
    manifest = store.get_course(course_id)[1]
    folder = library.package_dir(course_id)
    built = cartridge_of(manifest, course)
    left_out = list(built.left_out)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    temp = Path(temp_name)
    copied = 0
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for name, data in built.texts.items():
                zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
            for name, package_path in built.copies.items():
                source = folder / package_path
                if not source.is_file():
                    left_out.append(("file", package_path))
                    continue
                zf.write(source, name, zipfile.ZIP_DEFLATED)
                copied += 1
        with temp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BundleError(FILE_ERROR, detail=exc.strerror or str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return CartridgeExport(out, copied, out.stat().st_size, tuple(left_out))
