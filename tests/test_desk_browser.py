"""The desk in a real browser: Debian's Chromium driven by Selenium through chromedriver, with
axe-core (npm, tests/js) checking every page for accessibility, at 1024x600 and at a phone's width,
in English, Korean and Spanish. Screenshots go to the test's folder (and to $DESK_SCREENSHOTS when
set, for the README)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE
from .support.portal import Caller
from .test_desk import COURSE, HOSTILE, ZOOM_REPORT

pytestmark = pytest.mark.integration
JS = ROOT / "tests" / "js"
AXE = JS / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def axe_source() -> str:
    npm = shutil.which("npm")
    installed = JS / "node_modules" / ".package-lock.json"
    if not AXE.exists() or installed.stat().st_mtime < (JS / "package-lock.json").stat().st_mtime:
        if not npm:
            pytest.skip("npm is not installed (`make test` installs it): axe-core cannot be fetched")
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"npm ci failed in {JS}:\n{done.stdout}\n{done.stderr}"
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Debian's chromium and chromium-driver are not installed (`make test` installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1024,600",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    chrome = webdriver.Chrome(service=Service(driver), options=options)
    chrome.set_page_load_timeout(30)
    yield chrome
    chrome.quit()


@pytest.fixture
def server(tmp_path, clock):
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=SAMPLE, users={"ana": "secret-pw"}, clock=clock.now) as running:
        running.app.state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid", [COURSE])
        running.app.state.add_participant("maria@example.org", "maria-pw", "María López", "Europe/Madrid", [COURSE])
        running.app.state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        yield running


def click_to(chrome, selector: str, url_part: str) -> None:
    """Click and wait until the browser has arrived at the page the click leads to."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    from selenium.common.exceptions import WebDriverException

    before = chrome.find_element(By.TAG_NAME, "html")
    chrome.find_element(By.CSS_SELECTOR, selector).click()

    def left(_chrome) -> bool:
        # staleness_of, and also chromedriver's "Node … does not belong to the document" when the
        # old page goes away in the middle of the check (seen on a loaded machine)
        try:
            return expected_conditions.staleness_of(before)(_chrome)
        except WebDriverException:
            return True

    WebDriverWait(chrome, 15).until(left)
    WebDriverWait(chrome, 15).until(lambda c: url_part in c.current_url
                                    and c.execute_script("return document.readyState") == "complete")


def check_page(chrome, axe_source: str, shots: Path, name: str) -> None:
    """No serious or critical axe-core violation; nothing wider than the window at 1024x600 and at a
    phone's 390x800; a screenshot of each."""
    for width, height, size in ((1024, 600, "1024x600"), (390, 800, "phone")):
        chrome.set_window_size(width, height)
        chrome.save_screenshot(str(shots / f"{name}-{size}.png"))
        overflow = chrome.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} is {overflow}px wider than {size}"
    chrome.set_window_size(1024, 600)
    chrome.execute_script(axe_source)
    result = chrome.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
        "v => [v.id, v.impact, v.nodes.length, v.help])), e => done(String(e)));")
    assert isinstance(result, list), result
    bad = [v for v in result if v[1] in ("serious", "critical")]
    assert not bad, f"{name}: {bad}"


def test_an_organizer_works_the_desk_in_chromium_in_three_languages(browser, axe_source, server, tmp_path, app):
    from selenium.webdriver.common.by import By

    from companion.shared_kernel import load_package
    from companion.ui.ops import outbox as outbox_ops

    # ana hands in her essay with the app, which delivers it at sync; ben's comes straight over the API
    ana, ben = Caller(server.url, "ana", "secret-pw"), Caller(server.url, "ben", "other-pw")
    app.sync.sign_in(server.url, "ana", "secret-pw")
    app.assignments.save_draft(COURSE, "essay", {"text": "Care is a public service. " * 20})
    essay = app.assignments.submit(COURSE, "essay")
    assert app.sync.run(now=True).delivered == 1
    assert ben.submit(COURSE, "essay", "essay", {"text": "Mine too. " * 40}).status_code in (200, 201)
    report = tmp_path / "participants_81234567890.csv"
    report.write_text(ZOOM_REPORT, encoding="utf-8")
    shots = Path(os.environ.get("DESK_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    session = load_package(SAMPLE).course.live_sessions[0]
    chrome = browser
    chrome.delete_all_cookies()
    for lang, sign_in_word, recorded in (("en", "Sign in", "2 attendances recorded."),
                                         ("ko", "로그인", "출석 0건을 기록했습니다."),
                                         ("es", "Iniciar sesión", "Se registraron 0 asistencias.")):
        chrome.get(f"{server.url}/desk/sign-in?lang={lang}")
        assert chrome.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert chrome.find_element(By.CSS_SELECTOR, "form button").text == sign_in_word
        check_page(chrome, axe_source, shots, f"sign-in-{lang}")
        chrome.find_element(By.ID, "login").send_keys("kim")
        chrome.find_element(By.ID, "password").send_keys("desk-password-1")
        click_to(chrome, "main form button", "/desk/")
        check_page(chrome, axe_source, shots, f"courses-{lang}")
        click_to(chrome, f"a[href='/desk/courses/{COURSE}']", COURSE)
        essays = chrome.find_element(By.TAG_NAME, "caption").text
        assert "2" in essays
        # the hostile name is on the page as text, and no script ran from it
        assert HOSTILE in chrome.find_element(By.TAG_NAME, "main").text
        check_page(chrome, axe_source, shots, f"course-{lang}")
        click_to(chrome, f"td a[href^='/desk/courses/{COURSE}/submissions/']", "/submissions/")
        assert "Care is a public service." in chrome.find_element(By.CLASS_NAME, "essay").text
        check_page(chrome, axe_source, shots, f"submission-{lang}")
        if lang == "en":  # feedback typed and sent by keyboard-reachable controls
            chrome.find_element(By.CSS_SELECTOR, "input[value=needs_revision]").click()
            chrome.find_element(By.ID, "comment").send_keys("Please add an example from your city.")
            click_to(chrome, "form[action$='/feedback'] button", "saved=1")
            assert "Feedback saved" in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
            check_page(chrome, axe_source, shots, f"feedback-{lang}")
        chrome.get(f"{server.url}/desk/courses/{COURSE}")
        chrome.find_element(By.ID, "report").send_keys(str(report))
        chrome.find_element(By.ID, "minimum").clear()
        chrome.find_element(By.ID, "minimum").send_keys("30")
        click_to(chrome, "form[action$='/attendance/preview'] button", "/attendance/preview")
        assert session.title in chrome.find_element(By.TAG_NAME, "h2").text
        check_page(chrome, axe_source, shots, f"attendance-{lang}")
        click_to(chrome, "form[action$='/attendance'] button", "recorded=")
        assert recorded in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
        click_to(chrome, "header form button", "/desk/sign-in")  # sign out
    answers = ana.get(f"/courses/{COURSE}/feedback").json()["feedback"]
    assert [(a["verdict"], a["comment"]) for a in answers] == [("needs_revision", "Please add an example from your city.")]
    # the feedback given in the browser reaches ana's app at its next sync, beside her essay
    assert [(f.submission_id, f.verdict) for f in app.sync.run(now=True).feedback] == [(essay.id, "needs_revision")]
    _course, deliveries, _items, feedback = outbox_ops.submissions_view(app, COURSE).value
    assert deliveries["essay"] == "needs_revision"
    assert feedback[essay.id].comment == "Please add an example from your city."
    progress = Caller(server.url, "maria@example.org", "maria-pw").get(f"/courses/{COURSE}/progress").json()
    assert progress["attendance"][session.id] is True


def test_an_organizer_imports_a_roster_hands_out_passwords_and_ticks_attendance_in_chromium(browser, axe_source,
                                                                                           server, tmp_path):
    """The participants' pages of the desk in each language: the roster, a roster file's preview and
    its import, the passwords page, one participant, attendance by hand, and the courses page with its
    upload form; axe-core on each, at 1024x600 and a phone's width."""
    from selenium.webdriver.common.by import By

    from companion.shared_kernel import load_package

    shots = Path(os.environ.get("DESK_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    session = load_package(SAMPLE).course.live_sessions[0]
    chrome = browser
    chrome.delete_all_cookies()
    for n, (lang, imported, saved) in enumerate((("en", "2 participants added", "Attendance saved"),
                                                 ("ko", "참가자 2명을 명단에 추가했습니다", "출석을 저장했습니다"),
                                                 ("es", "Se añadieron 2 participantes", "Asistencia guardada"))):
        roster = tmp_path / f"roster-{lang}.csv"
        roster.write_bytes(("\ufeffname;e-mail;time zone;language\r\n"
                            f"김민지 {n};minji{n}@example.kr;Asia/Seoul;ko\r\n"
                            f"{HOSTILE};hostile{n}@example.org;;{lang}\r\n").encode("utf-8"))
        chrome.get(f"{server.url}/desk/sign-in?lang={lang}")
        chrome.find_element(By.ID, "login").send_keys("kim")
        chrome.find_element(By.ID, "password").send_keys("desk-password-1")
        click_to(chrome, "main form button", "/desk/")
        check_page(chrome, axe_source, shots, f"courses-upload-{lang}")
        chrome.get(f"{server.url}/desk/courses/{COURSE}/participants")
        check_page(chrome, axe_source, shots, f"participants-{lang}")
        chrome.find_element(By.ID, "roster").send_keys(str(roster))
        click_to(chrome, "form[action$='/participants/import'] button", "/participants/import")
        assert HOSTILE in chrome.find_element(By.TAG_NAME, "main").text  # as text; no script ran
        check_page(chrome, axe_source, shots, f"roster-preview-{lang}")
        click_to(chrome, "form[action$='/import/confirm'] button", "imported=")
        assert imported in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
        click_to(chrome, "form[action$='/participants/passwords'] button", "/participants/passwords")
        codes = [c.text for c in chrome.find_elements(By.CSS_SELECTOR, "code.secret")]
        assert len(codes) == 2
        check_page(chrome, axe_source, shots, f"passwords-{lang}")
        minji = Caller(server.url, f"minji{n}@example.kr", codes[[r.text for r in chrome.find_elements(
            By.CSS_SELECTOR, "tbody tr td:nth-child(2)")].index(f"minji{n}@example.kr")])
        chrome.get(f"{server.url}/desk/courses/{COURSE}/participants")
        click_to(chrome, f"td a[href*='/participants/']", "/participants/")
        check_page(chrome, axe_source, shots, f"participant-{lang}")
        chrome.get(f"{server.url}/desk/courses/{COURSE}/sessions/{session.id}")
        box = chrome.find_element(By.XPATH, f"//label[contains(., 'minji{n}@example.kr')]/input")
        if not box.is_selected():
            box.click()
        click_to(chrome, "main form button", "saved=1")
        assert saved in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
        check_page(chrome, axe_source, shots, f"ticks-{lang}")
        assert minji.get(f"/courses/{COURSE}/progress").json()["attendance"][session.id] is True
        click_to(chrome, "header form button", "/desk/sign-in")


def test_certificates_are_issued_and_verified_and_the_survey_read_in_chromium_in_three_languages(
        browser, axe_source, tmp_path, clock):
    """Issue a certificate on the desk, verify its code on the public page (signed out), read the survey
    summary: each page in en/ko/es through axe-core, at 1024x600 and a phone's width."""
    from selenium.webdriver.common.by import By

    from companion_portal.testing import running_portal

    from .test_desk_certificates import KOREAN, SESSIONS, short_rules_course

    with running_portal(tmp_path / "portal", course=short_rules_course(tmp_path), clock=clock.now) as server:
        state = server.app.state
        state.add_participant("ana", "secret-pw", KOREAN, "Asia/Seoul", [COURSE])
        state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid", [COURSE])
        state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        for login, password in (("ana", "secret-pw"), ("ben", "other-pw")):
            for session in SESSIONS:
                state.record_attendance(login, COURSE, session)
            caller = Caller(server.url, login, password)
            assert caller.submit(COURSE, "essay", "essay", {"text": "Care is a public service. " * 20}
                                 ).status_code in (200, 201)
            assert caller.submit(COURSE, "survey", "survey", {"answers": {
                "overall": "Agree", "lectures": "Agree", "live": "Neutral", "best-lecture": "Lecture 4: Seoul Learn",
                "take-home": HOSTILE if login == "ben" else "돌봄은 모두의 일입니다.", "improve": "—"}}
                ).status_code in (200, 201)
        shots = Path(os.environ.get("DESK_SCREENSHOTS") or tmp_path / "shots")
        shots.mkdir(parents=True, exist_ok=True)
        chrome = browser
        chrome.delete_all_cookies()
        codes: list[str] = []
        for lang, valid_word in (("en", "Valid"), ("ko", "유효한"), ("es", "Válido")):
            chrome.get(f"{server.url}/desk/sign-in?lang={lang}")
            chrome.find_element(By.ID, "login").send_keys("kim")
            chrome.find_element(By.ID, "password").send_keys("desk-password-1")
            click_to(chrome, "main form button", "/desk/")
            click_to(chrome, f"a[href='/desk/courses/{COURSE}']", COURSE)
            click_to(chrome, f"a[href='/desk/courses/{COURSE}/assignments/survey/survey']", "/survey")
            main = chrome.find_element(By.TAG_NAME, "main").text
            assert HOSTILE in main and "돌봄은 모두의 일입니다." in main  # the hostile answer as text
            check_page(chrome, axe_source, shots, f"survey-{lang}")
            chrome.get(f"{server.url}/desk/courses/{COURSE}/certificates")
            if lang == "en":  # both meet the rules: issued by the keyboard-reachable button
                assert len(chrome.find_elements(By.CSS_SELECTOR, "input[name=participant]:checked")) == 2
                check_page(chrome, axe_source, shots, "certificates-before-en")
                click_to(chrome, "form[action$='/certificates'] button", "issued=")
                assert "2 certificate(s) issued." in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
            links = chrome.find_elements(By.CSS_SELECTOR, "td a[href$='.pdf']")
            codes = [a.get_attribute("href").rsplit("/", 1)[1][:-4] for a in links]
            assert [a.text for a in links] == [f"{'-'.join(c[i:i + 4] for i in range(0, 16, 4))} (PDF)" for c in codes]
            assert len(codes) == 2 and HOSTILE in chrome.find_element(By.TAG_NAME, "main").text
            check_page(chrome, axe_source, shots, f"certificates-{lang}")
            click_to(chrome, "header form button", "/desk/sign-in")  # signed out: the check is public
            chrome.get(f"{server.url}/desk/verify?lang={lang}")
            check_page(chrome, axe_source, shots, f"verify-{lang}")
            field = chrome.find_element(By.ID, "code")
            field.send_keys("-".join(codes[0][i:i + 4] for i in range(0, 16, 4)).lower())
            click_to(chrome, "main form button", "code=")
            answer = chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
            assert valid_word in answer and "Caring Cities" in answer and clock.now().date().isoformat() in answer
            check_page(chrome, axe_source, shots, f"verified-{lang}")
            chrome.find_element(By.ID, "code").clear()
            chrome.find_element(By.ID, "code").send_keys("ABCD-EFGH-JKLM-NPQR")
            click_to(chrome, "main form button", "ABCD")
            assert chrome.find_elements(By.CSS_SELECTOR, "[role=alert]") and not chrome.find_elements(
                By.CSS_SELECTOR, "[role=status]")
            check_page(chrome, axe_source, shots, f"unknown-code-{lang}")
        # a certificate issued in error: revoked after the confirmation, then the public page says so
        chrome.get(f"{server.url}/desk/sign-in?lang=en")
        chrome.find_element(By.ID, "login").send_keys("kim")
        chrome.find_element(By.ID, "password").send_keys("desk-password-1")
        click_to(chrome, "main form button", "/desk/")
        chrome.get(f"{server.url}/desk/courses/{COURSE}/certificates")
        click_to(chrome, f"a[href$='/certificates/{codes[0]}/revoke']", "/revoke")
        check_page(chrome, axe_source, shots, "revoke-en")
        click_to(chrome, "main form button", "revoked=1")
        assert "The certificate was revoked." in chrome.find_element(By.CSS_SELECTOR, "[role=status]").text
        check_page(chrome, axe_source, shots, "revoked-en")
        for lang, word in (("en", "Revoked"), ("ko", "취소됨"), ("es", "Revocado")):
            chrome.get(f"{server.url}/desk/verify?lang={lang}&code={codes[0]}")
            answer = chrome.find_element(By.CSS_SELECTOR, "[role=alert]").text
            assert word in answer and not chrome.find_elements(By.CSS_SELECTOR, "[role=status]")
            check_page(chrome, axe_source, shots, f"verify-revoked-{lang}")
