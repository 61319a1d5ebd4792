"""Schedule: live sessions and deadlines, in your time and the course's time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QWidget

from companion.domain.agenda import LIVE_SESSION, AgendaItem, agenda
from companion.domain.i18n import translate
from companion.ui.pages import TITLES
from companion.domain.schedule import countdown, humanize_span, in_zone, monday_of
from companion.domain.timefmt import date_label, moment, night_note, short_moment, short_span, span, zone_name

from .. import context as ctx
from .. import ops
from ..models import Column, Roles, RowModel
from ..ops import schedule as schedule_ops
from ..widgets import FlowLayout, field_label, label, make_table, page_layout, page_title, titled


class SchedulePage(QWidget):
    title = TITLES["schedule"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course = None
        self.attended: dict[str, str] = {}
        layout = page_layout(self)
        layout.addWidget(page_title(translate("ui", "Schedule")))
        self.zones = label(object_name="muted")
        layout.addWidget(self.zones)
        bar = FlowLayout()
        self.view = QComboBox()
        self.view.addItem(translate("ui", "Whole course (agenda)"), "agenda")
        self.view.addItem(translate("ui", "One week"), "week")
        view_label = field_label(translate("ui", "Show:"), self.view, translate("ui", "Show the whole course or one week"))
        self.view.currentIndexChanged.connect(lambda _i: self._apply_view())
        self.prev_week = QPushButton(translate("ui", "← Previous week"))
        self.prev_week.setAccessibleDescription(translate("ui", "Show the previous week"))
        self.prev_week.clicked.connect(lambda: self._move_week(-1))
        self.this_week = QPushButton(translate("ui", "This week"))
        self.this_week.setAccessibleDescription(translate("ui", "Show this week"))
        self.this_week.clicked.connect(lambda: self._move_week(0))
        self.next_week = QPushButton(translate("ui", "Next week →"))
        self.next_week.setAccessibleDescription(translate("ui", "Show the next week"))
        self.next_week.clicked.connect(lambda: self._move_week(1))
        self.week_label = label(wrap=False)
        self.export = QPushButton(translate("ui", "Export to calendar…"))
        self.export.setAccessibleDescription(translate("ui", "Export all sessions and deadlines to a calendar file"))
        self.export.clicked.connect(self._export)
        for w in (view_label, self.view, self.prev_week, self.this_week, self.next_week, self.week_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        self.week_start: date | None = None
        self.all_items: list[AgendaItem] = []

        self.model: RowModel[AgendaItem] = RowModel(
            [Column(translate("ui", "Your time"), self._your_time, self._both_times, self._your_short_time),
             Column(translate("ui", "Status"), self._status),
             Column(translate("ui", "What"), self._what, short=self._short_what),
             Column(translate("ui", "Course time"), self._course_time)],
            key=lambda i: i.id, state=self._state_key, bold=self._is_today, dim=self._is_past)
        self.table = make_table(self.model, translate("ui", "Live sessions and deadlines"), stretch=(2,), wrap=True)
        self.table.optional_columns = (3,)  # the course's time gives way first on a narrow page (the time's tooltip has it)
        self.table.selectionModel().currentChanged.connect(lambda cur, _p: self._show_detail(cur.row()))
        layout.addWidget(self.table, 2)

        buttons = FlowLayout()  # right below the table (the table grows to its rows on a small screen)
        self.join = QPushButton(translate("ui", "Join meeting"))
        self.join.setAccessibleDescription(translate("ui", "Join the selected live session"))
        self.join.clicked.connect(self._join)
        self.attend = QPushButton(translate("ui", "I attended this session"))
        self.attend.setAccessibleDescription(translate("ui", "Record that you attended the selected session"))
        self.attend.setCheckable(True)
        self.attend.clicked.connect(self._toggle_attended)
        buttons.addWidget(self.join)
        buttons.addWidget(self.attend)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.detail = label(selectable=True)
        self.detail.setAccessibleDescription(translate("ui", "Details of the selected item"))  # its name is what it shows
        layout.addWidget(self.detail, 1)
        context.changed.connect(lambda flags: self.refresh() if flags & {ctx.COURSE, ctx.ATTENDANCE, ctx.SETTINGS} else None)

    # ---- loading ----
    def refresh(self) -> None:
        ops.run(self.ctx, schedule_ops.schedule, self.ctx.course_id).success(self._loaded).run()

    def _loaded(self, data: schedule_ops.ScheduleData) -> None:
        self.course, self.attended = data.course, data.attended
        current = self.table.currentIndex()
        key = self.model.data(current, Roles.KEY) if current.isValid() else None
        self.all_items = agenda(self.course)
        self._apply_view(select=False)
        self.zones.setText(translate("ui", "Times are shown in your zone, {0}, beside the course's zone, {1}. Today is marked in bold; past items are greyed.").format(self._zone_name(self.ctx.user_tz), self._zone_name(self.course.time_zone)))
        row = self.model.row_of_key(key) if key else self._first_upcoming()
        if row >= 0:
            self.table.selectRow(row)

    def _zone_name(self, time_zone: str) -> str:
        """'Bogotá', 'KST (Seoul)', 'UTC': the name people know, never the IANA id."""
        return zone_name(self._now(), time_zone)

    # ---- agenda or one week ----
    def _today(self) -> date:
        return in_zone(self._now(), self.ctx.user_tz).date()

    def _apply_view(self, select: bool = True) -> None:
        week = self.view.currentData() == "week"
        for w in (self.prev_week, self.this_week, self.next_week, self.week_label):
            w.setVisible(week)
        if week:
            if self.week_start is None:
                self.week_start = monday_of(self._today())
            end = self.week_start + timedelta(days=7)
            rows = [i for i in self.all_items
                    if self.week_start <= in_zone(i.start_instant, self.ctx.user_tz).date() < end]
            week = date_label(self.week_start)
            self.week_label.setText(translate("ui", "Week of {0}").format(week) if rows
                                    else translate("ui", "Week of {0}: nothing scheduled").format(week))
        else:
            rows = self.all_items
        self.model.set_rows(rows)
        if select and rows:
            self.table.selectRow(self._first_upcoming())

    def _move_week(self, step: int) -> None:
        self.week_start = monday_of(self._today()) if step == 0 or self.week_start is None else \
            self.week_start + timedelta(weeks=step)
        self._apply_view()

    def _export(self) -> None:
        if not self.course:
            return
        suggested = str(Path.home() / f"{self.course.id}.ics")
        path, _ = QFileDialog.getSaveFileName(self, translate("ui", "Export to calendar"), suggested,
                                              translate("ui", "Calendar files (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        def done(count: int) -> None:
            self.detail.setText(translate("ui", "Wrote %n event(s) to {0}. Import the file into Outlook, Google "
                                                "Calendar or Apple Calendar; importing it again updates the same "
                                                "events.", None, count).format(path))

        ops.run(self.ctx, schedule_ops.export_calendar, self.ctx.course_id, path).success(done).run()

    def select(self, item_id: str) -> None:
        for prefix in ("live_session:", "deadline:"):
            row = self.model.row_of_key(prefix + item_id)
            if row >= 0:
                self.table.selectRow(row)
                return
        if self.view.currentData() == "week" and any(i.item_id == item_id for i in self.all_items):
            self.view.setCurrentIndex(self.view.findData("agenda"))
            self.select(item_id)

    def _first_upcoming(self) -> int:
        now = self.ctx.app.clock.now()
        return next((i for i, item in enumerate(self.model.rows) if not item.is_over(now)), 0)

    # ---- columns ----
    def _now(self) -> datetime:
        return self.ctx.app.clock.now()

    def _your_time(self, item: AgendaItem) -> str:
        if item.end_instant:
            return span(item.start_instant, item.end_instant, self.ctx.user_tz, with_year=True)
        return moment(item.start_instant, self.ctx.user_tz, with_year=True)

    def _your_short_time(self, item: AgendaItem) -> str:  # a narrow table: the title says whose time it is
        if item.end_instant:
            return short_span(item.start_instant, item.end_instant, self.ctx.user_tz)
        return short_moment(item.start_instant, self.ctx.user_tz)

    def _both_times(self, item: AgendaItem) -> str:
        return translate("ui", "{0} (your time) · {1} (course time)").format(self._your_time(item), self._course_time(item))

    def _course_time(self, item: AgendaItem) -> str:
        tz = item.start.time_zone
        if item.end_instant:
            return span(item.start_instant, item.end_instant, tz)
        return moment(item.start_instant, tz)

    def _what(self, item: AgendaItem) -> str:
        if item.kind == LIVE_SESSION:
            return translate("ui", "Live session: {0} (host: {1})").format(item.title, item.host)
        return titled(item.title, item.required)

    def _short_what(self, item: AgendaItem) -> str:  # a narrow table: the host in the tooltip
        if item.kind == LIVE_SESSION:
            return translate("ui", "Live session: {0}").format(item.title)
        return self._what(item)

    def _status(self, item: AgendaItem) -> str:
        now = self._now()
        if item.kind == LIVE_SESSION:
            if item.item_id in self.attended:
                return translate("ui", "Attended")
            if item.start_instant <= now < item.end_instant:
                return translate("ui", "Happening now")
            return (translate("ui", "Over") if item.is_over(now)
                    else translate("ui", "In {0}").format(humanize_span(item.start_instant - now)))
        return countdown(item.start_instant, now, course_over=self._course_over())

    def _course_over(self) -> bool:
        return bool(self.course) and in_zone(self._now(), self.course.time_zone).date() > self.course.ends_on

    def _state_key(self, item: AgendaItem) -> str:
        now = self._now()
        if item.kind == LIVE_SESSION:
            return "done" if item.item_id in self.attended else ""
        left = item.start_instant - now
        if left.total_seconds() <= 0:
            return "late"
        return "urgent" if left.days < 1 else ("soon" if left.days < 3 else "")

    def _is_today(self, item: AgendaItem) -> bool:
        return in_zone(item.start_instant, self.ctx.user_tz).date() == in_zone(self._now(), self.ctx.user_tz).date()

    def _is_past(self, item: AgendaItem) -> bool:
        return item.is_over(self._now())

    # ---- detail and actions ----
    def _selected(self) -> AgendaItem | None:
        return self.model.row_object(self.table.currentIndex().row())

    def _show_detail(self, row: int) -> None:
        item = self.model.row_object(row)
        if item is None:
            self.detail.setText(translate("ui", "Choose an item in the list to see its details."))  # never an empty, unnamed stop
            return
        if item.kind == LIVE_SESSION:
            note = night_note(item.start_instant, item.end_instant, self.ctx.user_tz)
            text = translate("ui", "{0}\nHosted by {1}. {2}\n\n{3}").format(item.title, item.host, note,
                                                                          item.description)
            self.join.setEnabled(bool(item.join_url))
            self.attend.setEnabled(item.start_instant <= self._now())
            self.attend.setChecked(item.item_id in self.attended)
        else:
            text = translate("ui", "{0}: {1} (your time), {2} (course time).").format(
                item.title, self._your_time(item), self._course_time(item))
            self.join.setEnabled(False)
            self.attend.setEnabled(False)
            self.attend.setChecked(False)
        self.detail.setText(text.strip())

    def _join(self) -> None:
        item = self._selected()
        if item and item.join_url:
            QDesktopServices.openUrl(QUrl(item.join_url))

    def _toggle_attended(self, checked: bool) -> None:
        item = self._selected()
        if not item or item.kind != LIVE_SESSION:
            return
        ops.run(self.ctx, schedule_ops.set_attended, self.ctx.course_id, item.item_id, checked).run()
