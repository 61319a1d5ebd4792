"""The parts of the Submissions page, each one thing a reader can take in at once: the text editor
(essay and action plan) with its page gauge, the photos, the survey form, and the outbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QFrame, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QScrollArea,
                               QSplitter,
                               QVBoxLayout, QWidget)

from companion.domain import outbox
from companion.domain.assignments import WORDS_PER_PAGE, word_count
from companion.domain.course import Assignment
from companion.domain.i18n import number, size, translate

from .. import context as ctx
from .. import ops
from ..models import Column, RowModel
from ..ops import outbox as outbox_ops
from .. import theme
from ..widgets import Card, FlowLayout, label, make_table, say_in, titled
from .submission_words import (commitment_words, feedback_about, feedback_next_step, feedback_note,
                               feedback_state_words, feedback_verdict_sentence, is_conflict, kind_words, note_words,
                               outbox_note, receipt_details, state_words, when)


ESSAY_LINES = 10  # the essay editor shows at least this many lines at once


class TextEditor(QWidget):
    """The essay or action plan: the text, how many words, and how much of one page it fills."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.max_words: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * ESSAY_LINES + 12)  # a page, not a slot
        self.text.setAccessibleName(translate("ui", "Your text"))
        self.text.setTabChangesFocus(True)  # Tab moves on to Submit and the outbox (a tab character is never needed)
        self.instructions = ""
        self.text.setPlaceholderText(translate("ui", "Start writing here. Your words are saved as you type."))
        self.text.textChanged.connect(self._changed)
        gauge_row = QHBoxLayout()
        self.words = label(wrap=False)
        self.gauge = QProgressBar()
        self.gauge.setAccessibleName(translate("ui", "How much of one page the text fills"))
        self.saved = label(object_name="muted", wrap=False)
        gauge_row.addWidget(self.words)
        gauge_row.addWidget(self.gauge, 1)
        gauge_row.addWidget(self.saved)
        layout.addWidget(self.text, 1)
        layout.addLayout(gauge_row)

    def load(self, text: str, max_words: int | None) -> None:
        self.max_words = max_words
        self._loading = True
        self.text.setPlainText(text)
        self._loading = False
        self.saved.setText("")
        self.update_gauge()

    def body(self) -> dict:
        return {"text": self.text.toPlainText()}

    def _changed(self) -> None:
        self.update_gauge()
        if not self._loading:
            self.saved.setText(translate("ui", "Saving…"))
            self.edited.emit()

    def set_instructions(self, text: str) -> None:
        """What the assignment asks, told to a screen reader with the field (its description)."""
        self.instructions = text
        self._describe()

    def _describe(self) -> None:
        self.text.setAccessibleDescription(" ".join(t for t in (self.instructions, self.words.text()) if t))

    def show_saved(self) -> None:
        self.saved.setText(translate("ui", "Saved on this computer"))

    def update_gauge(self) -> None:
        words = word_count(self.text.toPlainText())
        limit = self.max_words or WORDS_PER_PAGE
        self.words.setText(translate("ui", "%n word(s) of {0}", None, words).format(number(limit)) if self.max_words
                           else translate("ui", "%n word(s)", None, words))
        self.gauge.setMaximum(limit)
        self.gauge.setValue(min(words, limit))
        self._describe()
        if words == 0:
            self.gauge.setFormat(translate("ui", "Empty: one page holds about {0} words").format(number(WORDS_PER_PAGE)))
            return
        pages = words / WORDS_PER_PAGE
        fits = translate("ui", "fits on one page") if words <= limit else translate("ui", "too long for one page")
        if pages < 0.1:
            amount = translate("ui", "under a tenth of a page")
        else:
            amount = translate("ui", "about {0} of a page").format(number(pages, 1)) if pages < 1 else \
                translate("ui", "about {0} pages").format(number(pages, 1))
        self.gauge.setFormat(translate("ui", "{0} · {1}").format(amount, fits))


class PhotoEditor(QWidget):
    """The learning selfies: thumbnails, add, remove. It asks; the page runs the operations."""

    add_requested = Signal(object)  # list[Path]
    remove_requested = Signal(str)  # sha256

    def __init__(self, files_path, parent: QWidget | None = None):
        super().__init__(parent)
        self._files_path = files_path  # FileFacts -> Path of the kept copy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 160))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        # room for the thumbnail and two whole lines of caption (file name, size) in this font
        line = self.photos.fontMetrics().lineSpacing()
        self.photos.setGridSize(QSize(max(200, self.photos.fontMetrics().averageCharWidth() * 24), 160 + 3 * line + 12))
        self.photos.setWordWrap(True)
        self.photos.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.photos.setMinimumHeight(160 + 3 * line + 24)
        self.photos.setAccessibleName(translate("ui", "Chosen photos"))
        row = FlowLayout()
        self.add_photo = QPushButton(translate("ui", "Add photos…"))
        self.add_photo.setAccessibleDescription(translate("ui", "Choose photos to add"))
        self.add_photo.clicked.connect(self._pick)
        self.remove_photo = QPushButton(translate("ui", "Remove selected"))
        self.remove_photo.setAccessibleDescription(translate("ui", "Remove the selected photo"))
        self.remove_photo.clicked.connect(self._remove)
        self.note = label(translate("ui", "Photos are turned upright, made smaller for sending and stripped of their "
                                          "location before they leave this computer."), object_name="muted")
        row.addWidget(self.add_photo)
        row.addWidget(self.remove_photo)
        row.addStretch(1)
        layout.addWidget(self.photos, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def show_files(self, files) -> None:
        self.photos.clear()
        for f in files:
            reader = QImageReader(str(self._files_path(f)))
            reader.setScaledSize(reader.size().scaled(QSize(160, 160), Qt.AspectRatioMode.KeepAspectRatio))
            item = QListWidgetItem(QIcon(QPixmap.fromImageReader(reader)),
                                   translate("ui", "{0}\n{1}").format(f.filename, size(f.size)))
            item.setData(Qt.ItemDataRole.UserRole, f.sha256)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         translate("ui", "Photo {0}, {1}").format(f.filename, size(f.size)))
            item.setToolTip(item.text())  # the whole name, which a narrow caption shortens in its middle
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.text())
            self.photos.addItem(item)

    def _pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("ui", "Choose learning selfies"), str(Path.home()),
                                                translate("ui", "Pictures (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)"))
        if paths:
            self.add_requested.emit([Path(p) for p in paths])

    def _remove(self) -> None:
        item = self.photos.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))


class SurveyEditor(QScrollArea):
    """The end-of-course survey: one row per question, choices as radio buttons."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # the page around it scrolls, not the form: every question shows at once, one under another
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs: dict[str, object] = {}
        self._loading = False
        self._width = -1

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        host = self.widget()
        if host is not None and host.layout() is not None:
            width = self.viewport().width() if self.viewport().width() > 0 else host.sizeHint().width()
            hint.setHeight(host.layout().totalHeightForWidth(width) if host.layout().hasHeightForWidth()
                           else host.sizeHint().height())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # the form's height follows its width
            self._width = event.size().width()
            self.updateGeometry()

    def load(self, a: Assignment, answers: dict) -> None:
        self._loading = True
        host = QWidget()
        form = QVBoxLayout(host)  # each question across the whole width, its answers under it
        form.setSpacing(4)
        self.inputs = {}
        for q in a.questions:
            prompt = label(titled(q.prompt, q.required))
            prompt.setContentsMargins(0, 8, 0, 0)
            if q.type in ("likert", "single_choice"):
                box = QWidget()
                row = FlowLayout(box) if q.type == "likert" else QVBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                group = QButtonGroup(box)
                for i, option in enumerate(q.options):
                    rb = QRadioButton(option)
                    rb.setAccessibleDescription(translate("ui", "{0}: {1}").format(q.prompt, option))
                    rb.setChecked(answers.get(q.id) == option)
                    group.addButton(rb, i)
                    row.addWidget(rb)
                group.buttonToggled.connect(lambda _b, checked: self._changed() if checked else None)
                self.inputs[q.id] = group
                form.addWidget(prompt)
                form.addWidget(box)
            else:
                edit = QLineEdit(answers.get(q.id, ""))
                edit.setAccessibleName(q.prompt)
                edit.textChanged.connect(lambda _t: self._changed())
                self.inputs[q.id] = edit
                form.addWidget(prompt)
                form.addWidget(edit)
        form.addStretch(1)
        self.setWidget(host)
        self.updateGeometry()
        self._loading = False

    def body(self) -> dict:
        out = {}
        for qid, widget in self.inputs.items():
            if isinstance(widget, QButtonGroup):
                checked = widget.checkedButton()
                if checked is not None:
                    out[qid] = checked.text()
            elif widget.text().strip():
                out[qid] = widget.text()
        return {"answers": out}

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()


class FeedbackCard(Card):
    """The organizer's answer to the latest answered submission of the assignment shown: the verdict in
    fixed words, the comment as the organizer wrote it (plain text, never markup), what to do next.
    A screen reader reads it as one group named for what it holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("ui", "Feedback from the organizer"), parent)
        self.verdict = label(object_name="cardTitle")
        self.about = label(object_name="muted", selectable=True)
        self.comment = label(selectable=True)  # label(): Qt.PlainText, whatever the comment holds
        self.comment.setAccessibleDescription(translate("ui", "The organizer's comment"))  # its name stays its text
        self.next_step = label()
        for w in (self.verdict, self.about, self.comment, self.next_step):
            self.body.addWidget(w)
        self.record = None
        self.hide()

    def show_feedback(self, record, submitted_at, revised: bool, user_tz: str, course_tz: str | None) -> None:
        """Show ``record`` (a FeedbackRecord), or hide when it is None."""
        self.record = record
        if record is None:
            self.hide()
            return
        theme.set_tone(self.verdict, {"accepted": "good", "needs_revision": "bad"}.get(record.verdict or "", "info"))
        self.verdict.setText(feedback_verdict_sentence(record.verdict))
        self.about.setText(feedback_about(submitted_at, record.updated_at, user_tz, course_tz))
        self.comment.setText(record.comment)
        self.comment.setVisible(bool(record.comment))
        self.next_step.setText(feedback_next_step(record.verdict, revised))
        self.next_step.setVisible(bool(self.next_step.text()))
        self.setAccessibleName(translate("ui", "Feedback from the organizer: {0}").format(
            feedback_state_words(record.verdict) or feedback_verdict_sentence(record.verdict)))
        self.setAccessibleDescription(" ".join(t for t in (self.verdict.text(), record.comment, self.next_step.text()) if t))
        self.show()

    def spoken(self) -> str:
        """What a screen reader is told when this answer is new."""
        return self.accessibleDescription() if self.isVisible() else ""


class OutboxPanel(Card):
    """Everything submitted, what became of it, and the choices an item that needs attention offers."""

    def __init__(self, context: ctx.UiContext, parent: QWidget | None = None):
        super().__init__(translate("ui", "Outbox: everything you submitted"), parent)
        self.ctx = context
        self.course = None
        self.feedback: dict = {}  # submission id -> FeedbackRecord
        self.model: RowModel = RowModel(
            [Column(translate("ui", "Item"), self._item_title), Column(translate("ui", "State"), lambda s: state_words(s.state)),
             Column(translate("ui", "Submitted"), lambda s: when(s.submitted_at, self.ctx.user_tz, self._course_tz(s))),
             Column(translate("ui", "Receipt / note"), self._note)],
            key=lambda s: s.id, state=lambda s: {"delivered": "done", "needs_attention": "needs_attention",
                                                 "queued": "sending", "uploading": "sending"}.get(s.state, ""))
        self.table = make_table(self.model, translate("ui", "Outbox"), stretch=(0, 2, 3), wrap=True, compact=True,
                                empty=translate("ui", "Nothing sent yet. When you submit an assignment or finish a "
                                                      "quiz, it waits here until the portal has it."))
        self.body.addWidget(self.table)
        row = FlowLayout()
        self.note = label(selectable=True)
        self.note.setAccessibleDescription(translate("ui", "Details of the selected outbox item"))
        self.note.hide()  # until an item says something
        self.send_anyway = QPushButton(translate("ui", "Send mine"))
        self.send_anyway.setAccessibleDescription(translate("ui", "Send this version to the portal (nothing is deleted)"))
        self.send_anyway.clicked.connect(lambda: self._resolve(True))
        self.keep_portal = QPushButton(translate("ui", "Keep the portal's"))
        self.keep_portal.setAccessibleDescription(translate("ui", "Keep the portal's version; this one stays on this computer"))
        self.keep_portal.clicked.connect(lambda: self._resolve(False))
        self.sync_now = QPushButton(translate("ui", "Sync now"))
        self.sync_now.setAccessibleDescription(translate("ui", "Sync now"))
        self.sync_now.clicked.connect(self.ctx.sync_requested.emit)
        # the receipt's number and fingerprint, for whoever wants them (hidden until asked for)
        self.details_button = QPushButton(translate("ui", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleDescription(translate("ui", "Show the receipt's number and fingerprint"))
        self.details = label(selectable=True)
        self.details.setWordWrap(True)
        self.details.setObjectName("muted")
        self.details.setAccessibleName(translate("ui", "Receipt details"))
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._details_toggled)
        row.addWidget(self.note, 1)
        row.addStretch(1)
        for b in (self.details_button, self.send_anyway, self.keep_portal, self.sync_now):
            row.addWidget(b)
        self.body.addLayout(row)
        self.body.addWidget(self.details)
        self.table.selectionModel().currentChanged.connect(lambda cur, _p: self._selected(cur.row()))
        self._selected(-1)

    def _note(self, s) -> str:
        text = outbox_note(s, self.ctx.user_tz, self._course_tz(s), self._due(s))
        answer = feedback_note(self.feedback.get(s.id))
        return translate("ui", "{0} · {1}").format(text, answer) if answer else text

    def show_items(self, course, items, feedback: dict | None = None) -> None:
        """Show the items again, keeping the selected one selected (a sync may reload them any time)."""
        current = self.current()
        self.course = course
        self.feedback = dict(feedback or {})
        self.model.set_rows(items)
        row = self.model.row_of_key(current.id) if current is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selected(row)

    def _found(self, s):
        return (self.course.assignment(s.item_id) or self.course.quiz(s.item_id)) if self.course else None

    def _course_tz(self, s) -> str | None:
        return self.course.time_zone if self.course else None

    def _due(self, s):
        found = self._found(s)
        due = getattr(found, "due", None)
        return due.instant() if due else None

    def _item_title(self, s) -> str:
        found = self._found(s)
        return translate("ui", "{0}: {1}").format(kind_words(s.kind), found.title if found else s.item_id)

    def current(self):
        return self.model.row_object(self.table.currentIndex().row())

    def _selected(self, row: int) -> None:
        item = self.model.row_object(row)
        attention = item is not None and item.state == outbox.NEEDS_ATTENTION
        conflict = is_conflict(item)
        self.send_anyway.setVisible(attention)
        self.send_anyway.setText(translate("ui", "Send mine as well") if conflict else translate("ui", "Try again"))
        self.keep_portal.setVisible(conflict)
        proof = commitment_words(item, self.ctx.user_tz, self._course_tz(item), self._due(item)) if item else ""
        say_in(self.note, proof if proof and item.reason is None else note_words(item, self.ctx.user_tz))
        receipt = item.receipt if item is not None else None
        self.details_button.setVisible(bool(receipt))
        self.details.setText(receipt_details(receipt) if receipt else "")
        self.details.setVisible(bool(receipt) and self.details_button.isChecked())

    def _details_toggled(self, shown: bool) -> None:
        self._selected(self.table.currentIndex().row())
        if shown:
            QTimer.singleShot(0, self, self._make_room)  # once the details are laid out

    def _make_room(self) -> None:
        """In a splitter (the Submissions page), take from the other parts the height the shown details
        need, so they are not cut off at the card's edge."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or not self.details.isVisible():
            return
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        sizes = splitter.sizes()
        mine = splitter.indexOf(self)
        missing = need - sizes[mine]
        for i in range(len(sizes)):
            if i == mine or missing <= 0:
                continue
            spare = max(0, sizes[i] - splitter.widget(i).minimumSizeHint().height())
            taken = min(spare, missing)
            sizes[i] -= taken
            sizes[mine] += taken
            missing -= taken
        splitter.setSizes(sizes)

    def _resolve(self, send_mine: bool) -> None:
        item = self.current()
        if item is None:
            return
        if send_mine and not is_conflict(item):
            op = ops.run(self.ctx, outbox_ops.retry_now, item.id)
        else:
            op = ops.run(self.ctx, outbox_ops.resolve_conflict, item.id, send_mine)
        op.success(lambda _id: self._selected(-1)).run()
