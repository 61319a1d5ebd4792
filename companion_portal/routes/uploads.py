"""tus 1.0 resumable uploads (core, creation, termination), scoped to the signed-in participant
(PROTOCOL.md: Uploads).

When the last byte arrives the whole file is checked against the sha256 named in Upload-Metadata;
a mismatch is refused (460) and the upload removed, so a submission can only name verified files.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fastapi import APIRouter, Header, Request, Response
from sqlalchemy import case, delete, func, insert, or_, select, update
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from companion.shared_kernel import fsync_dir

from ..core import API, PortalDep, Who
from ..errors import ApiRefusal
from ..limits import FILENAME_CHARS, METADATA_CHARS, MIME_CHARS
from ..models import Participant, Upload

TUS_VERSION = "1.0.0"
BASE_HEADERS = {"Tus-Resumable": TUS_VERSION}
REQUIRED_METADATA = ("filename", "mime", "sha256", "submission_id")

router = APIRouter(prefix=API + "/uploads", tags=["uploads"])


def parse_metadata(header: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in (header or "").split(","):
        pair = pair.strip()
        if not pair:
            continue
        key, _, value = pair.partition(" ")
        try:
            out[key] = base64.b64decode(value, validate=True).decode("utf-8") if value else ""
        except (binascii.Error, UnicodeDecodeError):
            raise ValueError(f"Upload-Metadata value for '{key}' is not base64 UTF-8") from None
    return out


def require_version(tus_resumable: str | None) -> None:
    if tus_resumable != TUS_VERSION:
        raise ApiRefusal(412, "unsupported_tus_version", f"Send Tus-Resumable: {TUS_VERSION}.",
                         headers={"Tus-Version": TUS_VERSION})


def own(s, upload_id: str, who: Participant) -> Upload:
    """The participant's own upload; anyone else's answers 404, as if it did not exist."""
    row = s.get(Upload, upload_id)
    if row is None or row.participant_id != who.id:
        raise ApiRefusal(404, "unknown_upload", "There is no such upload.", headers=BASE_HEADERS)
    return row


def within_quota(s, portal, who: Participant, length: int) -> list[Path]:
    """A participant's open (unfinished) uploads and stored bytes are bounded; open uploads left
    untouched past ``open_upload_expiry`` are removed first. Returns their files, for the caller to
    delete once this transaction has committed (a refusal rolls the rows back, and the files stay)."""
    limits = portal.config.limits
    mine, unverified = Upload.participant_id == who.id, Upload.verified.is_(False)
    stale = s.execute(select(Upload.id, Upload.path).where(
        mine, unverified, Upload.created_at < portal.now() - limits.open_upload_expiry)).all()
    if stale:
        s.execute(delete(Upload).where(Upload.id.in_([row.id for row in stale])))
    open_count, open_bytes, stored = s.execute(select(
        func.coalesce(func.sum(case((unverified, 1), else_=0)), 0),
        func.coalesce(func.sum(case((unverified, Upload.size), else_=0)), 0),
        func.coalesce(func.sum(Upload.size), 0)).where(mine)).one()
    if open_count >= limits.open_uploads or open_bytes + length > limits.open_upload_bytes:
        raise ApiRefusal(429, "too_many_open_uploads", f"You have {open_count} unfinished uploads "
                         f"({open_bytes} bytes); finish or end them (DELETE) before starting another.",
                         headers={**BASE_HEADERS, "Retry-After": "60"})
    if stored + length > limits.stored_bytes:
        raise ApiRefusal(413, "storage_quota", f"Your uploads would pass {limits.stored_bytes} bytes, the most "
                         "this portal keeps per participant.", headers=BASE_HEADERS)
    return [Path(row.path) for row in stale]


@router.options("/")
def options(portal: PortalDep) -> Response:
    return Response(status_code=204, headers={**BASE_HEADERS, "Tus-Version": TUS_VERSION,
                                              "Tus-Extension": "creation,termination",
                                              "Tus-Max-Size": str(portal.config.max_upload_bytes)})


@router.post("/")
def create(request: Request, portal: PortalDep, who: Who, upload_length: int | None = Header(default=None),
           upload_metadata: str | None = Header(default=None), tus_resumable: str | None = Header(default=None)) -> Response:
    require_version(tus_resumable)
    max_bytes = portal.config.max_upload_bytes
    if upload_length is None or upload_length < 0:
        raise ApiRefusal(400, "missing_length", "Upload-Length is required.", headers=BASE_HEADERS)
    if upload_length > max_bytes:
        raise ApiRefusal(413, "too_large", f"The file is {upload_length} bytes; the limit is {max_bytes}.",
                         headers=BASE_HEADERS)
    if len(upload_metadata or "") > METADATA_CHARS:
        raise ApiRefusal(400, "bad_metadata", f"Upload-Metadata is over {METADATA_CHARS} characters.",
                         headers=BASE_HEADERS)
    try:
        meta = parse_metadata(upload_metadata)
    except ValueError as exc:
        raise ApiRefusal(400, "bad_metadata", str(exc), headers=BASE_HEADERS) from None
    missing = [k for k in REQUIRED_METADATA if not meta.get(k)]
    if missing or not re.fullmatch(r"[0-9a-f]{64}", meta.get("sha256", "")):
        raise ApiRefusal(400, "bad_metadata", "Upload-Metadata needs filename, mime, sha256 (hex) and "
                         "submission_id.", headers=BASE_HEADERS)
    if len(meta["filename"]) > FILENAME_CHARS or len(meta["mime"]) > MIME_CHARS or len(meta["submission_id"]) > 36:
        raise ApiRefusal(400, "bad_metadata", f"A filename has at most {FILENAME_CHARS} characters, a mime type "
                         f"{MIME_CHARS}, a submission id 36.", headers=BASE_HEADERS)
    upload_id = uuid.uuid4().hex
    path = portal.config.uploads_dir / upload_id
    with portal.write() as s:
        expired = within_quota(s, portal, who, upload_length)
        path.touch()
        s.execute(insert(Upload).values(
            id=upload_id, participant_id=who.id, submission_id=meta["submission_id"], filename=meta["filename"],
            mime=meta["mime"], sha256=meta["sha256"], size=upload_length,
            verified=upload_length == 0 and meta["sha256"] == hashlib.sha256(b"").hexdigest(), path=str(path),
            created_at=portal.now()))
    for old in expired:  # their rows are gone for good now
        old.unlink(missing_ok=True)
    location = str(request.url_for("tus_head", upload_id=upload_id))
    return Response(status_code=201, headers={**BASE_HEADERS, "Location": location, "Upload-Offset": "0"})


@router.head("/{upload_id}", name="tus_head")
def head(upload_id: str, portal: PortalDep, who: Who, tus_resumable: str | None = Header(default=None)) -> Response:
    require_version(tus_resumable)
    with portal.db() as s:
        row = own(s, upload_id, who)
        offset = os.path.getsize(row.path) if os.path.exists(row.path) else 0
        return Response(status_code=200, headers={**BASE_HEADERS, "Upload-Offset": str(offset),
                                                  "Upload-Length": str(row.size), "Cache-Control": "no-store"})


@router.patch("/{upload_id}")
async def patch(upload_id: str, request: Request, portal: PortalDep, who: Who, upload_offset: int = Header(...),
                content_type: str | None = Header(default=None),
                tus_resumable: str | None = Header(default=None)) -> Response:
    """Bytes are appended as they arrive (hashed on the way); the database and the disk's flush
    run in the thread pool, never on the event loop that serves everyone else."""
    require_version(tus_resumable)
    if content_type != "application/offset+octet-stream":
        raise ApiRefusal(415, "unsupported_media_type", "PATCH needs Content-Type: application/offset+octet-stream.",
                         headers=BASE_HEADERS)
    path, size, sha = await run_in_threadpool(_own_file, portal, upload_id, who)
    # One writer per upload, across threads, processes and machines: a client that was cut off and
    # came back must not write while the old request is still draining on some worker.
    lease = Lease(portal, upload_id)
    if not await run_in_threadpool(lease.take):
        raise ApiRefusal(423, "upload_busy", "This upload is still receiving an earlier request; ask "
                         "HEAD again in a moment.", headers=BASE_HEADERS)
    try:
        return await _append(portal, path, size, sha, upload_offset, request, upload_id, who, lease)
    finally:
        if lease.held:
            await run_in_threadpool(lease.release)


def _own_file(portal, upload_id: str, who: Participant) -> tuple[Path, int, str]:
    with portal.read() as conn:
        row = conn.execute(select(Upload.participant_id, Upload.path, Upload.size, Upload.sha256)
                           .where(Upload.id == upload_id)).first()
    if row is None or row.participant_id != who.id:
        raise ApiRefusal(404, "unknown_upload", "There is no such upload.", headers=BASE_HEADERS)
    return Path(row.path), row.size, row.sha256


class Lease:
    """A writer's lease on an upload, held in its database row (so it works wherever the database
    is shared, with no lock service and no locks on the upload folder): taken only when free or
    expired, renewed while bytes arrive, released at the end (with the upload's verification when
    that is the end). A worker that dies mid-PATCH leaves a lease that expires after ``LEASE``. Real
    time, not the portal's (test) clock. Each step is one statement, committed on its own."""

    LEASE = timedelta(seconds=60)
    RENEW_AFTER = timedelta(seconds=20)

    def __init__(self, portal, upload_id: str):
        self.portal, self.upload_id, self.holder = portal, upload_id, uuid.uuid4().hex
        self.renewed_at: datetime | None = None
        self.held = False

    def take(self) -> bool:
        now = datetime.now(timezone.utc)
        with self.portal.read() as conn:
            self.held = conn.execute(update(Upload).where(
                Upload.id == self.upload_id, or_(Upload.lease_until.is_(None), Upload.lease_until < now))
                .values(lease_holder=self.holder, lease_until=now + self.LEASE)).rowcount == 1
        self.renewed_at = now if self.held else None
        return self.held

    def due(self) -> bool:
        return self.renewed_at is not None and datetime.now(timezone.utc) - self.renewed_at >= self.RENEW_AFTER

    def renew(self) -> bool:
        """Extend the lease; False when it was lost (it expired and another request took it)."""
        now = datetime.now(timezone.utc)
        with self.portal.read() as conn:
            kept = conn.execute(update(Upload).where(Upload.id == self.upload_id, Upload.lease_holder == self.holder)
                                .values(lease_until=now + self.LEASE)).rowcount == 1
        self.renewed_at = now
        self.held = kept
        return kept

    def _mine(self):
        return update(Upload).where(Upload.id == self.upload_id, Upload.lease_holder == self.holder)

    def release(self, **also) -> int:
        """Let go (and set ``also`` in the same statement); how many rows it changed (0: the upload
        was ended meanwhile)."""
        with self.portal.read() as conn:
            changed = conn.execute(self._mine().values(lease_holder=None, lease_until=None, **also)).rowcount
        self.held = False
        return changed


def _hash_of(path: Path, length: int):
    """The SHA-256 state of the first ``length`` bytes already stored (a resumed upload)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while length > 0:
            block = handle.read(min(1 << 20, length))
            if not block:
                break
            digest.update(block)
            length -= len(block)
    return digest


async def _append(portal, path: Path, size: int, sha: str, upload_offset: int, request: Request, upload_id: str,
                  who: Participant, lease: Lease) -> Response:
    offset = path.stat().st_size if path.exists() else 0
    if upload_offset != offset:
        raise ApiRefusal(409, "offset_mismatch", f"The upload is at byte {offset}, not {upload_offset}.",
                         headers={**BASE_HEADERS, "Upload-Offset": str(offset)})
    digest = await run_in_threadpool(_hash_of, path, offset) if offset else hashlib.sha256()
    written = offset
    with open(path, "ab") as handle:
        try:
            try:
                async for chunk in request.stream():
                    # renewed before writing: after a stall longer than the lease, another request may
                    # own the upload now, and this one must not add a byte to its file
                    if lease.due() and not await run_in_threadpool(lease.renew):
                        raise ApiRefusal(423, "upload_busy", "Another request took this upload over; ask "
                                         "HEAD for its offset.", headers=BASE_HEADERS)
                    if written + len(chunk) > size:
                        raise ApiRefusal(413, "too_large", "More bytes than Upload-Length.", headers=BASE_HEADERS)
                    handle.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
            except ClientDisconnect:
                pass  # keep what arrived: the client asks HEAD and sends the rest
        finally:  # what was written is on the disk before anyone is told its offset
            handle.flush()
            await run_in_threadpool(os.fsync, handle.fileno())
    if written == size:
        await run_in_threadpool(_finish, portal, path, upload_id, who, lease, digest.hexdigest() == sha, size)
    return Response(status_code=204, headers={**BASE_HEADERS, "Upload-Offset": str(written)})


def _finish(portal, path: Path, upload_id: str, who: Participant, lease: Lease, matches: bool, size: int) -> None:
    """The last byte is in: a file that matches its sha256 (the bytes this request hashed, and the
    file on the disk exactly that long) is marked verified (its directory entry made durable first),
    one that does not is removed and refused."""
    if matches and path.stat().st_size == size:
        fsync_dir(path.parent)
        if lease.release(verified=True) == 0:  # ended (DELETE) meanwhile
            raise ApiRefusal(404, "unknown_upload", "There is no such upload.", headers=BASE_HEADERS)
        return
    with portal.read() as conn:  # only while this request holds the lease: never another writer's upload
        gone = conn.execute(delete(Upload).where(Upload.id == upload_id, Upload.participant_id == who.id,
                                                 Upload.lease_holder == lease.holder)).rowcount
    lease.held = False
    if gone:
        path.unlink(missing_ok=True)
    raise ApiRefusal(460, "checksum_mismatch", "The file that arrived does not match its sha256; "
                     "send it again.", headers=BASE_HEADERS)


@router.delete("/{upload_id}")
def terminate(upload_id: str, portal: PortalDep, who: Who, tus_resumable: str | None = Header(default=None)) -> Response:
    require_version(tus_resumable)
    with portal.db() as s:
        row = own(s, upload_id, who)
        Path(row.path).unlink(missing_ok=True)
        s.delete(row)
    return Response(status_code=204, headers=BASE_HEADERS)
