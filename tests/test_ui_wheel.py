"""Issue 21 point 4: a wheel over an unfocused spin box scrolls the Settings page, never edits."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def _wheel(widget, dy: int) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, dy),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_reminder_scrolls_the_page(window, qtbot, qapp):
    from PySide6.QtWidgets import QAbstractScrollArea

    from companion.ui.widgets import install_wheel_guard

    install_wheel_guard(qapp)  # as companion.ui.main does for the real app
    window.resize(900, 420)  # Settings taller than the window: the page scrolls
    window.go_to("settings", None)
    page = window.pages["settings"]
    spin = page.reminders.session[0]
    qtbot.waitUntil(lambda: spin.isVisible(), timeout=5000)
    area = spin.parentWidget()
    while not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    window.setFocus()
    spin.clearFocus()
    before, top = spin.value(), bar.value()
    _wheel(spin, -120)  # one notch down
    assert spin.value() == before
    assert bar.value() > top
    # with focus the spin box takes the wheel
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    top = bar.value()
    _wheel(spin, 120)
    assert spin.value() == before + 1 and bar.value() == top
