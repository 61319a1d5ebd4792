"""The sharing server holds its ground: idle and slow clients are cut off by deadlines, connections
are capped per address and in all, malformed ranges get 416 or the whole file, broken pipes are not
errors, and a colleague keeps being served while 200 slow sockets are open. Real sockets on 127.0.0.x."""

from __future__ import annotations

import http.client
import socket
import time

import pytest

from companion.domain.sharing import INDEX_PATH, file_path
from companion.sync import share
from companion.sync.share import ShareCatalog, ShareServer

COURSE = "caring-cities-2023"
pytestmark = pytest.mark.integration


@pytest.fixture
def sharer(tmp_path, clock, media_portal, monkeypatch):
    from companion.app import build_app

    monkeypatch.setattr(share, "REQUEST_DEADLINE_S", 1.0)
    monkeypatch.setattr(share, "IO_TIMEOUT_S", 1.0)
    monkeypatch.setattr(share._Handler, "timeout", 1.0)
    a = build_app(tmp_path / "a", clock=clock)
    a.sync.sign_in(media_portal.url, "ana", "secret-pw")
    a.sync.run()
    a.downloads.enqueue(COURSE)
    assert a.downloads.run().done == 5
    server = ShareServer(ShareCatalog(a.store, a.library), name="ANA-LAPTOP", host="127.0.0.1").start()
    biggest = max((item for item, _p in server.catalog.files()), key=lambda i: i.size)
    yield server, file_path(*biggest.key()), biggest.size
    server.stop()
    a.close()


def get(server, path, headers=None, source="127.0.0.1"):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10, source_address=(source, 0))
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


def closed_within(sock: socket.socket, seconds: float) -> float:
    """How long until the server closed ``sock`` (fails past ``seconds``)."""
    sock.settimeout(seconds)
    started = time.monotonic()
    try:
        while sock.recv(65536):
            pass
    except (ConnectionResetError, BrokenPipeError):
        pass
    return time.monotonic() - started


def test_an_idle_connection_is_dropped_after_the_deadline(sharer):
    server, _path, _size = sharer
    sock = socket.create_connection(("127.0.0.1", server.port))
    assert closed_within(sock, 5) < 3


def test_headers_sent_a_byte_at_a_time_are_cut_off(sharer):
    server, path, _size = sharer
    sock = socket.create_connection(("127.0.0.1", server.port))
    started = time.monotonic()
    request = f"GET {path} HTTP/1.1\r\nHost: x\r\nX-Slow: {'a' * 40}\r\n\r\n".encode()
    cut = False
    for byte in request:
        try:
            sock.send(bytes([byte]))
        except OSError:
            cut = True
            break
        time.sleep(0.1)
        if time.monotonic() - started > 4:
            break
    if not cut:
        cut = closed_within(sock, 3) < 3
    assert cut and time.monotonic() - started < 5


def test_a_reader_that_stops_reading_is_let_go_and_others_are_still_served(sharer):
    server, path, size = sharer
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    time.sleep(2.5)  # reads nothing: the server's writes stall, then time out
    status, body = get(server, path)
    assert status == 200 and len(body) == size
    received = 0
    sock.settimeout(5)
    try:
        while chunk := sock.recv(1 << 20):
            received += len(chunk)
    except (ConnectionResetError, TimeoutError):
        pass
    assert received < size  # it was cut off, not waited for


def test_a_colleague_is_served_while_200_slow_sockets_are_open(sharer):
    server, path, size = sharer
    slow = []
    for _ in range(200):
        try:
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=2, source_address=("127.0.0.2", 0))
            sock.send(b"GET /ind")  # and never the rest
            slow.append(sock)
        except OSError:
            pass
    try:
        started = time.monotonic()
        status, body = get(server, path)
        assert status == 200 and len(body) == size
        assert time.monotonic() - started < 5
        assert len(slow) >= 190  # the listen queue takes them all in ...
        assert server.refused >= len(slow) - 3 * share.PER_ADDRESS  # ... and the cap turns them away
    finally:
        for sock in slow:
            sock.close()


@pytest.mark.parametrize("header, expected", [
    ("bytes=" + "9" * 5000 + "-", 416),
    ("bytes=99999999999999999999-", 416),
    ("bytes=5-2", 416),
    ("bytes=abc", 200),
    ("bytes=0-0,5-9", 200),
    ("x" * 300, 416),
])
def test_malformed_ranges_are_answered_never_a_traceback(sharer, capfd, header, expected):
    server, path, size = sharer
    status, body = get(server, path, {"Range": header})
    assert status == expected
    assert len(body) == (size if expected == 200 else 0)
    assert "Traceback" not in capfd.readouterr().err


def test_a_request_line_and_headers_too_long_are_refused_and_a_hang_up_is_no_error(sharer, capfd):
    server, path, _size = sharer
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n")
    assert sock.recv(100).startswith(b"HTTP/1.1 414")
    sock.close()
    for _ in range(5):  # ask for the file and hang up at once: broken pipes on the server's side
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        sock.close()
    time.sleep(0.5)
    status, _body = get(server, INDEX_PATH)
    assert status == 200
    assert "Traceback" not in capfd.readouterr().err
