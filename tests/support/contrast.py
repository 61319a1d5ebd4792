"""WCAG 2.1 contrast measured on rendered pixels (a widget's ``grab()``), never read from a style sheet.

- ``ratio``: the WCAG relative-luminance contrast ratio of two colours (1.0 .. 21.0).
- ``boundary``: how well a component's edge stands out from the background just outside it (1.4.11):
  rows (or columns) are scanned from outside the edge into the component, and each row's best
  contrast against the outside background is kept; the median of the rows is returned, so one
  anti-aliased corner pixel cannot pass a border that is not there.
- ``state_change``: how many pixels change by at least ``minimum`` between two renderings of the same
  widget (unchecked/checked, unfocused/focused): the visual information that says the state.
- ``text``: the best contrast of any pixel in a region against that region's background (what an
  eyedropper on a glyph's stem finds).
"""

from __future__ import annotations

from statistics import median

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage


def luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pixel(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def boundary(image: QImage, rect: QRect, *, side: str = "left", outside: int = 3, inside: int = 4) -> float:
    """The edge ``side`` of ``rect`` (in ``image`` coordinates) against the background ``outside``
    pixels beyond it, scanning ``inside`` pixels into the component, over the middle half of the edge."""
    results = []
    if side in ("left", "right"):
        rows = range(rect.top() + rect.height() // 4, rect.bottom() - rect.height() // 4 + 1)
        for y in rows:
            if side == "left":
                bg = pixel(image, rect.left() - outside, y)
                xs = range(rect.left() - 1, rect.left() + inside)
            else:
                bg = pixel(image, rect.right() + outside, y)
                xs = range(rect.right() - inside + 1, rect.right() + 2)
            results.append(max(ratio(bg, pixel(image, x, y)) for x in xs))
    else:
        cols = range(rect.left() + rect.width() // 4, rect.right() - rect.width() // 4 + 1)
        for x in cols:
            if side == "top":
                bg = pixel(image, x, rect.top() - outside)
                ys = range(rect.top() - 1, rect.top() + inside)
            else:
                bg = pixel(image, x, rect.bottom() + outside)
                ys = range(rect.bottom() - inside + 1, rect.bottom() + 2)
            results.append(max(ratio(bg, pixel(image, x, y)) for y in ys))
    return median(results)


def state_change(before: QImage, after: QImage, rect: QRect | None = None, *, minimum: float = 3.0) -> int:
    """How many pixels (inside ``rect``) differ by at least ``minimum`` between the two images."""
    area = rect or QRect(0, 0, min(before.width(), after.width()), min(before.height(), after.height()))
    count = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a != b and ratio(QColor(a), QColor(b)) >= minimum:
                count += 1
    return count


def text(image: QImage, rect: QRect, background: QColor | None = None) -> float:
    """The best contrast of a pixel in ``rect`` against ``background`` (by default: the colour most
    pixels of the region have, i.e. what the text sits on)."""
    counts: dict[int, int] = {}
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            value = image.pixel(x, y)
            counts[value] = counts.get(value, 0) + 1
    bg = background or QColor(max(counts, key=counts.get))
    return max(ratio(bg, QColor(value)) for value in counts)


def grab_in(container, widget) -> tuple[QImage, QRect]:
    """``container`` rendered, and where ``widget`` sits in it."""
    image = container.grab().toImage()
    top_left = widget.mapTo(container, QPoint(0, 0))
    scale = image.devicePixelRatio()
    if scale != 1:
        image = image.scaled(container.width(), container.height())
    return image, QRect(top_left, widget.size())
