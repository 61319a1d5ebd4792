"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QFrame, QLabel, QLayout, QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QTableView,
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


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps onto more lines when the page is narrow for its font (a long
    Spanish sentence at a doubled font), instead of making the window wider than the screen. Its
    text, state, signals and accessible name are a QCheckBox's."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # a check box's is Fixed: its wrapped lines need more
        self.setSizePolicy(policy)

    def _parts(self):
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return option, indicator, indicator.right() + 1 + gap

    def _text_height(self, width: int) -> int:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text()).height()

    def sizeHint(self) -> QSize:
        _option, indicator, left = self._parts()
        return QSize(left + self.fontMetrics().horizontalAdvance(self.text()) + 4,
                     max(indicator.height(), self.fontMetrics().lineSpacing()) + 4)

    def minimumSizeHint(self) -> QSize:
        _option, indicator, left = self._parts()
        word = max((self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(left + word + 4, max(indicator.height(), self.fontMetrics().lineSpacing()) + 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _option, indicator, left = self._parts()
        return max(indicator.height(), self._text_height(width - left - 4)) + 4

    def hitButton(self, pos) -> bool:  # the box and every line of its text
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionFocusRect, QStylePainter

        option, indicator, left = self._parts()
        painter = QStylePainter(self)
        box = QStyleOptionButton(option)
        box.rect = indicator
        box.rect.moveTop((min(self.height(), self.fontMetrics().lineSpacing() + 4) - indicator.height()) // 2)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box)
        text = QRect(left, 2, max(1, self.width() - left - 2), self.height() - 4)
        painter.drawItemText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             self.palette(), self.isEnabled(), self.text(), QPalette.ColorRole.WindowText)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = text.adjusted(-2, -1, 2, 1)
            focus.rect.setHeight(self._text_height(text.width()) + 2)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


def form_label(text: str) -> QLabel:
    """A form row's title that wraps when the page is narrow (QFormLayout's own does not)."""
    return label(text)


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
    # The caller keeps the scroller in an attribute of its own Python object: a QSplitter's addWidget
    # does not hand the Python object's life to Qt, and once the garbage collector had dropped it PySide
    # gave Qt's events to a bare new wrapper without its state ("no attribute 'forced'" under AT-SPI)
    # and that pane stopped fitting. A global set emptied from the ``destroyed`` signal kept it too, but
    # let go of the wrapper inside Qt's destructor: a crash in about one run in five.
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


MIN_ROWS = 5  # a table shows at least this many rows at once (or all it has)
SHORT_CHARS = 60  # a table narrower than this many digits of its font shows its columns' short texts


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
            # a table narrow for its font (a doubled font on a small screen): the columns that have a
            # shorter text show it (a date without its year and zone) and the columns said again in
            # another cell's tooltip give way, so a row is a few lines tall, not five
            short = room > 0 and room < SHORT_CHARS * self.fontMetrics().horizontalAdvance("0")
            if hasattr(model, "set_short") and model.has_short_texts():
                model.set_short(short)
            for c in getattr(self, "short_optional_columns", ()):
                if c < n:
                    self.setColumnHidden(c, short)
            titles = header.fontMetrics()
            natural = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c),
                           titles.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + 16)
                       for c in range(n)]
            if room <= 0:
                return
            optional = [c for c in getattr(self, "optional_columns", ()) if c < n]
            optional += [c for c in getattr(self, "short_optional_columns", ()) if c < n and short]
            if sum(natural) <= room:
                for c in optional:  # every column fits again: the ones dropped for room come back
                    self.setColumnHidden(c, False)
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
            # each column at least as wide as its longest word while they all fit (a row wraps
            # between words, never inside one), else the common floor
            for c in optional:  # what the row says again elsewhere gives way first (its cells' tooltips hold it)
                self.setColumnHidden(c, True)
            words = [self._longest_word(c) if c not in optional else 0 for c in range(n)]
            natural = [w if c not in optional else 0 for c, w in enumerate(natural)]
            floors = words if sum(words) <= room else [floor if c not in optional else 0 for c in range(n)]
            # the State column first: its whole text when it takes at most a third of the row, else its
            # longest word (the row wraps: never a state cut mid-word)
            state = getattr(model, "state_column", None)
            state = state if state is not None and state < n else None
            if state is not None:
                floors[state] = min(room - sum(f for c, f in enumerate(floors) if c != state),
                                    max(words[state], min(natural[state], room // 3)))
                if floors[state] < natural[state] and not self.wordWrap():
                    self.setWordWrap(True)
                    self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # the others share what is left: evenly up to what each needs, or in proportion to their
            # text (they all wrap to about as many lines): whichever makes the rows shorter
            others = [c for c in range(n) if c != state and c not in optional]
            rest = room - (floors[state] if state is not None else 0)
            candidates = [self._even_widths(others, floors, natural, rest),
                          self._proportional_widths(others, floors, natural, rest)]
            widths = min(candidates, key=self._rows_height_at) if self.wordWrap() else candidates[0]
            if self.wordWrap() and len(others) > 1:
                widths = self._shorter_rows(widths, others, floors, rest)
            if state is not None:
                widths[state] = floors[state]
            while sum(widths) > room:  # floors: give back from the widest above its floor
                spare = [w - floors[c] if c != state else 0 for c, w in enumerate(widths)]
                widest = spare.index(max(spare))
                if spare[widest] <= 0:
                    break
                widths[widest] -= min(sum(widths) - room, spare[widest])
            shown = [c for c in range(n) if c not in optional]
            header.setMinimumSectionSize(max(8, min(widths[c] for c in shown)))  # Qt would widen a column below it past the room
            header.setStretchLastSection(False)
            last = [c for c in shown if c != state][-1] if len(shown) > 1 else shown[-1]
            widths[last] += max(0, room - sum(widths))  # the last column (not the State) takes what is left
            for column in shown:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widths[column])
            if self.wordWrap():
                self.resizeRowsToContents()
        finally:
            self._fitting = False

    @staticmethod
    def _even_widths(columns: list[int], floors: list[int], natural: list[int], rest: int) -> list[int]:
        """Each of ``columns`` up to one common level (or what it needs, or its floor), to fill ``rest``."""
        low, high = 0, max(natural)
        while low < high:  # the largest level at which the columns fit the rest
            level = (low + high + 1) // 2
            if sum(max(floors[c], min(natural[c], level)) for c in columns) <= rest:
                low = level
            else:
                high = level - 1
        return [max(floors[c], min(natural[c], low)) if c in columns else floors[c] for c in range(len(floors))]

    @staticmethod
    def _proportional_widths(columns: list[int], floors: list[int], natural: list[int], rest: int) -> list[int]:
        """``rest`` shared by ``columns`` in proportion to their text; one held at its floor leaves the rest."""
        widths = list(floors)
        free = list(columns)
        while free:
            left = rest - sum(floors[c] for c in columns if c not in free)
            total = sum(natural[c] for c in free) or 1
            held = [c for c in free if left * natural[c] // total < floors[c]]
            if not held:
                for c in free:
                    widths[c] = left * natural[c] // total
                break
            free = [c for c in free if c not in held]
        return widths

    def _shorter_rows(self, widths: list[int], columns: list[int], floors: list[int], rest: int) -> list[int]:
        """From ``widths``, move room between ``columns`` (a tenth, a twentieth, a fortieth of ``rest`` at a
        time, never below a column's floor) while that makes the wrapped rows shorter: a long date
        next to a long title ends up in about as many lines as the title, not twice as many."""
        best, height = list(widths), self._rows_height_at(widths)
        for step in (rest // 10, rest // 20, rest // 40):
            if step < 4:
                break
            improved = True
            tries = 0
            while improved and tries < 12:
                improved = False
                tries += 1
                for giver in columns:
                    for taker in columns:
                        if giver == taker or best[giver] - step < floors[giver]:
                            continue
                        trial = list(best)
                        trial[giver] -= step
                        trial[taker] += step
                        trial_height = self._rows_height_at(trial)
                        if trial_height < height:
                            best, height, improved = trial, trial_height, True
        return best

    def _rows_height_at(self, widths: list[int]) -> int:
        """How tall the (first 60) rows would be with these column widths, their text wrapped."""
        model = self.model()
        metrics = self.fontMetrics()
        pad = 2 * (self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        total = 0
        for row in range(min(60, model.rowCount())):
            total += max((metrics.boundingRect(QRect(0, 0, max(1, w - pad), 100_000), int(Qt.TextFlag.TextWordWrap),
                                               str(model.data(model.index(row, c)) or "")).height()
                          for c, w in enumerate(widths) if not self.isColumnHidden(c)), default=0)
        return total

    def _longest_word(self, column: int) -> int:
        """The width of the widest word in ``column`` (and its title), with the cell's padding."""
        model = self.model()
        metrics = self.fontMetrics()
        words = set(str(model.headerData(column, Qt.Orientation.Horizontal) or "").split())
        for row in range(model.rowCount()):
            words.update(str(model.data(model.index(row, column)) or "").split())
        pad = 2 * (self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 8
        return max((metrics.horizontalAdvance(w) for w in words if w), default=0) + pad

    def _columns_moved(self, *_args) -> None:
        if not getattr(self, "_fitting", False) and getattr(self, "_refit", None) is not None:
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
        """Room for five rows (a list shorter than that: all of it), so a table is never a slot."""
        hint = super().minimumSizeHint()
        hint.setHeight(self._rows_height(limit=MIN_ROWS))
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
    """A page that is a long column (the dashboard, Settings): the page host's scroll area scrolls it
    when the window is shorter (its only scroll area: the tables inside grow to their rows there).
    Returns the page's layout."""
    layout = QVBoxLayout(page)
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


def minimum_height_for_width(widget: QWidget, width: int, overrides: dict | None = None) -> int:
    """The least height ``widget`` can have at ``width`` without cutting a wrapped line. Qt's own
    answer counts every page of a stack (the hidden ones too) at its preferred height; this one
    counts only the page a stack shows, and wrapped labels at their height for the width.
    ``overrides``: widgets to count at another minimum height than the one they have now (views
    that grew inside a scrolling page, counted at their own minimum)."""
    from PySide6.QtWidgets import QBoxLayout, QLayoutItem

    overrides = overrides or {}

    def of_widget(w: QWidget, width: int) -> int:
        if w in overrides:
            return max(w.minimumSizeHint().height(), overrides[w])
        floor = max(w.minimumSizeHint().height(), w.minimumHeight())
        if (isinstance(w, QLabel) and w.wordWrap()) or (isinstance(w, WrappingCheckBox) and w.layout() is None):
            return max(floor, w.heightForWidth(width))
        if isinstance(w, QStackedWidget):
            current = w.currentWidget()
            return max(of_widget(current, width) if current is not None else 0, w.minimumHeight())
        if isinstance(w, QSplitter):  # its children as this counts them (Qt's own hint leaves out wrapped lines)
            shown = [w.widget(i) for i in range(w.count()) if not w.widget(i).isHidden()]
            if w.orientation() == Qt.Orientation.Vertical:
                inner = sum(of_widget(c, width) for c in shown) + max(0, len(shown) - 1) * w.handleWidth()
            else:
                inner = max((of_widget(c, c.width() if c.width() > 1 else width) for c in shown), default=0)
            # Qt's hint too, unless counting views at their own minimum (its hint has them grown)
            return max(inner, w.minimumHeight() if overrides else floor)
        if isinstance(w, (QScrollArea, QSplitter)) or w.layout() is None:
            return floor
        layout = w.layout()
        if isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.TopToBottom,
                                                                       QBoxLayout.Direction.BottomToTop):
            # the widget's own frame (a card's border) narrows its layout and adds to its height
            frame_w = max(0, w.rect().width() - w.contentsRect().width())
            frame_h = max(0, w.rect().height() - w.contentsRect().height())
            return max(of_layout(layout, max(0, width - frame_w)) + frame_h, w.minimumHeight())
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


def grown_height(view, width: int) -> int | None:
    """The height at which the scroll area ``view`` shows everything it holds with no scroll bar of
    its own, ``width`` wide (None for a view that never grows: a PDF, a nested page scroller)."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QPlainTextEdit, QTableView, QTextEdit

    if not isinstance(view, QAbstractScrollArea) or isinstance(view, _PageScroller) or type(view).__name__ == "QPdfView":
        return None
    frame = 2 * view.frameWidth()
    bar = view.horizontalScrollBar()
    sideways = bar.sizeHint().height() if bar.isVisible() else 0
    if isinstance(view, Table):
        return view.maximumHeightForRows()
    if isinstance(view, QTableView):
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        header = view.horizontalHeader().sizeHint().height() if view.horizontalHeader().isVisible() else 0
        return frame + header + sum(view.rowHeight(r) for r in range(rows)) + sideways + 2
    if isinstance(view, QAbstractItemView):
        model = view.model()
        if model is None or model.rowCount() == 0:
            return None
        area = QRect()
        for r in range(model.rowCount()):
            area = area.united(view.visualRect(model.index(r, 0, view.rootIndex())))
        spacing = getattr(view, "spacing", lambda: 0)()
        return frame + area.height() + 2 * spacing + sideways + 2
    if isinstance(view, QPlainTextEdit):  # its document's size is counted in lines, wrapped at its width
        lines = max(1, int(view.document().documentLayout().documentSize().height()))
        margin = int(view.document().documentMargin())
        return frame + lines * view.fontMetrics().lineSpacing() + 2 * margin + sideways + 4
    if isinstance(view, QTextEdit):
        document = view.document()
        inner = view.viewport().width() if view.viewport().width() > 0 else max(1, width - frame)
        if document.textWidth() != inner and view.lineWrapMode() == QTextEdit.LineWrapMode.WidgetWidth:
            document.setTextWidth(inner)  # as the view itself wraps it
        return frame + int(document.size().height()) + sideways + 2
    if isinstance(view, QScrollArea) and view.widget() is not None:
        body = view.widget()
        inner = max(1, width - frame)
        need = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
        need = max(need, minimum_height_for_width(body, inner), body.sizeHint().height())
        return frame + need
    return None


def _inner_views(scroller) -> list:
    """The scroll areas inside ``scroller``'s page with no other scroll area between."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    page = scroller.widget()
    for view in page.findChildren(QAbstractScrollArea):
        parent = view.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QAbstractScrollArea) \
                and not parent.isWindow():  # a combo box's list pops up in a window of its own
            parent = parent.parentWidget()
        if parent is page:
            found.append(view)
    return found


class _PageScroller(QScrollArea):
    """The one scroll area of a page (or of a pane of one). Qt's resizable scroll area gives a page
    its *preferred* height for the width (so a page whose lists could shrink scrolls anyway); this one
    gives it the viewport's height whenever the page's minimum for that width fits, and the lists,
    editors and viewers inside take the room and scroll themselves. Below that minimum the page
    scrolls, and then it is the only thing that does: every scroll area inside grows to what it
    holds (its own scroll bar hidden), so a page never shows a scroll bar inside a scroll bar.
    A page scroller inside one that scrolls grows with it (``forced``)."""

    # also for events that come before (or, under AT-SPI, beside) __init__'s own: nothing fits until it has run
    _fitting = False
    forced = False
    _refit: QTimer | None = None

    def __init__(self, page: QWidget):
        super().__init__()
        # before setWidget: the page's first events arrive through eventFilter
        self._fitting = False
        self.forced = False  # set by a page scroller around this one while that one scrolls
        self.growing = False  # the page scrolls and the views inside grow to what they hold
        self._grown: dict = {}  # view -> (its own minimum height, its own scroll bar policy)
        self._hooked: set = set()  # views whose changes refit the page
        self._refit = QTimer(self)  # a child: it dies with the scroller (never fires into a deleted one)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.setObjectName(f"scroll-{page.objectName()}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop (it still scrolls to the focused field)
        page.installEventFilter(self)

    def _needed(self, width: int) -> int:
        return minimum_height_for_width(self.widget(), width)

    def _grow(self, grow: bool, width: int) -> None:
        """Let every scroll area inside grow to what it holds (``grow``), or give back its own
        minimum and scroll bar. A view marked ``grows`` (one quiz question) always grows: it is never
        a slot of its own, the page scrolls instead."""
        views = _inner_views(self)
        for view in views:
            wants = grow or bool(view.property("grows"))
            if wants and view.isVisibleTo(self.widget()):
                if view not in self._hooked:  # once per view: a change of what it holds refits the page
                    self._hooked.add(view)
                    view.verticalScrollBar().rangeChanged.connect(self._refit.start)
                    view.destroyed.connect(lambda _o=None, v=view: (self._grown.pop(v, None), self._hooked.discard(v)))
                    if hasattr(view, "cursorPositionChanged"):  # after the page made room for the new line
                        view.cursorPositionChanged.connect(
                            lambda v=view: QTimer.singleShot(0, self, lambda: QTimer.singleShot(
                                0, self, lambda: self._follow_cursor(v))))
                if view not in self._grown:
                    self._grown[view] = (view.minimumHeight(), view.verticalScrollBarPolicy())
                own_minimum = self._grown[view][0]
                if isinstance(view, _PageScroller):
                    view.forced = True
                    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                    need = view._needed_grown(max(1, view.width() or width))
                elif type(view).__name__ == "QPdfView":  # keeps its own scroll bar (a search jumps to a page
                    need = self._window_height()  # in it): as tall as the window shows, once scrolled to
                else:
                    need = grown_height(view, view.width() if view.width() > 1 else width)
                    if need is None:
                        continue
                    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                need = max(own_minimum, need)
                if view.minimumHeight() != need:
                    view.setMinimumHeight(need)
            elif view in self._grown:
                minimum, policy = self._grown.pop(view)
                if isinstance(view, _PageScroller):
                    view.forced = False
                view.setMinimumHeight(minimum)
                view.setVerticalScrollBarPolicy(policy)
        self.growing = grow

    def _window_height(self) -> int:
        """What the window shows of the page: the outermost page scroller's viewport height."""
        outer, parent = self, self.parentWidget()
        while parent is not None:
            if isinstance(parent, _PageScroller):
                outer = parent
            parent = parent.parentWidget()
        return outer.viewport().height()

    def _needed_grown(self, width: int) -> int:
        """This page's height for ``width`` with everything inside grown (for a page scroller around it)."""
        self._grow(True, width)
        return self._needed(width)

    def _follow_cursor(self, view) -> None:
        """Typing in an editor that grew: the page follows the cursor (the editor cannot scroll to it)."""
        if not self.growing or view not in self._grown:
            return
        scroller = self
        while scroller is not None and not scroller.verticalScrollBar().maximum() and scroller.forced:
            scroller = scroller.parentWidget()
            while scroller is not None and not isinstance(scroller, _PageScroller):
                scroller = scroller.parentWidget()
        if scroller is None or not view.hasFocus():
            return
        rect = view.cursorRect()
        centre = view.viewport().mapTo(scroller.widget(), rect.center())
        scroller.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def _fit(self) -> None:
        page = self.widget()
        if page is None or self._fitting or self._refit is None:
            return
        self._fitting = True
        try:
            bar = self.verticalScrollBar()
            if self.forced:  # a page scroller around this one scrolls: this one grows to the page
                width = self.viewport().width()
                self._grow(True, width)
                need = self._needed(width)
                if self.minimumHeight() != need:  # what is inside changed: the page around makes room
                    self.setMinimumHeight(need)
                page.setGeometry(0, 0, width, max(need, self.viewport().height()))
                bar.setRange(0, 0)
                return
            width = self.width()  # without a scroll bar, the views at their own minimum: does the page fit?
            own = {view: minimum for view, (minimum, _policy) in self._grown.items() if not view.property("grows")}
            need = minimum_height_for_width(page, width, own)
            grow = need > self.viewport().height()
            if grow:
                width = max(0, self.width() - bar.sizeHint().width())
            self._grow(grow, width)
            need = self._needed(width)
            page.setGeometry(0, -bar.value() if need > self.viewport().height() else 0,
                             width, max(need, self.viewport().height()))
            bar.setRange(0, max(0, need - self.viewport().height()))
            bar.setPageStep(self.viewport().height())
        finally:
            self._fitting = False

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is not None:  # as narrow as the page can be (it never scrolls sideways), with room for its scroll bar
            hint.setWidth(page.minimumSizeHint().width() + 2 * self.frameWidth()
                          + self.verticalScrollBar().sizeHint().width())
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
        from PySide6.QtCore import QEvent

        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest and self._refit is not None:
            self._refit.start()
        return False


def scroll_to_top(widget: QWidget) -> None:
    """Scroll the page around ``widget`` back to ``widget``'s top (a new step of a task begins there)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            top = widget.mapTo(parent.widget(), QPoint(0, 0)).y()
            bar = parent.verticalScrollBar()
            if bar.value() > top:
                bar.setValue(top)
        parent = parent.parentWidget()


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget``, innermost first, until it is in sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


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


def say_in(line: QLabel, text: str) -> None:
    """Put ``text`` in a selectable line whose accessible name is its text (a screen reader hears what
    it shows): shown while it says something, hidden when empty (never an unnamed stop)."""
    line.setText(text)
    line.setVisible(bool(text))
