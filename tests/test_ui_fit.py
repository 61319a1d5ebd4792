"""The window fits the participant's screen and font, and looks the same way everywhere.

- On a 1024x600 screen, and with the font doubled before start-up (the platform's font resolution
  at 192 dpi, as QT_FONT_DPI=192 does on X11), the real window is built in its own process
  (tests/support/fit_check.py), every page and the states behind them are visited, and nothing may
  be larger than the screen, scroll sideways, or cut a button's or a label's text.
- The window remembers its size, place and maximised state, and comes back inside the screen.
- No style sheet outside companion/ui/theme.py sets a font size or a colour; the theme's colours
  keep their contrast on a light and on a dark palette.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from .conftest import ROOT

pytestmark = pytest.mark.ui
CHECK = ROOT / "tests" / "support" / "fit_check.py"


def fit_report(screen: str, dpi: int, tmp_path: Path) -> dict:
    result = subprocess.run([sys.executable, str(CHECK), "--screen", screen, "--dpi", str(dpi), "--data-dir",
                             str(tmp_path / "data")], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("screen,dpi", [("1024x600", 96), ("1366x768", 192), ("1024x600", 192)],
                         ids=["1024x600", "1366x768-font200", "1024x600-font200"])
def test_every_page_fits_the_screen_and_the_font(screen, dpi, tmp_path):
    report = fit_report(screen, dpi, tmp_path)
    width, height = map(int, screen.split("x"))
    assert report["available"] == [width, height]
    # the walk is not vacuous: every page and the states behind them were visited
    assert len(report["states"]) >= 15, report["states"]
    assert {"quiz: result", "submissions: survey", "submissions: photos",
            "submissions: essay with feedback"} <= set(report["states"])
    assert report["window"][0] <= width and report["window"][1] <= height, report
    assert report["minimum"][0] <= width, report
    assert report["sign_in"][0] <= width, report
    assert not report["problems"], "\n".join(report["problems"])


def test_the_fit_check_sees_cut_text_and_sideways_scrolling(qtbot):
    """The checks above would fail on the faults of issue 11 (cut buttons, squeezed labels, a hint
    wider than its field, a scroll bar sideways)."""
    from PySide6.QtWidgets import QLineEdit, QScrollArea

    sys.path.insert(0, str(CHECK.parent))
    from fit_check import problems_in

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("Run it from this week")
    button.setFixedWidth(40)
    squeezed = QLabel("A long explanation that wraps onto several lines when the window is narrow. " * 4)
    squeezed.setWordWrap(True)
    squeezed.setFixedSize(120, 20)
    edit = QLineEdit()
    edit.setPlaceholderText("https://portal.example.org")
    edit.setFixedWidth(60)
    scroll = QScrollArea()
    wide = QWidget()
    wide.setMinimumWidth(2000)
    scroll.setWidget(wide)
    for w in (button, squeezed, edit, scroll):
        layout.addWidget(w)
    root.resize(400, 400)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(problems_in(root, "test"))
    assert "button 'Run it from this week' cut" in found
    assert "label 'A long explanation" in found
    assert "hint 'https://portal.example.org' cut" in found
    assert "sideways scroll bar" in found


# ---- remembering the window ----
def test_the_window_remembers_its_size_place_and_maximised_state(qtbot, tmp_path, qapp):
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    state = tmp_path / "window.ini"
    available = qapp.primaryScreen().availableGeometry()
    runner = TaskRunner()
    first = MainWindow(runner, state_file=state)
    qtbot.addWidget(first)
    assert first.width() <= available.width() and first.height() <= available.height()
    first.setGeometry(QRect(available.x() + 30, available.y() + 60, 500, 400))
    first.placement.save(first)
    second = MainWindow(runner, state_file=state)
    qtbot.addWidget(second)
    assert (second.x(), second.y(), second.width(), second.height()) == (available.x() + 30, available.y() + 60,
                                                                         500, 400)
    assert second.start_maximised is False
    # maximised, and a saved size larger than today's screen (a bigger monitor last time)
    text = state.read_text()
    text = re.sub(r"geometry=.*", "geometry=\"-3000,-2000,5000,4000\"", text).replace("maximised=false",
                                                                                       "maximised=true")
    state.write_text(text)
    third = MainWindow(runner, state_file=state)
    qtbot.addWidget(third)
    assert third.start_maximised is True
    assert available.contains(third.geometry()), (third.geometry(), available)
    runner.shutdown()


def test_a_first_start_fits_the_screen_it_is_on(qapp):
    from companion.ui.placement import fitting_rect

    small = QRect(0, 0, 1024, 600)
    rect = fitting_rect(small)
    assert small.contains(rect) and rect.width() <= 1024 - 8 and rect.height() <= 600 - 40
    large = QRect(0, 0, 2560, 1440)
    rect = fitting_rect(large)
    assert (rect.width(), rect.height()) == (1200, 800) and rect.center() == large.center()


# ---- one theme ----
STYLE_CALL = re.compile(r"setStyleSheet\((?P<arg>[^)]*)\)")
FIXED_FONT = re.compile(r"font(-size)?\s*:[^;\"']*\d+(\.\d+)?\s*(pt|px)", re.I)
LITERAL_COLOUR = re.compile(r"#[0-9a-f]{3,8}\b|rgba?\(|\b(color|background|border)\s*:\s*(?!palette\()[a-z]+\b", re.I)


def style_faults(text: str) -> list[str]:
    return [m.group(0) for m in FIXED_FONT.finditer(text)] + [m.group(0) for m in LITERAL_COLOUR.finditer(text)]


def test_no_style_sheet_outside_the_theme_sets_a_font_size_or_a_colour():
    problems = []
    for path in sorted((ROOT / "companion").rglob("*.py")):
        if path.name == "theme.py":
            continue
        source = path.read_text(encoding="utf-8")
        for call in STYLE_CALL.finditer(source):
            arg = call.group("arg")
            if "theme." in arg:
                continue
            faults = style_faults(arg)
            if faults:
                problems.append(f"{path.relative_to(ROOT)}: setStyleSheet({arg.strip()[:60]}) sets {faults}")
        for m in re.finditer(r"style\s*=\s*['\"][^'\"]*['\"]", source):  # inline styles in rich text
            faults = style_faults(m.group(0))
            if faults:
                problems.append(f"{path.relative_to(ROOT)}: {m.group(0)[:60]} sets {faults}")
        for m in re.finditer(r"QColor\(\s*['\"]#|['\"]#[0-9a-fA-F]{6}['\"]", source):  # colours as literals
            problems.append(f"{path.relative_to(ROOT)}: a literal colour {m.group(0)}")
    assert not problems, "\n".join(problems)


def test_the_style_check_would_catch_a_fixed_size_or_colour():
    assert style_faults('"font-size: 14pt;"') and style_faults("'color: #b00020;'")
    assert style_faults("background: white") and style_faults("font: 12px Arial")
    assert not style_faults("color: palette(text); font-weight: 600")


def test_no_widget_carries_its_own_font_size_or_colour(window, qtbot):
    """At run time too: after visiting every page, only the main window's (the theme's) style sheet
    names sizes or colours."""
    for name in ("dashboard", "lectures", "schedule", "quizzes", "submissions", "settings"):
        window.go_to(name, None)
        qtbot.wait(30)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    problems = [f"{type(w).__name__} {w.objectName()!r}: {w.styleSheet()[:80]}"
                for w in window.findChildren(QWidget) if w.styleSheet() and style_faults(w.styleSheet())]
    assert not problems, "\n".join(problems)
    assert window.styleSheet(), "the theme's style sheet is applied"


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_theme_colours_keep_their_contrast_on_light_and_dark_palettes(dark, qapp):
    from companion.ui import theme

    palette = theme.dark_palette() if dark else qapp.style().standardPalette()
    assert theme.is_dark(palette) is dark
    base = palette.color(QPalette.ColorRole.Base)
    for tone in theme.TONES:
        assert contrast(theme.tone_colour(tone, palette), base) >= 4.5, tone
    assert contrast(theme.muted_colour(palette), base) >= 3.0
    sheet = theme.style_sheet(palette)
    assert not re.search(r"\d\s*pt\b", sheet) and "font-size" not in sheet  # sizes come from font roles
    assert theme.tone_colour("bad", palette).name() in sheet


def test_the_window_follows_a_dark_system_palette(window, qapp, qtbot):
    from companion.ui import theme

    light_sheet = window.styleSheet()
    original = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        qtbot.waitUntil(lambda: window.styleSheet() != light_sheet, timeout=3000)
        assert theme.tone_colour("bad").name() in window.styleSheet()
    finally:
        qapp.setPalette(original)


def test_titles_follow_the_application_font(window, qapp, qtbot, big_font):
    """A larger font makes titles larger too, and they stay larger than the body text."""
    title = window.pages["dashboard"].heading
    qtbot.waitUntil(lambda: title.font().pointSizeF() > 1.5 * qapp.font().pointSizeF() - 0.1, timeout=3000)
    assert title.font().pointSizeF() > qapp.font().pointSizeF()


def test_the_icon_is_there_at_every_size(qapp):
    from companion.ui import theme

    icon = theme.app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(theme.ICON_SIZES) <= sizes
    assert (ROOT / "resources" / "icons" / "companion.svg").is_file()
