"""Updates of the app itself: what can go wrong (as codes) and the pure choices an update makes.

No I/O and no sentences here: :mod:`companion.updates` (the TUF client and the publisher) raises
:class:`UpdateFailure` codes and the UI turns them into words. The choices:

* :func:`newer` and :func:`pick_release` -- which signed build, if any, is an update (never an older
  or equal version: a repository that offers one is not followed);
* :func:`choose_download` -- the binary patch from the installed version when the repository signed
  one and it is smaller than the whole archive, the whole archive otherwise;
* :func:`notes_for` -- the release notes in the participant's language, else English, else any.

The names the repository uses for its files are here too (:func:`archive_name`, :func:`patch_name`),
so the publisher and the client agree on them by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Iterable, Mapping

from packaging.version import InvalidVersion, Version


class UpdateFailure(StrEnum):
    """Why an update check, download or unpacking stopped (nothing was installed in every case)."""

    UNREACHABLE = "update.unreachable"  # no answer from the update repository (offline, refused, DNS)
    HTTP_ERROR = "update.http_error"  # the repository answered with an HTTP error status
    TOO_LARGE = "update.too_large"  # more bytes came than the signed length allows (endless data)
    TOO_SLOW = "update.too_slow"  # the answer came slower than the minimum rate, or past its deadline
    BAD_SIGNATURE = "update.bad_signature"  # metadata not signed by the keys this computer trusts
    ROLLBACK = "update.rollback"  # metadata older than (or not the version named by) what is already trusted
    MIXED_METADATA = "update.mixed_metadata"  # metadata files from different repository states (mix-and-match)
    EXPIRED = "update.expired"  # signed metadata past its expiry date (a frozen or unattended repository)
    BAD_METADATA = "update.bad_metadata"  # metadata that does not parse or breaks the TUF rules
    TAMPERED = "update.tampered"  # a downloaded file (or a patched result) differs from what was signed
    BASE_CHANGED = "update.base_changed"  # the installed folder differs from its signed build: a patch cannot apply
    BAD_ARCHIVE = "update.bad_archive"  # a signed archive holds a path outside its folder, a device, ...
    NOT_OFFERED = "update.not_offered"  # the offered file is no longer listed by the repository
    NO_TRUST_ROOT = "update.no_trust_root"  # this build carries no root of trust for updates
    DISK = "update.disk"  # the update could not be written (disk full, permissions)
    CANCELLED = "update.cancelled"  # the participant (or the data-use rules) stopped it


class Kind(StrEnum):
    PATCH = "patch"
    ARCHIVE = "archive"


# ---- names in the repository (targets), shared by the publisher and the client ----

_VERSION_TEXT = re.compile(r"^[0-9][0-9A-Za-z.+-]{0,40}$")
_PLATFORM_TEXT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
CUSTOM_KEY = "companion"  # the key of our fields in a target's signed "custom" metadata


def valid_version(text: str) -> bool:
    if not isinstance(text, str) or not _VERSION_TEXT.match(text):
        return False
    try:
        Version(text)
    except InvalidVersion:
        return False
    return True


def valid_platform(text: str) -> bool:
    return isinstance(text, str) and bool(_PLATFORM_TEXT.match(text))


def archive_name(platform_tag: str, version: str) -> str:
    """The whole app folder of a build: an xz-compressed tar (the tar inside is what patches apply to)."""
    return f"{platform_tag}/companion-{version}.tar.xz"


def patch_name(platform_tag: str, from_version: str, to_version: str) -> str:
    """A bsdiff4 patch turning build ``from_version``'s tar into ``to_version``'s tar."""
    return f"{platform_tag}/companion-{from_version}-to-{to_version}.bsdiff4"


def newer(candidate: str, installed: str) -> bool:
    """True only when ``candidate`` is a strictly later version (PEP 440 order) than ``installed``."""
    if not (valid_version(candidate) and valid_version(installed)):
        return False
    return Version(candidate) > Version(installed)


# ---- what the signed metadata says about a build ----

@dataclass(frozen=True)
class Digest:
    length: int
    sha256: str


@dataclass(frozen=True)
class Release:
    """One build of one platform as the repository signed it (read from a target's custom fields)."""

    version: str
    platform_tag: str
    archive: str  # target path of the .tar.xz
    archive_length: int  # bytes of the .tar.xz
    tar: Digest  # the uncompressed tar: what a patch must produce and what the installed folder re-packs to
    notes: Mapping[str, str]


@dataclass(frozen=True)
class PatchInfo:
    target: str
    from_version: str
    to_version: str
    length: int


def _text(value: Any, limit: int) -> str | None:
    return value if isinstance(value, str) and len(value) <= limit else None


def read_release(target_path: str, length: int, custom: Any) -> Release | None:
    """A :class:`Release` from an archive target's custom fields, or None when they are not ours or not
    well formed (a target we do not understand is ignored, never guessed at)."""
    fields = custom.get(CUSTOM_KEY) if isinstance(custom, Mapping) else None
    if not isinstance(fields, Mapping) or fields.get("kind") != Kind.ARCHIVE:
        return None
    version, platform_tag = fields.get("version"), fields.get("platform")
    tar = fields.get("tar")
    if not (valid_version(version) and valid_platform(platform_tag) and isinstance(tar, Mapping)):
        return None
    if target_path != archive_name(platform_tag, version):
        return None
    tar_length, tar_sha = tar.get("length"), tar.get("sha256")
    if not (isinstance(tar_length, int) and tar_length > 0 and isinstance(tar_sha, str)
            and re.fullmatch(r"[0-9a-f]{64}", tar_sha)):
        return None
    notes_in = fields.get("notes")
    notes: dict[str, str] = {}
    if isinstance(notes_in, Mapping):
        for lang, text in list(notes_in.items())[:32]:
            lang_ok = _text(lang, 16)
            text_ok = _text(text, 20_000)
            if lang_ok and text_ok is not None and re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", lang_ok):
                notes[lang_ok.replace("_", "-").lower()] = text_ok
    return Release(version, platform_tag, target_path, length, Digest(tar_length, tar_sha), notes)


def read_patch(target_path: str, length: int, custom: Any) -> PatchInfo | None:
    fields = custom.get(CUSTOM_KEY) if isinstance(custom, Mapping) else None
    if not isinstance(fields, Mapping) or fields.get("kind") != Kind.PATCH:
        return None
    frm, to, platform_tag = fields.get("from"), fields.get("to"), fields.get("platform")
    if not (valid_version(frm) and valid_version(to) and valid_platform(platform_tag)):
        return None
    if target_path != patch_name(platform_tag, frm, to):
        return None
    return PatchInfo(target_path, frm, to, length)


def pick_release(releases: Iterable[Release], installed: str, platform_tag: str) -> Release | None:
    """The latest release of this platform that is newer than the installed version (None: up to date)."""
    best: Release | None = None
    for release in releases:
        if release.platform_tag != platform_tag or not newer(release.version, installed):
            continue
        if best is None or Version(release.version) > Version(best.version):
            best = release
    return best


def choose_download(release: Release, patch: PatchInfo | None, installed: str) -> Kind:
    """Patch when the repository signed one from exactly the installed version to this release and it
    is smaller than the whole archive; the whole archive otherwise."""
    if (patch is not None and patch.from_version == installed and patch.to_version == release.version
            and patch.length < release.archive_length):
        return Kind.PATCH
    return Kind.ARCHIVE


def notes_for(notes: Mapping[str, str], language: str) -> str | None:
    """The release notes in ``language`` ("ko", "es-MX", "pt_BR"), else its base language, else English,
    else the first given; None when the repository gave none."""
    if not notes:
        return None
    wanted = (language or "").replace("_", "-").lower()
    base = wanted.split("-")[0]
    for key in (wanted, base, "en"):
        if key and key in notes:
            return notes[key]
    for key, text in notes.items():
        if key.split("-")[0] == base and base:
            return text
    return next(iter(notes.values()))
