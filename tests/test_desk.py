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
        running.app.state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid", [COURSE])
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
    assert "Secure" not in cookie  # plain HTTP on 127.0.0.1
    # behind a TLS-terminating proxy (uvicorn trusts 127.0.0.1's X-Forwarded-Proto by default): Secure
    behind = requests.Session()
    behind.headers["X-Forwarded-Proto"] = "https"
    form = behind.get(server.url + "/desk/sign-in")
    assert "Secure" in form.headers["set-cookie"]
    tls = behind.post(server.url + "/desk/sign-in", allow_redirects=False, cookies={"desk_form": csrf_of(form.text)},
                      data={"login": "kim", "password": "desk-password-1", "csrf": csrf_of(form.text)})
    assert tls.status_code == 303 and "Secure" in tls.headers["set-cookie"] and "HttpOnly" in tls.headers["set-cookie"]
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
    server.app.state.add_participant("-cmd", "third-pw", formula, "Asia/Seoul", [COURSE])
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


# Zoom's "Participants" export with "unique users" off (a row per join), as Zoom writes it
ZOOM_REPORT = """\ufeffMeeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,Caring Cities live session,07/04/2023 09:58:12 AM,07/04/2023 11:32:40 AM,host@example.org,95,5

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room
María López (María's iPad),maria@example.org,07/04/2023 09:59:01 AM,07/04/2023 10:39:00 AM,40,No,,No
Ana,,07/04/2023 10:00:00 AM,07/04/2023 11:30:00 AM,90,Yes,,No
María López,MARIA@example.org,07/04/2023 10:45:00 AM,07/04/2023 11:15:00 AM,30,No,,No
<b onmouseover=alert(1)>Guest</b>,,07/04/2023 10:00:00 AM,07/04/2023 11:30:00 AM,88,Yes,,No
Tomás Briefly,tomas@example.org,07/04/2023 10:00:00 AM,07/04/2023 10:10:00 AM,10,No,,No
"""


def test_a_zoom_report_is_matched_by_email_then_name_and_recorded_after_the_organizers_decision(server):
    from companion.shared_kernel import load_package

    server.app.state.add_participant("maria@example.org", "maria-pw", "María López", "Europe/Madrid", [COURSE])
    server.app.state.add_participant("tomas@example.org", "tomas-pw", "Tomás Ruiz", "Europe/Madrid", [COURSE])
    session = load_package(SAMPLE).course.live_sessions[0].id
    browser = signed_in(server.url, "kim", "desk-password-1")
    course_page = browser.get(server.url + f"/desk/courses/{COURSE}").text
    preview = browser.post(server.url + f"/desk/courses/{COURSE}/attendance/preview",
                           data={"csrf": csrf_of(course_page), "session_id": session, "minimum": "30"},
                           files={"report": ("participants_81234567890.csv", ZOOM_REPORT.encode("utf-8"), "text/csv")})
    assert preview.status_code == 200, preview.text
    html = preview.text
    checked = re.findall(r'name="present" value="([^"]+)"[^>]*checked', html)
    unchecked = re.findall(r'name="present" value="([^"]+)" id="p\d+">', html)
    assert len(checked) == 2 and len(unchecked) == 1  # María (40+30 by e-mail), Ana (by name); Tomás: 10 < 30
    assert "María López (maria@example.org)" in html and "below the minimum" in html
    assert "&lt;b onmouseover=alert(1)&gt;Guest&lt;/b&gt;" in html and "<b onmouseover" not in html  # unmatched, as text
    # an unknown login for the guest: nothing at all is recorded
    form = {"csrf": csrf_of(html), "session_id": session, "present": checked}
    refused = browser.post(server.url + f"/desk/courses/{COURSE}/attendance",
                           data={**form, "present_login": ["nobody-like-this"]}, allow_redirects=False)
    assert refused.status_code == 422 and "nobody-like-this" in refused.text
    assert Caller(server.url, "ana", "secret-pw").get(f"/courses/{COURSE}/progress").json()["attendance"][session] is False
    # the organizer decides the guest was ben
    done = browser.post(server.url + f"/desk/courses/{COURSE}/attendance",
                        data={**form, "present_login": ["ben"]}, allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?recorded=3")
    assert "3 attendances recorded." in browser.get(server.url + done.headers["location"]).text
    for login, password, expected in (("ana", "secret-pw", True), ("maria@example.org", "maria-pw", True),
                                      ("ben", "other-pw", True), ("tomas@example.org", "tomas-pw", False)):
        progress = Caller(server.url, login, password).get(f"/courses/{COURSE}/progress").json()
        assert progress["attendance"][session] is expected, login


def test_a_report_that_is_not_one_is_refused_with_its_reason(server):
    from companion.shared_kernel import load_package

    session = load_package(SAMPLE).course.live_sessions[0].id
    browser = signed_in(server.url, "kim", "desk-password-1")
    token = csrf_of(browser.get(server.url + "/desk/").text)
    for body, reason in ((b"Nom,Dur\xe9e\n\x81 latin-1 garbage", "not UTF-8"), (b"a,b\n1,2\n", "No participants table"),
                         (b"Name,Email\nAna,\n", "no duration column")):
        answer = browser.post(server.url + f"/desk/courses/{COURSE}/attendance/preview",
                              data={"csrf": token, "session_id": session, "minimum": "0"},
                              files={"report": ("r.csv", body, "text/csv")})
        assert answer.status_code == 422 and reason in answer.text
    other = signed_in(server.url, "lee", "desk-password-2")
    theirs = other.post(server.url + f"/desk/courses/{COURSE}/attendance",
                        data={"csrf": csrf_of(other.get(server.url + "/desk/").text), "session_id": session,
                              "present_login": ["ana"]}, allow_redirects=False)
    assert theirs.status_code == 404


def test_an_essay_and_photos_open_on_the_desk_as_text_and_images_only(server):
    import hashlib
    import uuid

    from companion.shared_kernel import load_package

    ben = Caller(server.url, "ben", "other-pw")
    essay = '</div><script>alert("essay")</script>\nSecond line & more'
    assert ben.submit(COURSE, "essay", "essay", {"text": essay + " word" * 200}).status_code in (200, 201)
    selfies = load_package(SAMPLE).course.assignment("selfies")
    sid = str(uuid.uuid4())
    files = []
    for i in range(max(selfies.min_files or 1, 1)):
        data = b"\xff\xd8\xff\xe0 not really a jpeg " + bytes([i]) * 100 + b"<script>alert(1)</script>"
        name = f'"><img src=x onerror=alert({i})>.jpg'
        sent = ben.upload(data, filename=name, mime="image/jpeg", submission_id=sid)
        assert sent.status_code == 204, sent.text
        files.append({"upload_url": sent.location, "sha256": hashlib.sha256(data).hexdigest(), "filename": name,
                      "mime": "image/jpeg", "size": len(data)})
    assert ben.submit(COURSE, "photos", "selfies", {}, files=files, submission_id=sid).status_code in (200, 201)
    browser = signed_in(server.url, "kim", "desk-password-1")
    course_page = browser.get(server.url + f"/desk/courses/{COURSE}").text
    links = re.findall(rf'href="/desk/courses/{COURSE}/submissions/([^"]+)"', course_page)
    assert sid in links and len(links) == 2
    pages = {link: browser.get(server.url + f"/desk/courses/{COURSE}/submissions/{link}") for link in links}
    essay_page = next(p.text for link, p in pages.items() if link != sid)
    assert "&lt;/div&gt;&lt;script&gt;alert(&#34;essay&#34;)&lt;/script&gt;\nSecond line &amp; more" in essay_page
    photos_page = pages[sid].text
    assert "<script" not in essay_page + photos_page and "onerror=alert(0)>" not in photos_page
    assert photos_page.count(f'<img src="/desk/courses/{COURSE}/submissions/{sid}/files/') == len(files)
    image = browser.get(server.url + f"/desk/courses/{COURSE}/submissions/{sid}/files/0")
    assert image.status_code == 200 and image.content.startswith(b"\xff\xd8")
    assert image.headers["content-type"] == "image/jpeg" and image.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in image.headers["content-security-policy"]
    disposition = image.headers["content-disposition"]
    assert disposition.startswith("inline") and "<" not in disposition and '"' not in disposition.split("filename=")[1][1:-1]
    # another organizer, or a file index that is not there: the same 404
    assert browser.get(server.url + f"/desk/courses/{COURSE}/submissions/{sid}/files/99").status_code == 404
    lee = signed_in(server.url, "lee", "desk-password-2")
    assert lee.get(server.url + f"/desk/courses/{COURSE}/submissions/{sid}").status_code == 404
    assert lee.get(server.url + f"/desk/courses/{COURSE}/submissions/{sid}/files/0").status_code == 404


def test_an_assignment_downloads_as_one_zip_with_safe_names(server):
    import hashlib
    import uuid
    import zipfile

    from companion.shared_kernel import load_package

    server.app.state.add_participant("../../etc/cron.d/x", "sly-pw", "Sly", "Asia/Seoul", [COURSE])
    sly, ben = Caller(server.url, "../../etc/cron.d/x", "sly-pw"), Caller(server.url, "ben", "other-pw")
    assert sly.submit(COURSE, "essay", "essay", {"text": "Sly's essay " * 60}).status_code in (200, 201)
    assert ben.submit(COURSE, "essay", "essay", {"text": "첫 번째 " * 60}).status_code in (200, 201)
    assert ben.submit(COURSE, "essay", "essay", {"text": "마지막 원고 " * 60}).status_code in (200, 201)  # the latest counts
    sid, files, sent_bytes = str(uuid.uuid4()), [], {}
    for i in range(max(load_package(SAMPLE).course.assignment("selfies").min_files or 1, 1)):
        data = bytes([i]) * 5000
        name = ["셀카 사진.jpg", "/abs/../../.evil.jpg", "..\\..\\win.jpg", ".hidden.jpg"][i % 4]
        sent = ben.upload(data, filename=name, mime="image/jpeg", submission_id=sid)
        files.append({"upload_url": sent.location, "sha256": hashlib.sha256(data).hexdigest(), "filename": name,
                      "mime": "image/jpeg", "size": len(data)})
        sent_bytes[i] = data
    assert ben.submit(COURSE, "photos", "selfies", {}, files=files, submission_id=sid).status_code in (200, 201)
    browser = signed_in(server.url, "kim", "desk-password-1")
    essays = browser.get(server.url + f"/desk/courses/{COURSE}/assignments/essay/download")
    assert essays.status_code == 200 and essays.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(essays.content)) as archive:  # the standard library's reader
        assert archive.testzip() is None
        names = archive.namelist()
        assert sorted(names) == ["_.._etc_cron.d_x/essay.txt", "ben/essay.txt"]  # one folder, not a path
        assert archive.read("ben/essay.txt").decode() == "마지막 원고 " * 60
    photos = browser.get(server.url + f"/desk/courses/{COURSE}/assignments/selfies/download")
    with zipfile.ZipFile(io.BytesIO(photos.content)) as archive:
        names = archive.namelist()
        assert len(names) == len(files)
        for name in names:
            folder, file = name.split("/")  # exactly one folder and a file: no path climbs out
            assert folder == "ben" and "\\" not in file and not file.startswith(".")
            assert not file.split("-", 1)[1].startswith(".")
        assert [archive.read(n) for n in sorted(names)] == [sent_bytes[i] for i in range(len(files))]
    assert "ben/01-셀카_사진.jpg" in names  # a Korean name kept, its space made safe
    assert "ben/02-_abs_.._.._.evil.jpg" in names  # a path flattened into one name
    lee = signed_in(server.url, "lee", "desk-password-2")
    assert lee.get(server.url + f"/desk/courses/{COURSE}/assignments/essay/download").status_code == 404
    assert browser.get(server.url + f"/desk/courses/{COURSE}/assignments/nothing/download").status_code == 404


def test_feedback_given_on_the_desk_reaches_only_its_participant_by_the_feedback_route(server):
    ana, ben = Caller(server.url, "ana", "secret-pw"), Caller(server.url, "ben", "other-pw")
    sent = ana.submit(COURSE, "essay", "essay", {"text": "Care is a public service. " * 20})
    assert sent.status_code in (200, 201)
    sid = sent.json()["submission_id"]
    assert ana.get(f"/courses/{COURSE}/feedback").json() == {"version": 1, "feedback": []}
    browser = signed_in(server.url, "kim", "desk-password-1")
    page = browser.get(server.url + f"/desk/courses/{COURSE}/submissions/{sid}").text
    comment = 'Good start.\n<script>alert("c")</script> Please add one example from your city & resend.'
    url = server.url + f"/desk/courses/{COURSE}/submissions/{sid}/feedback"
    assert browser.post(url, data={"csrf": "forged", "verdict": "accepted", "comment": "x"}).status_code == 403
    assert browser.post(url, data={"csrf": csrf_of(page), "verdict": "perfect", "comment": "x"}).status_code == 422
    done = browser.post(url, data={"csrf": csrf_of(page), "verdict": "needs_revision", "comment": comment},
                        allow_redirects=False)
    assert done.status_code == 303
    again = browser.get(server.url + done.headers["location"]).text
    assert "Feedback saved" in again and 'value="needs_revision" required checked' in again
    assert "&lt;script&gt;alert(&#34;c&#34;)&lt;/script&gt;" in again and '<script>alert("c")' not in again
    answer = ana.get(f"/courses/{COURSE}/feedback").json()
    assert answer["version"] == 1 and len(answer["feedback"]) == 1
    entry = answer["feedback"][0]
    assert entry["submission_id"] == sid and entry["item_id"] == "essay" and entry["kind"] == "essay"
    assert entry["verdict"] == "needs_revision" and entry["comment"] == comment  # as written, plain text
    assert entry["updated_at"].endswith("Z")
    assert ben.get(f"/courses/{COURSE}/feedback").json()["feedback"] == []
    lee = signed_in(server.url, "lee", "desk-password-2")
    lee_page = lee.get(server.url + "/desk/").text
    assert lee.post(url, data={"csrf": csrf_of(lee_page), "verdict": "accepted", "comment": "mine"}).status_code == 404
    assert ana.get(f"/courses/{COURSE}/feedback").json()["feedback"][0]["verdict"] == "needs_revision"
