"""The network under TUF: every read bounded.

python-tuf's ``Updater`` tells the fetcher the most bytes a file may have (the signed length of a target,
a configured maximum for metadata) and checks what arrives against the signatures; this fetcher makes
sure no answer can hold the app: a connect timeout and a read (gap) timeout on every socket wait, no more
than the allowed length (the read stops one byte past it), a minimum rate over a sliding window (an
answer that trickles a byte every few seconds ends), and a deadline for the whole answer that grows with
its allowed length. It also reports progress and honours a cancel request between reads.

It speaks HTTP with urllib3 (what python-tuf's own fetcher uses) and asks for no content coding (lengths
are the bytes on the wire). Redirects are followed (a repository may sit behind a CDN): every byte is
verified against the signed metadata whichever host served it. One fetcher serves one update at a
time (``progress`` and ``cancel`` are set per download by the client).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import urllib3
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

Progress = Callable[[int, int], None]  # (bytes so far, bytes expected at most)
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Bounds:
    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 20.0  # seconds any one socket read may wait
    min_rate: float = 512.0  # bytes per second, averaged over `window` seconds
    window: float = 30.0
    base_deadline: float = 60.0  # seconds every answer may take ...
    deadline_rate: float = 2048.0  # ... plus its allowed length at this rate (256 kbit/s is ~32 000 B/s)
    chunk: int = 64 * 1024


class Cancelled(exceptions.DownloadError):
    """Raised between reads when the caller's cancel() said so."""


class BoundedFetcher(FetcherInterface):
    """A ``FetcherInterface`` whose every answer is bounded in bytes, in rate and in time."""

    def __init__(self, bounds: Bounds | None = None, *, user_agent: str = "Companion-updates"):
        self.bounds = bounds or Bounds()
        self._pool = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=self.bounds.connect_timeout, read=self.bounds.read_timeout),
            retries=urllib3.Retry(total=2, connect=2, read=0, redirect=3, status=0, raise_on_redirect=True,
                                  remove_headers_on_redirect=["Authorization", "Cookie"]),
            headers={"User-Agent": user_agent, "Accept-Encoding": "identity"})
        self._local = threading.local()
        self.progress: Progress | None = None
        self.cancel: Cancel | None = None
        self.bytes_received = 0  # every byte this fetcher read, metadata included (for the data budget)

    # python-tuf calls download_file/download_bytes with the allowed length, then fetch(url)
    @contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        self._local.max_length = max_length
        try:
            with super().download_file(url, max_length) as f:
                yield f
        finally:
            self._local.max_length = None

    def _fetch(self, url: str) -> Iterator[bytes]:
        max_length = getattr(self._local, "max_length", None)
        if max_length is None:
            raise exceptions.DownloadError("a bounded fetch needs the allowed length")
        if urlsplit(url).scheme not in ("http", "https"):
            raise exceptions.DownloadError(f"not an http(s) URL: {url}")
        try:
            response = self._pool.request("GET", url, preload_content=False, redirect=True)
        except urllib3.exceptions.TimeoutError as e:
            raise exceptions.SlowRetrievalError(f"no answer from {url}") from e
        except urllib3.exceptions.HTTPError as e:
            raise exceptions.DownloadError(f"failed to reach {url}") from e
        if response.status >= 400:
            _discard(response)
            raise exceptions.DownloadHTTPError(f"HTTP {response.status} for {url}", response.status)
        declared = response.headers.get("Content-Length")
        if declared is not None and declared.isdigit() and int(declared) > max_length:
            _discard(response)
            raise exceptions.DownloadLengthMismatchError(
                f"{url} declares {declared} bytes, more than the {max_length} allowed")
        return self._chunks(url, response, max_length)

    def download_resumable(self, url: str, partial: Path, length: int) -> None:
        """Fetch ``url`` into ``partial``, continuing the bytes already there with an HTTP Range request
        when the server honours it (206 from exactly that offset), from the start otherwise. Bounded as
        every fetch: never more than ``length`` bytes in all. The caller verifies the whole file."""
        start = partial.stat().st_size if partial.exists() else 0
        if start >= length:
            start = 0
        headers = {"Range": f"bytes={start}-"} if start else {}
        try:
            response = self._pool.request("GET", url, preload_content=False, redirect=True, headers=headers)
        except urllib3.exceptions.TimeoutError as e:
            raise exceptions.SlowRetrievalError(f"no answer from {url}") from e
        except urllib3.exceptions.HTTPError as e:
            raise exceptions.DownloadError(f"failed to reach {url}") from e
        if response.status >= 400:
            _discard(response)
            raise exceptions.DownloadHTTPError(f"HTTP {response.status} for {url}", response.status)
        resumed = bool(start) and response.status == 206 and \
            (response.headers.get("Content-Range") or "").startswith(f"bytes {start}-")
        if not resumed:
            start = 0
        with open(partial, "ab" if resumed else "wb") as out:
            for chunk in self._chunks(url, response, length - start, offset=start):
                out.write(chunk)

    def _chunks(self, url: str, response, max_length: int, offset: int = 0) -> Iterator[bytes]:
        b = self.bounds
        start = time.monotonic()
        deadline = start + b.base_deadline + max_length / b.deadline_rate
        samples: deque[tuple[float, int]] = deque([(start, 0)])
        total = 0
        complete = False
        try:
            while True:
                if self.cancel is not None and self.cancel():
                    raise Cancelled(f"cancelled: {url}")
                try:
                    # read1: whatever the socket has (up to a chunk), so a trickle is seen as one
                    chunk = response.read1(b.chunk)
                except (urllib3.exceptions.TimeoutError, TimeoutError) as e:
                    raise exceptions.SlowRetrievalError(f"{url}: no byte for {b.read_timeout} s") from e
                except (urllib3.exceptions.HTTPError, OSError) as e:
                    raise exceptions.DownloadError(f"{url}: connection broken") from e
                if not chunk:
                    complete = True
                    return
                total += len(chunk)
                self.bytes_received += len(chunk)
                if total > max_length:
                    # one byte past the allowed length is enough to know: stop reading here
                    raise exceptions.DownloadLengthMismatchError(
                        f"{url}: more than the {max_length} bytes allowed")
                now = time.monotonic()
                if now > deadline:
                    raise exceptions.SlowRetrievalError(f"{url}: not complete within {deadline - start:.0f} s")
                samples.append((now, total))
                while len(samples) > 1 and now - samples[1][0] >= b.window:
                    samples.popleft()
                first_time, first_total = samples[0]
                if now - first_time >= b.window and (total - first_total) / (now - first_time) < b.min_rate:
                    raise exceptions.SlowRetrievalError(f"{url}: slower than {b.min_rate:.0f} B/s")
                if self.progress is not None:
                    self.progress(offset + total, offset + max_length)
                yield chunk
        finally:
            if complete:
                response.release_conn()  # read to its end: the connection can serve the next file
            else:
                _discard(response)


def _discard(response) -> None:
    """Close an answer not read to its end (an error page, one cut short): its unread bytes must never be
    taken for the next answer on a kept-alive connection, and reading them would be unbounded."""
    response.close()
    response.release_conn()
