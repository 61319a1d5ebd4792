"""The app's side of certificates (docs/protocol-certificates.md), over real HTTP against the real
portal on 127.0.0.1: an organizer issues on the desk, a sync brings the PDF (bounded, its SHA-256
checked, kept durably), the dashboard shows it with Open and Save as… and a notice says it arrived; a
portal without certificates, or one whose listing lies, changes nothing else."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from .support.portal import Caller
from .test_desk import signed_in
from .test_desk_certificates import KOREAN, SESSIONS, issue_all, short_rules_course

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"


@pytest.fixture
def cert_portal(tmp_path, clock):
    """The portal of the desk tests' shorter rules: ana attended every live session; kim runs the course."""
    from companion_portal.app import Faults
    from companion_portal.testing import running_portal

    faults = Faults()
    with running_portal(tmp_path / "portal", course=short_rules_course(tmp_path), faults=faults,
                        clock=clock.now) as server:
        server.faults = faults
        server.app.state.add_participant("ana", "secret-pw", KOREAN, "Asia/Seoul", [COURSE])
        server.app.state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        for session in SESSIONS:
            server.app.state.record_attendance("ana", COURSE, session)
        yield server


def count_downloads(app) -> list[str]:
    """The certificate PDFs the app asks for from here on (observed on the real client, not replaced)."""
    asked: list[str] = []
    make = app.sync.client_factory

    def factory(*args, **kwargs):
        client = make(*args, **kwargs)
        real = client.certificate_pdf
        client.certificate_pdf = lambda url: asked.append(url) or real(url)
        return client

    app.sync.client_factory = factory
    return asked


def deliver_essay(app, url) -> None:
    app.sync.sign_in(url, "ana", "secret-pw")
    app.assignments.save_draft(COURSE, "essay", {"text": "Care is a public service in my city. " * 10})
    app.assignments.submit(COURSE, "essay")
    report = app.sync.run()
    assert report.delivered == 1 and report.certificates == []


def test_an_issued_certificate_arrives_at_sync_verified_and_is_saved_whole(app, cert_portal, tmp_path):
    from pypdf import PdfReader

    deliver_essay(app, cert_portal.url)
    issue_all(cert_portal.url, signed_in(cert_portal.url, "kim", "desk-password-1"), "ko")
    cert_portal.faults.fail_next(1, 404, path_contains="/pdf")  # the download refused once: nothing kept
    refused = app.sync.run()
    assert refused.exit_code == 0 and refused.certificates == [] and app.sync.certificates.held(COURSE) == []
    report = app.sync.run()  # asked again at the next pass
    assert report.exit_code == 0 and len(report.certificates) == 1
    held = report.certificates[0]
    assert held.name == KOREAN and held.course_title.startswith("Caring Cities") and held.language == "ko"
    data = Path(held.path).read_bytes()
    assert Path(held.path).parent.parent == app.data_dir / "certificates"
    assert len(data) == held.size and hashlib.sha256(data).hexdigest() == held.sha256
    assert KOREAN in PdfReader(io.BytesIO(data)).pages[0].extract_text()  # an independent PDF reader
    assert not list(Path(held.path).parent.glob(".*.part"))  # no temporary left behind
    assert app.sync.certificates.held(COURSE) == [held]
    # kept once: the next pass downloads nothing again
    asked = count_downloads(app)
    again = app.sync.run()
    assert again.certificates == [] and asked == [] and len(app.sync.certificates.held(COURSE)) == 1
    # the command line says where it is (a real process on the same data folder)
    from .test_cli import run

    status = run(app.data_dir, "status", "--json", "--course", COURSE)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["certificates"] == [{"code": held.code, "name": KOREAN,
                                                          "issued_on": held.issued_on, "sha256": held.sha256,
                                                          "path": held.path}]
    text = run(app.data_dir, "status", "--course", COURSE, lang="es_ES.UTF-8")
    assert f"código de verificación {held.grouped_code}: {held.path}" in text.stdout, text.stdout
    target = tmp_path / "mine" / "certificate.pdf"
    target.parent.mkdir()
    assert app.sync.certificates.save_as(COURSE, held.code, target) == target
    assert target.read_bytes() == data and not list(target.parent.glob(".*"))


def test_a_listing_that_lies_about_the_pdf_keeps_nothing_and_the_pass_carries_on(app, cert_portal):
    deliver_essay(app, cert_portal.url)
    issue_all(cert_portal.url, signed_in(cert_portal.url, "kim", "desk-password-1"))
    assert Caller(cert_portal.url, "ana", "secret-pw").get(f"/courses/{COURSE}/certificates").status_code == 200
    # printed now; then the portal's record says another digest than the bytes it sends (a neighbour that lies)
    conn = sqlite3.connect(Path(cert_portal.app.state.config.data_dir) / "portal.sqlite3")
    with conn:
        conn.execute("UPDATE certificates SET sha256 = ?", ("0" * 64,))
    conn.close()
    report = app.sync.run()
    assert report.exit_code == 0 and report.certificates == [] and app.sync.certificates.held(COURSE) == []
    folder = app.data_dir / "certificates" / COURSE
    assert not folder.exists() or not any(folder.iterdir())  # nothing half kept
    # a listing that promises more than 5 MB is not even asked for
    conn = sqlite3.connect(Path(cert_portal.app.state.config.data_dir) / "portal.sqlite3")
    with conn:
        conn.execute("UPDATE certificates SET size = ?", (50_000_000,))
    conn.close()
    asked = count_downloads(app)
    assert app.sync.run().certificates == [] and asked == []


def test_a_portal_without_certificates_is_learnt_once_and_sync_works_unchanged(app, cert_portal):
    from companion.services.settings import PORTAL_EXTENSIONS

    # the API's route answers as FastAPI answers an unknown one (the desk stays)
    cert_portal.faults.absent = (f"/api/v1/courses/{COURSE}/certificates",)
    deliver_essay(app, cert_portal.url)  # delivered as ever
    assert app.settings.get(PORTAL_EXTENSIONS, cert_portal.url)["certificates"]["present"] is False
    cert_portal.faults.absent = ()
    issue_all(cert_portal.url, signed_in(cert_portal.url, "kim", "desk-password-1"))
    report = app.sync.run()  # within the day, not asked again
    assert report.exit_code == 0 and report.certificates == []


@pytest.mark.ui
def test_the_dashboard_shows_the_certificate_with_open_and_save_as_and_a_notice(window, qtbot, cert_portal, tmp_path,
                                                                               monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    app = window.context.app
    deliver_essay(app, cert_portal.url)
    page = window.pages["dashboard"]
    assert not page.certificate.isVisibleTo(window)
    issue_all(cert_portal.url, signed_in(cert_portal.url, "kim", "desk-password-1"))
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.notice.isVisible() and "certificate" in window.notice.text.text(), timeout=30_000)
    assert "Your certificate for Caring Cities" in window.notice.text.text()
    window.notice.action.click()  # Show certificate: the dashboard
    qtbot.waitUntil(lambda: page.certificate.isVisible(), timeout=10_000)
    assert KOREAN in page.certificate_text.text() and page.held.grouped_code in page.certificate_text.text()
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.certificate_open.click()
    assert opened and Path(opened[0].toLocalFile()) == Path(page.held.path)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.certificate_save.click()
    qtbot.waitUntil(lambda: target.exists() and "saved" in page.certificate_text.text(), timeout=10_000)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == page.held.sha256
    # the same arrival in the participant's language (the real .qm files): Korean and Spanish words
    from companion.domain import i18n
    from companion.ui.language import LanguagePack, apply, read_language_choice

    held = page.held
    try:
        for code, arrived, shown in (("ko", "수료증이 도착했습니다", "확인 코드"),
                                     ("es", "Ha llegado tu certificado", "Código de verificación")):
            apply(read_language_choice(code))
            window._certificate_arrived(held)
            page.show_certificates([held])
            assert arrived in window.notice.text.text() and held.course_title in window.notice.text.text()
            assert shown in page.certificate_text.text() and KOREAN in page.certificate_text.text()
            assert window.notice.action.text() in ("수료증 보기", "Ver el certificado")
    finally:
        apply(LanguagePack("en", None, None))
        i18n.install(None)


def test_a_listing_entry_is_taken_only_when_every_field_is_one():
    from companion.services.certificates import MAX_PDF_BYTES, offer

    good = {"code": "K7QD3MWX9PRT2HZA", "name": "김민지", "course_title": "Caring Cities 2023", "issued_on": "2023-07-30",
            "language": "ko", "size": 29041, "sha256": "a" * 64,
            "pdf_url": "/api/v1/courses/caring-cities-2023/certificates/K7QD3MWX9PRT2HZA/pdf"}
    taken = offer(good)
    assert taken is not None and taken.name == "김민지" and taken.size == 29041
    # one plain line: line breaks, NULs and the right-to-left override (a spoofing trick) dropped
    assert offer({**good, "name": "Ana\u202e\nEvil\x00"}).name == "AnaEvil"
    for field, value in (("code", "../../etc/passwd"), ("code", "k7qd3mwx"), ("sha256", "A" * 64), ("size", 0),
                         ("size", MAX_PDF_BYTES + 1), ("size", True), ("size", "29041"), ("name", ""),
                         ("name", "x" * 201), ("course_title", None), ("issued_on", "30/07/2023"),
                         ("pdf_url", "x" * 501), ("language", "<b>")):
        assert offer({**good, field: value}) is None, (field, value)
    assert offer(["not", "a", "dict"]) is None


def revoke(url: str, code: str) -> None:
    from .test_desk import csrf_of

    kim = signed_in(url, "kim", "desk-password-1")
    revoke_url = f"{url}/desk/courses/{COURSE}/certificates/{code}/revoke"
    done = kim.post(revoke_url, data={"csrf": csrf_of(kim.get(revoke_url).text)}, allow_redirects=False)
    assert done.status_code == 303, done.text


def test_a_revoked_certificate_shows_as_withdrawn_its_copy_kept_and_a_new_one_arrives(window, qtbot, cert_portal,
                                                                                      capsys):
    import requests

    app = window.context.app
    deliver_essay(app, cert_portal.url)
    kim = signed_in(cert_portal.url, "kim", "desk-password-1")
    issue_all(cert_portal.url, kim)
    first = app.sync.run().certificates[0]
    revoke(cert_portal.url, first.code)
    assert requests.get(cert_portal.url + "/desk/verify", params={"code": first.code}).status_code == 410
    page = window.pages["dashboard"]
    window.sync.sync(now=True)  # the listing no longer holds it: withdrawn, said so on the dashboard
    qtbot.waitUntil(lambda: page.certificate.isVisible() and "withdrew" in page.certificate_text.text(),
                    timeout=30_000)
    assert "no longer valid" in page.certificate_text.text() and first.grouped_code in page.certificate_text.text()
    (held,) = app.sync.certificates.held(COURSE)
    assert held.code == first.code and held.withdrawn and Path(held.path).read_bytes()  # the copy stays
    again = app.sync.run()
    assert again.withdrawn == [] and again.certificates == []  # said once; nothing fetched again
    # the organizer issues again: a new code arrives, and the dashboard shows it, not the withdrawn one
    assert "1 certificate(s) issued." in issue_all(cert_portal.url, kim)
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: "arrived" in page.certificate_text.text(), timeout=30_000)
    assert page.held.code != first.code and not page.held.withdrawn
    codes = {c.code: bool(c.withdrawn) for c in app.sync.certificates.held(COURSE)}
    assert codes == {first.code: True, page.held.code: False}
    from companion.cli import main  # the command line says the same

    assert main(["--data-dir", str(app.data_dir), "status", "--course", COURSE]) == 0
    out = capsys.readouterr().out
    assert f"verification code {first.grouped_code}, withdrawn by the organizer" in out
    assert f"verification code {page.held.grouped_code}: " in out
    # in Korean and Spanish too (the real .qm files)
    from companion.domain import i18n
    from companion.ui.language import LanguagePack, apply, read_language_choice

    withdrawn = [c for c in app.sync.certificates.held(COURSE) if c.withdrawn]
    try:
        for code, words in (("ko", "수료증을 철회했습니다"), ("es", "retiró este certificado")):
            apply(read_language_choice(code))
            page.show_certificates(withdrawn)
            assert words in page.certificate_text.text() and KOREAN in page.certificate_text.text()
    finally:
        apply(LanguagePack("en", None, None))
        i18n.install(None)
