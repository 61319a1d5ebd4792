"""Edges you can see, on light and dark palettes alike (WCAG 2.1 1.4.11: 3:1 for a component's
boundary and its states against what is next to it).

Qt's Fusion style draws the edge of a check box, a radio button, a field, a spin box, a combo box, a
button, a progress bar and a scroll bar's handle in the window colour made 40 % darker: about 2:1 on a light palette and
1.1:1 on a dark one, where an empty check box and a field vanish. ``ContrastStyle`` lets Fusion draw
everything and then draws those edges again in a colour taken from the palette (the text colour mixed
into the window colour until it stands out 3:1 from the window, the field and the button colours),
and keyboard focus as a 2-pixel ring just inside the edge in the palette's highlight colour,
brightened or darkened until it stands out 3:1 from what it covers. Every colour comes from the
palette in use, so a desktop's own dark palette gets the same treatment; :func:`readable_palette`
makes the palette's hint and highlight colours readable too. ``tests/test_ui_contrast.py`` measures
the result on rendered pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

from .qtboot import keep_none_alive

keep_none_alive()  # every edge drawn is a handful of void calls, each taking a reference from None (qtboot.py)

EDGE_CONTRAST = 3.3  # a little over 3:1: anti-aliasing softens a 1-pixel line
FOCUS_CONTRAST = 3.3
ROUND_EDGE_CONTRAST = 4.5  # a circle's anti-aliased edge is fainter than a straight one
TEXT_CONTRAST = 4.7  # 4.5:1 with a margin for anti-aliasing
SELECTED_CONTRAST = 5.5  # Fusion fills a progress bar with a gradient up to 20 % lighter than the highlight

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
CE = QStyle.ControlElement


def luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def readable_against(start: QColor, toward: QColor, against: tuple[QColor, ...], wanted: float) -> QColor:
    """``start`` moved toward ``toward`` just far enough to reach ``wanted`` against each of ``against``
    (``toward`` itself when nothing nearer does)."""
    for step in range(0, 21):
        colour = _mix(start, toward, step / 20)
        if all(contrast(colour, other) >= wanted for other in against):
            return colour
    return QColor(toward)


_cache: dict[tuple, tuple[QColor, QColor, QColor]] = {}


def edge_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(the edge of a field or box, the edge of a circle, the keyboard focus ring) for this palette."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    key = (window.rgba(), base.rgba(), text.rgba(), highlight.rgba())
    found = _cache.get(key)
    if found is None:
        button = palette.color(QPalette.ColorRole.Button)
        edge = readable_against(_mix(window, text, 0.3), text, (window, base, button), EDGE_CONTRAST)
        dark = luminance(window) < 0.18
        # against every inside a control has: a field's, a button's (Fusion lightens it a little)
        insides = (window, base, button, button.lighter(125))
        focus = readable_against(highlight, QColor("white") if dark else QColor("black"), insides, FOCUS_CONTRAST)
        # a circle's anti-aliased 1-pixel edge is fainter than a straight one: it asks more
        round_edge = readable_against(edge, text, (window, base), ROUND_EDGE_CONTRAST)
        found = _cache[key] = (edge, round_edge, focus)
        if len(_cache) > 16:
            _cache.pop(next(iter(_cache)))
    return found


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(option.state & QStyle.StateFlag.State_Enabled)


class ContrastStyle(QProxyStyle):
    """Fusion, with edges and focus rings that stand out 3:1 (see the module's docstring)."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        super().drawPrimitive(element, option, painter, widget)
        if element in (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton):
            self._edge(option, painter, round_=element == PE.PE_IndicatorRadioButton, radius=0)
        elif element == PE.PE_FrameLineEdit and widget is not None and widget.inherits("QLineEdit") \
                and not _inside_complex(widget):
            self._edge(option, painter, radius=2)
        elif element == PE.PE_PanelButtonCommand and widget is not None and widget.inherits("QPushButton"):
            self._edge(option, painter, radius=2)  # a button's outline, seen on a dark page too

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_ProgressBarGroove:  # how far is read against the whole: the whole has an edge
            self._edge(option, painter, radius=2, focus=False)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_SpinBox, CC.CC_ComboBox) and getattr(option, "frame", True):
            self._edge(option, painter, radius=2)
        elif control == CC.CC_ScrollBar:  # where the page is: the handle stands out from its groove
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
            if handle.isValid() and not handle.isEmpty():
                self._edge(option, painter, radius=2, focus=False, rect=handle)

    def _edge(self, option: QStyleOption, painter: QPainter, *, round_: bool = False, radius: float = 0,
              focus: bool = True, rect=None) -> None:
        """The edge as the outermost pixel; with keyboard focus, a 2-pixel ring just inside it, over
        what was the control's inside (so focusing changes those pixels by 3:1 or more)."""
        if not option.state & QStyle.StateFlag.State_Enabled:
            return  # a disabled control is exempt, and looks it
        edge, round_edge, focus_colour = edge_colours(option.palette)
        if round_:
            edge = round_edge
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rings = [(edge, 1.0, 0.5)]  # colour, width, inset (the pen is centred on the line)
        if focus and _focused(option):
            rings.append((focus_colour, 2.0, 2.0))
        for colour, width, inset in rings:
            painter.setPen(QPen(colour, width))
            box = QRectF(rect if rect is not None else option.rect).adjusted(inset, inset, -inset, -inset)
            if round_:
                painter.drawEllipse(box)
            elif radius:
                painter.drawRoundedRect(box, radius, radius)
            else:
                painter.drawRect(box)
        painter.restore()


def _inside_complex(widget) -> bool:
    """A spin box's or an editable combo box's own line edit: the outer control draws the edge."""
    parent = widget.parentWidget()
    return parent is not None and (parent.inherits("QAbstractSpinBox") or parent.inherits("QComboBox"))


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with what themes often leave too faint made readable: the hint in an empty field
    (Qt's default is the text colour at half opacity, 4:1 on white; WCAG 1.4.3 asks 4.5:1), and the
    highlight (selected rows, the filled part of a progress bar): its text 4.5:1 on it (white on Qt's
    light blue is 3.6:1) and the highlight 3:1 from the field colour, so a selected row is seen as
    selected (1.4.11). Where a dark palette cannot have both with light text on the highlight, the
    highlight becomes light with dark text on it."""
    palette = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        hint = palette.color(group, QPalette.ColorRole.PlaceholderText)
        if hint.alpha() < 255:
            hint = _mix(base, hint, hint.alphaF())
        if contrast(hint, base) < TEXT_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, readable_against(hint, text, (base,), TEXT_CONTRAST))
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        on_highlight = palette.color(group, QPalette.ColorRole.HighlightedText)
        if contrast(highlight, on_highlight) >= SELECTED_CONTRAST and contrast(highlight, base) >= EDGE_CONTRAST:
            continue
        away = QColor("black") if luminance(on_highlight) > 0.5 else QColor("white")
        moved = readable_against(highlight, away, (on_highlight,), SELECTED_CONTRAST)
        if contrast(moved, base) < EDGE_CONTRAST:  # a dark palette: a light highlight, dark text on it
            on_highlight = QColor(palette.color(group, QPalette.ColorRole.Window)).darker(150)
            toward = QColor("white") if luminance(base) < 0.18 else QColor("black")
            moved = readable_against(highlight, toward, (on_highlight, base), SELECTED_CONTRAST)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, on_highlight)
        palette.setColor(group, QPalette.ColorRole.Highlight, moved)
    return palette


def keep_readable(app) -> None:
    """After the desktop changed the palette (dark mode switched on or off while the app runs): the
    same fixes as at start-up, once (setting an equal palette again is skipped)."""
    if not isinstance(app.style(), ContrastStyle):
        return
    readable = readable_palette(app.palette())
    if readable != app.palette():
        app.setPalette(readable)


def install(app) -> None:
    """Fusion with visible edges as ``app``'s style when it uses Fusion (the style on Linux desktops
    without a Qt theme, and in forced light or dark mode); a platform's native style is left as it is.
    The palette the application had is kept."""
    style = app.style()
    if isinstance(style, ContrastStyle) or style.name().lower() != "fusion":
        return
    palette = app.palette()
    app.setStyle(ContrastStyle("Fusion"))  # a fresh Fusion inside: the old style is the app's to delete
    app.setPalette(readable_palette(palette))
