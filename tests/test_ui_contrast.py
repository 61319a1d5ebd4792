"""Every component visible on a light and a dark palette (#21 point 3), measured on rendered pixels.

The app's theme is applied as the app applies it (``theme.apply_app_theme``: Fusion with the
contrast style, the palette, the window's style sheet); widgets are rendered with ``grab()`` and the
pixels are sampled (``tests/support/contrast.py``): WCAG 2.1 1.4.11 asks 3:1 for a component's
boundary against what is next to it and for the pixels that show its state (checked, focused), 1.4.3
asks 4.5:1 for text. Each is measured on the window colour (a page) and on the base colour (a card),
where the widgets of the app sit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar,
                               QPushButton, QRadioButton, QScrollBar, QSpinBox, QStyle, QStyleOptionButton,
                               QStyleOptionSlider, QVBoxLayout, QWidget)

from .support import contrast as C

pytestmark = pytest.mark.ui

BOUNDARY = 3.0  # WCAG 2.1 1.4.11
TEXT = 4.5  # WCAG 2.1 1.4.3


# a desktop's own dark palette (KDE's Breeze Dark colours), which the app follows when no theme is forced
BREEZE_DARK = {"Window": "#202326", "WindowText": "#fcfcfc", "Base": "#141618", "AlternateBase": "#1d1f22",
               "Text": "#fcfcfc", "Button": "#292c30", "ButtonText": "#fcfcfc", "Highlight": "#3daee9",
               "HighlightedText": "#fcfcfc", "Mid": "#1b1d20", "Dark": "#141618", "Light": "#40464c",
               "PlaceholderText": "#a1a9b1", "ToolTipBase": "#292c30", "ToolTipText": "#fcfcfc"}


def _themed(request, qapp, monkeypatch):
    from PySide6.QtGui import QColor, QPalette

    from companion.ui import theme

    style, palette = qapp.style().name(), qapp.palette()
    if request.param == "desktop-dark":
        monkeypatch.delenv(theme.THEME_ENV, raising=False)
        desktop = QPalette()
        for role, colour in BREEZE_DARK.items():
            desktop.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        qapp.setPalette(desktop)
        theme.apply_app_theme(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == BREEZE_DARK["Window"]  # followed
    else:
        theme.apply_app_theme(qapp, request.param)
    assert theme.is_dark() is (request.param != "light")
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.styleHints().unsetColorScheme()


@pytest.fixture(params=["light", "dark", "desktop-dark"])
def themed(request, qapp, monkeypatch):
    """The app's theme as the app applies it at start-up: forced light or dark (COMPANION_THEME), or
    following a desktop's own dark palette; the test's app is put back after."""
    yield from _themed(request, qapp, monkeypatch)


@pytest.fixture(params=["light", "dark"])
def forced(request, qapp, monkeypatch):
    """The app's theme forced light or dark (the real window's test: a window costs seconds)."""
    yield from _themed(request, qapp, monkeypatch)


def indicator(button) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = QStyle.SubElement.SE_RadioButtonIndicator if isinstance(button, QRadioButton) \
        else QStyle.SubElement.SE_CheckBoxIndicator
    return button.style().subElementRect(element, option, button)


def edge(image, rect: QRect) -> float:
    return min(C.boundary(image, rect, side=side) for side in ("left", "top", "right", "bottom"))


class Gallery(QWidget):
    """The components of the app on a page (window colour) and in a card (base colour)."""

    def __init__(self, sheet: str) -> None:
        super().__init__()
        self.setStyleSheet(sheet)
        row = QHBoxLayout(self)
        self.places = {}
        for place in ("page", "card"):
            frame = QFrame()
            if place == "card":
                frame.setObjectName("card")
            column = QVBoxLayout(frame)
            column.setContentsMargins(14, 12, 14, 12)
            w = {
                "check": QCheckBox("Remind me"), "radio": QRadioButton("Option A: True"),
                "line": QLineEdit("Seoul"), "hint": QLineEdit(), "spin": QSpinBox(), "combo": QComboBox(),
                "editable": QComboBox(), "button": QPushButton("Save"), "progress": QProgressBar(),
                "muted": QLabel("Last checked 10:20"), "list": QListWidget(),
                "scroll": QScrollBar(Qt.Orientation.Horizontal),
            }
            w["scroll"].setRange(0, 100)
            w["scroll"].setPageStep(25)
            w["scroll"].setValue(40)
            w["list"].addItems(["Lecture 1 notes", "Lecture 2 notes", "Lecture 3 notes"])
            w["list"].setCurrentRow(1)
            w["list"].setFixedHeight(w["list"].sizeHintForRow(0) * 3 + 6)
            w["hint"].setPlaceholderText("Search the course")
            w["spin"].setValue(24)
            w["combo"].addItems(["Whole course", "This week"])
            w["editable"].setEditable(True)
            w["editable"].addItems(["Seoul", "Madrid"])
            w["progress"].setValue(0)
            w["muted"].setObjectName("muted")
            for tone in ("good", "bad", "warn", "info"):
                w[tone] = QLabel(f"{tone.title()}: 3 of 10")
                w[tone].setProperty("tone", tone)
            for widget in w.values():
                column.addWidget(widget)
            self.places[place] = (frame, w)
            row.addWidget(frame)


@pytest.fixture
def gallery(themed, qtbot):
    from companion.ui import theme

    view = Gallery(theme.style_sheet())
    qtbot.addWidget(view)
    view.resize(640, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    return view


@pytest.mark.parametrize("place", ["page", "card"])
def test_edges_states_and_text_stand_out(gallery, place, qtbot):
    frame, w = gallery.places[place]
    found: dict[str, float] = {}
    # boundaries: the box of a check box and of a radio button, and the edge of every field
    for name in ("check", "radio"):
        image, rect = C.grab_in(gallery, w[name])
        found[f"{name} box"] = edge(image, indicator(w[name]).translated(rect.topLeft()))
    for name in ("line", "hint", "spin", "combo", "editable", "button"):
        image, rect = C.grab_in(gallery, w[name])
        found[f"{name} edge"] = edge(image, rect)
    # states: ticking a box and choosing a radio button change its pixels by 3:1
    for name in ("check", "radio"):
        box = indicator(w[name])
        before = w[name].grab().toImage()
        w[name].setChecked(True)
        after = w[name].grab().toImage()
        w[name].setChecked(False)
        found[f"{name} ticked (pixels)"] = C.state_change(before, after, box)
    # the progress bar: its whole has an edge, its filled part stands out from the empty groove, its
    # text reads on each
    image, rect = C.grab_in(gallery, w["progress"])
    found["progress edge"] = edge(image, rect)
    w["progress"].setValue(50)
    image, rect = C.grab_in(gallery, w["progress"])
    y = rect.center().y()
    found["progress fill"] = C.ratio(C.pixel(image, rect.left() + rect.width() // 8, y),
                                     C.pixel(image, rect.right() - rect.width() // 8, y))
    for value in (0, 100):
        w["progress"].setValue(value)
        image, rect = C.grab_in(gallery, w["progress"])
        found[f"progress text at {value}"] = C.text(image, rect.adjusted(rect.width() // 3, 3, -rect.width() // 3, -3))
    # a scroll bar's handle against its groove
    bar = w["scroll"]
    image, rect = C.grab_in(gallery, bar)
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar).translated(rect.topLeft())
    found["scroll bar handle"] = min(C.boundary(image, handle, side=side) for side in ("left", "right"))
    # a selected row: its text on the selection 4.5:1, the selection against an unselected row 3:1
    image, rect = C.grab_in(gallery, w["list"].viewport())
    chosen = w["list"].visualItemRect(w["list"].item(1)).translated(rect.topLeft())
    other = w["list"].visualItemRect(w["list"].item(2)).translated(rect.topLeft())
    found["selected row text"] = C.text(image, chosen.adjusted(1, 1, -1, -1))
    found["selected row"] = C.ratio(C.pixel(image, chosen.right() - 3, chosen.center().y()),
                                    C.pixel(image, other.right() - 3, other.center().y()))
    # text: the hint in an empty field, muted text, and each tone
    image, rect = C.grab_in(gallery, w["hint"])
    found["placeholder text"] = C.text(image, rect.adjusted(3, 3, -rect.width() // 2, -3))
    for name in ("muted", "good", "bad", "warn", "info"):
        image, rect = C.grab_in(gallery, w[name])
        found[f"{name} text"] = C.text(image, rect)

    failing = {k: round(v, 2) for k, v in found.items()
               if v < (TEXT if k.endswith("text") or k.startswith("progress text") else
                       BOUNDARY if not k.endswith("(pixels)") else 20)}
    assert not failing, (place, failing)


@pytest.mark.parametrize("name", ["check", "radio", "line", "spin", "combo", "editable", "button"])
def test_keyboard_focus_is_a_ring_that_stands_out(gallery, name, qtbot):
    """Tabbing to a component changes a ring of its pixels by 3:1, and the ring stands out 3:1 from the
    background next to it."""
    for place in ("page", "card"):
        frame, w = gallery.places[place]
        widget = w[name]
        area = indicator(widget) if name in ("check", "radio") else QRect(0, 0, widget.width(), widget.height())
        gallery.setFocus()
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        after = widget.grab().toImage()
        changed = C.state_change(before, after, area)
        half_a_ring = (3.14 * area.width() if name == "radio" else 2 * (area.width() + area.height())) / 2
        assert changed >= half_a_ring, (place, name, changed)  # at least half a 1-pixel ring around it
        image, rect = C.grab_in(gallery, widget)
        assert edge(image, area.translated(rect.topLeft())) >= BOUNDARY, (place, name)


# ---- the real window: the sidebar's selection, every control in Settings, the quiz's options ----

def measured_edge(widget) -> float:
    """A control's edge (a check box's or radio button's box) against what is rendered around it, on
    each side that has room around it (in the nearest ancestor that gives room on two sides)."""
    holder = widget.parentWidget()
    while True:
        image, rect = C.grab_in(holder, widget)
        if isinstance(widget, (QCheckBox, QRadioButton)):
            rect = indicator(widget).translated(rect.topLeft())
        room = {"left": rect.left() >= 3, "top": rect.top() >= 3, "right": rect.right() + 3 < image.width(),
                "bottom": rect.bottom() + 3 < image.height()}
        sides = [side for side, fits in room.items() if fits]
        if len(sides) >= 2 or holder.parentWidget() is None:
            break
        holder = holder.parentWidget()
    assert len(sides) >= 2, (widget, rect, image.size())
    return min(C.boundary(image, rect, side=side) for side in sides)


def controls(root):
    from PySide6.QtWidgets import QAbstractSpinBox

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue  # WCAG exempts a control that cannot be used (and the style dims it to say so)
        if isinstance(widget, (QCheckBox, QRadioButton, QComboBox, QAbstractSpinBox)) or \
                (isinstance(widget, QPushButton) and not widget.isFlat()):
            yield widget
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            yield widget


def label_of(widget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', lambda: '')()!r}"


def test_the_sidebar_selection_settings_and_quiz_options_stand_out(forced, window, qtbot):
    """On the light palette, the desktop then switches to its dark one while the window is open."""
    # the selected section in the sidebar: its text on the selection 4.5:1, the selection on the sidebar 3:1
    nav = window.nav
    window.go_to("settings", None)
    item = nav.currentItem()
    assert item is not None
    side = nav.parentWidget()
    image, nav_rect = C.grab_in(side, nav)
    rect = nav.visualItemRect(item).translated(nav.viewport().mapTo(side, nav.viewport().rect().topLeft()))
    found = {"sidebar: selected text": C.text(image, rect.adjusted(2, 2, -2, -2))}
    selection = C.pixel(image, rect.left() + 3, rect.center().y())
    background = C.pixel(image, 2, image.height() - 3)
    found["sidebar: selection on the sidebar"] = C.ratio(selection, background)

    # Settings: every switch, field, spin box, list box and button
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: any(True for _ in controls(page)), timeout=5000)
    settings = list(controls(page))
    assert sum(isinstance(w, QCheckBox) for w in settings) >= 3 and sum(isinstance(w, QSpinBox) for w in settings) >= 3
    for widget in settings:
        found[f"settings: {label_of(widget)}"] = measured_edge(widget)

    # the quiz: each option's box, on the question's page
    from .test_ui_quiz import open_quizzes, start

    runner = start(open_quizzes(window, qtbot, "quiz-2"), qtbot)
    view = runner.views[runner.position]
    assert view.buttons
    for button in view.buttons:
        found[f"quiz: {label_of(button)}"] = measured_edge(button)

    found["quiz: progress bar"] = measured_edge(runner.progress)

    # Lectures: the selected material in its table, its text on the selection and the selection itself
    window.go_to("lectures", None)
    table = window.pages["lectures"].materials
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2, timeout=5000)
    table.selectRow(0)
    table.setFocus()
    image, rect = C.grab_in(table.viewport(), table.viewport())
    chosen = table.visualRect(table.model().index(0, 0))
    other = table.visualRect(table.model().index(1, 0))
    found["lectures: selected row text"] = C.text(image, chosen.adjusted(1, 1, -1, -1))
    assert other.top() + 3 < image.height()  # the next row is in view
    found["lectures: selected row"] = C.ratio(C.pixel(image, chosen.right() - 2, chosen.center().y()),
                                              C.pixel(image, other.right() - 2, other.top() + 3))

    failing = {k: round(v, 2) for k, v in found.items() if v < (TEXT if k.endswith("text") else BOUNDARY)}
    assert not failing, failing
    if forced == "light":
        switch_to_the_desktops_dark_palette(window, qtbot)


def switch_to_the_desktops_dark_palette(window, qtbot):
    """The desktop switches to its dark theme with the app open (Breeze Dark: white on its light blue
    highlight is 2.4:1): the highlight is fixed as at start-up, and the window's style follows."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    desktop = QPalette()
    for role, colour in BREEZE_DARK.items():
        desktop.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    qapp.setPalette(desktop)
    qtbot.waitUntil(lambda: C.ratio(qapp.palette().color(QPalette.ColorRole.Highlight),
                                    qapp.palette().color(QPalette.ColorRole.HighlightedText)) >= TEXT, timeout=3000)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == BREEZE_DARK["Window"]
    # what it shows: the selected section's name on its selection, and a check box's edge in Settings
    window.go_to("settings", None)
    side = window.nav.parentWidget()
    image, _ = C.grab_in(side, window.nav)
    rect = window.nav.visualItemRect(window.nav.currentItem()).translated(
        window.nav.viewport().mapTo(side, window.nav.viewport().rect().topLeft()))
    assert C.text(image, rect.adjusted(2, 2, -2, -2)) >= TEXT
    box = next(w for w in controls(window.pages["settings"]) if isinstance(w, QCheckBox))
    assert measured_edge(box) >= BOUNDARY
