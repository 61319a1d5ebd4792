"""The window's status bar: the time zone, the portal, the last sync and the outbox, a download in
flight, and the Sync now button; temporary messages go through ``showMessage`` as in any QStatusBar."""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtWidgets import QPushButton

from companion.domain.i18n import translate

from . import words
from .widgets import ElidedLabel


class WindowStatus(QtWidgets.QStatusBar):
    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.portal_status = ElidedLabel()
        self.outbox_status = ElidedLabel()
        self.zone_status = ElidedLabel()
        self.sync_status = ElidedLabel()
        for w in (self.zone_status, self.portal_status, self.sync_status, self.outbox_status):
            w.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(w)
        self.download_status = ElidedLabel()
        self.download_status.setContentsMargins(8, 0, 4, 0)
        self.download_bar = QtWidgets.QProgressBar()
        self.download_bar.setMaximumWidth(120)
        self.download_bar.setRange(0, 100)
        self.download_bar.setTextVisible(False)
        for w in (self.download_status, self.download_bar):
            w.hide()
            self.addPermanentWidget(w)
        self.sync_button = QPushButton()
        self.sync_button.setEnabled(False)
        self.addPermanentWidget(self.sync_button)
        self.retranslate()

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
        self.download_status.show()
        self.download_bar.show()

    def downloads_finished(self, report) -> None:
        self.download_status.hide()
        self.download_bar.hide()
        if report is not None and (report.done or report.failed or report.waiting):
            self.showMessage(translate("ui", "Downloads: {0}").format(words.download_report(report)), 10_000)

    def show_connection(self, text: str) -> None:
        self.sync_status.setText(text)
        self.sync_status.setVisible(bool(text))

    def show_facts(self, facts) -> None:
        """The zone, the portal and the outbox (companion.ui.ops.sync.status_facts)."""
        portal, summary, zone, login = facts.portal_url, facts.summary, facts.time_zone, facts.login
        self.zone_status.setText(translate("ui", "Your time zone: {0}").format(zone))
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
