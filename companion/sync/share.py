"""Sharing verified lecture files with colleagues' Companions on the same local network, read-only.

The server answers only what :mod:`companion.domain.sharing` names: ``/index`` and
``/file/<course>/<material>/<variant>/<sha256>``. A file request is looked up in the downloads
records (state DONE, its verified sha256 equal to the one asked for, and the course's manifest naming
that variant with that sha256); its path comes from the record, never from the request. The bytes are
checked against the sha256 once per file (again whenever its size or time on disk changes), so a file
altered on this computer is not passed on. The participant's work, the keyring and the database are
never reachable: nothing but verified materials is ever looked up.

Byte ranges (``206``, ``If-Range`` with ``ETag = "<sha256>"``) let the resumable downloader resume
against it; one token bucket shared by every connection caps what sharing may take of this computer's
link. It runs on its own threads (``ThreadingHTTPServer``), never on the GUI thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from companion.domain.downloading import DONE
from companion.domain.errors import CompanionError
from companion.domain.sharing import INDEX_PATH, PEER_HEADER, SharedFile, etag, parse_file_path, parse_range
from companion.services.library import Library
from companion.store.repo import Store

from .downloads import TokenBucket

log = logging.getLogger(__name__)
CHUNK = 64 * 1024

# A guest's budget: what one colleague's computer (or a broken or hostile one) may hold of this one.
REQUEST_DEADLINE_S = 15.0  # to send a whole request line and its headers (an idle keep-alive too)
IO_TIMEOUT_S = 10.0  # one read or write that makes no progress at all
MIN_RATE = 4 * 1024  # bytes/s a reader must take on average once MIN_RATE_AFTER_S have passed
MIN_RATE_AFTER_S = 20.0
PER_ADDRESS = 6  # connections open at once from one address
TOTAL = 48  # connections open at once in all (each holds one thread and one file descriptor)
SEND_BUFFER = 128 * 1024  # bytes the kernel may hold for one guest (so a reader that stops is noticed)


def computer_name() -> str:
    """This computer's name as colleagues know it (``ANA-LAPTOP``), without the domain."""
    return (socket.gethostname().split(".")[0] or "companion")[:60]


class ShareCatalog:
    """What this computer may share: verified files named by the courses' manifests."""

    def __init__(self, store: Store, library: Library):
        self.store, self.library = store, library
        self._checked: dict[str, tuple[int, int, str]] = {}  # path -> (size, mtime_ns, sha256 found)
        self._lock = threading.Lock()

    def _manifest(self, course_id: str) -> dict[tuple[str, str], str | None]:
        try:
            course = self.library.course(course_id)
        except CompanionError:
            return {}
        return {(m.id, v.name): v.sha256 for _l, m in course.materials() for v in m.variants}

    def files(self) -> list[tuple[SharedFile, Path]]:
        out = []
        manifests: dict[str, dict] = {}
        for record in self.store.downloads():
            if record.state != DONE or not record.path or not record.done_sha256:
                continue
            named = manifests.setdefault(record.course_id, self._manifest(record.course_id))
            if named.get((record.material_id, record.variant)) != record.done_sha256:
                continue  # the manifest no longer names this version: not passed on
            path = Path(record.path)
            try:
                size = path.stat().st_size
            except OSError:
                continue
            item = SharedFile(record.course_id, record.material_id, record.variant, record.done_sha256, size,
                              record.mime)
            out.append((item, path))
        return out

    def find(self, course_id: str, material_id: str, variant: str, sha256: str) -> tuple[SharedFile, Path] | None:
        """The verified file with these four names, or None (unknown, not done, not verified now)."""
        for item, path in self.files():
            if item.key() == (course_id, material_id, variant, sha256):
                return (item, path) if self._verified(path, sha256) else None
        return None

    def _verified(self, path: Path, sha256: str) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return False
        with self._lock:
            seen = self._checked.get(str(path))
        if seen and seen[:2] == (stat.st_size, stat.st_mtime_ns):
            return seen[2] == sha256
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return False
        with self._lock:
            self._checked[str(path)] = (stat.st_size, stat.st_mtime_ns, digest.hexdigest())
        if digest.hexdigest() != sha256:
            log.warning("not sharing %s: it no longer matches its sha256", path)
        return digest.hexdigest() == sha256


class _Bucket:
    """One token bucket for every connection (the cap is on this computer's link, not per colleague)."""

    def __init__(self, rate: float | None):
        self.bucket = TokenBucket(rate)
        self.lock = threading.Lock()

    @property
    def capped(self) -> bool:
        """A cap is set: then a slow answer may be ours, and the minimum rate is not asked of readers."""
        return self.bucket.rate is not None

    def take(self, n: int) -> None:
        with self.lock:
            self.bucket.take(n)


class _Handler(BaseHTTPRequestHandler):
    server: "ShareServer"
    protocol_version = "HTTP/1.1"
    server_version = "CompanionShare/1"
    sys_version = ""

    timeout = IO_TIMEOUT_S  # StreamRequestHandler puts it on the socket: a read or write that stalls ends

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("share: %s " + format, self.address_string(), *args)

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
        except OSError:
            pass

    def handle_one_request(self) -> None:
        """Each request (and the wait for the next on a kept-alive connection) gets a deadline for its
        request line and headers: a client that sends them a byte at a time is cut off, not waited for."""
        cut = threading.Timer(REQUEST_DEADLINE_S, self._cut)
        cut.daemon = True
        self._deadline = cut
        cut.start()
        try:
            super().handle_one_request()
        except (OSError, ValueError):  # a timeout, a reset, a cut: the connection ends, nothing else
            self.close_connection = True
        finally:
            cut.cancel()

    def _cut(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def parse_request(self) -> bool:
        ok = super().parse_request()
        self._deadline.cancel()  # the headers are in: the answer has its own budget (the minimum rate)
        return ok

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(body=True)

    def _refuse(self, status: HTTPStatus, extra: dict | None = None) -> None:
        self.send_response(status)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.send_header(PEER_HEADER, self.server.name)
        self.end_headers()

    def _answer(self, body: bool) -> None:
        self.server.requests += 1
        target = self.path
        if urlsplit(target).query or "%" in target or "\\" in target:
            return self._refuse(HTTPStatus.NOT_FOUND)  # plain names only: no escapes, no queries
        if target == INDEX_PATH:
            payload = json.dumps({"name": self.server.name,
                                  "files": [item.as_json() for item, _p in self.server.catalog.files()]}).encode()
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "no-store")
            self.send_header(PEER_HEADER, self.server.name)
            self.end_headers()
            if body:
                self.wfile.write(payload)
            return None
        names = parse_file_path(target)
        found = self.server.catalog.find(*names) if names else None
        if found is None:
            return self._refuse(HTTPStatus.NOT_FOUND)
        item, path = found
        try:
            handle = open(path, "rb")
        except OSError:
            return self._refuse(HTTPStatus.NOT_FOUND)
        with handle:
            size = item.size
            wanted = parse_range(self.headers.get("Range"), size)
            if_range = self.headers.get("If-Range")
            if wanted is not None and if_range and if_range.strip() != etag(item.sha256):
                wanted = None  # a different version than the one the part came from: the whole file
            if wanted is False:
                return self._refuse(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, {"Content-Range": f"bytes */{size}"})
            first, last = wanted if wanted else (0, size - 1)
            length = max(0, last - first + 1)
            self.send_response(HTTPStatus.PARTIAL_CONTENT if wanted else HTTPStatus.OK)
            if wanted:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.send_header("Content-Type", item.mime or "application/octet-stream")
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag(item.sha256))
            self.send_header(PEER_HEADER, self.server.name)
            self.end_headers()
            if not body:
                return None
            handle.seek(first)
            left = length
            started = time.monotonic()
            try:
                while left > 0:
                    block = handle.read(min(CHUNK, left))
                    if not block:
                        break
                    self.server.bucket.take(len(block))
                    self.wfile.write(block)
                    left -= len(block)
                    self.server.bytes_sent += len(block)
                    spent = time.monotonic() - started
                    if spent > MIN_RATE_AFTER_S and (length - left) / spent < MIN_RATE and not self.server.bucket.capped:
                        log.info("share: %s reads too slowly; connection closed", self.address_string())
                        self.close_connection = True
                        break
            except OSError:  # a broken pipe, a reset, a stalled reader's timeout: not an error of ours
                self.close_connection = True
        return None


class ShareServer(ThreadingHTTPServer):
    """The read-only peer server; ``start()`` serves on a daemon thread, ``stop()`` ends it."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # a burst of connections waits to be counted against the caps, not refused by the kernel

    def __init__(self, catalog: ShareCatalog, *, name: str | None = None, host: str = "0.0.0.0", port: int = 0,
                 rate_bytes: float | None = None):
        super().__init__((host, port), _Handler)
        self.catalog = catalog
        self.name = name or computer_name()
        self.bucket = _Bucket(rate_bytes)
        self.requests = 0
        self.bytes_sent = 0
        self.refused = 0  # connections turned away by the caps
        self._thread: threading.Thread | None = None
        self._open: dict[str, int] = {}
        self._accepted: dict[int, str] = {}  # id(socket) -> the address it counts against
        self._count_lock = threading.Lock()

    def verify_request(self, request, client_address) -> bool:
        """Caps before a thread is spent: PER_ADDRESS from one address, TOTAL in all."""
        address = client_address[0]
        with self._count_lock:
            if self._open.get(address, 0) >= PER_ADDRESS or sum(self._open.values()) >= TOTAL:
                self.refused += 1
                return False
            self._open[address] = self._open.get(address, 0) + 1
            self._accepted[id(request)] = address
        return True

    def shutdown_request(self, request) -> None:
        with self._count_lock:
            address = self._accepted.pop(id(request), None)
            if address is not None:
                self._open[address] -= 1
                if self._open[address] <= 0:
                    del self._open[address]
        super().shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        """A guest's broken connection is logged quietly, never printed as a traceback."""
        log.debug("share: connection from %s ended with an error", client_address[0], exc_info=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start(self) -> "ShareServer":
        self._thread = threading.Thread(target=self.serve_forever, name="companion-share", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join(5)
            self._thread = None
        self.server_close()


class Sharing:
    """Sharing as the app runs it: the server and its announcement, started and stopped together."""

    def __init__(self, catalog: ShareCatalog, discovery=None):
        self.catalog = catalog
        self.server: ShareServer | None = None
        self.discovery = discovery  # a companion.sync.discovery.Discovery, or None: not announced

    @property
    def running(self) -> bool:
        return self.server is not None

    @staticmethod
    def name() -> str:
        return computer_name()

    def start(self, *, port: int, rate_bytes: float | None, host: str = "0.0.0.0", name: str | None = None,
              announce: bool = True) -> ShareServer:
        """Serve (on its own threads) and announce it; OSError when the port is taken."""
        self.stop()
        self.server = ShareServer(self.catalog, name=name, host=host, port=port, rate_bytes=rate_bytes).start()
        if announce and self.discovery is not None:
            try:
                self.discovery.announce(self.server.name, self.server.port)
            except Exception:  # no multicast here: colleagues can still name this computer with --peer
                log.warning("announcing sharing on this network failed", exc_info=True)
        return self.server

    def stop(self) -> None:
        if self.discovery is not None:
            self.discovery.withdraw()
        if self.server is not None:
            self.server.stop()
            self.server = None
