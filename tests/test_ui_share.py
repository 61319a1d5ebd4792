"""Office sharing in the window: the Settings section turns sharing on and off (and says what and to
whom), and the Lectures page says which computer on this network a file came from."""

from __future__ import annotations

import json
import socket
import urllib.request

import pytest

from companion.domain.sharing import INDEX_PATH, Peer
from companion.services.settings import SHARE_ON, SHARE_PORT
from companion.sync.share import ShareCatalog, ShareServer

from .test_ui_downloads import lectures_from_portal

pytestmark = [pytest.mark.ui, pytest.mark.integration]
COURSE = "caring-cities-2023"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sharing_is_off_until_chosen_and_says_what_and_to_whom(window, qtbot):
    app = window.context.app
    port = free_port()
    app.settings.set(SHARE_PORT, port)
    window.go_to("settings", None)
    section = window.pages["settings"].share
    qtbot.waitUntil(lambda: "verified" in section.what.text(), timeout=5000)
    assert not section.enabled.isChecked() and not app.sharing.running
    assert "anyone on this local network" in section.what.text() and "Never your answers" in section.what.text()
    section.enabled.click()
    qtbot.waitUntil(lambda: section.status.text().startswith("Sharing"), timeout=5000)
    assert app.sharing.running and app.settings.get(SHARE_ON) is True
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{INDEX_PATH}", timeout=5) as reply:
        assert json.load(reply)["files"] == []  # nothing verified yet: nothing to share
    section.enabled.click()
    qtbot.waitUntil(lambda: section.status.text() == "Not sharing.", timeout=5000)
    assert not app.sharing.running and app.settings.get(SHARE_ON) is False


def test_a_busy_port_is_said_and_the_choice_stays_off(window, qtbot):
    app = window.context.app
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen(1)
        app.settings.set(SHARE_PORT, taken.getsockname()[1])
        window.go_to("settings", None)
        section = window.pages["settings"].share
        qtbot.waitUntil(lambda: "verified" in section.what.text(), timeout=5000)
        section.enabled.click()
        qtbot.waitUntil(lambda: "cannot start" in section.status.text(), timeout=5000)
    assert not section.enabled.isChecked() and not app.settings.get(SHARE_ON)


def test_the_lectures_page_names_the_computer_a_file_came_from(window, qtbot, media_portal, tmp_path, clock):
    from companion.app import build_app

    colleague = build_app(tmp_path / "colleague", clock=clock)
    colleague.sync.sign_in(media_portal.url, "ana", "secret-pw")
    colleague.sync.run()
    colleague.downloads.enqueue(COURSE, ["lecture-1-slides"])
    assert colleague.downloads.run().done == 1
    server = ShareServer(ShareCatalog(colleague.store, colleague.library), name="ANA-LAPTOP", host="127.0.0.1").start()
    try:
        app, page = lectures_from_portal(window, qtbot, media_portal, "lecture-1-slides")
        app.downloads.peers = lambda: [Peer("127.0.0.1", "127.0.0.1", server.port)]
        page.materials.setCurrentIndex(page.material_model.index(page.material_model.row_of_key("lecture-1-slides"), 0))
        state = lambda: page.material_model.index(page.material_model.row_of_key("lecture-1-slides"), 2).data()  # noqa: E731
        qtbot.waitUntil(lambda: page.download_button.isEnabled(), timeout=5000)
        page.download_button.click()
        qtbot.waitUntil(lambda: state() == "Available offline · from ANA-LAPTOP on this network", timeout=30_000)
        assert server.bytes_sent > 0
    finally:
        server.stop()
        colleague.close()
