"""Certificates, the survey summary and the gradebook exports on the organizer's desk, over real HTTP on
127.0.0.1 against the real portal: who meets the course's rules (the app's own checklist, through the
shared kernel), a PDF read back by pypdf (an independent reader) with Korean and Spanish names as
written, the public verification page, the protocol routes of docs/protocol-certificates.md, and
hostile names, guesses and neighbours."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil

import pytest
import requests

from .conftest import SAMPLE
from .support.portal import Caller
from .test_desk import csrf_of, signed_in

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
KOREAN, SPANISH = "김민지", "José Ñúñez"
SESSIONS = ("orientation", "session-1", "session-2", "session-3")


def short_rules_course(tmp_path):
    """The sample course with shorter completion rules (every live session and the essay): the rules
    come from the course, and the desk must read them from it."""
    folder = tmp_path / "course"
    shutil.copytree(SAMPLE, folder)
    manifest = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    manifest["completion"] = {"attend_all_live_sessions": True, "pass_all_quizzes": False,
                              "required_assignments": ["essay"],
                              "description": "Attend the four live sessions and send the essay."}
    (folder / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def server(tmp_path, clock):
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=short_rules_course(tmp_path), clock=clock.now) as running:
        state = running.app.state
        state.add_participant("ana", "secret-pw", KOREAN, "Asia/Seoul", [COURSE])
        state.add_participant("pepe", "pepe-pw-1", SPANISH, "Europe/Madrid", [COURSE])
        state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid", [COURSE])
        state.add_participant("cho", "cho-pw-11", "Cho Not-Done", "Asia/Seoul", [COURSE])
        state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        state.add_organizer("lee", "desk-password-2", "Lee Other")
        for login in ("ana", "pepe", "ben"):
            for session in SESSIONS:
                state.record_attendance(login, COURSE, session)
            caller = Caller(running.url, login, {"ana": "secret-pw", "pepe": "pepe-pw-1", "ben": "other-pw"}[login])
            assert caller.submit(COURSE, "essay", "essay", {"text": "Care is a public service. " * 20}
                                 ).status_code in (200, 201)
        state.record_attendance("cho", COURSE, "orientation")  # took part, far from done
        yield running


def issue_all(url: str, browser: requests.Session, language: str = "en") -> str:
    page = browser.get(url + f"/desk/courses/{COURSE}/certificates").text
    ids = re.findall(r'name="participant" value="([^"]+)"', page)
    done = browser.post(url + f"/desk/courses/{COURSE}/certificates", allow_redirects=False,
                        data={"csrf": csrf_of(page), "participant": ids, "language": language})
    assert done.status_code == 303, done.text
    return browser.get(url + done.headers["location"]).text


def test_the_desk_lists_who_meets_the_rules_and_issues_pdfs_that_print_names_as_written(server):
    from pypdf import PdfReader

    browser = signed_in(server.url, "kim", "desk-password-1")
    course = browser.get(server.url + f"/desk/courses/{COURSE}").text
    assert f'href="/desk/courses/{COURSE}/certificates"' in course
    page = browser.get(server.url + f"/desk/courses/{COURSE}/certificates").text
    assert "Attend the four live sessions and send the essay." in page
    # the three who are done can be issued to; Cho is told what is missing (the kernel's checklist)
    assert page.count('name="participant"') == 3 and "4 required item(s) missing" in page
    assert HOSTILE not in page and "&lt;script&gt;" in page
    # the participants' own progress route says the same (the same rules, one kernel)
    assert Caller(server.url, "cho", "cho-pw-11").get(f"/courses/{COURSE}/progress").json()["certificate"][
        "eligible"] is False
    assert Caller(server.url, "ana", "secret-pw").get(f"/courses/{COURSE}/progress").json()["certificate"][
        "eligible"] is True
    after = issue_all(server.url, browser, "ko")
    assert "3 certificate(s) issued." in after and 'name="participant"' not in after
    codes = re.findall(r'/certificates/([A-Z0-9]+)\.pdf"', after)
    assert len(set(codes)) == 3 and all(len(c) == 16 for c in codes)
    names = set()
    for code in codes:
        answer = browser.get(server.url + f"/desk/courses/{COURSE}/certificates/{code}.pdf")
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
        assert answer.content.startswith(b"%PDF-") and "sandbox" in answer.headers["content-security-policy"]
        reader = PdfReader(io.BytesIO(answer.content))
        text = reader.pages[0].extract_text()
        assert "수료증" in text and "Caring Cities" in text and "-".join(re.findall("....", code)) in text
        fonts = str([reader.pages[0]["/Resources"]["/Font"][f].get_object()["/BaseFont"]
                     for f in reader.pages[0]["/Resources"]["/Font"]])
        assert "Nanum" in fonts  # the font with Hangul, embedded
        names |= {n for n in (KOREAN, SPANISH, HOSTILE) if n in text}
    assert names == {KOREAN, SPANISH, HOSTILE}  # drawn as the very text, the hostile one too
    # issuing again issues nothing twice
    assert "0 certificate(s) issued." in issue_all(server.url, browser)


def test_the_verification_page_answers_name_course_date_and_nothing_more_without_sign_in(server, clock):
    browser = signed_in(server.url, "kim", "desk-password-1")
    codes = re.findall(r'/certificates/([A-Z0-9]+)\.pdf"', issue_all(server.url, browser))
    public = requests.Session()  # nobody signed in
    for code in codes:
        typed = "-".join(re.findall("....", code)).lower()  # as printed, typed in small letters
        answer = public.get(server.url + "/desk/verify", params={"code": typed})
        assert answer.status_code == 200 and "Valid: issued to" in answer.text
        assert clock.now().date().isoformat() in answer.text and "Caring Cities" in answer.text
        assert "<script" not in answer.text and "ana" not in answer.text.replace("Españ", "")  # no login
    ko = public.get(server.url + "/desk/verify", params={"code": codes[0], "lang": "ko"}).text
    assert "유효한 수료증입니다" in ko
    unknown = public.get(server.url + "/desk/verify", params={"code": "ABCD-EFGH-JKLM-NPQR", "lang": "en"})
    assert unknown.status_code == 404 and "No certificate has this code" in unknown.text
    assert "Valid" not in unknown.text
    # guessing is throttled like a sign-in: past the address's free failures (Limits, 50) it waits, known
    # codes too (the portal's clock is fixed: the lock lasts)
    statuses = [public.get(server.url + "/desk/verify", params={"code": f"ZZZZ-ZZZZ-ZZZZ-{i:04d}"}).status_code
                for i in range(52)]
    assert statuses[0] == 404 and statuses[-1] == 429
    locked = public.get(server.url + "/desk/verify", params={"code": codes[0]})
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1 and "Valid" not in locked.text
    # the form alone asks nothing
    assert public.get(server.url + "/desk/verify").status_code == 200


def test_an_organizer_never_issues_or_downloads_for_another_organizers_course(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    page = kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text
    ids = re.findall(r'name="participant" value="([^"]+)"', page)
    lee = signed_in(server.url, "lee", "desk-password-2")
    lee_home = lee.get(server.url + "/desk/").text
    assert lee.get(server.url + f"/desk/courses/{COURSE}/certificates").status_code == 404
    forged = lee.post(server.url + f"/desk/courses/{COURSE}/certificates",
                      data={"csrf": csrf_of(lee_home), "participant": ids})
    assert forged.status_code == 404
    assert kim.post(server.url + f"/desk/courses/{COURSE}/certificates",
                    data={"csrf": "guessed", "participant": ids}).status_code == 403
    # someone not done, slipped into the form, gets nothing: the rules decide
    cho_page = kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text
    with server.app.state.portal.read() as conn:
        from sqlalchemy import select

        from companion_portal.models import Certificate, Participant
        cho = conn.execute(select(Participant.id).where(Participant.login == "cho")).scalar_one()
        assert conn.execute(select(Certificate.code)).first() is None  # nothing issued so far
    done = kim.post(server.url + f"/desk/courses/{COURSE}/certificates", allow_redirects=False,
                    data={"csrf": csrf_of(cho_page), "participant": [cho]})
    assert done.headers["location"].endswith("issued=0")
    codes = re.findall(r'/certificates/([A-Z0-9]+)\.pdf"', issue_all(server.url, kim))
    for code in codes:
        assert lee.get(server.url + f"/desk/courses/{COURSE}/certificates/{code}.pdf").status_code == 404
        assert "%PDF" not in lee.get(server.url + f"/desk/courses/{COURSE}/certificates/{code}.pdf").text


def test_the_protocol_lists_a_participants_certificate_and_serves_its_pdf_with_length_and_digest(server):
    ana, cho = Caller(server.url, "ana", "secret-pw"), Caller(server.url, "cho", "cho-pw-11")
    assert ana.get(f"/courses/{COURSE}/certificates").json() == {"version": 1, "certificates": []}
    issue_all(server.url, signed_in(server.url, "kim", "desk-password-1"), "es")
    listing = ana.get(f"/courses/{COURSE}/certificates").json()
    assert listing["version"] == 1 and len(listing["certificates"]) == 1
    entry = listing["certificates"][0]
    assert entry["name"] == KOREAN and entry["course_title"].startswith("Caring Cities") and entry["language"] == "es"
    assert entry["pdf_url"] == f"/api/v1/courses/{COURSE}/certificates/{entry['code']}/pdf"
    url = server.url + entry["pdf_url"]
    pdf = ana.get(url)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert len(pdf.content) == entry["size"] == int(pdf.headers["content-length"])
    assert hashlib.sha256(pdf.content).hexdigest() == entry["sha256"]
    # another participant's certificate answers like none; no token, no answer; an unknown course: its code
    assert cho.get(url).status_code == 404 and cho.get(f"/courses/{COURSE}/certificates").json()[
        "certificates"] == []
    assert Caller(server.url).get(url).status_code == 401
    unknown = ana.get("/courses/no-such-course/certificates")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_course"


def test_survey_answers_read_one_by_one_and_counted_per_option(server):
    answers = {"ana": {"overall": "Agree", "lectures": "Strongly agree", "live": "Agree",
                       "best-lecture": "Lecture 4: Seoul Learn", "take-home": "돌봄은 공공 서비스입니다.",
                       "improve": HOSTILE},
               "pepe": {"overall": "Agree", "lectures": "Neutral", "live": "Disagree",
                        "best-lecture": "Lecture 4: Seoul Learn", "take-home": "Cuidar es un servicio público.",
                        "improve": "Más tiempo para preguntas."}}
    for login, password in (("ana", "secret-pw"), ("pepe", "pepe-pw-1")):
        sent = Caller(server.url, login, password).submit(COURSE, "survey", "survey", {"answers": answers[login]})
        assert sent.status_code in (200, 201), sent.text
    browser = signed_in(server.url, "kim", "desk-password-1")
    course = browser.get(server.url + f"/desk/courses/{COURSE}").text
    assert f'/desk/courses/{COURSE}/assignments/survey/survey"' in course
    page = browser.get(server.url + f"/desk/courses/{COURSE}/assignments/survey/survey").text
    assert "2 participant(s) answered." in page
    # counted per option: "Agree" twice for the overall question, "Lecture 4" twice
    overall = page.split("<caption>", 2)[1]
    assert re.search(r"<td>Agree</td><td>2</td>", overall) and re.search(r"<td>Disagree</td><td>0</td>", overall)
    assert re.search(r"<td>Lecture 4: Seoul Learn</td><td>2</td>", page)
    assert "돌봄은 공공 서비스입니다." in page and "Cuidar es un servicio público." in page
    assert HOSTILE not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count(f'href="/desk/courses/{COURSE}/submissions/') == 2  # one by one, each opening its submission
    lee = signed_in(server.url, "lee", "desk-password-2")
    assert lee.get(server.url + f"/desk/courses/{COURSE}/assignments/survey/survey").status_code == 404
    assert browser.get(server.url + f"/desk/courses/{COURSE}/assignments/essay/survey").status_code == 404
    es = browser.get(server.url + f"/desk/courses/{COURSE}/assignments/survey/survey?lang=es").text
    assert "Respuestas una por una" in es and len(es.encode()) < 100_000


def test_grades_export_in_moodle_and_canvas_import_layouts_with_no_formula_cells(server):
    """The layouts the two gradebooks' CSV imports take:

    - Moodle (grade/import/csv, ``gradeimport_csv_load_data::map_user_data_with_value`` in
      moodle/moodle's grade/import/csv/classes/load_data.php): one row per user, an identifier column the
      organizer maps to the user's ``username`` (or ``useremail``/``useridnumber``/``userid``) and one
      column per grade item, mapped to a grade item or a new one; an empty cell is left alone.
    - Canvas (Instructure's guide "How do I import grades in the Gradebook?",
      community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807, and
      the layout of Canvas's own gradebook export): the columns Student, ID, SIS User ID, SIS Login ID,
      Section, then one column per assignment titled "Name (id)", and a "Points Possible" row under the
      header; Canvas finds the student by SIS Login ID when the Canvas ID is empty.
    """
    formula = '=HYPERLINK("http://127.0.0.1/steal","open me")'
    server.app.state.add_participant("+evil", "evil-pw-1", formula, "Asia/Seoul", [COURSE])
    evil = Caller(server.url, "+evil", "evil-pw-1")
    assert evil.submit(COURSE, "essay", "essay", {"text": "Mine. " * 30}).status_code in (200, 201)
    browser = signed_in(server.url, "kim", "desk-password-1")
    # an accepted essay for ana, a needs-revision for pepe (the feedback route of the desk)
    for login, verdict in (("ana", "accepted"), ("pepe", "needs_revision")):
        course = browser.get(server.url + f"/desk/courses/{COURSE}").text
        sid = re.search(rf'/submissions/([0-9a-f-]+)">[^<]*</a> \({login}\)', course).group(1)
        url = server.url + f"/desk/courses/{COURSE}/submissions/{sid}/feedback"
        assert browser.post(url, data={"csrf": csrf_of(course), "verdict": verdict, "comment": "ok"}).status_code == 200
    moodle = browser.get(server.url + f"/desk/courses/{COURSE}/grades-moodle.csv")
    assert moodle.status_code == 200 and moodle.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(moodle.content.decode("utf-8-sig"))))
    title = "One-page essay: lessons learned for my city"
    assert rows[0][:2] == ["Username", "Full name"] and title in rows[0]
    essay = rows[0].index(title)
    by_login = {r[0]: r for r in rows[1:]}
    assert by_login["ana"][essay] == "100" and by_login["pepe"][essay] == "0" and by_login["ben"][essay] == ""
    assert by_login["ana"][1] == KOREAN and by_login["pepe"][1] == SPANISH
    canvas = browser.get(server.url + f"/desk/courses/{COURSE}/grades-canvas.csv")
    rows = list(csv.reader(io.StringIO(canvas.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert f"{title} (essay)" in rows[0] and all(re.fullmatch(r".+ \([^()]+\)", h) for h in rows[0][5:])
    assert rows[1][0].strip() == "Points Possible" and all(re.fullmatch(r"\d+(\.\d+)?", x) for x in rows[1][5:])
    by_login = {r[3]: r for r in rows[2:]}
    assert by_login["ana"][0] == KOREAN and by_login["ana"][rows[0].index(f"{title} (essay)")] == "100"
    for table in (moodle, canvas):
        for row in csv.reader(io.StringIO(table.content.decode("utf-8-sig"))):
            assert not any(c.startswith(("=", "+", "-", "@")) for c in row), row
    assert "'+evil" in canvas.text and "'=HYPERLINK" in canvas.text
    lee = signed_in(server.url, "lee", "desk-password-2")
    for layout in ("moodle", "canvas"):
        theirs = lee.get(server.url + f"/desk/courses/{COURSE}/grades-{layout}.csv")
        assert theirs.status_code == 404 and KOREAN not in theirs.text
    assert browser.get(server.url + f"/desk/courses/{COURSE}/grades-blackboard.csv").status_code == 404


def test_a_name_the_font_cannot_draw_still_prints_and_pdf_syntax_in_a_name_stays_text():
    """Letters NanumGothic lacks (an emoji, Arabic) print as missing glyphs, never fail the batch; a name
    made of PDF syntax is drawn as text (pypdf reads it back) and opens no second object or action."""
    from pypdf import PdfReader

    from companion_portal.desk.certificate_pdf import Printer

    names = ["😀 مرحبا Ünïcødé ñ", ") Tj /JavaScript (app.alert(1)) >> endobj 9 0 obj << /S /Launch", KOREAN]
    with Printer(names + ["Caring Cities 2023"]) as printer:
        pdfs = [printer.render(name, "Caring Cities 2023", "2023-07-30", "ABCDEFGHJKLMNPQR",
                               "http://127.0.0.1/desk/verify?code=ABCD-EFGH-JKLM-NPQR", "en") for name in names]
    for name, pdf in zip(names, pdfs):
        reader = PdfReader(io.BytesIO(pdf))
        text = reader.pages[0].extract_text()
        assert "Certificate of completion" in text and "ABCD-EFGH-JKLM-NPQR" in text
        assert b"/JavaScript" not in pdf and b"/Launch" not in pdf and b"/AA" not in pdf
        opening = reader.trailer["/Root"].get("/OpenAction")
        assert opening is None or isinstance(opening, list)  # at most a view (fpdf2's /FitH), never an action
        if name != names[0]:
            assert name in " ".join(text.split())  # (a long name wraps onto two lines)


def test_the_verification_page_shows_any_typed_code_as_text(server):
    typed = '"><script>alert(1)</script>'
    answer = requests.get(server.url + "/desk/verify", params={"code": typed, "lang": "en"})
    assert answer.status_code == 404 and "No certificate has this code" in answer.text
    assert "<script>alert(1)" not in answer.text and "&lt;script&gt;" in answer.text
    long = requests.get(server.url + "/desk/verify", params={"code": "A" * 5000})
    assert long.status_code == 404 and "A" * 81 not in long.text


def test_every_word_of_the_certificate_pages_is_in_three_languages_with_the_same_blanks():
    import string

    from companion_portal.desk import certificate_pdf
    from companion_portal.desk import certificates  # noqa: F401 - its words join the desk's
    from companion_portal.desk.words import WORDS

    for table in (WORDS, certificate_pdf.WORDS):
        for key, texts in table.items():
            assert set(texts) == {"en", "ko", "es"} and all(t.strip() for t in texts.values()), key
            blanks = {lang: sorted(f for _l, f, _s, _c in string.Formatter().parse(t) if f) for lang, t in texts.items()}
            assert blanks["ko"] == blanks["es"] == blanks["en"], key


def test_a_certificate_issued_in_error_is_revoked_after_a_confirmation_and_issued_again_with_a_new_code(server):
    kim, lee = signed_in(server.url, "kim", "desk-password-1"), signed_in(server.url, "lee", "desk-password-2")
    ana = Caller(server.url, "ana", "secret-pw")
    issue_all(server.url, kim)
    old = ana.get(f"/courses/{COURSE}/certificates").json()["certificates"][0]["code"]
    listing = kim.get(server.url + f"/desk/courses/{COURSE}/certificates").text
    revoke_url = f"/desk/courses/{COURSE}/certificates/{old}/revoke"
    assert f'href="{revoke_url}"' in listing and f'aria-label="Revoke the certificate of {KOREAN}"' in listing
    # the confirmation says what follows; nothing is revoked by looking at it
    confirm = kim.get(server.url + revoke_url)
    assert confirm.status_code == 200 and "-".join(re.findall("....", old)) in confirm.text
    assert "will then say it was revoked" in confirm.text and f'action="{revoke_url}"' in confirm.text
    # another organizer cannot see or revoke it; a forged or missing CSRF token is refused
    assert lee.get(server.url + revoke_url).status_code == 404
    assert lee.post(server.url + revoke_url, data={"csrf": csrf_of(lee.get(server.url + "/desk/").text)}
                    ).status_code == 404
    assert kim.post(server.url + revoke_url, data={"csrf": "guessed"}).status_code == 403
    assert kim.post(server.url + revoke_url, data={}).status_code == 403
    assert requests.post(server.url + revoke_url, data={"csrf": csrf_of(confirm.text)},
                         allow_redirects=False).status_code == 303  # no session: to the sign-in page
    assert [c["code"] for c in ana.get(f"/courses/{COURSE}/certificates").json()["certificates"]] == [old]
    done = kim.post(server.url + revoke_url, data={"csrf": csrf_of(confirm.text)}, allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("revoked=1")
    after = kim.get(server.url + done.headers["location"]).text
    assert "The certificate was revoked." in after and old not in after
    assert kim.post(server.url + revoke_url, data={"csrf": csrf_of(after)}).status_code == 404  # once only
    # the public page says "revoked" plainly, never "valid"; the participant's listing no longer holds it
    public = requests.get(server.url + "/desk/verify", params={"code": old})
    assert public.status_code == 410 and "Revoked:" in public.text and "It is not valid." in public.text
    assert "Valid:" not in public.text and KOREAN in public.text
    ko = requests.get(server.url + "/desk/verify", params={"code": old, "lang": "ko"})
    assert "취소된 수료증" in ko.text and "유효하지 않습니다" in ko.text
    assert ana.get(f"/courses/{COURSE}/certificates").json()["certificates"] == []
    assert ana.get(f"/courses/{COURSE}/certificates/{old}/pdf").status_code == 404
    assert kim.get(server.url + f"/desk/courses/{COURSE}/certificates/{old}.pdf").status_code == 404
    # issued again: a new code, valid; the old one stays revoked
    assert "1 certificate(s) issued." in issue_all(server.url, kim)
    new = ana.get(f"/courses/{COURSE}/certificates").json()["certificates"]
    assert len(new) == 1 and new[0]["code"] != old
    assert "Valid: issued to" in requests.get(server.url + "/desk/verify", params={"code": new[0]["code"]}).text
    assert requests.get(server.url + "/desk/verify", params={"code": old}).status_code == 410
