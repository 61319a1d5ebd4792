"""Office sharing over real sockets on 127.0.0.1: two app data folders, one shares, the other fetches
from it first and falls back to the portal; the peer serves nothing but verified material files."""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from companion.domain.sharing import (INDEX_PATH, PORTAL, Peer, SharedFile, file_path, parse_file_path, parse_peer,
                                      parse_range)
from companion.sync.downloads import DONE
from companion.sync.share import ShareCatalog, ShareServer
from companion_portal.testing import FaultProxy

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"


# ---- the protocol's names (pure) ----
def test_only_four_plain_names_make_a_file_path():
    sha = "a" * 64
    assert parse_file_path(file_path(COURSE, "lecture-1-slides", "original", sha)) == (
        COURSE, "lecture-1-slides", "original", sha)
    for bad in ("/companion-share/v1/file/../../etc/passwd",
                f"/companion-share/v1/file/{COURSE}/../original/{sha}",
                f"/companion-share/v1/file/{COURSE}/.../original/{sha}",
                f"/companion-share/v1/file/{COURSE}/a/b/original/{sha}",
                f"/companion-share/v1/file/{COURSE}/a%2f..%2fb/original/{sha}",
                f"/companion-share/v1/file/{COURSE}/slides/original/{'A' * 64}",
                f"/companion-share/v1/file/{COURSE}/slides/original/{sha[:-1]}",
                "/companion.sqlite3", "/", ""):
        assert parse_file_path(bad) is None, bad


def test_ranges_as_http_means_them():
    assert parse_range(None, 100) is None
    assert parse_range("bytes=10-", 100) == (10, 99)
    assert parse_range("bytes=10-19", 100) == (10, 19)
    assert parse_range("bytes=90-500", 100) == (90, 99)
    assert parse_range("bytes=-5", 100) == (95, 99)
    assert parse_range("bytes=100-", 100) is False
    assert parse_range("bytes=0-1,5-6", 100) is None  # several ranges: the whole file
    assert parse_peer("192.168.1.20:9000") == Peer("192.168.1.20", "192.168.1.20", 9000)
    assert parse_peer("ana-laptop").port == 8765
    assert parse_peer("[fe80::1]:8000").base == "http://[fe80::1]:8000"
    with pytest.raises(ValueError):
        parse_peer("host:http")


def test_a_peer_index_entry_that_is_not_plain_names_is_dropped():
    good = {"course": COURSE, "material": "m", "variant": "original", "sha256": "b" * 64, "size": 3}
    assert SharedFile.from_json(good) == SharedFile(COURSE, "m", "original", "b" * 64, 3)
    assert SharedFile.from_json({**good, "material": "../db"}) is None
    assert SharedFile.from_json({**good, "size": "many"}) is None
    assert SharedFile.from_json({"course": COURSE}) is None


# ---- over real sockets ----
def _signed_in(app, url):
    app.sync.sign_in(url, "ana", "secret-pw")
    app.sync.run()
    return app


@pytest.fixture
def office(tmp_path, clock, media_portal):
    """Two Companions (A and B) signed in to the same portal; A has every file verified and shares
    them on 127.0.0.1. B reaches the portal through a proxy that counts its bytes."""
    from companion.app import build_app

    a = _signed_in(build_app(tmp_path / "a", clock=clock), media_portal.url)
    a.downloads.enqueue(COURSE)
    assert a.downloads.run().done == 5
    server = ShareServer(ShareCatalog(a.store, a.library), name="ANA-LAPTOP", host="127.0.0.1").start()
    link = FaultProxy(int(media_portal.url.rsplit(":", 1)[1]))
    b = _signed_in(build_app(tmp_path / "b", clock=clock), link.url)
    b.downloads.enqueue(COURSE)
    yield a, b, server, link
    server.stop()
    link.close()
    a.close()
    b.close()


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_b_takes_every_file_from_a_and_nothing_from_the_portal(office):
    a, b, server, link = office
    b.downloads.peers = lambda: [Peer("127.0.0.1", "127.0.0.1", server.port)]
    before = link.downstream_bytes
    report = b.downloads.run()
    assert report.done == 5 and report.failed == 0
    assert link.downstream_bytes == before  # the slow link carried nothing
    states = b.downloads.states(COURSE)
    assert {r.state for r in states.values()} == {DONE}
    assert {r.source for r in states.values()} == {"ANA-LAPTOP"}  # the name the peer gives itself
    for record in states.values():
        assert _sha(b.downloads.offline_file(COURSE, record.material_id)) == record.sha256
    assert server.bytes_sent == sum(r.size for r in states.values())


def test_the_portal_stopped_mid_way_b_completes_from_a(office, media_portal):
    a, b, server, link = office
    video = max(b.downloads.pending(COURSE), key=lambda r: r.size)
    key = (COURSE, video.material_id, video.variant)
    got = {}

    def pause_early(progress):
        if (progress.course_id, progress.material_id, progress.variant) == key and progress.done >= 64 * 1024:
            got["at"] = progress.done
            b.downloads.pause(*key)

    b.downloads.run(progress=pause_early)
    partial = b.downloads.states(COURSE)[key[1:]]
    assert partial.state != DONE and 0 < partial.part_bytes < video.size
    media_portal.stop()  # the portal (and the office's link) is gone
    b.downloads.resume(*key)
    b.downloads.peers = lambda: [Peer("office", "127.0.0.1", server.port)]
    report = b.downloads.run()
    assert report.done >= 1 and report.failed == 0 and not report.unreachable
    done = b.downloads.states(COURSE)[key[1:]]
    assert done.state == DONE and done.source == "ANA-LAPTOP"
    assert _sha(b.downloads.offline_file(COURSE, video.material_id)) == video.sha256
    # resumed from the part's length: A sent only the rest of the video (and the files B had not started)
    others = sum(r.size for r in b.downloads.states(COURSE).values() if r.material_id != video.material_id
                 and r.source == "ANA-LAPTOP")
    assert server.bytes_sent == others + video.size - partial.part_bytes


class _LyingPeer(BaseHTTPRequestHandler):
    """An independent peer that lists A's files but sends other bytes of the same length."""

    protocol_version = "HTTP/1.1"
    files: list = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path == INDEX_PATH:
            body = json.dumps({"name": "ROGUE", "files": self.files}).encode()
        else:
            entry = next(f for f in self.files if file_path(f["course"], f["material"], f["variant"], f["sha256"])
                         == self.path)
            body = b"x" * entry["size"]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        self.wfile.write(body)


def test_a_peer_serving_a_wrong_file_is_refused_and_the_portal_serves_it(office):
    a, b, server, link = office
    _LyingPeer.files = [item.as_json() for item, _p in ShareCatalog(a.store, a.library).files()]
    rogue = ThreadingHTTPServer(("127.0.0.1", 0), _LyingPeer)
    threading.Thread(target=rogue.serve_forever, daemon=True).start()
    try:
        b.downloads.peers = lambda: [Peer("rogue", "127.0.0.1", rogue.server_address[1])]
        before = link.downstream_bytes
        report = b.downloads.run()
    finally:
        rogue.shutdown()
        rogue.server_close()
    assert report.done == 5 and report.failed == 0
    states = b.downloads.states(COURSE)
    assert {r.source for r in states.values()} == {PORTAL}
    for record in states.values():
        assert _sha(b.downloads.offline_file(COURSE, record.material_id)) == record.sha256
    assert link.downstream_bytes - before >= sum(r.size for r in states.values())


def test_a_peer_that_is_gone_costs_nothing_but_the_try(office):
    a, b, server, link = office
    port = server.port
    server.stop()
    b.downloads.peers = lambda: [Peer("gone", "127.0.0.1", port)]
    report = b.downloads.run()
    assert report.done == 5 and {r.source for r in b.downloads.states(COURSE).values()} == {PORTAL}


def _get(port, path, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)  # the path goes out exactly as written
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_the_peer_serves_only_what_the_manifest_names_and_nothing_else(office):
    a, b, server, link = office
    item, path = next((i, p) for i, p in ShareCatalog(a.store, a.library).files() if i.material_id.endswith("slides"))
    good = file_path(*item.key())
    status, headers, body = _get(server.port, good)
    assert status == 200 and hashlib.sha256(body).hexdigest() == item.sha256 and headers["ETag"] == f'"{item.sha256}"'
    status, headers, body = _get(server.port, good, headers={"Range": "bytes=100-", "If-Range": f'"{item.sha256}"'})
    assert status == 206 and body == path.read_bytes()[100:]
    assert headers["Content-Range"] == f"bytes 100-{item.size - 1}/{item.size}"
    status, _h, body = _get(server.port, good, headers={"Range": "bytes=100-", "If-Range": '"other"'})
    assert status == 200 and len(body) == item.size  # another version: the whole file
    db = next(a.data_dir.glob("*.sqlite3"), None) or next(a.data_dir.glob("*.db"))
    sha = item.sha256
    refused = [
        "/companion-share/v1/file/../../../../etc/passwd",
        f"/companion-share/v1/file/{COURSE}/../{db.name}/original/{sha}",
        f"/companion-share/v1/file/{COURSE}/..%2f..%2f{db.name}/original/{sha}",
        f"/companion-share/v1/file/{COURSE}/{item.material_id}/original/{'0' * 64}",  # not this file's sha
        f"/companion-share/v1/file/{COURSE}/no-such-material/original/{sha}",
        f"/companion-share/v1/file/other-course/{item.material_id}/original/{sha}",
        f"/companion-share/v1/file/{COURSE}/{item.material_id}/low/{sha}",
        f"/{db.name}", "/" + str(db), "/" + str(path), f"/materials/{COURSE}/{path.name}",
        good + "?x=1", good + "/", "/companion-share/v1/index/..", "//etc/passwd",
    ]
    for target in refused:
        status, _h, body = _get(server.port, target)
        assert (status, body) == (404, b""), target
    assert _get(server.port, good, method="HEAD")[0] == 200
    assert _get(server.port, good, method="DELETE")[0] == 501  # read-only
    # a file altered on A after it was verified is no longer passed on
    path.write_bytes(b"changed" + path.read_bytes()[7:])
    assert _get(server.port, good)[0] == 404
    listed = json.loads(_get(server.port, INDEX_PATH)[2])
    assert listed["name"] == "ANA-LAPTOP" and {"course", "material", "variant", "sha256", "size"} <= set(listed["files"][0])


class _Recorder:
    """A TCP relay in front of the peer that keeps every byte sent to it (an independent witness)."""

    def __init__(self, target_port):
        self.target, self.seen = target_port, bytearray()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, src, dst, record):
        try:
            while data := src.recv(65536):
                if record:
                    self.seen += data
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self):
        self.sock.close()


def test_the_portal_token_never_reaches_the_peer(office):
    a, b, server, link = office
    token = b.sync.client().token
    assert token
    witness = _Recorder(server.port)
    try:
        b.downloads.peers = lambda: [Peer("office", "127.0.0.1", witness.port)]
        assert b.downloads.run().done == 5
    finally:
        witness.close()
    assert b"GET /companion-share/v1/file/" in witness.seen
    assert token.encode() not in witness.seen and b"authorization" not in witness.seen.lower()


def test_announce_and_browse_round_trip_on_loopback():
    zeroconf = pytest.importorskip("zeroconf")
    from companion.sync.discovery import Discovery

    sharer, colleague = Discovery(["127.0.0.1"]), Discovery(["127.0.0.1"])
    try:
        try:
            sharer.announce("ANA-LAPTOP", 8765, "127.0.0.1")
        except (OSError, zeroconf.Error) as exc:
            pytest.skip(f"multicast DNS cannot run on this machine's loopback: {exc}")
        found = colleague.peers()
        assert Peer("ANA-LAPTOP", "127.0.0.1", 8765) in found
        assert sharer.peers() == []  # its own announcement is not a colleague
    finally:
        sharer.close()
        colleague.close()


def test_companion_share_and_download_peer_from_the_command_line(office, tmp_path):
    """`companion share` on A's data folder until Ctrl+C; `companion download --peer` on B's."""
    import os
    import re
    import signal
    import subprocess
    import sys

    from companion.cli import main

    from .conftest import ROOT

    a, b, server, link = office
    a_dir, b_dir = a.data_dir, b.data_dir
    a.close()
    b.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    sharer = subprocess.Popen([sys.executable, "-m", "companion", "--data-dir", str(a_dir), "share", "--port", "0",
                               "--address", "127.0.0.1", "--no-announce"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = sharer.stdout.readline()
        assert "Sharing 5 verified lecture files" in line, (line, sharer.stderr.read() if sharer.poll() else "")
        port = int(re.search(r"port (\d+)", line).group(1))
        assert main(["--data-dir", str(b_dir), "download", "--peer", "127.0.0.1:nope"]) == 2
        assert main(["--data-dir", str(b_dir), "download", "--peer", f"127.0.0.1:{port}"]) == 0
    finally:
        sharer.send_signal(signal.SIGINT)
        out, err = sharer.communicate(timeout=20)
    assert sharer.returncode == 0 and "Stopped sharing" in out, err
    from companion.app import build_app

    again = build_app(b_dir)
    try:
        assert {r.source for r in again.downloads.states(COURSE).values()} == {socket.gethostname().split(".")[0]}
    finally:
        again.close()


def test_a_peer_that_drops_mid_file_is_resumed_by_the_portal(office):
    """A's link breaks a third of the way into the video: B keeps those bytes and the portal sends
    only the rest (a Range without If-Range, the part being from another source; sha256 checks all)."""
    a, b, server, link = office
    video = max(b.downloads.pending(COURSE), key=lambda r: r.size)
    for other in b.downloads.pending(COURSE):
        if other.material_id != video.material_id:
            b.downloads.remove(COURSE, other.material_id, other.variant)  # the video alone
    cut = FaultProxy(server.port)
    cut.mode, cut.cut_after = "cut_after", video.size // 3  # per connection
    try:
        b.downloads.peers = lambda: [Peer("office", "127.0.0.1", cut.port)]
        before = link.downstream_bytes
        report = b.downloads.run()
    finally:
        cut.close()
    assert report.done == 1 and report.failed == 0
    record = b.downloads.states(COURSE)[(video.material_id, video.variant)]
    assert record.state == DONE and record.source == PORTAL
    assert _sha(b.downloads.offline_file(COURSE, video.material_id)) == video.sha256
    assert server.requests >= 2  # the index, then the file from A
    carried = link.downstream_bytes - before
    assert carried < video.size * 3 // 4  # the portal did not send the first part again
