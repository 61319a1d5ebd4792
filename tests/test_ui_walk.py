"""Walk every page of the real window and check what a translator and a screen-reader user meet.

- Translatable: a pseudo-translator wraps every translated string in ⟦ ⟧. Whatever visible text is
  left outside the brackets must be course content (the course's own language), data (numbers,
  times, zone names, addresses) or the product's name; any other word means a string that was
  never wrapped for translation.
- Accessible: every interactive widget on every page has an accessible name (a button's own text
  counts: Qt reads it out).
- 200 % font: no button's text is cut off.
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QModelIndex, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QProgressBar, QScrollBar,
                               QTabBar, QTextEdit, QWidget)

from companion.domain import i18n

from .conftest import SAMPLE

pytestmark = pytest.mark.ui

PAGES = ["dashboard", "lectures", "schedule", "quizzes", "submissions", "settings"]
BRACKETS = re.compile(r"⟦[^⟦⟧]*⟧")
DATA = re.compile(r"https?://\S+|[\w.-]+@[\w.-]+|(?:/[\w.+-]+)+/?|\b[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?\b|"
                  r"\b(?:UTC|GMT|KST|CEST|CET|EST|EDT|JST|[A-Z]{2,5}T|[+-]\d+)\b|\d[\d:.,%]*")
ALLOWED = {"Companion", "ZOOM", "Zoom", "PDF", "MB", "kB", "GB", "kbit", "s", "min", "h", "x",
           # English date labels: in Korean and Spanish, Babel writes them (see test_dates_follow_the_language)
           "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
           "Sep", "Oct", "Nov", "Dec"}


class Pseudo(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"⟦{source}⟧"


def installed(qapp, translator):
    """Put ``translator`` behind the app's translation hook for a test, and take it away after
    (shared by the walk tests of every page)."""
    from companion.ui.language import install_translation_backend

    qapp.installTranslator(translator)
    install_translation_backend()
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        i18n.install(None)


@pytest.fixture
def pseudo(qapp):
    yield from installed(qapp, Pseudo())


def course_texts(package=SAMPLE) -> list[str]:
    """The course's own words in a package (its materials' titles among them), longest first."""
    out: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            if len(node) > 1:
                out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(json.loads((package / "course.json").read_text(encoding="utf-8")))
    return sorted(set(out), key=len, reverse=True)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        kind = type(w).__name__
        if isinstance(w, QLabel):
            found.append((kind, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((kind, w.title()))
        elif isinstance(w, QProgressBar):
            found.append((kind, w.text()))
        elif isinstance(w, QLineEdit):
            found.append((kind, w.placeholderText()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None and hasattr(w, "horizontalHeader"):
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                found.append((kind + " header", str(model.headerData(c, 1) or "")))
                found += [(kind + " cell", str(model.index(r, c).data() or "")) for r in range(model.rowCount())]
        if w.accessibleName():
            found.append((kind + " accessible name", w.accessibleName()))
        if w.toolTip():
            found.append((kind + " tooltip", w.toolTip()))
        if isinstance(w, QListWidget):
            found += [(kind + " item", w.item(i).text()) for i in range(w.count())]
    return found


def untranslated(text: str, course: list[str]) -> list[str]:
    rest = re.sub(r"<[^>]+>", " ", text)
    while BRACKETS.search(rest):  # innermost first: translations nest ("⟦⟦2 days⟧ left⟧")
        rest = BRACKETS.sub(" ", rest)
    for piece in course:
        if piece in rest:
            rest = rest.replace(piece, " ")
    rest = DATA.sub(" ", rest)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", rest) if w not in ALLOWED]


def settle(window, qtbot) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    qtbot.wait(50)


def test_every_visible_string_is_translatable(pseudo, window, qtbot):
    course = course_texts()
    problems = []
    for name in PAGES:
        window.go_to(name, None)
        settle(window, qtbot)
        for kind, text in visible_texts(window):
            words = untranslated(text, course)
            if words:
                problems.append(f"{name}: {kind}: {text!r} -> {' '.join(words)}")
    problems = sorted(set(problems))
    assert not problems, "visible text not wrapped for translation:\n" + "\n".join(problems)


INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider, QAbstractItemView,
               QTextEdit, QPlainTextEdit)
COMPOSITE = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)


def nameless(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar) or not w.isVisibleTo(root):
            continue
        if w.objectName().startswith("qt_"):
            continue
        parent, inside = w.parentWidget(), False
        while parent is not None and parent is not root:
            if isinstance(parent, COMPOSITE) or type(parent).__name__ in ("QVideoWidget", "QPdfView"):
                inside = True
                break
            parent = parent.parentWidget()
        if inside:
            continue
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} near {describe(w)}")
    return out


def describe(w: QWidget) -> str:
    parent = w.parentWidget()
    while parent is not None:
        if parent.accessibleName():
            return parent.accessibleName()
        parent = parent.parentWidget()
    return "?"


def test_every_interactive_widget_has_an_accessible_name(window, qtbot):
    problems = []
    for name in PAGES:
        window.go_to(name, None)
        settle(window, qtbot)
        page = window.pages[name]
        problems += [f"{name}: {p}" for p in nameless(page)]
    problems += [f"window: {p}" for p in nameless(window.statusBar())]
    assert not problems, "interactive widgets without an accessible name:\n" + "\n".join(sorted(set(problems)))


def test_buttons_keep_their_whole_text_at_200_percent_font(window, qtbot, big_font):
    problems = []
    for name in PAGES:
        window.go_to(name, None)
        settle(window, qtbot)
        page = window.pages[name]
        for button in page.findChildren(QAbstractButton):
            if not button.isVisibleTo(page) or not button.text() or isinstance(button.parentWidget(), QTabBar):
                continue
            if button.width() + 2 < button.fontMetrics().horizontalAdvance(button.text().replace("&", "")):
                problems.append(f"{name}: {button.text()!r} is {button.width()} px wide")
    assert not problems, "buttons cut off at 200 % font:\n" + "\n".join(problems)


def test_the_walk_sees_the_controls(window, qtbot):
    """The walk is not vacuous: each page has controls it checks, and a nameless one is caught."""
    for name in PAGES:
        window.go_to(name, None)
        settle(window, qtbot)
        page = window.pages[name]
        controls = [w for w in page.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisibleTo(page)
                    and not isinstance(w, QScrollBar)]
        assert len(controls) >= 3, name
    from PySide6.QtWidgets import QLineEdit as Edit

    stray = Edit(window.pages["settings"])
    stray.show()
    assert any("QLineEdit" in p for p in nameless(window.pages["settings"]))
    stray.deleteLater()
