"""The README's screenshots of the organizer's desk and of the feedback as the participant sees it.

    python tools/desk_screenshots.py [OUT_DIR]        (default docs/screenshots)

Run it under Xvfb so the app's window has a 1024x600 screen:
    xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb python tools/desk_screenshots.py

Starts the reference portal on 127.0.0.1 with the sample course, two participants (one handing in
with the app itself) and an organizer; drives Debian's Chromium headless through Selenium as
tests/test_desk_browser.py does (sign-in, the course's submissions, an essay answered with "needs
revision"), saves whole-page screenshots, then opens the app's real window offscreen after its sync
and saves its Submissions page with the feedback beside the essay.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources" / "courses" / "caring-cities-2023"
COURSE = "caring-cities-2023"
WHEN = datetime(2023, 7, 10, 12, 0, tzinfo=timezone.utc)
COMMENT = ("Thank you, Ana: the lessons are clear. Please add one example from your own district "
           "(a service, who runs it, what changed) and send the essay again.")


def chrome(width: int, height: int, profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                 f"--window-size={width},{height}", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def whole_page(driver, path: Path, width: int, max_height: int = 1400) -> None:
    for _ in range(3):  # the height the page takes at this width (a resize may rewrap it)
        driver.set_window_size(width, max_height)
        height = driver.execute_script("return Math.ceil(document.querySelector('main').getBoundingClientRect()"
                                       ".bottom + window.scrollY) + 24")
        inner = driver.execute_script("return window.innerHeight")
        driver.set_window_size(width, min(max(height + (max_height - inner), 400), max_height))
    driver.save_screenshot(str(path))
    print("wrote", path)


def desk_shots(url: str, out: Path, work: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = chrome(1024, 600, work / "chromium")
    try:
        driver.get(f"{url}/desk/sign-in?lang=en")
        driver.find_element(By.ID, "login").send_keys("kim")
        driver.find_element(By.ID, "password").send_keys("desk-password-1")
        driver.find_element(By.CSS_SELECTOR, "main form button").click()
        driver.get(f"{url}/desk/courses/{COURSE}")
        link = driver.find_element(By.XPATH, "//tr[contains(., '(ana)')]//a[contains(@href, '/submissions/')]")
        driver.get(link.get_attribute("href"))
        driver.find_element(By.CSS_SELECTOR, "input[value=needs_revision]").click()
        driver.find_element(By.ID, "comment").send_keys(COMMENT)
        driver.find_element(By.CSS_SELECTOR, "form[action$='/feedback'] button").click()
        whole_page(driver, out / "desk-en-1024-feedback.png", 1024)
        driver.get(re.sub(r"\?.*", "", driver.current_url) + "?lang=es")
        driver.set_window_size(390, 800)
        whole_page(driver, out / "desk-es-phone-feedback.png", 390, 1800)
        driver.get(f"{url}/desk/courses/{COURSE}?lang=en")  # the course with its answered delivery
        whole_page(driver, out / "desk-en-1024-course.png", 1024)
    finally:
        driver.quit()


def app_shot(data: Path, out: Path, clock) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    qapp = QApplication.instance() or QApplication(["companion"])

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    runner = TaskRunner()
    window = MainWindow(runner)
    window.resize(1024, 600)
    window.show()
    runner.run(lambda: open_app(data, clock), window.attach, window.failed_to_open)
    for _ in range(400):
        if window.context is not None and not runner.busy:
            break
        wait(25)
    window.sync.sync(now=True)
    for _ in range(400):
        wait(25)
        if not window.sync.running and not runner.busy and window.notice.isVisible():
            break
    window.notice.action.click()  # Show feedback
    for _ in range(200):
        wait(25)
        made = window.pages.made_page("submissions")
        if made is not None and made.feedback_card.isVisible():
            break
    wait(300)
    path = out / "en-1024x600-feedback.png"
    window.grab().save(str(path))
    print("wrote", path)
    window.close()
    QCoreApplication.processEvents()



def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the app's token for this run only, never the desktop's keyring
    from companion.app import build_app
    from companion.domain.clock import FixedClock
    from companion_portal.testing import running_portal

    clock = FixedClock(WHEN)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with running_portal(work / "portal", course=SAMPLE, clock=clock.now) as server:
            state = server.app.state
            state.add_participant("ana", "secret-pw", "Ana Martínez", "Europe/Madrid")
            state.add_participant("min-jun", "other-pw", "Kim Min-jun", "Asia/Seoul")
            state.add_organizer("kim", "desk-password-1", "Kim Ji-woo", [COURSE])
            data = work / "app"
            data.mkdir()
            app = build_app(data, clock=clock)
            try:
                app.sync.sign_in(server.url, "ana", "secret-pw")
                app.assignments.save_draft(COURSE, "essay", {"text": (
                    "Caring for each other is a public service. In our city the home-visit programme showed "
                    "that small teams who know a neighbourhood reach people that no office does. ") * 3})
                app.assignments.submit(COURSE, "essay")
                report = app.sync.run(now=True)
                assert report.delivered == 1, report
            finally:
                app.close()
            from tests.support.portal import Caller

            Caller(server.url, "min-jun", "other-pw").submit(COURSE, "essay", "essay", {"text": (
                "Seoul's caring neighbourhoods taught me that the first step is to listen: our district will "
                "ask older residents what help they would accept before it designs any new service. ") * 5})
            desk_shots(server.url, out, work)
            app_shot(data, out, clock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
