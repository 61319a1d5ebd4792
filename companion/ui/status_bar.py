"""The window's status bar: the time zone, the portal, the last sync and the outbox, a download in
flight, and the Sync now button; temporary messages go through ``showMessage`` as in any QStatusBar.

It shows what matters at the window's width and drops the rest, never cutting a part mid-word: each
part is shown whole or not at all, in order of importance (a download in flight, the connection and
last sync, the outbox, the portal, the time zone); a temporary message is shown whole, taking the
room of the parts after the first two it needs, or, when even the whole bar is too narrow, replaced by its first
sentences or first words that fit (ending in "…"), its whole text kept in the tooltip and the
accessible description.
"""

from __future__ import annotations

import re

from PySide6 import QtWidgets
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from companion.domain.i18n import translate

from . import words


class StatusPart(QLabel):
    """One part of the status bar, shown whole or hidden (never elided); ``wanted`` says whether it
    has something to show at all, the fitting decides whether there is room for it."""

    def __init__(self, bar: "WindowStatus"):
        super().__init__()
        self._bar = bar
        self.wanted = True
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)
        if text:
            self.setAccessibleName(text)
        self._bar.refit()

    def want(self, shown: bool) -> None:
        self.wanted = shown
        self._bar.refit()

    def minimumSizeHint(self):  # asks for no width of its own: the fitting shows it whole or hides it
        return QSize(0, super().minimumSizeHint().height())



class WindowStatus(QtWidgets.QStatusBar):
    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._fitting = False
        self._full_message, self._shown_message, self._timeout = "", "", 0
        self.portal_status = StatusPart(self)
        self.outbox_status = StatusPart(self)
        self.zone_status = StatusPart(self)
        self.sync_status = StatusPart(self)
        for w in (self.zone_status, self.portal_status, self.sync_status, self.outbox_status):
            w.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(w)
        self.download_status = StatusPart(self)
        self.download_status.setContentsMargins(8, 0, 4, 0)
        self.download_bar = QtWidgets.QProgressBar()
        self.download_bar.setMaximumWidth(120)
        self.download_bar.setRange(0, 100)
        self.download_bar.setTextVisible(False)
        for w in (self.download_status, self.download_bar):
            w.hide()
            self.addPermanentWidget(w)
        self.download_status.wanted = False
        self.sync_button = QPushButton()
        self.sync_button.setEnabled(False)
        self.addPermanentWidget(self.sync_button)
        # the parts in order of importance: the first ones keep their place when the bar is narrow
        self.parts = [self.download_status, self.sync_status, self.outbox_status, self.portal_status, self.zone_status]
        self.before_messages = 2  # a download in flight and the connection (offline, signed out) outrank a message
        self.messageChanged.connect(self._message_changed)
        self.retranslate()

    # ---- fitting ----
    def showMessage(self, message: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        """A temporary message, whole (the less important parts give it their room) or replaced by
        its first sentences or words that fit; never cut mid-word."""
        self._full_message, self._timeout = message or "", timeout
        self._shown_message = self._fitting_message(self._full_message)
        self.setToolTip(self._full_message)
        self.setAccessibleDescription(self._full_message)
        super().showMessage(self._shown_message, timeout)
        self.refit()

    def full_message(self) -> str:
        """The whole text of the temporary message shown now ("" when none is)."""
        return self._full_message if self.currentMessage() else ""

    def _message_changed(self, text: str) -> None:
        if not text:  # the message timed out or was cleared: the parts come back
            self._full_message = self._shown_message = ""
            self.setToolTip("")
            self.setAccessibleDescription("")
            self.refit()

    def _room(self) -> int:
        """The width the message and the parts share: the bar less its margins and the Sync button."""
        button = self.sync_button.sizeHint().width() if not self.sync_button.isHidden() else 0
        return max(0, self.width() - 12 - 6 - button - 2 * self._gap())

    def _gap(self) -> int:
        return max(4, self.layout().spacing() if self.layout() is not None else 4)

    def _first_parts_width(self) -> int:
        """The width of the parts that keep their place before a message (when they fit)."""
        room, used = self._room(), 0
        for part in self.parts[:self.before_messages]:
            need = self._need(part)
            if part.wanted and part.text() and used + need <= room:
                used += need
        return used

    def _need(self, part: QLabel) -> int:
        need = part.sizeHint().width() + self._gap()
        if part is self.download_status:
            need += self.download_bar.maximumWidth() + self._gap()
        return need

    def _fitting_message(self, text: str) -> str:
        metrics = self.fontMetrics()
        room = self._room() - self._first_parts_width() - 8
        if not text or metrics.horizontalAdvance(text) <= room:
            return text
        sentences = re.split(r"(?<=[.!?。])\s+", text)
        for n in range(len(sentences) - 1, 0, -1):
            shorter = " ".join(sentences[:n])
            if metrics.horizontalAdvance(shorter) <= room:
                return shorter + " …"
        words = text.split()
        for n in range(len(words) - 1, 0, -1):
            shorter = " ".join(words[:n]).rstrip(",;:·") + "…"
            if metrics.horizontalAdvance(shorter) <= room:
                return shorter
        return "…"

    def refit(self) -> None:
        """Show each wanted part, in order of importance, while it fits whole beside the message."""
        if self._fitting or not hasattr(self, "parts"):
            return
        self._fitting = True
        try:
            room = self._room()
            for n, part in enumerate(self.parts):
                if n == self.before_messages and self.currentMessage():
                    room -= self.fontMetrics().horizontalAdvance(self.currentMessage()) + 16
                need = self._need(part)
                fits = part.wanted and bool(part.text()) and need <= room
                if fits:
                    room -= need
                part.setVisible(fits)
                if part is self.download_status:
                    self.download_bar.setVisible(fits)
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._full_message and self.currentMessage():
            fitted = self._fitting_message(self._full_message)
            if fitted != self._shown_message:
                self._shown_message = fitted
                super().showMessage(fitted, self._timeout)
        self.refit()

    def retranslate(self) -> None:
        """The few strings made before the language was known (the first paint does not wait for it)."""
        self.sync_button.setText(translate("ui", "Sync now"))
        self.sync_button.setAccessibleName(translate("ui", "Sync now: send waiting work and check for course updates"))
        self.sync_button.setToolTip(translate("ui", "Sync now (F5)"))
        self.sync_status.setAccessibleName(translate("ui", "Connection and last sync"))
        self.download_bar.setAccessibleName(translate("ui", "Download progress"))

    # ---- what it shows ----
    def show_download(self, p) -> None:
        """A download in flight (companion.sync.downloads.Progress)."""
        from .downloads import progress_words

        text = translate("ui", "Downloading {0} · {1}").format(p.title or p.material_id, progress_words(p))
        self.download_status.setText(text)
        self.download_status.setAccessibleName(text)
        self.download_bar.setValue(p.percent or 0)
        self.download_bar.setAccessibleDescription(text)
        self.download_status.want(True)

    def downloads_finished(self, report) -> None:
        self.download_status.want(False)
        if report is not None and (report.done or report.failed or report.waiting):
            self.showMessage(translate("ui", "Downloads: {0}").format(words.download_report(report)), 10_000)

    def show_connection(self, text: str) -> None:
        self.sync_status.setText(text)

    def show_facts(self, facts) -> None:
        """The zone, the portal and the outbox (companion.ui.ops.sync.status_facts)."""
        portal, summary, zone, login = facts.portal_url, facts.summary, facts.time_zone, facts.login
        from datetime import datetime, timezone

        from companion.domain.timefmt import zone_name

        named = zone_name(facts.now or datetime.now(timezone.utc), zone)  # 'KST (서울)', never 'Asia/Seoul'
        self.zone_status.setText(translate("ui", "Your time zone: {0}").format(named))
        if not portal:
            self.portal_status.setText(translate("ui", "No portal configured: work stays on this computer"))
        else:
            self.portal_status.setText(translate("ui", "Portal: {0} ({1})").format(portal, login) if login else
                                       translate("ui", "Portal: {0} (not signed in)").format(portal))
        waiting = summary.waiting
        parts = [translate("ui", "%n item(s) waiting to be sent", None, waiting) if waiting
                 else translate("ui", "Nothing waiting to be sent")]
        if summary.needs_attention:
            parts.append(translate("ui", "%n need(s) your attention", None, summary.needs_attention))
        self.outbox_status.setText(" · ".join(parts))
        self.outbox_status.setAccessibleName(translate("ui", "Outbox: {0}").format(", ".join(parts)))
