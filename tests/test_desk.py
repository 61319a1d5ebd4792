"""The organizer's desk (/desk) over real HTTP on 127.0.0.1: organizer accounts made by the command
line, sign-in throttled like participants', the session cookie's flags, CSRF on every form, security
headers, one organizer never seeing another's course, and participants' names shown as text."""

from __future__ import annotations

import io
import re

import pytest
import requests

from .conftest import SAMPLE
from .support.portal import Caller

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def server(tmp_path, clock, monkeypatch):
    from companion_portal.__main__ import main
    from companion_portal.testing import running_portal

    data = tmp_path / "portal"
    with running_portal(data, course=SAMPLE, users={"ana": "secret-pw"}, clock=clock.now) as running:
        running.app.state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid")
        # the organizer made as an administrator makes one: by the command line, on the same database
        monkeypatch.setattr("sys.stdin", io.StringIO("desk-password-1\n"))
        assert main(["organizer", "add", "kim", "--name", "Kim Organizer", "--course", COURSE,
                     "--password-stdin", "--data-dir", str(data)]) == 0
        running.app.state.add_organizer("lee", "desk-password-2", "Lee Other")  # runs no course
        yield running


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(url: str, login: str, password: str, browser: requests.Session | None = None) -> requests.Response:
    browser = browser or requests.Session()
    form = browser.get(url + "/desk/sign-in")
    return browser.post(url + "/desk/sign-in", data={"login": login, "password": password, "csrf": csrf_of(form.text)},
                        allow_redirects=False)


def signed_in(url: str, login: str, password: str) -> requests.Session:
    browser = requests.Session()
    assert sign_in(url, login, password, browser).status_code == 303
    return browser


def test_an_organizer_signs_in_sees_their_course_and_its_submissions_with_names_as_text(server):
    ana, ben = Caller(server.url, "ana", "secret-pw"), Caller(server.url, "ben", "other-pw")
    assert ana.submit(COURSE, "essay", "essay", {"text": "Care is a public service. " * 20}).status_code in (200, 201)
    assert ben.submit(COURSE, "essay", "essay", {"text": "Mine too. " * 40}).status_code in (200, 201)
    browser = requests.Session()
    assert browser.get(server.url + "/desk/", allow_redirects=False).status_code == 303  # not signed in yet
    answer = sign_in(server.url, "kim", "desk-password-1", browser)
    assert answer.status_code == 303 and answer.headers["location"] == "/desk/"
    home = browser.get(server.url + "/desk/")
    assert home.status_code == 200 and "Kim Organizer" in home.text and f'href="/desk/courses/{COURSE}"' in home.text
    page = browser.get(server.url + f"/desk/courses/{COURSE}")
    assert page.status_code == 200
    assert "One-page essay" in page.text and "2 delivered" in page.text and "(ana)" in page.text
    # a participant's name is hostile: shown as text, never as markup
    assert HOSTILE not in page.text and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    assert "<script" not in page.text and "<img" not in page.text


def test_the_session_cookie_is_httponly_strict_and_every_page_sends_the_security_headers(server):
    answer = sign_in(server.url, "kim", "desk-password-1")
    cookie = answer.headers["set-cookie"]
    assert "desk_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/desk" in cookie
    assert "Secure" not in cookie  # plain HTTP on 127.0.0.1; behind TLS (https scheme) it is Secure
    for path in ("/desk/sign-in", "/desk/"):
        headers = requests.get(server.url + path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]  # no script at all
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_a_form_without_its_csrf_token_changes_nothing(server):
    forged = requests.post(server.url + "/desk/sign-in", data={"login": "kim", "password": "desk-password-1",
                                                              "csrf": "guessed"}, allow_redirects=False)
    assert forged.status_code == 403 and "desk_session" not in forged.headers.get("set-cookie", "")
    browser = signed_in(server.url, "kim", "desk-password-1")
    refused = browser.post(server.url + "/desk/sign-out", data={"csrf": "guessed"}, allow_redirects=False)
    assert refused.status_code == 403
    assert browser.get(server.url + "/desk/", allow_redirects=False).status_code == 200  # still signed in
    token = csrf_of(browser.get(server.url + "/desk/").text)
    assert browser.post(server.url + "/desk/sign-out", data={"csrf": token}, allow_redirects=False).status_code == 303
    assert browser.get(server.url + "/desk/", allow_redirects=False).status_code == 303  # the session is gone


def test_an_organizer_never_sees_another_organizers_course(server):
    browser = signed_in(server.url, "lee", "desk-password-2")
    home = browser.get(server.url + "/desk/")
    assert COURSE not in home.text and "You run no course yet" in home.text
    theirs = browser.get(server.url + f"/desk/courses/{COURSE}")
    missing = browser.get(server.url + "/desk/courses/no-such-course")
    assert theirs.status_code == missing.status_code == 404 and "One-page essay" not in theirs.text


def test_organizers_and_participants_are_apart_and_sign_in_is_throttled(server, clock):
    # a participant's password opens no desk, an organizer's no participant token
    assert sign_in(server.url, "ana", "secret-pw").status_code == 401
    assert Caller(server.url).post("/session", json={"login": "kim", "password": "desk-password-1"}).status_code == 401
    statuses = [sign_in(server.url, "kim", "a wrong guess").status_code for _ in range(7)]
    assert statuses[0] == 401 and statuses[-1] == 429
    locked = sign_in(server.url, "kim", "desk-password-1")  # even the right password waits out the lock
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
    assert "Too many failed sign-ins" in locked.text


def test_the_desk_speaks_korean_and_spanish(server):
    ko = requests.get(server.url + "/desk/sign-in", headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5"})
    assert '<html lang="ko">' in ko.text and "로그인" in ko.text
    es = requests.get(server.url + "/desk/sign-in?lang=es", headers={"Accept-Language": "ko"})
    assert '<html lang="es">' in es.text and "Iniciar sesión" in es.text
    assert len(es.content) < 100_000


def test_the_progress_export_reads_in_a_csv_reader_and_no_cell_is_a_formula(server):
    import csv

    from companion.shared_kernel import load_package

    formula = '=HYPERLINK("http://127.0.0.1/steal","open me")'
    server.app.state.add_participant("-cmd", "third-pw", formula, "Asia/Seoul")
    eve = Caller(server.url, "-cmd", "third-pw")
    assert eve.submit(COURSE, "essay", "essay", {"text": "An essay of mine. " * 30}).status_code in (200, 201)
    session = load_package(SAMPLE).course.live_sessions[0].id
    server.app.state.record_attendance("ana", COURSE, session)
    browser = signed_in(server.url, "kim", "desk-password-1")
    answer = browser.get(server.url + f"/desk/courses/{COURSE}/progress.csv")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert f'filename="progress-{COURSE}.csv"' in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["login", "name"] and rows[0][-1] == "sessions_attended" and "essay" in rows[0]
    by_login = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_login["ana"]["sessions_attended"] == "1" and by_login["ana"]["essay"] == ""
    hostile = by_login["'-cmd"]  # the login kept, defused
    assert hostile["name"] == "'" + formula and hostile["essay"] in ("on_time", "late")
    assert not any(value.startswith(("=", "+", "-", "@")) for r in rows for value in r)
    # the export of a course this organizer does not run is refused like a missing one
    other = signed_in(server.url, "lee", "desk-password-2").get(server.url + f"/desk/courses/{COURSE}/progress.csv")
    assert other.status_code == 404 and "csv" not in other.headers["content-type"]
