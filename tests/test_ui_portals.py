"""Settings → Course portal lists every portal signed in to, each with its own Sign out, and the status
bar names the current course's portal (two reference portals on 127.0.0.1)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from .test_portals import COURSE_A, COURSE_B, two_portals  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.ui, pytest.mark.integration]


def rows(section) -> list[str]:
    return [w.text() for w in section.findChildren(QLabel) if w.text().startswith("http") and w.isVisible()]


def test_settings_lists_each_portal_and_signs_out_of_one(window, qtbot, two_portals):  # noqa: F811
    one, two = two_portals
    app = window.context.app
    app.sync.sign_in(one.url, "ana", "secret-pw")
    app.sync.sign_in(two.url, "bo", "other-pw")
    assert app.sync.run().exit_code == 0
    window.go_to("settings", None)
    section = window.pages["settings"].portal
    window.context.changed.emit(frozenset({"settings"}))
    qtbot.waitUntil(lambda: len(rows(section)) == 2, timeout=10_000)
    assert rows(section) == [f"{two.url} as bo (signed in)", f"{one.url} as ana (signed in)"]

    # the status bar shows the current course's own portal
    window.context.course_id = COURSE_A
    window.context.changed.emit(frozenset({"settings"}))
    qtbot.waitUntil(lambda: one.url in window.portal_status.text(), timeout=10_000)
    assert "ana" in window.portal_status.text()

    outs = [b for b in section.findChildren(QPushButton) if b.objectName() == "portal-sign-out" and b.isVisible()]
    assert [b.accessibleName() for b in outs] == [f"Sign out of {two.url}", f"Sign out of {one.url}"]
    outs[1].click()  # portal 1
    qtbot.waitUntil(lambda: len(rows(section)) == 1, timeout=10_000)
    assert rows(section) == [f"{two.url} as bo (signed in)"]
    qtbot.waitUntil(lambda: section.message.text().startswith("Signed in as bo"), timeout=10_000)
    assert [s.url for s in app.sync.sign_ins()] == [two.url]
    assert app.sync.client(COURSE_B) is not None and app.sync.client(COURSE_A) is None
