"""No accidental edits: the mouse wheel over a spin box, a combo box or a slider that has no keyboard
focus scrolls the page instead of changing the value (as GNOME and macOS apps do). A click or Tab
gives the field focus; then the wheel changes it as before.

One application-wide event filter, installed once (``install``): it takes the wheel from such fields
(their WheelFocus policy becomes StrongFocus, so turning the wheel over them no longer focuses them)
and hands the wheel event to the nearest scroll area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget


def _guarded(widget: QObject) -> QWidget | None:
    """The value field ``widget`` is, or belongs to (a spin box's or an editable combo box's line edit)."""
    for w in (widget, widget.parent() if isinstance(widget, QWidget) else None):
        if isinstance(w, (QAbstractSpinBox, QComboBox)) or (isinstance(w, QAbstractSlider) and not isinstance(w, QScrollBar)):
            return w
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            field = _guarded(watched)
            if field is watched and field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            field = _guarded(watched)
            if field is not None and not field.hasFocus():
                area = _scroll_area_around(field)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                else:
                    event.ignore()
                return True  # the value is not changed
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard)."""
    global _guard
    app = app or QApplication.instance()
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
