"""Sending a file by tus 1.0 (core + creation) over the client's own session and timeouts.

(tuspy makes its HTTP calls with module-level requests functions, without timeouts and outside our
session, and pulls in aiohttp; the core of tus is a few calls, so we speak it here.)
The upload URL is handed to ``remember`` before the first byte is sent, so a later run resumes
from the portal's Upload-Offset instead of starting again.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import time

from companion.domain.urls import resolve
from companion.domain import reasons

from .client import NOT_FOUND, PERMANENT, RETRYABLE, PortalClient, PortalError

TUS = {"Tus-Resumable": "1.0.0"}
CHUNK = 512 * 1024


def _metadata(meta: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode('utf-8')).decode('ascii')}" for k, v in meta.items())


def upload(client: PortalClient, path: Path, meta: dict[str, str], *, url: str | None,
           remember: Callable[[str | None], None], chunk_size: int = CHUNK,
           progress: Callable[[int, int], None] | None = None) -> str:
    """Send ``path``; returns the upload URL once the portal has every byte (and verified it)."""
    size = os.path.getsize(path)
    offset = 0
    if url:
        try:
            head = client.request("HEAD", url, headers=TUS)
            offset = int(head.headers.get("Upload-Offset", "0"))
        except PortalError as exc:
            if exc.kind not in (NOT_FOUND, PERMANENT):
                raise
            url = None  # gone (expired or refused): start a new upload
            remember(None)
    if not url:
        created = client.request("POST", "/api/v1/uploads/", ok=(201,),
                                 headers={**TUS, "Upload-Length": str(size), "Upload-Metadata": _metadata(meta)})
        url = resolve(created.url, created.headers["Location"])  # relative to the request (RFC 9110 10.2.2)
        remember(url)
        offset = int(created.headers.get("Upload-Offset", "0"))
    busy = 0
    with open(path, "rb") as handle:
        while offset < size:
            handle.seek(offset)
            chunk = handle.read(chunk_size)
            try:
                response = client.request("PATCH", url, ok=(204,), data=chunk,
                                          headers={**TUS, "Upload-Offset": str(offset),
                                                   "Content-Type": "application/offset+octet-stream"})
            except PortalError as exc:
                if exc.status == 460:  # the finished file did not match: the next attempt starts afresh
                    remember(None)
                    raise PortalError(RETRYABLE, f"The photo {meta.get('filename', '')} arrived damaged; it will be "
                                      "sent again.", status=460, code=reasons.DAMAGED_UPLOAD,
                                      data={"filename": meta.get("filename", "")}) from None
                if exc.status in (409, 423) and busy < 20:  # stale offset, or an earlier request still draining
                    busy += 1
                    time.sleep(0.25 * busy if exc.status == 423 else 0)
                    offset = int(client.request("HEAD", url, headers=TUS).headers.get("Upload-Offset", offset))
                    continue
                raise
            offset = int(response.headers.get("Upload-Offset", offset + len(chunk)))
            if progress:
                progress(offset, size)
    if size == 0:
        client.request("PATCH", url, ok=(204,), data=b"",
                       headers={**TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    return url
