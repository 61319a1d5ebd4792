"""Settings: your time zone, the course portal, the course's dates and where your data lives."""

from __future__ import annotations

from datetime import time as dt_time, timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QTimeEdit, QWidget)

from companion.domain.i18n import QT_TRANSLATE_NOOP, translate
from companion.domain.timefmt import date_label
from companion.services.locale import LANGUAGE, LANGUAGES
from companion.services.settings import (BANDWIDTH, DAILY_BUDGET, DEFAULT_VARIANT, LARGE_MB, OFFPEAK, PORTAL_URL,
                                         TIME_ZONE, UNMETERED_ONLY)
from companion.services.system import local_zone_name

from .. import context as ctx
from ..downloads import DOWNLOADS, is_metered
from ..models import Column, RowModel
from ..widgets import Card, label, make_table, page_title, scrolling_page
from .. import words


def _size_text(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else (f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB")


def _all_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))


class SettingsPage(QWidget):
    title = QT_TRANSLATE_NOOP("ui", "Settings")

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        layout = scrolling_page(self)
        layout.addWidget(page_title(translate("ui", "Settings")))

        tz_card = Card(translate("ui", "Your time zone"))
        self.tz_note = label(object_name="muted")
        tz_card.body.addWidget(self.tz_note)
        row = QHBoxLayout()
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.setAccessibleName(translate("ui", "Your time zone"))
        self.tz.setMinimumWidth(280)
        self.tz.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tz_apply = QPushButton(translate("ui", "Use this zone"))
        self.tz_apply.setAccessibleName(translate("ui", "Use the time zone typed or chosen"))
        self.tz_apply.clicked.connect(self._apply_zone)
        self.tz_auto = QPushButton(translate("ui", "Use this computer's zone"))
        self.tz_auto.setAccessibleName(translate("ui", "Use this computer's time zone"))
        self.tz_auto.clicked.connect(lambda: self._set_zone(None))
        row.addWidget(self.tz)
        row.addWidget(self.tz_apply)
        row.addWidget(self.tz_auto)
        row.addStretch(1)
        tz_card.body.addLayout(row)
        self.tz_message = label()
        tz_card.body.addWidget(self.tz_message)
        layout.addWidget(tz_card)

        rem_card = Card(translate("ui", "Reminders"))
        self.rem_on = QCheckBox(translate("ui", "Remind me before live sessions and deadlines"))
        self.rem_on.setAccessibleName(translate("ui", "Remind me before live sessions and deadlines"))
        rem_card.body.addWidget(self.rem_on)
        rform = QFormLayout()
        self.rem_session = [self._spin("hours", 0, 336), self._spin("minutes", 0, 600)]
        self.rem_deadline = [self._spin("hours", 0, 336), self._spin("hours", 0, 336)]
        rform.addRow(translate("ui", "Before a live session"), self._pair(self.rem_session, translate("ui", "and")))
        rform.addRow(translate("ui", "Before a deadline"), self._pair(self.rem_deadline, translate("ui", "and")))
        rem_card.body.addLayout(rform)
        rrow = QHBoxLayout()
        self.rem_save = QPushButton(translate("ui", "Save reminders"))
        self.rem_save.setAccessibleName(translate("ui", "Save the reminder settings"))
        self.rem_save.clicked.connect(self._save_reminders)
        self.rem_message = label(object_name="muted")
        rrow.addWidget(self.rem_save)
        rrow.addWidget(self.rem_message, 1)
        rem_card.body.addLayout(rrow)
        layout.addWidget(rem_card)

        dl_card = Card(translate("ui", "Downloads"))
        dl_card.body.addWidget(label(translate("ui", "Cap the bandwidth so the office line stays usable, and choose which version "
                                     "of a video to keep by default (low-bandwidth suits slow links)."),
                                     object_name="muted"))
        dform = QFormLayout()
        self.bandwidth = QSpinBox()
        self.bandwidth.setRange(0, 100_000)
        self.bandwidth.setSingleStep(64)
        self.bandwidth.setSuffix(translate("ui", " kbit/s"))
        self.bandwidth.setSpecialValueText(translate("ui", "no limit"))
        self.bandwidth.setAccessibleName(translate("ui", "Bandwidth limit for downloads in kilobits per second"))
        self.variant = QComboBox()
        for text, value in (("Original", "original"), ("Low bandwidth", "low"), ("Audio only", "audio"),
                            ("Text only", "text")):
            self.variant.addItem(text, value)
        self.variant.setAccessibleName(translate("ui", "Version to download by default"))
        dform.addRow(translate("ui", "Bandwidth limit"), self.bandwidth)
        dform.addRow(translate("ui", "Download by default"), self.variant)
        self.unmetered = QCheckBox(translate("ui", "Only on unmetered connections"))
        self.unmetered.setAccessibleName(translate("ui", "Download only on unmetered connections"))
        self.unmetered.setToolTip(translate("ui", "Downloads wait while the system says the connection is metered (charged by use)"))
        dform.addRow("", self.unmetered)
        self.budget = QSpinBox()
        self.budget.setRange(0, 1_000_000)
        self.budget.setSingleStep(50)
        self.budget.setSuffix(translate("ui", " MB a day"))
        self.budget.setSpecialValueText(translate("ui", "no budget"))
        self.budget.setAccessibleName(translate("ui", "Daily data budget for downloads in megabytes"))
        dform.addRow(translate("ui", "Daily data budget"), self.budget)
        for widget in (self.bandwidth, self.variant, self.budget):
            widget.setMaximumWidth(260)
        self.offpeak = QCheckBox(translate("ui", "Large files only between"))
        self.offpeak.setAccessibleName(translate("ui", "Download large files only in off-peak hours"))
        self.offpeak_from, self.offpeak_to = QTimeEdit(), QTimeEdit()
        for edit, name in ((self.offpeak_from, translate("ui", "Off-peak hours start")),
                           (self.offpeak_to, translate("ui", "Off-peak hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.large = QSpinBox()
        self.large.setRange(1, 100_000)
        self.large.setSuffix(translate("ui", " MB"))
        self.large.setAccessibleName(translate("ui", "Size from which a file counts as large, in megabytes"))
        window = QWidget()
        wrow = QHBoxLayout(window)
        wrow.setContentsMargins(0, 0, 0, 0)
        for widget in (self.offpeak, self.offpeak_from, label(translate("ui", "and"), wrap=False), self.offpeak_to,
                       label(translate("ui", "· large means from"), wrap=False), self.large):
            wrow.addWidget(widget)
        wrow.addStretch(1)
        self.offpeak.toggled.connect(lambda on: [w.setEnabled(on) for w in (self.offpeak_from, self.offpeak_to,
                                                                             self.large)])
        dform.addRow(translate("ui", "Off-peak hours"), window)
        dl_card.body.addLayout(dform)
        self.usage_note = label(object_name="muted")
        dl_card.body.addWidget(self.usage_note)
        drow2 = QHBoxLayout()
        self.dl_save = QPushButton(translate("ui", "Save download settings"))
        self.dl_save.setAccessibleName(translate("ui", "Save the download settings"))
        self.dl_save.clicked.connect(self._save_downloads)
        self.dl_message = label(object_name="muted")
        drow2.addWidget(self.dl_save)
        drow2.addWidget(self.dl_message, 1)
        dl_card.body.addLayout(drow2)
        layout.addWidget(dl_card)

        storage_card = Card(translate("ui", "Storage"))
        storage_card.body.addWidget(label(translate("ui", "Space taken by downloaded lecture files. Freeing it removes only the "
                                          "downloads: your work, quiz results and the course notes stay."),
                                          object_name="muted"))
        self.storage_model: RowModel[tuple[str, str, int]] = RowModel(
            [Column(translate("ui", "Course"), lambda r: r[1]), Column(translate("ui", "Downloaded files"), lambda r: _size_text(r[2]))],
            key=lambda r: r[0])
        self.storage = make_table(self.storage_model, translate("ui", "Space used per course"))
        self.storage.setMaximumHeight(120)
        storage_card.body.addWidget(self.storage)
        srow = QHBoxLayout()
        self.free_button = QPushButton(translate("ui", "Free space…"))
        self.free_button.setAccessibleName(translate("ui", "Remove the downloaded files of the selected course"))
        self.free_button.clicked.connect(self._free_space)
        self.storage_message = label(object_name="muted")
        srow.addWidget(self.free_button)
        srow.addWidget(self.storage_message, 1)
        storage_card.body.addLayout(srow)
        layout.addWidget(storage_card)

        portal_card = Card(translate("ui", "Course portal"))
        portal_card.body.addWidget(label(
            translate("ui", "The portal is where your submissions go and your course updates come from. Without one, your work "
            "stays safe on this computer and waits in the outbox."), object_name="muted"))
        form = QFormLayout()
        self.portal = QLineEdit()
        self.portal.setPlaceholderText(translate("ui", "https://portal.example.org"))
        self.portal.setAccessibleName(translate("ui", "Portal address"))
        form.addRow(translate("ui", "Address"), self.portal)
        portal_card.body.addLayout(form)
        prow = QHBoxLayout()
        self.sign_in = QPushButton(translate("ui", "Sign in…"))
        self.sign_in.setAccessibleName(translate("ui", "Sign in to the portal"))
        self.sign_in.clicked.connect(lambda: self.ctx.sign_in_requested.emit(""))
        self.sign_out = QPushButton(translate("ui", "Sign out"))
        self.sign_out.setAccessibleName(translate("ui", "Sign out of the portal and forget the token"))
        self.sign_out.clicked.connect(self._sign_out)
        self.demo = QPushButton(translate("ui", "Start a demo portal on this computer"))
        self.demo.setAccessibleName(translate("ui", "Start a demo portal on this computer and sign in to it"))
        self.demo.clicked.connect(self.ctx.demo_requested.emit)
        prow.addWidget(self.sign_in)
        prow.addWidget(self.sign_out)
        self.portal_save = QPushButton(translate("ui", "Save address"))
        self.portal_save.setAccessibleName(translate("ui", "Save the portal address"))
        self.portal_save.clicked.connect(self._save_portal)
        self.portal_clear = QPushButton(translate("ui", "Forget portal"))
        self.portal_clear.setAccessibleName(translate("ui", "Forget the portal address"))
        self.portal_clear.clicked.connect(lambda: self._store_portal(None))
        prow.addWidget(self.portal_save)
        prow.addWidget(self.portal_clear)
        prow.addStretch(1)
        prow.addWidget(self.demo)
        portal_card.body.addLayout(prow)
        self.portal_message = label()
        portal_card.body.addWidget(self.portal_message)
        layout.addWidget(portal_card)

        dates_card = Card(translate("ui", "Course dates"))
        self.dates = label()
        dates_card.body.addWidget(self.dates)
        drow = QHBoxLayout()
        self.shift_now = QPushButton(translate("ui", "Run the course from this week"))
        self.shift_now.setAccessibleName(translate("ui", "Shift the course dates so it runs from this week"))
        self.shift_now.clicked.connect(self._shift_now)
        self.shift_reset = QPushButton(translate("ui", "Back to published dates"))
        self.shift_reset.setAccessibleName(translate("ui", "Go back to the published course dates"))
        self.shift_reset.clicked.connect(self._shift_reset)
        drow.addWidget(self.shift_now)
        drow.addWidget(self.shift_reset)
        drow.addStretch(1)
        dates_card.body.addLayout(drow)
        layout.addWidget(dates_card)

        lang_card = Card(translate("ui", "Language"))
        lang_card.body.addWidget(label(translate("ui", "The language of Companion's own words. Course content stays in "
                                                       "the course's language; dates follow the language you pick."),
                                       object_name="muted"))
        lrow = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(translate("ui", "Language of the app"))
        self.language.addItem(translate("ui", "The computer's language"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_save = QPushButton(translate("ui", "Use this language"))
        self.language_save.setAccessibleName(translate("ui", "Use the chosen language (Companion restarts)"))
        self.language_save.clicked.connect(self._save_language)
        self.restart_button = QPushButton(translate("ui", "Restart now"))
        self.restart_button.setAccessibleName(translate("ui", "Restart Companion in the chosen language"))
        self.restart_button.clicked.connect(self._restart)
        self.restart_button.hide()
        for w in (self.language, self.language_save, self.restart_button):
            lrow.addWidget(w)
        lrow.addStretch(1)
        lang_card.body.addLayout(lrow)
        self.language_message = label(object_name="muted")
        lang_card.body.addWidget(self.language_message)
        layout.addWidget(lang_card)

        data_card = Card(translate("ui", "Your data"))
        self.data_path = label(selectable=True)
        data_card.body.addWidget(self.data_path)
        open_data = QPushButton(translate("ui", "Open data folder"))
        open_data.setAccessibleName(translate("ui", "Open the data folder in your file manager"))
        open_data.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.app.data_dir))))
        data_card.body.addWidget(open_data, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(data_card)
        layout.addStretch(1)
        self._zones_loaded = False
        context.changed.connect(self._changed)

    def _changed(self, flags: frozenset) -> None:
        if flags & {ctx.COURSE, ctx.SETTINGS}:
            self.refresh()
        elif DOWNLOADS in flags:
            self.refresh_data_use()

    def _save_language(self) -> None:
        code, name = self.language.currentData(), self.language.currentText()
        settings = self.ctx.app.settings

        def saved(_r) -> None:
            self.language_message.setText(translate("ui", "Saved: {0}. Restart Companion to see it; your work is kept "
                                                          "as it is.").format(name))
            self.restart_button.show()

        self.ctx.mutate(lambda: settings.set(LANGUAGE, code), {ctx.SETTINGS}, saved)

    def _restart(self) -> None:
        """Start a new Companion with the same arguments, then close this one (which saves everything)."""
        import sys

        from PySide6.QtCore import QProcess

        program, arguments = (sys.executable, sys.argv[1:]) if getattr(sys, "frozen", False) else \
            (sys.executable, ["-m", "companion", *sys.argv[1:]])
        if QProcess.startDetached(program, arguments):
            self.window().close()
        else:
            self.language_message.setText(translate("ui", "Companion could not restart itself; please start it "
                                                          "again."))

    def refresh_data_use(self) -> None:
        downloads, library = self.ctx.app.downloads, self.ctx.app.library

        def load():
            used = downloads.space_used()
            rows = [(c.id, c.title, used.get(c.id, 0)) for c in library.courses()]
            return downloads.policy(), downloads.usage().bytes, rows

        self.ctx.run(load, self._show_data_use)
        settings = self.ctx.app.settings
        self.ctx.run(lambda: settings.get(LANGUAGE),
                     lambda code: self.language.setCurrentIndex(max(0, self.language.findData(code))))

    def _show_data_use(self, data) -> None:
        policy, used_today, rows = data
        self.unmetered.setChecked(policy.unmetered_only)
        self.budget.setValue(int(policy.daily_budget_mb))
        self.offpeak.setChecked(policy.offpeak_start is not None)
        self.offpeak_from.setTime(policy.offpeak_start or dt_time(22, 0))
        self.offpeak_to.setTime(policy.offpeak_end or dt_time(6, 0))
        self.large.setValue(policy.large_mb)
        for w in (self.offpeak_from, self.offpeak_to, self.large):
            w.setEnabled(self.offpeak.isChecked())
        metered = is_metered()
        link = {True: "The system says this connection is metered.", False: "The system says this connection is "
                "not metered.", None: "This computer does not say whether the connection is metered, so "
                "“only on unmetered connections” cannot hold anything back."}[metered]
        self.usage_note.setText(translate("ui", "Downloaded today: {0}. {1}").format(_size_text(used_today), link))
        self.storage_model.set_rows(rows)
        if rows and not self.storage.currentIndex().isValid():
            self.storage.setCurrentIndex(self.storage_model.index(0, 0))
        total = sum(r[2] for r in rows)
        self.storage_message.setText(translate("ui", "In all: {0} in {1}").format(_size_text(total), self.ctx.app.data_dir / 'materials'))

    def _free_space(self) -> None:
        row = self.storage_model.row_object(self.storage.currentIndex().row())
        if row is None:
            return
        course_id, title, size = row
        if not size:
            self.storage_message.setText(translate("ui", "{0} has no downloaded files.").format(title))
            return
        downloads = self.ctx.app.downloads
        box = QMessageBox(QMessageBox.Icon.Question, translate("ui", "Free space"), translate("ui", "Remove the downloaded files of {0} ({1})? You can download them again later.").format(title, _size_text(size)), parent=self)
        remove = box.addButton(translate("ui", "Remove downloads"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.ctx.mutate(
            lambda: downloads.free_course(course_id), {DOWNLOADS},
            lambda freed: self.storage_message.setText(translate("ui", "Freed {0}.").format(_size_text(freed)))) if box.clickedButton() is remove
            else None)
        self.free_box = box
        box.open()

    @staticmethod
    def _spin(unit: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        hours = unit == "hours"
        spin.setSuffix(translate("ui", " hours") if hours else translate("ui", " minutes"))
        spin.setSpecialValueText(translate("ui", "off"))
        spin.setAccessibleName(translate("ui", "Reminder lead in hours") if hours
                               else translate("ui", "Reminder lead in minutes"))
        spin.setProperty("unit", unit)
        return spin

    @staticmethod
    def _pair(spins: list, word: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spins[0])
        row.addWidget(label(word, wrap=False))
        row.addWidget(spins[1])
        row.addWidget(label(translate("ui", "before"), wrap=False))
        row.addStretch(1)
        return box

    @staticmethod
    def _minutes(spin: QSpinBox) -> int:
        return spin.value() * (60 if spin.property("unit") == "hours" else 1)

    @staticmethod
    def _set_minutes(spin: QSpinBox, minutes: int) -> None:
        spin.setValue(minutes // 60 if spin.property("unit") == "hours" else minutes)

    def _save_reminders(self) -> None:
        app = self.ctx.app
        enabled = self.rem_on.isChecked()
        session = [m for m in map(self._minutes, self.rem_session) if m > 0]
        deadline = [m for m in map(self._minutes, self.rem_deadline) if m > 0]

        def failed(exc: BaseException) -> None:
            self.rem_message.setText(words.error(exc))

        self.ctx.mutate(lambda: app.schedule.set_reminder_settings(enabled, session, deadline), {ctx.SETTINGS},
                        lambda _r: self.rem_message.setText(translate("ui", "Saved. Reminders are planned again from the schedule.")),
                        failed)

    def refresh(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        need_zones = not self._zones_loaded

        def load():
            portal, login = app.settings.get(PORTAL_URL), app.sync.login()
            return (_all_zones() if need_zones else None, app.settings.get(TIME_ZONE), local_zone_name(),
                    portal, app.library.course(course_id), app.schedule.reminder_settings(),
                    login, app.sync.signed_in(),
                    app.sync.kept_in_keyring(), app.settings.get(BANDWIDTH), app.settings.get(DEFAULT_VARIANT))

        self.ctx.run(load, self._loaded)
        self.refresh_data_use()

    def _loaded(self, data) -> None:
        zones, chosen, system_zone, portal, course, reminders, login, signed_in, in_keyring, kbit, variant = data
        self.bandwidth.setValue(int(kbit))
        self.variant.setCurrentIndex(max(0, self.variant.findData(variant)))
        if not portal:
            self.portal_message.setText(translate("ui", "No portal set: nothing is sent anywhere."))
        elif signed_in:
            where = ("Your sign-in is kept in this computer's keyring." if in_keyring else
                     "This computer has no keyring, so your sign-in is kept only while Companion runs.")
            self.portal_message.setText(translate("ui", "Signed in as {0}. {1}").format(login, where))
        else:
            self.portal_message.setText(translate("ui", "Not signed in: submissions wait in the outbox until you sign in."))
        self.sign_out.setEnabled(bool(signed_in))
        self.rem_on.setChecked(reminders.enabled)
        for spins, leads in ((self.rem_session, reminders.session_leads), (self.rem_deadline, reminders.deadline_leads)):
            minutes = [int(lead.total_seconds() // 60) for lead in leads][:2]
            minutes += [0] * (2 - len(minutes))
            for spin, m in zip(spins, minutes):
                self._set_minutes(spin, m)
        if zones is not None:
            self.tz.addItems(zones)
            completer = QCompleter(zones, self.tz)
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
            self.tz.setCompleter(completer)
            self._zones_loaded = True
        self.tz.setCurrentText(self.ctx.user_tz)
        source = "chosen by you" if chosen else "this computer's zone"
        self.tz_note.setText(translate("ui", "Times are shown in {0} ({1}) beside the course's own zone. This computer reports {2}.").format(self.ctx.user_tz, source, system_zone))
        self.portal.setText(portal or "")
        shift = timedelta(weeks=course.shift_weeks)
        published = f"{date_label(course.starts_on - shift)} – {date_label(course.ends_on - shift)}"
        if course.shift_weeks:
            self.dates.setText(translate("ui", "Shifted by {0} weeks: now {1} – {2}. Published dates: {3}. Every session keeps its weekday and its time in {4}.").format(course.shift_weeks, date_label(course.starts_on), date_label(course.ends_on), published, course.time_zone))
        else:
            self.dates.setText(translate("ui", "As published: {0}.").format(published))
        self.shift_reset.setEnabled(bool(course.shift_weeks))
        self.data_path.setText(translate("ui", "Everything you make is kept in {0}").format(self.ctx.app.data_dir))

    def _apply_zone(self) -> None:
        self._set_zone(self.tz.currentText().strip())

    def _set_zone(self, name: str | None) -> None:
        app = self.ctx.app

        def work():
            app.settings.set_time_zone(name)
            return app.settings.time_zone()

        def done(zone: str) -> None:
            self.ctx.user_tz = zone
            self.tz_message.setText(translate("ui", "Times are now shown in {0}.").format(zone))

        def failed(exc: BaseException) -> None:
            self.tz_message.setText(words.error(exc))

        self.ctx.mutate(work, {ctx.SETTINGS}, done, failed)

    def _save_downloads(self) -> None:
        app, kbit, variant = self.ctx.app, self.bandwidth.value(), self.variant.currentData()
        unmetered, budget, large = self.unmetered.isChecked(), self.budget.value(), self.large.value()
        window = (f"{self.offpeak_from.time().toString('HH:mm')}-{self.offpeak_to.time().toString('HH:mm')}"
                  if self.offpeak.isChecked() else None)

        def work() -> None:
            for key, value in ((BANDWIDTH, kbit), (DEFAULT_VARIANT, variant), (UNMETERED_ONLY, unmetered),
                               (DAILY_BUDGET, budget), (OFFPEAK, window), (LARGE_MB, large)):
                app.settings.set(key, value)

        parts = [translate("ui", "downloads run at most {0} kbit/s").format(kbit) if kbit
                 else translate("ui", "downloads run without a bandwidth limit")]
        if unmetered:
            parts.append("only on unmetered connections")
        if budget:
            parts.append(f"up to {budget} MB a day")
        if window:
            parts.append(f"files from {large} MB wait for {window.replace('-', '–')}")

        def saved(_r) -> None:
            self.dl_message.setText("Saved: " + "; ".join(parts) + ".")
            self.ctx.downloads.start()  # what waited may be allowed now

        self.ctx.mutate(work, {ctx.SETTINGS}, saved)

    def _sign_out(self) -> None:
        app = self.ctx.app
        self.ctx.mutate(app.sync.sign_out, {ctx.SETTINGS}, lambda _r: self.portal_message.setText(
            translate("ui", "Signed out; the token was removed from this computer.")))

    def _save_portal(self) -> None:
        self._store_portal(self.portal.text().strip() or None)

    def _store_portal(self, url: str | None) -> None:
        app = self.ctx.app

        def failed(exc: BaseException) -> None:
            self.portal_message.setText(words.error(exc))

        self.ctx.mutate(lambda: app.settings.set_portal_url(url), {ctx.SETTINGS},
                        lambda _r: self.portal_message.setText(translate("ui", "Saved.") if url else translate("ui", "Portal forgotten.")), failed)

    def _shift_now(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.mutate(lambda: app.library.shift_to_now(course_id), {ctx.COURSE})

    def _shift_reset(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.mutate(lambda: app.library.reset_shift(course_id), {ctx.COURSE})
