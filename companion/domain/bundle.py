"""Course bundles (``.ccb``): the format's rules, with no I/O.

A bundle is a zip file holding

- ``course.json``: the course manifest, exactly as the course package or the portal wrote it;
- ``materials/<material id>/<variant><ext>``: material files, one per variant;
- ``files/<package path>`` (format version 2): the package's other files, those a page or a topic uses
  and the questions' images, each listed with ``"file": "<package path>"`` instead of a material;
- ``bundle.json``: the index, ``{"format": "companion-course-bundle", "format_version": 1,
  "course_id", "course_version", "created_by", "files": [{"path", "size", "sha256"[, "material",
  "variant"]}]}``; every other entry of the zip is listed in it with its size and sha256.

A reader trusts nothing in the zip until these rules pass (``check_name``, ``check_entry``,
``check_totals``, ``parse_index``), and takes no file name from the zip to the file system.
The limits below keep a hostile or broken file ("zip bomb") from filling the disk.
"""

from __future__ import annotations

import posixpath
import re
import stat
from dataclasses import dataclass

from .errors import MAX_SHOWN, CompanionError
from .untrusted import cut

FORMAT = "companion-course-bundle"
FORMAT_VERSION = 2  # 2: "files/" entries (written only when a course has such files; 1 otherwise)
EXTENSION = ".ccb"
INDEX = "bundle.json"
COURSE = "course.json"
MATERIALS = "materials"
FILES = "files"

# ---- limits (documented in README) ----
MAX_FILES = 5_000  # entries in the zip
MAX_TOTAL_BYTES = 20 * 1024**3  # all files together, uncompressed
MAX_INDEX_BYTES = 4 * 1024**2  # bundle.json
MAX_COURSE_BYTES = 16 * 1024**2  # course.json
MAX_RATIO = 100  # uncompressed / compressed size of one entry ...
RATIO_FLOOR = 1024**2  # ... checked for entries that unpack to more than this
MAX_NAME = 400  # characters in an entry's name

# ---- why a bundle is refused (codes; the words are made by the UI and the CLI) ----
NOT_A_BUNDLE = "not_a_bundle"  # not a zip, or a zip without bundle.json
TRUNCATED = "truncated"  # the file ends early
ALTERED = "altered"  # a file's bytes differ from its sha256 or size (data: name)
UNSAFE_PATH = "unsafe_path"  # a name that climbs out of the folder ("../"), zip-slip (data: name)
ABSOLUTE_PATH = "absolute_path"  # "/etc/passwd", "C:\\..." (data: name)
SYMLINK = "symlink"  # a symbolic link entry (data: name)
TOO_MANY_FILES = "too_many_files"  # (data: count, limit)
TOO_LARGE = "too_large"  # unpacked size over the limit (data: size, limit)
ZIP_BOMB = "zip_bomb"  # one entry unpacks far beyond its packed size (data: name, ratio, limit)
DUPLICATE = "duplicate_entry"  # (data: name)
UNLISTED = "unlisted_file"  # in the zip, not in bundle.json (data: name)
MISSING = "missing_file"  # in bundle.json, not in the zip (data: name)
ENCRYPTED = "encrypted"  # (data: name)
UNSUPPORTED = "unsupported_compression"  # (data: name)
NEWER_FORMAT = "newer_format"  # made by a newer Companion (data: version)
BAD_INDEX = "bad_index"  # bundle.json is not what it should be (data: detail)
BAD_COURSE = "bad_course"  # course.json refused (data: detail)
UNKNOWN_MATERIAL = "unknown_material"  # a file for a material the course does not have (data: name)
OLDER_VERSION = "older_version"  # (data: course_id, version, installed)
NO_SPACE = "no_space"  # (data: needed, free)
FILE_ERROR = "file_error"  # the operating system could not read or write a file (data: detail)

CODES = (NOT_A_BUNDLE, TRUNCATED, ALTERED, UNSAFE_PATH, ABSOLUTE_PATH, SYMLINK, TOO_MANY_FILES, TOO_LARGE, ZIP_BOMB,
         DUPLICATE, UNLISTED, MISSING, ENCRYPTED, UNSUPPORTED, NEWER_FORMAT, BAD_INDEX, BAD_COURSE, UNKNOWN_MATERIAL,
         OLDER_VERSION, NO_SPACE, FILE_ERROR)


class BundleError(CompanionError):
    """A bundle refused (or one that could not be written): ``code`` says why, ``data`` gives the facts."""

    def __init__(self, code: str, **data):
        data = {k: cut(v, MAX_SHOWN) if isinstance(v, str) else v for k, v in data.items()}  # never a megabyte quoted back
        facts = ", ".join(f"{k}={v}" for k, v in data.items())
        super().__init__(f"{code} ({facts})" if facts else code, code=code, data=data)


_DRIVE = re.compile(r"^[A-Za-z]:")
_SAFE_EXT = re.compile(r"^\.[A-Za-z0-9]{1,8}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def check_name(name: str) -> str | None:
    """None when an entry name is safe to hold in a bundle, else the code that refuses it."""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return ABSOLUTE_PATH
    if not name or len(name) > MAX_NAME or "\\" in name or "\x00" in name or any(ord(c) < 32 for c in name):
        return UNSAFE_PATH
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return UNSAFE_PATH
    return None


def is_symlink(external_attr: int, create_system: int) -> bool:
    """A zip entry made on Unix (create_system 3) whose mode says symbolic link."""
    return create_system == 3 and stat.S_ISLNK(external_attr >> 16)


def check_entry(name: str, size: int, compressed: int, *, external_attr: int = 0, create_system: int = 0,
                encrypted: bool = False, method_ok: bool = True) -> None:
    """Refuse one entry of the zip's directory (raises BundleError)."""
    code = check_name(name)
    if code:
        raise BundleError(code, name=name)
    if is_symlink(external_attr, create_system):
        raise BundleError(SYMLINK, name=name)
    if encrypted:
        raise BundleError(ENCRYPTED, name=name)
    if not method_ok:
        raise BundleError(UNSUPPORTED, name=name)
    if size > RATIO_FLOOR and size > MAX_RATIO * max(1, compressed):
        raise BundleError(ZIP_BOMB, name=name, ratio=size // max(1, compressed), limit=MAX_RATIO)


def check_totals(count: int, total: int) -> None:
    if count > MAX_FILES:
        raise BundleError(TOO_MANY_FILES, count=count, limit=MAX_FILES)
    if total > MAX_TOTAL_BYTES:
        raise BundleError(TOO_LARGE, size=total, limit=MAX_TOTAL_BYTES)


@dataclass(frozen=True)
class Entry:
    path: str
    size: int
    sha256: str
    material: str | None = None
    variant: str | None = None
    file: str | None = None  # a package file that is not a variant (its path in the course package)

    def as_json(self) -> dict:
        out: dict = {"path": self.path, "size": self.size, "sha256": self.sha256}
        if self.material:
            out.update(material=self.material, variant=self.variant)
        if self.file:
            out["file"] = self.file
        return out


@dataclass(frozen=True)
class Index:
    course_id: str
    course_version: int
    entries: tuple[Entry, ...]
    created_by: str = ""

    def as_json(self) -> dict:
        version = FORMAT_VERSION if any(e.file for e in self.entries) else 1  # older readers take the rest
        return {"format": FORMAT, "format_version": version, "course_id": self.course_id,
                "course_version": self.course_version, "created_by": self.created_by,
                "files": [e.as_json() for e in self.entries]}

    def entry(self, path: str) -> Entry | None:
        return next((e for e in self.entries if e.path == path), None)


def material_name(material_id: str, variant: str, hint: str | None) -> str:
    """Where a material variant's file lives in a bundle; ``hint`` (a path or URL) lends its extension."""
    ext = posixpath.splitext((hint or "").split("?")[0].split("#")[0])[1].lower()
    return f"{MATERIALS}/{material_id}/{variant}{ext if _SAFE_EXT.match(ext) else ''}"


def file_name(package_path: str) -> str:
    """Where a package file that is not a variant lives in a bundle."""
    return f"{FILES}/{package_path}"


def parse_index(data: object) -> Index:
    """bundle.json, checked; raises BundleError (NOT_A_BUNDLE, NEWER_FORMAT or BAD_INDEX)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError(NOT_A_BUNDLE)
    version = data.get("format_version")
    if not isinstance(version, int):
        raise BundleError(BAD_INDEX, detail="format_version")
    if version > FORMAT_VERSION:
        raise BundleError(NEWER_FORMAT, version=version)
    course_id, course_version, files = data.get("course_id"), data.get("course_version"), data.get("files")
    if not isinstance(course_id, str) or not _ID.match(course_id):
        raise BundleError(BAD_INDEX, detail="course_id")
    if not isinstance(course_version, int) or isinstance(course_version, bool):
        raise BundleError(BAD_INDEX, detail="course_version")
    if not isinstance(files, list):
        raise BundleError(BAD_INDEX, detail="files")
    entries, seen, materials, others = [], set(), set(), set()
    for n, item in enumerate(files):
        where = f"files[{n}]"
        if not isinstance(item, dict):
            raise BundleError(BAD_INDEX, detail=where)
        path, size, sha = item.get("path"), item.get("size"), item.get("sha256")
        if not isinstance(path, str) or path == INDEX or path.endswith("/"):
            raise BundleError(BAD_INDEX, detail=where)
        code = check_name(path)
        if code:
            raise BundleError(code, name=path)
        if path in seen:
            raise BundleError(DUPLICATE, name=path)
        seen.add(path)
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise BundleError(BAD_INDEX, detail=f"{where}.size")
        if not isinstance(sha, str) or not _SHA.match(sha):
            raise BundleError(BAD_INDEX, detail=f"{where}.sha256")
        material, variant, file = item.get("material"), item.get("variant"), item.get("file")
        if path == COURSE:
            if material is not None or file is not None:
                raise BundleError(BAD_INDEX, detail=where)
        elif file is not None:
            if not isinstance(file, str) or material is not None or path != file_name(file) or check_name(file):
                raise BundleError(BAD_INDEX, detail=where)
            if file in others:
                raise BundleError(DUPLICATE, name=path)
            others.add(file)
        elif not (isinstance(material, str) and isinstance(variant, str) and _ID.match(material) and variant):
            raise BundleError(UNLISTED, name=path)  # a file that is neither the course nor a material
        elif (material, variant) in materials:
            raise BundleError(DUPLICATE, name=path)
        else:
            materials.add((material, variant))
        entries.append(Entry(path, size, sha, material if file is None else None, variant if file is None else None,
                             file))
    if COURSE not in seen:
        raise BundleError(MISSING, name=COURSE)
    return Index(course_id, course_version, tuple(entries), str(data.get("created_by", ""))[:200])
