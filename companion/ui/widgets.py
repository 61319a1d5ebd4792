"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (QFrame, QLabel, QLayout, QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from companion.domain.i18n import translate

from . import theme



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


class ElidedLabel(QLabel):
    """One line of status that gives way when the window is narrow: it shows as much as fits, ends
    with "…", and keeps the whole text in its tooltip and accessible name."""

    def __init__(self, text: str = ""):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("elides", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        if text:
            self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def text(self) -> str:  # the whole text, as a QLabel's would be
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(min(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 8 + margins.left()
                         + margins.right()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(0, self.width() - margins.left() - margins.right())
        QLabel.setText(self, self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


def fit_dialog(dialog: QWidget, chars: int = 60) -> None:
    """Size a dialog to its content: wide enough for its title and about ``chars`` characters of
    text (in this font), never wider than the screen; as tall as its content then needs."""
    metrics = dialog.fontMetrics()
    screen = (dialog.screen() or dialog.window().screen()).availableGeometry()
    wanted = max(metrics.horizontalAdvance(dialog.windowTitle()) + 140, metrics.averageCharWidth() * chars)
    dialog.setMinimumWidth(min(wanted, screen.width() - 40))
    dialog.adjustSize()


class CurrentStack(QStackedWidget):
    """A stack whose size is that of the page it shows (Qt's asks for the largest of all its pages,
    so a hidden long form would make a short one scroll)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        current = self.currentWidget()
        return current.hasHeightForWidth() if current is not None else False

    def heightForWidth(self, width: int) -> int:
        current = self.currentWidget()
        return current.heightForWidth(width) if current is not None else -1


class AdaptiveSplitter(QSplitter):
    """A list beside its detail, draggable; when the page is narrow for its font (a small screen, a
    doubled font) the detail goes below the list instead, so nothing has to scroll sideways.
    ``chars``: the width, in average characters, from which the two sit side by side."""

    def __init__(self, chars: int = 80, shares: tuple[int, int] = (1, 3)):
        super().__init__(Qt.Orientation.Horizontal)
        self.chars = chars
        self.shares = shares
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event) -> None:
        wide_enough = self.fontMetrics().averageCharWidth() * self.chars
        want = Qt.Orientation.Horizontal if event.size().width() >= wide_enough else Qt.Orientation.Vertical
        if want != self.orientation():
            self.setOrientation(want)
            total = event.size().width() if want == Qt.Orientation.Horizontal else event.size().height()
            first = total * self.shares[0] // sum(self.shares)
            if want == Qt.Orientation.Vertical:  # the list on top: as tall as its rows, up to a third
                first = min(max(self.widget(0).sizeHint().height(), total // 5), total // 3)
            self.setSizes([first, total - first])
        super().resizeEvent(event)


def page_scroller(page: QWidget) -> QWidget:
    """``page`` in a scroll area that scrolls up and down only when the window is shorter than the
    page's *minimum* (a small screen, a large font); pages never scroll sideways."""
    return _PageScroller(page)


def titled(title: str, required: bool) -> str:
    """A course item's title, marked when the certificate does not need it."""
    return title if required else translate("ui", "{0} (optional)").format(title)


def page_title(text: str) -> QLabel:
    widget = label(text, object_name="pageTitle")
    widget.setAccessibleName(text)
    theme.set_font_role(widget, "title")
    return widget


class Card(QFrame):
    """A titled box on a page."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(*theme.CARD_PADDING)
        self.body.setSpacing(6)
        self.title = label(title, object_name="cardTitle")
        self.body.addWidget(self.title)


class Table(QTableView):
    """A table that says what to do when it is empty, and (``compact``) asks only for the height its
    rows need, so a short list leaves no large empty area."""

    def __init__(self, empty_text: str = "", compact: bool = False):
        super().__init__()
        self.empty_text = empty_text
        self.compact = compact
        if compact:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    # ---- columns that fit the width (tables never scroll sideways) ----
    def set_column_modes(self, modes: list) -> None:
        self._modes = list(modes)
        self._squeezed = False
        if not hasattr(self, "_refit"):
            self._refit = QTimer(self)
            self._refit.setSingleShot(True)
            self._refit.setInterval(0)
            self._refit.timeout.connect(self.fit_columns)
            header = self.horizontalHeader()
            header.sectionResized.connect(self._columns_moved)
            header.geometriesChanged.connect(self._columns_moved)
        for column, mode in enumerate(self._modes):
            self.horizontalHeader().setSectionResizeMode(column, mode)

    def fit_columns(self) -> None:
        """When the columns' natural widths pass the table's width (a narrow window, a large font),
        every column takes a share in proportion to its text and the text wraps or ends in "…"
        (the tooltip has it whole); when they fit again, the columns size to their contents."""
        from PySide6.QtWidgets import QHeaderView

        modes = getattr(self, "_modes", None)
        model = self.model()
        if not modes or model is None or getattr(self, "_fitting", False):
            return
        self._fitting = True
        try:
            header = self.horizontalHeader()
            room = self.viewport().width()
            self._fitted_width = room
            n = len(modes)
            titles = header.fontMetrics()
            natural = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c),
                           titles.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + 16)
                       for c in range(n)]
            if room <= 0:
                return
            if sum(natural) <= room:
                if getattr(self, "_squeezed", False):
                    self._squeezed = False
                    header.setStretchLastSection(True)
                    for column, mode in enumerate(modes):
                        header.setSectionResizeMode(column, mode)
                header.resizeSections()
                if header.length() <= room:
                    return
            self._squeezed = True
            floor = max(8, min(self.fontMetrics().horizontalAdvance("0000000"), room // n))
            header.setMinimumSectionSize(floor)
            stretch = QHeaderView.ResizeMode.Stretch
            shares = [n_ if m == stretch else min(n_, max(floor, room // n)) for n_, m in zip(natural, modes)]
            total = sum(shares) or 1
            widths = [max(floor, room * share // total) for share in shares]
            while sum(widths) > room and max(widths) > floor:  # rounding and floors: give back from the widest
                widest = widths.index(max(widths))
                widths[widest] -= min(sum(widths) - room, widths[widest] - floor)
            header.setStretchLastSection(False)
            widths[-1] += max(0, room - sum(widths))  # the last column takes what is left
            for column, width in enumerate(widths):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            if self.wordWrap():
                self.resizeRowsToContents()
        finally:
            self._fitting = False

    def _columns_moved(self, *_args) -> None:
        if not getattr(self, "_fitting", False):
            self._refit.start()

    def updateGeometries(self) -> None:  # the viewport changed (a scroll bar came or went)
        super().updateGeometries()
        if self.viewport().width() != getattr(self, "_fitted_width", -1) and hasattr(self, "_refit"):
            self._refit.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if hasattr(self, "_refit"):
            self._refit.start()

    def _rows_height(self, limit: int | None = None) -> int:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        shown = rows if limit is None else min(rows, limit)
        body = sum(self.rowHeight(r) or self.verticalHeader().defaultSectionSize() for r in range(shown))
        if rows == 0 and self.empty_text:
            body = self.fontMetrics().lineSpacing() * 2 + 20
        frame = 2 * self.frameWidth()
        header = self.horizontalHeader().sizeHint().height() if self.horizontalHeader().isVisible() else 0
        bar = self.horizontalScrollBar().sizeHint().height() if self.horizontalScrollBar().isVisible() else 0
        return frame + header + body + bar + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.compact:
            hint.setHeight(self._rows_height())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.compact:
            hint.setHeight(min(self._rows_height(), self._rows_height(limit=2)))
        return hint

    def maximumHeightForRows(self) -> int:
        return self._rows_height()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())
            painter.setPen(theme.muted_colour(self.palette()))
            area = self.viewport().rect().adjusted(16, 8, -16, -8)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()


def make_table(model, accessible_name: str, *, stretch: tuple[int, ...] = (0,), wrap: bool = False,
               empty: str = "", compact: bool = False):
    """A read-only, row-selecting table over ``model`` whose rows fit their text as columns resize.
    ``empty``: what to do when there are no rows (shown in place of an empty grid); ``compact``: the
    table is only as tall as its rows."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table = Table(empty, compact)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0000000"))
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.set_column_modes([QHeaderView.ResizeMode.Stretch if column in stretch
                            else QHeaderView.ResizeMode.ResizeToContents for column in range(model.columnCount())])
    for signal in (model.modelReset, model.layoutChanged):
        signal.connect(table._columns_moved)
    if wrap:  # Qt re-measures each row whenever a column's width changes
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if compact:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(table.updateGeometry)
        table.verticalHeader().sectionResized.connect(lambda *_a: table.updateGeometry())
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
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*theme.PAGE_MARGINS)
    layout.setSpacing(theme.GAP)
    return layout


def page_layout(page: QWidget) -> QVBoxLayout:
    """A page that does not scroll as a whole (its lists and editors scroll): the usual margins."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*theme.PAGE_MARGINS)
    layout.setSpacing(theme.GAP - 4)
    return layout


class FlowLayout(QLayout):
    """Buttons in a row that wrap onto the next line when the window is narrow or the font large,
    instead of forcing the window wider than the screen. ``addStretch`` marks where the row splits
    into a left and a right group (the right group keeps to the right edge while it fits)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._split: int | None = None
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # the QBoxLayout calls pages already make
    def addStretch(self, _stretch: int = 0) -> None:
        self._split = len(self._items)

    def addWidget(self, widget: QWidget, *_args) -> None:  # stretch and alignment do not apply here
        super().addWidget(widget)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        if 0 <= index < len(self._items):
            if self._split is not None and index < self._split:
                self._split -= 1
            return self._items.pop(index)
        return None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self.spacing()
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    @staticmethod
    def _size(item, width: int) -> QSize:
        w = min(item.sizeHint().width(), width)
        h = item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
        return QSize(w, max(h, item.minimumSize().height()))

    def _place(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        visible = self._visible()
        split = len(self._items) if self._split is None else self._split
        right = [i for i in self._items[split:] if i in visible]
        lines: list[list] = [[]]
        used = 0
        for item in visible:
            w = self._size(item, area.width()).width()
            if lines[-1] and used + gap + w > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            sizes = [self._size(i, area.width()) for i in line]
            height = max((s.height() for s in sizes), default=0)
            x = area.x()
            for item, size in zip(line, sizes):
                if right and item is right[0] and all(i in line for i in right):
                    right_width = sum(self._size(i, area.width()).width() for i in right) + gap * (len(right) - 1)
                    x = max(x, area.right() + 1 - right_width)
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + gap
            y += height + gap
        return (y - gap - area.y() if visible else 0) + m.top() + m.bottom()


def minimum_height_for_width(widget: QWidget, width: int) -> int:
    """The least height ``widget`` can have at ``width`` without cutting a wrapped line. Qt's own
    answer counts every page of a stack (the hidden ones too) at its preferred height; this one
    counts only the page a stack shows, and wrapped labels at their height for the width."""
    from PySide6.QtWidgets import QBoxLayout, QLayoutItem

    def of_widget(w: QWidget, width: int) -> int:
        floor = max(w.minimumSizeHint().height(), w.minimumHeight())
        if isinstance(w, QLabel) and w.wordWrap():
            return max(floor, w.heightForWidth(width))
        if isinstance(w, QStackedWidget):
            current = w.currentWidget()
            return max(of_widget(current, width) if current is not None else 0, w.minimumHeight())
        if isinstance(w, (QScrollArea, QSplitter)) or w.layout() is None:
            return floor
        layout = w.layout()
        if isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.TopToBottom,
                                                                       QBoxLayout.Direction.BottomToTop):
            return max(of_layout(layout, width), w.minimumHeight())
        return max(layout.totalMinimumHeightForWidth(width) if layout.hasHeightForWidth() else floor, floor)

    def of_item(item: QLayoutItem, width: int) -> int:
        if item.widget() is not None:
            return of_widget(item.widget(), width) if not item.widget().isHidden() else 0
        if item.layout() is not None:
            layout = item.layout()
            if isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.TopToBottom,
                                                                           QBoxLayout.Direction.BottomToTop):
                return of_layout(layout, width)
            return layout.minimumHeightForWidth(width) if layout.hasHeightForWidth() else layout.minimumSize().height()
        return item.minimumSize().height()

    def of_layout(layout, width: int) -> int:
        m = layout.contentsMargins()
        inner = max(0, width - m.left() - m.right())
        heights = [of_item(layout.itemAt(i), inner) for i in range(layout.count())]
        shown = [h for h in heights if h > 0]
        return sum(shown) + max(0, len(shown) - 1) * max(0, layout.spacing()) + m.top() + m.bottom()

    return of_widget(widget, width)


class _PageScroller(QScrollArea):
    """Qt's resizable scroll area gives a page its *preferred* height for the width (so a page whose
    lists could shrink scrolls anyway); this one gives it the viewport's height whenever the page's
    minimum for that width fits, and scrolls only below that."""

    def __init__(self, page: QWidget):
        super().__init__()
        self._fitting = False  # before setWidget: the page's first events arrive through eventFilter
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.setObjectName(f"scroll-{page.objectName()}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop (it still scrolls to the focused field)
        page.installEventFilter(self)

    def _needed(self, width: int) -> int:
        return minimum_height_for_width(self.widget(), width)

    def _fit(self) -> None:
        page = self.widget()
        if page is None or self._fitting:
            return
        self._fitting = True
        try:
            width = self.viewport().width()
            need = self._needed(width)
            if need > self.viewport().height() and not self.verticalScrollBar().isVisible():
                width = max(0, self.width() - self.verticalScrollBar().sizeHint().width())
                need = self._needed(width)
            page.setGeometry(0, -self.verticalScrollBar().value() if need > self.viewport().height() else 0,
                             width, max(need, self.viewport().height()))
            self.verticalScrollBar().setRange(0, max(0, need - self.viewport().height()))
            self.verticalScrollBar().setPageStep(self.viewport().height())
        finally:
            self._fitting = False

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is not None:  # as narrow as the page can be (it never scrolls sideways)
            hint.setWidth(page.minimumSizeHint().width() + 2 * self.frameWidth())
        return hint

    def sizeHint(self) -> QSize:
        page = self.widget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        page = self.widget()
        if page is not None:
            page.move(0, -self.verticalScrollBar().value())

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent, QTimer

        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit)  # not called if the scroller is deleted first
        return False


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (a result, an error): Qt's accessibility announcement,
    which reaches AT-SPI as an "announcement" event from ``widget``."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def speak_after_text(widget: QWidget, accessible: str) -> None:
    """The longer words a screen reader says for a control with visible text: its accessible name
    when they start with that text (WCAG 2.5.3: "Sign out of <portal>" for "Sign out", so voice
    control finds it by what it shows), else its accessible description (the name stays the text)."""
    visible = widget.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&") if hasattr(widget, "text") else ""
    if visible and accessible.startswith(visible):
        widget.setAccessibleName(accessible)
    else:
        widget.setAccessibleDescription(accessible)


def field_label(text: str, field: QWidget, description: str = "") -> QLabel:
    """A visible label for ``field`` (a combo box, a spin box) tied to it as its buddy: Orca reads a
    combo box on Linux by its value and its label through this labelled-by relation; the field's
    accessible name is the label's words (without the colon) and ``description`` says more."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setBuddy(field)
    field.setAccessibleName(text.rstrip(":：  "))
    if description:
        field.setAccessibleDescription(description)
    return widget
