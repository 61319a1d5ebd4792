"""The look of the app, in one place: colours taken from the palette (so a dark desktop theme works),
font sizes relative to the application font (so a doubled system font doubles titles too), spacing,
and the application icon.

Widgets never carry their own colours or font sizes: they name a *role* (``set_font_role``) or a
*tone* (``set_tone``) and the style sheet made here gives it a look. ``tests/test_ui_fit.py`` fails on
any style sheet elsewhere that sets a fixed font size or a literal colour.

``COMPANION_THEME=dark`` (or ``light``) forces a palette, for screenshots and for desktops that do
not tell Qt their colour scheme; by default the system palette is followed, light or dark.
"""

from __future__ import annotations

import os
from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.paths import resources_dir

THEME_ENV = "COMPANION_THEME"

# spacing, in pixels: a page's margins, the gap between blocks, a card's padding
PAGE_MARGINS = (24, 18, 24, 18)
GAP = 12
CARD_PADDING = (14, 12, 14, 12)

# font roles: size as a factor of the application font, and weight
FONT_ROLES = {
    "title": (1.6, QFont.Weight.DemiBold),  # a page's title
    "headline": (1.35, QFont.Weight.DemiBold),  # a quiz result
    "heading": (1.2, QFont.Weight.DemiBold),  # the selected lecture, assignment, question
    "lead": (1.1, QFont.Weight.Normal),  # a summary line above a list
    "nav": (1.1, QFont.Weight.Normal),  # the sections in the sidebar
}

# tones: what a coloured text means; each has a colour for light and one for dark backgrounds,
# both with at least 4.5:1 contrast on the palette's base colour. The words always say it too.
TONES = {
    "good": ("#1b6e20", "#7bd389"),
    "bad": ("#b00020", "#ff8a8a"),
    "warn": ("#8a5300", "#f0b95a"),
    "info": ("#0b5394", "#8cc2ff"),
}
STATE_TONES = {"done": "good", "overdue": "bad", "missed": "bad", "late": "bad", "urgent": "bad", "soon": "warn",
               "sending": "info", "needs_attention": "bad"}
ACCENT = "#1f6f8b"  # the icon's blue-green: selection in the sidebar and the primary buttons


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.45


def tone_colour(tone: str, palette: QPalette | None = None) -> QColor:
    light, dark = TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def state_colour(state: str | None) -> QColor | None:
    """The text colour of a table cell in this state (None: the palette's text colour)."""
    tone = STATE_TONES.get(state or "")
    return tone_colour(tone) if tone else None


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text: the palette's placeholder colour, which desktop themes set for light and dark."""
    palette = palette or QGuiApplication.palette()
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.Text)
    if colour == text or colour.alpha() < 255:  # some palettes leave it unset or translucent
        colour = mix(text, palette.color(QPalette.ColorRole.Base), 0.35)
    from .contrast_style import TEXT_CONTRAST, readable_against

    # readable (WCAG 1.4.3) on a page and in a card alike
    return readable_against(colour, text, (palette.color(QPalette.ColorRole.Base),
                                           palette.color(QPalette.ColorRole.Window)), TEXT_CONTRAST)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way toward ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def html_colour(tone: str) -> str:
    """For rich text (the quiz review): the tone's colour as #rrggbb."""
    return tone_colour(tone).name()


# ---- fonts ----
def scaled_font(role: str, base: QFont | None = None) -> QFont:
    factor, weight = FONT_ROLES[role]
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setWeight(weight)
    return font


def set_font_role(widget: QWidget, role: str) -> QWidget:
    """Give ``widget`` a text size relative to the application font (kept when the font changes)."""
    widget.setProperty("fontRole", role)
    widget.setFont(scaled_font(role))
    return widget


def refresh_fonts(root: QWidget) -> None:
    """After the application font changed: every widget with a role takes its new size."""
    for widget in [root, *root.findChildren(QWidget)]:
        role = widget.property("fontRole")
        if role in FONT_ROLES:
            widget.setFont(scaled_font(role))


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour a label's text by meaning (good, bad, warn, info) or back to normal (None)."""
    if widget.property("tone") == (tone or ""):
        return
    widget.setProperty("tone", tone or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# ---- the style sheet ----
def style_sheet(palette: QPalette | None = None) -> str:
    palette = palette or QGuiApplication.palette()
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    mid = palette.color(QPalette.ColorRole.Mid)
    from .contrast_style import readable_against

    accent = QColor(ACCENT)
    if dark:
        accent = mix(accent, QColor("white"), 0.25)
    side = mix(window, accent, 0.10 if not dark else 0.14)
    # the selected section stands out 3:1 from the sidebar (WCAG 1.4.11) and its name reads 4.5:1 on it
    # (6:1 asked of the name: a small font's anti-aliased strokes never reach their full colour);
    # on a dark palette the selection is a light teal with dark text, on a light one the reverse
    away = QColor("white") if dark else QColor("black")
    accent = readable_against(accent, away, (side,), 3.3)
    selected_text = QColor(window if dark else "white")
    accent = readable_against(accent, away, (selected_text, side), 6.0)
    border = mix(mid, window, 0.35)
    banner_bg = mix(base, QColor("#f2c14e"), 0.28 if not dark else 0.22)
    banner_border = mix(banner_bg, QColor("#b8860b") if not dark else QColor("#f2c14e"), 0.55)
    tones = "\n".join(f'QLabel[tone="{name}"] {{ color: {tone_colour(name, palette).name()}; }}' for name in TONES)
    return f"""
QWidget#sidebar {{ background: {side.name()}; }}
QListWidget#nav {{ border: none; background: transparent; }}
QListWidget#nav::item {{ padding: 7px 10px; border-radius: 6px; margin: 1px 0; }}
QListWidget#nav::item:hover {{ background: {mix(side, accent, 0.15).name()}; }}
QListWidget#nav::item:selected {{ background: {accent.name()}; color: {selected_text.name()}; }}
QFrame#card {{ background: palette(base); border: 1px solid {border.name()}; border-radius: 8px; }}
QLabel#cardTitle {{ font-weight: 600; color: palette(text); }}
QLabel#muted {{ color: {muted_colour(palette).name()}; }}
QFrame#banner {{ background: {banner_bg.name()}; border: 1px solid {banner_border.name()}; border-radius: 6px; }}
QFrame#banner QLabel {{ color: {text.name()}; }}
QLabel#empty {{ color: {muted_colour(palette).name()}; padding: 12px; }}
QTableView {{ gridline-color: {border.name()}; }}
{tones}
"""


def dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202326", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17191b", QPalette.ColorRole.AlternateBase: "#24272a",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2c3034",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.ToolTipBase: "#2c3034",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Highlight: "#3b8eb0", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8cc2ff", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3a3f44", QPalette.ColorRole.Midlight: "#33373b", QPalette.ColorRole.Mid: "#4a5056",
        QPalette.ColorRole.Dark: "#111314", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f757b"))
    return p


def apply_app_theme(app: QApplication, choice: str | None = None) -> None:
    """At start-up: the icon, and a forced light or dark palette when asked (else the system's)."""
    app.setWindowIcon(app_icon())
    choice = (choice or os.environ.get(THEME_ENV, "")).strip().lower()
    if choice == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    elif choice == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    from .contrast_style import install

    install(app)  # edges and focus rings that stand out 3:1 on whichever palette (contrast_style.py)


# ---- the icon ----
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_folder():
    return resources_dir() / "icons"


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    icon = QIcon()
    folder = icon_folder()
    for size in ICON_SIZES:
        path = folder / f"companion-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
