"""Course bundles on disk: writing one (a participant's export, an organiser's package) and reading
one back, checked entry by entry before anything counts (the rules are in ``domain/bundle.py``).

Writing goes to a temporary name beside the target, is fsynced and renamed. Reading never takes a
name from the zip to the file system: each entry is unpacked to a numbered file in a private
folder inside the data folder, counting the bytes as they come (a zip's sizes may lie) and
hashing them; the caller moves verified files into place and the folder is removed whatever happens.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from companion import __version__
from companion.domain.bundle import (ALTERED, BAD_COURSE, BAD_INDEX, COURSE, INDEX, MAX_COURSE_BYTES,
                                     MAX_INDEX_BYTES, MISSING, NO_SPACE, NOT_A_BUNDLE, OLDER_VERSION, TRUNCATED,
                                     UNKNOWN_MATERIAL, UNLISTED, FILE_ERROR, TOO_LARGE, BundleError, Entry, Index,
                                     check_entry, check_totals, file_name, material_name, parse_index, DUPLICATE)
from companion.domain import untrusted
from companion.domain.clock import Clock
from companion.domain.course import Course, Material, Variant
from companion.domain.errors import CourseError
from companion.store.repo import Store
from companion.paths import fsync_dir

from .course_package import json_fault, load_package, parse_manifest
from .library import Library

BLOCK = 1 << 20
SPACE_MARGIN = 50 << 20
STALE_AFTER_S = 6 * 3600  # an unpacking folder this old belongs to no running import
COMPRESSIBLE = ("text/", "application/json", "application/xml", "image/svg+xml")
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class BundleFile:
    """One material file to put in a bundle."""
    material_id: str
    variant: Variant
    source: Path


@dataclass(frozen=True)
class Written:
    path: Path
    files: int  # material files
    bytes: int  # the bundle's size


@dataclass(frozen=True)
class ExportResult:
    course_id: str
    title: str
    version: int
    path: Path
    files: int
    bytes: int
    not_included: tuple[str, ...]  # titles of materials with a file that is not on this computer


@dataclass(frozen=True)
class BundleImport:
    course_id: str
    title: str
    version: int
    action: str  # "added" | "updated" | "unchanged"
    previous_version: int | None
    files_added: int
    files_present: int  # already verified on this computer


@dataclass
class Opened:
    """A bundle whose every file was unpacked into ``folder`` and matched its sha256."""
    index: Index
    manifest: dict
    course: Course
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)  # entry path -> unpacked file


class _Mismatch(Exception):
    def __init__(self, material_id: str, variant: str):
        self.key = (material_id, variant)




@dataclass(frozen=True)
class PackageFile:
    """A package file that is not a variant (an image a page uses, a question's image)."""
    path: str
    source: Path
    sha256: str | None = None


def write_bundle(out: Path, manifest: dict, files: Iterable[BundleFile], extra: Iterable[PackageFile] = ()) -> Written:
    """Write a bundle of ``manifest`` and ``files`` to ``out`` (temporary name, fsync, rename).

    A file whose bytes no longer match the sha256 the manifest gives raises ``_Mismatch`` before
    anything is renamed into place."""
    out = Path(out)
    course_id, version = str(manifest.get("id", "")), int(manifest.get("version", 0))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    temp = Path(temp_name)
    entries: list[Entry] = []
    count = 0
    try:
        with zipfile.ZipFile(temp, "w", allowZip64=True) as zf:
            course_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            zf.writestr(_info(COURSE, True), course_bytes)
            entries.append(Entry(COURSE, len(course_bytes), hashlib.sha256(course_bytes).hexdigest()))
            for item in files:
                name = material_name(item.material_id, item.variant.name, item.variant.path or item.variant.url)
                digest, size = hashlib.sha256(), 0
                info = _info(name, item.variant.mime.startswith(COMPRESSIBLE))
                with item.source.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    for block in iter(lambda: src.read(BLOCK), b""):
                        digest.update(block)
                        dst.write(block)
                        size += len(block)
                if item.variant.sha256 and digest.hexdigest() != item.variant.sha256:
                    raise _Mismatch(item.material_id, item.variant.name)
                entries.append(Entry(name, size, digest.hexdigest(), item.material_id, item.variant.name))
                count += 1
            for item in extra:
                name = file_name(item.path)
                digest, size = hashlib.sha256(), 0
                with item.source.open("rb") as src, zf.open(_info(name, True), "w", force_zip64=True) as dst:
                    for block in iter(lambda: src.read(BLOCK), b""):
                        digest.update(block)
                        dst.write(block)
                        size += len(block)
                if item.sha256 and digest.hexdigest() != item.sha256:
                    raise _Mismatch(item.path, "")
                entries.append(Entry(name, size, digest.hexdigest(), file=item.path))
                count += 1
            index = Index(course_id, version, tuple(entries), f"Companion {__version__}")
            zf.writestr(_info(INDEX, True), json.dumps(index.as_json(), indent=1).encode("utf-8"))
        with temp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
        fsync_dir(out.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return Written(out, count, out.stat().st_size)


def _info(name: str, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = (0o100644 << 16)  # a regular file, rw-r--r--
    info.create_system = 3
    return info


def write_package_bundle(folder: Path, out: Path) -> Written:
    """The organiser's side: a bundle of a course package folder (course.json and the files it names)."""
    package = load_package(Path(folder))
    files = [BundleFile(material.id, variant, package.folder / variant.path)
             for _lecture, material in package.course.materials() for variant in material.variants if variant.path]
    extra = [PackageFile(path, package.folder / path, sha) for path, (_size, sha) in package.course.extra_files().items()]
    try:
        return write_bundle(out, package.manifest, files, extra)
    except _Mismatch as exc:  # load_package checked them a moment ago: the folder changed under us
        raise BundleError(ALTERED, name=material_name(exc.key[0], exc.key[1], None)) from None


# ---- reading ----
def open_zip(path: Path, not_zip: str = NOT_A_BUNDLE) -> zipfile.ZipFile:
    """Open a zip file (a course bundle, a cartridge); BundleError ``not_zip``, TRUNCATED or FILE_ERROR
    when it cannot be."""
    path = Path(path)
    head = b""
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
        return zipfile.ZipFile(path)
    except IsADirectoryError:
        raise BundleError(not_zip) from None
    except (zipfile.BadZipFile, ValueError, NotImplementedError):  # no directory at the end, or a mangled one
        raise BundleError(TRUNCATED if head == _ZIP_MAGIC else not_zip) from None
    except OSError as exc:
        raise BundleError(FILE_ERROR, detail=exc.strerror or str(exc)) from None


def check_directory(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every entry of a zip's directory checked (names, links, encryption, bombs, counts, sizes): the
    entries by name, or BundleError naming the first fault."""
    infos = zf.infolist()
    check_totals(len(infos), 0)
    seen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        check_entry(info.filename, info.file_size, info.compress_size, external_attr=info.external_attr,
                    create_system=info.create_system, encrypted=bool(info.flag_bits & 0x1),
                    method_ok=info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
        if info.filename in seen:
            raise BundleError(DUPLICATE, name=info.filename)
        seen[info.filename] = info
        total += info.file_size
    check_totals(len(infos), total)
    return seen


def open_bundle(path: Path, workdir: Path, *, free_bytes: Callable[[], int] | None = None) -> Opened:
    """Check ``path`` and unpack it into ``workdir`` (which must exist and be empty).

    Raises BundleError naming the first fault; the caller removes ``workdir`` in any case."""
    with open_zip(path) as zf:
        seen = check_directory(zf)
        total = sum(info.file_size for info in seen.values())
        if INDEX not in seen:
            raise BundleError(NOT_A_BUNDLE)
        index = parse_index(_load_json(zf, seen[INDEX], MAX_INDEX_BYTES, BAD_INDEX))
        listed = {e.path for e in index.entries}
        for name in seen:
            if name != INDEX and not name.endswith("/") and name not in listed:
                raise BundleError(UNLISTED, name=name)
        for entry in index.entries:
            if entry.path not in seen:
                raise BundleError(MISSING, name=entry.path)
        if free_bytes is not None:
            free = free_bytes()
            if total + SPACE_MARGIN > free:
                raise BundleError(NO_SPACE, needed=total, free=free)
        # course.json first: a bundle of a course that cannot be read is refused before unpacking gigabytes
        manifest = _load_json(zf, seen[COURSE], MAX_COURSE_BYTES, BAD_COURSE, index.entry(COURSE))
        if not isinstance(manifest, dict):
            raise BundleError(BAD_COURSE, detail="course.json must hold a JSON object")
        try:
            course = parse_manifest(manifest, COURSE)
        except CourseError as exc:
            raise BundleError(BAD_COURSE, detail=str(exc)) from None
        if course.id != index.course_id or course.version != index.course_version:
            raise BundleError(BAD_INDEX, detail="course_id/course_version")
        variants = {(m.id, v.name): v for _l, m in course.materials() for v in m.variants}
        opened = Opened(index, manifest, course, workdir)
        extras = course.extra_files()
        for n, entry in enumerate(index.entries):
            if entry.path == COURSE:
                continue
            if entry.file is not None:
                if entry.file not in extras:
                    raise BundleError(UNKNOWN_MATERIAL, name=entry.path)
                size, sha = extras[entry.file]
                if (sha and sha != entry.sha256) or (size is not None and size != entry.size):
                    raise BundleError(ALTERED, name=entry.path)
                target = workdir / f"{n:05d}"
                _unpack(zf, seen[entry.path], entry, target)
                opened.files[entry.path] = target
                continue
            variant = variants.get((entry.material, entry.variant))
            if variant is None:
                raise BundleError(UNKNOWN_MATERIAL, name=entry.path)
            if (variant.sha256 and variant.sha256 != entry.sha256) or (variant.size is not None and
                                                                       variant.size != entry.size):
                raise BundleError(ALTERED, name=entry.path)
            target = workdir / f"{n:05d}"
            _unpack(zf, seen[entry.path], entry, target)
            opened.files[entry.path] = target
    return opened


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink, limit: int) -> tuple[int, str]:
    """Stream one entry into ``sink``, never past ``limit`` bytes; (bytes, sha256)."""
    digest, size = hashlib.sha256(), 0
    try:
        with zf.open(info) as src:
            while block := src.read(BLOCK):
                size += len(block)
                if size > limit:  # more than the zip's directory promised
                    raise BundleError(ALTERED, name=info.filename)
                digest.update(block)
                sink(block)
    except zipfile.BadZipFile:  # a CRC that does not match, a damaged header
        raise BundleError(ALTERED, name=info.filename) from None
    except EOFError:  # the packed data stops before its end
        raise BundleError(TRUNCATED) from None
    except zlib.error:  # packed data that does not unpack
        raise BundleError(ALTERED, name=info.filename) from None
    except OSError as exc:
        raise BundleError(FILE_ERROR, detail=exc.strerror or str(exc)) from None
    return size, digest.hexdigest()


def _load_json(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, code: str, entry: Entry | None = None):
    if info.file_size > limit:
        raise BundleError(TOO_LARGE, size=info.file_size, limit=limit)
    parts: list[bytes] = []
    size, sha = read_member(zf, info, parts.append, info.file_size)
    if size != info.file_size or (entry is not None and (entry.sha256 != sha or entry.size != size)):
        raise BundleError(ALTERED, name=info.filename)
    try:
        return untrusted.loads_bounded(b"".join(parts), max_bytes=limit)
    except untrusted.Untrusted as exc:
        raise BundleError(code, detail=f"{info.filename} {json_fault(exc)}") from None


def _unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: Entry, target: Path) -> None:
    with target.open("xb") as out:
        size, sha = read_member(zf, info, out.write, info.file_size)
        out.flush()
        os.fsync(out.fileno())
    if size != entry.size or sha != entry.sha256 or size != info.file_size:
        raise BundleError(ALTERED, name=entry.path)


# ---- the use cases ----
class CourseBundles:
    """Export a course with its verified files; import a bundle into this computer's data folder.

    ``adopt(course_id, material, variant, file, sha256)`` moves a verified file to where downloads
    keep theirs and records it as downloaded (the downloader owns that rule; the app wires it)."""

    def __init__(self, store: Store, library: Library, clock: Clock, data_dir: Path,
                 adopt: Callable[[str, Material, Variant, Path, str], Path] | None = None):
        self.store, self.library, self.clock, self.data_dir = store, library, clock, Path(data_dir)
        self.adopt = adopt

    # ---- export ----
    def verified_files(self, course_id: str) -> dict[tuple[str, str], Path]:
        """Each variant's file that is on this computer and matches the course's sha256."""
        course = self.library.published_course(course_id)
        downloaded = {(d.material_id, d.variant): d for d in self.store.downloads(course_id)
                      if d.state == "done" and d.path and d.done_sha256}
        out: dict[tuple[str, str], Path] = {}
        for _lecture, material in course.materials():
            for variant in material.variants:
                local = self.library.local_file(course_id, variant)
                record = downloaded.get((material.id, variant.name))
                if local is not None:
                    out[(material.id, variant.name)] = local
                elif record and Path(record.path).is_file() and variant.sha256 in (None, record.done_sha256):
                    out[(material.id, variant.name)] = Path(record.path)
        return out

    def export(self, course_id: str, out: Path) -> ExportResult:
        course = self.library.published_course(course_id)  # refuses an unknown course
        manifest = self.store.get_course(course_id)[1]
        files = self.verified_files(course_id)
        folder = self.library.package_dir(course_id)
        extra = {path: PackageFile(path, folder / path, sha) for path, (_size, sha) in course.extra_files().items()
                 if (folder / path).is_file()}
        while True:
            chosen = [BundleFile(m.id, v, files[(m.id, v.name)]) for _l, m in course.materials() for v in m.variants
                      if (m.id, v.name) in files]
            try:
                written = write_bundle(out, manifest, chosen, extra.values())
                break
            except _Mismatch as exc:  # changed on disk since it was verified: leave it out
                if exc.key[1] == "":
                    extra.pop(exc.key[0])
                else:
                    files.pop(exc.key)
            except OSError as exc:
                raise BundleError(FILE_ERROR, detail=exc.strerror or str(exc)) from None
        have = {m for m, _v in files}
        missing = tuple(m.title for _l, m in course.materials()
                        if m.id not in have and not m.is_link and any(v.url or v.path for v in m.variants))
        return ExportResult(course.id, course.title, course.version, written.path, written.files, written.bytes,
                            missing)

    def _place_files(self, course: Course, opened: Opened) -> None:
        """The package's other files (what pages use, questions' images), verified, into the course's own
        folder in the data folder (never into a bundled course's folder, which holds its own)."""
        folder = self.library.package_dir(course.id)
        if not folder.is_relative_to(self.data_dir):
            return
        for entry in opened.index.entries:
            if entry.file is None:
                continue
            target = folder / entry.file
            if target.is_file() and target.stat().st_size == entry.size:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_name(f".{target.name}.part")
            shutil.copyfile(opened.files[entry.path], temp)
            os.replace(temp, target)

    # ---- import ----
    def import_file(self, path: Path) -> BundleImport:
        incoming = self.data_dir / ".incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        for stale in incoming.glob("bundle-*"):  # left by an import that was killed half-way
            try:
                if time.time() - stale.stat().st_mtime > STALE_AFTER_S:
                    shutil.rmtree(stale, ignore_errors=True)
            except OSError:
                pass
        workdir = Path(tempfile.mkdtemp(prefix="bundle-", dir=incoming))
        try:
            opened = open_bundle(Path(path), workdir, free_bytes=lambda: shutil.disk_usage(self.data_dir).free)
            return self._install(opened)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _install(self, opened: Opened) -> BundleImport:
        course = opened.course
        previous = self.store.course_version(course.id)
        if previous is not None and course.version < previous:
            raise BundleError(OLDER_VERSION, course_id=course.id, version=course.version, installed=previous)
        found = self.store.get_course(course.id)
        if found is not None and found[1] == opened.manifest:
            action = "unchanged"
        else:
            action = self.library.install_manifest(opened.manifest, course)
        have = self.verified_files(course.id)
        materials = {m.id: m for _l, m in course.materials()}
        added = present = 0
        self._place_files(course, opened)
        for entry in opened.index.entries:
            if entry.material is None:
                continue
            if (entry.material, entry.variant) in have:
                present += 1
                continue
            material = materials[entry.material]
            variant = material.variant(entry.variant)
            if self.adopt is None:
                raise RuntimeError("CourseBundles.adopt is not wired")
            self.adopt(course.id, material, variant, opened.files[entry.path], entry.sha256)
            added += 1
        return BundleImport(course.id, course.title, course.version, action, previous, added, present)
