"""Settings -> Updates clicked through in the real window, in English, Spanish and Korean, against a TUF
repository published by companion.updates.publish and served over HTTP on 127.0.0.1, with an install laid
out as the installer does (real folders, no PyInstaller): the version, a check by hand, an offer with its
cost and its notes in the participant's language, the download, "ready at next start", a refused update in
words, "never" and the repository address; then the same states walked under a pseudo-translation."""

from __future__ import annotations

import pytest

from companion.domain import i18n
from companion.domain.updates import UpdateFailure
from companion.services import app_folders
from companion.services.settings import UPDATE_URL, UPDATES_MODE

from .support.static_repo import bytes_of, serve, trickle
from .support.update_world import NOTES, update_world

pytestmark = [pytest.mark.ui, pytest.mark.integration]


@pytest.fixture
def served(tmp_path):
    world = update_world(tmp_path / "updates")
    with serve(world.repo.dir) as server:
        yield world, server


def updates_section(window, served, clock, monkeypatch, metered=True):
    """The window's app checks the served repository as the installed 0.1.0 (metered: so the update is
    offered before it is fetched, as on a participant's phone tether)."""
    world, server = served
    app = window.context.app
    app.updates = world.service(app.settings, clock, server.url)
    from companion.ui.pages import settings_updates

    monkeypatch.setattr(settings_updates, "is_metered", lambda: metered)
    window.go_to("settings", None)
    section = window.pages["settings"].updates
    section.load()
    return section


def settle(window, qtbot):
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    qtbot.wait(30)


def offered(window, qtbot, section):
    qtbot.waitUntil(lambda: section.check_button.isEnabled(), timeout=10_000)
    section.check_button.click()
    qtbot.waitUntil(lambda: section.download_button.isVisible(), timeout=20_000)
    settle(window, qtbot)


@pytest.fixture(params=["es", "ko"])  # English: the other tests here; the pseudo-translation walk: no English left
def language(request, data_dir):
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, request.param)
    app.close()
    yield request.param
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


WORDS = {  # a word of each state's sentence in each language (the .ts files' translations)
    "en": {"version": "version", "offer": "available", "cost": "whole version", "ready": "next time", "notes": "Quizzes"},
    "es": {"version": "versión", "offer": "disponible", "cost": "versión completa", "ready": "próxima vez",
           "notes": "cuestionarios"},
    "ko": {"version": "버전", "offer": "새 버전", "cost": "전체", "ready": "다음", "notes": "퀴즈"},
}


def test_an_update_offered_with_its_cost_and_notes_then_ready_at_next_start(language, window, qtbot, clock,
                                                                             served, monkeypatch):
    section = updates_section(window, served, clock, monkeypatch)
    words = WORDS[language]
    qtbot.waitUntil(lambda: "0.1.0" in section.installed.text(), timeout=10_000)
    assert words["version"] in section.installed.text().lower()
    assert not section.download_button.isVisible() and not section.ready.isVisible()
    offered(window, qtbot, section)
    assert "0.2.0" in section.offer_title.text() and words["offer"] in section.offer_title.text()
    offer = section._offer
    assert offer.kind == "patch" and words["cost"] in section.offer_cost.text()
    assert i18n.size(offer.size_bytes) in section.offer_cost.text()  # the patch, beside the whole version
    assert i18n.size(offer.archive_size_bytes) in section.offer_cost.text()
    assert NOTES[language] in section.notes.text()  # the repository's notes in the participant's language
    section.download_button.click()
    qtbot.waitUntil(lambda: section.ready.isVisible(), timeout=20_000)
    settle(window, qtbot)
    assert "0.2.0" in section.ready.text() and words["ready"] in section.ready.text()
    assert not section.download_button.isVisible() and not section.progress.isVisible()
    world, _server = served
    assert app_folders.pending_version(world.root) == "0.2.0"
    assert "0.2.0" in section.last.text()  # the last check and its outcome, in words


def test_a_refused_update_is_said_in_a_sentence_and_nothing_is_installed(window, qtbot, clock, served, monkeypatch):
    section = updates_section(window, served, clock, monkeypatch)
    world, server = served
    offered(window, qtbot, section)
    target = next(p for p in (world.repo.dir / "targets").rglob("*.bsdiff4"))
    server.hooks["/" + str(target.relative_to(world.repo.dir))] = bytes_of(b"x" * section._offer.size_bytes)
    section.download_button.click()
    qtbot.waitUntil(lambda: "Nothing was installed" in section.message.text(), timeout=20_000)
    settle(window, qtbot)
    assert "does not match what was signed" in section.message.text()
    assert app_folders.pending_version(world.root) is None and not section.ready.isVisible()


def test_never_and_the_repository_address_are_kept(window, qtbot, clock, served, monkeypatch):
    section = updates_section(window, served, clock, monkeypatch)
    app = window.context.app
    qtbot.waitUntil(lambda: section.url.text() != "", timeout=10_000)
    section.mode.setCurrentIndex(section.mode.findData("never"))
    section.url.setText("not an address")
    section.save_button.click()
    qtbot.waitUntil(lambda: section.message.text() != "", timeout=10_000)
    assert app.settings.get(UPDATES_MODE) == "when_allowed"  # a bad address keeps everything as it was
    section.url.setText("https://updates.example.org/")
    section.mirror.setText("http://192.168.1.10:8080/")
    section.save_button.click()
    qtbot.waitUntil(lambda: app.settings.get(UPDATES_MODE) == "never", timeout=10_000)
    assert app.settings.get(UPDATE_URL) == "https://updates.example.org"
    from companion.services.settings import UPDATE_MIRROR

    assert app.settings.get(UPDATE_MIRROR) == "http://192.168.1.10:8080"
    assert not app.updates.due()


def test_every_failure_code_has_a_sentence_in_each_language():
    """Every UpdateFailure code the TUF core can raise has its own words, translated in es and ko."""
    import xml.etree.ElementTree as ET

    from companion.ui import words

    from .test_ui_walk_learn import I18N

    for code in UpdateFailure:
        assert code.value in words._UPDATE_FAILURES, code
    for lang in ("es", "ko"):
        root = ET.parse(I18N / f"companion_{lang}.ts").getroot()
        done = {m.findtext("source"): m.find("translation") for c in root.iter("context")
                if c.findtext("name") == "words" for m in c.iter("message")}
        for code, text in words._UPDATE_FAILURES.items():
            translation = done.get(text)
            assert translation is not None and translation.text and translation.get("type") != "unfinished", (lang, code)


def test_no_english_left_in_the_update_states(walk, clock, served, monkeypatch):
    window, qtbot = walk.window, walk.qtbot
    section = updates_section(window, served, clock, monkeypatch)
    qtbot.waitUntil(lambda: section.installed.text() != "", timeout=10_000)
    walk.check("updates: before a check", section)
    offered(window, qtbot, section)
    walk.check("updates: an offer", section)
    section.download_button.click()
    qtbot.waitUntil(lambda: section.ready.isVisible(), timeout=20_000)
    walk.check("updates: ready at next start", section)
    walk.assert_clean()


@pytest.fixture
def walk(pseudo, window, qtbot):
    from .test_ui_walk_learn import Walk

    return Walk(window, qtbot, pseudo)


@pytest.fixture
def pseudo(qapp):
    from .test_ui_walk import installed
    from .test_ui_walk_learn import Recording

    yield from installed(qapp, Recording())


def test_the_window_checks_by_itself_and_says_what_it_found(window, qtbot, clock, served, monkeypatch):
    """The window's own check (when due): an offer is said in the notice with its cost, and its button
    opens Settings; once that check is done, it is not due again the same day (no second request)."""
    world, server = served
    app = window.context.app
    app.updates = world.service(app.settings, clock, server.url)
    from companion.ui import updates as watcher_module

    monkeypatch.setattr(watcher_module, "is_metered", lambda: True)
    window.updates.check()
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=20_000)
    settle(window, qtbot)
    assert "0.2.0" in window.notice.text.text() and i18n.size(app.updates.view().last_offer.size_bytes) in \
        window.notice.text.text()
    window.notice.action.click()
    from companion.ui.main_window import PAGE_NAMES

    qtbot.waitUntil(lambda: window.nav.currentRow() == PAGE_NAMES.index("settings"), timeout=10_000)
    asked = len(server.paths)
    window.updates.check()
    settle(window, qtbot)
    assert len(server.paths) == asked  # checked today already


def test_a_download_shows_its_progress_and_can_be_stopped(window, qtbot, clock, served, monkeypatch):
    section = updates_section(window, served, clock, monkeypatch)
    world, server = served
    offered(window, qtbot, section)
    target = next(p for p in (world.repo.dir / "targets").rglob("*.bsdiff4"))
    server.hooks["/" + str(target.relative_to(world.repo.dir))] = trickle(target.read_bytes(), 0.05, 4)
    section.download_button.click()
    qtbot.waitUntil(lambda: section.progress.isVisible() and section.progress.value() > 0, timeout=20_000)
    assert section.cancel_button.isVisible() and not section.download_button.isEnabled()
    section.cancel_button.click()
    qtbot.waitUntil(lambda: "stopped" in section.message.text(), timeout=20_000)
    settle(window, qtbot)
    assert section.message.text() == "The update was stopped. Nothing was installed."
    assert not section.progress.isVisible() and section.download_button.isEnabled()  # it can be asked again
    assert app_folders.pending_version(world.root) is None


def test_a_yes_still_waits_for_the_download_rules(window, qtbot, clock, served, monkeypatch):
    from companion.services.settings import UNMETERED_ONLY

    window.context.app.settings.set(UNMETERED_ONLY, True)
    section = updates_section(window, served, clock, monkeypatch)
    offered(window, qtbot, section)  # a check by hand goes (kilobytes) and offers the update
    section.download_button.click()
    qtbot.waitUntil(lambda: "waits" in section.message.text(), timeout=20_000)
    settle(window, qtbot)
    assert section.message.text() == ("Version 0.2.0 waits for the download rules you set. "
                                      "Waits for an unmetered connection.")
    assert section.download_button.isVisible()  # still offered: it goes once the link allows
    world, _server = served
    assert app_folders.pending_version(world.root) is None
