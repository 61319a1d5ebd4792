"""Dashboard: the next live session, the next deadline and the certificate checklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from companion.domain.completion import Checklist, ChecklistItem, next_deadline
from companion.domain.course import Course, next_live_session, weeks_to_run_now
from companion.domain.i18n import number, translate
from companion.ui.pages import TITLES
from companion.domain.schedule import countdown, humanize_span, urgency
from companion.domain.timefmt import date_label, instant_line, night_note, session_line, short_moment, your_time, zone_name

if TYPE_CHECKING:  # the services (and the store under them) are not imported before the course is shown
    from companion.services.snapshot import Snapshot

from .. import context as ctx
from .. import ops, theme
from ..models import Column, RowModel
from ..ops import certificates as certificate_ops
from ..ops import course as course_ops
from ..ops.course import DashboardData, participant_date
from ..widgets import Card, label, make_table, page_title, scrolling_page, speak_after_text, titled

# what the dashboard shows: the course, its checklist (quizzes, attendance, submissions) and the time zone
SHOWN = frozenset({ctx.COURSE, ctx.QUIZ, ctx.ATTENDANCE, ctx.OUTBOX, ctx.DRAFTS, ctx.SETTINGS, ops.REVIEW,
                   ops.CERTIFICATES, ctx.FEEDBACK})


@dataclass(frozen=True)
class SnapshotStatus:
    """What the dashboard reads of a CourseStatus, computed from the last start's snapshot."""
    course: Course
    now: datetime
    checklist: Checklist


def dashboard_from_snapshot(snap: Snapshot, clock) -> DashboardData:
    """The same view as load_dashboard, from the snapshot's inputs and the clock of the moment."""
    course = snap.course()
    now = clock.now()
    status = SnapshotStatus(course, now, snap.checklist(course, now))
    shift = timedelta(weeks=course.shift_weeks)
    run_now = None
    if not course.shift_weeks:
        run_now = course.starts_on + timedelta(weeks=weeks_to_run_now(course, now, snap.user_tz))
    return DashboardData(status, course.starts_on - shift, course.ends_on - shift,
                         next_live_session(course, now), next_deadline(status.checklist, now), 0, run_now,
                         participant_date(now, snap.user_tz))


class DashboardPage(QWidget):
    title = TITLES["dashboard"]
    shown = Signal()  # course data is on screen

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.data: DashboardData | None = None
        layout = scrolling_page(self)

        self.heading = page_title(translate("ui", "Dashboard"))
        self.subtitle = label(object_name="muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        banner_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.banner)  # the button below when narrow
        banner_row.setContentsMargins(12, 8, 12, 8)
        self.banner_row = banner_row
        self.banner_text = label()
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self._banner_action)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignRight)
        self.banner.hide()
        layout.addWidget(self.banner)

        cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # side by side, or one below the other when narrow
        cards.setSpacing(14)
        self.cards = cards
        self.session_card = Card(translate("ui", "Next live session"))
        self.session_title = label()
        self.session_when = label(selectable=True)
        self.session_note = label(object_name="muted")
        self.join_button = QPushButton(translate("ui", "Join meeting"))
        self.join_button.setAccessibleDescription(translate("ui", "Join the next live session"))
        self.join_button.clicked.connect(self._join)
        for w in (self.session_title, self.session_when, self.session_note):
            self.session_card.body.addWidget(w)
        self.session_card.body.addStretch(1)
        self.session_card.body.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.deadline_card = Card(translate("ui", "Next deadline"))
        self.deadline_title = label()
        self.deadline_when = label(selectable=True)
        self.deadline_left = label()
        self.deadline_open = QPushButton(translate("ui", "Open"))
        self.deadline_open.setAccessibleDescription(translate("ui", "Open the item with the next deadline"))
        self.deadline_open.clicked.connect(self._open_deadline)
        for w in (self.deadline_title, self.deadline_when, self.deadline_left):
            self.deadline_card.body.addWidget(w)
        self.deadline_card.body.addStretch(1)
        self.deadline_card.body.addWidget(self.deadline_open, 0, Qt.AlignmentFlag.AlignLeft)
        self.review_card = Card(translate("ui", "Review"))
        self.review_text = label()
        self.review_button = QPushButton(translate("ui", "Review now"))
        speak_after_text(self.review_button, translate("ui", "Review today's questions"))
        self.review_button.clicked.connect(lambda: self.ctx.navigate.emit("review", None))
        self.review_card.body.addWidget(self.review_text)
        self.review_card.body.addStretch(1)
        self.review_card.body.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        cards.addWidget(self.session_card, 1)
        cards.addWidget(self.deadline_card, 1)
        cards.addWidget(self.review_card, 1)
        layout.addLayout(cards)

        self.checklist_card = Card(translate("ui", "Certificate checklist"))
        self.rules = label(object_name="muted")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui", "Certificate progress"))
        self.progress.setTextVisible(True)
        self.model: RowModel[ChecklistItem] = RowModel(
            [Column(translate("ui", "Item"), lambda i: titled(i.title, i.required)),
             Column(translate("ui", "State"), lambda i: i.state_label,
                    lambda i: f"{i.state_label}\n{i.detail}" if i.detail else i.state_label),
             Column(translate("ui", "Details"), lambda i: i.detail),
             Column(translate("ui", "Due / starts (your time)"), self._due_text, short=self._short_due_text)],
            key=lambda i: i.key, state=lambda i: i.state, dim=lambda i: not i.required)
        self.table = make_table(self.model, translate("ui", "Certificate checklist"), stretch=(0, 2), wrap=True,
                                compact=True)
        self.table.short_optional_columns = (2,)  # a narrow table: the details in the State's tooltip
        self.table.activated.connect(self._open_item)
        for w in (self.rules, self.progress, self.table):
            self.checklist_card.body.addWidget(w)
        # the certificate itself, once the portal issued it and it arrived at a sync
        self.certificate = QFrame()
        self.certificate.setObjectName("banner")
        box = QVBoxLayout(self.certificate)  # the words above the buttons: room for both at 200 % font
        box.setContentsMargins(12, 8, 12, 8)
        row = QHBoxLayout()
        self.certificate_text = label(selectable=True)
        self.certificate_open = QPushButton(translate("ui", "Open certificate"))
        speak_after_text(self.certificate_open, translate("ui", "Open the certificate (PDF)"))
        self.certificate_open.clicked.connect(self._open_certificate)
        self.certificate_save = QPushButton(translate("ui", "Save certificate as…"))
        speak_after_text(self.certificate_save, translate("ui", "Save a copy of the certificate (PDF)"))
        self.certificate_save.clicked.connect(self._save_certificate)
        box.addWidget(self.certificate_text)
        row.addWidget(self.certificate_open)
        row.addWidget(self.certificate_save)
        row.addStretch(1)
        box.addLayout(row)
        self.certificate.hide()
        self.held = None  # the HeldCertificate shown
        self.checklist_card.body.insertWidget(1, self.certificate)  # under the card's title
        layout.addWidget(self.checklist_card)
        layout.addStretch(1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._render_times)
        self.ticker.start()
        self.stale = False  # a change arrived while another page was on screen
        context.changed.connect(self._changed)

    # ---- loading ----
    def resizeEvent(self, event) -> None:
        """The three cards side by side while they fit the page's width, else one below the other."""
        super().resizeEvent(event)
        cards = [self.cards.itemAt(i).widget() for i in range(self.cards.count())]
        side_by_side = sum(c.minimumSizeHint().width() for c in cards if not c.isHidden()) \
            + self.cards.spacing() * (len(cards) - 1)
        margins = self.layout().contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        want = QBoxLayout.Direction.LeftToRight if room >= side_by_side else QBoxLayout.Direction.TopToBottom
        if self.cards.direction() != want:
            self.cards.setDirection(want)
        # the banner's words get at least 30 characters a line beside its button, else the button goes below
        words = self.banner_text.fontMetrics().averageCharWidth() * 30
        beside = room - 24 - self.banner_button.sizeHint().width() - self.banner_row.spacing() >= words
        want = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.banner_row.direction() != want:
            self.banner_row.setDirection(want)

    def _changed(self, flags: frozenset) -> None:
        if not flags & SHOWN:
            return
        if self.isVisible():
            self.refresh()
        else:  # e.g. an essay's autosave every few seconds: reloaded once, when the dashboard is shown again
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        ops.run(self.ctx, course_ops.dashboard, self.ctx.course_id).success(self.show_data).run()
        ops.run(self.ctx, certificate_ops.held, self.ctx.course_id).success(self.show_certificates).run()
        from ..ops import review as review_ops  # (the review service's code is loaded after the first paint)

        ops.run(self.ctx, review_ops.summary, None).success(self.show_review).run()

    def show_review(self, summary) -> None:
        """Spaced review across every course: how many questions are due today and about how long."""
        from .review import due_line

        self.review_text.setText(due_line(summary.due, summary.minutes) if summary.due else
                                 translate("ui", "Nothing to review today."))
        self.review_button.setEnabled(summary.due > 0)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        course = data.status.course
        self.heading.setText(course.title)
        organisers = ", ".join(course.organizers)
        self.subtitle.setText(f"{course.subtitle}\n{date_label(course.starts_on)} – {date_label(course.ends_on)}"
                              f" · {organisers}")
        self._show_banner(data)
        checklist = data.status.checklist
        self.rules.setText(course.completion.description)
        self.progress.setMaximum(max(1, len(checklist.required)))
        self.progress.setValue(checklist.done_count)
        verdict = (translate("ui", "eligible for the certificate") if checklist.eligible
                   else translate("ui", "not yet eligible"))
        self.progress.setFormat(translate("ui", "{0} of {1} required items done · {2}").format(
            number(checklist.done_count), number(len(checklist.required)), verdict))
        self.model.set_rows(checklist.items)
        self._render_times()
        self.shown.emit()

    def _show_banner(self, data: DashboardData) -> None:
        """Why the dates are not the published ones, or that they are all past (and what to do)."""
        course = data.status.course
        published = translate("ui", "{0} – {1}").format(date_label(data.published_start, False),
                                                        date_label(data.published_end, False))
        button = ""
        if course.shift_weeks:
            text = translate("ui", "Dates shifted by %n week(s) so the course runs now. The published programme ran "
                                   "{0}; every session keeps its weekday and its time in {1}.", None,
                             course.shift_weeks).format(published, zone_name(data.status.now, course.time_zone))
            button = translate("ui", "Back to published dates")
        elif data.portal_shift_weeks:
            text = translate("ui", "The portal runs this course %n week(s) after its published dates ({0}); every "
                                   "session keeps its weekday and its time in {1}.", None,
                             data.portal_shift_weeks).format(published, zone_name(data.status.now, course.time_zone))
        elif data.published_end < (data.today or data.status.now.date()):
            start = date_label(data.run_now_starts) if data.run_now_starts else ""
            if data.run_now_is_next_week:
                text = translate("ui", "This course ran {0}, so every date is in the past: the deadlines are closed "
                                       "and the quizzes are open for practice. You can run it as if it were now: "
                                       "this week's first live session is already over, so it would start next "
                                       "week, on {1}.").format(published, start)
                button = translate("ui", "Run it from next week")
            else:
                text = translate("ui", "This course ran {0}, so every date is in the past: the deadlines are closed "
                                       "and the quizzes are open for practice. You can run it as if it were now, "
                                       "from this week ({1}).").format(published, start)
                button = translate("ui", "Run it from this week")
        else:
            self.banner.hide()
            return
        self.banner_text.setText(text)
        self.banner_button.setText(button)
        self.banner_button.setAccessibleDescription(button)
        self.banner_button.setVisible(bool(button))
        self.banner.show()

    def _short_due_text(self, item: ChecklistItem) -> str:  # a narrow table: the title says whose time it is
        return short_moment(item.due, self.ctx.user_tz) if item.due and self.data else "—"

    def _due_text(self, item: ChecklistItem) -> str:
        if not item.due or not self.data:
            return "—"
        return your_time(item.due, self.ctx.user_tz, self.data.status.course.time_zone)

    def _render_times(self) -> None:
        if not self.data:
            return
        now = self.ctx.app.clock.now()
        course = self.data.status.course
        session = self.data.next_session
        if session:
            start, end = session.start.instant(), session.end.instant()
            self.session_title.setText(translate("ui", "{0}\nHosted by {1}").format(session.title, session.host))
            self.session_when.setText(session_line(start, end, self.ctx.user_tz, course.time_zone))
            state = (translate("ui", "Happening now.") if start <= now < end
                     else translate("ui", "Starts in {0}.").format(humanize_span(start - now)))
            note = night_note(start, end, self.ctx.user_tz)  # a sentence of its own, with its own full stop
            self.session_note.setText(f"{state} {note}".strip())
            self.join_button.setEnabled(bool(session.join_url))
        else:
            self.session_title.setText(translate("ui", "No live sessions ahead."))
            self.session_when.setText("")
            self.session_note.setText("")
            self.join_button.setEnabled(False)
        item = self.data.next_deadline
        if item:
            self.deadline_title.setText(titled(item.title, item.required))
            self.deadline_when.setText(translate("ui", "Due {0}").format(instant_line(item.due, self.ctx.user_tz,
                                                                                        course.time_zone)))
            level = urgency(item.due, now)
            left = countdown(item.due, now)
            self.deadline_left.setText(translate("ui", "Due within a day: {0}").format(left) if level == "urgent" else
                                       translate("ui", "Due soon: {0}").format(left) if level == "soon" else left)
            theme.set_tone(self.deadline_left, theme.STATE_TONES.get(level))
            self.deadline_open.setEnabled(True)
        else:
            self.deadline_title.setText(translate("ui", "No deadlines ahead."))
            self.deadline_when.setText("")
            self.deadline_left.setText("")
            theme.set_tone(self.deadline_left, None)
            self.deadline_open.setEnabled(False)
        for line in (self.session_when, self.deadline_when):  # an empty selectable line is an unnamed stop for a screen reader
            line.setVisible(bool(line.text()))

    def show_certificates(self, held: list) -> None:
        """The latest certificate the portal issued for this course, with Open and Save as…"""
        standing = [c for c in held if not c.withdrawn]  # one re-issued after a withdrawal wins
        self.held = (standing or held)[-1] if held else None
        if self.held is None:
            self.certificate.hide()
            return
        words = (translate("ui", "The organizer withdrew this certificate: {0}, {1}, issued {2}. Verification "
                                 "code: {3}. It is no longer valid; your copy stays on this computer.")
                 if self.held.withdrawn else
                 translate("ui", "Your certificate has arrived: {0}, {1}, issued {2}. Verification code: {3}"))
        # the name and the title as the portal wrote them, shown as plain text (label() is PlainText)
        self.certificate_text.setText(words.format(
            self.held.name, self.held.course_title, date_label(date.fromisoformat(self.held.issued_on), False),
            self.held.grouped_code))
        self.certificate.show()

    def _open_certificate(self) -> None:
        if self.held is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.held.path))

    def _save_certificate(self) -> None:
        if self.held is None:
            return
        from PySide6.QtWidgets import QFileDialog

        suggested = str(Path.home() / f"certificate-{self.held.course_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, translate("ui", "Save certificate as"), suggested,
                                              translate("ui", "PDF files (*.pdf)"))
        if path:
            self.save_certificate_to(Path(path))

    def save_certificate_to(self, path: Path) -> None:
        held = self.held

        def done(target: Path) -> None:
            self.certificate_text.setText(translate("ui", "Certificate saved to {0}").format(str(target)))

        ops.run(self.ctx, certificate_ops.save_as, held.course_id, held.code, path).success(done).run()

    # ---- actions ----
    def _join(self) -> None:
        if self.data and self.data.next_session and self.data.next_session.join_url:
            QDesktopServices.openUrl(QUrl(self.data.next_session.join_url))

    def _open_deadline(self) -> None:
        if self.data and self.data.next_deadline:
            self._navigate_to(self.data.next_deadline)

    def _open_item(self, index) -> None:
        item = self.model.row_object(index.row())
        if item:
            self._navigate_to(item)

    def _navigate_to(self, item: ChecklistItem) -> None:
        page = {"live_session": "schedule", "quiz": "quizzes", "assignment": "submissions"}[item.kind]
        self.ctx.navigate.emit(page, item.item_id)

    def _banner_action(self) -> None:
        if not self.data:
            return
        action = (course_ops.back_to_published_dates if self.data.status.course.shift_weeks
                  else course_ops.run_from_now)
        ops.run(self.ctx, action, self.ctx.course_id).run()
