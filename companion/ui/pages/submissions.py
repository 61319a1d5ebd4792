"""Submissions: the essay, the selfies, the survey and the action plan, and the outbox.

Everything typed is saved as a draft a moment after the last keystroke; Submit puts the work in the
outbox, on disk, with its own id, before any network call. The editors and the outbox are parts of
their own (:mod:`.submission_parts`); the page chooses which editor shows and runs the operations
(:mod:`companion.ui.ops.outbox`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from companion.domain.course import Assignment
from companion.domain.i18n import number, translate
from companion.ui.pages import TITLES
from companion.domain.timefmt import due_line

from .. import context as ctx
from .. import ops, words
from ..models import Column, RowModel
from ..ops import outbox as outbox_ops
from .. import theme
from ..widgets import (AdaptiveSplitter, CurrentStack, label, make_table, page_layout, page_scroller, page_title, say_in,
                       titled)
from .submission_parts import FeedbackCard, OutboxPanel, PhotoEditor, SurveyEditor, TextEditor
from .submission_words import last_submission_words

TEXT_KINDS = ("essay", "action_plan")


def refusal_words(exc: BaseException) -> str:
    """Why Submit or a photo was refused, as the person reads it."""
    return words.error(exc)


class SubmissionsPage(QWidget):
    title = TITLES["submissions"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course = None
        self.assignment: Assignment | None = None
        self.deliveries: dict[str, str] = {}
        self.items: list = []
        self.feedback: dict = {}  # submission id -> FeedbackRecord
        layout = page_layout(self)
        layout.addWidget(page_title(translate("ui", "Submissions")))
        layout.addWidget(label(translate("ui", "Write and hand in your work here. It is saved on this computer as you go and "
                               "waits safely in the outbox until the portal takes it."), object_name="muted"))
        split = AdaptiveSplitter(chars=90, shares=(2, 5))
        split.addWidget(self._build_list())
        self._detail_scroller = page_scroller(self._build_detail())  # held from Python: see widgets.page_scroller
        split.addWidget(self._detail_scroller)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        # the work above, the outbox below (only as tall as its rows): drag the divider to share
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.setChildrenCollapsible(False)
        self.parts.addWidget(split)
        self.outbox_panel = OutboxPanel(context)
        self.parts.addWidget(self.outbox_panel)
        self.parts.setStretchFactor(0, 1)
        self.parts.setStretchFactor(1, 0)
        layout.addWidget(self.parts, 1)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(600)
        self.autosave.timeout.connect(self._save_draft)
        context.changed.connect(self._changed)

    # ---- building ----
    def _build_list(self) -> QWidget:
        self.model: RowModel[Assignment] = RowModel(
            [Column(translate("ui", "Assignment"), lambda a: titled(a.title, a.required)),
             Column(translate("ui", "State"), self._state_text)],
            key=lambda a: a.id, state=self._state_key, dim=lambda a: not a.required)
        self.list = make_table(self.model, translate("ui", "Assignments"), wrap=True)
        self.list.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        return self.list

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(12, 0, 0, 0)
        self.a_title = theme.set_font_role(label(object_name="cardTitle"), "heading")
        self.a_due = label(selectable=True)
        self.a_instructions = label(selectable=True)
        for w in (self.a_title, self.a_due, self.a_instructions):
            d.addWidget(w)
        self.feedback_card = FeedbackCard()
        d.addWidget(self.feedback_card)
        self.text_editor = TextEditor()
        self.text_editor.edited.connect(self._edited)
        self.photo_editor = PhotoEditor(self.ctx.app.assignments.file_path)
        self.photo_editor.add_requested.connect(self.add_photos)
        self.photo_editor.remove_requested.connect(self._remove_photo)
        self.survey_editor = SurveyEditor()
        self.survey_editor.edited.connect(self._edited)
        self.editors = CurrentStack()
        for editor in (self.text_editor, self.photo_editor, self.survey_editor):
            self.editors.addWidget(editor)
        d.addWidget(self.editors, 1)
        self.sub_state = label(selectable=True)
        theme.set_tone(self.sub_state, "info")
        self.sub_state.setAccessibleDescription(translate("ui", "What happened to your last submission of this assignment"))
        self.sub_state.hide()  # until there is a submission to speak of
        d.addWidget(self.sub_state)
        actions = QHBoxLayout()
        self.problems = label()
        theme.set_tone(self.problems, "bad")
        self.submit = QPushButton(translate("ui", "Submit"))
        self.submit.setAccessibleDescription(translate("ui", "Submit this assignment"))
        self.submit.clicked.connect(self._submit)
        actions.addWidget(self.problems, 1)
        actions.addWidget(self.submit)
        d.addLayout(actions)
        return detail

    # the parts, by the names the rest of the app (and its tests) know them
    @property
    def text(self):
        return self.text_editor.text

    @property
    def words(self):
        return self.text_editor.words

    @property
    def gauge(self):
        return self.text_editor.gauge

    @property
    def saved(self):
        return self.text_editor.saved

    @property
    def photos(self):
        return self.photo_editor.photos

    @property
    def outbox_model(self):
        return self.outbox_panel.model

    @property
    def outbox(self):
        return self.outbox_panel.table

    # ---- loading ----
    def _changed(self, flags: frozenset) -> None:
        if flags & {ctx.COURSE, ctx.OUTBOX, ctx.QUIZ, ctx.FEEDBACK}:
            self.refresh()
        elif ctx.DRAFTS in flags:  # only the states in the list ("Draft saved")
            ops.run(self.ctx, outbox_ops.deliveries, self.ctx.course_id).success(self._deliveries).run()

    def refresh(self) -> None:
        ops.run(self.ctx, outbox_ops.submissions_view, self.ctx.course_id).success(self._loaded).run()

    def _deliveries(self, deliveries: dict) -> None:
        self.deliveries = deliveries
        self.model.layoutChanged.emit()

    def _loaded(self, data) -> None:
        self.course, self.deliveries, self.items, self.feedback = data
        key = self.assignment.id if self.assignment else None
        self.model.set_rows(self.course.assignments)
        self.outbox_panel.show_items(self.course, self.items, self.feedback)
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
        return {"delivered": "done", "accepted": "done", "waiting": "sending",
                "needs_revision": "needs_attention"}.get(self.deliveries.get(a.id, ""), "")

    def _state_text(self, a: Assignment) -> str:
        state = self.deliveries.get(a.id, "")
        return {"delivered": translate("ui", "Delivered"), "waiting": translate("ui", "Submitted, waiting to be sent"),
                "draft": translate("ui", "Draft saved"), "accepted": translate("ui", "Accepted"),
                "needs_revision": translate("ui", "Needs revision")}.get(
                    state, translate("ui", "Not started"))

    # ---- showing one assignment ----
    def _show(self, row: int) -> None:
        a = self.model.row_object(row)
        if a is None:
            return
        self.flush()
        self.assignment = a
        self.a_title.setText(titled(a.title, a.required))
        self.a_due.setText(translate("ui", "Due {0}").format(due_line(a.due.instant(), self.ctx.user_tz, a.due.time_zone))
                           if a.due else translate("ui", "No deadline"))
        self.a_instructions.setText(self._instructions(a))
        self.text_editor.set_instructions(self.a_instructions.text())
        self.problems.setText("")
        say_in(self.sub_state, self._last_submission_text(a))
        self._show_feedback(a)
        ops.run(self.ctx, outbox_ops.load_draft, self.ctx.course_id, a.id).success(lambda d: self._fill(a, d)).run()

    @staticmethod
    def _instructions(a: Assignment) -> str:
        limits = []
        if a.max_words:
            limits.append(translate("ui", "at most {0} words").format(number(a.max_words)))
        if a.min_files or a.max_files:
            limits.append(translate("ui", "{0} to {1} photos").format(number(a.min_files or 0), number(a.max_files or 0)))
        return a.instructions + (translate("ui", " ({0})").format("; ".join(limits)) if limits else "")

    def _fill(self, a: Assignment, draft) -> None:
        if self.assignment is not a:
            return
        if a.kind in TEXT_KINDS:
            self.editors.setCurrentWidget(self.text_editor)
            self.text_editor.load(draft.body.get("text", ""), a.max_words)
        elif a.kind == "photos":
            self.editors.setCurrentWidget(self.photo_editor)
            self.photo_editor.show_files(draft.files)
        elif a.kind == "survey":
            self.editors.setCurrentWidget(self.survey_editor)
            self.survey_editor.load(a, draft.body.get("answers", {}))
        self._submit_button(a)

    def _submit_button(self, a: Assignment) -> None:
        """Submit, Submit again, Submit a revision (the organizer asked for one); none once accepted."""
        state = self.deliveries.get(a.id)
        self.submit.setEnabled(state != "accepted")
        if state == "needs_revision":
            self.submit.setText(translate("ui", "Submit a revision"))
        elif state == "accepted":
            self.submit.setText(translate("ui", "Accepted"))
        else:
            self.submit.setText(translate("ui", "Submit again") if state in ("delivered", "waiting")
                                else translate("ui", "Submit"))

    def _show_feedback(self, a: Assignment) -> None:
        """The answer to this assignment's latest answered submission (from this computer, else the
        newest answer the portal gave), and whether a newer version went after it."""
        answers = [f for f in self.feedback.values() if f.item_id == a.id]
        mine = [s for s in self.items if s.item_id == a.id]  # newest first
        record = next((self.feedback[s.id] for s in mine if s.id in self.feedback and self.feedback[s.id].item_id == a.id),
                      None) or (max(answers, key=lambda f: f.updated_at) if answers else None)
        answered = next((s for s in mine if record is not None and s.id == record.submission_id), None)
        revised = answered is not None and any(
            s.submitted_at > answered.submitted_at and s.state != "kept_local" for s in mine)
        course_tz = self.course.time_zone if self.course else None
        self.feedback_card.show_feedback(record, answered.submitted_at if answered else None, revised,
                                         self.ctx.user_tz, course_tz)

    def _last_submission_text(self, a: Assignment) -> str:
        latest = next((s for s in self.items if s.item_id == a.id), None)
        course_tz = self.course.time_zone if self.course else None
        return last_submission_words(latest, self.ctx.user_tz, course_tz, a.due.instant() if a.due else None)

    # ---- photos ----
    def add_photos(self, paths: list[Path]) -> None:
        a = self.assignment
        if not a:
            return
        self.problems.setText(translate("ui", "Preparing photos…"))

        def done(result) -> None:
            draft, refused = result
            if self.assignment is a:
                self.photo_editor.show_files(draft.files)
            self.problems.setText(" ".join(refusal_words(exc) for _name, exc in refused))

        ops.run(self.ctx, outbox_ops.add_photos, self.ctx.course_id, a.id, list(paths)).success(done).run()

    def _remove_photo(self, sha256: str) -> None:
        a = self.assignment
        if not a:
            return
        ops.run(self.ctx, outbox_ops.remove_photo, self.ctx.course_id, a.id, sha256).success(
            lambda draft: self.photo_editor.show_files(draft.files) if self.assignment is a else None).run()

    # ---- saving and submitting ----
    def _edited(self) -> None:
        self.autosave.start()

    def _body(self) -> dict | None:
        a = self.assignment
        if a is None:
            return None
        if a.kind in TEXT_KINDS:
            return self.text_editor.body()
        if a.kind == "survey":
            return self.survey_editor.body()
        return {}

    def _save_draft(self) -> None:
        a, body = self.assignment, self._body()
        if a is None or body is None or a.kind == "photos":
            return
        saved = self.text_editor.show_saved if a.kind in TEXT_KINDS else None
        ops.run(self.ctx, outbox_ops.save_draft, self.ctx.course_id, a.id, body).success(
            lambda _r: saved() if saved and self.assignment is a else None).run()

    def flush(self) -> None:
        """Save a pending draft now (another assignment is shown, or the window is closing)."""
        if self.autosave.isActive():
            self.autosave.stop()
            self._save_draft()

    def _submit(self) -> None:
        a = self.assignment
        if a is None:
            return
        self.flush()

        def done(record) -> None:
            self.problems.setText("")
            self.items = [record] + list(self.items)
            say_in(self.sub_state, self._last_submission_text(a))

        ops.run(self.ctx, outbox_ops.submit_assignment, self.ctx.course_id, a.id).success(done).failure(
            lambda exc: self.problems.setText(refusal_words(exc))).run()
