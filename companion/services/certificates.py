"""The participant's certificates as the portal issued them (docs/protocol-certificates.md): the PDF kept
under the data folder, and what the listing said of it.

A certificate counts as held only once its bytes are on disk under their final name with the SHA-256
the portal stated (DESIGN.md's data-safety rules: written to a temporary name, checked, fsynced,
renamed); only then is it recorded. Every field of the portal's listing is checked and bounded: a
listing entry that is not one is skipped, never half kept. A copy "saved as" elsewhere is written the
same way, so a crash never leaves half a PDF where the participant asked for one.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

from companion.domain.clock import Clock
from companion.paths import fsync_dir

from .settings import COURSE_CERTIFICATES, Settings

MAX_PDF_BYTES = 5 * 1024 * 1024  # a certificate is a page: a few tens of KB (the reference portal's: ~30 KB)
_CODE = re.compile(r"[A-Z0-9]{8,32}")
_SHA = re.compile(r"[0-9a-f]{64}")
_LANG = re.compile(r"[a-z]{2,3}")
PDF_MAGIC = b"%PDF-"


class CertificateError(Exception):
    """A download that is not the certificate the listing described (size, digest, not a PDF)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Offer:
    """One certificate the portal lists, checked: what the app may download and then hold."""
    code: str
    name: str
    course_title: str
    issued_on: str
    language: str
    size: int
    sha256: str
    pdf_url: str


@dataclass(frozen=True)
class HeldCertificate:
    course_id: str
    code: str
    name: str
    course_title: str
    issued_on: str
    language: str
    size: int
    sha256: str
    path: str
    received_at: str
    # when the app noticed the portal no longer lists it (the organizer revoked it): "" while listed.
    # The file stays: the participant's copy is never deleted behind their back; the app says it was withdrawn.
    withdrawn: str = ""

    @property
    def grouped_code(self) -> str:
        return "-".join(self.code[i:i + 4] for i in range(0, len(self.code), 4))


def _text(value: object, limit: int) -> str | None:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        return None
    # shown as plain text on one line: control characters (line breaks among them) dropped
    return "".join(ch for ch in value if ch.isprintable()).strip() or None


def offer(entry: object) -> Offer | None:
    """A listing entry as an Offer, or None when any field is missing, too long or malformed."""
    if not isinstance(entry, dict):
        return None
    code, sha, url = entry.get("code"), entry.get("sha256"), entry.get("pdf_url")
    size, issued, lang = entry.get("size"), entry.get("issued_on"), entry.get("language", "en")
    name, title = _text(entry.get("name"), 200), _text(entry.get("course_title"), 300)
    if not (isinstance(code, str) and _CODE.fullmatch(code) and isinstance(sha, str) and _SHA.fullmatch(sha)
            and isinstance(url, str) and 0 < len(url) <= 500 and name and title
            and isinstance(size, int) and not isinstance(size, bool) and 0 < size <= MAX_PDF_BYTES
            and isinstance(lang, str) and _LANG.fullmatch(lang) and isinstance(issued, str)):
        return None
    try:
        issued = date.fromisoformat(issued[:10]).isoformat()
    except ValueError:
        return None
    return Offer(code, name, title, issued, lang, size, sha, url)


class Certificates:
    """Held certificates per course (a declared setting) and their files under ``folder``."""

    def __init__(self, folder: Path, settings: Settings, clock: Clock):
        self.folder = folder
        self.settings = settings
        self.clock = clock

    def held(self, course_id: str) -> list[HeldCertificate]:
        """The course's certificates whose file is still there (a file removed by hand is fetched again)."""
        out = []
        for raw in self.settings.get(COURSE_CERTIFICATES, course_id) or []:
            try:
                record = HeldCertificate(**raw)
            except TypeError:
                continue
            if Path(record.path).is_file():
                out.append(record)
        return out

    def wanted(self, course_id: str, offers: Iterable[Offer]) -> list[Offer]:
        have = {(c.code, c.sha256) for c in self.held(course_id)}
        return [o for o in offers if (o.code, o.sha256) not in have]

    def reconcile(self, course_id: str, listed: set[str]) -> list[HeldCertificate]:
        """After a listing read whole: each held certificate whose code the portal no longer lists is
        marked withdrawn (its file kept), one listed again is no longer; the newly withdrawn, returned."""
        now = self.clock.now().isoformat()
        raw = self.settings.get(COURSE_CERTIFICATES, course_id) or []
        kept, newly, changed = [], [], False
        for record in raw:
            try:
                held = HeldCertificate(**record)
            except TypeError:
                kept.append(record)
                continue
            gone = held.code not in listed
            if gone and not held.withdrawn:
                held = replace(held, withdrawn=now)
                newly.append(held)
            elif not gone and held.withdrawn:
                held = replace(held, withdrawn="")
            changed |= asdict(held) != record
            kept.append(asdict(held))
        if changed:
            self.settings.set(COURSE_CERTIFICATES, kept, course_id)
        return newly

    def keep(self, course_id: str, found: Offer, chunks: Iterable[bytes]) -> HeldCertificate:
        """Write the download to a temporary name, reading at most ``found.size`` bytes, check its
        length, digest and PDF header, make it durable, rename it, then record it."""
        course_dir = self.folder / _safe(course_id)
        course_dir.mkdir(parents=True, exist_ok=True)
        final = course_dir / f"{found.code}.pdf"
        part = course_dir / f".{found.code}.part"
        digest, total = hashlib.sha256(), 0
        try:
            with open(part, "wb") as out:
                for chunk in chunks:
                    total += len(chunk)
                    if total > found.size:
                        raise CertificateError("too_large")
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if total != found.size:
                raise CertificateError("short")
            if digest.hexdigest() != found.sha256:
                raise CertificateError("digest")
            with open(part, "rb") as check:
                if check.read(len(PDF_MAGIC)) != PDF_MAGIC:
                    raise CertificateError("not_pdf")
            os.replace(part, final)
            fsync_dir(course_dir)
        finally:
            part.unlink(missing_ok=True)
        record = HeldCertificate(course_id, found.code, found.name, found.course_title, found.issued_on,
                                 found.language, found.size, found.sha256, str(final), self.clock.now().isoformat())
        kept = [asdict(c) for c in self.held(course_id) if c.code != found.code]
        self.settings.set(COURSE_CERTIFICATES, kept + [asdict(record)], course_id)
        return record

    def save_as(self, course_id: str, code: str, target: Path) -> Path:
        """A copy of the held certificate at ``target`` (written beside it, fsynced and renamed)."""
        record = next((c for c in self.held(course_id) if c.code == code), None)
        if record is None:
            raise FileNotFoundError(code)
        target = Path(target)
        temporary = target.with_name(f".{target.name}.part")
        try:
            with open(record.path, "rb") as source, open(temporary, "wb") as out:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
            fsync_dir(target.parent)
        finally:
            temporary.unlink(missing_ok=True)
        return target


def _safe(course_id: str) -> str:
    """A course id as one folder name (ids are [a-z0-9-] by the schema; anything else is replaced)."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in course_id)[:64] or "course"
