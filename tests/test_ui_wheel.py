"""No accidental edits (issue 21, point 4): the mouse wheel over a spin box, a combo box or a slider
that has no focus scrolls the page; once the field has focus (a click, Tab) the wheel changes it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QScrollArea, QSlider, QSpinBox, QVBoxLayout, QWidget


def wheel(widget: QWidget, notches: int = -1) -> None:
    """A real wheel turn delivered where Qt delivers it: to the widget under the pointer."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def page_area(widget: QWidget) -> QAbstractScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def test_wheel_over_an_unfocused_reminder_scrolls_settings_and_changes_nothing(window, qtbot):
    window.resize(1024, 600)
    window.go_to("settings", None)
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    spin = page.reminders.session[0]
    area = page_area(spin)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "Settings must be taller than the window for this test to mean anything"
    area.ensureWidgetVisible(spin)
    qtbot.waitUntil(lambda: spin.isVisible())
    window.nav.setFocus()
    before, scrolled = spin.value(), bar.value()
    wheel(spin, -1)
    assert spin.value() == before  # the reminder did not change itself
    assert not spin.hasFocus()  # the wheel does not take focus either
    wheel(spin.lineEdit(), -1)  # over the text inside the box, too
    assert spin.value() == before
    assert bar.value() != scrolled  # the page scrolled instead
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, 1)
    assert spin.value() == before + 1  # a field the participant chose still takes the wheel


def test_combo_box_and_slider_without_focus_pass_the_wheel_to_the_page(window, qtbot):
    area = QScrollArea()
    body = QWidget()
    column = QVBoxLayout(body)
    combo, slider, spare = QComboBox(), QSlider(Qt.Orientation.Horizontal), QSpinBox()
    combo.addItems(["one", "two", "three"])
    slider.setRange(0, 10)
    slider.setValue(5)
    column.addWidget(combo)
    column.addWidget(slider)
    column.addWidget(spare)
    column.addSpacing(3000)
    area.setWidget(body)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    spare.setFocus()
    qtbot.waitUntil(spare.hasFocus)
    bar = area.verticalScrollBar()
    for field, value in ((combo, combo.currentIndex), (slider, slider.value)):
        before, scrolled = value(), bar.value()
        wheel(field, -1)
        assert value() == before, field
        assert bar.value() > scrolled, field
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    wheel(slider, 1)
    assert slider.value() != 5
