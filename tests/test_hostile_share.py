"""The sharing server holds its ground (issue 20, point 2), over real sockets on 127.0.0.1.

A hostile or broken computer on the office network opens hundreds of slow connections, sends one
byte every few seconds, asks for absurd ranges, hangs up mid-file. Each case asserts what a colleague
(on another loopback address, 127.0.0.2) still gets, verified by sha256, and that nothing is left
stuck on the sharing computer (connections and threads back to what they were)."""

from __future__ import annotations

import hashlib
import http.client
import logging
import socket
import threading
import time

import pytest

from companion.domain.sharing import file_path
from companion.sync.share import ShareCatalog, ShareServer

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
DEADLINE = 1.0


@pytest.fixture(scope="module")
def ana(tmp_path_factory, media_package):
    """Ana's Companion with every file verified (built once for the module: the server is per test)."""
    from companion.app import build_app
    from companion.domain.clock import FixedClock
    from companion_portal.testing import running_portal

    import keyring

    from .conftest import DURING_COURSE
    from .support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the function-scoped one does not exist yet: never the real keyring
    clock = FixedClock(DURING_COURSE)
    root = tmp_path_factory.mktemp("hostile-share")
    with running_portal(root / "portal", course=media_package, users={"ana": "secret-pw"},
                        clock=clock.now) as portal:
        a = build_app(root / "a", clock=clock)
        a.sync.sign_in(portal.url, "ana", "secret-pw")
        a.sync.run()
        a.downloads.enqueue(COURSE)
        assert a.downloads.run().done == 5
    keyring.set_keyring(previous)
    yield a
    a.close()


@pytest.fixture
def shared(ana):
    """Ana's Companion sharing on 127.0.0.1 with short deadlines."""
    a = ana
    threads_before = threading.active_count()
    server = ShareServer(ShareCatalog(a.store, a.library), name="ANA-LAPTOP", host="127.0.0.1",
                         header_deadline_s=DEADLINE, io_timeout_s=2.0, max_per_address=8, max_connections=40).start()
    item, path = max(ShareCatalog(a.store, a.library).files(), key=lambda pair: pair[0].size)
    yield a, server, item, path, threads_before
    server.stop()


def _colleague_get(port, target, headers=None, source="127.0.0.2"):
    """A colleague's request from another address, as http.client sends it."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
    try:
        conn.putrequest("GET", target, skip_accept_encoding=True)
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def _served_whole(port, item, source="127.0.0.2"):
    status, _h, body = _colleague_get(port, file_path(*item.key()), source=source)
    return status == 200 and hashlib.sha256(body).hexdigest() == item.sha256


def _wait_until(check, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


def _slow_socket(port, first=b"GET /companion-share/v1/index HTTP/1.1\r\nHost: x\r\n"):
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    sock.sendall(first)  # headers begun and never finished
    return sock


def _closed_by_server(sock, within):
    sock.settimeout(within)
    try:
        while sock.recv(4096):
            pass
        return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


def test_colleagues_are_served_while_200_slow_sockets_are_open(shared):
    a, server, item, _path, threads_before = shared
    slow = [_slow_socket(server.port) for _ in range(200)]
    try:
        started = time.monotonic()
        assert _served_whole(server.port, item)  # the colleague gets the verified file
        assert time.monotonic() - started < 3
        # the hosting app keeps working: its own records and courses answer at once
        assert a.library.course(COURSE).id == COURSE and len(a.downloads.states(COURSE)) == 5
        assert threading.active_count() <= threads_before + server.max_connections + 4  # bounded threads
        # the rest were closed at once (a few more got a slot as the header deadline cut the first holders)
        assert _wait_until(lambda: server.refused >= 200 - 4 * server.max_per_address, 2)
        # (the colleague's own finished connection may still be closing on a loaded machine)
        assert _wait_until(lambda: server.connections <= server.max_per_address, 2), server.connections
    finally:
        for sock in slow:
            sock.close()
    assert _wait_until(lambda: server.connections == 0, DEADLINE + 2)  # nothing left stuck
    assert _wait_until(lambda: threading.active_count() <= threads_before + 2, 3)


def test_one_byte_every_few_tenths_is_cut_at_the_header_deadline(shared):
    _a, server, item, _path, _t = shared
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    started = time.monotonic()
    closed = False
    try:
        for byte in b"GET /companion-share/v1/index HTTP/1.1\r\nHost: slow\r\nX-Pad: " + b"a" * 200:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            sock.settimeout(0.3)
            try:
                if sock.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
            if time.monotonic() - started > DEADLINE + 3:
                break
    finally:
        sock.close()
    assert closed and time.monotonic() - started < DEADLINE + 2  # per-read timeouts alone would never end it
    assert server.watchdog.closed >= 1
    assert _served_whole(server.port, item)
    assert _wait_until(lambda: server.connections == 0, 2)


def test_an_idle_connection_is_dropped_after_the_deadline(shared):
    _a, server, item, _path, _t = shared
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    try:
        assert _closed_by_server(sock, DEADLINE + 2)
    finally:
        sock.close()
    assert _wait_until(lambda: server.connections == 0, 2)
    assert _served_whole(server.port, item)


def test_connections_from_one_address_are_capped_others_still_served(shared):
    _a, server, item, _path, _t = shared
    held = [_slow_socket(server.port) for _ in range(server.max_per_address)]
    try:
        assert _wait_until(lambda: server.connections == server.max_per_address, 2)
        extra = _slow_socket(server.port)
        assert _closed_by_server(extra, 1.0)  # the ninth from that address: closed at once
        extra.close()
        assert _served_whole(server.port, item, source="127.0.0.3")
    finally:
        for sock in held:
            sock.close()


@pytest.mark.parametrize("header", [
    "bytes=abc-", "bytes=" + "9" * 5000 + "-", "bytes=5-2", "bytes=-0", "bytes=" + "1" * 19 + "-",
    "bytes=--5", "bytes= 1-2",
])
def test_malformed_or_absurd_ranges_are_416_and_the_server_goes_on(shared, header, caplog):
    _a, server, item, _path, _t = shared
    with caplog.at_level(logging.WARNING):
        status, headers, body = _colleague_get(server.port, file_path(*item.key()), {"Range": header})
    assert (status, body) == (416, b"") and headers["Content-Range"] == f"bytes */{item.size}"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert _served_whole(server.port, item)


def test_a_range_past_the_end_or_of_another_unit(shared):
    _a, server, item, path, _t = shared
    target = file_path(*item.key())
    assert _colleague_get(server.port, target, {"Range": f"bytes={item.size}-"})[0] == 416
    status, _h, body = _colleague_get(server.port, target, {"Range": "items=0-5"})
    assert status == 200 and len(body) == item.size  # a unit we do not serve: the whole file
    status, _h, body = _colleague_get(server.port, target, {"Range": f"bytes=10-{10**17}"})
    assert status == 206 and body == path.read_bytes()[10:]


def test_overlong_request_line_and_too_many_headers_are_refused_not_a_traceback(shared, caplog):
    _a, server, item, _path, _t = shared
    with caplog.at_level(logging.WARNING):
        assert _colleague_get(server.port, "/" + "a" * 70_000)[0] == 414
        many = {f"X-H{i}": "v" for i in range(150)}
        assert _colleague_get(server.port, "/companion-share/v1/index", many)[0] == 431
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert _served_whole(server.port, item)


def test_a_colleague_hanging_up_mid_file_is_not_an_error(shared, caplog):
    _a, server, item, _path, _t = shared
    with caplog.at_level(logging.DEBUG, logger="companion"):
        for _ in range(5):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            sock.sendall(f"GET {file_path(*item.key())} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            assert sock.recv(100).startswith(b"HTTP/1.1 200")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            sock.close()  # RST: the server's next write fails
    assert _wait_until(lambda: server.connections == 0, 3)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert _served_whole(server.port, item)


def test_a_colleague_that_stops_reading_is_let_go(shared):
    _a, server, item, _path, _t = shared
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", server.port))
    try:
        for _ in range(3):  # pipelined requests for the largest file, never read
            sock.sendall(f"GET {file_path(*item.key())} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert _wait_until(lambda: server.connections == 0, 2.0 + DEADLINE + 3) or item.size < 200_000
    finally:
        sock.close()
    assert _served_whole(server.port, item)
