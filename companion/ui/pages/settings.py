"""Settings: your time zone, reminders, downloads and storage, the course portal, the course's
dates, the language and where your data lives. Each section is a class of its own with ``load()``
and ``save()`` (:mod:`.settings_sections`); the page lays them out and reloads each one for the
changes it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.domain.i18n import translate
from companion.ui.pages import TITLES

from .. import context as ctx
from ..widgets import page_title, scrolling_page
from .settings_updates import UpdatesSection
from .settings_sections import (CourseDatesSection, DataSection, DownloadsSection, LanguageSection, PortalSection,
                                RemindersSection, Section, ShareSection, StorageSection, TimeZoneSection)


class SettingsPage(QWidget):
    title = TITLES["settings"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        layout = scrolling_page(self)
        layout.addWidget(page_title(translate("ui", "Settings")))
        self.time_zone = TimeZoneSection(context)
        self.reminders = RemindersSection(context)
        self.downloads = DownloadsSection(context)
        self.storage = StorageSection(context)
        self.share = ShareSection(context)
        self.portal = PortalSection(context)
        self.dates = CourseDatesSection(context)
        self.language = LanguageSection(context)
        self.data = DataSection(context)
        self.updates = UpdatesSection(context)
        self.sections: list[Section] = [self.time_zone, self.reminders, self.downloads, self.storage, self.share,
                                         self.portal,
                                         self.dates, self.language, self.updates, self.data]
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        context.changed.connect(self._changed)

    def refresh(self) -> None:
        for section in self.sections:
            section.load()

    def _changed(self, flags: frozenset) -> None:
        for section in self.sections:
            if section.flags & flags:
                section.load()
