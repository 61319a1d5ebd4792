"""Sharing verified lecture files with colleagues' Companions on the same local network, read-only.

The server answers only what :mod:`companion.domain.sharing` names: ``/index`` and
``/file/<course>/<material>/<variant>/<sha256>``. A file request is looked up in the downloads
records (state DONE, its verified sha256 equal to the one asked for, and the course's manifest naming
that variant with that sha256); its path comes from the record, never from the request. The bytes are
checked against the sha256 once per file (again whenever its size or time on disk changes), so a file
altered on this computer is not passed on. The participant's work, the keyring and the database are
never reachable: nothing but verified materials is ever looked up.

The same server passes on the update files this computer has fetched (``/updates/targets/...``, see
:mod:`companion.updates.shelf`): only those the kept TUF targets metadata names with their length and
sha256 verified now; never any metadata (a colleague's Companion takes that from the repository and
checks every byte against it).

Byte ranges (``206``, ``If-Range`` with ``ETag = "<sha256>"``) let the resumable downloader resume
against it; one token bucket shared by every connection caps what sharing may take of this computer's
link. It runs on its own threads (``ThreadingHTTPServer``), never on the GUI thread.

It holds its ground against a slow or hostile client: a request's line and headers must arrive
within ``HEADER_DEADLINE_S`` (a watchdog closes the socket otherwise, so one byte every few seconds
does not hold a thread), every read and write on a connection gives up after ``IO_TIMEOUT_S``
without progress, at most ``MAX_PER_ADDRESS`` connections from one address and ``MAX_CONNECTIONS``
in all are served at once (one thread each, so threads and file descriptors are bounded; the rest
are closed at once), malformed ranges are answered 416 and request lines too long 414/431 by
``http.server``, and a client that hangs up mid-file is logged at debug level, never as an error.
"""

from __future__ import annotations

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
from companion.domain.sharing import (INDEX_PATH, PEER_HEADER, SharedFile, etag, parse_file_path, parse_range,
                                      parse_update_path)
from companion.filecheck import StillVerified
from companion.services.library import Library
from companion.store.repo import Store
from companion.updates.shelf import UpdateShelf

from .downloads import TokenBucket

log = logging.getLogger(__name__)
CHUNK = 64 * 1024
HEADER_DEADLINE_S = 10.0  # request line and headers, from the first byte expected to the last
IO_TIMEOUT_S = 20.0  # one read or write on a connection without progress
MAX_PER_ADDRESS = 8  # connections served at once for one colleague's address
MAX_CONNECTIONS = 48  # connections served at once in all (one thread each)
_DROPPED = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, socket.timeout)


def computer_name() -> str:
    """This computer's name as colleagues know it (``ANA-LAPTOP``), without the domain."""
    return (socket.gethostname().split(".")[0] or "companion")[:60]


class ShareCatalog:
    """What this computer may share: verified files named by the courses' manifests."""

    def __init__(self, store: Store, library: Library, updates: UpdateShelf | None = None):
        self.store, self.library = store, library
        self.updates = updates  # the update files fetched here (None: none passed on)
        self._verified = StillVerified("lecture file").matches

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


class _Bucket:
    """One token bucket for every connection (the cap is on this computer's link, not per colleague)."""

    def __init__(self, rate: float | None):
        self.bucket = TokenBucket(rate)
        self.lock = threading.Lock()

    def take(self, n: int) -> None:
        with self.lock:
            self.bucket.take(n)


class _Handler(BaseHTTPRequestHandler):
    server: "ShareServer"
    protocol_version = "HTTP/1.1"
    server_version = "CompanionShare/1"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("share: %s " + format, self.address_string(), *args)

    def setup(self) -> None:
        self.timeout = self.server.io_timeout  # StreamRequestHandler sets it on the socket
        super().setup()

    def handle_one_request(self) -> None:
        self.server.watchdog.arm(self.connection)  # the request line and headers must come in time
        try:
            super().handle_one_request()
        except _DROPPED:
            self.close_connection = True
        except OSError:  # the watchdog closed the socket under the read
            self.close_connection = True
        finally:
            self.server.watchdog.disarm(self.connection)

    def parse_request(self) -> bool:
        self.server.watchdog.disarm(self.connection)  # headers are in: the body is bounded by IO_TIMEOUT_S
        return super().parse_request()

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
            shelf = self.server.catalog.updates
            payload = json.dumps({"name": self.server.name,
                                  "files": [item.as_json() for item, _p in self.server.catalog.files()],
                                  "updates": [item.as_json() for item, _p in shelf.offers()] if shelf else []}
                                 ).encode()
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "no-store")
            self.send_header(PEER_HEADER, self.server.name)
            self.end_headers()
            if body:
                self.wfile.write(payload)
            return None
        update = parse_update_path(target)
        if update is not None:
            shelf = self.server.catalog.updates
            found_update = shelf.find(update) if shelf is not None else None
            if found_update is None:
                return self._refuse(HTTPStatus.NOT_FOUND)
            item_u, path_u = found_update
            return self._send(path_u, item_u.length, item_u.sha256, "application/octet-stream", body)
        names = parse_file_path(target)
        found = self.server.catalog.find(*names) if names else None
        if found is None:
            return self._refuse(HTTPStatus.NOT_FOUND)
        item, path = found
        return self._send(path, item.size, item.sha256, item.mime, body)

    def _send(self, path: Path, size: int, sha256: str, mime: str, body: bool) -> None:
        """The verified file at ``path`` (or the range asked for), through the shared rate cap."""
        try:
            handle = open(path, "rb")
        except OSError:
            return self._refuse(HTTPStatus.NOT_FOUND)
        with handle:
            wanted = parse_range(self.headers.get("Range"), size)
            if_range = self.headers.get("If-Range")
            if wanted is not None and if_range and if_range.strip() != etag(sha256):
                wanted = None  # a different version than the one the part came from: the whole file
            if wanted is False:
                return self._refuse(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, {"Content-Range": f"bytes */{size}"})
            first, last = wanted if wanted else (0, size - 1)
            length = max(0, last - first + 1)
            self.send_response(HTTPStatus.PARTIAL_CONTENT if wanted else HTTPStatus.OK)
            if wanted:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.send_header("Content-Type", mime or "application/octet-stream")
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag(sha256))
            self.send_header(PEER_HEADER, self.server.name)
            self.end_headers()
            if not body:
                return None
            handle.seek(first)
            left = length
            try:
                while left > 0:
                    block = handle.read(min(CHUNK, left))
                    if not block:
                        break
                    self.server.bucket.take(len(block))
                    self.wfile.write(block)
                    left -= len(block)
                    self.server.bytes_sent += len(block)
            except _DROPPED:  # the colleague hung up or stopped reading: not an error
                self.close_connection = True
        return None


class _Watchdog:
    """Closes a connection whose request line and headers have not all arrived by their deadline
    (a per-read timeout alone lets a client send one byte every few seconds for ever)."""

    def __init__(self, deadline_s: float):
        self.deadline_s = deadline_s
        self._armed: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.closed = 0  # connections closed for being too slow
        self._thread = threading.Thread(target=self._watch, name="companion-share-watchdog", daemon=True)
        self._thread.start()

    def arm(self, sock: socket.socket) -> None:
        with self._lock:
            self._armed[sock] = time.monotonic() + self.deadline_s

    def disarm(self, sock: socket.socket) -> None:
        with self._lock:
            self._armed.pop(sock, None)

    def _watch(self) -> None:
        tick = min(0.5, self.deadline_s / 4)
        while not self._stop.wait(tick):
            now = time.monotonic()
            with self._lock:
                late = [sock for sock, deadline in self._armed.items() if deadline <= now]
                for sock in late:
                    del self._armed[sock]
            for sock in late:
                self.closed += 1
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # the handler's read returns and its thread ends
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)


class ShareServer(ThreadingHTTPServer):
    """The read-only peer server; ``start()`` serves on a daemon thread, ``stop()`` ends it."""

    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    request_queue_size = 64

    def __init__(self, catalog: ShareCatalog, *, name: str | None = None, host: str = "0.0.0.0", port: int = 0,
                 rate_bytes: float | None = None, header_deadline_s: float = HEADER_DEADLINE_S,
                 io_timeout_s: float = IO_TIMEOUT_S, max_per_address: int = MAX_PER_ADDRESS,
                 max_connections: int = MAX_CONNECTIONS):
        super().__init__((host, port), _Handler)
        self.catalog = catalog
        self.name = name or computer_name()
        self.bucket = _Bucket(rate_bytes)
        self.requests = 0
        self.bytes_sent = 0
        self.refused = 0  # connections closed at once: over a cap
        self.io_timeout = io_timeout_s
        self.max_per_address, self.max_connections = max_per_address, max_connections
        self.watchdog = _Watchdog(header_deadline_s)
        self._open: dict[str, int] = {}  # address -> connections being served
        self._open_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def connections(self) -> int:
        with self._open_lock:
            return sum(self._open.values())

    def verify_request(self, request, client_address) -> bool:
        """Over a cap: closed at once (no thread, no descriptor kept)."""
        address = client_address[0]
        with self._open_lock:
            if (sum(self._open.values()) >= self.max_connections
                    or self._open.get(address, 0) >= self.max_per_address):
                self.refused += 1
                return False
            self._open[address] = self._open.get(address, 0) + 1
        return True

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release(client_address[0])

    def process_request(self, request, client_address) -> None:
        try:
            super().process_request(request, client_address)
        except RuntimeError:  # no thread could be started: refuse this one, keep serving
            self._release(client_address[0])
            self.shutdown_request(request)

    def _release(self, address: str) -> None:
        with self._open_lock:
            left = self._open.get(address, 0) - 1
            if left > 0:
                self._open[address] = left
            else:
                self._open.pop(address, None)

    def handle_error(self, request, client_address) -> None:
        import sys
        if isinstance(sys.exc_info()[1], (*_DROPPED, OSError)):
            log.debug("share: %s went away", client_address[0])
            return
        log.warning("share: a request from %s failed", client_address[0], exc_info=True)

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
        self.watchdog.stop()
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
