"""The sections of the Settings page, one class each (after MusicBrainz Picard's option pages):
``load()`` reads what the section shows through an operation, ``save()`` keeps what it holds through
another (:mod:`companion.ui.ops.settings`), and ``flags`` names the changes it redraws for."""

from __future__ import annotations

from datetime import time as dt_time

from PySide6.QtCore import Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFormLayout, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from companion.domain import reasons
from companion.domain.i18n import QT_TRANSLATE_NOOP, number, size, translate, unit
from companion.domain.timefmt import date_label, zone_name
from companion.services.locale import LANGUAGES

from .. import context as ctx
from .. import ops, words
from ..downloads import is_metered
from ..models import Column, RowModel
from ..ops import downloads as download_ops
from ..ops import settings as settings_ops
from ..ops.settings import DownloadSettings
from ..widgets import Card, FlowLayout, WrappingCheckBox, form_label, label, make_table, speak_after_text

VARIANTS = (("original", QT_TRANSLATE_NOOP("ui", "Original")), ("low", QT_TRANSLATE_NOOP("ui", "Low bandwidth")),
            ("audio", QT_TRANSLATE_NOOP("ui", "Audio only")), ("text", QT_TRANSLATE_NOOP("ui", "Text only")))


def button(text: str, accessible: str, slot) -> QPushButton:
    b = QPushButton(text)
    speak_after_text(b, accessible)
    b.clicked.connect(slot)
    return b


def row_of(*widgets, stretch_at: int | None = None) -> FlowLayout:
    """Widgets side by side, then room (or room before the widget at ``stretch_at``)."""
    row = FlowLayout()
    for i, w in enumerate(widgets):
        if i == stretch_at:
            row.addStretch(1)
        row.addWidget(w)
    if stretch_at is None:
        row.addStretch(1)
    return row



def rate_words(kbit: int) -> str:
    """A cap in kilobits per second said as file managers say speeds: 2,000 kbit/s -> '250 kB/s', 20,000 -> '2.5 MB/s'."""
    per_second = kbit * 1000 / 8
    return (unit(per_second / 1e6, "megabyte-per-second", 1) if per_second >= 1e6
            else unit(per_second / 1e3, "kilobyte-per-second", 0))

class Section(Card):
    """A card of the Settings page that loads and saves itself."""

    flags: frozenset[str] = frozenset({ctx.SETTINGS})

    def __init__(self, context: ctx.UiContext, title: str):
        super().__init__(title)
        self.ctx = context

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        """Keep what the section holds (sections without a Save button do nothing)."""

    def say(self, message_label, text: str):
        """A callback that puts ``text`` (or an error's words) in ``message_label``."""
        return lambda _value: message_label.setText(text)


class TimeZoneSection(Section):
    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Your time zone"))
        self.note = label(object_name="muted")
        self.body.addWidget(self.note)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.setAccessibleName(translate("ui", "Your time zone"))
        self.tz.lineEdit().setAccessibleName(translate("ui", "Your time zone"))  # the field a screen reader lands in
        self.title.setBuddy(self.tz)  # on Linux a combo box's AT-SPI name is its value: its label is this relation
        self.tz.setMinimumWidth(280)
        self.tz.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.apply = button(translate("ui", "Use this zone"), translate("ui", "Use the time zone typed or chosen"), self.save)
        self.auto = button(translate("ui", "Use this computer's zone"), translate("ui", "Use this computer's time zone"),
                           lambda: self._set(None))
        self.body.addLayout(row_of(self.tz, self.apply, self.auto))
        self.message = label()
        self.body.addWidget(self.message)
        self._zones_loaded = False

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.zone_view, not self._zones_loaded).success(self._show).run()

    def _show(self, view: settings_ops.ZoneView) -> None:
        if view.zones is not None and not self._zones_loaded:
            # the list names zones as people know them ('Madrid (CEST)'); typing finds a zone by that
            # name or by its id ('Europe/Madrid', 'madrid'), which the suggestions show after the name
            self._searchable = QStandardItemModel(self.tz)
            for zone, name in view.zones:
                self.tz.addItem(name, zone)
                self._searchable.appendRow(QStandardItem(f"{name} — {zone}"))
            completer = QCompleter(self._searchable, self.tz)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tz.setCompleter(completer)
            # after the field took the suggestion's text ('Madrid (CEST) — Europe/Madrid'): the name alone
            completer.activated[str].connect(lambda text: QTimer.singleShot(
                0, self.tz, lambda: self._pick(self._suggested_zone(text))))
            self._zones_loaded = True
        self._pick(view.zone)
        now = self.ctx.app.clock.now()
        if view.chosen:
            self.note.setText(translate("ui", "Times are shown in {0} (chosen by you) beside the course's own zone. This "
                                              "computer reports {1}.").format(zone_name(now, view.zone),
                                                                              zone_name(now, view.system_zone)))
        else:
            self.note.setText(translate("ui", "Times are shown in {0} (this computer's zone) beside the course's own "
                                              "zone.").format(zone_name(now, view.zone)))

    def _pick(self, zone: str | None) -> None:
        row = self.tz.findData(zone) if zone else -1
        if row >= 0:
            self.tz.setCurrentIndex(row)
            self.tz.setEditText(self.tz.itemText(row))
        elif zone:
            self.tz.setEditText(zone)

    def _suggested_zone(self, text: str) -> str | None:
        """The zone of a suggestion's whole text ('Madrid (CEST) — Europe/Madrid')."""
        zone = text.rsplit(" — ", 1)[-1]
        return zone if self.tz.findData(zone) >= 0 else None

    def typed_zone(self) -> str | None:
        """The zone the box holds: the listed zone whose name or id was typed, or the one listed zone
        whose name or id contains what was typed; else the text as typed (the service says if it is
        not a zone)."""
        text = self.tz.currentText().strip()
        if not text:
            return None
        row = self.tz.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            return self.tz.itemData(row)
        ids = [self.tz.itemData(i) for i in range(self.tz.count())]
        suggested = self._suggested_zone(text) if " — " in text else None
        if suggested:
            return suggested
        wanted = text.casefold()
        exact = [zone for zone in ids if zone.casefold() == wanted]
        if exact:
            return exact[0]
        matches = [zone for i, zone in enumerate(ids)
                   if wanted in zone.casefold() or wanted in self.tz.itemText(i).casefold()]
        return matches[0] if len(matches) == 1 else text

    def save(self) -> None:
        self._set(self.typed_zone())

    def _set(self, name: str | None) -> None:
        def done(zone: str) -> None:
            self.ctx.user_tz = zone
            self._pick(zone)
            self.message.setText(translate("ui", "Times are now shown in {0}.").format(
                zone_name(self.ctx.app.clock.now(), zone)))

        def refused(exc: BaseException) -> None:
            if getattr(exc, "code", None) == reasons.UNKNOWN_ZONE:  # said with the list in mind, no "IANA"
                self.message.setText(translate("ui", "“{0}” is not a time zone this computer knows. Choose one from "
                                                     "the list, or type a city such as Madrid or Seoul.").format(name))
            else:
                self.message.setText(words.error(exc))

        ops.run(self.ctx, settings_ops.set_time_zone, name).success(done).failure(refused).run()


class RemindersSection(Section):
    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Reminders"))
        self.enabled = WrappingCheckBox(translate("ui", "Remind me before live sessions and deadlines"))
        self.enabled.setAccessibleDescription(translate("ui", "Remind me before live sessions and deadlines"))
        self.body.addWidget(self.enabled)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.session = [self._spin("hours", 336), self._spin("minutes", 600)]
        self.deadline = [self._spin("hours", 336), self._spin("hours", 336)]
        # four boxes a screen reader tells apart: which reminder, first or second, and the unit
        for spins, what in ((self.session, translate("ui", "Before a live session")),
                            (self.deadline, translate("ui", "Before a deadline"))):
            for n, spin in enumerate(spins, start=1):
                spin.setAccessibleName(translate("ui", "{0}, reminder {1}, in {2}").format(
                    what, number(n), translate("ui", "hours") if spin.property("unit") == "hours" else translate("ui", "minutes")))
        form.addRow(translate("ui", "Before a live session"), self._pair(self.session))
        form.addRow(translate("ui", "Before a deadline"), self._pair(self.deadline))
        self.body.addLayout(form)
        self.save_button = button(translate("ui", "Save reminders"), translate("ui", "Save the reminder settings"), self.save)
        self.message = label(object_name="muted")
        self.body.addLayout(row_of(self.save_button, self.message))

    @staticmethod
    def _spin(unit: str, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, high)
        hours = unit == "hours"
        spin.setSuffix(translate("ui", " hours") if hours else translate("ui", " minutes"))
        spin.setSpecialValueText(translate("ui", "off"))
        spin.setAccessibleName(translate("ui", "Reminder lead in hours") if hours
                               else translate("ui", "Reminder lead in minutes"))
        spin.setProperty("unit", unit)
        return spin

    @staticmethod
    def _pair(spins: list) -> QWidget:
        box = QWidget()
        row = FlowLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (spins[0], label(translate("ui", "and"), wrap=False), spins[1],
                  label(translate("ui", "before"), wrap=False)):
            row.addWidget(w)
        row.addStretch(1)
        return box

    @staticmethod
    def _minutes(spin: QSpinBox) -> int:
        return spin.value() * (60 if spin.property("unit") == "hours" else 1)

    @staticmethod
    def _set_minutes(spin: QSpinBox, minutes: int) -> None:
        spin.setValue(minutes // 60 if spin.property("unit") == "hours" else minutes)

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.reminder_settings).success(self._show).run()

    def _show(self, reminders) -> None:
        self.enabled.setChecked(reminders.enabled)
        for spins, leads in ((self.session, reminders.session_leads), (self.deadline, reminders.deadline_leads)):
            minutes = [int(lead.total_seconds() // 60) for lead in leads][:2]
            minutes += [0] * (2 - len(minutes))
            for spin, m in zip(spins, minutes):
                self._set_minutes(spin, m)

    def save(self) -> None:
        session = [m for m in map(self._minutes, self.session) if m > 0]
        deadline = [m for m in map(self._minutes, self.deadline) if m > 0]
        ops.run(self.ctx, settings_ops.save_reminders, self.enabled.isChecked(), session, deadline).success(
            self.say(self.message, translate("ui", "Saved. Reminders are planned again from the schedule."))).failure(
            lambda exc: self.message.setText(words.error(exc))).run()


class DownloadsSection(Section):
    flags = frozenset({ctx.SETTINGS, ctx.DOWNLOADS})

    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Downloads"))
        self.body.addWidget(label(translate("ui", "Cap the bandwidth so the office line stays usable, and choose which version "
                                                  "of a video to keep by default (low-bandwidth suits slow links)."),
                                  object_name="muted"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.bandwidth = QSpinBox()
        self.bandwidth.setRange(0, 100_000)
        self.bandwidth.setSingleStep(64)
        # no "kbit/s" after the number: the row's label says "in kilobits per second", the saved
        # message says the cap as file managers say speeds (kB/s, MB/s)
        self.bandwidth.setSpecialValueText(translate("ui", "no limit"))
        self.bandwidth.setAccessibleName(translate("ui", "Download speed limit, in kilobits per second"))  # its label's words
        self.variant = QComboBox()
        for value, text in VARIANTS:
            self.variant.addItem(translate("ui", text), value)
        self.variant.setAccessibleName(translate("ui", "Download by default"))  # its label's words (WCAG 2.5.3)
        self.variant.setAccessibleDescription(translate("ui", "Version to download by default"))
        # the label above its field, at the form's whole width: beside a narrow spin box QFormLayout
        # gives a wrapped label the field's height and cuts its second line at 200 % font
        speed_label = form_label(translate("ui", "Download speed limit, in kilobits per second"))
        speed_label.setBuddy(self.bandwidth)
        form.addRow(speed_label)
        form.addRow(self.bandwidth)
        form.addRow(translate("ui", "Download by default"), self.variant)
        self.unmetered = WrappingCheckBox(translate("ui", "Only on unmetered connections"))
        self.unmetered.setAccessibleDescription(translate("ui", "Download only on unmetered connections"))
        self.unmetered.setToolTip(translate("ui", "Downloads wait while the system says the connection is metered (charged by use)"))
        form.addRow(self.unmetered)  # the whole row: room for its words to wrap
        self.budget = QSpinBox()
        self.budget.setRange(0, 1_000_000)
        self.budget.setSingleStep(50)
        self.budget.setSuffix(translate("ui", " MB a day"))
        self.budget.setSpecialValueText(translate("ui", "no budget"))
        self.budget.setAccessibleName(translate("ui", "Daily data budget for downloads in megabytes"))
        form.addRow(translate("ui", "Daily data budget"), self.budget)
        for widget in (self.bandwidth, self.variant, self.budget):
            widget.setMaximumWidth(260)
        form.addRow(translate("ui", "Off-peak hours"), self._offpeak_row())
        self.body.addLayout(form)
        self.usage_note = label(object_name="muted")
        self.body.addWidget(self.usage_note)
        self.save_button = button(translate("ui", "Save download settings"), translate("ui", "Save the download settings"),
                                  self.save)
        self.message = label(object_name="muted")
        self.body.addLayout(row_of(self.save_button, self.message))

    def _offpeak_row(self) -> QWidget:
        self.offpeak = QCheckBox(translate("ui", "Large files only between"))
        self.offpeak.setAccessibleDescription(translate("ui", "Download large files only in off-peak hours"))
        self.offpeak_from, self.offpeak_to = QTimeEdit(), QTimeEdit()
        for edit, name in ((self.offpeak_from, translate("ui", "Off-peak hours start")),
                           (self.offpeak_to, translate("ui", "Off-peak hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.large = QSpinBox()
        self.large.setRange(1, 100_000)
        self.large.setSuffix(translate("ui", " MB"))
        self.large.setAccessibleName(translate("ui", "Off-peak hours: size from which a file counts as large, in megabytes"))
        window = QWidget()
        row = FlowLayout(window)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.offpeak, self.offpeak_from, label(translate("ui", "and"), wrap=False), self.offpeak_to,
                       label(translate("ui", "· large means from"), wrap=False), self.large):
            row.addWidget(widget)
        row.addStretch(1)
        self.offpeak.toggled.connect(self._window_enabled)
        return window

    def _window_enabled(self, on: bool) -> None:
        for w in (self.offpeak_from, self.offpeak_to, self.large):
            w.setEnabled(on)

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.download_settings).success(self._show).run()
        ops.run(self.ctx, download_ops.data_use).success(self._show_usage).run()

    def _show(self, chosen: DownloadSettings) -> None:
        self.bandwidth.setValue(chosen.bandwidth_kbit)
        self.variant.setCurrentIndex(max(0, self.variant.findData(chosen.variant)))
        self.unmetered.setChecked(chosen.unmetered_only)
        self.budget.setValue(chosen.daily_budget_mb)
        self.offpeak.setChecked(chosen.offpeak is not None)
        start, end = chosen.offpeak or (dt_time(22, 0), dt_time(6, 0))
        self.offpeak_from.setTime(QTime(start.hour, start.minute))
        self.offpeak_to.setTime(QTime(end.hour, end.minute))
        self.large.setValue(chosen.large_mb)
        self._window_enabled(self.offpeak.isChecked())

    def _show_usage(self, data) -> None:
        _policy, used_today, _rows = data
        link = {True: translate("ui", "The system says this connection is metered."),
                False: translate("ui", "The system says this connection is not metered."),
                None: translate("ui", "This computer does not say whether the connection is metered, so “only on "
                                      "unmetered connections” cannot hold anything back.")}[is_metered()]
        self.usage_note.setText(translate("ui", "Downloaded today: {0}. {1}").format(size(used_today), link))

    def chosen(self) -> DownloadSettings:
        def t(edit: QTimeEdit) -> dt_time:
            return dt_time(edit.time().hour(), edit.time().minute())

        return DownloadSettings(self.bandwidth.value(), self.variant.currentData(), self.unmetered.isChecked(),
                                self.budget.value(), (t(self.offpeak_from), t(self.offpeak_to))
                                if self.offpeak.isChecked() else None, self.large.value())

    @staticmethod
    def summary(c: DownloadSettings) -> str:
        """'Saved: downloads use at most about 32 kB/s of the connection; only on unmetered connections; …'."""
        parts = [translate("ui", "downloads use at most about {0} of the connection").format(
                     rate_words(c.bandwidth_kbit)) if c.bandwidth_kbit
                 else translate("ui", "downloads run without a bandwidth limit")]
        if c.unmetered_only:
            parts.append(translate("ui", "only on unmetered connections"))
        if c.daily_budget_mb:
            parts.append(translate("ui", "up to {0} a day").format(size(c.daily_budget_mb * 1_000_000)))
        if c.offpeak:
            parts.append(translate("ui", "files from {0} wait for {1}–{2}").format(
                size(c.large_mb * 1_000_000), f"{c.offpeak[0]:%H:%M}", f"{c.offpeak[1]:%H:%M}"))
        return translate("ui", "Saved: {0}.").format("; ".join(parts))

    def save(self) -> None:
        chosen = self.chosen()
        ops.run(self.ctx, settings_ops.save_download_settings, chosen).success(
            lambda c: self.message.setText(self.summary(c))).run()


class StorageSection(Section):
    flags = frozenset({ctx.COURSE, ctx.DOWNLOADS})

    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Storage"))
        self.body.addWidget(label(translate("ui", "Space taken by downloaded lecture files. Freeing it removes only the "
                                                  "downloads: your work, quiz results and the course notes stay."),
                                  object_name="muted"))
        self.model: RowModel[tuple[str, str, int]] = RowModel(
            [Column(translate("ui", "Course"), lambda r: r[1]), Column(translate("ui", "Downloaded files"), lambda r: size(r[2]))],
            key=lambda r: r[0])
        self.table = make_table(self.model, translate("ui", "Space used per course"), compact=True)
        self.body.addWidget(self.table)
        self.free_button = button(translate("ui", "Free space…"),
                                  translate("ui", "Remove the downloaded files of the selected course"), self.free)
        self.message = label(object_name="muted")
        self.body.addLayout(row_of(self.free_button, self.message))
        self.free_box: QMessageBox | None = None

    def load(self) -> None:
        ops.run(self.ctx, download_ops.data_use).success(self._show).run()

    def _show(self, data) -> None:
        _policy, _used_today, rows = data
        self.model.set_rows(rows)
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        total = sum(r[2] for r in rows)
        self.message.setText(translate("ui", "In all: {0} in {1}").format(size(total), self.ctx.app.data_dir / "materials"))

    def free(self) -> None:
        row = self.model.row_object(self.table.currentIndex().row())
        if row is None:
            return
        course_id, title, used = row
        if not used:
            self.message.setText(translate("ui", "{0} has no downloaded files.").format(title))
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("ui", "Free space"),
                          translate("ui", "Remove the downloaded files of {0} ({1})? You can download them again later.")
                          .format(title, size(used)), parent=self)
        remove = box.addButton(translate("ui", "Remove downloads"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._free(course_id) if box.clickedButton() is remove else None)
        self.free_box = box
        box.open()

    def _free(self, course_id: str) -> None:
        ops.run(self.ctx, download_ops.free_course_space, course_id).success(
            lambda freed: self.message.setText(translate("ui", "Freed {0}.").format(size(freed)))).run()


class PortalSection(Section):
    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Course portal"))
        self.body.addWidget(label(
            translate("ui", "The portal is where your submissions go and your course updates come from. Without one, your work "
                            "stays safe on this computer and waits in the outbox."), object_name="muted"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("ui", "https://portal.example.org"))
        self.address.setAccessibleName(translate("ui", "Portal address"))
        form.addRow(translate("ui", "Portal address"), self.address)  # the label is the start of its name (WCAG 2.5.3)
        self.body.addLayout(form)
        self.sign_in = button(translate("ui", "Sign in…"), translate("ui", "Sign in to the portal"),
                              lambda: self.ctx.sign_in_requested.emit(""))
        self.sign_out = button(translate("ui", "Sign out"), translate("ui", "Sign out of the portal and forget the token"),
                               self._sign_out)
        self.save_button = button(translate("ui", "Save address"), translate("ui", "Save the portal address"), self.save)
        self.forget = button(translate("ui", "Forget portal"), translate("ui", "Forget the portal address"),
                             lambda: self._store(None))
        self.demo = button(translate("ui", "Start a demo portal on this computer"),
                           translate("ui", "Start a demo portal on this computer and sign in to it"),
                           self.ctx.demo_requested.emit)
        self.body.addLayout(row_of(self.sign_in, self.sign_out, self.save_button, self.forget, self.demo, stretch_at=4))
        self.message = label()
        self.body.addWidget(self.message)
        # every portal signed in to, each with its own Sign out; Sign in… adds one more
        self.body.addWidget(label(translate("ui", "Signed in to"), object_name="muted"))
        self.portal_rows = QVBoxLayout()
        self.body.addLayout(self.portal_rows)
        self.add_portal = button(translate("ui", "Sign in to another portal…"),
                                 translate("ui", "Sign in to one more portal; the others stay signed in"),
                                 self._add_portal)
        self.body.addLayout(row_of(self.add_portal, stretch_at=1))

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.portal_view).success(self._show).run()
        ops.run(self.ctx, settings_ops.sign_ins).success(self._show_sign_ins).run()

    def _show_sign_ins(self, sign_ins) -> None:
        while self.portal_rows.count():
            item = self.portal_rows.takeAt(0)
            row = item.layout() or item.widget()
            if item.layout():
                while row.count():
                    inner = row.takeAt(0)
                    if inner.widget():
                        inner.widget().deleteLater()
            elif row is not None:
                row.deleteLater()
        if not sign_ins:
            self.portal_rows.addWidget(label(translate("ui", "No portal yet.")))
        for entry in sign_ins:
            state = (translate("ui", "sign-in expired: sign in again") if entry.expired
                     else translate("ui", "signed in"))
            text = label(translate("ui", "{0} as {1} ({2})").format(entry.url, entry.login, state), selectable=True,
                         wrap=False)
            out = button(translate("ui", "Sign out"), translate("ui", "Sign out of {0}").format(entry.url),
                         lambda _checked=False, url=entry.url: self._sign_out_of(url))
            out.setObjectName("portal-sign-out")
            self.portal_rows.addLayout(row_of(text, out, stretch_at=1))

    def _add_portal(self) -> None:
        from ..dialogs import SignInDialog

        dialog = SignInDialog(self.ctx, self.window())
        dialog.setModal(True)
        dialog.accepted.connect(self.ctx.sync_requested.emit)
        dialog.open()
        self.add_dialog = dialog

    def _sign_out_of(self, url: str) -> None:
        ops.run(self.ctx, settings_ops.sign_out, url).success(
            self.say(self.message, translate("ui", "Signed out of {0}; the other portals stay signed in.").format(url))).run()

    def _show(self, view: settings_ops.PortalView) -> None:
        self.address.setText(view.url or "")
        if not view.url:
            self.message.setText(translate("ui", "No portal set: nothing is sent anywhere."))
        elif view.signed_in:
            where = (translate("ui", "Your sign-in is kept in this computer's keyring.") if view.in_keyring else
                     translate("ui", "This computer has no keyring, so your sign-in is kept only while Companion runs."))
            self.message.setText(translate("ui", "Signed in as {0}. {1}").format(view.login, where))
        else:
            self.message.setText(translate("ui", "Not signed in: submissions wait in the outbox until you sign in."))
        self.sign_out.setEnabled(view.signed_in)

    def save(self) -> None:
        self._store(self.address.text().strip() or None)

    def _store(self, url: str | None) -> None:
        ops.run(self.ctx, settings_ops.set_portal_url, url).success(
            self.say(self.message, translate("ui", "Saved.") if url else translate("ui", "Portal forgotten."))).failure(
            lambda exc: self.message.setText(words.error(exc))).run()

    def _sign_out(self) -> None:
        ops.run(self.ctx, settings_ops.sign_out).success(
            self.say(self.message, translate("ui", "Signed out; the token was removed from this computer."))).run()


class CourseDatesSection(Section):
    flags = frozenset({ctx.COURSE})

    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Course dates"))
        self.dates = label()
        self.body.addWidget(self.dates)
        self.shift_now = button(translate("ui", "Run the course from this week"),
                                translate("ui", "Shift the course dates so it runs from this week"),
                                lambda: ops.run(self.ctx, settings_ops.shift_course_to_now, self.ctx.course_id).run())
        self.shift_reset = button(translate("ui", "Back to published dates"),
                                  translate("ui", "Go back to the published course dates"),
                                  lambda: ops.run(self.ctx, settings_ops.reset_course_shift, self.ctx.course_id).run())
        self.body.addLayout(row_of(self.shift_now, self.shift_reset))

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.course_dates, self.ctx.course_id).success(self._show).run()

    def _show(self, found) -> None:
        from datetime import timedelta

        course, portal_weeks = found
        shift = timedelta(weeks=course.shift_weeks or portal_weeks)  # the course as held is run at its shifted dates
        published = translate("ui", "{0} – {1}").format(date_label(course.starts_on - shift), date_label(course.ends_on - shift))
        if course.shift_weeks:
            self.dates.setText(translate("ui", "Shifted by %n week(s): now {0} – {1}. Published dates: {2}. Every session keeps "
                                               "its weekday and its time in {3}.", None, course.shift_weeks).format(
                date_label(course.starts_on), date_label(course.ends_on), published,
                zone_name(self.ctx.app.clock.now(), course.time_zone)))
        elif portal_weeks:  # the portal (the demo portal) runs the course later than published: not "As published"
            run = translate("ui", "{0} – {1}").format(date_label(course.starts_on), date_label(course.ends_on))
            self.dates.setText(translate("ui", "The portal runs this course %n week(s) after its published dates ({0}); every "
                                               "session keeps its weekday and its time in {1}.", None, portal_weeks).format(
                published, zone_name(self.ctx.app.clock.now(), course.time_zone)) + " " + run)
        else:
            self.dates.setText(translate("ui", "As published: {0}.").format(published))
        self.shift_reset.setEnabled(bool(course.shift_weeks))


class LanguageSection(Section):
    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Language"))
        self.body.addWidget(label(translate("ui", "The language of Companion's own words. Course content stays in "
                                                  "the course's language; dates follow the language you pick."),
                                  object_name="muted"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("ui", "Language of the app"))
        self.title.setBuddy(self.choice)  # read as its label (labelled-by) beside its value
        self.choice.addItem(translate("ui", "The computer's language"), None)
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.save_button = button(translate("ui", "Use this language"),
                                  translate("ui", "Use the chosen language (Companion restarts)"), self.save)
        self.restart_button = button(translate("ui", "Restart now"), translate("ui", "Restart Companion in the chosen language"),
                                     self._restart)
        self.restart_button.hide()
        self.body.addLayout(row_of(self.choice, self.save_button, self.restart_button))
        self.message = label(object_name="muted")
        self.body.addWidget(self.message)

    def load(self) -> None:
        ops.run(self.ctx, settings_ops.language).success(
            lambda code: self.choice.setCurrentIndex(max(0, self.choice.findData(code)))).run()

    def save(self) -> None:
        name = self.choice.currentText()

        def saved(_code) -> None:
            self.message.setText(translate("ui", "Saved: {0}. Restart Companion to see it; your work is kept "
                                                 "as it is.").format(name))
            self.restart_button.show()

        ops.run(self.ctx, settings_ops.set_language, self.choice.currentData()).success(saved).run()

    def _restart(self) -> None:
        """Start a new Companion with the same arguments, then close this one (which saves everything)."""
        import sys

        from PySide6.QtCore import QProcess

        program, arguments = (sys.executable, sys.argv[1:]) if getattr(sys, "frozen", False) else \
            (sys.executable, ["-m", "companion", *sys.argv[1:]])
        if QProcess.startDetached(program, arguments):
            self.window().close()
        else:
            self.message.setText(translate("ui", "Companion could not restart itself; please start it again."))


class DataSection(Section):
    flags = frozenset()

    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Your data"))
        self.path = label(selectable=True)
        self.body.addWidget(self.path)
        self.open_folder = button(translate("ui", "Open data folder"), translate("ui", "Open the data folder in your file manager"),
                                  lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.app.data_dir))))
        self.body.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        self.path.setText(translate("ui", "Everything you make is kept in {0}").format(self.ctx.app.data_dir))


class ShareSection(Section):
    """Office sharing: off by default; says what is shared (verified lecture files only, read-only)
    and to whom (anyone on this local network who runs Companion)."""

    flags = frozenset({ctx.SETTINGS, ctx.DOWNLOADS})

    def __init__(self, context: ctx.UiContext):
        from ..ops import share as share_ops

        super().__init__(context, translate("ui", "Share with colleagues on this network"))
        self.share_ops = share_ops
        self.enabled = WrappingCheckBox(translate("ui", "Share my course files on this network"))
        self.enabled.setAccessibleDescription(translate("ui", "Share my course files on this network"))
        self.enabled.toggled.connect(self._toggled)
        self.body.addWidget(self.enabled)
        self.what = label(object_name="muted")
        self.what.setWordWrap(True)
        self.body.addWidget(self.what)
        self.status = label()
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self._loading = False

    def load(self) -> None:
        ops.run(self.ctx, self.share_ops.share_view).success(self._show).run()

    def _show(self, view) -> None:
        self._loading = True
        self.enabled.setChecked(view.on and view.running)
        self._loading = False
        cap = (translate("ui", "It uses at most about {0} of this computer's connection.").format(
                   rate_words(view.cap_kbit))
               if view.cap_kbit else translate("ui", "Its speed is not capped."))
        self.what.setText(translate(
            "ui", "What is shared: only the lecture files downloaded and verified on this computer (checked that "
                  "they are complete and unaltered), read-only. Never your answers, submissions, notes, sign-in or settings. "
                  "With whom: anyone on this local network who runs Companion; their app fetches lecture files "
                  "from this computer before the portal, so the office's connection carries each file once.")
            + " " + translate("ui", "It also passes on the Companion update this computer has downloaded, so "
                                    "colleagues need not download it again; their Companion checks it against the "
                                    "publisher's signature.")
            + " " + cap)
        if view.running:
            self.status.setText(translate("ui", "Sharing %n verified file(s) as {0} (port {1}).", None, view.files)
                                .format(view.name, view.port))
        elif view.on:
            self.status.setText(translate("ui", "Not sharing now: it could not start. Turn it off and on to try again."))
        else:
            self.status.setText(translate("ui", "Not sharing. %n verified file(s) could be shared.", None, view.files)
                                if view.files else translate("ui", "Not sharing."))

    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.save()

    def save(self) -> None:
        def refused(exc: BaseException) -> None:
            self._loading = True
            self.enabled.setChecked(False)
            self._loading = False
            self.status.setText(words.error(exc))

        ops.run(self.ctx, self.share_ops.set_sharing, self.enabled.isChecked()).success(self._show).failure(
            refused).run()
