"""Streaming a file from the portal (or any server that honours byte ranges).

Asks for ``Accept-Encoding: identity`` so byte offsets are file offsets, and sends ``Range`` with
``If-Range`` when resuming: a server whose file changed (or that ignores ranges) answers 200 with
the whole body, which the caller must write from the start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import requests
import urllib3

from companion.domain import reasons

from .client import PortalClient, PortalError

CHUNK = 64 * 1024
_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclass
class Transfer:
    status: int
    start: int  # the byte the body begins at
    total: int | None  # the whole file's size as the server says it
    etag: str | None
    content_type: str
    response: requests.Response

    def chunks(self, size: int = CHUNK) -> Iterator[bytes]:
        """The body as it arrives: whatever the socket has (up to ``size``), so a connection that
        drops mid-chunk loses none of the bytes that did arrive (they are written, and resumed after)."""
        raw = self.response.raw
        try:
            while data := raw.read1(size):
                yield data
        except (urllib3.exceptions.HTTPError, OSError, requests.exceptions.RequestException) as exc:
            raise PortalError("retryable", "The connection dropped during the download; it resumes later.",
                              code=reasons.CONNECTION_DROPPED) from exc

    def close(self) -> None:
        self.response.close()


def open_transfer(client: PortalClient, url: str, *, offset: int = 0, etag: str | None = None) -> Transfer:
    headers = {"Accept-Encoding": "identity"}
    if offset > 0:
        headers["Range"] = f"bytes={offset}-"
        if etag:
            headers["If-Range"] = etag
    response = client.request("GET", url, ok=(200, 206), headers=headers, stream=True)
    start, total = 0, None
    if response.status_code == 206:
        match = _RANGE.match(response.headers.get("Content-Range", ""))
        if not match:
            response.close()
            raise PortalError("retryable", "The server sent a part of the file without saying which part.",
                              code=reasons.NO_RANGE)
        start = int(match.group(1))
        total = int(match.group(3)) if match.group(3) != "*" else None
    elif response.headers.get("Content-Length", "").isdigit():
        total = int(response.headers["Content-Length"])
    return Transfer(response.status_code, start, total, response.headers.get("ETag"),
                    response.headers.get("Content-Type", "").split(";")[0].strip(), response)
