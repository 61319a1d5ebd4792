"""Submissions: the essay, the selfies, the survey and the action plan, and the outbox.

Everything typed is saved as a draft a moment after the last keystroke; Submit puts the work in the
outbox, on disk, with its own id, before any network call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
                               QRadioButton, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from companion.domain import outbox, reasons
from companion.domain.i18n import QT_TRANSLATE_NOOP, translate
from companion.domain.assignments import WORDS_PER_PAGE, word_count
from companion.domain.course import Assignment
from companion.domain.timefmt import due_line, moment
from companion.domain.records import SubmissionRecord

from .. import context as ctx
from .. import words
from ..models import Column, RowModel
from ..widgets import Card, label, make_table, page_title, titled

def receipt_words(receipt: dict, zone: str) -> str:
    """'receipt 7f3a… · received Thu 20 Jul 08:02 CEST, accepted as on time'."""
    from datetime import datetime

    text = f"receipt {str(receipt.get('submission_id', ''))[:4]}…"
    try:
        received = datetime.fromisoformat(str(receipt.get("received_at", "")).replace("Z", "+00:00"))
        text += f" · received {moment(received, zone)}"
    except ValueError:
        pass
    reason = (receipt.get("reason") or receipt.get("status") or "").rstrip(".")
    if reason:
        text += f", {reason[0].lower() + reason[1:]}"
    if receipt.get("score") is not None:
        text += f" · portal score {receipt['score']:g}/100"
    return text


STATE_WORDS = {"queued": QT_TRANSLATE_NOOP("ui", "Waiting for a connection"), "uploading": QT_TRANSLATE_NOOP("ui", "Sending"),
               "delivered": QT_TRANSLATE_NOOP("ui", "Delivered"), "needs_attention": QT_TRANSLATE_NOOP("ui", "Needs your attention"),
               "draft": QT_TRANSLATE_NOOP("ui", "Draft"), "kept_local": QT_TRANSLATE_NOOP("ui", "Kept on this computer")}
KIND_WORDS = {"essay": QT_TRANSLATE_NOOP("ui", "Essay"), "photos": QT_TRANSLATE_NOOP("ui", "Photos"), "survey": QT_TRANSLATE_NOOP("ui", "Survey"),
              "action_plan": QT_TRANSLATE_NOOP("ui", "Action plan"), "quiz_attempt": QT_TRANSLATE_NOOP("ui", "Quiz attempt"),
              "attendance": QT_TRANSLATE_NOOP("ui", "Attendance")}


class SubmissionsPage(QWidget):
    title = QT_TRANSLATE_NOOP("ui", "Submissions")

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course = None
        self.assignment: Assignment | None = None
        self.deliveries: dict[str, str] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_title(translate("ui", "Submissions")))
        layout.addWidget(label(translate("ui", "Write and hand in your work here. It is saved on this computer as you go and "
                               "waits safely in the outbox until the portal takes it."), object_name="muted"))
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 3)

        self.model: RowModel[Assignment] = RowModel(
            [Column(translate("ui", "Assignment"), lambda a: titled(a.title, a.required)),
             Column(translate("ui", "State"), lambda a: self._state_text(a))],
            key=lambda a: a.id, state=lambda a: self._state_key(a), dim=lambda a: not a.required)
        self.list = make_table(self.model, translate("ui", "Assignments"), wrap=True)
        self.list.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        split.addWidget(self.list)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(12, 0, 0, 0)
        self.a_title = label(object_name="cardTitle")
        self.a_title.setStyleSheet("font-size: 14pt;")
        self.a_due = label(selectable=True)
        self.a_instructions = label(selectable=True)
        for w in (self.a_title, self.a_due, self.a_instructions):
            d.addWidget(w)
        self.editors = QStackedWidget()
        d.addWidget(self.editors, 1)

        # text (essay, action plan)
        self.text_editor = QWidget()
        te = QVBoxLayout(self.text_editor)
        te.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("ui", "Your text"))
        self.text.setPlaceholderText(translate("ui", "Start writing here. Your words are saved as you type."))
        self.text.textChanged.connect(self._text_changed)
        gauge_row = QHBoxLayout()
        self.words = label(wrap=False)
        self.gauge = QProgressBar()
        self.gauge.setAccessibleName(translate("ui", "How much of one page the text fills"))
        self.saved = label(object_name="muted", wrap=False)
        gauge_row.addWidget(self.words)
        gauge_row.addWidget(self.gauge, 1)
        gauge_row.addWidget(self.saved)
        te.addWidget(self.text, 1)
        te.addLayout(gauge_row)
        self.editors.addWidget(self.text_editor)

        # photos
        self.photo_editor = QWidget()
        pe = QVBoxLayout(self.photo_editor)
        pe.setContentsMargins(0, 0, 0, 0)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 160))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setAccessibleName(translate("ui", "Chosen photos"))
        prow = QHBoxLayout()
        self.add_photo = QPushButton(translate("ui", "Add photos…"))
        self.add_photo.setAccessibleName(translate("ui", "Choose photos to add"))
        self.add_photo.clicked.connect(self._pick_photos)
        self.remove_photo = QPushButton(translate("ui", "Remove selected"))
        self.remove_photo.setAccessibleName(translate("ui", "Remove the selected photo"))
        self.remove_photo.clicked.connect(self._remove_photo)
        self.photo_note = label(translate("ui", "Photos are turned upright, made smaller for sending and stripped of their "
                                "location before they leave this computer."), object_name="muted")
        prow.addWidget(self.add_photo)
        prow.addWidget(self.remove_photo)
        prow.addStretch(1)
        pe.addWidget(self.photos, 1)
        pe.addLayout(prow)
        pe.addWidget(self.photo_note)
        self.editors.addWidget(self.photo_editor)

        # survey
        self.survey_scroll = QScrollArea()
        self.survey_scroll.setWidgetResizable(True)
        self.survey_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.survey_inputs: dict[str, object] = {}
        self.editors.addWidget(self.survey_scroll)

        self.sub_state = label(selectable=True)
        self.sub_state.setStyleSheet("color: #0b5394;")
        self.sub_state.setAccessibleName(translate("ui", "What happened to your last submission of this assignment"))
        d.addWidget(self.sub_state)
        actions = QHBoxLayout()
        self.problems = label()
        self.problems.setStyleSheet("color: #b00020;")
        self.submit = QPushButton(translate("ui", "Submit"))
        self.submit.setAccessibleName(translate("ui", "Submit this assignment"))
        self.submit.clicked.connect(self._submit)
        actions.addWidget(self.problems, 1)
        actions.addWidget(self.submit)
        d.addLayout(actions)
        split.addWidget(detail)
        split.setSizes([320, 800])

        self.outbox_card = Card(translate("ui", "Outbox: everything you submitted"))
        self.outbox_model: RowModel[SubmissionRecord] = RowModel(
            [Column(translate("ui", "Item"), lambda s: self._item_title(s)), Column(translate("ui", "State"), lambda s: self._outbox_state(s)),
             Column(translate("ui", "Submitted"), lambda s: moment(s.submitted_at, self.ctx.user_tz)),
             Column(translate("ui", "Receipt / note"), lambda s: self._receipt(s))],
            key=lambda s: s.id, state=lambda s: {"delivered": "done", "needs_attention": "needs_attention",
                                                 "queued": "sending", "uploading": "sending"}.get(s.state, ""))
        self.outbox = make_table(self.outbox_model, translate("ui", "Outbox"), stretch=(0, 3))
        self.outbox_card.body.addWidget(self.outbox)
        orow = QHBoxLayout()
        self.outbox_note = label(selectable=True)
        self.outbox_note.setAccessibleName(translate("ui", "Details of the selected outbox item"))
        self.send_anyway = QPushButton(translate("ui", "Send mine"))
        self.send_anyway.setAccessibleName(translate("ui", "Send this version to the portal (nothing is deleted)"))
        self.send_anyway.clicked.connect(lambda: self._resolve(True))
        self.keep_portal = QPushButton(translate("ui", "Keep the portal's"))
        self.keep_portal.setAccessibleName(translate("ui", "Keep the portal's version; this one stays on this computer"))
        self.keep_portal.clicked.connect(lambda: self._resolve(False))
        self.sync_now = QPushButton(translate("ui", "Sync now"))
        self.sync_now.setAccessibleName(translate("ui", "Sync now"))
        self.sync_now.clicked.connect(self.ctx.sync_requested.emit)
        orow.addWidget(self.outbox_note, 1)
        for b in (self.send_anyway, self.keep_portal, self.sync_now):
            orow.addWidget(b)
        self.outbox_card.body.addLayout(orow)
        self.outbox.selectionModel().currentChanged.connect(lambda cur, _p: self._outbox_selected(cur.row()))
        self._outbox_selected(-1)
        layout.addWidget(self.outbox_card, 2)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(600)
        self.autosave.timeout.connect(self._save_draft)
        context.changed.connect(lambda flags: self.refresh() if flags & {ctx.COURSE, ctx.OUTBOX, ctx.QUIZ} else None)

    # ---- loading ----
    def refresh(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.run(lambda: (app.library.course(course_id), app.outbox.deliveries(course_id),
                              app.outbox.items(course_id)), self._loaded)

    def _loaded(self, data) -> None:
        self.course, self.deliveries, items = data
        self.items = items
        key = self.assignment.id if self.assignment else None
        self.model.set_rows(self.course.assignments)
        self.outbox_model.set_rows(items)
        row = self.model.row_of_key(key) if key else 0
        if self.course.assignments:
            self.list.selectRow(max(row, 0))
            if key:  # same row: currentChanged does not fire, so show it again
                self._show(max(row, 0))

    def select(self, assignment_id: str) -> None:
        row = self.model.row_of_key(assignment_id)
        if row >= 0:
            self.list.selectRow(row)

    def _state_key(self, a: Assignment) -> str:
        return {"delivered": "done", "waiting": "sending"}.get(self.deliveries.get(a.id, ""), "")

    def _state_text(self, a: Assignment) -> str:
        state = self.deliveries.get(a.id, "")
        return {"delivered": translate("ui", "Delivered"), "waiting": translate("ui", "Submitted, waiting to be sent"),
                "draft": translate("ui", "Draft saved")}.get(state, translate("ui", "Not started"))

    def _item_title(self, s: SubmissionRecord) -> str:
        title = s.item_id
        if self.course:
            found = self.course.assignment(s.item_id) or self.course.quiz(s.item_id)
            title = found.title if found else s.item_id
        kind = translate("ui", KIND_WORDS[s.kind]) if s.kind in KIND_WORDS else s.kind
        return translate("ui", "{0}: {1}").format(kind, title)

    def _outbox_state(self, s: SubmissionRecord) -> str:
        return translate("ui", STATE_WORDS[s.state]) if s.state in STATE_WORDS else s.state

    def _receipt(self, s: SubmissionRecord) -> str:
        if s.receipt:
            return receipt_words(s.receipt, self.ctx.user_tz)
        if s.reason:
            return words.reason(s.reason)
        return translate("ui", "Kept on this computer until the portal takes it")

    # ---- outbox actions ----
    def _outbox_selected(self, row: int) -> None:
        item = self.outbox_model.row_object(row)
        attention = item is not None and item.state == outbox.NEEDS_ATTENTION
        conflict = attention and item.reason is not None and item.reason.code == reasons.CONFLICT
        self.send_anyway.setVisible(attention)
        self.send_anyway.setText(translate("ui", "Send mine as well") if conflict else translate("ui", "Try again"))
        self.keep_portal.setVisible(conflict)
        self.outbox_note.setText(words.reason(item.reason) if item else "")

    def _resolve(self, send_mine: bool) -> None:
        item = self.outbox_model.row_object(self.outbox.currentIndex().row())
        if item is None:
            return
        app = self.ctx.app
        if send_mine and (item.reason is None or item.reason.code != reasons.CONFLICT):
            work = lambda: app.sync.retry_now(item.id)  # noqa: E731
        else:
            work = lambda: app.sync.resolve_conflict(item.id, send_mine)  # noqa: E731
        self.ctx.mutate(work, {ctx.OUTBOX}, lambda _r: self._outbox_selected(-1))

    # ---- showing one assignment ----
    def _show(self, row: int) -> None:
        a = self.model.row_object(row)
        if a is None:
            return
        if self.autosave.isActive():
            self.autosave.stop()
            self._save_draft()
        self.assignment = a
        self.a_title.setText(titled(a.title, a.required))
        self.a_due.setText(translate("ui", "Due {0}").format(due_line(a.due.instant(), self.ctx.user_tz, a.due.time_zone))
                           if a.due else translate("ui", "No deadline"))
        limits = []
        if a.max_words:
            limits.append(translate("ui", "at most {0} words").format(a.max_words))
        if a.min_files or a.max_files:
            limits.append(translate("ui", "{0} to {1} photos").format(a.min_files or 0, a.max_files))
        self.a_instructions.setText(a.instructions + (f" ({'; '.join(limits)})" if limits else ""))
        self.problems.setText("")
        self.sub_state.setText(self._last_submission_text(a))
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.run(lambda: app.assignments.draft(course_id, a.id), lambda draft: self._fill(a, draft))

    def _fill(self, a: Assignment, draft) -> None:
        if self.assignment is not a:
            return
        self._loading = True
        if a.kind in ("essay", "action_plan"):
            self.editors.setCurrentWidget(self.text_editor)
            self.text.setPlainText(draft.body.get("text", ""))
            self.saved.setText("")
            self._update_gauge()
        elif a.kind == "photos":
            self.editors.setCurrentWidget(self.photo_editor)
            self._show_photos(draft.files)
        elif a.kind == "survey":
            self.editors.setCurrentWidget(self.survey_scroll)
            self._build_survey(a, draft.body.get("answers", {}))
        self._loading = False
        delivered = self.deliveries.get(a.id)
        self.submit.setText(translate("ui", "Submit again") if delivered in ("delivered", "waiting") else translate("ui", "Submit"))

    def _last_submission_text(self, a: Assignment) -> str:
        latest = next((s for s in getattr(self, "items", []) if s.item_id == a.id), None)
        if latest is None:
            return ""
        zone = a.due.time_zone if a.due else self.ctx.user_tz
        when = moment(latest.submitted_at, zone)
        if latest.state == outbox.DELIVERED and latest.receipt:
            return translate("ui", "Delivered · {0}").format(receipt_words(latest.receipt, zone))
        if latest.state == outbox.NEEDS_ATTENTION:
            return translate("ui", "Submitted {0} — it needs your attention: {1} Fix it and submit again.").format(
                when, words.reason(latest.reason) or translate("ui", "see the outbox."))
        return translate("ui", "Submitted {0} — waiting for a connection to the portal.").format(when)

    # ---- text ----
    def _text_changed(self) -> None:
        self._update_gauge()
        if not self._loading:
            self.saved.setText(translate("ui", "Saving…"))
            self.autosave.start()

    def _update_gauge(self) -> None:
        words = word_count(self.text.toPlainText())
        limit = (self.assignment.max_words if self.assignment else None) or WORDS_PER_PAGE
        self.words.setText(translate("ui", "{0} words of {1}").format(words, limit)
                           if self.assignment and self.assignment.max_words else translate("ui", "{0} words").format(words))
        self.gauge.setMaximum(limit)
        self.gauge.setValue(min(words, limit))
        pages = words / WORDS_PER_PAGE
        fits = translate("ui", "fits on one page") if words <= limit else translate("ui", "too long for one page")
        self.gauge.setFormat(translate("ui", "about {0:.1f} page · {1}").format(pages, fits))

    # ---- photos ----
    def _show_photos(self, files) -> None:
        self.photos.clear()
        for f in files:
            path = self.ctx.app.assignments.file_path(f)
            reader = QImageReader(str(path))
            reader.setScaledSize(reader.size().scaled(QSize(160, 160), Qt.AspectRatioMode.KeepAspectRatio))
            item = QListWidgetItem(QIcon(QPixmap.fromImageReader(reader)), translate("ui", "{0}\n{1:.0f} KB").format(f.filename, f.size / 1000))
            item.setData(Qt.ItemDataRole.UserRole, f.sha256)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Photo {f.filename}, {f.size / 1000:.0f} kilobytes")
            self.photos.addItem(item)

    def _pick_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Choose learning selfies", str(Path.home()),
                                                "Pictures (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)")
        if paths:
            self.add_photos([Path(p) for p in paths])

    def add_photos(self, paths: list[Path]) -> None:
        a = self.assignment
        if not a:
            return
        app, course_id = self.ctx.app, self.ctx.course_id
        self.problems.setText(translate("ui", "Preparing photos…"))

        def work():
            refused = []
            for p in paths:
                try:
                    app.assignments.add_photo(course_id, a.id, p)
                except Exception as exc:  # each refusal is reported, the others still go in
                    refused.append(exc)
            return app.assignments.draft(course_id, a.id), refused

        def done(result) -> None:
            draft, refused = result
            self._show_photos(draft.files)
            self.problems.setText(" ".join(words.error(exc) for exc in refused))

        self.ctx.mutate(work, {ctx.DRAFTS}, done)

    def _remove_photo(self) -> None:
        item = self.photos.currentItem()
        if not item or not self.assignment:
            return
        sha, a = item.data(Qt.ItemDataRole.UserRole), self.assignment
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.run(lambda: (app.assignments.remove_photo(course_id, a.id, sha),
                              app.assignments.draft(course_id, a.id))[1],
                     lambda draft: self._show_photos(draft.files))

    # ---- survey ----
    def _build_survey(self, a: Assignment, answers: dict) -> None:
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.survey_inputs = {}
        for q in a.questions:
            prompt = label(titled(q.prompt, q.required))
            if q.type in ("likert", "single_choice"):
                box = QWidget()
                row = QHBoxLayout(box) if q.type == "likert" else QVBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                group = QButtonGroup(box)
                for i, option in enumerate(q.options):
                    rb = QRadioButton(option)
                    rb.setAccessibleName(f"{q.prompt}: {option}")
                    rb.setChecked(answers.get(q.id) == option)
                    group.addButton(rb, i)
                    row.addWidget(rb)
                group.buttonToggled.connect(lambda _b, checked: self._survey_changed() if checked else None)
                self.survey_inputs[q.id] = group
                form.addRow(prompt, box)
            else:
                edit = QLineEdit(answers.get(q.id, ""))
                edit.setAccessibleName(q.prompt)
                edit.textChanged.connect(lambda _t: self._survey_changed())
                self.survey_inputs[q.id] = edit
                form.addRow(prompt, edit)
        self.survey_scroll.setWidget(form_host)

    def _survey_answers(self) -> dict:
        out = {}
        for qid, widget in self.survey_inputs.items():
            if isinstance(widget, QButtonGroup):
                checked = widget.checkedButton()
                if checked is not None:
                    out[qid] = checked.text()
            elif widget.text().strip():
                out[qid] = widget.text()
        return out

    def _survey_changed(self) -> None:
        if not self._loading:
            self.autosave.start()

    # ---- saving and submitting ----
    def _body(self) -> dict | None:
        a = self.assignment
        if a is None:
            return None
        if a.kind in ("essay", "action_plan"):
            return {"text": self.text.toPlainText()}
        if a.kind == "survey":
            return {"answers": self._survey_answers()}
        return {}

    def _save_draft(self) -> None:
        a, body = self.assignment, self._body()
        if a is None or body is None or a.kind == "photos":
            return
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.run(lambda: app.assignments.save_draft(course_id, a.id, body),
                     lambda _r: self.saved.setText(translate("ui", "Saved on this computer")))

    def flush(self) -> None:
        """Save a pending draft now (the window is closing)."""
        if self.autosave.isActive():
            self.autosave.stop()
            self._save_draft()

    def _submit(self) -> None:
        a = self.assignment
        if a is None:
            return
        self.flush()
        app, course_id = self.ctx.app, self.ctx.course_id

        def refused(exc: BaseException) -> None:
            self.problems.setText(words.error(exc))

        def done(record) -> None:
            self.problems.setText("")
            self.items = [record] + list(getattr(self, "items", []))
            self.sub_state.setText(self._last_submission_text(a))

        self.ctx.mutate(lambda: app.assignments.submit(course_id, a.id), {ctx.OUTBOX}, done, refused)
