"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from companion.domain.i18n import translate

STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#cardTitle { font-weight: 600; color: palette(text); }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; }
QLabel#muted { color: #5f6368; }
QFrame#banner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 6px; }
QFrame#banner QLabel { color: #3d3000; }
QListWidget#nav { border: none; background: palette(window); font-size: 11pt; }
QListWidget#nav::item { padding: 8px 12px; border-radius: 6px; }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
*:focus { outline: 2px solid palette(highlight); }
"""


def label(text: str = "", *, object_name: str | None = None, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        widget.setObjectName(object_name)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return widget


def titled(title: str, required: bool) -> str:
    """A course item's title, marked when the certificate does not need it."""
    return title if required else translate("ui", "{0} (optional)").format(title)


def page_title(text: str) -> QLabel:
    widget = label(text, object_name="pageTitle")
    widget.setAccessibleName(text)
    return widget


class Card(QFrame):
    """A titled box on a page."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        self.title = label(title, object_name="cardTitle")
        self.body.addWidget(self.title)


def make_table(model, accessible_name: str, *, stretch: tuple[int, ...] = (0,), wrap: bool = False):
    """A read-only, row-selecting table over ``model`` whose rows fit their text as columns resize."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    if wrap:  # Qt re-measures each row whenever a column's width changes
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class Banner(QFrame):
    """A message across the top of the window with an optional action and a close button."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(accessible_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = label()
        self.action = QPushButton()
        self.close_button = QPushButton(translate("ui", "Dismiss"))
        self.close_button.setAccessibleName(translate("ui", "Dismiss: {0}").format(accessible_name))
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self.close_button.clicked.connect(self._dismiss)
        self.action.clicked.connect(self._act)
        self._callback = None
        self.hide()

    def show_message(self, text: str, action: str | None = None, callback=None) -> None:
        self.text.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action))
        if action:
            self.action.setText(action)
            self.action.setAccessibleName(action)
        self.show()

    def _dismiss(self) -> None:
        self.hide()

    def _act(self) -> None:
        callback = self._callback
        self.hide()
        if callback:
            callback()


def scrolling_page(page: QWidget):
    """Give ``page`` a scrolling body (large fonts and small screens still reach everything); returns
    the body's layout."""
    from PySide6.QtWidgets import QScrollArea

    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(14)
    return layout
