"""Downloading slides from the Lectures page and reading them offline in the PDF viewer."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.ui, pytest.mark.integration]


def lectures_from_portal(window, qtbot, portal, material_id):
    """Sign in, sync, open the Lectures page, and wait until ``material_id`` is listed and all is quiet."""
    app = window.context.app
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    window.sync.sync(now=True)
    window.go_to("lectures", None)
    page = window.pages["lectures"]
    qtbot.waitUntil(lambda: page.material_model.row_of_key(material_id) >= 0, timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync.running and not window.runner.busy, timeout=30_000)
    return app, page


def test_download_from_the_list_then_read_the_pdf_offline(window, qtbot, media_portal):
    _app, page = lectures_from_portal(window, qtbot, media_portal, "lecture-1-slides")
    row = page.material_model.row_of_key("lecture-1-slides")
    page.materials.setCurrentIndex(page.material_model.index(row, 0))
    state = lambda: page.material_model.index(page.material_model.row_of_key("lecture-1-slides"), 2).data()  # noqa: E731
    qtbot.waitUntil(lambda: state().startswith("Online only · "), timeout=5000)
    qtbot.waitUntil(lambda: "not on this computer yet" in page.viewer.toPlainText(), timeout=5000)
    assert page.download_button.isEnabled()
    page.download_button.click()
    qtbot.waitUntil(lambda: state() == "Available offline", timeout=30_000)
    # one truth: the detail shows the verified file without choosing another row and back
    qtbot.waitUntil(lambda: page.viewers.currentWidget() is page.pdf_view, timeout=5000)
    assert "not on this computer" not in page.viewer_caption.text()
    assert page.pdf_document.pageCount() == 6
    assert "available offline · 6 pages" in page.viewer_caption.text()
    # free the space again
    page.remove_button.click()
    qtbot.waitUntil(lambda: state().startswith("Online only"), timeout=5000)


def test_download_settings_are_kept_and_used(window, qtbot):
    window.go_to("settings", None)
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.downloads.bandwidth.value() == 0, timeout=5000)
    page.downloads.bandwidth.setValue(256)
    page.downloads.variant.setCurrentIndex(page.downloads.variant.findData("low"))
    page.downloads.save_button.click()
    qtbot.waitUntil(lambda: "about 32 kB/s" in page.downloads.message.text(), timeout=5000)
    assert "kbit" not in page.downloads.message.text() + page.downloads.bandwidth.text()  # words a person uses
    store = window.context.app.store
    assert store.get_setting("download_bandwidth_kbit") == 256
    assert store.get_setting("download_default_variant") == "low"


def _select(page, material_id):
    page.materials.setCurrentIndex(page.material_model.index(page.material_model.row_of_key(material_id), 0))


def test_video_plays_offline_and_remembers_where_it_stopped(window, qtbot, media_portal):
    app, page = lectures_from_portal(window, qtbot, media_portal, "lecture-1-welcome")
    _select(page, "lecture-1-welcome")
    state = lambda: page.material_model.index(page.material_model.row_of_key("lecture-1-welcome"), 2).data()  # noqa: E731
    qtbot.waitUntil(lambda: page.download_button.isEnabled(), timeout=5000)
    page.download_button.click()
    qtbot.waitUntil(lambda: state() == "Available offline", timeout=30_000)
    media_portal.stop()  # from here on there is no network at all

    _select(page, "lecture-1-slides")
    _select(page, "lecture-1-welcome")
    qtbot.waitUntil(lambda: page.player is not None and page.viewers.currentWidget() is page.player, timeout=5000)
    player = page.player
    qtbot.waitUntil(lambda: player.player.duration() > 5000, timeout=10_000)
    assert not player.video.isHidden() and player.audio_note.isHidden()
    player.play_button.click()
    player.forward_button.click()  # +10 s is past the 6 s clip: clamps to the end
    player.skip(-3000)
    qtbot.waitUntil(lambda: 1500 < player.player.position() < 5000, timeout=5000)
    player.toggle()  # pause: the position is saved
    stopped_at = player.player.position()
    qtbot.waitUntil(lambda: abs(app.settings.playback_position("caring-cities-2023:lecture-1-welcome") - stopped_at)
                    < 600, timeout=5000)

    _select(page, "lecture-1-slides")  # switch away, then come back: it starts where it stopped
    _select(page, "lecture-1-welcome")
    qtbot.waitUntil(lambda: player.key is not None and player.player.duration() > 5000, timeout=10_000)
    qtbot.waitUntil(lambda: abs(player.player.position() - stopped_at) < 600, timeout=5000)
    assert player.time_label.text().startswith(("0:02", "0:03", "0:04"))


def test_cost_preview_status_bar_progress_and_freeing_space(window, qtbot, media_portal):
    """Over the daily budget the app asks first and says what it costs; the status bar follows the
    download; the storage view shows the space and frees it."""
    from PySide6.QtWidgets import QMessageBox

    window.context.app.store.set_setting("download_daily_budget_mb", 2)
    app, page = lectures_from_portal(window, qtbot, media_portal, "lecture-1-welcome")
    seen = []
    window.downloads.progress.connect(lambda _p: seen.append(window.download_status.text()))

    page.all_button.click()
    qtbot.waitUntil(lambda: getattr(page, "cost_box", None) is not None and page.cost_box.isVisible(), timeout=5000)
    text = page.cost_box.text()
    assert "5 files" in text and "MB left in today's data budget" in text and "will wait" in text
    page.cost_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(200)
    assert not app.downloads.pending()  # cancelled: nothing queued

    page.all_button.click()
    qtbot.waitUntil(lambda: page.cost_box.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.downloads.finished, timeout=30_000):
        next(b for b in page.cost_box.buttons() if b.text() == "Download").click()
    assert any(t.startswith("Downloading Lecture") and "%" in t for t in seen)
    assert window.download_status.isHidden()  # gone when the queue is done
    video_row = page.material_model.row_of_key("lecture-1-welcome")
    qtbot.waitUntil(lambda: "waits for tomorrow's data budget" in page.material_model.index(video_row, 2).data().lower(),
                    timeout=5000)

    window.go_to("settings", None)
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings.storage.model.rows and settings.storage.model.rows[0][2] > 0, timeout=5000)
    assert settings.downloads.budget.value() == 2 and "Downloaded today:" in settings.downloads.usage_note.text()
    settings.storage.table.setCurrentIndex(settings.storage.model.index(0, 0))
    settings.storage.free_button.click()
    qtbot.waitUntil(lambda: settings.storage.free_box is not None and settings.storage.free_box.isVisible(),
                    timeout=5000)
    next(b for b in settings.storage.free_box.buttons() if b.text() == "Remove downloads").click()
    qtbot.waitUntil(lambda: settings.storage.message.text().startswith("Freed"), timeout=5000)
    qtbot.waitUntil(lambda: settings.storage.model.rows[0][2] == 0, timeout=5000)
    assert app.downloads.store.downloads("caring-cities-2023") == []


# download progress in real es and ko (a speed as CLDR writes it): tests/test_ui_walk_locales.py
