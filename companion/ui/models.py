"""Item models for the pages' lists and tables: one model per kind of row, no widget per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from . import theme

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1  # the row's object
    KEY = Qt.ItemDataRole.UserRole + 2  # a stable id
    STATE = Qt.ItemDataRole.UserRole + 3  # a state keyword (done, overdue, ...)


# the roles as plain ints (an enum member's lookup and comparison cost more, at thousands of calls)
DISPLAY, ACCESSIBLE, TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole),
                                int(Qt.ItemDataRole.ToolTipRole))
DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)
ITEM, KEY, STATE = int(Roles.ITEM), int(Roles.KEY), int(Roles.STATE)
ANSWERED = frozenset({DISPLAY, ACCESSIBLE, TOOLTIP, DESCRIPTION, FOREGROUND, FONT, ITEM, KEY, STATE})




@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    short: Callable[[T], str] | None = None  # a shorter text for a narrow table (the tooltip keeps the whole)


class RowModel(QAbstractTableModel, Generic[T]):
    """A table of rows of one type, columns declared as Column specs. With ``state``, the column
    ``state_column`` says each row's state (coloured by it; a table gives it its width first).
    Every cell's tooltip and accessible description hold its whole text (a narrow column may end it
    in "…")."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], str],
                 state: Callable[[T], str] | None = None, bold: Callable[[T], bool] | None = None,
                 dim: Callable[[T], bool] | None = None, parent=None, state_column: int = 1):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._key, self._state, self._bold, self._dim = key, state, bold, dim
        self.state_column = state_column if state is not None and state_column < len(self._columns) else None
        self.short = False  # the columns that have a short text show it (set by a table narrow for its font)

    def has_short_texts(self) -> bool:
        return any(c.short is not None for c in self._columns)

    def set_short(self, short: bool) -> None:
        if short != self.short:
            self.short = short
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    # ---- data in ----
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_key(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    # ---- Qt interface ----
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Qt asks for a dozen roles per cell, many times over while columns and rows are fitted
        # (thousands of calls as a page is first laid out): the roles no row answers leave at once.
        if role not in ANSWERED or not index.isValid():
            return None
        obj = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == DISPLAY or role == ACCESSIBLE:
            return column.short(obj) if self.short and column.short is not None else column.text(obj)
        if role == TOOLTIP or role == DESCRIPTION:  # the whole text, and more where the column says more
            text = column.text(obj)
            more = column.tooltip(obj) if column.tooltip else ""
            return more if text in more else f"{text}\n{more}" if more and text else text or more
        if role == ITEM:
            return obj
        if role == KEY:
            return self._key(obj)
        if role == STATE:
            return self._state(obj) if self._state else None
        if role == FOREGROUND:
            if self._dim and self._dim(obj):
                return QBrush(theme.muted_colour())
            if self._state and index.column() == self.state_column:
                colour = theme.state_colour(self._state(obj))
                return QBrush(colour) if colour else None
        if role == FONT and self._bold and self._bold(obj):
            font = QFont()
            font.setBold(True)
            return font
        return None
