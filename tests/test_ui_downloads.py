"""Downloading slides from the Lectures page and reading them offline in the PDF viewer."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.ui, pytest.mark.integration]


def test_download_from_the_list_then_read_the_pdf_offline(window, qtbot, media_portal):
    app = window.context.app
    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    window.sync.sync(now=True)
    page = window.pages["lectures"]
    qtbot.waitUntil(lambda: any(m.id == "lecture-1-slides" for m in page.material_model.rows), timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync.running and not window.runner.busy, timeout=30_000)
    row = page.material_model.row_of_key("lecture-1-slides")
    page.materials.setCurrentIndex(page.material_model.index(row, 0))
    state = lambda: page.material_model.index(page.material_model.row_of_key("lecture-1-slides"), 2).data()  # noqa: E731
    qtbot.waitUntil(lambda: state().startswith("Online only · "), timeout=5000)
    qtbot.waitUntil(lambda: "not on this computer yet" in page.viewer.toPlainText(), timeout=5000)
    assert page.download_button.isEnabled()
    page.download_button.click()
    qtbot.waitUntil(lambda: state() == "Available offline", timeout=30_000)
    page.materials.setCurrentIndex(page.material_model.index(0, 0))
    page.materials.setCurrentIndex(page.material_model.index(page.material_model.row_of_key("lecture-1-slides"), 0))
    qtbot.waitUntil(lambda: page.viewers.currentWidget() is page.pdf_view, timeout=5000)
    assert page.pdf_document.pageCount() == 6
    assert "available offline · 6 pages" in page.viewer_caption.text()
    # free the space again
    page.remove_button.click()
    qtbot.waitUntil(lambda: state().startswith("Online only"), timeout=5000)


def test_download_settings_are_kept_and_used(window, qtbot):
    window.go_to("settings", None)
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.bandwidth.value() == 0, timeout=5000)
    page.bandwidth.setValue(256)
    page.variant.setCurrentIndex(page.variant.findData("low"))
    page.dl_save.click()
    qtbot.waitUntil(lambda: "256 kbit/s" in page.dl_message.text(), timeout=5000)
    store = window.context.app.store
    assert store.get_setting("download_bandwidth_kbit") == 256
    assert store.get_setting("download_default_variant") == "low"
