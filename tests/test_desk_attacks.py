"""The organizer's desk attacked over real HTTP on 127.0.0.1, as a hostile participant, a curious second
organizer and a stranger on the network would: markup in every participant-controlled field in the
three languages, the strict policy on every desk answer (errors and downloads too), names that collide
in the assignment zip, formula cells in every export, every route of another organizer's course, forged
and borrowed CSRF tokens, a session cookie planted before sign-in or kept after sign-out, and forms and
reports far larger than any real one."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import time
import zipfile

import pytest
import requests

from .conftest import SAMPLE
from .support.portal import Caller
from .test_desk import csrf_of, sign_in, signed_in

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
THEIRS = "lee-course"
XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
MARKUP = ("<script", "<img src=x")
SESSIONS = ("orientation", "session-1", "session-2", "session-3")


def course_copy(tmp_path, name: str, course_id: str, title: str | None = None):
    folder = tmp_path / name
    shutil.copytree(SAMPLE, folder)
    manifest = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    manifest["id"] = course_id
    manifest["completion"] = {"attend_all_live_sessions": True, "pass_all_quizzes": False,
                              "required_assignments": ["essay"], "description": "Sessions and the essay."}
    if title is not None:
        manifest["title"] = title
    (folder / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def server(tmp_path, clock):
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=course_copy(tmp_path, "kim", COURSE, XSS),
                        clock=clock.now) as running:
        state = running.app.state
        state.add_course(course_copy(tmp_path, "lee", THEIRS), 0)
        state.add_participant("ana", "secret-pw", "Ana", "Asia/Seoul", [COURSE, THEIRS])  # in both courses
        state.add_participant(XSS, "other-pw", "=HYPERLINK(\"http://x\")" + XSS, "Europe/Madrid", [COURSE])
        state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        state.add_organizer("lee", "desk-password-2", "Lee Other", [THEIRS])
        yield running


def _hostile_course(server) -> dict:
    """Every field a participant controls, hostile; returns the ids the desk's pages are reached by."""
    import hashlib
    import uuid

    ben = Caller(server.url, XSS, "other-pw")
    for session in SESSIONS:
        server.app.state.record_attendance(XSS, COURSE, session)
    assert ben.submit(COURSE, "essay", "essay", {"text": XSS * 30}).status_code in (200, 201)
    answers = {"overall": "Agree", "lectures": "Neutral", "live": "Agree", "best-lecture": "Lecture 4: Seoul Learn", "take-home": XSS,
               "improve": XSS}
    sent = ben.submit(COURSE, "survey", "survey", {"answers": answers})
    assert sent.status_code in (200, 201), sent.text
    sid, data = str(uuid.uuid4()), b"\xff\xd8\xff\xe0" + b"<script>alert(3)</script>" * 40
    sent = ben.upload(data, filename=XSS + ".jpg", mime="image/jpeg", submission_id=sid)
    assert sent.status_code == 204, sent.text
    files = [{"upload_url": sent.location, "sha256": hashlib.sha256(data).hexdigest(), "filename": XSS + ".jpg",
              "mime": "image/jpeg", "size": len(data)}] * 3
    ben.submit(COURSE, "photos", "selfies", {}, files=files, submission_id=sid)
    return {"selfies": sid}


# ---- stored markup, in English, Spanish and Korean --------------------------------------------------

def test_markup_from_participants_and_course_files_is_text_on_every_page_in_three_languages(server):
    _hostile_course(server)
    kim = signed_in(server.url, "kim", "desk-password-1")
    course = kim.get(server.url + f"/desk/courses/{COURSE}").text
    people = kim.get(server.url + f"/desk/courses/{COURSE}/participants").text
    certs = kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text
    links = sorted({*re.findall(r'href="(/desk/courses/[^"?#]+)"', course + people + certs)})
    links = [link.replace("&amp;", "&") for link in links if not link.endswith((".csv", "/download", ".pdf"))]
    assert any("/submissions/" in link for link in links) and any("/participants/" in link for link in links)
    # a meeting report whose names are markup, previewed; a roster whose rows are markup, previewed
    report = ("Name (Original Name),User Email,Total Duration (Minutes),Guest\n"
              f'"{XSS}",{XSS}@x.org,50,Yes\n').encode()
    csrf = csrf_of(course)
    # the certificate: issued to the hostile name, for the course whose title is hostile
    ids = re.findall(r'name="participant" value="([^"]+)"', certs)
    assert ids, "the hostile participant meets the rules"
    done = kim.post(server.url + f"/desk/courses/{COURSE}/certificates", allow_redirects=False,
                    data={"csrf": csrf, "participant": ids, "language": "en"})
    code = re.findall(r'/certificates/([A-Z0-9]+)\.pdf"', kim.get(server.url + done.headers["location"]).text)[0]
    for lang in ("en", "es", "ko"):
        pages = [kim.get(server.url + link, params={"lang": lang}) for link in ["/desk/", *links]]
        pages.append(kim.post(server.url + f"/desk/courses/{COURSE}/attendance/preview", params={"lang": lang},
                              data={"csrf": csrf, "session_id": "session-1", "minimum": ""},
                              files={"report": ("participants.csv", report, "text/csv")}))
        pages.append(kim.post(server.url + f"/desk/courses/{COURSE}/participants/import", params={"lang": lang},
                              data={"csrf": csrf}, files={"roster": ("r.csv", f'"{XSS}",{XSS},{XSS},{XSS}\n'.encode(),
                                                                     "text/csv")}))
        pages.append(kim.post(server.url + f"/desk/courses/{COURSE}/attendance", params={"lang": lang},
                              data={"csrf": csrf, "session_id": "session-1", "present_login": [XSS + "nobody"]}))
        stranger = requests.Session()
        pages.append(stranger.get(server.url + "/desk/verify", params={"code": code, "lang": lang}))
        pages.append(stranger.get(server.url + "/desk/verify", params={"code": XSS, "lang": lang}))
        pages.append(stranger.post(server.url + "/desk/sign-in", params={"lang": lang},
                                   data={"login": XSS, "password": "x", "csrf": "x"}))
        for answer in pages:
            assert answer.status_code < 500, (answer.url, answer.status_code)
            assert not any(bad in answer.text for bad in MARKUP), (lang, answer.url)
            assert "default-src 'none'" in answer.headers["content-security-policy"]
        # the report's and the roster's rows, the unknown login and the certificate's name: all shown, as text
        for shown in (pages[-6], pages[-5], pages[-4], pages[-3]):
            assert "&lt;script&gt;" in shown.text, shown.url


# ---- the strict policy on every desk answer -------------------------------------------------------

def test_every_desk_answer_errors_and_downloads_included_carries_the_strict_policy(server):
    _hostile_course(server)
    kim = signed_in(server.url, "kim", "desk-password-1")
    csrf = csrf_of(kim.get(server.url + "/desk/").text)
    answers = {
        "no such page": kim.get(server.url + "/desk/no-such-page"),
        "no such page, signed out": requests.get(server.url + "/desk/courses/x/y/z/w"),
        "wrong method": kim.delete(server.url + "/desk/"),
        "a field over its limit": kim.post(server.url + f"/desk/courses/{COURSE}/submissions/x/feedback",
                                           data={"csrf": csrf, "verdict": "accepted", "comment": "x" * 5000}),
        "a required field missing": kim.post(server.url + f"/desk/courses/{COURSE}/attendance", data={"csrf": csrf}),
        "a body over the cap": kim.post(server.url + f"/desk/courses/{COURSE}/participants",
                                        data={"csrf": csrf, "name": "x" * (7 * 1024 * 1024)}),
        "a file index not a number": kim.get(server.url + f"/desk/courses/{COURSE}/submissions/x/files/abc"),
        "the stylesheet": requests.get(server.url + "/desk/desk.css"),
        "progress": kim.get(server.url + f"/desk/courses/{COURSE}/progress.csv"),
        "roster": kim.get(server.url + f"/desk/courses/{COURSE}/participants.csv"),
        "grades": kim.get(server.url + f"/desk/courses/{COURSE}/grades-moodle.csv"),
        "zip": kim.get(server.url + f"/desk/courses/{COURSE}/assignments/essay/download"),
    }
    weak = []
    for what, answer in answers.items():
        policy = answer.headers.get("content-security-policy", "")
        if not ("default-src 'none'" in policy and ("frame-ancestors 'none'" in policy or "sandbox" in policy)
                and "script-src" not in policy and answer.headers.get("x-content-type-options") == "nosniff"
                and answer.headers.get("x-frame-options") == "DENY"):
            weak.append((what, answer.status_code, answer.headers.get("content-type")))
    assert weak == [], "; ".join(map(str, weak))
    assert answers["no such page"].status_code == 404 and answers["a body over the cap"].status_code == 413


# ---- the assignment zip ---------------------------------------------------------------------------

def test_logins_that_clean_to_the_same_folder_never_share_one_in_the_zip(server):
    state = server.app.state
    logins = ["a/b", "a_b", "a?b", ".a_b", "A_B", "CON", "x\x01y", "x_y", "a_b-2"]
    for i, login in enumerate(logins):
        state.add_participant(login, f"pw-{i}-long", f"P{i}", "Asia/Seoul", [COURSE])
        assert Caller(server.url, login, f"pw-{i}-long").submit(
            COURSE, "essay", "essay", {"text": f"essay of {i} " * 30}).status_code in (200, 201)
    kim = signed_in(server.url, "kim", "desk-password-1")
    answer = kim.get(server.url + f"/desk/courses/{COURSE}/assignments/essay/download")
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        names = archive.namelist()
        assert len(names) == len(set(names)) == len(logins), names
        assert not any(n.startswith(("/", ".")) or ".." in n.split("/") or "\\" in n or
                       any(ord(ch) < 32 for ch in n) for n in names), names
        folders = [n.split("/")[0] for n in names]
        assert len({f.casefold() for f in folders}) == len(folders) and "CON" not in folders, names
        texts = sorted(archive.read(n).decode() for n in names)
    assert texts == sorted(f"essay of {i} " * 30 for i in range(len(logins)))  # none overwrote another


def test_the_zip_serves_a_participants_own_uploads_only_as_the_single_file_route_does(server):
    """Defence in depth: were a submission ever stored naming another participant's upload (the
    protocol refuses one today), neither the file route nor the zip hands that upload out."""
    import hashlib
    import uuid

    from sqlalchemy import update

    from companion_portal.models import Submission

    secret = b"\xff\xd8 ana's own photo, from lee's course " * 20
    ana = Caller(server.url, "ana", "secret-pw")
    sid = str(uuid.uuid4())
    sent = ana.upload(secret, filename="mine.jpg", mime="image/jpeg", submission_id=sid)
    files = [{"upload_url": sent.location, "sha256": hashlib.sha256(secret).hexdigest(), "filename": "mine.jpg",
              "mime": "image/jpeg", "size": len(secret)}] * 3
    assert ana.submit(THEIRS, "photos", "selfies", {}, files=files, submission_id=sid).status_code == 201
    ids = _hostile_course(server)
    with server.app.state.portal.db() as s:  # the hostile participant's photos now name ana's upload
        s.execute(update(Submission).where(Submission.id == ids["selfies"]).values(files=files))
    kim = signed_in(server.url, "kim", "desk-password-1")
    assert kim.get(server.url + f"/desk/courses/{COURSE}/submissions/{ids['selfies']}/files/0").status_code == 404
    answer = kim.get(server.url + f"/desk/courses/{COURSE}/assignments/selfies/download")
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        assert all(archive.read(n) != secret for n in archive.namelist())


# ---- formula cells ----------------------------------------------------------------------------------

def test_no_export_holds_a_cell_a_spreadsheet_would_run(server):
    state = server.app.state
    # the last two: harmless read with a comma, formulas where Excel splits on ';' (its list separator
    # in Spanish and many other locales), whatever the quotes
    for i, (login, name) in enumerate([("=1+1", "+SUM(A1)"), ("-2", "@cmd"), ("\t=x", "\r=y"), ("plain", "=z"),
                                       ("semi;=1+1;x", 'Ana; "=HYPERLINK(""http://x"")";y'),
                                       ("semi2", "Bo;  @SUM(1);-3+4")]):
        state.add_participant(login, f"pw-{i}-long", name, "Asia/Seoul", [COURSE])
        Caller(server.url, login, f"pw-{i}-long").submit(COURSE, "essay", "essay", {"text": "words " * 40})
    _hostile_course(server)
    kim = signed_in(server.url, "kim", "desk-password-1")
    for path in ("progress.csv", "participants.csv", "grades-moodle.csv", "grades-canvas.csv"):
        answer = kim.get(server.url + f"/desk/courses/{COURSE}/{path}")
        assert answer.status_code == 200 and answer.headers["content-disposition"].startswith("attachment")
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        cells = [c for row in rows for c in row]
        assert any("SUM(A1)" in c for c in cells) or path != "progress.csv"
        dangerous = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not
                                                                                      c.lstrip("-").isdigit())]
        assert dangerous == [], (path, dangerous)
        assert any(c.startswith(("'=", "'+", "'@")) for c in cells), path  # the hostile ones are there, defused
        text = answer.content.decode("utf-8-sig")
        after_semicolons = [part.lstrip(' "') for line in text.splitlines() for part in line.split(";")[1:]]
        assert "HYPERLINK" in text or path == "progress.csv"
        assert [p for p in after_semicolons if p[:1] in ("=", "+", "-", "@")] == [], path


# ---- another organizer's course, by every route -----------------------------------------------------

def test_every_route_of_another_organizers_course_answers_as_if_it_did_not_exist(server):
    subs = _hostile_course(server)
    kim = signed_in(server.url, "kim", "desk-password-1")
    course = kim.get(server.url + f"/desk/courses/{COURSE}").text
    essay = re.findall(rf'href="/desk/courses/{COURSE}/submissions/([^"]+)"', course)[0]
    people = kim.get(server.url + f"/desk/courses/{COURSE}/participants").text
    person = re.findall(rf'href="/desk/courses/{COURSE}/participants/([^"./]+)"', people)[0]
    kim_csrf = csrf_of(course)
    ids = re.findall(r'name="participant" value="([^"]+)"',
                     kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text)
    kim.post(server.url + f"/desk/courses/{COURSE}/certificates", data={"csrf": kim_csrf, "participant": ids,
                                                                         "language": "en"})
    code = re.findall(r'/certificates/([A-Z0-9]+)\.pdf"',
                      kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text)[0]
    before = {path: kim.get(server.url + f"/desk/courses/{COURSE}/{path}").content
              for path in ("participants.csv", "progress.csv")}

    lee = signed_in(server.url, "lee", "desk-password-2")
    csrf = csrf_of(lee.get(server.url + "/desk/").text)
    base = f"/desk/courses/{COURSE}"
    gets = ["", "/participants", f"/participants/{person}", "/participants.csv", "/progress.csv",
            "/grades-moodle.csv", "/grades-canvas.csv", "/certificates", f"/certificates/{code}.pdf",
            "/sessions/session-1", f"/submissions/{essay}", f"/submissions/{subs['selfies']}/files/0",
            "/assignments/essay/download", "/assignments/survey/survey"]
    for path in gets:
        answer = lee.get(server.url + base + path, allow_redirects=False)
        assert answer.status_code == 404, (path, answer.status_code)
        assert "Ana" not in answer.text and "%PDF" not in answer.text and "PK" not in answer.text[:2], path
    report = b"Name (Original Name),User Email,Total Duration (Minutes),Guest\nAna,ana@x.org,50,No\n"
    posts = [("/participants", {"name": "Mallory", "login": "mallory", "time_zone": "UTC", "language": "en"}, None),
             ("/participants/import", {}, {"roster": ("r.csv", b"Mallory,mallory,UTC,en\n", "text/csv")}),
             ("/participants/import/confirm", {"token": "x"}, None),
             ("/participants/passwords", {}, None),
             (f"/participants/{person}/password", {}, None),
             ("/sessions/session-1", {"present": [person]}, None),
             ("/attendance", {"session_id": "session-1", "present": [person], "minimum": "0"}, None),
             ("/attendance/preview", {"session_id": "session-1"}, {"report": ("z.csv", report, "text/csv")}),
             (f"/submissions/{essay}/feedback", {"verdict": "needs_revision", "comment": "from lee"}, None),
             ("/certificates", {"participant": ids, "language": "en"}, None),
             ("/dates", {"starts_on": "2030-01-07"}, None)]
    for path, data, files in posts:
        answer = lee.post(server.url + base + path, data={"csrf": csrf, **data}, files=files, allow_redirects=False)
        assert answer.status_code in (404, 422), (path, answer.status_code)
        assert "Ana" not in answer.text and "Mallory" not in answer.text, path
    assert {path: kim.get(server.url + f"/desk/courses/{COURSE}/{path}").content
            for path in ("participants.csv", "progress.csv")} == before
    assert "from lee" not in kim.get(server.url + f"{base}/submissions/{essay}").text
    # the participant shared with lee's course: lee cannot take over her password either
    shared = re.findall(r'href="/desk/courses/lee-course/participants/([^"./]+)"',
                        lee.get(server.url + "/desk/courses/lee-course/participants").text)
    assert shared
    for pid in shared:
        lee.post(server.url + f"/desk/courses/{THEIRS}/participants/{pid}/password", data={"csrf": csrf})
    assert Caller(server.url, "ana", "secret-pw").get(f"/courses/{COURSE}/progress").status_code == 200
    # a course upload with kim's course id: refused, nothing of kim's replaced
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as zf:
        for path in sorted(p for p in SAMPLE.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(SAMPLE).as_posix())
    answer = lee.post(server.url + "/desk/courses/upload", data={"csrf": csrf},
                      files={"package": ("course.zip", package.getvalue(), "application/zip")})
    assert answer.status_code >= 400 and COURSE not in lee.get(server.url + "/desk/").text
    assert kim.get(server.url + base).status_code == 200


# ---- CSRF and the session ---------------------------------------------------------------------------

def test_forged_and_borrowed_tokens_planted_and_kept_cookies_change_nothing(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    lee = signed_in(server.url, "lee", "desk-password-2")
    lee_csrf = csrf_of(lee.get(server.url + "/desk/").text)
    for token in ("", "x", lee_csrf):  # none, wrong, another session's
        answer = kim.post(server.url + f"/desk/courses/{COURSE}/participants", allow_redirects=False,
                          data={"csrf": token, "name": "Forged", "login": "forged", "time_zone": "UTC"})
        assert answer.status_code == 403, token
    assert "forged" not in kim.get(server.url + f"/desk/courses/{COURSE}/participants").text
    # every other form of the desk, sent by another site (no token, or the other organizer's)
    base = f"/desk/courses/{COURSE}"
    report = b"Name (Original Name),User Email,Total Duration (Minutes),Guest\nAna,ana@x.org,50,No\n"
    forms = [("/desk/sign-out", {}, None), ("/desk/courses/upload", {}, {"package": ("c.zip", b"PK", "application/zip")}),
             (base + "/dates", {"starts_on": "2030-01-07"}, None),
             (base + "/participants/import", {}, {"roster": ("r.csv", b"M,m,UTC,en\n", "text/csv")}),
             (base + "/participants/import/confirm", {"token": "x"}, None), (base + "/participants/passwords", {}, None),
             (base + "/participants/x/password", {}, None), (base + "/sessions/session-1", {"present": ["x"]}, None),
             (base + "/attendance", {"session_id": "session-1"}, None),
             (base + "/attendance/preview", {"session_id": "session-1"}, {"report": ("z.csv", report, "text/csv")}),
             (base + "/submissions/x/feedback", {"verdict": "accepted"}, None),
             (base + "/certificates", {"participant": "x", "language": "en"}, None)]
    for path, data, files in forms:
        for token in ({}, {"csrf": lee_csrf}):
            answer = kim.post(server.url + path, data={**data, **token}, files=files, allow_redirects=False)
            assert answer.status_code == 403, (path, token, answer.status_code)
    assert kim.get(server.url + "/desk/", allow_redirects=False).status_code == 200  # not signed out either
    # a cookie planted before sign-in is not the session after it
    planted = requests.Session()
    planted.cookies.set("desk_session", "planted-by-someone-else", path="/desk")
    answer = sign_in(server.url, "kim", "desk-password-1", planted)
    assert answer.status_code == 303 and "desk_session=planted" not in answer.headers["set-cookie"]
    stale = requests.Session()
    stale.cookies.set("desk_session", "planted-by-someone-else", path="/desk")
    assert stale.get(server.url + "/desk/", allow_redirects=False).status_code == 303
    # after sign-out the old cookie, replayed, opens nothing
    token = kim.cookies.get("desk_session", path="/desk")
    kim.post(server.url + "/desk/sign-out", data={"csrf": csrf_of(kim.get(server.url + "/desk/").text)})
    replay = requests.Session()
    replay.cookies.set("desk_session", token, path="/desk")
    assert replay.get(server.url + "/desk/", allow_redirects=False).status_code == 303
    # sign-in's form token is the browser's own: another browser's cookie and token do not pair
    other = requests.Session()
    other_form = csrf_of(other.get(server.url + "/desk/sign-in").text)
    mine = requests.Session()
    mine.get(server.url + "/desk/sign-in")
    assert mine.post(server.url + "/desk/sign-in", allow_redirects=False,
                     data={"login": "kim", "password": "desk-password-1", "csrf": other_form}).status_code == 403
    # no redirect goes anywhere but the desk itself, whatever is asked
    for path in ("/desk/sign-in?next=https://evil.example/", "/desk/?next=//evil.example"):
        answer = signed_in(server.url, "kim", "desk-password-1").get(server.url + path, allow_redirects=False)
        assert "evil" not in answer.headers.get("location", "")


def test_a_desk_session_ends_after_twelve_hours_whatever_the_cookie_says(server, clock):
    from datetime import timedelta

    kim = signed_in(server.url, "kim", "desk-password-1")
    token = kim.cookies.get("desk_session", path="/desk")
    clock.set(clock.now() + timedelta(hours=12, seconds=1))
    kept = requests.Session()  # a browser that kept the cookie past its Max-Age
    kept.cookies.set("desk_session", token, path="/desk")
    assert kept.get(server.url + "/desk/", allow_redirects=False).status_code == 303


def test_a_new_password_for_an_organizer_ends_the_sessions_opened_with_the_old_one(server):
    kim = signed_in(server.url, "kim", "desk-password-1")  # say, on a shared computer left signed in
    server.app.state.add_organizer("kim", "a-new-desk-password", "Kim Organizer")  # the administrator's answer
    assert kim.get(server.url + "/desk/", allow_redirects=False).status_code == 303
    assert signed_in(server.url, "kim", "a-new-desk-password").get(server.url + "/desk/").status_code == 200


def _course_zip(tmp_path, course_id: str) -> bytes:
    folder = course_copy(tmp_path, course_id, course_id)
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(folder).as_posix())
    return package.getvalue()


def test_two_organizers_publishing_one_new_course_id_at_once_never_both_run_it(server, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    server.app.state.add_organizer("moe", "desk-password-3", "Moe Third")
    desks = [signed_in(server.url, "lee", "desk-password-2"), signed_in(server.url, "moe", "desk-password-3")]
    tokens = [csrf_of(d.get(server.url + "/desk/").text) for d in desks]
    for round_ in range(4):
        course_id = f"race-{round_}"
        data = _course_zip(tmp_path, course_id)

        def upload(i):
            return desks[i].post(server.url + "/desk/courses/upload", data={"csrf": tokens[i]}, allow_redirects=False,
                                 files={"package": ("course.zip", data, "application/zip")}).status_code

        with ThreadPoolExecutor(2) as pool:
            statuses = sorted(pool.map(upload, range(2)))
        runs = [d.get(server.url + f"/desk/courses/{course_id}").status_code == 200 for d in desks]
        assert statuses == [303, 422] and sum(runs) == 1, (course_id, statuses, runs)


def test_hostile_course_uploads_are_refused_quickly_and_publish_nothing(server, tmp_path):
    good = zipfile.ZipFile(io.BytesIO(_course_zip(tmp_path, "bomb-course")))
    def variant(extra: list[tuple[str, bytes]], keep=lambda name: True) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in good.namelist():
                if keep(name):
                    zf.writestr(name, good.read(name))
            for name, data in extra:
                zf.writestr(name, data)
        return out.getvalue()

    laughs = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">' +
              b"".join(b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10) for i in range(8)) +
              b']><manifest identifier="x">&i;</manifest>')
    nested = variant([])
    uploads = {"a bomb (200 MB of zeros)": variant([("media/zeros.bin", bytes(200 * 1024 * 1024))]),
               "a name out of the folder": variant([("../../escape.txt", b"x")]),
               "an absolute name": variant([("/etc/escape.txt", b"x")]),
               "a zip in a zip in a zip": variant([("inner.zip", variant([("deeper.zip", nested)]))]),
               "a cartridge of laughs": variant([("imsmanifest.xml", laughs)], keep=lambda n: n != "course.json")}
    manifest = json.loads(good.read("course.json"))
    for bad_id in ("..", ".", "../portal", "a/b", "/etc", "x" * 300, ".upload-x", ""):
        manifest["id"] = bad_id
        uploads[f"the course id {bad_id[:20]!r}"] = variant([("course.json", json.dumps(manifest).encode())],
                                                            keep=lambda n: n != "course.json")
    kim = signed_in(server.url, "kim", "desk-password-1")
    csrf = csrf_of(kim.get(server.url + "/desk/").text)
    for what, data in uploads.items():
        started = time.monotonic()
        answer = kim.post(server.url + "/desk/courses/upload", data={"csrf": csrf},
                          files={"package": ("course.zip", data, "application/zip")}, allow_redirects=False)
        took = time.monotonic() - started
        if what == "a zip in a zip in a zip":  # nothing unpacks an inner zip: a file like any other, or refused
            assert answer.status_code in (303, 422) and took < 10, (what, answer.status_code)
            continue
        assert answer.status_code == 422 and took < 10, (what, answer.status_code, took)
    assert not list(tmp_path.rglob("escape.txt")) and not list((tmp_path / "portal").rglob("zeros.bin"))
    assert (tmp_path / "portal" / "portal.sqlite3").is_file() and kim.get(server.url + f"/desk/courses/{COURSE}").ok


def test_odd_numbers_in_a_pages_query_are_ignored_not_a_server_error(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    base = f"/desk/courses/{COURSE}"
    for value in ("²", "٣", "9" * 5000, "-1", XSS):
        for path, key in (("", "recorded"), ("", "published"), ("/participants", "imported"),
                          ("/certificates", "issued"), ("/sessions/session-1", "saved")):
            answer = kim.get(server.url + base + path, params={key: value})
            assert answer.status_code == 200, (path, key, value[:10], answer.status_code)
            assert "<script" not in answer.text and "9" * 100 not in answer.text


def test_a_stranger_cannot_make_the_portal_take_in_a_course_upload_before_signing_in(server):
    """The upload route takes up to 2 GB: a stranger's body must not be read (spooled to disk) before
    the session is known. Headers and a sliver of a 2 GB body: the answer comes at once."""
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(server.url)
    for cookie in ("", "Cookie: desk_session=forged\r\n"):
        with socket.create_connection((where.hostname, where.port), timeout=5) as raw:
            raw.sendall((f"POST /desk/courses/upload HTTP/1.1\r\nHost: {where.netloc}\r\n{cookie}"
                         "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 2000000000\r\n\r\n"
                         '--b\r\nContent-Disposition: form-data; name="package"; filename="c.zip"\r\n\r\n').encode()
                        + b"PK" * 4096)
            try:
                head = raw.recv(4096).decode("latin-1")
            except TimeoutError:
                head = "no answer in 5 s: the body was being read"
        assert head.startswith("HTTP/1.1 303") and "location: /desk/sign-in" in head.lower(), head[:200]
    # the sign-in form, anyone's to send, takes what a login and a password need
    big = requests.post(server.url + "/desk/sign-in", data={"login": "kim", "password": "x" * 200_000, "csrf": "x"})
    assert big.status_code == 413
    longest = requests.Session()  # the longest login and password in Korean still get an answer
    answer = sign_in(server.url, "김" * 120, "밀" * 500, longest)
    assert answer.status_code == 401


def test_the_verification_page_is_throttled_per_address(server):
    """Fifty free guesses from one address (an office's NAT), then each locks it for longer."""
    statuses = [requests.get(server.url + "/desk/verify", params={"code": f"ABCD-EFGH-{i:04d}"}).status_code
                for i in range(52)]
    assert statuses[0] == 404 and statuses[-1] == 429
    assert "retry-after" in requests.get(server.url + "/desk/verify", params={"code": "ABCD-EFGH-JKLM"}).headers


# ---- resource bounds --------------------------------------------------------------------------------

def test_huge_forms_reports_and_rosters_are_refused_or_bounded_quickly(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    csrf = csrf_of(kim.get(server.url + "/desk/").text)
    started = time.monotonic()
    many = kim.post(server.url + f"/desk/courses/{COURSE}/attendance",
                    data=[("csrf", csrf), ("session_id", "session-1")] + [("present", f"id-{i}") for i in range(50_000)])
    assert many.status_code < 500 and time.monotonic() - started < 10
    rows = "".join(f"P{i},p{i}@x.org,40,No\n" for i in range(100_000))
    report = ("Name (Original Name),User Email,Total Duration (Minutes),Guest\n" + rows).encode()
    assert len(report) < 5 * 1024 * 1024
    started = time.monotonic()
    preview = kim.post(server.url + f"/desk/courses/{COURSE}/attendance/preview",
                       data={"csrf": csrf, "session_id": "session-1", "minimum": ""},
                       files={"report": ("participants.csv", report, "text/csv")})
    took = time.monotonic() - started
    assert preview.status_code < 500 and took < 10 and len(preview.content) < 2_000_000, (took, len(preview.content))
    # a file that is no report: one field longer than the csv module takes, bytes no text is made of,
    # a NUL, quotes never closed; each an answer naming the fault, for a report and for a roster alike
    head = b"Name (Original Name),User Email,Total Duration (Minutes),Guest\n"
    for odd in (b'"' + b"x" * 300_000 + b'",a@x.org,50,No\n', b"\xff\xfe\xfa,a,50\n", b"A\x00b,a@x.org,50,No\n",
                b'"never closed,a@x.org,50,No\n' * 3, b"\r" * 100_000, b"a," * 100_000 + b"\n"):
        for path, field, data in (("/attendance/preview", "report", head + odd), ("/participants/import", "roster", odd)):
            answer = kim.post(server.url + f"/desk/courses/{COURSE}{path}", files={field: ("r.csv", data, "text/csv")},
                              data={"csrf": csrf, "session_id": "session-1", "minimum": ""})
            assert answer.status_code in (200, 422), (path, odd[:20], answer.status_code)
    # durations no meeting lasts: not a number, infinite, negative, past a float
    for minutes in ("nan", "inf", "-inf", "1e400", "-30", "Infinity"):
        answer = kim.post(server.url + f"/desk/courses/{COURSE}/attendance/preview",
                          files={"report": ("r.csv", head + f"Ana,ana@x.org,{minutes},No\nBo,bo@x.org,45,No\n".encode(),
                                            "text/csv")},
                          data={"csrf": csrf, "session_id": "session-1", "minimum": ""})
        assert answer.status_code in (200, 422) and "Bo" in answer.text, (minutes, answer.status_code)
    for far in ("9999-12-27", "0001-01-01", "2023-02-30", "nan"):  # a Monday, as the course's first day, or no date
        answer = kim.post(server.url + f"/desk/courses/{COURSE}/dates", data={"csrf": csrf, "starts_on": far})
        assert answer.status_code == 422, (far, answer.status_code)
    roster = "".join(f"Person {i},p{i},UTC,en\n" for i in range(60_000)).encode()
    big = kim.post(server.url + f"/desk/courses/{COURSE}/participants/import", data={"csrf": csrf},
                   files={"roster": ("r.csv", roster, "text/csv")})
    assert big.status_code in (413, 422) and "p59999" not in big.text
