"""Materials on any file server: URLs resolved by RFC 3986, a plain nginx serving the files (resumed
after a break, verified), and the portal's token sent to the portal's own origin only."""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests

from companion.domain.urls import origin, resolve, same_origin
from companion.portal.client import PortalClient, PortalSession
from companion.portal.transfer import open_transfer
from companion.sync.downloads import DONE
from companion_portal.testing import FaultProxy, running_portal

from .conftest import SAMPLE

COURSE = "caring-cities-2023"

# RFC 3986 section 5.4: every example, resolved against http://a/b/c/d;p?q
BASE = "http://a/b/c/d;p?q"
NORMAL = {"g:h": "g:h", "g": "http://a/b/c/g", "./g": "http://a/b/c/g", "g/": "http://a/b/c/g/", "/g": "http://a/g",
          "//g": "http://g", "?y": "http://a/b/c/d;p?y", "g?y": "http://a/b/c/g?y", "#s": "http://a/b/c/d;p?q#s",
          "g#s": "http://a/b/c/g#s", "g?y#s": "http://a/b/c/g?y#s", ";x": "http://a/b/c/;x",
          "g;x": "http://a/b/c/g;x", "g;x?y#s": "http://a/b/c/g;x?y#s", "": "http://a/b/c/d;p?q", ".": "http://a/b/c/",
          "./": "http://a/b/c/", "..": "http://a/b/", "../": "http://a/b/", "../g": "http://a/b/g", "../..": "http://a/",
          "../../": "http://a/", "../../g": "http://a/g"}
ABNORMAL = {"../../../g": "http://a/g", "../../../../g": "http://a/g", "/./g": "http://a/g", "/../g": "http://a/g",
            "g.": "http://a/b/c/g.", ".g": "http://a/b/c/.g", "g..": "http://a/b/c/g..", "..g": "http://a/b/c/..g",
            "./../g": "http://a/b/g", "./g/.": "http://a/b/c/g/", "g/./h": "http://a/b/c/g/h",
            "g/../h": "http://a/b/c/h", "g;x=1/./y": "http://a/b/c/g;x=1/y", "g;x=1/../y": "http://a/b/c/y",
            "g?y/./x": "http://a/b/c/g?y/./x", "g?y/../x": "http://a/b/c/g?y/../x", "g#s/./x": "http://a/b/c/g#s/./x",
            "g#s/../x": "http://a/b/c/g#s/../x",
            "http:g": "http://a/b/c/g"}  # the RFC's result "for backward compatibility" (5.4.2)


@pytest.mark.parametrize("reference, expected", sorted({**NORMAL, **ABNORMAL}.items()))
def test_rfc3986_section_5_4_examples(reference, expected):
    assert resolve(BASE, reference) == expected


def test_material_urls_resolve_against_the_manifest():
    client = PortalClient("https://portal.example.org/school")
    manifest = "https://portal.example.org/school/api/v1/courses/c1/manifest"
    assert client.manifest_url("c1") == manifest
    assert client.material_url("c1", "materials/m/original") == \
        "https://portal.example.org/school/api/v1/courses/c1/materials/m/original"
    assert client.material_url("c1", "../../../../files/v.mp4") == "https://portal.example.org/school/files/v.mp4"
    assert client.material_url("c1", "/files/v.mp4") == "https://portal.example.org/files/v.mp4"
    assert client.material_url("c1", "//cdn.example.net/v.mp4") == "https://cdn.example.net/v.mp4"
    assert client.material_url("c1", "http://cdn.example.net/v.mp4") == "http://cdn.example.net/v.mp4"


def test_origins():
    assert origin("HTTP://Portal.Example.org/x") == ("http", "portal.example.org", 80)
    assert same_origin("https://p.example.org/a", "https://p.example.org:443/b")
    assert not same_origin("https://p.example.org", "http://p.example.org")  # scheme
    assert not same_origin("https://p.example.org", "https://p.example.org:8443")  # port
    assert not same_origin("https://p.example.org", "https://p.example.org.evil.net")  # host
    assert not same_origin("https://p.example.org", "https://cdn.p.example.org")
    assert not same_origin("/relative", "/relative") and origin("http://[::1") is None


def test_a_redirect_to_https_on_the_same_host_loses_the_token_too():
    """requests keeps Authorization on an http → https move of the same host; our session does not."""
    response = requests.Response()
    response.request = requests.Request("GET", "http://portal.example.org/api/v1/x").prepare()
    for session, kept in ((requests.Session(), True), (PortalSession(), False)):
        moved = requests.Request("GET", "https://portal.example.org/api/v1/x",
                                 headers={"Authorization": "Bearer t"}).prepare()
        session.trust_env = False
        session.rebuild_auth(moved, response)
        assert ("Authorization" in moved.headers) is kept
    same = requests.Request("GET", "http://portal.example.org/api/v1/y", headers={"Authorization": "Bearer t"}).prepare()
    PortalSession().rebuild_auth(same, response)
    assert same.headers["Authorization"] == "Bearer t"


# ---- a recording server: who sent which Authorization header ----
class Recorder(http.server.ThreadingHTTPServer):
    def __init__(self, routes):
        self.routes = routes  # path -> ("redirect", url) | ("body", bytes)
        self.seen: list[tuple[str, str | None]] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.server.seen.append((self.path, self.headers.get("Authorization")))
        kind, value = self.server.routes.get(self.path, ("missing", b""))
        if kind == "redirect":
            self.send_response(302)
            self.send_header("Location", value)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif kind == "body":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(value)))
            self.end_headers()
            self.wfile.write(value)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


def fetch(client, url) -> bytes:
    transfer = open_transfer(client, url)
    try:
        return b"".join(transfer.chunks())
    finally:
        transfer.close()


def test_the_token_goes_to_the_portal_origin_only_never_after_a_redirect():
    body = b"lecture bytes" * 100
    files = Recorder({"/files/v.bin": ("body", body)})  # another origin: another port of 127.0.0.1
    portal = Recorder({})
    portal.routes.update({
        "/api/v1/courses/c1/materials/m/original": ("redirect", f"{files.url}/files/v.bin"),
        "/api/v1/courses/c1/materials/m/moved": ("redirect", "/api/v1/courses/c1/materials/m/here"),
        "/api/v1/courses/c1/materials/m/here": ("body", body)})
    try:
        client = PortalClient(portal.url, "secret-token", retries=0)
        assert fetch(client, client.material_url("c1", "materials/m/original")) == body  # relative, then redirected
        assert fetch(client, client.material_url("c1", "materials/m/moved")) == body  # a redirect at home
        assert fetch(client, client.material_url("c1", f"{files.url}/files/v.bin")) == body  # absolute elsewhere
        assert fetch(client, client.material_url("c1", f"//127.0.0.1:{files.server_address[1]}/files/v.bin")) == body
        assert portal.seen == [("/api/v1/courses/c1/materials/m/original", "Bearer secret-token"),
                               ("/api/v1/courses/c1/materials/m/moved", "Bearer secret-token"),
                               ("/api/v1/courses/c1/materials/m/here", "Bearer secret-token")]
        assert files.seen == [("/files/v.bin", None)] * 3
    finally:
        for server in (files, portal):
            server.shutdown()
            server.server_close()


# ---- nginx, started by the test ----
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    def __init__(self, folder: Path, root: Path):
        binary = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
                                                if Path(p).exists()), None)
        if binary is None:
            pytest.skip("nginx is not installed (Debian: apt-get install nginx-light; `make test` installs it)")
        self.folder, self.root, self.port = folder, root, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "access.log"
        temp = "\n".join(f"  {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi",
                                                                             "uwsgi", "scgi"))
        # one process in the foreground, every path in tmp_path: runs as root or not, no system files touched
        (folder / "nginx.conf").write_text(f"""
daemon off;
master_process off;
worker_processes 1;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} warn;
events {{ worker_connections 64; }}
http {{
  log_format record '$request_method $uri $status range="$http_range" authorization="$http_authorization"';
  access_log {self.log} record;
{temp}
  types {{ video/x-msvideo avi; application/pdf pdf; }}
  default_type application/octet-stream;
  server {{
    listen 127.0.0.1:{self.port};
    root {root};
  }}
}}
""", encoding="utf-8")
        self.process = subprocess.Popen([binary, "-p", str(folder), "-c", str(folder / "nginx.conf"),
                                         "-e", str(folder / "error.log")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"nginx did not start: {(folder / 'error.log').read_text(errors='replace')}"
                                       if (folder / "error.log").exists() else "nginx did not start")
                time.sleep(0.05)

    def lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self.process.stderr:
            self.process.stderr.close()


@pytest.fixture
def nginx(tmp_path):
    root = tmp_path / "www"
    (root / "files").mkdir(parents=True)
    (tmp_path / "nginx").mkdir()
    server = Nginx(tmp_path / "nginx", root)
    yield server
    server.stop()


def facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


@pytest.mark.integration
def test_materials_on_nginx_resume_after_a_break_and_never_see_the_token(app, nginx, media_package, tmp_path,
                                                                        clock):
    video, slides = media_package / "media" / "lecture-1-welcome-original.avi", media_package / "media" / \
        "lecture-1-slides.pdf"
    shutil.copy(video, nginx.root / "files" / "welcome.avi")
    shutil.copy(slides, nginx.root / "files" / "slides.pdf")
    proxy = FaultProxy(nginx.port)  # the link to the file server, which the test can cut
    package = tmp_path / "package"
    shutil.copytree(SAMPLE, package)
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    data["lectures"][0]["materials"] += [
        {"id": "cdn-video", "title": "Welcome video from the file server", "kind": "video",
         "variants": [{"name": "original", "mime": "video/x-msvideo", "url": f"{proxy.url}/files/welcome.avi",
                       **facts(video)}]},
        {"id": "cdn-slides", "title": "Slides from the file server", "kind": "pdf",  # a network-path reference
         "variants": [{"name": "original", "mime": "application/pdf",
                       "url": f"//127.0.0.1:{nginx.port}/files/slides.pdf", **facts(slides)}]}]
    (package / "course.json").write_text(json.dumps(data), encoding="utf-8")
    try:
        with running_portal(tmp_path / "portal", course=package, users={"ana": "secret-pw"}, clock=clock.now) as portal:
            app.sync.sign_in(portal.url, "ana", "secret-pw")
            app.sync.run()
            assert app.downloads.enqueue(COURSE, ["cdn-video", "cdn-slides"])
            size = video.stat().st_size
            proxy.mode, proxy.cut_after = "cut_after", size // 3
            first = app.downloads.run()
            assert first.unreachable and not first.failed  # the link broke: kept for later
            part = app.downloads.states(COURSE)[("cdn-video", "original")]
            offset = app.downloads.part_bytes(part)  # what arrived before the break: the resume offset
            assert part.state != DONE and 0 < offset < size
            proxy.mode = "pass"
            second = app.downloads.run()
            assert second.failed == 0 and second.done >= 1
            course = app.library.course(COURSE)
            for material_id, source in (("cdn-video", video), ("cdn-slides", slides)):
                material = next(m for _l, m in course.materials() if m.id == material_id)
                path = app.library.material_file(COURSE, material)
                assert path is not None and path.read_bytes() == source.read_bytes()
                assert app.downloads.states(COURSE)[(material_id, "original")].state == DONE
    finally:
        proxy.close()
    log = nginx.lines()
    video_requests = [line for line in log if "/files/welcome.avi" in line]
    assert any(line.startswith("GET /files/welcome.avi 200") for line in video_requests)
    resumed = [line for line in video_requests if " 206 " in line]
    assert len(resumed) == 1 and f'range="bytes={offset}-"' in resumed[0]
    assert any(line.startswith("GET /files/slides.pdf 200") for line in log)
    assert log and all('authorization="-"' in line for line in log), log  # the token never left the portal
