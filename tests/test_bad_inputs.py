"""Issue 15 part 5: the app against bad files, bad arguments and a lying or broken server.

Every case is refused with one sentence naming the fault (through ``companion.ui.words``), with a
non-zero exit on the command line and no traceback, and the participant's draft and outbox are
intact afterwards. The servers here are tiny stdlib ``http.server``s on 127.0.0.1 that misbehave
on purpose; none of them ever sees the portal's token.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from companion import cli
from companion.app import build_app
from companion.domain.errors import CompanionError
from companion.portal.client import PortalClient, PortalError
from companion.ui import words

from .conftest import SAMPLE

COURSE = "caring-cities-2023"
DRAFT = "My essay draft: lessons for my city."
PLAN = "Plan: one caring street per district."


# ---- the participant's work, seeded before each bad input and checked after it ----
def seed(data_dir: Path, clock) -> str:
    app = build_app(data_dir, clock=clock)
    try:
        app.assignments.save_draft(COURSE, "essay", {"text": DRAFT})
        app.assignments.save_draft(COURSE, "action-plan", {"text": PLAN})
        photo = data_dir.parent / "kept-selfie.jpg"
        Image.effect_noise((640, 480), 40).convert("RGB").save(photo, "JPEG")
        app.assignments.add_photo(COURSE, "selfies", photo)
        return app.assignments.submit(COURSE, "action-plan").id
    finally:
        app.close()


def assert_work_intact(data_dir: Path, clock, record_id: str) -> None:
    app = build_app(data_dir, clock=clock)
    try:
        assert app.assignments.draft(COURSE, "essay").body.get("text") == DRAFT
        selfies = app.assignments.draft(COURSE, "selfies").files
        assert [f.filename for f in selfies] == ["kept-selfie.jpg"]
        assert app.assignments.file_path(selfies[0]).is_file()
        items = {item.id: item for item in app.outbox.items(COURSE)}
        assert record_id in items and items[record_id].body.get("text") == PLAN
    finally:
        app.close()


@pytest.fixture
def work(data_dir, clock):
    record_id = seed(data_dir, clock)
    yield data_dir
    assert_work_intact(data_dir, clock, record_id)


def run_cli(data_dir: Path, *args: str, capsys) -> tuple[int, str]:
    try:
        code = cli.main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:  # argparse refuses an argument before the app opens
        code = exc.code
    out = capsys.readouterr()
    return code, out.err


def one_sentence(err: str) -> str:
    assert "Traceback" not in err and "unexpected error" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("companion: "), err
    return lines[0]


# ---- course packages through `companion courses add` ----
def _json_edit(edit):
    def apply(package: Path) -> None:
        path = package / "course.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    return apply


def _truncate(package: Path) -> None:
    path = package / "course.json"
    path.write_bytes(path.read_bytes()[:500])


def _binary(package: Path) -> None:
    (package / "course.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


def _empty(package: Path) -> None:
    (package / "course.json").write_bytes(b"")


def _not_object(package: Path) -> None:
    (package / "course.json").write_text("[1, 2, 3]", encoding="utf-8")


def _drop_notes(package: Path) -> None:
    shutil.rmtree(package / "notes")


def _first_single(data):
    for quiz in data["quizzes"]:
        for q in quiz["questions"]:
            if q.get("type") == "single_choice":
                return q
    raise AssertionError("no single-choice question")


def _answer_not_option(data):
    q = _first_single(data)
    q["options"] = ["A", "B"]


PACKAGES = {
    "truncated JSON": (_truncate, "course.json"),
    "binary instead of JSON": (_binary, "course.json"),
    "empty course.json": (_empty, "course.json"),
    "JSON that is not an object": (_not_object, "course.json"),
    "no title": (_json_edit(lambda d: d.pop("title")), "title"),
    "title is a number": (_json_edit(lambda d: d.update(title=42)), "title"),
    "unknown format": (_json_edit(lambda d: d.update(format="companion-course/99")), "format"),
    "unknown course time zone": (_json_edit(lambda d: d.update(time_zone="Mars/Olympus")), "Mars/Olympus"),
    "bad start date": (_json_edit(lambda d: d.update(starts_on="2023-13-45")), "starts_on"),
    "answer key not among the options": (_json_edit(_answer_not_option), "option"),
    "notes folder missing": (_drop_notes, "notes"),
}


@pytest.mark.parametrize("name", list(PACKAGES))
def test_a_bad_course_package_is_refused_by_name(name, work, sample_copy, capsys):
    breaker, named = PACKAGES[name]
    breaker(sample_copy)
    code, err = run_cli(work, "courses", "add", str(sample_copy), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named.lower() in line.lower(), line


def test_html_in_a_title_is_kept_as_plain_text_never_markup(work, sample_copy, capsys, clock):
    """Not a refusal: a title is text; it is kept literally (the UI shows it as plain text)."""
    title = "<b>Caring</b> <script>alert(1)</script>"
    _json_edit(lambda d: d.update(title=title, version=d["version"] + 1 if isinstance(d["version"], int) else d["version"]))(sample_copy)
    code, _ = run_cli(work, "courses", "add", str(sample_copy), capsys=capsys)
    app = build_app(work, clock=clock)
    try:
        assert code == cli.EXIT_OK and app.library.course(COURSE).title == title
    finally:
        app.close()


# ---- command-line arguments ----
ARGUMENTS = {
    "unknown time zone for status": (("status", "--tz", "Mars/Olympus"), "Mars/Olympus"),
    "unknown time zone for schedule": (("schedule", "--tz", "Europe/Atlantis"), "Europe/Atlantis"),
    "unknown course": (("status", "--course", "no-such-course"), "no-such-course"),
    "unknown assignment": (("submit", "no-such-work", "--course", COURSE), "no-such-work"),
    "http portal off loopback": (("login", "--portal", "http://portal.example.org", "--login", "ana",
                                  "--password-stdin"), "http"),
    "portal address that is not a URL": (("login", "--portal", "not a url", "--login", "ana", "--password-stdin"),
                                         "not a url"),
    "missing essay file for submit": (("submit", "essay", "--text-file", "/nonexistent/essay.txt"), "essay.txt"),
    "missing photo for submit": (("submit", "selfies", "--file", "/nonexistent/me.jpg"), "me.jpg"),
    "missing survey answers file": (("submit", "survey", "--answers-file", "/nonexistent/answers.json"),
                                    "answers.json"),
    "unknown material to download": (("download", "no-such-material"), "no-such-material"),
    "unknown session to attend": (("attend", "no-such-session"), "no-such-session"),
    "negative search limit": (("search", "city", "--limit", "-5"), "-5"),
    "negative bandwidth cap": (("download", "--limit-kbit", "-100"), "-100"),
}


@pytest.mark.parametrize("name", list(ARGUMENTS))
def test_a_bad_argument_is_one_sentence_and_a_non_zero_exit(name, work, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO("secret-pw\n"))
    args, named = ARGUMENTS[name]
    code, err = run_cli(work, *args, capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named.lower() in line.lower(), line


# ---- photos and essays handed to `companion submit` ----
def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.write(b"\xff\xd8\xff\xe0")
        f.truncate(61_000_000)  # sparse: larger than any photo Companion takes


def _truncated_jpeg(path: Path) -> None:
    Image.effect_noise((800, 600), 40).convert("RGB").save(path, "JPEG")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _bomb(path: Path) -> None:
    Image.new("1", (20_000, 20_000)).save(path, "PNG")  # a few kB that would be 400 million pixels


def _not_image(path: Path) -> None:
    path.write_text("Dear diary, this is not a photo.", encoding="utf-8")


def _zero(path: Path) -> None:
    path.write_bytes(b"")


PHOTOS = {
    "huge file": (_huge, "too large"),
    "truncated JPEG": (_truncated_jpeg, "not a picture"),
    "decompression bomb": (_bomb, "not a picture"),
    "text file named .jpg": (_not_image, "not a picture"),
    "zero-byte file": (_zero, "not a picture"),
}


@pytest.mark.parametrize("name", list(PHOTOS))
def test_a_bad_photo_is_refused_by_name_and_the_draft_keeps_its_photos(name, work, tmp_path, capsys):
    make, named = PHOTOS[name]
    bad = tmp_path / "holiday.jpg"
    make(bad)
    code, err = run_cli(work, "submit", "selfies", "--file", str(bad), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert "holiday.jpg" in line and named in line, line


def _essay_binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\xff\xfe\x89PNG" * 100)


def _essay_huge(path: Path) -> None:
    path.write_text("city " * 700, encoding="utf-8")  # the essay's limit is 600 words


def _essay_empty(path: Path) -> None:
    path.write_text("  \n\t\n", encoding="utf-8")


ESSAYS = {
    "binary content": (_essay_binary, "UTF-8"),
    "over the word limit": (_essay_huge, "700 words; the limit is 600"),
    "empty": (_essay_empty, "empty"),
}


@pytest.mark.parametrize("name", list(ESSAYS))
def test_a_bad_essay_is_refused_by_name_and_the_draft_is_not_overwritten(name, work, tmp_path, capsys):
    make, named = ESSAYS[name]
    bad = tmp_path / "essay.txt"
    make(bad)
    code, err = run_cli(work, "submit", "essay", "--text-file", str(bad), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named in line, line


# ---- a lying or broken server ----
class Liar(BaseHTTPRequestHandler):
    """Answers every request the way ``server.behaviour`` says; records the headers it saw."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _answer(self) -> None:
        self.server.seen.append(dict(self.headers))
        behaviour = self.server.behaviour
        if behaviour == "silent":
            self.server.release.wait(30)  # accept, read the request, never answer
            return
        status, headers, body = behaviour(self)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if int(headers.get("Content-Length", len(body))) > len(body):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture
def liar():
    servers = []

    def start(behaviour):
        server = ThreadingHTTPServer(("127.0.0.1", 0), Liar)
        server.daemon_threads = True
        server.handle_error = lambda *_: None  # a client that hangs up on a bomb is not the server's news
        server.behaviour, server.seen, server.release = behaviour, [], threading.Event()
        server.url = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.release.set()
        server.shutdown()
        server.server_close()


def _json_body(data) -> bytes:
    return json.dumps(data).encode()


def short_body(_h):
    return 200, {"Content-Type": "application/json", "Content-Length": "100000"}, b'[{"id": "caring'


_BOMB: list[bytes] = []


def gzip_bomb(_h):
    if not _BOMB:  # 200 MB of JSON whitespace in ~200 kB, made in parts
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        spaces = b" " * 1_000_000
        parts = [packer.compress(b"[")] + [packer.compress(spaces) for _ in range(200)]
        _BOMB.append(b"".join(parts) + packer.compress(b"]") + packer.flush())
    return 200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, _BOMB[0]


def captive_portal(_h):
    return 200, {"Content-Type": "text/html"}, b"<html><body><h1>Welcome to Airport Wi-Fi</h1>Sign in</body></html>"


def error_page(_h):
    return 500, {"Content-Type": "text/html"}, b"<html>Internal Server Error</html>"


def plain_text_401(_h):
    return 401, {"Content-Type": "text/plain"}, b"go away"


def no_token(_h):
    return 200, {"Content-Type": "application/json"}, _json_body({"participant": {"name": "Ana"}})


def not_an_object(_h):
    return 200, {"Content-Type": "application/json"}, _json_body(["token", "abc"])


def redirect_loop(h):
    return 302, {"Location": h.path + "x" if h else "/"}, b""


SERVERS = {
    "redirects without end": (redirect_loop, "courses", "kept failing"),
    "Content-Length larger than the body": (short_body, "courses", "cannot be reached"),
    "gzip bomb on a JSON answer": (gzip_bomb, "courses", "too large"),
    "captive portal's HTML instead of JSON": (captive_portal, "courses", "web page instead of data"),
    "500 with a non-JSON body": (error_page, "courses", "error 500"),
    "401 with a plain-text body": (plain_text_401, "courses", "Sign in again"),
    "never answers": ("silent", "courses", "cannot be reached"),
    "sign-in answer without a token": (no_token, "sign_in", "did not contain what was asked for (token)"),
    "sign-in answer that is not an object": (not_an_object, "sign_in", "did not contain what was asked for (token)"),
}


@pytest.mark.parametrize("name", list(SERVERS))
def test_a_lying_server_is_named_in_one_sentence(name, liar):
    behaviour, call, named = SERVERS[name]
    if callable(behaviour):
        behaviour(None)  # a costly answer (the bomb) is made before the clock of the short timeout runs
    server = liar(behaviour)
    client = PortalClient(server.url, "tok-123", timeout=(1.0, 1.0), retries=0)
    with pytest.raises(PortalError) as caught:
        if call == "sign_in":
            client.sign_in("ana", "secret-pw")
        else:
            client.courses()
    said = words.error(caught.value)
    assert named in said, said
    assert "Something went wrong" not in said and "\n" not in said


def test_a_redirect_to_another_origin_never_carries_the_token(liar):
    other = liar(lambda h: (200, {"Content-Type": "application/json"}, b"[]"))
    portal = liar(lambda h: (302, {"Location": f"{other.url}/api/v1/courses"}, b""))
    client = PortalClient(portal.url, "tok-123", timeout=(2.0, 2.0), retries=0)
    client.courses()
    assert portal.seen[0].get("Authorization") == "Bearer tok-123"
    assert other.seen and all("Authorization" not in h for h in other.seen), other.seen


# ---- a damaged database, an unusable data folder ----
def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


def _cut_in_half(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:4096] + b"\x00" * 100)


def _text(db: Path) -> None:
    db.write_text("these are not the tables you are looking for\n" * 50, encoding="utf-8")


DAMAGE = {"random bytes": _garbage, "header kept, rest cut": _cut_in_half, "a text file": _text}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_a_damaged_database_is_named_and_never_overwritten(name, data_dir, clock, capsys):
    seed(data_dir, clock)
    db = data_dir / "companion.sqlite3"
    DAMAGE[name](db)
    before = db.read_bytes()
    code, err = run_cli(data_dir, "status", capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR and "cannot open its data" in line and str(db) in line, line
    with pytest.raises(CompanionError) as caught:
        build_app(data_dir, clock=clock)
    assert "cannot open its data" in words.error(caught.value)
    assert db.read_bytes() == before  # nothing overwritten: the participant can still take it to be rescued


def test_a_data_folder_that_is_a_file_is_named(tmp_path, clock, capsys):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    code, err = run_cli(blocked, "status", capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR and str(blocked) in line and "cannot open its data" in line, line
    assert blocked.read_text(encoding="utf-8") == "a file where the data folder should be"


# Root writes through permission bits (CAP_DAC_OVERRIDE). As root the CLI step runs in a child
# process whose capability bounding set lacks the overrides (setpriv, util-linux): still root, but
# bound by the bits like anyone else. Mount-free and user-free (a dropped-to user could not even
# reach this interpreter, which may live under root's home).
NO_OVERRIDES = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable", "--"]


def _read_only_cli(data_dir: Path, *args: str) -> tuple[int, str]:
    """The CLI step run where the folder is read-only to it: in this process when the tests do not
    run as root, else in a child without root's overrides. Skips, saying why, where neither works."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        try:
            code = cli.main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:
            code = exc.code
        return code, ""
    if shutil.which("setpriv") is None:
        pytest.skip("running as root, and setpriv (util-linux) is missing to drop root's right to write "
                    "through a read-only folder")
    probe = subprocess.run([*NO_OVERRIDES, sys.executable, "-c", "import sys, tempfile; "
                            "tempfile.TemporaryFile(dir=sys.argv[1]).close()", str(data_dir)],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode == 0 or "Permission denied" not in probe.stderr:
        pytest.skip("running as root, and this machine does not let setpriv drop root's right to write through "
                    f"a read-only folder (no CAP_SETPCAP?): {probe.stderr.strip()[-200:]}")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([*NO_OVERRIDES, sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=dict(env, LANGUAGE="en"),
                          cwd=Path(__file__).resolve().parent.parent)  # this checkout's companion
    return done.returncode, done.stderr


def test_a_read_only_data_folder_is_named_and_nothing_is_lost(data_dir, clock, capsys):
    record_id = seed(data_dir, clock)
    db = data_dir / "companion.sqlite3"
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    for path in (db, data_dir):
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        code, err = _read_only_cli(data_dir, "status")
        line = one_sentence(err or capsys.readouterr().err)
        assert code == cli.EXIT_ERROR and "cannot open its data" in line and str(data_dir) in line, line
        assert db.read_bytes() == before[db.name]
        assert {p.name for p in data_dir.iterdir() if p.is_file()} == set(before)  # nothing made, nothing removed
    finally:
        data_dir.chmod(0o700)
        db.chmod(0o600)
    assert_work_intact(data_dir, clock, record_id)


SYNC_AGAINST = {
    "captive portal's HTML": (captive_portal, "web page instead of data"),
    "gzip bomb": (gzip_bomb, "too large"),
    "Content-Length larger than the body": (short_body, "cannot be reached"),
    "500 with an HTML page": (error_page, "error 500"),
}


@pytest.mark.parametrize("name", list(SYNC_AGAINST))
def test_companion_sync_against_a_lying_server_keeps_the_outbox(name, work, clock, liar, capsys):
    from companion.credentials import Credentials
    from companion.services.settings import PORTAL_LOGIN, PORTAL_URL, Settings

    behaviour, named = SYNC_AGAINST[name]
    behaviour(None)
    server = liar(behaviour)
    app = build_app(work, clock=clock)
    try:
        Settings(app.store).set(PORTAL_URL, server.url)
        Settings(app.store).set(PORTAL_LOGIN, "ana")
        Credentials().set_token(server.url, "ana", "tok-123")
    finally:
        app.close()
    code = cli.main(["--data-dir", str(work), "sync"])
    out = capsys.readouterr()
    assert code != cli.EXIT_OK and "Traceback" not in out.err + out.out
    assert named in out.out + out.err, (out.out, out.err)
    assert server.seen and all(h.get("Authorization") in (None, "Bearer tok-123") for h in server.seen)


def test_the_window_names_a_damaged_database_in_the_participants_words(qtbot, data_dir, clock):
    from PySide6 import QtWidgets

    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    seed(data_dir, clock)
    db = data_dir / "companion.sqlite3"
    _garbage(db)
    before = db.read_bytes()
    runner = TaskRunner()
    win = MainWindow(runner)
    win.quiet_errors = True
    qtbot.addWidget(win)
    runner.run(lambda: open_app(data_dir, clock), win.attach, win.failed_to_open)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    texts = " ".join(w.text() for w in win.centralWidget().findChildren(QtWidgets.QLabel))
    assert "cannot open its data" in texts and str(db) in texts and "Nothing was changed" in texts, texts
    assert db.read_bytes() == before
