"""The desk's participants and attendance over real HTTP on 127.0.0.1: a roster file as spreadsheets
save it (previewed, an error per bad row, written all or none), passwords shown once and then used
to sign in through the participants' API, the roster export read back by Python's csv reader, meeting
reports of Zoom, Microsoft Teams and Google Meet, attendance ticked by hand, and the participant's
progress route (PROTOCOL.md) carrying each attendance. Hostile names stay text, exported cells are
never formulas, and another organizer gets the same 404 as a course that does not exist."""

from __future__ import annotations

import csv
import io
import re

import pytest
import requests

from .conftest import SAMPLE
from .support.portal import Caller
from .test_desk import COURSE, csrf_of, server, signed_in  # noqa: F401 (server is a fixture)

pytestmark = pytest.mark.integration
XSS = '<script>alert("r")</script>'
FORMULA = '=HYPERLINK("http://127.0.0.1/x","click")'


def roster_page(browser: requests.Session, url: str) -> str:
    page = browser.get(url + f"/desk/courses/{COURSE}/participants")
    assert page.status_code == 200, page.text
    return page.text


def preview(browser, url: str, data: bytes, name: str = "roster.csv") -> requests.Response:
    token = csrf_of(roster_page(browser, url))
    return browser.post(url + f"/desk/courses/{COURSE}/participants/import", data={"csrf": token},
                        files={"roster": (name, data, "text/csv")})


def passwords_of(html: str) -> dict[str, str]:
    """login → password from the page that shows them once."""
    rows = re.findall(r"<tr><td>[^<]*</td><td>([^<]+)</td><td><code class=\"secret\">([a-z2-9-]+)</code>", html)
    return dict(rows)


def test_a_spreadsheet_roster_is_previewed_refused_whole_for_one_bad_row_then_imported_in_one_go(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    # as Excel saves "CSV UTF-8" in a Spanish locale: a byte-order mark, semicolons, its own headers
    bad = ("\ufeffNombre;Correo electrónico;Zona horaria;Idioma\r\n"
           "María López;MARIA@Example.org;Europe/Madrid;es\r\n"
           "김민지;minji@example.kr;asia/seoul;ko\r\n"
           f"{XSS};xss@example.org;;en\r\n"
           ";nobody@example.org;Mars/Olympus;fr\r\n"
           "Ana Again;ana;;\r\n"
           "Second María;maria@example.org;;\r\n").encode("utf-8")
    answer = preview(kim, server.url, bad)
    assert answer.status_code == 422
    html = answer.text
    assert "2 rows have errors: nothing was imported" in html
    assert "the name is empty" in html and "unknown time zone “Mars/Olympus”" in html
    assert "unknown language “fr”" in html and "the same login as line 2" in html
    assert "has an account: added to the roster, password unchanged" in html  # ana exists already
    assert XSS not in html and "&lt;script&gt;alert(&#34;r&#34;)&lt;/script&gt;" in html
    assert 'name="token"' not in html  # nothing to confirm
    assert "minji@example.kr" not in roster_page(kim, server.url)  # nothing was written
    good = ("\ufeffNombre;Correo electrónico;Zona horaria;Idioma\r\n"
            "María López;MARIA@Example.org;Europe/Madrid;es\r\n"
            "김민지;minji@example.kr;asia/seoul;ko\r\n"
            f"{XSS};xss@example.org;;en\r\n"
            "Ana Again;ana;;\r\n").encode("utf-8")
    answer = preview(kim, server.url, good)
    assert answer.status_code == 200 and "3 new and 1 existing participants will be added" in answer.text
    confirm = {"csrf": csrf_of(answer.text), "token": re.search(r'name="token" value="([^"]+)"', answer.text).group(1)}
    # another organizer cannot use kim's preview, even with their own valid form token
    lee = signed_in(server.url, "lee", "desk-password-2")
    theirs = lee.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm",
                      data={**confirm, "csrf": csrf_of(lee.get(server.url + "/desk/").text)}, allow_redirects=False)
    assert theirs.status_code == 404
    done = kim.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm", data=confirm,
                    allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?imported=3")  # ana was on it already
    again = kim.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm", data=confirm)
    assert again.status_code == 409  # a preview is used once
    page = roster_page(kim, server.url)
    assert "maria@example.org" in page and "김민지" in page and "Europe/Madrid" in page and "Asia/Seoul" in page
    assert XSS not in page and "&lt;script&gt;" in page
    assert "Give first passwords to the 3 participants who have none" in page
    # nobody can sign in to an account that has no password yet
    assert Caller(server.url).post("/session", json={"login": "minji@example.kr", "password": ""}).status_code in (401, 422)
    shown = kim.post(server.url + f"/desk/courses/{COURSE}/participants/passwords", data={"csrf": csrf_of(page)})
    assert shown.status_code == 200 and "Shown this once" in shown.text
    given = passwords_of(shown.text)
    assert set(given) == {"maria@example.org", "minji@example.kr", "xss@example.org"}
    # the participant signs in to the participants' API with what the organizer handed out
    minji = Caller(server.url, "minji@example.kr", given["minji@example.kr"])
    assert any(c["id"] == COURSE for c in minji.get("/courses").json())
    Caller(server.url, "ana", "secret-pw")  # the existing account's password is unchanged
    after = roster_page(kim, server.url)
    assert "Give first passwords" not in after  # each was given once; the page no longer has them


def test_a_roster_in_utf16_with_tabs_and_files_that_are_no_roster_get_their_reason(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    unicode_text = "name\tlogin\ttime zone\tlanguage\nOla Nordmann\tola\tEurope/Oslo\ten\n".encode("utf-16")
    answer = preview(kim, server.url, unicode_text, "roster.txt")
    assert answer.status_code == 200 and "1 new and 0 existing" in answer.text and "Europe/Oslo" in answer.text
    for body, reason in ((b"Nombre;Correo\nJos\xe9;jose@example.org\n", "not UTF-8"),
                         (b"first,second\nx,y\n", "The first row must name the columns"),
                         (b"", "The roster has no rows"),
                         (b"name,login\n" + b"a,b\n" * 6000, "more than 5000 rows")):
        answer = preview(kim, server.url, body)
        assert answer.status_code == 422 and reason in answer.text, reason


def test_one_participant_added_gets_a_password_once_and_a_reset_locks_the_old_one_out(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    form = {"csrf": csrf_of(roster_page(kim, server.url)), "name": "Jo Park", "login": "jo@example.org",
            "time_zone": "Asia/Seoul", "language": "ko"}
    refused = kim.post(server.url + f"/desk/courses/{COURSE}/participants", data={**form, "time_zone": "Seoul"})
    assert refused.status_code == 422 and "unknown time zone “Seoul”" in refused.text
    added = kim.post(server.url + f"/desk/courses/{COURSE}/participants", data=form)
    assert added.status_code == 200 and added.headers["cache-control"] == "no-store"
    first = passwords_of(added.text)["jo@example.org"]
    jo = Caller(server.url, "jo@example.org", first)
    assert jo.get(f"/courses/{COURSE}/progress").status_code == 200
    # adding an existing login again puts it on the roster and leaves its password alone
    again = kim.post(server.url + f"/desk/courses/{COURSE}/participants", data=form)
    assert "already had an account" in again.text and not passwords_of(again.text)
    page = roster_page(kim, server.url)
    pid = re.search(r'/participants/([0-9a-f-]{36})">Jo Park<', page).group(1)
    person = kim.get(server.url + f"/desk/courses/{COURSE}/participants/{pid}")
    assert person.status_code == 200 and "jo@example.org" in person.text
    reset = kim.post(server.url + f"/desk/courses/{COURSE}/participants/{pid}/password",
                     data={"csrf": csrf_of(person.text)})
    assert reset.status_code == 200 and "The old password no longer works" in reset.text
    second = passwords_of(reset.text)["jo@example.org"]
    assert second != first
    assert jo.get(f"/courses/{COURSE}/progress").status_code == 401  # the app's token was revoked
    assert Caller(server.url).post("/session", json={"login": "jo@example.org", "password": first}).status_code == 401
    Caller(server.url, "jo@example.org", second)
    # a participant of no course of lee's: lee sees and resets nothing
    lee = signed_in(server.url, "lee", "desk-password-2")
    token = csrf_of(lee.get(server.url + "/desk/").text)
    assert lee.get(server.url + f"/desk/courses/{COURSE}/participants/{pid}").status_code == 404
    assert lee.post(server.url + f"/desk/courses/{COURSE}/participants/{pid}/password",
                    data={"csrf": token}).status_code == 404
    Caller(server.url, "jo@example.org", second)  # still the same password


def test_the_roster_export_reads_back_in_a_csv_reader_with_no_formula_and_only_this_courses_people(server):
    server.app.state.add_participant("-2+3", "pw-123456", FORMULA, "Asia/Seoul", [COURSE])
    server.app.state.add_participant("@sum", "pw-123456", "+cmd|' /C calc'!A0", "Asia/Seoul", [COURSE])
    server.app.state.add_participant("elsewhere", "pw-123456", "Not In This Course", "Asia/Seoul")
    kim = signed_in(server.url, "kim", "desk-password-1")
    answer = kim.get(server.url + f"/desk/courses/{COURSE}/participants.csv")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    by_login = {r["login"]: r for r in rows}
    assert set(by_login) == {"ana", "ben", "'-2+3", "'@sum"}  # the course's people, never "elsewhere"
    assert by_login["'-2+3"]["name"] == "'" + FORMULA and by_login["'@sum"]["name"].startswith("'+cmd")
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert by_login["ana"]["on_roster"] == "yes" and by_login["ana"]["has_password"] == "yes"
    lee = signed_in(server.url, "lee", "desk-password-2")
    theirs = lee.get(server.url + f"/desk/courses/{COURSE}/participants.csv")
    assert theirs.status_code == 404 and "csv" not in theirs.headers["content-type"]
    assert lee.get(server.url + f"/desk/courses/{COURSE}/participants").status_code == 404
    token = csrf_of(lee.get(server.url + "/desk/").text)
    assert lee.post(server.url + f"/desk/courses/{COURSE}/participants/passwords", data={"csrf": token}).status_code == 404
    assert lee.post(server.url + f"/desk/courses/{COURSE}/participants", data={
        "csrf": token, "name": "Spy", "login": "spy"}).status_code == 404
    assert lee.post(server.url + f"/desk/courses/{COURSE}/participants/import", data={"csrf": token},
                    files={"roster": ("r.csv", b"name,login\nSpy,spy\n", "text/csv")}).status_code == 404


# Microsoft Teams' attendance list as its Attendance tab downloads it: UTF-16 with a byte-order mark,
# tab-separated, "1. Summary", "2. Participants", "3. In-Meeting activities". The layout (section
# titles, column names, "10m 59s" durations) is the one of a real download kept in
# github.com/dvaneynde/teams-attendance, data/IDL-15-11-22.csv (whose README notes the UTF-16); the
# people and times here are made up.
TEAMS_REPORT = ("1. Summary\n"
                "Meeting title\tCaring Cities live session\n"
                "Attended participants\t4\n"
                "Start time\t7/4/23, 9:58:12 AM\n"
                "End time\t7/4/23, 11:32:40 AM\n"
                "Meeting duration\t1h 34m 28s\n"
                "Average attendance time\t52m 10s\n"
                "\n"
                "2. Participants\n"
                "Name\tFirst join\tLast leave\tIn-meeting duration\tEmail\tParticipant ID (UPN)\tRole\n"
                "Kim Organizer\t7/4/23, 9:58:12 AM\t7/4/23, 11:32:40 AM\t1h 34m 28s\thost@example.org\thost@example.org\tOrganizer\n"
                "María López\t7/4/23, 9:59:01 AM\t7/4/23, 11:15:00 AM\t1h 10m 2s\tmaria@example.org\tmaria@example.org\tAttendee\n"
                "Ana\t7/4/23, 10:00:00 AM\t7/4/23, 10:20:00 AM\t20m\t\t\tAttendee\n"
                "Tomás Ruiz\t7/4/23, 10:00:00 AM\t7/4/23, 11:30:00 AM\t1h 30m\ttomas@example.org\ttomas@example.org\tAttendee\n"
                "\n"
                "3. In-Meeting activities\n"
                "Name\tJoin time\tLeave time\tDuration\tEmail\tRole\n"
                "María López\t7/4/23, 9:59:01 AM\t7/4/23, 10:39:00 AM\t39m 59s\tmaria@example.org\tAttendee\n"
                "María López\t7/4/23, 10:45:00 AM\t7/4/23, 11:15:00 AM\t30m\tmaria@example.org\tAttendee\n")

# Google Meet's attendance report saved as CSV: "First name, Last name, Email, Duration, Time joined,
# Time exited", durations written "1 hr 2 min". The header and duration forms are those that
# independent Meet-report parsers in public repositories test against (code search: "First
# name,Last name,Email,Duration,Time joined,Time exited"; Google's help page 10090454 describes the
# report's contents); the people are made up.
MEET_REPORT = ("First name,Last name,Email,Duration,Time joined,Time exited\n"
               "María,López,maria@example.org,1 hr 2 min,9:59 AM,11:01 AM\n"
               "Ana,,,45 min,10:00 AM,10:45 AM\n"
               "\"<script>alert(\"\"r\"\")</script>\",Guest,,58 min,10:00 AM,10:58 AM\n"  # the XSS name, quoted as CSV quotes it
               "Tomás,Ruiz,TOMAS@example.org,12 min,10:00 AM,10:12 AM\n")


def attendance_preview(browser, url: str, session: str, report: bytes, name: str, minimum: str = "30"):
    page = browser.get(url + f"/desk/courses/{COURSE}").text
    return browser.post(url + f"/desk/courses/{COURSE}/attendance/preview",
                        data={"csrf": csrf_of(page), "session_id": session, "minimum": minimum},
                        files={"report": (name, report, "text/csv")})


def present_of(url: str, login: str, password: str, session: str) -> bool:
    return Caller(url, login, password).get(f"/courses/{COURSE}/progress").json()["attendance"][session]


def test_teams_and_meet_reports_are_read_matched_and_their_minimum_applied(server):
    from companion.shared_kernel import load_package

    for login, name in (("maria@example.org", "María López"), ("tomas@example.org", "Tomás Ruiz")):
        server.app.state.add_participant(login, "pw-123456", name, "Europe/Madrid", [COURSE])
    server.app.state.add_participant("stranger@example.org", "pw-123456", "Ana", "Asia/Seoul")  # no course of kim's
    sessions = [s.id for s in load_package(SAMPLE).course.live_sessions]
    kim = signed_in(server.url, "kim", "desk-password-1")
    teams = attendance_preview(kim, server.url, sessions[0], TEAMS_REPORT.encode("utf-16"), "meetingAttendanceList.csv")
    assert teams.status_code == 200, teams.text
    html = teams.text
    assert "Read as a Microsoft Teams report." in html
    checked = re.findall(r'name="present" value="([^"]+)"[^>]*checked', html)
    unchecked = re.findall(r'name="present" value="([^"]+)" id="p\d+">', html)
    # María (70 min, by e-mail) and Tomás (90) reach 30; Ana (by name, only 20) does not; the
    # organizer row is nobody in the course; the per-join section is not counted twice
    assert len(checked) == 2 and len(unchecked) == 1
    assert "María López (maria@example.org)" in html and ">70<" in html and "Kim Organizer" in html
    assert "stranger@example.org" not in html  # only the course's people are offered
    done = kim.post(server.url + f"/desk/courses/{COURSE}/attendance",
                    data={"csrf": csrf_of(html), "session_id": sessions[0], "present": checked}, allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?recorded=2")
    assert present_of(server.url, "maria@example.org", "pw-123456", sessions[0]) is True
    assert present_of(server.url, "ana", "secret-pw", sessions[0]) is False
    meet = attendance_preview(kim, server.url, sessions[1], MEET_REPORT.encode("utf-8"), "attendance.csv", "40")
    assert meet.status_code == 200 and "Read as a Google Meet report." in meet.text
    html = meet.text
    checked = re.findall(r'name="present" value="([^"]+)"[^>]*checked', html)
    assert len(checked) == 2  # María 62 min, Ana 45 min; Tomás 12 < 40
    assert XSS not in html and "&lt;script&gt;alert(&#34;r&#34;)&lt;/script&gt; Guest" in html  # unmatched, as text
    assert "stranger@example.org" not in html
    # a login of someone outside the course is unknown here: nothing is recorded
    refused = kim.post(server.url + f"/desk/courses/{COURSE}/attendance", data={
        "csrf": csrf_of(html), "session_id": sessions[1], "present": checked,
        "present_login": ["stranger@example.org"]}, allow_redirects=False)
    assert refused.status_code == 422
    assert present_of(server.url, "ana", "secret-pw", sessions[1]) is False
    kim.post(server.url + f"/desk/courses/{COURSE}/attendance", data={
        "csrf": csrf_of(html), "session_id": sessions[1], "present": checked, "present_login": ["ben"]})
    assert present_of(server.url, "ana", "secret-pw", sessions[1]) is True
    assert present_of(server.url, "ben", "other-pw", sessions[1]) is True
    assert present_of(server.url, "tomas@example.org", "pw-123456", sessions[1]) is False


def test_attendance_ticked_by_hand_reaches_the_participants_progress_and_can_be_taken_back(server):
    from companion.shared_kernel import load_package

    session = load_package(SAMPLE).course.live_sessions[2].id
    kim = signed_in(server.url, "kim", "desk-password-1")
    page = kim.get(server.url + f"/desk/courses/{COURSE}/sessions/{session}")
    assert page.status_code == 200 and "Attendance by hand" in page.text
    ids = dict((name, pid) for pid, name in re.findall(r'value="([0-9a-f-]{36})"> ([^<]+?) \(', page.text))
    assert "Ana" in ids and not re.search(r"checked", page.text)
    url = server.url + f"/desk/courses/{COURSE}/sessions/{session}"
    saved = kim.post(url, data={"csrf": csrf_of(page.text), "present": [ids["Ana"]]}, allow_redirects=False)
    assert saved.status_code == 303
    assert "Attendance saved" in kim.get(server.url + saved.headers["location"]).text
    assert present_of(server.url, "ana", "secret-pw", session) is True
    assert present_of(server.url, "ben", "other-pw", session) is False
    # unticked again: taken back
    kim.post(url, data={"csrf": csrf_of(page.text), "present": []})
    assert present_of(server.url, "ana", "secret-pw", session) is False
    assert kim.post(url, data={"csrf": "forged", "present": [ids["Ana"]]}).status_code == 403
    assert present_of(server.url, "ana", "secret-pw", session) is False
    lee = signed_in(server.url, "lee", "desk-password-2")
    token = csrf_of(lee.get(server.url + "/desk/").text)
    assert lee.get(url).status_code == 404
    assert lee.post(url, data={"csrf": token, "present": [ids["Ana"]]}).status_code == 404
    assert present_of(server.url, "ana", "secret-pw", session) is False
    assert kim.get(server.url + f"/desk/courses/{COURSE}/sessions/no-such-session").status_code == 404


def test_attendance_ticked_on_the_desk_reaches_the_apps_checklist_at_the_next_sync_and_leaves_when_taken_back(
        app, portal):
    """End to end: the desk writes, PROTOCOL.md's progress route carries, the app's sync engine (the
    real one, over HTTP) records it as the portal's mark; a tick taken back goes at the next sync,
    while a session the participant marked themselves stays theirs."""
    from companion.shared_kernel import load_package

    sessions = [s.id for s in load_package(SAMPLE).course.live_sessions]
    portal.app.state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
    assert app.sync.sign_in(portal.url, "ana", "secret-pw")
    app.sync.run()
    assert app.store.attended(COURSE) == {}
    kim = signed_in(portal.url, "kim", "desk-password-1")
    page = kim.get(portal.url + f"/desk/courses/{COURSE}/sessions/{sessions[0]}").text
    ana_id = re.search(r'value="([0-9a-f-]{36})"> Ana \(ana\)', page).group(1)
    for session in sessions[:2]:
        kim.post(portal.url + f"/desk/courses/{COURSE}/sessions/{session}",
                 data={"csrf": csrf_of(page), "present": [ana_id]})
    app.store.set_attended(COURSE, sessions[2], True, "self", portal.app.state.portal.now())
    app.sync.run()
    assert app.store.attended(COURSE) == {sessions[0]: "portal", sessions[1]: "portal", sessions[2]: "self"}
    kim.post(portal.url + f"/desk/courses/{COURSE}/sessions/{sessions[1]}", data={"csrf": csrf_of(page), "present": []})
    app.sync.run()
    assert app.store.attended(COURSE) == {sessions[0]: "portal", sessions[2]: "self"}


def test_first_passwords_are_given_a_batch_at_a_time_each_once(server, monkeypatch):
    monkeypatch.setattr("companion_portal.desk.people.PASSWORD_BATCH", 2)
    kim = signed_in(server.url, "kim", "desk-password-1")
    shown = preview(kim, server.url, "name,login\nUno,uno\nDos,dos\nTres,tres\n".encode("utf-8"))
    kim.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm", data={
        "csrf": csrf_of(shown.text), "token": re.search(r'name="token" value="([^"]+)"', shown.text).group(1)})
    first = kim.post(server.url + f"/desk/courses/{COURSE}/participants/passwords",
                     data={"csrf": csrf_of(shown.text)})
    assert len(passwords_of(first.text)) == 2 and "the 1 still without one" in first.text
    second = kim.post(server.url + f"/desk/courses/{COURSE}/participants/passwords",
                      data={"csrf": csrf_of(first.text)})
    given = {**passwords_of(first.text), **passwords_of(second.text)}
    assert set(given) == {"uno", "dos", "tres"} and "still without" not in second.text
    for login, password in given.items():
        Caller(server.url, login, password)
    third = kim.post(server.url + f"/desk/courses/{COURSE}/participants/passwords", data={"csrf": csrf_of(first.text)})
    assert not passwords_of(third.text) and "Everyone on the roster already has a password" in third.text


def test_a_sessions_minimum_is_its_own_rule_once_recorded(server):
    from companion.shared_kernel import load_package

    server.app.state.add_participant("maria@example.org", "pw-123456", "María López", "Europe/Madrid", [COURSE])
    session = load_package(SAMPLE).course.live_sessions[3].id
    kim = signed_in(server.url, "kim", "desk-password-1")
    assert "present at least" not in kim.get(server.url + f"/desk/courses/{COURSE}").text
    first = attendance_preview(kim, server.url, session, MEET_REPORT.encode("utf-8"), "a.csv", "")
    assert "Minimum minutes present: 30" in first.text  # no rule yet: 30
    strict = attendance_preview(kim, server.url, session, MEET_REPORT.encode("utf-8"), "a.csv", "50")
    checked = re.findall(r'name="present" value="([^"]+)"[^>]*checked', strict.text)
    assert len(checked) == 1  # María 62; Ana 45 < 50
    kim.post(server.url + f"/desk/courses/{COURSE}/attendance", data={
        "csrf": csrf_of(strict.text), "session_id": session, "present": checked, "minimum": "50"})
    assert "present at least 50 minutes" in kim.get(server.url + f"/desk/courses/{COURSE}").text
    again = attendance_preview(kim, server.url, session, MEET_REPORT.encode("utf-8"), "a.csv", "")
    assert "Minimum minutes present: 50" in again.text  # the session's own rule now
    assert len(re.findall(r'name="present" value="([^"]+)"[^>]*checked', again.text)) == 1
    bad = attendance_preview(kim, server.url, session, MEET_REPORT.encode("utf-8"), "a.csv", "-5")
    assert bad.status_code == 422 and "from 0 to 1440" in bad.text


def test_no_organizer_can_take_over_a_participant_who_also_takes_someone_elses_course(server, tmp_path):
    """Anyone can be put on a roster by their login; a password is set only by an organizer who runs
    every course its participant is in, so enrolling someone else's participant and resetting their
    password takes over nothing."""
    import json
    import shutil

    other = tmp_path / "other-course"
    shutil.copytree(SAMPLE, other)
    manifest = json.loads((other / "course.json").read_text(encoding="utf-8"))
    manifest.update(id="other-course", title="Lee's course")
    (other / "course.json").write_text(json.dumps(manifest), encoding="utf-8")
    server.app.state.add_course(other)
    server.app.state.add_organizer("lee", "desk-password-2", "Lee Other", ["other-course"])
    lee = signed_in(server.url, "lee", "desk-password-2")
    page = lee.get(server.url + "/desk/courses/other-course/participants").text
    added = lee.post(server.url + "/desk/courses/other-course/participants", data={
        "csrf": csrf_of(page), "name": "Whoever", "login": "ben"})
    assert "ben already had an account" in added.text and not passwords_of(added.text)
    page = lee.get(server.url + "/desk/courses/other-course/participants").text
    ben_id = re.search(r'/participants/([0-9a-f-]{36})">', page).group(1)
    person = lee.get(server.url + f"/desk/courses/other-course/participants/{ben_id}").text
    assert "also takes a course you do not run" in person and "/password" not in person
    refused = lee.post(server.url + f"/desk/courses/other-course/participants/{ben_id}/password",
                       data={"csrf": csrf_of(page)})
    assert refused.status_code == 403 and not passwords_of(refused.text)
    Caller(server.url, "ben", "other-pw")  # unchanged
    # and kim, who runs only the other of ben's two courses now, cannot either
    kim = signed_in(server.url, "kim", "desk-password-1")
    kim_page = kim.get(server.url + f"/desk/courses/{COURSE}/participants").text
    assert kim.post(server.url + f"/desk/courses/{COURSE}/participants/{ben_id}/password",
                    data={"csrf": csrf_of(kim_page)}).status_code == 403
    # an account kim's roster made, still without a password, is not given one by lee, and lee
    # putting it on their roster does not stop kim from giving it one
    shown = preview(kim, server.url, b"name,login\nNew One,newone\n")
    kim.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm", data={
        "csrf": csrf_of(shown.text), "token": re.search(r'name="token" value="([^"]+)"', shown.text).group(1)})
    lee.post(server.url + "/desk/courses/other-course/participants", data={
        "csrf": csrf_of(page), "name": "New One", "login": "newone"})
    page = lee.get(server.url + "/desk/courses/other-course/participants").text
    assert "Give first passwords" not in page
    given = lee.post(server.url + "/desk/courses/other-course/participants/passwords", data={"csrf": csrf_of(page)})
    assert not passwords_of(given.text)
    given = kim.post(server.url + f"/desk/courses/{COURSE}/participants/passwords", data={"csrf": csrf_of(kim_page)})
    Caller(server.url, "newone", passwords_of(given.text)["newone"])
