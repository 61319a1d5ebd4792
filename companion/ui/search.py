"""The search box (Ctrl+K or Ctrl+F) and its results: found as you type, off the GUI thread, opened at
the place found through the context's ``navigate`` signal."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (QApplication, QFrame, QLineEdit, QListView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QVBoxLayout, QWidget)

from companion.domain.i18n import translate

from . import context as ctx
from . import theme, words
from .ops import DOWNLOADS
from .models import Roles
from .widgets import label

# which page shows what a hit is
PAGE_OF_KIND = {"lecture": "lectures", "notes": "lectures", "pdf": "lectures", "topic": "lectures", "question": "quizzes",
                "explanation": "quizzes", "assignment": "submissions", "session": "schedule"}
DELAY_MS = 150  # typing pauses this long before a search runs
LIMIT = 40


def marked(text: str, spans) -> str:
    """``text`` as HTML with each span in bold."""
    out, last = [], 0
    for a, b in spans:
        out += [html.escape(text[last:a]), "<b>", html.escape(text[a:b]), "</b>"]
        last = b
    return "".join(out) + html.escape(text[last:])


def kind_line(hit) -> str:
    return words.search_place(hit)


class HitModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list = []

    def set_hits(self, hits: list) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.title}. {kind_line(hit)}. {hit.snippet}"
        if role == Roles.ITEM:
            return hit
        if role == Roles.KEY:
            return f"{hit.kind}:{hit.item_id}:{hit.part_id}:{hit.page or ''}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):  # whole, if cut
            return f"{hit.title}\n{kind_line(hit)}\n{hit.snippet}".rstrip()
        return None


class HitDelegate(QStyledItemDelegate):
    """Title (the words found in bold), what and where it is, and a snippet around the words."""

    MARGIN = 6

    def _document(self, option, hit) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = colour.name() if selected else theme.muted_colour(option.palette).name()
        snippet = f"<br>{marked(hit.snippet, hit.spans)}" if hit.snippet else ""
        doc.setHtml(f"<div style='color:{colour.name()}'><span style='font-size:large'>"
                    f"{marked(hit.title, hit.title_spans)}</span><br>"
                    f"<span style='color:{muted}'>{html.escape(kind_line(hit))}</span>{snippet}</div>")
        doc.setTextWidth(max(100, option.rect.width() - 2 * self.MARGIN))
        return doc

    def paint(self, painter, option, index) -> None:
        hit = index.data(Roles.ITEM)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if hit is None:
            return
        doc = self._document(option, hit)
        painter.save()
        painter.translate(option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN)
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        hit = index.data(Roles.ITEM)
        if hit is None:
            return super().sizeHint(option, index)
        width = option.rect.width() or (option.widget.viewport().width() if option.widget else 500)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, width, 0)
        doc = self._document(opt, hit)
        return QSize(width, int(doc.size().height()) + 2 * self.MARGIN)


class ResultsPanel(QFrame):
    """The results, over the page (a child of the window: it never takes the keyboard from the box)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("ui", "Search results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.status = label(object_name="muted")
        self.status.setAccessibleName(translate("ui", "Search status"))
        layout.addWidget(self.status)
        self.model = HitModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setAccessibleName(translate("ui", "Search results"))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        layout.addWidget(label(translate("ui", "↓ and ↑ choose · Enter opens · Esc closes"), object_name="muted"))
        self.hide()


class SearchController(QObject):
    """Owns the box and the panel; runs searches on a worker thread and keeps the index current."""

    def __init__(self, context: ctx.UiContext, area: QWidget, window: QWidget):
        super().__init__(window)
        self.ctx = context
        self.area = area  # the results panel lies over this widget, beside the box
        self.box = QLineEdit()
        self.box.setObjectName("search")
        self.long_hint, self.short_hint = translate("ui", "Search (Ctrl+K)"), translate("ui", "Search…")
        self.box.setPlaceholderText(self.long_hint)
        self.box.setToolTip(translate("ui", "Search the course (Ctrl+K or Ctrl+F)"))
        self.box.setAccessibleName(translate("ui", "Search the course"))
        self.box.setAccessibleDescription(translate("ui", "Finds words in lecture notes, downloaded PDFs, quizzes, "
                                                          "assignments and live sessions, without a connection"))
        self.box.setClearButtonEnabled(True)
        self.panel = ResultsPanel(area)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._open_current)
        self.box.installEventFilter(self)
        self.panel.list.installEventFilter(self)
        self.panel.list.activated.connect(self._open_index)
        self.panel.list.clicked.connect(self._open_index)
        self._generation = 0
        self._indexing = False
        self._index_again = False
        self._indexed_course: str | None = None
        for keys in ("Ctrl+K", QKeySequence.StandardKey.Find):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.focus)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        context.changed.connect(self._changed)
        self.refresh_index()

    def hint_width(self, hint: str | None = None) -> int:
        """What the box needs to show ``hint`` (the long one by default) whole, with its clear button."""
        metrics = self.box.fontMetrics()
        return metrics.horizontalAdvance(hint or self.long_hint) + 3 * metrics.height()

    def fit_hint(self, width: int) -> None:
        self.box.setPlaceholderText(self.long_hint if self.hint_width() <= width else self.short_hint)

    # ---- the index ----
    def refresh_index(self) -> None:
        """Bring the current course's index up to date on a worker thread (cheap when nothing changed)."""
        if self._indexing:
            self._index_again = True
            return
        self._indexing = True
        app, course_id = self.ctx.app, self.ctx.course_id
        self._indexed_course = course_id

        def done(_report) -> None:
            self._indexing = False
            if self._index_again:
                self._index_again = False
                self.refresh_index()
            elif self.panel.isVisible() and self.box.text().strip():
                self.run()

        def failed(exc: BaseException) -> None:
            self._indexing = False
            self.ctx.report(exc)

        self.ctx.run(lambda: app.search.ensure_current(course_id), done, failed, lane="net")

    def _changed(self, flags: frozenset) -> None:
        if flags & {ctx.COURSE, DOWNLOADS}:
            self.refresh_index()
        elif ctx.QUIZ in flags and self.panel.isVisible():
            self.run()  # a finished attempt reveals its explanations

    # ---- searching ----
    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip():
            self._place()
            self.panel.show()

    def run(self) -> None:
        self.timer.stop()
        text = self.box.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self.panel.model.set_hits([])
            self.panel.hide()
            return
        app, course_id = self.ctx.app, self.ctx.course_id
        if course_id != self._indexed_course:  # another course was picked: make sure it is indexed
            self.refresh_index()
        self.panel.status.setText(translate("ui", "Searching…"))
        self._place()
        self.panel.show()

        def show(hits) -> None:
            if generation != self._generation:
                return  # the participant typed on: a newer search is on its way
            self.panel.model.set_hits(hits)
            if hits:
                self.panel.list.setCurrentIndex(self.panel.model.index(0, 0))
            if not hits:
                status = words.search_nothing(text.strip())
            elif len(hits) == 1:
                status = translate("ui", "1 result")
            elif len(hits) >= LIMIT:
                status = translate("ui", "The {0} best results").format(len(hits))
            else:
                status = translate("ui", "{0} results").format(len(hits))
            if self._indexing:
                status = translate("ui", "{0} · still reading the course's files, more may come").format(status)
            self.panel.status.setText(status)
            self.panel.status.setAccessibleDescription(status)

        self.ctx.run(lambda: app.search.search(text, course_id, limit=LIMIT), show, lane="net")

    def _place(self) -> None:
        top_left = self.box.mapTo(self.area, self.box.rect().bottomLeft()) if self.area.isAncestorOf(self.box) else None
        x = (top_left.x() + self.box.width() + 8) if top_left else 8
        x = min(x, max(0, self.area.width() - 320))
        width = max(300, min(680, self.area.width() - x - 12))
        height = max(200, min(520, self.area.height() - 24))
        self.panel.setGeometry(x, 8, width, height)
        self.panel.raise_()

    # ---- opening ----
    def _open_current(self) -> None:
        if self.timer.isActive() or not self.panel.model.hits:
            self.run()  # Enter before the pause: search now; the result opens with the next Enter
            return
        index = self.panel.list.currentIndex()
        self._open_index(index if index.isValid() else self.panel.model.index(0, 0))

    def _open_index(self, index) -> None:
        hit = index.data(Roles.ITEM)
        if hit is None:
            return
        self.panel.hide()
        self.ctx.navigate.emit(PAGE_OF_KIND.get(hit.kind, "dashboard"), hit)

    # ---- keys and focus ----
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        view = self.panel.list
        if watched is self.box:
            if key == Qt.Key.Key_Escape:
                if self.panel.isVisible():
                    self.panel.hide()
                else:
                    self.box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.panel.model.hits:
                self.panel.show()
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(self.panel.model.index(0, 0))
                return True
        elif watched is view:
            if key == Qt.Key.Key_Escape:
                self.panel.hide()
                self.box.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(view.currentIndex())
                return True
            if key == Qt.Key.Key_Up and view.currentIndex().row() <= 0:
                self.box.setFocus()
                return True
        return False

    def _focus_moved(self, _old, new) -> None:
        if new is None or not self.panel.isVisible():
            return
        if new is self.box or new is self.panel or self.panel.isAncestorOf(new):
            return
        self.panel.hide()
