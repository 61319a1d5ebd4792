"""The app's update service over real HTTP on 127.0.0.1: a repository published by companion.updates.publish,
an install laid out as the installer does (real folders, no PyInstaller), the participant's data-use rules
from the real settings store; then the launcher's switch (app_folders) finds the staged version."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta

import pytest

from companion.domain import reasons
from companion.domain.updates import UpdateFailure
from companion.services import app_folders
from companion.services.settings import (DAILY_BUDGET, DOWNLOAD_USAGE, UNMETERED_ONLY, UPDATE_LAST, UPDATE_URL,
                                         UPDATES_MODE)
from companion.services.updates import URL_ENV, State
from companion.updates import archive

from .support.static_repo import bytes_of, serve
from .support.update_world import NOTES, update_world

pytestmark = pytest.mark.integration


def tree(folder) -> str:
    buf = io.BytesIO()
    archive.pack(folder, buf)
    return hashlib.sha256(buf.getvalue()).hexdigest()


@pytest.fixture
def world(tmp_path):
    return update_world(tmp_path)


def test_a_small_update_is_fetched_by_itself_staged_and_started_next_time(world, app, clock):
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        assert service.due()
        status = service.check(metered=False)
    assert (status.state, status.version) == (State.READY, "0.2.0"), status
    assert tree(world.root / "versions" / "0.2.0") == tree(world.next_build)  # exactly the signed build
    assert app_folders.pending_version(world.root) == "0.2.0"
    assert not [p for p in (world.root / "versions").iterdir() if p.name.startswith(".")]
    # what it cost is counted against the day's budget, and remembered for Settings
    assert 0 < status.bytes_used == app.settings.get(DOWNLOAD_USAGE)["bytes"]
    last = app.settings.get(UPDATE_LAST)
    assert (last["state"], last["version"], last["kind"]) == ("ready", "0.2.0", "patch")
    assert not service.due()
    view = service.view()
    assert (view.installed, view.ready, view.url_source) == ("0.1.0", "0.2.0", "setting")
    # the next start of 0.1.0 hands it to 0.2.0
    choice = app_folders.choose(world.root, running="0.1.0")
    assert (choice.version, choice.trying) == ("0.2.0", True)


def test_never_means_no_request_at_all(world, app, clock):
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        service.set_mode("never")
        assert service.check(metered=False).state is State.NEVER
        assert not service.due()
        assert server.paths == []
    assert app.settings.get(UPDATES_MODE) == "never"


def test_a_metered_link_holds_the_check_unless_asked_by_hand_and_then_holds_the_download(world, app, clock):
    app.settings.set(UNMETERED_ONLY, True)
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        held = service.check(metered=True)
        assert (held.state, held.hold.code) == (State.HELD, reasons.HOLD_METERED)
        assert server.paths == []
        assert not service.due()  # asked again within the hour, not the next day
        clock.advance(timedelta(hours=1))
        assert service.due()
        asked = service.check(metered=True, by_hand=True)  # kilobytes of metadata: goes, and offers
        assert (asked.state, asked.version) == (State.OFFER, "0.2.0")
        assert asked.offer.notes == NOTES and not any("targets/" in p for p in server.paths)
        yes = service.fetch(asked.offer, metered=True)  # a yes does not lift the participant's rule
        assert (yes.state, yes.hold.code) == (State.HELD, reasons.HOLD_METERED)
        assert not any("targets/" in p for p in server.paths)
        # on an unmetered link the same offer is fetched
        assert service.fetch(asked.offer, metered=False).state is State.READY


def test_the_daily_budget_holds_an_update(world, app, clock):
    app.settings.set(DAILY_BUDGET, 1)
    app.settings.set(DOWNLOAD_USAGE, {"day": clock.now().date().isoformat(), "bytes": 990_000})
    with serve(world.repo.dir) as server:
        status = world.service(app.settings, clock, server.url).check(metered=False)
    assert (status.state, status.hold.code) == (State.HELD, reasons.HOLD_BUDGET)
    # Settings says it with the figures: what is left of today's budget
    from companion.ui.pages.settings_updates import last_check_words

    said = last_check_words(app.settings.get(UPDATE_LAST), "UTC")
    assert "budget" in said and "10 kB" in said and "1.0 MB" in said, said


def test_on_a_metered_link_the_update_is_offered_with_its_cost_and_notes_first(world, app, clock):
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        status = service.check(metered=True)
        assert status.state is State.OFFER and status.offer.kind == "patch"
        assert status.offer.size_bytes < status.offer.archive_size_bytes and status.offer.notes == NOTES
        assert not any("targets/" in p for p in server.paths)  # nothing but metadata before the yes
        assert service.view().last_offer == status.offer
        done = service.fetch(status.offer, metered=True)
    assert done.state is State.READY and app_folders.pending_version(world.root) == "0.2.0"


def test_a_tampered_patch_fails_with_its_code_and_leaves_the_install_alone(world, app, clock):
    before = tree(world.root / "versions" / "0.1.0")
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        offer = service.check(metered=True).offer
        target = next(p for p in (world.repo.dir / "targets").rglob("*.bsdiff4"))
        server.hooks["/" + str(target.relative_to(world.repo.dir))] = bytes_of(b"x" * offer.size_bytes)
        status = service.fetch(offer, metered=False)
    assert (status.state, status.error) == (State.FAILED, UpdateFailure.TAMPERED.value)
    assert tree(world.root / "versions" / "0.1.0") == before
    assert sorted(p.name for p in (world.root / "versions").iterdir()) == ["0.1.0"]
    assert app_folders.pending_version(world.root) is None
    assert app.settings.get(UPDATE_LAST)["error"] == UpdateFailure.TAMPERED.value


def test_a_version_that_never_started_is_not_fetched_again(world, app, clock):
    (world.root / "failed").write_text("0.2.0\n")
    with serve(world.repo.dir) as server:
        status = world.service(app.settings, clock, server.url).check(metered=False)
        assert not any("targets/" in p for p in server.paths)
    assert (status.state, status.version) == (State.FAILED_BEFORE, "0.2.0")


def test_up_to_date_and_unreachable(world, app, clock):
    # the repository holds 0.1.0 and 0.2.0: with 0.2.0 installed there is nothing newer
    with serve(world.repo.dir) as server:
        service = world.service(app.settings, clock, server.url)
        service.install = app_folders.Install(world.root, "0.2.0")
        (world.root / "versions" / "0.2.0").mkdir()
        assert service.check(metered=False).state is State.UP_TO_DATE
        from companion.ui.pages.settings_updates import last_check_words

        assert "up to date (version 0.2.0)" in last_check_words(app.settings.get(UPDATE_LAST), "UTC")
    gone = service.check(metered=False)  # the server has stopped
    assert (gone.state, gone.error) == (State.FAILED, UpdateFailure.UNREACHABLE.value)


def test_the_address_comes_from_the_environment_then_settings_then_the_build(world, app, clock, monkeypatch):
    service = world.service(app.settings, clock, None)
    monkeypatch.delenv(URL_ENV, raising=False)
    assert service.url() in ((None, "none"), (service.view().built_in_url, "built_in"))
    if service.url()[1] == "none":
        assert service.check(metered=False).state is State.NO_REPOSITORY
    service.set_url("https://updates.example.org/")
    assert service.url() == ("https://updates.example.org", "setting")
    monkeypatch.setenv(URL_ENV, "http://127.0.0.1:9/repo/")
    assert service.url() == ("http://127.0.0.1:9/repo", "env")
    from companion.domain.errors import CompanionError

    with pytest.raises(CompanionError):
        service.set_url("ftp://nowhere")
    assert app.settings.get(UPDATE_URL) == "https://updates.example.org"


def test_a_run_from_source_does_not_update(app, clock, tmp_path):
    from companion.services.updates import UpdateService

    service = UpdateService(app.settings, clock, tmp_path / "state", None)
    assert service.check(metered=False, by_hand=True).state is State.NOT_INSTALLED


def test_an_office_copy_serves_the_update_and_a_lying_one_costs_only_its_attempt(world, app, clock, tmp_path):
    """Settings names a copy of the repository on the office network: the update's file comes from it
    (the metadata still from the repository); a copy sending wrong bytes is passed over."""
    import shutil

    from companion.services.settings import UPDATE_MIRROR

    copy = tmp_path / "office-copy"
    shutil.copytree(world.repo.dir, copy)
    with serve(world.repo.dir) as server, serve(copy) as office:
        service = world.service(app.settings, clock, server.url)
        service.set_mirror(office.url)
        assert service.view().mirror == office.url.rstrip("/")
        status = service.check(metered=False)
        assert status.state is State.READY, status
        assert any(p.endswith(".bsdiff4") for p in office.paths)
        assert not any("targets/" in p for p in server.paths) and not any("metadata" in p for p in office.paths)
    # a copy that lies: the repository serves the file, and the update is installed all the same
    second = update_world(tmp_path / "again")
    app.settings.set(UPDATE_MIRROR, None)
    with serve(second.repo.dir) as server, serve(copy) as office:
        service = second.service(app.settings, clock, server.url)
        service.set_mirror(office.url)
        target = next(p for p in (second.repo.dir / "targets").rglob("*.bsdiff4"))
        office.hooks["/" + str(target.relative_to(second.repo.dir))] = bytes_of(b"x" * target.stat().st_size)
        status = service.check(metered=False)
        assert status.state is State.READY, status
        assert any(p.endswith(".bsdiff4") for p in server.paths)
    assert tree(second.root / "versions" / "0.2.0") == tree(second.next_build)
