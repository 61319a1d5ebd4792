"""A peer is a guest, never trusted (issue 20, point 1), over real sockets on 127.0.0.1.

Bea's Companion downloads the course's video while a computer on the office network that claims to
share it lies in every way we could think of (a small stdlib server written here, not ours). Each
case asserts what Bea sees (the file verified and offline, where it came from, in plain text), that
nothing is lost or stuck (no part file left, no failed download, the run ends in bounded time) and
whether the peer is remembered as one not to ask again."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from companion.domain.sharing import INDEX_PATH, PORTAL, Peer
from companion.domain.untrusted import HUGE_NUMBER, TOO_DEEP, Untrusted, loads_bounded, plain_text
from companion.sync.downloads import DONE

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"


class LyingPeer(ThreadingHTTPServer):
    """A computer on the office network that answers as ``index`` and ``file`` say."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, item, index=None, file=None, name="BAD-LAPTOP"):
        super().__init__(("127.0.0.1", 0), _LyingHandler)
        self.item, self.name = item, name
        self.index = index or (lambda h: h.send_json({"name": name, "files": [item]}))
        self.file = file
        self.index_asked = self.file_asked = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def peer(self):
        return Peer("127.0.0.1", "127.0.0.1", self.server_address[1])

    def close(self):
        self.shutdown()
        self.server_close()


class _LyingHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LyingPeer

    def log_message(self, *args):
        pass

    def send_json(self, data, raw: bytes | None = None):
        body = raw if raw is not None else json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Companion-Peer", self.server.name.encode("latin-1", "replace").decode("latin-1"))
        self.end_headers()
        self.wfile.write(body)

    def head(self, status, length, extra=()):
        self.send_response(status)
        self.send_header("Content-Length", str(length))
        self.send_header("Content-Type", "video/x-msvideo")
        self.send_header("X-Companion-Peer", self.server.name.encode("latin-1", "replace").decode("latin-1"))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()

    def do_GET(self):  # noqa: N802
        try:
            if self.path == INDEX_PATH:
                self.server.index_asked += 1
                return self.server.index(self)
            self.server.file_asked += 1
            return self.server.file(self)
        except (BrokenPipeError, ConnectionResetError):
            return None


@pytest.fixture
def bea(tmp_path, clock, media_portal):
    """Bea's Companion signed in, the course's video queued; its true bytes and index entry."""
    from companion.app import build_app

    b = build_app(tmp_path / "b", clock=clock)
    b.sync.sign_in(media_portal.url, "ana", "secret-pw")
    b.sync.run()
    video = next(m for _l, m in b.library.course(COURSE).materials() if m.id == "lecture-1-welcome")
    b.downloads.enqueue(COURSE, [video.id], "original")
    record = next(iter(b.downloads.pending(COURSE)))
    true = (media_portal.package / next(v.path for v in video.variants if v.name == "original")).read_bytes()
    assert hashlib.sha256(true).hexdigest() == record.sha256
    entry = {"course": COURSE, "material": record.material_id, "variant": record.variant, "sha256": record.sha256,
             "size": record.size, "mime": record.mime}
    b.downloads.peer_grace_s = 1.0  # the minimum-rate rule starts sooner: the test stays short
    peers: list[LyingPeer] = []
    b.peers_made = peers
    yield b, record, true, entry
    for peer in peers:
        peer.close()
    b.close()


def _with_peer(b, entry, **answers) -> LyingPeer:
    peer = LyingPeer(entry, **answers)
    b.peers_made.append(peer)
    b.downloads.peers = lambda: [peer.peer()]
    return peer


def _run_and_check(b, record, true, *, source=PORTAL, within=30):
    """One run: the video ends verified and offline, from ``source``, with no part file left."""
    started = time.monotonic()
    report = b.downloads.run(COURSE)
    spent = time.monotonic() - started
    assert (report.done, report.failed) == (1, 0), report
    assert spent < within
    state = b.downloads.states(COURSE)[(record.material_id, record.variant)]
    assert state.state == DONE and state.source == source
    assert b.downloads.offline_file(COURSE, record.material_id).read_bytes() == true
    assert not list(b.downloads.folder.rglob("*.part"))
    return report, spent


def _video(h, body: bytes, status=200, length=None, extra=()):
    h.head(status, len(body) if length is None else length, extra)
    h.wfile.write(body)


# ---- the index ----
@pytest.mark.parametrize("raw", [
    b"[" * 100_000 + b"]" * 100_000,  # nested past any parser's recursion
    b'{"files": [{"course": "c", "size": ' + b"9" * 5000 + b"}]}",  # a number no int() takes
    b"{" + b" " * 2_500_000 + b"}",  # larger than any index needs
    b"\xff\xfe not utf-8 \x00",
    b'["files"]',
    b'{"files": {"course": 1}}',
    b"NaN",
])
def test_a_malformed_index_costs_only_its_offers(bea, raw):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, index=lambda h: h.send_json(None, raw))
    _run_and_check(b, record, true)
    assert peer.file_asked == 0


def test_an_index_entry_with_absurd_numbers_is_dropped(bea):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, index=lambda h: h.send_json({"files": [
        {**entry, "size": -1}, {**entry, "size": 10 ** 40}, {**entry, "material": "../../db"}]}))
    _run_and_check(b, record, true)
    assert peer.file_asked == 0


# ---- the file ----
def test_wrong_bytes_of_the_right_length_are_cut_and_the_peer_shunned(bea):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, file=lambda h: _video(h, b"x" * len(true)))
    _run_and_check(b, record, true)
    assert peer.file_asked == 1
    b.downloads.remove(COURSE, record.material_id, record.variant)  # a second run, within the penalty
    b.downloads.enqueue(COURSE, [record.material_id], "original")
    _run_and_check(b, record, true)
    assert (peer.index_asked, peer.file_asked) == (1, 1)  # not asked again


def test_a_content_length_that_lies_short(bea):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, file=lambda h: (_video(h, true[:1000], length=len(true)), h.connection.shutdown(2)))
    _run_and_check(b, record, true, source=PORTAL)
    assert peer.file_asked == 1


def test_a_body_that_never_ends(bea):
    b, record, true, entry = bea

    def endless(h):
        h.send_response(200)
        h.send_header("Content-Type", "video/x-msvideo")
        h.end_headers()  # no length: the body goes on for ever
        while True:
            h.wfile.write(b"\0" * 65536)

    _with_peer(b, entry, file=endless)
    _run_and_check(b, record, true)


def test_a_content_range_that_lies(bea):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: _video(h, true[5:], status=206,
                                               extra=[("Content-Range", f"bytes 0-{len(true) - 6}/{len(true)}")]))
    _run_and_check(b, record, true)


def test_a_content_range_with_a_huge_number(bea):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: _video(h, true, status=206,
                                               extra=[("Content-Range", "bytes 0-1/" + "9" * 5000)]))
    _run_and_check(b, record, true)


def test_one_byte_every_few_tenths_loses_to_the_portal_by_the_minimum_rate(bea):
    b, record, true, entry = bea

    def trickle(h):
        h.head(200, len(true))
        for byte in true:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(0.3)

    peer = _with_peer(b, entry, file=trickle)
    _report, spent = _run_and_check(b, record, true, within=10)
    assert peer.file_asked == 1 and spent < b.downloads.peer_grace_s + 5


def test_a_peer_that_sends_headers_and_then_nothing(bea):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: (h.head(200, len(true)), h.wfile.flush(), time.sleep(30)))
    _run_and_check(b, record, true, within=20)  # the read timeout (8 s), then the portal


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x", "http://[::1", "javascript:x"])
def test_a_redirect_to_another_scheme_or_a_malformed_url(bea, location):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: h.head(302, 0, [("Location", location)]))
    _run_and_check(b, record, true)


def test_a_peer_that_resets_the_connection(bea):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: h.connection.shutdown(2))
    _run_and_check(b, record, true)


def test_wrong_bytes_then_a_drop_the_portal_replaces_them_whole(bea):
    b, record, true, entry = bea
    _with_peer(b, entry, file=lambda h: (_video(h, b"y" * 300_000, length=len(true)), h.connection.shutdown(2)))
    _run_and_check(b, record, true)  # continued by the portal, did not match, fetched whole: never failed


def test_true_bytes_then_a_drop_are_continued_by_the_portal(bea, media_portal):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, file=lambda h: (_video(h, true[:600_000], length=len(true)), h.connection.shutdown(2)))
    _run_and_check(b, record, true)
    assert peer.file_asked == 1


def test_a_complete_part_is_checked_before_anyone_is_asked(bea):
    b, record, true, entry = bea
    peer = _with_peer(b, entry, file=lambda h: _video(h, true))
    final, part = b.downloads._paths(record)
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(true)
    b.store.upsert_download(COURSE, record.material_id, record.variant, b.clock.now(), source=PORTAL)
    _run_and_check(b, record, true)
    assert peer.file_asked == 0


def test_a_name_with_terminal_escapes_and_bidi_overrides_is_shown_as_plain_text(bea):
    b, record, true, entry = bea
    sly = "\x1b[2J\x1b]0;owned\x07ANA\u202eLAPTOP\u200b<b>x</b>\r\nSet-Me: 1"
    peer = LyingPeer(entry, file=lambda h: _video(h, true), name=sly)
    peer.index = lambda h: h.send_json({"name": sly, "files": [entry]})
    b.peers_made.append(peer)
    b.downloads.peers = lambda: [peer.peer()]
    report = b.downloads.run(COURSE)
    state = b.downloads.states(COURSE)[(record.material_id, record.variant)]
    assert report.done == 1 and state.state == DONE
    assert state.source == "[2J]0;ownedANALAPTOP<b>x</b> Set-Me: 1"
    assert not any(ord(c) < 32 or c in "\u202e\u200b" for c in state.source)


def test_a_peer_that_is_not_listening_costs_one_try(bea):
    b, record, true, entry = bea
    b.downloads.peers = lambda: [Peer("gone", "127.0.0.1", 9)]
    _run_and_check(b, record, true)


# ---- the shared checks (pure) ----
def test_the_checks_for_what_comes_from_outside():
    with pytest.raises(Untrusted) as deep:
        loads_bounded(b"[" * 65 + b"]" * 65, max_bytes=1000)
    assert deep.value.code == TOO_DEEP
    assert loads_bounded(b"[" * 64 + b"]" * 64, max_bytes=1000)
    with pytest.raises(Untrusted) as huge:
        loads_bounded(b'{"v": ' + b"1" * 31 + b"}", max_bytes=1000)
    assert huge.value.code == HUGE_NUMBER and len(huge.value.detail) <= 24
    assert loads_bounded('{"s": "[[[[\\"]]"}', max_bytes=100, max_depth=1) == {"s": '[[[["]]'}
    assert plain_text("a\u202eb\x1b[31mc\u2066d\ne", 80) == "ab[31mcd e"
    assert plain_text("x" * 500, 10) == "x" * 9 + "…"
