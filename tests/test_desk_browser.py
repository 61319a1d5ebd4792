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
        running.app.state.add_participant("ben", "other-pw", HOSTILE, "Europe/Madrid")
        running.app.state.add_participant("maria@example.org", "maria-pw", "María López", "Europe/Madrid")
        running.app.state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        yield running


def click_to(chrome, selector: str, url_part: str) -> None:
    """Click and wait until the browser has arrived at the page the click leads to."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    before = chrome.find_element(By.TAG_NAME, "html")
    chrome.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(chrome, 15).until(expected_conditions.staleness_of(before))
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
